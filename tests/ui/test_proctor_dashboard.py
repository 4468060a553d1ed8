"""The Proctor workspace driven as a surveillant drives it: keys and buttons on the real dashboard, with the
event log as the witness (R-BSN-4, R-TIME-1..9, R-VOV-1, R-PV-4)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from examdesk.core.clock import ClockState
from examdesk.core.eventkinds import EventKind
from examdesk.services import events, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.sessions import SessionState
from examdesk.services.station import Station
from examdesk.ui.dialogs.bsn_check import BsnCheckDialog
from examdesk.ui.models.dashboard import DashboardColumn
from examdesk.ui.proctor.acts import Act
from examdesk.ui.proctor.dashboard import Dashboard
from examdesk.ui.proctor.dialogs import (
    CloseSessionDialog,
    CompensationDialog,
    CorrectionDialog,
    EndStoringDialog,
    LeftEarlyDialog,
    MeldingDialog,
    RosterCorrectionDialog,
    StartStoringDialog,
)
from examdesk.ui.proctor.override_dialog import ExtensionDialog, OverrideDialog
from examdesk.ui.proctor.workspace import ProctorWorkspace
from tests.ui.conftest import PASSWORD, SESSION_START
from tests.ui.windows import make_active

WAIT = 10_000


@pytest.fixture
def open_workspace(station: Station, qtbot: QtBot) -> Callable[[SignedIn], ProctorWorkspace]:
    def open_(actor: SignedIn) -> ProctorWorkspace:
        workspace = ProctorWorkspace(station, actor)
        qtbot.addWidget(workspace)
        workspace.resize(1200, 720)
        workspace.show()
        qtbot.waitExposed(workspace)
        make_active(qtbot, workspace)
        return workspace

    return open_


@pytest.fixture
def dashboard(
    people: dict[str, SignedIn],
    running_session: str,
    open_workspace: Callable[[SignedIn], ProctorWorkspace],
    qtbot: QtBot,
) -> Dashboard:
    """The dashboard of the running session as jansen sees it (it opens by itself: the only running one)."""
    workspace = open_workspace(people["jansen"])
    qtbot.waitUntil(lambda: workspace.dashboard is not None, timeout=WAIT)
    shown = workspace.dashboard
    assert shown is not None
    qtbot.waitUntil(lambda: shown.model.rowCount() == 2, timeout=WAIT)
    return shown


def row(dashboard: Dashboard, number: str):
    return next(r for r in dashboard.model.rows() if r.number == number)


def press(qtbot: QtBot, dashboard: Dashboard, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key on the table, as the surveillant presses it (the window is active again after a dialog)."""
    window = dashboard.window()
    make_active(qtbot, window)
    dashboard.table.setFocus()
    qtbot.keyClick(dashboard.table, key, modifier)


def wait_dialog(qtbot: QtBot, dashboard: Dashboard, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(dashboard.dialog, kind) and dashboard.dialog.isVisible(), timeout=WAIT)
    return dashboard.dialog


def wait_refreshed(qtbot: QtBot, dashboard: Dashboard, condition) -> None:
    qtbot.waitUntil(condition, timeout=WAIT)


def kinds(station: Station, session_id: str) -> list[str]:
    return [e.kind for e in events.list_events(station, session_id=session_id)]


# R-BSN-4
def test_start_is_refused_without_a_bsn_match_R_BSN_4(
    station: Station, dashboard, running_session: str, qtbot: QtBot, clock: ManualClock
) -> None:
    clock.wall = SESSION_START
    dashboard.select("1002")
    press(qtbot, dashboard, Qt.Key.Key_S)
    qtbot.waitUntil(dashboard.message.is_refusal, timeout=WAIT)
    assert dashboard.message.text() == (
        "Ahmed Yilmaz cannot start: the BSN check on the start screen has not been recorded as a match."
    )
    assert EventKind.CANDIDATE_STARTED not in kinds(station, running_session)
    assert row(dashboard, "1002").clock.state is ClockState.NOT_STARTED


