"""R-IRR-5 on the screen: a PE case shows DUO's path and the due date of DUO's answer, flagged when passed;
its steps are recorded through the DUO dialog, the aangifte as an optional step."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from examdesk.core.cases import Step
from examdesk.ui.cases.duo_dialog import DuoStepDialog
from examdesk.ui.cases.workspace import CasesWorkspace
from tests.services.test_duo_cases import START, pe_case
from tests.ui.test_cases_workspace import WAIT, unnamed

__all__ = ["pe_case"]  # the fixture, used by name below


def test_a_pe_case_shows_duos_path_and_the_due_date_R_IRR_5(
    qtbot: Any, station: Any, clock: Any, pe_case: Any
) -> None:
    secretaris, case_id, _ = pe_case
    workspace = CasesWorkspace(station, secretaris)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 760)
    with qtbot.waitSignal(workspace.cases_shown, timeout=WAIT):
        workspace.show()
    qtbot.waitUntil(lambda: workspace.view.detail is not None, timeout=WAIT)
    view = workspace.view
    assert (
        "Reported to DUO" in view.progress.text() and "Reported to the Inspectie" not in view.progress.text()
    )
    assert view.due_label.isVisible() and view.due_label.text() == "DUO's answer is due by 7 Aug 2026."
    assert view.step_button.text() == "Record the report to DUO…" and not view.aangifte_button.isVisible()
    qtbot.mouseClick(view.step_button, Qt.MouseButton.LeftButton)
    dialog = workspace.dialog
    assert isinstance(dialog, DuoStepDialog) and dialog.step is Step.DUO_REPORTED
    assert unnamed(dialog) == []
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.summary.current is Step.DUO_REPORTED, timeout=WAIT
    )
    assert view.aangifte_button.isVisible() and view.step_button.text() == "Record DUO's decision…"
    clock.wall = START + timedelta(days=60)
    workspace.refresh(case_id)
    qtbot.waitUntil(lambda: view.due_label.text().startswith("Overdue"), timeout=WAIT)
    assert view.due_label.property("warning") == "true"
    assert unnamed(workspace) == []
