"""The signed proces-verbaal (R-PV-1, R-PV-3, R-PV-4, R-SIG-1, R-BSN-6) of the demo's sessions."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from examdesk.core.roles import Role
from examdesk.services import accounts, demo, events, proces_verbaal, reports, sessions
from examdesk.services.errors import PermissionDenied
from tests.cli_runner import run
from tests.reports.conftest import session_in_state
from tests.reports.pdftools import (
    MISMATCH,
    VALID,
    bsn_like_numbers,
    change_one_signed_byte,
    needs_poppler,
    pdfsig,
    pdftotext,
    qpdf_check,
)


def _session(station: Any, state: str) -> str:
    return session_in_state(station, state)


def _sign_in(station: Any, name: str) -> Any:
    return accounts.sign_in(station, name, demo.DEMO_PASSWORD)


def _text(path: Path) -> str:
    return " ".join(pdftotext(path).split())


def _full_bsns(station: Any, actor: Any, session_id: str) -> list[str]:
    """Every candidate's full BSN in the session, without spaces."""
    return [
        sessions.bsn_for_check(station, actor, session_id, row.candidate_id)[0].replace(" ", "")
        for row in sessions.dashboard(station, actor, session_id)
    ]


@dataclasses.dataclass(frozen=True)
class ClosedPv:
    """The closed session's proces-verbaal as the examensecretaris exports it, and what the station held."""

    path: Path
    head: str  # the station's chain head just before the export added its event
    last_hash: str | None  # the hash of the session's last event
    bsns: list[str]  # the session's candidates' full BSNs


@pytest.fixture(scope="session")
def closed_pv(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], ClosedPv]:
    """The closed session's proces-verbaal in a language, exported once for the tests that only read it."""
    from examdesk.services.station import open_station

    found: dict[str, ClosedPv] = {}

    def export(language: str) -> ClosedPv:
        if language not in found:
            folder = tmp_path_factory.mktemp(f"closed-pv-{language}")
            shutil.copytree(demo_template, folder / "demo")
            station = open_station(folder / "demo")
            try:
                secretaris = _sign_in(station, "secretaris")
                session_id = _session(station, "closed")
                record = proces_verbaal.load(station, secretaris, session_id)
                head = events.verify(station).heads[station.station_id]
                out = folder / "pv.pdf"
                reports.export_proces_verbaal(station, secretaris, session_id, out, language=language)
                bsns = _full_bsns(station, secretaris, session_id)
            finally:
                station.close()
            found[language] = ClosedPv(out, head, record.chain.last_hash, bsns)
        return found[language]

    return export


# R-PV-1, R-SIG-1
@needs_poppler
@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "en",
            (
                "Proces-verbaal",
                "Planned start and duration 09:00, 90 minutes",
                "Pauses 09:45–09:55 (10 min); total 10 min",  # 3005 Mila Bos
                "09:55–10:00 (5 min)",  # 3006 Sem de Jong
                "Storingen 09:25–09:32, question 4, computer PC-07 → PC-12, meldingsnummer FH-2026-0519, "
                "compensation 7 min",
                "Extension 60 min granted, on the clock from the start; 60 min of it used",  # 3002 (R-TIME-4)
                "late arrival: 18 min after the planned start",  # 3004
                "Absent: the candidate did not start.",  # 3008
                "Melding (VOV)",
                "De keuzelijst bij vraag 4 bleef leeg.",
                "Om 09:50 brandalarm getest in gebouw B",
                "Signed off by A. Jansen, R. Bakker",
                "A. Jansen (qualified teacher), R. Bakker",
                "page 1 of",
            ),
        ),
        (
            "nl",
            (
                "Geplande aanvang en duur 09:00, 90 minuten",
                "Pauzes 09:45–09:55 (10 min); totaal 10 min",
                "Storingen 09:25–09:32, vraag 4, computer PC-07 → PC-12, meldingsnummer FH-2026-0519, "
                "compensatie 7 min",
                "Verlenging 60 min toegekend, vanaf de start op de klok; daarvan 60 min gebruikt",
                "te laat: 18 min na de geplande aanvang",
                "Afwezig: de kandidaat is niet begonnen.",
                "Afgetekend door A. Jansen, R. Bakker",
                "pagina 1 van",
            ),
        ),
    ],
)
def test_the_closed_sessions_proces_verbaal_names_pauses_storing_extension_and_vov_R_PV_1(
    closed_pv: Callable[[str], ClosedPv], language: str, words: tuple[str, ...]
) -> None:
    out = closed_pv(language).path
    assert VALID in pdfsig(out) and qpdf_check(out).returncode == 0
    text = _text(out)
    for word in words:
        assert word in text, word
    for number in ("3001", "3002", "3003", "3004", "3005", "3006", "3007", "3008"):
        assert number in text


# R-PV-3
def test_the_proces_verbaal_prints_the_chain_head_and_that_it_verified_R_PV_3(
    closed_pv: Callable[[str], ClosedPv],
) -> None:
    exported = closed_pv("en")
    text = _text(exported.path)
    assert f"Chain head {exported.head}" in text and "Event chain verified" in text
    assert f"hash {exported.last_hash}" in text


