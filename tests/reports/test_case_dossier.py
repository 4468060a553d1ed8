"""The signed dossier of an irregularity case (issue 7 item 4; R-IRR-1, R-IRR-2, R-SIG-1, R-BSN-6): the demo's
open technical case, and the same case walked on to its decision with a correction, checked with pdfsig,
qpdf and pdftotext; the role check; ``examdesk report case``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from examdesk import i18n
from examdesk.core.cases import (
    Category,
    DecisionReceived,
    Discussed,
    Facts,
    FormCompleted,
    Opened,
    Origin,
    ResitPlanned,
    Step,
)
from examdesk.core.eventkinds import EventKind
from examdesk.reports import case_dossier, document
from tests.cli_runner import run
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


def _secretaris(station: Any) -> Any:
    from examdesk.services import accounts, demo

    return accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD)


def _demo_case(station: Any) -> int:
    from examdesk.services import cases

    # The demo's CE case on the Inspectie's path (its PE case goes to DUO, R-IRR-5)
    (case,) = [c for c in cases.list_cases(station, _secretaris(station)) if c.path.value == "inspectie"]
    return case.id


def _walk_on(station: Any, case_id: int) -> dict[str, Any]:
    """The demo case (discussed) on to the decision: the ISD form with a wrong meldingsnummer, corrected,
    and the letter declaring 3001's work invalid."""
    from examdesk.services import cases

    secretaris = _secretaris(station)
    detail = cases.case_detail(station, secretaris, case_id)
    discussed = detail.case.steps[Step.DISCUSSED]
    assert isinstance(discussed, Discussed)
    on = discussed.on
    form = cases.record_form_completed(station, secretaris, case_id, on=on, meldingsnummer="FH-2026-0591")
    cases.correct_step(
        station,
        secretaris,
        case_id,
        form.id,
        FormCompleted(on, "FH-2026-0519", "ingevuld in het ISD"),
        "Cijfers van het meldingsnummer verwisseld",
    )
    (candidate,) = detail.summary.candidates
    cases.record_decision(
        station, secretaris, case_id, on=on, invalid={candidate.candidate_id: True}, reference="IvhO/2026/117"
    )
    return {"form": form.id, "candidate": candidate}


# R-SIG-1, R-IRR-2
@needs_poppler
def test_the_demos_case_dossier_is_signed_valid_and_well_formed_R_SIG_1(
    demo_station: Any, tmp_path: Path
) -> None:
    from examdesk.services import events, reports

    case_id = _demo_case(demo_station)
    out = tmp_path / "dossier.pdf"
    exported = reports.export_case(demo_station, _secretaris(demo_station), case_id, out, language="nl")
    assert VALID in pdfsig(out)
    checked = qpdf_check(out)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # One export event, as for the other reports: the kind, the case, the file's hash and the certificate.
    (event,) = events.list_events(demo_station, kinds=(EventKind.REPORT_EXPORTED,))
    assert event.payload["report"] == "case" and event.payload["subject"] == str(case_id)
    assert event.payload["sha256"] == exported.sha256 and event.payload["file"] == "dossier.pdf"
    assert event.payload["language"] == "nl" and event.payload["certificate"]
    text = " ".join(pdftotext(out).split())
    for words in (
        "Dossier onregelmatigheid",
        f"Zaak {case_id}",
        "Daan Peters",
        "*****0686",
        "FH-2026-0519",  # the meldingsnummer known from the storing
        "Gemeld bij de Inspectie (gedaan)",
        "Examenloket, telefonisch",
        "Besproken met de Inspectie (gedaan)",
        "De Inspectie verklaart het werk van 3001 ongeldig",
        "ISD-formulier ingevuld (volgende)",
        "Storing bij vraag 4",  # the session's storing, as the proces-verbaal says it
        "Gebeurtenissenketen gecontroleerd",
    ):
        assert words in text, words
    assert bsn_like_numbers(text) == []  # R-BSN-6


# R-SIG-1
@pytest.mark.slow
@needs_poppler
def test_a_changed_byte_in_the_dossier_is_a_digest_mismatch_and_verify_exits_1_R_SIG_1(
    demo_station: Any, demo_dir: Path, tmp_path: Path
) -> None:
    from examdesk.services import reports

    out = tmp_path / "dossier.pdf"
    reports.export_case(demo_station, _secretaris(demo_station), _demo_case(demo_station), out)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(change_one_signed_byte(out.read_bytes()))
    assert MISMATCH in pdfsig(changed)
    done = run("verify", str(changed), "--json", "--data-dir", str(demo_dir))
    assert done.returncode == 1 and json.loads(done.stdout)["signatures"][0]["intact"] is False
    assert run("verify", str(out), "--data-dir", str(demo_dir)).returncode == 0


