"""The signed VOV (R-VOV-2, R-SIG-1, R-BSN-6) made from the demo's closed session."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.services import accounts, demo, events, reports
from examdesk.services.errors import NotFound, PermissionDenied
from tests.reports.conftest import session_in_state, storing_melding
from tests.reports.pdftools import VALID, bsn_like_numbers, needs_poppler, pdfsig, pdftotext, qpdf_check


def _melding(station: Any) -> int:
    return storing_melding(station)


def _sign_in(station: Any, name: str) -> Any:
    return accounts.sign_in(station, name, demo.DEMO_PASSWORD)


# R-VOV-2, R-SIG-1
@needs_poppler
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_vov_holds_every_field_and_is_signed_R_VOV_2(
    demo_station: Any, tmp_path: Path, language: str
) -> None:
    secretaris = _sign_in(demo_station, "secretaris")
    melding_id = _melding(demo_station)
    out = tmp_path / "vov.pdf"
    exported = reports.export_vov(demo_station, secretaris, melding_id, out, language=language)
    assert VALID in pdfsig(out) and qpdf_check(out).returncode == 0
    text = " ".join(pdftotext(out).split())
    words = {
        "nl": (
            "Verklaring van ordentelijk verloop",
            "Werking examenbank",
            "Vraagnummers 4",
            "Opgelost ja",
            "DUO / Facet-helpdesk geraadpleegd ja",
            "pagina 1 van 1",
            "Omschrijving door de kandidaat",
        ),
        "en": (
            "Verklaring van ordentelijk verloop",
            "werking examenbank",
            "Question numbers 4",
            "Resolved yes",
            "DUO / Facet helpdesk consulted yes",
            "page 1 of 1",
            "The candidate's description",
        ),
    }[language]
    for word in (
        *words,
        "BB-EC-DEMO-1",
        "Daan Peters",
        "3001",
        "De keuzelijst bij vraag 4 bleef leeg.",
        "Computer vastgelopen; overgezet naar PC-12.",
        "Na overzetten werkte de vraag.",
        "FH-2026-0519",
        "A. Jansen (surveillant1)",
        "09:32",  # 07:32 UTC in the demo, shown as Amsterdam's clock
        demo.DEMO_SCHOOL,
        demo.DEMO_STATION,
    ):
        assert word in text, word
    assert exported.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()


# R-BSN-6
def test_the_vov_shows_the_bsn_masked_only_R_BSN_6(demo_station: Any, tmp_path: Path) -> None:
    secretaris = _sign_in(demo_station, "secretaris")
    out = tmp_path / "vov.pdf"
    reports.export_vov(demo_station, secretaris, _melding(demo_station), out)
    text = pdftotext(out)
    assert re.search(r"\*{5}\d{4}", text)
    assert bsn_like_numbers(text) == []


def test_an_export_is_one_event_naming_file_hash_and_certificate(demo_station: Any, tmp_path: Path) -> None:
    from examdesk.services import certificates

    jansen = _sign_in(demo_station, "surveillant1")
    melding_id = _melding(demo_station)
    exported = reports.export_vov(demo_station, jansen, melding_id, tmp_path / "v.pdf")
    (event,) = events.list_events(demo_station, kinds=(EventKind.REPORT_EXPORTED,))
    assert event.actor == "surveillant1" and event.session_id is None and event.payload["session"]
    assert event.payload["report"] == "vov" and event.payload["subject"] == str(melding_id)
    assert event.payload["sha256"] == exported.sha256
    certificate = certificates.current(demo_station)
    assert certificate is not None and event.payload["certificate"] == certificate.fingerprint


def test_a_surveillant_exports_only_their_own_sessions_vov(
    demo_station: Any, beheerder_of_demo: Any, tmp_path: Path
) -> None:
    accounts.create_account(
        demo_station,
        beheerder_of_demo,
        "invaller",
        "I. Valler",
        demo.DEMO_PASSWORD,
        frozenset({Role.SURVEILLANT}),
    )
    other = _sign_in(demo_station, "invaller")
    with pytest.raises(PermissionDenied):
        reports.export_vov(demo_station, other, _melding(demo_station), tmp_path / "v.pdf")
    assert not (tmp_path / "v.pdf").exists()
    beheer = _sign_in(demo_station, "beheer")
    session_id = events.list_events(demo_station, kinds=(EventKind.MELDING,))[0].session_id
    assert session_id is not None
    with pytest.raises(PermissionDenied):
        reports.meldingen(demo_station, beheer, session_id)


def test_an_unknown_melding_is_named(demo_station: Any, tmp_path: Path) -> None:
    with pytest.raises(NotFound) as missing:
        reports.export_vov(demo_station, _sign_in(demo_station, "secretaris"), 999_999, tmp_path / "v.pdf")
    assert "999999" in str(missing.value)


def test_a_sessions_meldingen_are_listed_for_choosing(demo_station: Any) -> None:
    secretaris = _sign_in(demo_station, "secretaris")
    session_id = session_in_state(demo_station, "running")
    (summary,) = reports.meldingen(demo_station, secretaris, session_id)
    assert (
        summary.kind == "examenvraag"
        and summary.questions == ("K11",)
        and summary.candidate.startswith("1005 ")
    )


@pytest.fixture
def beheerder_of_demo(demo_station: Any) -> Any:
    return _sign_in(demo_station, "beheer")
