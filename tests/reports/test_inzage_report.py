"""The inzage report (R-INZ-4): the log entry with the items opened, signed; no question text, BSN masked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from examdesk import i18n
from examdesk.reports import document, inzage, signing
from tests.reports.conftest import make_key
from tests.reports.pdftools import VALID, bsn_like_numbers, needs_poppler, pdfsig, pdftotext

START = dt.datetime(2026, 7, 1, 12, 0, tzinfo=dt.UTC)

REPORT = inzage.InzageReport(
    inzage_id=17,
    exam_code="WFT-CK-2026-1",
    exam_title="Wiskunde praktijkexamen",
    exam_kind="pe",
    variant="A",
    group_code="2026-06-12-CK-A",
    candidate_number="1004",
    candidate_name="Sanne de Wit",
    masked_bsn="*****3653",
    conducted_by="M. de Vries (secretaris)",
    started_at=START,
    ended_at=START + dt.timedelta(minutes=20),
    end_reason="time_up",
    time_limit_minutes=20,
    wrong_only=True,
    supervisor_present=True,
    id_check="match",
    id_document="passport",
    items=(inzage.OpenedItem("K3", True, False), inzage.OpenedItem("O7", True, True)),
    chain_head="ab" * 32,
)


def _render(language: str, report: inzage.InzageReport = REPORT) -> bytes:
    head = document.Letterhead("Testschool", "Station 1", START + dt.timedelta(minutes=25), language)
    return inzage.render(report, head, lambda value: i18n.render(value, language))


# R-INZ-4, R-SIG-1
@needs_poppler
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_inzage_report_logs_who_when_and_the_items_opened_R_INZ_4(language: str, tmp_path: Path) -> None:
    path = tmp_path / "inzage.pdf"
    path.write_bytes(signing.sign(_render(language), make_key(), reason="inzage", location="Testschool"))
    assert VALID in pdfsig(path)
    text = " ".join(pdftotext(path).split())
    expected = {
        "nl": (
            "Verslag van een inzage",
            "Vraag (item) Sleutel getoond Correctievoorschrift getoond",
            "K3 ja nee",
            "O7 ja ja",
            "14:20:00, door het station gesloten toen de tijd om was",
            "20 min 0 s",
            "overeenstemming (paspoort)",
        ),
        "en": (
            "Report of an inzage",
            "Question (item) Key shown Marking scheme shown",
            "K3 yes no",
            "O7 yes yes",
            "14:20:00, closed by the station when the time was up",
            "20 min 0 s",
            "match (passport)",
        ),
    }[language]
    for word in (
        *expected,
        "Sanne de Wit",
        "1004",
        "*****3653",
        "M. de Vries (secretaris)",
        "WFT-CK-2026-1",
        "ab" * 32,
    ):
        assert word in text, word


# R-BSN-6
def test_the_inzage_report_never_shows_a_full_bsn_R_BSN_6(tmp_path: Path) -> None:
    path = tmp_path / "inzage.pdf"
    path.write_bytes(_render("en"))
    assert bsn_like_numbers(pdftotext(path)) == []


def test_an_inzage_without_items_or_end_says_so(tmp_path: Path) -> None:
    from dataclasses import replace

    path = tmp_path / "inzage.pdf"
    path.write_bytes(_render("en", replace(REPORT, items=(), ended_at=None, end_reason=None, id_check=None)))
    text = " ".join(pdftotext(path).split())
    assert "No item was opened." in text and "not recorded" in text and "not required for this exam" in text


def _demo_inzage(station: Any) -> tuple[Any, Any]:
    from examdesk.services import accounts, demo, inzage_sessions

    secretaris = accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD)
    # Kim de Graaf's, two days before the demo's day: the oldest (the other is of that morning).
    entry = inzage_sessions.inzage_log(station, secretaris)[0]
    return secretaris, entry


# R-INZ-4, R-SIG-1, R-BSN-6
@needs_poppler
def test_the_demos_inzage_exports_signed_without_question_text_R_INZ_4(
    demo_station: Any, tmp_path: Path
) -> None:
    import json
    from importlib import resources

    from examdesk.services import reports

    secretaris, entry = _demo_inzage(demo_station)
    out = tmp_path / "inzage.pdf"
    reports.export_inzage(demo_station, secretaris, entry.inzage_id, out, language="en")
    assert VALID in pdfsig(out)
    text = " ".join(pdftotext(out).split())
    assert entry.candidate_name in text and entry.last_hash in text
    for item in entry.items_opened:
        key = "yes" if item in entry.keys_shown else "no"
        scheme = "yes" if item in entry.marking_schemes_shown else "no"
        assert f"{entry.question(item)} {key} {scheme}" in text  # R-INZ-9: "3 (K14) yes no"
    package = json.loads(
        resources.files("examdesk.resources.demo").joinpath("demo_package.json").read_text("utf-8")
    )
    stems = [i["stem"] for exam in package["exams"] for i in exam["items"] if i["id"] in entry.items_opened]
    assert stems and not any(stem[:40] in text for stem in stems)
    assert bsn_like_numbers(text) == []
    from examdesk.services import inspection

    full = inspection.bsn_for_check(demo_station, secretaris, entry.candidate_id)[0].replace(" ", "")
    assert full not in text.replace(" ", "") and f"*****{full[-4:]}" in text


def test_only_the_examensecretaris_exports_an_inzage_report_R_INZ_4(
    demo_station: Any, tmp_path: Path
) -> None:
    from examdesk.services import accounts, demo, reports
    from examdesk.services.errors import NotFound, PermissionDenied

    _, entry = _demo_inzage(demo_station)
    jansen = accounts.sign_in(demo_station, "surveillant1", demo.DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        reports.export_inzage(demo_station, jansen, entry.inzage_id, tmp_path / "x.pdf")
    secretaris = accounts.sign_in(demo_station, "secretaris", demo.DEMO_PASSWORD)
    with pytest.raises(NotFound):
        reports.export_inzage(demo_station, secretaris, 999_999, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


@needs_poppler
def test_cli_exports_the_inzage_report(demo_dir: Path, tmp_path: Path) -> None:
    from examdesk.services.station import open_station
    from tests.cli_runner import run

    station = open_station(demo_dir)
    try:
        _, entry = _demo_inzage(station)
    finally:
        station.close()
    out = tmp_path / "inzage.pdf"
    done = run("report", "inzage", str(entry.inzage_id), "--out", str(out), "--data-dir", str(demo_dir))
    assert done.returncode == 0, done.stderr
    assert VALID in pdfsig(out) and run("verify", str(out), "--data-dir", str(demo_dir)).returncode == 0


# R-INZ-9, R-PV-5
@needs_poppler
def test_r_inz_9_the_report_names_questions_as_the_candidate_saw_them_and_says_when_no_sitting_is_known(
    tmp_path: Path,
) -> None:
    import dataclasses

    numbered = dataclasses.replace(
        REPORT,
        items=(inzage.OpenedItem("K14", True, False, 3), inzage.OpenedItem("O7", True, True, 12)),
        sitting_known=False,
    )
    path = tmp_path / "inzage.pdf"
    path.write_bytes(_render("en", numbered))
    text = " ".join(pdftotext(path).split())
    assert "3 (K14) yes no" in text and "12 (O7) yes yes" in text
    assert "not shown: the session in which this result was made is not known on this station" in text
