"""Signed reports in the window (R-SIG-1, R-SIG-2): the certificate box, exporting a VOV, verifying a report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QWidget

from examdesk.core.eventkinds import EventKind
from examdesk.services import certificates, events, reports, sessions
from examdesk.services.sessions import planning
from examdesk.ui.admin.certificate import CertificateBox, CreateCertificateDialog, ImportCertificateDialog
from examdesk.ui.dialogs.export_report import ExportReportDialog
from examdesk.ui.dialogs.verify_report import VerifyReportDialog
from examdesk.ui.proctor.workspace import ProctorWorkspace
from tests.services.test_certificates import _pkcs12


def _unnamed(root: QWidget) -> list[str]:
    """Visible controls a screen reader could not name."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QListWidget)
    return [
        f"{type(w).__name__} {w.objectName()}"
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not w.accessibleName()
    ]


@pytest.fixture
def box(station: Any, beheerder: Any, qtbot: Any) -> CertificateBox:
    widget = CertificateBox(station, beheerder)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded)
    return widget


@pytest.fixture
def melding(station: Any, people: Any, running_session: str, beheerder: Any) -> int:
    """A certificate on the station and a collective melding in the running session."""
    certificates.create_certificate(station, beheerder)
    event = sessions.record_melding(
        station,
        people["jansen"],
        running_session,
        kind="examenomstandigheden",
        surveillant_text="Brandalarm <test> & ontruiming",
    )
    return event.id


# R-SIG-2
def test_without_a_certificate_the_box_says_so_and_creating_one_shows_it_R_SIG_2(
    box: CertificateBox, station: Any, qtbot: Any
) -> None:
    assert box.state.property("result") == "broken" and "No certificate yet" in box.state.text()
    assert not box.facts["subject"][1].isVisible()
    dialog = box.open_create_dialog()
    assert isinstance(dialog, CreateCertificateDialog) and _unnamed(dialog) == []
    dialog.algorithm_combo.setCurrentIndex(dialog.algorithm_combo.findData("rsa-3072"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.info is not None, timeout=20_000)
    info = certificates.current(station)
    assert info is not None and box.state.property("result") == "ok"
    assert box.facts["key"][1].text() == "RSA 3072"
    assert box.facts["fingerprint"][1].text().replace("\n", ":") == info.fingerprint_text
    assert box.facts["subject"][1].text().startswith("CN=examdesk station")
    assert _unnamed(box) == []


# R-SIG-2
def test_importing_shows_a_wrong_password_inline_then_imports_R_SIG_2(
    box: CertificateBox, clock: Any, tmp_path: Path, qtbot: Any
) -> None:
    path = _pkcs12(tmp_path / "school.p12", "geheim", valid_from=clock.read().wall - dt.timedelta(days=1))
    dialog = box.open_import_dialog()
    assert isinstance(dialog, ImportCertificateDialog) and _unnamed(dialog) == []
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "PKCS#12 file first" in dialog.error.text()
    dialog.picker.set_path(path)
    qtbot.keyClicks(dialog.password_edit, "fout")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "password is wrong" in dialog.error.text(), timeout=10_000)
    assert dialog.isVisible()
    dialog.password_edit.setText("geheim")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.info is not None, timeout=10_000)
    assert box.facts["issuer"][1].text() == "CN=Testschool CA"


# R-VOV-2, R-SIG-1
def test_the_session_list_exports_a_signed_vov_and_opens_it_R_VOV_2(
    station: Any, people: Any, running_session: str, melding: int, tmp_path: Path, qtbot: Any
) -> None:
    workspace = ProctorWorkspace(station, people["jansen"], auto_open=False)
    qtbot.addWidget(workspace)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1)
    workspace.select_session(running_session)
    assert workspace.reports_button.isEnabled() and _unnamed(workspace) == []
    dialog = workspace.open_reports()
    assert isinstance(dialog, ExportReportDialog)
    qtbot.waitUntil(lambda: dialog.melding_list.count() == 1)
    assert "whole group" in dialog.melding_list.item(0).text() and _unnamed(dialog) == []
    assert dialog.pv_radio.isChecked() and not dialog.melding_list.isVisible()
    assert dialog.picker.path() is not None and dialog.picker.path().name.startswith(
        "Proces-verbaal 2026-06-12-CK-A"
    )
    qtbot.mouseClick(dialog.vov_radio, Qt.MouseButton.LeftButton)
    assert (
        dialog.melding_list.isVisible() and dialog.picker.path().name == f"VOV {melding} 2026-06-12-CK-A.pdf"
    )
    opened: list[Path] = []
    dialog.opener = lambda path: _record(opened, path)
    dialog.picker.set_path(tmp_path / "vov")  # ".pdf" is added
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=20_000)
    assert opened == [tmp_path / "vov.pdf"] and dialog.notice.isVisible()
    (event,) = events.list_events(station, kinds=(EventKind.REPORT_EXPORTED,))
    assert event.actor == "jansen" and event.payload["language"] == "nl" and event.payload["report"] == "vov"
    verification = reports.verify_file(tmp_path / "vov.pdf", station)
    assert verification.valid and verification.signatures[0].this_station