# R-IRR-2, R-PV-2, R-BSN-6
@needs_poppler
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_dossier_shows_every_step_the_correction_and_the_decision_R_IRR_2(
    demo_station: Any, tmp_path: Path, language: str
) -> None:
    from examdesk.services import inspection, reports

    case_id = _demo_case(demo_station)
    walked = _walk_on(demo_station, case_id)
    out = tmp_path / "dossier.pdf"
    reports.export_case(demo_station, _secretaris(demo_station), case_id, out, language=language)
    assert VALID in pdfsig(out)
    text = " ".join(pdftotext(out).split())
    expected = {
        "nl": (
            "ISD-formulier ingevuld (gedaan)",
            "Facet-meldingsnummer FH-2026-0519",
            f"CORRECTIE van nr. {walked['form']}.",
            "omdat: Cijfers van het meldingsnummer verwisseld",
            "Besluitbrief ontvangen (gedaan)",
            "Werk van Daan Peters (3001) ongeldig verklaard",
            "IvhO/2026/117",
            "Tweede zitting gepland (volgende)",
            "Plan een tweede zitting voor Daan Peters (3001)",  # the checklist
        ),
        "en": (
            "ISD form completed (done)",
            "Facet meldingsnummer FH-2026-0519",
            f"CORRECTION of no. {walked['form']}.",
            "because: Cijfers van het meldingsnummer verwisseld",
            "Decision letter received (done)",
            "Work of Daan Peters (3001) declared invalid",
            "IvhO/2026/117",
            "Tweede zitting planned (next)",
            "Plan a tweede zitting for Daan Peters (3001)",
        ),
    }[language]
    for words in expected:
        assert words in text, words
    # The wrong number stays in the history beside its correction (R-PV-2).
    assert "FH-2026-0591" in text
    assert bsn_like_numbers(text) == []
    secretaris = _secretaris(demo_station)
    full = inspection.bsn_for_check(demo_station, secretaris, walked["candidate"].candidate_id)[0]
    assert full.replace(" ", "") not in text.replace(" ", "") and walked["candidate"].masked_bsn in text


