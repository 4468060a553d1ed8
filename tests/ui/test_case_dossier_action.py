"""The case screen's "Signed dossier (PDF)" action (issue 7 item 4; R-IRR-2, R-SIG-1): it goes through the
export dialog every single report uses, signs the dossier, records the export and opens the PDF on request."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from examdesk.core.eventkinds import EventKind
from examdesk.services import cases, certificates, events, reports
from examdesk.ui.cases.dossier import ExportCaseDossierDialog
from examdesk.ui.cases.workspace import CasesWorkspace
from tests.ui.test_cases_workspace import WAIT, closed_session, unnamed

__all__ = ["closed_session"]  # the fixture, used by name below


@pytest.fixture
def case_id(station: Any, people: Any, beheerder: Any, clock: Any, closed_session: dict[str, Any]) -> int:
    """A certificate on the station, and a technical case from 1001's storing, reported to the Inspectie."""
    certificates.create_certificate(station, beheerder)
    secretaris = people["secretaris"]
    source = next(
        s for s in cases.case_sources(station, secretaris, closed_session["session"]) if s.origin == "storing"
    )
    opened = cases.open_case(
        station,
        secretaris,
        closed_session["session"],
        candidates=list(source.candidate_ids),
        category="other",
        technical=True,
        description="Computer hing bij V2.",
        source_event=source.event_id,
    )
    clock.wall = clock.wall + timedelta(hours=2)
    cases.record_reported(station, secretaris, opened, on=clock.wall.date(), channel="email")
    return opened


@pytest.fixture
def workspace(qtbot: Any, station: Any, people: Any, case_id: int) -> CasesWorkspace:
    shown = CasesWorkspace(station, people["secretaris"])
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    with qtbot.waitSignal(shown.cases_shown, timeout=WAIT):
        shown.show()
    qtbot.waitUntil(lambda: shown.view.detail is not None, timeout=WAIT)
    return shown


def _dialog(
    qtbot: Any, workspace: CasesWorkspace, target: Path
) -> tuple[ExportCaseDossierDialog, list[Path]]:
    button = workspace.view.dossier_button
    assert button.isEnabled() and button.accessibleName() == "Signed dossier (PDF)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = workspace.dialog
    assert isinstance(dialog, ExportCaseDossierDialog)
    opened: list[Path] = []
    dialog.opener = lambda path: _record(opened, path)
    dialog.picker.set_path(target)
    return dialog, opened


# R-IRR-2, R-SIG-1
def test_the_case_exports_its_signed_dossier_and_opens_it(
    qtbot: Any, workspace: CasesWorkspace, station: Any, case_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "dossier.pdf"
    dialog, opened = _dialog(qtbot, workspace, target)
    assert unnamed(dialog) == []
    assert f"Case {case_id}" in dialog.intro.text() and dialog.open_box.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=WAIT)
    assert opened == [target] and dialog.notice.isVisible() and str(target) in dialog.notice.text()
    verdict = reports.verify_file(target, station)
    assert verdict.valid and verdict.signatures[0].this_station
    (event,) = events.list_events(station, kinds=(EventKind.REPORT_EXPORTED,))
    assert event.payload["report"] == "case" and event.payload["subject"] == str(case_id)


def test_the_pdf_is_not_opened_when_not_asked_and_errors_show_in_the_dialog(
    qtbot: Any, workspace: CasesWorkspace, tmp_path: Path
) -> None:
    dialog, opened = _dialog(qtbot, workspace, tmp_path / "dossier.pdf")
    dialog.open_box.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=WAIT)
    assert opened == [] and (tmp_path / "dossier.pdf").exists()
    dialog.picker.set_path(tmp_path / "no such folder" / "dossier.pdf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert "no such folder" in dialog.error.text()


def _record(opened: list[Path], path: Path) -> bool:
    """Stands in for opening a file (or answering a question): notes the path and says yes."""
    opened.append(path)
    return True
