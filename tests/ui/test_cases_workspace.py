"""The Cases workspace: one technical case walked from the report to a planned tweede zitting with real
widgets (R-IRR-1..3, R-PV-2), the overview's filter, and every control named for screen readers."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from examdesk.core.cases import Step
from examdesk.core.roles import Workspace, may_open
from examdesk.services import catalogue, sessions
from examdesk.services.sessions import planning
from examdesk.ui.cases.step_dialog import StepDialog
from examdesk.ui.cases.workspace import CasesWorkspace, Show
from examdesk.ui.dialogs.open_case import OpenCaseDialog
from examdesk.ui.dialogs.plan_session import PlanSessionDialog
from examdesk.ui.workspaces import WorkspaceKey, workspaces_for
from tests.services.test_cases import GROUP, package
from tests.ui.conftest import PASSWORD

WAIT = 15_000


@pytest.fixture
def closed_session(station: Any, people: Any, clock: Any, write_package: Any) -> dict[str, Any]:
    """The sample group sat variant A; 1001 had a storing (meldingsnummer FH-77); the session is closed."""
    from examdesk.services import packages

    packages.import_package(station, people["secretaris"], write_package(package()))
    jansen = people["jansen"]
    clock.wall = clock.wall - timedelta(minutes=29)  # 09:01: on time (R-TIME-8 decides lateness by the clock)
    session_id = planning.plan_session(
        station, people["secretaris"], planning.PlanRequest(GROUP, surveillants=[("jansen", True)])
    )
    planning.start_session(station, jansen, session_id)
    ids = {row.number: row.candidate_id for row in sessions.dashboard(station, jansen, session_id)}
    for candidate in ids.values():
        sessions.record_bsn_check(station, jansen, session_id, candidate, match=True, id_document="passport")
        sessions.start_candidate(station, jansen, session_id, candidate)
    storing = sessions.start_storing(station, jansen, session_id, ids["1001"], question="V2")
    clock.advance(timedelta(minutes=4))
    sessions.end_storing(station, jansen, session_id, ids["1001"], storing.id, meldingsnummer="FH-77")
    for candidate in ids.values():
        sessions.hand_in(station, jansen, session_id, candidate)
    sessions.close_session(station, jansen, session_id, {"jansen": PASSWORD, "bakker": PASSWORD})
    return {"session": session_id, "storing": storing.id, "ids": ids}


@pytest.fixture
def workspace(qtbot: Any, station: Any, people: Any, closed_session: Any) -> CasesWorkspace:
    shown = CasesWorkspace(station, people["secretaris"])
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    with qtbot.waitSignal(shown.cases_shown, timeout=WAIT):
        shown.show()
    return shown


def _accept(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _at(qtbot: Any, workspace: CasesWorkspace, step: Step) -> None:
    qtbot.waitUntil(
        lambda: workspace.view.detail is not None and workspace.view.detail.summary.current is step,
        timeout=WAIT,
    )


def _step_dialog(qtbot: Any, workspace: CasesWorkspace) -> StepDialog:
    qtbot.mouseClick(workspace.view.step_button, Qt.MouseButton.LeftButton)
    dialog = workspace.dialog
    assert isinstance(dialog, StepDialog)
    return dialog


def unnamed(root: QWidget) -> list[str]:
    """Visible controls a screen reader could not name: no accessible name, and no text of their own.

    The line edit inside an editable combo box or a date field belongs to that control, which is named."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not isinstance(w, QAbstractButton | QComboBox | QLineEdit):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox | QAbstractSpinBox):
            continue
        if w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()):
            continue
        found.append(f"{type(w).__name__} {w.objectName()}")
    return found


def test_only_the_examensecretaris_sees_the_cases_workspace_R_ROLE_1(people: Any) -> None:
    assert WorkspaceKey.CASES in workspaces_for(people["secretaris"].roles)
    assert WorkspaceKey.CASES not in workspaces_for(people["jansen"].roles)
    assert not may_open(people["jansen"].roles, Workspace.CASES)