# R-BSN-4
def test_a_mismatch_blocks_the_start_and_the_check_until_the_roster_is_corrected_R_BSN_4(
    station: Station, dashboard, running_session: str, qtbot: QtBot
) -> None:
    dashboard.select("1002")
    press(qtbot, dashboard, Qt.Key.Key_B)
    dialog = wait_dialog(qtbot, dashboard, BsnCheckDialog)
    qtbot.waitUntil(lambda: dialog.bsn_label.text() == "9999 93 847", timeout=WAIT)
    dialog.mismatch_button.click()
    assert "Write in the note" in dialog.error.text()  # a mismatch says what differs
    dialog.document_combo.setCurrentIndex(dialog.document_combo.findData("identity_card"))
    dialog.note_edit.setText("laatste cijfers anders")
    dialog.mismatch_button.click()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1002").bsn_checked is False)
    (check,) = events.list_events(station, session_id=running_session, kinds=(EventKind.BSN_CHECKED,))
    assert check.payload == {
        "match": False,
        "id_document": "identity_card",
        "note": "laatste cijfers anders",
        "confirmed": [],
    }
    assert dashboard.model.index(1, DashboardColumn.BSN_CHECK).data() == "✗ mismatch"
    dashboard.select("1002")
    assert not dashboard.buttons[Act.BSN_CHECK].isEnabled()  # redone only after a roster correction
    assert not dashboard.buttons[Act.START].isEnabled()  # it would be refused, so it does not look allowed
    press(qtbot, dashboard, Qt.Key.Key_S)  # the key says why
    qtbot.waitUntil(dashboard.message.is_refusal, timeout=WAIT)
    assert "cannot start" in dashboard.message.text()


# R-BSN-4
def test_after_a_mismatch_the_examensecretaris_corrects_the_roster_and_the_check_is_redone_R_BSN_4(
    station: Station,
    people: dict[str, SignedIn],
    dashboard,
    running_session: str,
    open_workspace,
    qtbot: QtBot,
) -> None:
    candidate_id = row(dashboard, "1002").candidate_id
    sessions.record_bsn_check(
        station,
        people["jansen"],
        running_session,
        candidate_id,
        match=False,
        id_document="passport",
        note="anders",
    )
    dashboard.refresh()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1002").bsn_checked is False)
    dashboard.select("1002")
    assert not dashboard.buttons[Act.ROSTER].isEnabled()  # a surveillant does not correct the roster
    assert "examensecretaris" in dashboard.buttons[Act.ROSTER].toolTip()

    workspace = open_workspace(people["secretaris"])
    qtbot.waitUntil(lambda: workspace.dashboard is not None, timeout=WAIT)
    board = workspace.dashboard
    assert board is not None
    qtbot.waitUntil(lambda: board.model.rowCount() == 2, timeout=WAIT)
    board.select("1002")
    assert (
        board.buttons[Act.ROSTER].isEnabled() and board.buttons[Act.ROSTER].text() == "Correct BSN (Shift+B)"
    )
    press(qtbot, board, Qt.Key.Key_B, Qt.KeyboardModifier.ShiftModifier)
    dialog = wait_dialog(qtbot, board, RosterCorrectionDialog)
    assert dialog.current.text() == "BSN on the roster now: *****3847"
    dialog.bsn_edit.setText("1234 56 782")
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)  # the reason is required
    dialog.reason.setPlainText("Typefout in de leerlingadministratie; paspoort gezien")
    dialog.ok_button.click()
    wait_refreshed(qtbot, board, lambda: row(board, "1002").bsn_checked is None)
    assert "roster corrected" in board.message.text()
    (corrected,) = events.list_events(
        station, session_id=running_session, kinds=(EventKind.ROSTER_CORRECTED,)
    )
    assert corrected.actor == "secretaris" and corrected.candidate_id == candidate_id
    assert "123456782" not in str(corrected.payload)  # R-BSN-6: never the full number in the log
    board.select("1002")
    assert board.buttons[Act.BSN_CHECK].isEnabled()  # the check is done again, with the new number