# R-ROLE-1
def test_only_the_examensecretaris_exports_a_case_dossier_R_ROLE_1(demo_station: Any, tmp_path: Path) -> None:
    from examdesk.services import accounts, demo, events, reports
    from examdesk.services.errors import NotFound, PermissionDenied

    case_id = _demo_case(demo_station)
    jansen = accounts.sign_in(demo_station, "surveillant1", demo.DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        reports.export_case(demo_station, jansen, case_id, tmp_path / "x.pdf")
    with pytest.raises(PermissionDenied):
        reports.case_dossier_data(demo_station, jansen, case_id)
    with pytest.raises(NotFound):
        reports.export_case(demo_station, _secretaris(demo_station), 999_999, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert events.list_events(demo_station, kinds=(EventKind.REPORT_EXPORTED,)) == []


# --- the renderer on its own: a closed case with its tweede zitting, and one that closed without --------------

_AT = dt.datetime(2026, 6, 1, 8, 0, tzinfo=dt.UTC)
_OPENED = Opened(
    session_id="s1",
    session_date=dt.date(2026, 5, 20),
    candidates=(7, 8),
    category=Category.A,
    technical=False,
    origin=Origin.IRREGULARITY,
    description="Spiekbriefje in de etui gevonden.",
    source_event=12,
)


def _dossier(decision: DecisionReceived, resit: ResitPlanned | None) -> case_dossier.CaseDossier:
    from examdesk.core import cases as rules

    facts: list[Facts] = [_OPENED, decision] if resit is None else [_OPENED, decision, resit]
    steps: dict[Step, Any] = {rules.step_of(f): f for f in facts}
    records = tuple(
        case_dossier.DossierRecord(100 + i, 500 + i, f"{i:02d}" * 32, _AT, "M. de Vries", rules.step_of(f), f)
        for i, f in enumerate(facts)
    )
    case = rules.Case(1, steps, {s: 100 + i for i, s in enumerate(steps)}, ())
    names = {7: "Ada Bos (4001)", 8: "Ben Kok (4002)"}
    return case_dossier.CaseDossier(
        case_id=100,
        session_id="s1",
        session_date=dt.date(2026, 5, 20),
        start_time="09:00",
        room="Aula",
        group_code="2026-05-20-NE-4A",
        group_name="Nederlands 4A",
        exam_code="NE-CE",
        exam_title="Nederlands",
        exam_kind="ce",
        candidates=(
            case_dossier.DossierCandidate(7, "4001", "Ada Bos", "*****1234"),
            case_dossier.DossierCandidate(8, "4002", "Ben Kok", "*****5678"),
        ),
        steps=steps,
        records=records,
        current=list(steps)[-1],
        next_step=None,
        closed=True,
        checklist=rules.checklist(case, names),
        still_needed=(),
        related=(),
        chain_summary="intact",
        chain_head="ff" * 32,
        names=names,
    )


def _text(dossier: case_dossier.CaseDossier, tmp_path: Path) -> str:
    head = document.Letterhead("Testschool", "Station 1", _AT, "en")
    path = tmp_path / "dossier.pdf"
    path.write_bytes(case_dossier.render(dossier, head, lambda value: i18n.render(value, "en")))
    return " ".join(pdftotext(path).split())


@needs_poppler
def test_a_planned_tweede_zitting_names_its_session_group_and_variant_R_IRR_3(tmp_path: Path) -> None:
    decision = DecisionReceived(dt.date(2026, 6, 10), {7: True, 8: False})
    resit = ResitPlanned("s2", "2026-06-20-NE-4A-T2", "B", dt.date(2026, 6, 20), (7,))
    text = _text(_dossier(decision, resit), tmp_path)
    for words in (
        "Tweede zitting planned (done)",
        "Afnamegroep 2026-06-20-NE-4A-T2",
        "Variant B",
        "For Ada Bos (4001)",
        "4001 Ada Bos *****1234 yes 20 Jun 2026, variant B",
        "4002 Ben Kok *****5678 no –",
        "Work of Ben Kok (4002) not declared invalid: the result stands",
        "a) Aids or information that are not allowed",
        "an irregularity recorded in the session (entry no. 12 of the session)",
        "Discussed with the Inspectie (not yet)",  # a dossier built from odd data still says so
        "Nothing: the case is closed.",
        "no. 502, hash " + "02" * 32,
    ):
        assert words in text, words
    # issue 16 #12: sessions are named by date, group and room, never by their internal id
    assert " s1" not in text and " s2" not in text and "Session 20 May 2026 at 09:00, Aula" in text


@needs_poppler
def test_a_case_closed_without_invalid_work_says_no_tweede_zitting_is_needed_R_IRR_2(tmp_path: Path) -> None:
    decision = DecisionReceived(dt.date(2026, 6, 10), {7: False, 8: False})
    text = _text(_dossier(decision, None), tmp_path)
    assert "Not needed: the Inspectie declared no work invalid, so the results stand." in text
    assert "Nothing more to do: the Inspectie declared no work invalid" in text


# --- the command line -------------------------------------------------------------------------------------------


def _case_in(data_dir: Path) -> int:
    from examdesk.services.station import open_station

    station = open_station(data_dir)
    try:
        return _demo_case(station)
    finally:
        station.close()


@needs_poppler
def test_report_case_writes_the_signed_dossier(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "zaak.pdf"
    case_id = _case_in(demo_dir)
    done = run("report", "case", str(case_id), "--out", str(out), "--data-dir", str(demo_dir), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "zaak.pdf" in done.stderr and "SHA-256" in done.stderr
    assert VALID in pdfsig(out)
    assert f"Case {case_id}" in pdftotext(out)
    assert run("verify", str(out), "--data-dir", str(demo_dir)).returncode == 0


def test_report_case_refuses_an_unknown_case_or_missing_arguments(demo_dir: Path, tmp_path: Path) -> None:
    done = run("report", "case", "99999", "--out", str(tmp_path / "x.pdf"), "--data-dir", str(demo_dir))
    assert done.returncode == 2 and "99999" in done.stderr and not (tmp_path / "x.pdf").exists()
    for args in (("report", "case", "3"), ("report", "case", "x", "--out", "a.pdf")):
        done = run(*args, "--data-dir", str(demo_dir))
        assert done.returncode == 2 and "Traceback" not in done.stderr and "usage:" not in done.stderr