# R-IRR-1, R-IRR-2, R-IRR-3: the whole procedure, driven through the screen.
def test_a_technical_case_from_the_report_to_a_planned_tweede_zitting(
    qtbot: Any, workspace: CasesWorkspace, station: Any, people: Any, closed_session: Any
) -> None:
    assert workspace.pages.currentWidget() is workspace.empty  # nothing yet: says what to do
    qtbot.mouseClick(workspace.empty_open_button, Qt.MouseButton.LeftButton)
    opening = workspace.dialog
    assert isinstance(opening, OpenCaseDialog)
    qtbot.waitUntil(lambda: opening.source_combo.count() > 1, timeout=WAIT)
    opening.source_combo.setCurrentIndex(opening.source_combo.findData(closed_session["storing"]))
    assert opening.technical_check.isChecked()  # a storing suggests a technical case
    assert opening.checked_candidates() == [closed_session["ids"]["1001"]]
    assert opening.description.toPlainText()
    assert unnamed(opening) == []
    _accept(qtbot, opening)
    _at(qtbot, workspace, Step.OPENED)
    assert workspace.pages.currentWidget() is workspace.content
    assert "Examenloket" in workspace.view.now_text.text() and "FH-77" in workspace.view.now_text.text()
    assert unnamed(workspace) == []

    # Step 1: reported, by e-mail.
    dialog = _step_dialog(qtbot, workspace)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("email"))
    _accept(qtbot, dialog)
    _at(qtbot, workspace, Step.REPORTED)

    # Step 2: the Inspectie's call.
    dialog = _step_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.decision_edit, "Werk wordt ongeldig verklaard")
    _accept(qtbot, dialog)
    _at(qtbot, workspace, Step.DISCUSSED)

    # Steps 3-4: the ISD form; a technical case is refused without the meldingsnummer (R-IRR-2).
    dialog = _step_dialog(qtbot, workspace)
    assert dialog.meldingsnummer_edit.text() == "FH-77"  # known from the storing
    dialog.meldingsnummer_edit.clear()
    _accept(qtbot, dialog)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert "meldingsnummer" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.meldingsnummer_edit, "FH-77")
    _accept(qtbot, dialog)
    _at(qtbot, workspace, Step.FORM_COMPLETED)

    # Step 5: the decision letter declares 1001's work invalid.
    dialog = _step_dialog(qtbot, workspace)
    (check,) = dialog.invalid_checks.values()
    check.setChecked(True)
    _accept(qtbot, dialog)
    _at(qtbot, workspace, Step.DECISION_RECEIVED)
    assert "tweede zitting" in workspace.view.now_text.text()

    # Step 6: the plan dialog offers only variants without overlap (R-IRR-3).
    qtbot.mouseClick(workspace.view.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(workspace.dialog, PlanSessionDialog), timeout=WAIT)
    plan = workspace.dialog
    assert isinstance(plan, PlanSessionDialog)
    qtbot.waitUntil(plan.ok_button.isEnabled, timeout=WAIT)
    variants = plan.variant_combo.model()
    assert isinstance(variants, QStandardItemModel)
    enabled = {
        plan.variant_combo.itemData(i): variants.item(i).isEnabled()
        for i in range(plan.variant_combo.count())
    }
    assert enabled == {"A": False, "B": True, "C": False}
    assert plan.variant_combo.currentData() == "B"
    assert "K1, V1, V2" in plan.variant_combo.itemText(plan.variant_combo.findData("A"))
    assert "Sanne de Vries (1001)" in plan.first_label.text()
    plan.surveillant_rows[0].name_combo.setEditText("jansen")
    plan.time_edit.setText("13:30")
    assert unnamed(plan) == []
    _accept(qtbot, plan)
    _at(qtbot, workspace, Step.RESIT_PLANNED)
    detail = workspace.view.detail
    assert detail is not None and detail.summary.closed
    assert not workspace.view.step_button.isEnabled()
    group = next(g for g in catalogue.groups(station, people["secretaris"]) if g.second_sitting_of == GROUP)
    assert group.candidate_count == 1
    planned = [s for s in sessions.list_sessions(station) if s.group_code == group.code]
    assert len(planned) == 1 and planned[0].start_time == "13:30"
    assert workspace.view.history_model.rowCount() == 6

    # A closed case leaves the default "open" filter and is found under "closed".
    workspace.show_combo.setCurrentIndex(workspace.show_combo.findData(Show.OPEN))
    assert workspace.model.rowCount() == 0
    workspace.show_combo.setCurrentIndex(workspace.show_combo.findData(Show.CLOSED))
    assert workspace.model.rowCount() == 1