def test_a_whole_session_from_the_bsn_check_to_closing_with_passwords(
    station: Station,
    people: dict[str, SignedIn],
    dashboard,
    running_session: str,
    qtbot: QtBot,
    clock: ManualClock,
) -> None:
    """R-BSN-4, R-TIME-1, R-TIME-4, R-TIME-5, R-TIME-7, R-VOV-1, R-TIME-9, R-PV-4 in one walk."""
    sid = running_session
    clock.wall = SESSION_START

    # BSN check, match (R-BSN-4) and start by key.
    dashboard.select("1001")
    press(qtbot, dashboard, Qt.Key.Key_B)
    check = wait_dialog(qtbot, dashboard, BsnCheckDialog)
    qtbot.waitUntil(lambda: check.bsn_label.text() == "9999 93 653", timeout=WAIT)
    check.document_combo.setCurrentIndex(check.document_combo.findData("passport"))
    check.confirmation.boxes[0].setChecked(True)  # R-ACC-2: the extra time matches the VSV
    check.match_button.click()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1001").bsn_checked is True)
    assert dashboard.message.text() == "1001 Sanne de Vries: BSN check recorded: matches."
    dashboard.select("1001")
    press(qtbot, dashboard, Qt.Key.Key_S)
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1001").clock.state is ClockState.RUNNING)
    # R-TIME-4: the 30 minutes granted are on the clock from the start.
    assert dashboard.model.index(0, DashboardColumn.REMAINING).data() == "2:00:00"
    assert dashboard.model.index(0, DashboardColumn.DEADLINE).data() == "11:30 / 12:00"

    # R-TIME-5: 1001 has no pauses accommodation; the refusal offers the examensecretaris's override.
    clock.advance(timedelta(minutes=10))
    dashboard.select("1001")
    press(qtbot, dashboard, Qt.Key.Key_P)
    override = wait_dialog(qtbot, dashboard, OverrideDialog)
    assert "no pauses accommodation" in override.intro.text()
    override.user_edit.setText("secretaris")
    override.password_edit.setText(PASSWORD)
    override.reason_edit.setPlainText("onwel, arts gebeld")
    override.ok_button.click()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1001").clock.state is ClockState.PAUSED)
    assert dashboard.model.index(0, DashboardColumn.NAME).data() == "Sanne de Vries ⚑"
    assert dashboard.buttons[Act.PAUSE].text() == "Resume (P)"
    clock.advance(timedelta(minutes=5))
    press(qtbot, dashboard, Qt.Key.Key_P)
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1001").clock.state is ClockState.RUNNING)
    assert row(dashboard, "1001").clock.total_pause == timedelta(minutes=5)
    assert dashboard.model.index(0, DashboardColumn.PAUSE).data() == "5 min"
    dashboard.tick()
    assert dashboard.model.index(0, DashboardColumn.REMAINING).data() == "1:50:00"

    # Extra time beyond the grant is refused with the reason (R-TIME-4); the called examensecretaris
    # can override it with a reason, and the row says so.
    press(qtbot, dashboard, Qt.Key.Key_E)
    extension = wait_dialog(qtbot, dashboard, ExtensionDialog)
    extension.minutes_spin.setValue(20)
    extension.ok_button.click()
    qtbot.waitUntil(extension.error.isVisible, timeout=WAIT)
    assert "more time than granted" in extension.error.text()
    assert "irregularity" in extension.error.text()
    extension.user_edit.setText("secretaris")
    extension.password_edit.setText(PASSWORD)
    extension.override_edit.setPlainText("CvTE-overleg 2026-118")
    extension.ok_button.click()
    wait_refreshed(
        qtbot, dashboard, lambda: row(dashboard, "1001").clock.applied_extension == timedelta(minutes=20)
    )
    assert dashboard.model.index(0, DashboardColumn.EXTENSION).data() == "30 min +20 ⚑"

    # A storing with compensation (R-TIME-7).
    dashboard.select("1001")
    press(qtbot, dashboard, Qt.Key.Key_T)
    storing = wait_dialog(qtbot, dashboard, StartStoringDialog)
    storing.question_edit.setText("V3")
    storing.pc_old_edit.setText("PC-07")
    storing.pc_new_edit.setText("PC-12")
    storing.ok_button.click()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1001").open_storing is not None)
    assert dashboard.model.index(0, DashboardColumn.STORINGEN).data() == "1 (going on)"
    assert dashboard.buttons[Act.STORING].text() == "End storing (T)"
    clock.advance(timedelta(minutes=6))
    press(qtbot, dashboard, Qt.Key.Key_T)
    ending = wait_dialog(qtbot, dashboard, EndStoringDialog)
    ending.number_edit.setText("FH-2026-0042")
    ending.ok_button.click()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1001").open_storing is None)
    press(qtbot, dashboard, Qt.Key.Key_C)
    compensation = wait_dialog(qtbot, dashboard, CompensationDialog)
    qtbot.waitUntil(lambda: compensation.storing_combo.count() == 1, timeout=WAIT)
    assert compensation.minutes_spin.value() == 6
    compensation.ok_button.click()
    wait_refreshed(
        qtbot, dashboard, lambda: row(dashboard, "1001").clock.compensation == timedelta(minutes=6)
    )

    # A melding (VOV) about the exam application (R-VOV-1).
    press(qtbot, dashboard, Qt.Key.Key_M)
    melding = wait_dialog(qtbot, dashboard, MeldingDialog)
    melding.kind_combo.setCurrentIndex(melding.kind_combo.findData("werking_examenbank"))
    melding.questions_edit.setText("V3, K1")
    melding.candidate_text.setPlainText("keuzelijst bleef leeg")
    melding.surveillant_text.setPlainText("gezien, scherm ververst")
    melding.duo_check.setChecked(True)
    melding.number_edit.setText("FH-77")
    melding.ok_button.click()
    qtbot.waitUntil(lambda: EventKind.MELDING in kinds(station, sid), timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=WAIT)  # the dialog has closed
    (vov,) = events.list_events(station, session_id=sid, kinds=(EventKind.MELDING,))
    assert vov.payload["questions"] == ["V3", "K1"] and vov.candidate_id == (
        row(dashboard, "1001").candidate_id
    )

    # Closing is refused while anyone is still working (R-PV-4).
    press(
        qtbot,
        dashboard,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    closing = wait_dialog(qtbot, dashboard, CloseSessionDialog)
    closing.password_edits["jansen"].setText(PASSWORD)
    closing.password_edits["bakker"].setText(PASSWORD)
    closing.ok_button.click()
    qtbot.waitUntil(closing.error.isVisible, timeout=WAIT)
    assert closing.error.text() == "The session cannot close: 2 candidates are not finished yet."
    closing.reject()

    # Hand in (confirmed: it cannot be undone) and absent.
    dashboard.select("1001")
    press(qtbot, dashboard, Qt.Key.Key_H)
    box = wait_dialog(qtbot, dashboard, QMessageBox)
    assert "hands in now" in box.text()
    box.defaultButton().click()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1001").clock.state is ClockState.FINISHED)
    dashboard.select("1002")
    press(qtbot, dashboard, Qt.Key.Key_A)
    absent = wait_dialog(qtbot, dashboard, QMessageBox)
    absent.defaultButton().click()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1002").clock.state is ClockState.ABSENT)

    # Close: every surveillant of the session with their own password (R-PV-4).
    dashboard.buttons[Act.CLOSE].click()
    closing = wait_dialog(qtbot, dashboard, CloseSessionDialog)
    assert [closing.password_fields[name].label.text() for name in ("jansen", "bakker")] == [
        "Password of Jansen",
        "Password of Bakker",
    ]
    closing.password_edits["jansen"].setText(PASSWORD)
    closing.password_edits["bakker"].setText("not it")
    closing.ok_button.click()
    qtbot.waitUntil(closing.error.isVisible, timeout=WAIT)
    # Issue 15 (#10): the sentence says the password is wrong, and the focus waits in that field.
    assert closing.error.text().startswith("The password of bakker is wrong")
    qtbot.waitUntil(lambda: closing.focusWidget() is closing.password_edits["bakker"], timeout=WAIT)
    assert closing.password_edits["jansen"].text() == PASSWORD
    closing.password_edits["bakker"].setText(PASSWORD)
    closing.ok_button.click()
    wait_refreshed(qtbot, dashboard, lambda: dashboard.session.state is SessionState.CLOSED)
    assert not any(button.isEnabled() for button in dashboard.buttons.values())

    assert [k for k in kinds(station, sid) if k != EventKind.BSN_READ] == [
        EventKind.SESSION_PLANNED,
        EventKind.SESSION_STARTED,
        EventKind.BSN_CHECKED,
        EventKind.CANDIDATE_STARTED,
        EventKind.RULE_OVERRIDDEN,  # R-TIME-5: the pause, by the examensecretaris
        EventKind.PAUSE_STARTED,
        EventKind.PAUSE_ENDED,
        EventKind.RULE_OVERRIDDEN,  # R-TIME-4: more time than granted
        EventKind.EXTENSION_APPLIED,
        EventKind.STORING_STARTED,
        EventKind.STORING_ENDED,
        EventKind.COMPENSATION_GRANTED,
        EventKind.MELDING,
        EventKind.HANDED_IN,
        EventKind.ABSENT,
        EventKind.SESSION_CLOSED,
    ]
    states = [(r.number, r.clock.state) for r in dashboard.model.rows()]
    assert states == [("1001", ClockState.FINISHED), ("1002", ClockState.ABSENT)]
    finished = row(dashboard, "1001").clock
    # 90 min + the 30 granted + 20 beyond it (override) + 6 compensation + 5 pause from the start.
    assert finished.deadline == SESSION_START + timedelta(minutes=151)
    recorded = [e for e in events.list_events(station, session_id=sid) if e.kind != EventKind.BSN_READ]
    assert [e.actor for e in recorded if e.kind != EventKind.RULE_OVERRIDDEN][2:-1] == ["jansen"] * 11
    assert {e.actor for e in recorded if e.kind == EventKind.RULE_OVERRIDDEN} == {"secretaris"}


# R-TIME-9, R-IRR-4
def test_leaving_early_ill_says_the_examensecretaris_can_open_a_case_R_TIME_9_R_IRR_4(
    station: Station,
    people: dict[str, SignedIn],
    dashboard,
    running_session: str,
    qtbot: QtBot,
    clock: ManualClock,
) -> None:
    clock.wall = SESSION_START
    sessions.record_bsn_check(
        station,
        people["jansen"],
        running_session,
        row(dashboard, "1002").candidate_id,
        match=True,
        id_document="passport",
    )
    sessions.start_candidate(station, people["jansen"], running_session, row(dashboard, "1002").candidate_id)
    dashboard.refresh()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1002").clock.state is ClockState.RUNNING)
    dashboard.select("1002")
    press(qtbot, dashboard, Qt.Key.Key_L)
    left = wait_dialog(qtbot, dashboard, LeftEarlyDialog)
    left.ok_button.click()
    qtbot.waitUntil(left.error.isVisible, timeout=WAIT)
    assert left.error.text() == "Describe what happened."
    left.reason_edit.setText("misselijk")
    left.ill_check.setChecked(True)
    left.ok_button.click()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1002").clock.state is ClockState.LEFT_EARLY)
    assert "irregularity case" in dashboard.message.text() and "examensecretaris" in dashboard.message.text()
    (event,) = events.list_events(station, session_id=running_session, kinds=(EventKind.LEFT_EARLY,))
    assert event.payload == {"reason": "misselijk", "ill": True}


# R-TIME-9
def test_a_candidate_whose_time_runs_out_is_recorded_as_time_up_R_TIME_9(
    station: Station,
    people: dict[str, SignedIn],
    dashboard,
    running_session: str,
    qtbot: QtBot,
    clock: ManualClock,
) -> None:
    clock.wall = SESSION_START
    candidate = row(dashboard, "1002").candidate_id
    sessions.record_bsn_check(
        station, people["jansen"], running_session, candidate, match=True, id_document="passport"
    )
    sessions.start_candidate(station, people["jansen"], running_session, candidate)
    dashboard.refresh()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1002").clock.state is ClockState.RUNNING)
    clock.advance(timedelta(minutes=90, seconds=1))
    dashboard.tick()  # the tick notices the time has run out and fetches again, recording it
    qtbot.waitUntil(
        lambda: events.list_events(station, session_id=running_session, kinds=(EventKind.TIME_UP,)) != [],
        timeout=WAIT,
    )
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1002").clock.state is ClockState.TIME_UP)
    assert dashboard.model.index(1, DashboardColumn.STATE).data() == "time up"


# R-TIME-5
def test_more_than_an_hour_of_pauses_asks_for_the_cvte_consult_reference_R_TIME_5(
    station: Station,
    people: dict[str, SignedIn],
    dashboard,
    running_session: str,
    qtbot: QtBot,
    clock: ManualClock,
) -> None:
    from examdesk.ui.proctor.dialogs import ConsultDialog

    clock.wall = SESSION_START
    candidate = row(dashboard, "1002").candidate_id
    jansen = people["jansen"]
    sessions.record_bsn_check(station, jansen, running_session, candidate, match=True, id_document="passport")
    sessions.start_candidate(station, jansen, running_session, candidate)
    sessions.pause_candidate(  # no pauses accommodation: by the examensecretaris's override (R-TIME-5)
        station, jansen, running_session, candidate, override=sessions.Override(people["secretaris"], "onwel")
    )
    clock.advance(timedelta(minutes=61))
    dashboard.refresh()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1002").clock.state is ClockState.PAUSED)
    dashboard.select("1002")
    press(qtbot, dashboard, Qt.Key.Key_P)
    consult = wait_dialog(qtbot, dashboard, ConsultDialog)
    assert "more than 60 minutes of pauses" in consult.warning.text()
    consult.reference_edit.setText("CvTE-2026-118")
    consult.ok_button.click()
    qtbot.waitUntil(
        lambda: events.list_events(station, session_id=running_session, kinds=(EventKind.REMARK,)) != [],
        timeout=WAIT,
    )
    (remark,) = events.list_events(station, session_id=running_session, kinds=(EventKind.REMARK,))
    assert "CvTE-2026-118" in remark.payload["text"] and remark.candidate_id == candidate
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1002").pause_consult_needed)
    assert dashboard.model.index(1, DashboardColumn.PAUSE).data() == "61 min, consult CvTE"


# R-TIME-10
def test_a_clock_that_went_back_shows_a_warning_banner_R_TIME_10(
    station: Station,
    people: dict[str, SignedIn],
    dashboard,
    running_session: str,
    qtbot: QtBot,
    clock: ManualClock,
) -> None:
    assert not dashboard.banner.isVisible()
    clock.set_wall(clock.wall - timedelta(minutes=2))
    sessions.record_remark(station, people["jansen"], running_session, "klok teruggezet?")
    dashboard.refresh()
    qtbot.waitUntil(dashboard.banner.isVisible, timeout=WAIT)
    assert "went back 120 seconds" in dashboard.banner.text()


def test_the_filter_keeps_the_candidates_whose_name_or_number_matches(dashboard, qtbot: QtBot) -> None:
    qtbot.keyClick(dashboard.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dashboard.filter_edit.hasFocus()
    qtbot.keyClicks(dashboard.filter_edit, "yilm")  # i, l and m are keys of actions, but not while typing
    assert dashboard.filter_edit.text() == "yilm" and dashboard.dialog is None
    assert dashboard.proxy.rowCount() == 1
    assert dashboard.proxy.index(0, DashboardColumn.NAME).data() == "Ahmed Yilmaz"
    dashboard.filter_edit.setText("1001")
    assert dashboard.proxy.index(0, DashboardColumn.NAME).data() == "Sanne de Vries"
    dashboard.filter_edit.clear()
    assert dashboard.proxy.rowCount() == 2


def test_columns_sort_by_what_they_mean(dashboard) -> None:
    dashboard.table.sortByColumn(DashboardColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert [dashboard.proxy.index(r, DashboardColumn.NAME).data() for r in range(2)] == [
        "Sanne de Vries",
        "Ahmed Yilmaz",
    ]
    dashboard.table.sortByColumn(DashboardColumn.NUMBER, Qt.SortOrder.AscendingOrder)
    assert dashboard.proxy.index(0, DashboardColumn.NUMBER).data() == "1001"


def test_several_checked_candidates_start_together(
    station: Station,
    people: dict[str, SignedIn],
    dashboard,
    running_session: str,
    qtbot: QtBot,
    clock: ManualClock,
) -> None:
    clock.wall = SESSION_START
    for status in dashboard.model.rows():
        sessions.record_bsn_check(
            station,
            people["jansen"],
            running_session,
            status.candidate_id,
            match=True,
            id_document="passport",
        )
    dashboard.refresh()
    wait_refreshed(qtbot, dashboard, lambda: all(r.bsn_checked for r in dashboard.model.rows()))
    dashboard.select("1001", "1002")
    assert dashboard.buttons[Act.START].text() == "Start 2 candidates (S)"
    assert not dashboard.buttons[Act.PAUSE].isEnabled()  # one candidate at a time
    dashboard.buttons[Act.START].click()
    wait_refreshed(
        qtbot, dashboard, lambda: all(r.clock.state is ClockState.RUNNING for r in dashboard.model.rows())
    )
    assert dashboard.message.text() == "Started at 10:00: 1001 Sanne de Vries, 1002 Ahmed Yilmaz."


def test_actions_say_their_key_and_are_off_when_the_state_does_not_allow_them(dashboard) -> None:
    dashboard.select("1001")
    texts = {act: button.text() for act, button in dashboard.buttons.items()}
    assert texts[Act.BSN_CHECK] == "BSN check (B)"
    assert texts[Act.HAND_IN] == "Hand in (H)"
    assert texts[Act.CLOSE] == "Close session (Ctrl+Shift+C)"
    assert dashboard.buttons[Act.PAUSE].toolTip() == "A supervised pause stops the clock (P)"
    enabled = {act for act, button in dashboard.buttons.items() if button.isEnabled()}
    # Start stays off until the BSN check matched (R-BSN-4): it would be refused (issue 15, #12).
    assert enabled == {
        Act.BSN_CHECK,
        Act.EXTENSION,
        Act.ABSENT,
        Act.MELDING,
        Act.IRREGULARITY,
        Act.REMARK,
        Act.CORRECTION,  # a correction can be about any earlier event
        Act.CLOSE,
    }


# R-BSN-6
def test_the_dashboard_never_shows_a_full_bsn_R_BSN_6(dashboard) -> None:
    cells = [
        str(dashboard.model.index(r, c).data(role) or "")
        for r in range(dashboard.model.rowCount())
        for c in range(dashboard.model.columnCount())
        for role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        )
    ]
    assert "*****3653" in cells
    for full in ("999993653", "999993847", "9999 93 653", "9999 93 847"):
        assert not any(full in cell for cell in cells)


def test_the_clocks_rest_while_out_of_sight_and_are_derived_again_on_return_R_TIME_1(
    dashboard, qtbot: QtBot
) -> None:
    assert dashboard.tick_timer.isActive() and dashboard.refresh_timer.isActive()
    dashboard.hide()
    assert not dashboard.tick_timer.isActive() and not dashboard.refresh_timer.isActive()
    with qtbot.waitSignal(dashboard.refreshed, timeout=WAIT):
        dashboard.show()
    assert dashboard.tick_timer.isActive() and dashboard.refresh_timer.isActive()


def test_every_visible_control_of_the_dashboard_has_an_accessible_name(dashboard) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

    dashboard.select("1001")
    nameless = [
        f"{type(control).__name__} {control.objectName()!r}"
        for kind in (QAbstractButton, QLineEdit, QAbstractItemView)
        for control in dashboard.window().findChildren(kind)
        if control.isVisible() and not control.accessibleName()
    ]
    assert nameless == []


def test_the_large_time_column_and_clock_follow_the_in_app_zoom(dashboard, qapp, qtbot: QtBot) -> None:
    """Issue 8: large print reaches the remaining time, the name column and the clock, not only plain text."""
    from examdesk.ui import style

    index = dashboard.model.index(0, DashboardColumn.REMAINING)
    name = dashboard.model.index(0, DashboardColumn.NAME)
    before = (
        index.data(Qt.ItemDataRole.FontRole).pointSize(),
        name.data(Qt.ItemDataRole.FontRole).pointSize(),
    )
    clock_before = dashboard.now_label.font().pointSize()
    style.apply(qapp, style.Look(zoom=1.5))
    qtbot.waitUntil(lambda: dashboard.now_label.font().pointSize() > clock_before)
    after = (
        index.data(Qt.ItemDataRole.FontRole).pointSize(),
        name.data(Qt.ItemDataRole.FontRole).pointSize(),
    )
    assert after[0] == round(before[0] * 1.5) and after[1] == round(before[1] * 1.5)


# R-PV-2
def test_a_pause_recorded_for_the_wrong_candidate_is_corrected_and_taken_out_of_the_clock_R_PV_2(
    station: Station,
    people: dict[str, SignedIn],
    dashboard,
    running_session: str,
    qtbot: QtBot,
    clock: ManualClock,
) -> None:
    jansen, sid = people["jansen"], running_session
    clock.wall = SESSION_START
    candidate = row(dashboard, "1001").candidate_id
    sessions.record_bsn_check(station, jansen, sid, candidate, match=True, id_document="passport")
    sessions.start_candidate(station, jansen, sid, candidate)
    wrong = sessions.pause_candidate(
        station, jansen, sid, candidate, override=sessions.Override(people["secretaris"], "onwel")
    )
    remark = sessions.record_remark(station, jansen, sid, "lokaal te warm")
    dashboard.refresh()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1001").clock.state is ClockState.PAUSED)
    dashboard.select("1001")
    press(qtbot, dashboard, Qt.Key.Key_K)
    dialog = wait_dialog(qtbot, dashboard, CorrectionDialog)
    qtbot.waitUntil(lambda: dialog.event_combo.count() >= 4, timeout=WAIT)
    ids = [dialog.event_combo.itemData(i) for i in range(dialog.event_combo.count())]
    assert ids[0] == remark.id  # newest first; the group's events are there beside the candidate's
    dialog.event_combo.setCurrentIndex(0)
    assert not dialog.void_check.isEnabled()  # a remark is not on the clock
    dialog.event_combo.setCurrentIndex(ids.index(wrong.id))
    assert dialog.void_check.isEnabled()
    assert "Recorded by Jansen" in dialog.chosen_text.text()
    dialog.void_check.setChecked(True)
    dialog.text.setPlainText("Pauze hoorde bij 1002")
    dialog.ok_button.click()
    wait_refreshed(qtbot, dashboard, lambda: row(dashboard, "1001").clock.state is ClockState.RUNNING)
    (fix,) = events.list_events(station, session_id=sid, kinds=(EventKind.CORRECTION,))
    assert (fix.corrects_id, fix.payload["void"], fix.candidate_id) == (wrong.id, True, candidate)
    assert len(events.list_events(station, session_id=sid, kinds=(EventKind.PAUSE_STARTED,))) == 1  # kept