# R-PV-1, R-SIG-1
def test_the_proces_verbaal_is_exported_from_the_same_dialog_R_PV_1(
    station: Any, people: Any, running_session: str, melding: int, tmp_path: Path, qtbot: Any
) -> None:
    summary = next(s for s in sessions.list_sessions(station) if s.id == running_session)
    dialog = ExportReportDialog(station, people["secretaris"], summary, opener=lambda path: False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.melding_list.count() == 1)
    dialog.open_box.setChecked(False)
    dialog.picker.set_path(tmp_path / "pv.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=30_000)
    assert dialog.exported.kind is reports.ReportKind.PROCES_VERBAAL
    assert reports.verify_file(tmp_path / "pv.pdf", station).valid


def test_a_planned_session_has_no_reports_yet(station: Any, people: Any, imported: None, qtbot: Any) -> None:
    planning.plan_session(
        station,
        people["secretaris"],
        planning.PlanRequest("2026-06-12-CK-A", surveillants=[("jansen", True)]),
    )
    workspace = ProctorWorkspace(station, people["jansen"], auto_open=False)
    qtbot.addWidget(workspace)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1)
    assert not workspace.reports_button.isEnabled() and workspace.open_reports() is None


# R-SIG-1
def test_verify_shows_intact_then_changed_in_words_and_colour_R_SIG_1(
    station: Any, people: Any, melding: int, tmp_path: Path, qtbot: Any
) -> None:
    from tests.reports.pdftools import change_one_signed_byte

    good = tmp_path / "vov.pdf"
    reports.export_vov(station, people["secretaris"], melding, good)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(change_one_signed_byte(good.read_bytes()))
    dialog = VerifyReportDialog(station)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.verify_button.isEnabled()
    dialog.picker.set_path(good)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verification is not None, timeout=20_000)
    assert dialog.verdict.property("result") == "ok" and "Intact" in dialog.verdict.text()
    assert "this station's certificate" in dialog.details.text() and "Not signed" not in dialog.details.text()
    dialog.picker.set_path(changed)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verdict.property("result") == "broken", timeout=20_000)
    assert "was changed" in dialog.details.text() and _unnamed(dialog) == []
    dialog.picker.set_path(tmp_path / "missing.pdf")
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "cannot be read" in dialog.error.text()


# R-INZ-4, R-SIG-1
def test_the_review_workspace_exports_the_signed_inzage_report_R_INZ_4(
    demo_station: Any, tmp_path: Path, qtbot: Any
) -> None:
    from examdesk.ui.dialogs.export_report import ExportInzageReportDialog
    from examdesk.ui.review.workspace import ReviewWorkspace
    from tests.demo_station import PE_GROUP, demo_actor

    workspace = ReviewWorkspace(demo_station, demo_actor(demo_station, "secretaris"))
    qtbot.addWidget(workspace)
    workspace.resize(1200, 780)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.groups_page.model.rowCount() > 0, timeout=15_000)
    workspace.open_results(PE_GROUP)
    page = workspace.results_page
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1, timeout=15_000)
    assert page.report_button.isVisible() and not page.report_button.isEnabled()
    page.log_table.selectRow(0)
    assert page.report_button.isEnabled() and page.report_button.accessibleName()
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = workspace.findChild(ExportInzageReportDialog)
    assert dialog is not None and _unnamed(dialog) == []
    opened: list[Path] = []
    dialog.opener = lambda path: _record(opened, path)
    dialog.picker.set_path(tmp_path / "inzage.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=20_000)
    assert opened == [tmp_path / "inzage.pdf"]
    assert reports.verify_file(tmp_path / "inzage.pdf", demo_station).valid


# issue 16 #11: a signed PDF is a record; the dialog asks before replacing one
def test_the_export_dialog_asks_before_overwriting_an_existing_file(
    station: Any,
    people: Any,
    running_session: str,
    melding: int,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    summary = next(s for s in sessions.list_sessions(station) if s.id == running_session)
    dialog = ExportReportDialog(station, people["secretaris"], summary, opener=lambda path: False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.melding_list.count() == 1)
    dialog.open_box.setChecked(False)
    target = tmp_path / "pv.pdf"
    target.write_bytes(b"an earlier signed report")
    dialog.picker.set_path(target)
    answers: list[Path] = []
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda path: _record(answers, path) and len(answers) > 1)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert answers == [target] and dialog.exported is None
    assert target.read_bytes() == b"an earlier signed report"  # "Keep the existing file"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # "Replace"
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=30_000)
    assert len(answers) == 2 and reports.verify_file(target, station).valid


# R-SIG-4
def test_verify_says_another_stations_intact_report_is_not_trusted_R_SIG_4(
    station: Any, tmp_path: Path, qtbot: Any
) -> None:
    from tests.reports.test_trust import _foreign_report

    path, _key = _foreign_report(tmp_path)
    dialog = VerifyReportDialog(station)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.picker.set_path(path)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verification is not None, timeout=20_000)
    assert dialog.verdict.property("result") == "broken" and "not trusted" in dialog.verdict.text()
    assert "NOT trusted" in dialog.details.text() and "fingerprint (SHA-256)" in dialog.details.text()


def _record(opened: list[Path], path: Path) -> bool:
    """Stands in for opening a file (or answering a question): notes the path and says yes."""
    opened.append(path)
    return True