# R-PV-2: a wrong entry is corrected beside it; the history shows both.
def test_a_wrong_entry_is_corrected_from_the_history(
    qtbot: Any, workspace: CasesWorkspace, closed_session: Any
) -> None:
    opening = workspace.open_case_dialog(closed_session["session"], closed_session["storing"])
    assert isinstance(opening, OpenCaseDialog)
    qtbot.waitUntil(lambda: opening.source_combo.currentData() == closed_session["storing"], timeout=WAIT)
    _accept(qtbot, opening)
    _at(qtbot, workspace, Step.OPENED)
    dialog = _step_dialog(qtbot, workspace)
    _accept(qtbot, dialog)  # by phone
    _at(qtbot, workspace, Step.REPORTED)
    view = workspace.view
    assert workspace.open_correction_dialog() is None  # nothing chosen: it says so
    assert view.error.isVisible()
    view.history_table.selectRow(1)
    correction = workspace.open_correction_dialog()
    assert isinstance(correction, StepDialog) and correction.correcting is not None
    correction.channel_combo.setCurrentIndex(correction.channel_combo.findData("email"))
    _accept(qtbot, correction)
    qtbot.waitUntil(correction.error.isVisible, timeout=WAIT)  # a correction needs its reason
    qtbot.keyClicks(correction.reason_edit, "Het was een e-mail")
    _accept(qtbot, correction)
    qtbot.waitUntil(lambda: view.history_model.rowCount() == 3, timeout=WAIT)
    steps = [view.history_model.index(row, 1).data() for row in range(3)]
    assert steps == ["Opened", "Reported to the Inspectie", "Correction of Reported to the Inspectie"]
    assert "corrected later" in view.history_model.index(1, 2).data()
    assert "Het was een e-mail" in view.history_model.index(2, 2).data()


def test_the_case_screen_speaks_dutch(qtbot: Any, workspace: CasesWorkspace, closed_session: Any) -> None:
    from examdesk.ui import i18n_qt

    opening = workspace.open_case_dialog(closed_session["session"], closed_session["storing"])
    assert isinstance(opening, OpenCaseDialog)
    qtbot.waitUntil(lambda: opening.ok_button.isEnabled(), timeout=WAIT)
    _accept(qtbot, opening)
    _at(qtbot, workspace, Step.OPENED)
    i18n_qt.install("nl")
    qtbot.waitUntil(lambda: workspace.view.step_button.text() == "Melding vastleggen…", timeout=WAIT)
    assert "Examenloket" in workspace.view.now_text.text() and "Meld" in workspace.view.now_text.text()
    assert workspace.model.headerData(0, Qt.Orientation.Horizontal) == "Examenperiode"


# R-IRR-4: when the examensecretaris records a candidate leaving ill, the case opens from that entry.
def test_leaving_ill_on_the_dashboard_offers_the_case_to_the_examensecretaris_R_IRR_4(
    qtbot: Any, station: Any, people: Any, running_session: str, clock: Any
) -> None:
    from examdesk.services import cases
    from examdesk.ui.proctor.dialogs import LeftEarlyDialog
    from examdesk.ui.proctor.workspace import ProctorWorkspace
    from tests.ui.conftest import SESSION_START

    clock.wall = SESSION_START
    secretaris = people["secretaris"]
    candidate = next(r.candidate_id for r in sessions.dashboard(station, secretaris, running_session))
    sessions.record_bsn_check(
        station, secretaris, running_session, candidate, match=True, id_document="passport"
    )
    sessions.start_candidate(station, secretaris, running_session, candidate)
    proctor = ProctorWorkspace(station, secretaris)
    qtbot.addWidget(proctor)
    proctor.resize(1200, 720)
    proctor.show()
    qtbot.waitUntil(lambda: proctor.dashboard is not None, timeout=WAIT)
    dashboard = proctor.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.model.rowCount() == 2, timeout=WAIT)
    dashboard.select(next(r.number for r in dashboard.model.rows() if r.candidate_id == candidate))
    left = dashboard.open_left_early()
    assert isinstance(left, LeftEarlyDialog)
    left.reason_edit.setText("misselijk")
    left.ill_check.setChecked(True)
    left.ok_button.click()
    qtbot.waitUntil(lambda: isinstance(dashboard.dialog, OpenCaseDialog), timeout=WAIT)
    opening = dashboard.dialog
    assert isinstance(opening, OpenCaseDialog)
    qtbot.waitUntil(lambda: opening.ok_button.isEnabled(), timeout=WAIT)
    assert opening.chosen_source() is not None and opening.chosen_source().origin == "illness"
    assert opening.checked_candidates() == [candidate]
    assert "misselijk" in opening.description.toPlainText()
    opening.ok_button.click()
    qtbot.waitUntil(lambda: "Irregularity case" in dashboard.message.text(), timeout=WAIT)
    (case,) = cases.list_cases(station, secretaris)
    assert case.origin == "illness" and [c.candidate_id for c in case.candidates] == [candidate]
