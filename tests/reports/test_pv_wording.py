"""Issue 16 finding 12: the proces-verbaal as a reader at the Inspectie reads it — no internal rule IDs,
grounds of extra time in the reader's words, and no event kind shown by its code (R-PV-1, R-ACC-1)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from examdesk.services import accounts, demo, reports, sessions
from examdesk.services.sessions import actions as candidate_actions
from tests.reports.conftest import session_in_state
from tests.reports.pdftools import needs_poppler, pdftotext


def _sign_in(station: Any, name: str) -> Any:
    return accounts.sign_in(station, name, demo.DEMO_PASSWORD)


def _override_pdf(station: Any, tmp_path: Path, language: str) -> str:
    secretaris, jansen = _sign_in(station, "secretaris"), _sign_in(station, "surveillant1")
    session_id = session_in_state(station, "running")
    sanne = next(r for r in sessions.dashboard(station, jansen, session_id) if r.number == "1001")
    sessions.apply_extension(
        station,
        jansen,
        session_id,
        sanne.candidate_id,
        10,
        override=sessions.Override(secretaris, "stroomstoring in lokaal 2.14"),
    )
    candidate_actions.bsn_for_check(station, jansen, session_id, sanne.candidate_id)  # a bsn_read event
    out = tmp_path / f"pv-{language}.pdf"
    reports.export_proces_verbaal(station, secretaris, session_id, out, language=language)
    return " ".join(pdftotext(out).split())


# R-TIME-4, R-ACC-2, R-PV-1
@needs_poppler
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("accommodation 1 applied without a", "MORE TIME THAN GRANTED")),
        ("nl", ("voorziening 1 toegepast zonder", "MEER TIJD DAN TOEGEKEND")),
    ],
)
def test_overrides_print_the_rule_in_words_and_no_rule_id_R_TIME_4_R_ACC_2(
    demo_station: Any, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    text = _override_pdf(demo_station, tmp_path, language)
    assert not re.findall(r"R-[A-Z]+-\d", text), re.findall(r".{40}R-[A-Z]+-\d.{20}", text)
    for word in words:
        assert word in text


# R-ACC-1, R-PV-1
@needs_poppler
def test_the_ground_of_extra_time_is_in_dutch_in_the_dutch_report_R_ACC_1(
    demo_station: Any, tmp_path: Path
) -> None:
    text = _override_pdf(demo_station, tmp_path, "nl")
    assert "dyslexie" in text
    for code in ("dyslexia", "mental_health", "chronic_illness"):
        assert code not in text


# R-PV-1
@needs_poppler
def test_no_event_kind_falls_back_to_its_code(demo_station: Any, tmp_path: Path) -> None:
    for language, fallback in (("en", "Recorded:"), ("nl", "Vastgelegd:")):
        text = _override_pdf(demo_station, tmp_path, language)
        assert fallback not in text
        assert "bsn_read" not in text
    assert "Full BSN of 1001 Sanne" in text or "Volledig BSN van 1001 Sanne" in text