# R-PV-4
def test_an_addendum_is_marked_as_such_R_PV_4(demo_station: Any, tmp_path: Path) -> None:
    secretaris = _sign_in(demo_station, "secretaris")
    session_id = _session(demo_station, "closed")
    proces_verbaal.record_addendum(demo_station, secretaris, session_id, "Uitwerkbijlage 3004 nagekomen.")
    out = tmp_path / "pv.pdf"
    reports.export_proces_verbaal(demo_station, secretaris, session_id, out, language="nl")
    text = " ".join(pdftotext(out, layout=False).split())
    (addendum,) = proces_verbaal.load(demo_station, secretaris, session_id).addenda
    # In the Addenda section and in the log, shaded, with the kind in words (Aanvulling).
    assert text.count(f"{addendum.event_id} groep Aanvulling") == 2
    assert text.count("Uitwerkbijlage 3004 nagekomen.") == 2


def test_a_running_sessions_proces_verbaal_says_it_is_not_closed(demo_station: Any, tmp_path: Path) -> None:
    jansen = _sign_in(demo_station, "surveillant1")
    out = tmp_path / "pv.pdf"
    reports.export_proces_verbaal(demo_station, jansen, _session(demo_station, "running"), out)
    text = _text(out)
    assert "still running when this proces-verbaal was made" in text and "(still going on)" in text


# R-BSN-6
@pytest.mark.parametrize("group", ["closed", "running"])
def test_no_full_bsn_appears_in_the_proces_verbaal_R_BSN_6(
    closed_pv: Callable[[str], ClosedPv], request: pytest.FixtureRequest, tmp_path: Path, group: str
) -> None:
    if group == "closed":
        out, full = closed_pv("en").path, closed_pv("en").bsns
    else:
        station = request.getfixturevalue("demo_station")
        secretaris = _sign_in(station, "secretaris")
        session_id = _session(station, group)
        out = tmp_path / "pv.pdf"
        reports.export_proces_verbaal(station, secretaris, session_id, out)
        full = _full_bsns(station, secretaris, session_id)
    printed = pdftotext(out)
    text = printed.replace(" ", "")
    assert full and all(bsn not in text for bsn in full)
    assert all(f"*****{bsn[-4:]}" in text for bsn in full)
    assert bsn_like_numbers(printed) == []


def test_only_the_sessions_own_surveillants_and_the_examensecretaris_export_it(
    demo_station: Any, tmp_path: Path
) -> None:
    beheer = _sign_in(demo_station, "beheer")
    accounts.create_account(
        demo_station, beheer, "invaller", "I. Valler", demo.DEMO_PASSWORD, frozenset({Role.SURVEILLANT})
    )
    session_id = _session(demo_station, "closed")
    for who in ("invaller", "beheer"):
        with pytest.raises(PermissionDenied):
            reports.export_proces_verbaal(
                demo_station, _sign_in(demo_station, who), session_id, tmp_path / "x.pdf"
            )
    assert not (tmp_path / "x.pdf").exists()
    reports.export_proces_verbaal(
        demo_station, _sign_in(demo_station, "surveillant2"), session_id, tmp_path / "x.pdf"
    )


# R-SIG-1
@needs_poppler
def test_cli_exports_the_proces_verbaal_and_a_changed_byte_fails_verify_R_SIG_1(
    demo_dir: Path, tmp_path: Path
) -> None:
    listed = run("sessions", "--json", "--data-dir", str(demo_dir))
    session_id = next(s["id"] for s in json.loads(listed.stdout)["sessions"] if s["state"] == "closed")
    out = tmp_path / "pv.pdf"
    done = run(
        "report", "proces-verbaal", session_id, "--out", str(out), "--data-dir", str(demo_dir), "--lang", "en"
    )
    assert done.returncode == 0, done.stderr
    assert VALID in pdfsig(out)
    assert run("verify", str(out), "--data-dir", str(demo_dir)).returncode == 0
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(change_one_signed_byte(out.read_bytes()))
    assert MISMATCH in pdfsig(changed)
    verdict = run("verify", str(changed), "--data-dir", str(demo_dir))
    assert verdict.returncode == 1 and "Traceback" not in verdict.stderr
    missing = run(
        "report", "proces-verbaal", "nope", "--out", str(tmp_path / "n.pdf"), "--data-dir", str(demo_dir)
    )
    assert missing.returncode == 2 and "nope" in missing.stderr


# R-TIME-4, R-ACC-2 (domain rules v2: an override in the proces-verbaal, "more time than granted")
@needs_poppler
def test_an_override_stands_in_the_pdf_with_its_reason_and_more_time_than_granted_R_TIME_4(
    demo_station: Any, tmp_path: Path
) -> None:
    secretaris, jansen = _sign_in(demo_station, "secretaris"), _sign_in(demo_station, "surveillant1")
    session_id = _session(demo_station, "running")
    sanne = next(r for r in sessions.dashboard(demo_station, jansen, session_id) if r.number == "1001")
    sessions.apply_extension(
        demo_station,
        jansen,
        session_id,
        sanne.candidate_id,
        10,
        override=sessions.Override(secretaris, "stroomstoring in lokaal 2.14"),
    )
    out = tmp_path / "pv.pdf"
    reports.export_proces_verbaal(demo_station, secretaris, session_id, out, language="en")
    text = _text(out)
    assert "MORE TIME THAN GRANTED, by the examensecretaris because: stroomstoring in lokaal 2.14" in text
    # The demo's override for 1004, as its own entry (the table wraps the kind's words).
    assert "Override by the" in text and "accommodation 1 applied without a" in text
    assert "R-ACC-2" not in text  # issue 16 #12: the rule in words, never its internal ID
    assert "Nieuwe VSV van 2 juni gezien" in text
