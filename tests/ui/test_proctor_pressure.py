"""Issue 15, the proctor under pressure: one key acts on the right candidate, messages never move the rows,
irreversible actions name the candidate, dialogs work by keyboard, and the header does not swallow keys."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from examdesk.core.actions import CandidateAct, CandidateFacts, allowed_actions, refusal
from examdesk.core.clock import ClockState
from examdesk.core.eventkinds import EventKind
from examdesk.services import events, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.station import Station
from examdesk.ui.main_window import MainWindow
from examdesk.ui.models.dashboard import DashboardColumn
from examdesk.ui.proctor.acts import ACTS, SPECS, Act
from examdesk.ui.proctor.dialogs import CloseSessionDialog
from examdesk.ui.proctor.override_dialog import ExtensionDialog
from examdesk.ui.widgets.file_picker import FilePicker
from tests.ui.conftest import PASSWORD, SESSION_START
from tests.ui.test_proctor_dashboard import dashboard, open_workspace, press, row, wait_dialog  # noqa: F401
from tests.ui.windows import make_active

WAIT = 10_000


def kinds(station: Any, session_id: str) -> list[str]:
    return [e.kind for e in events.list_events(station, session_id=session_id)]


@pytest.fixture
def working(
    station: Station,
    people: dict[str, SignedIn],
    dashboard,  # noqa: F811
    running_session: str,
    qtbot: QtBot,
    clock: ManualClock,
):
    """1001 Sanne de Vries checked and working; 1002 Ahmed Yilmaz not started."""
    clock.wall = SESSION_START
    jansen = people["jansen"]
    first = row(dashboard, "1001").candidate_id
    sessions.record_bsn_check(station, jansen, running_session, first, match=True, id_document="passport")
    sessions.start_candidate(station, jansen, running_session, first)
    dashboard.refresh()
    qtbot.waitUntil(lambda: row(dashboard, "1001").clock.state is ClockState.RUNNING, timeout=WAIT)
    return dashboard


def _current_in_name_column(board, number: str) -> None:
    board.select(number)
    for r in range(board.proxy.rowCount()):
        if board.proxy.index(r, DashboardColumn.NUMBER).data() == number:
            board.table.selectionModel().setCurrentIndex(
                board.proxy.index(r, DashboardColumn.NAME), QItemSelectionModel.SelectionFlag.NoUpdate
            )


# --- critical: the key acts on the right candidate or says why not ----------------------------------------


def test_a_key_whose_action_is_not_allowed_says_why_and_moves_nothing(
    working, station: Station, running_session: str, qtbot: QtBot
) -> None:
    """Finding 1: with a working candidate selected, A (absent) used to jump to "Ahmed Yilmaz" by
    type-to-search, and a second A marked him absent."""
    _current_in_name_column(working, "1001")
    press(qtbot, working, Qt.Key.Key_A)
    press(qtbot, working, Qt.Key.Key_A)
    assert [s.number for s in working.selected()] == ["1001"]
    assert working.message.is_refusal()
    assert working.message.text() == "Sanne de Vries is working; this action is not possible now."
    assert working.dialog is None and QApplication.activeModalWidget() is None
    assert EventKind.ABSENT not in kinds(station, running_session)


def test_type_to_search_is_off(working) -> None:
    _current_in_name_column(working, "1001")
    working.table.keyboardSearch("Ahmed")
    assert [s.number for s in working.selected()] == ["1001"]


def test_the_buttons_keys_and_service_share_one_decision(working, people: dict[str, SignedIn]) -> None:
    """One table of acts; its check is core.actions' refusal, which the service raises too."""
    assert {spec.act for spec in ACTS} == set(Act)
    assert len({spec.key for spec in ACTS}) == len(ACTS)
    working.select("1002")  # not started, BSN not checked
    enabled = {act for act, button in working.buttons.items() if button.isEnabled()}
    assert enabled == {act for act in Act if SPECS[act].check(working.selection()) is None}
    not_checked = CandidateFacts("Ahmed Yilmaz", ClockState.NOT_STARTED)
    assert CandidateAct.START not in allowed_actions(not_checked, examensecretaris=False)
    assert Act.START not in enabled  # it would be refused (R-BSN-4), so it does not look allowed
    said = refusal(CandidateAct.HAND_IN, not_checked, examensecretaris=False)
    assert said is not None and said.params["name"] == "Ahmed Yilmaz"
    with pytest.raises(Exception, match="not possible now"):
        sessions.hand_in(
            working.station, people["jansen"], working.session.id, row(working, "1002").candidate_id
        )


def test_a_message_never_moves_the_rows(working, qtbot: QtBot) -> None:
    """Finding 2: the green banner above the table pushed the rows down by ~40 px, so the next click hit
    the next candidate."""
    window = working.window()
    working.layout().activate()
    before = working.table.viewport().mapTo(window, QPoint(0, working.table.rowViewportPosition(1)))
    working.message.show_notice(lambda: "1001 Sanne de Vries: handed in at 10:00.")
    working.layout().activate()
    after = working.table.viewport().mapTo(window, QPoint(0, working.table.rowViewportPosition(1)))
    assert after == before
    buttons_before = working.buttons[Act.HAND_IN].mapTo(window, QPoint(0, 0))
    working.message.show_refusal(lambda: "A long refusal. " * 30)
    working.layout().activate()
    assert working.buttons[Act.HAND_IN].mapTo(window, QPoint(0, 0)) == buttons_before


def test_a_click_on_a_row_selects_that_row_after_a_message(working, qtbot: QtBot) -> None:
    viewport = working.table.viewport()
    second = QPoint(10, working.table.rowViewportPosition(1) + 5)
    working.message.show_notice(lambda: "recorded")
    working.layout().activate()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=second)
    assert [s.number for s in working.selected()] == ["1002"]


def test_rows_move_only_when_the_person_sorts(
    working, station: Station, people: dict[str, SignedIn], running_session: str, qtbot: QtBot
) -> None:
    working.table.sortByColumn(DashboardColumn.STATE, Qt.SortOrder.AscendingOrder)
    order = [working.proxy.index(r, DashboardColumn.NUMBER).data() for r in range(2)]
    sessions.mark_absent(station, people["jansen"], running_session, row(working, "1002").candidate_id)
    working.refresh()
    qtbot.waitUntil(lambda: row(working, "1002").clock.state is ClockState.ABSENT, timeout=WAIT)
    assert [working.proxy.index(r, DashboardColumn.NUMBER).data() for r in range(2)] == order


def test_hand_in_confirms_with_the_candidates_number_and_name_in_the_button(
    working, station: Station, running_session: str, qtbot: QtBot
) -> None:
    working.select("1001")
    press(qtbot, working, Qt.Key.Key_H)
    box = wait_dialog(qtbot, working, QMessageBox)
    assert box.defaultButton().text() == "Hand in: 1001 Sanne de Vries"
    box.defaultButton().click()
    qtbot.waitUntil(lambda: row(working, "1001").clock.state is ClockState.FINISHED, timeout=WAIT)
    assert working.message.text().startswith("Handed in at 10:00: 1001 Sanne de Vries")


def test_absent_confirms_with_the_number_and_name(working, qtbot: QtBot) -> None:
    working.select("1002")
    press(qtbot, working, Qt.Key.Key_A)
    box = wait_dialog(qtbot, working, QMessageBox)
    assert box.defaultButton().text() == "Absent: 1002 Ahmed Yilmaz"
    box.reject()


def test_the_close_button_names_the_session(working, qtbot: QtBot) -> None:
    press(
        qtbot, working, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    closing = wait_dialog(qtbot, working, CloseSessionDialog)
    session = working.session
    assert closing.ok_button.text() == f"Close {session.group_name} ({session.group_code})"
    closing.reject()


# --- high: dialogs by keyboard ----------------------------------------------------------------------------


def test_a_dialog_opens_on_its_first_field_and_enter_submits_from_it(
    working, people: dict[str, SignedIn], qtbot: QtBot
) -> None:
    """Finding 5: focus was on a button; Enter in the extension's spin box did nothing."""
    dialog = ExtensionDialog(
        working.station, people["jansen"], working.session.id, row(working, "1001"), working
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.minutes_spin, timeout=WAIT)
    dialog.minutes_spin.setValue(10)
    qtbot.keyClick(dialog.minutes_spin, Qt.Key.Key_Return)  # submitted: the service answers (here: no)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.ok_button.isEnabled(), timeout=WAIT)
    assert "more time than granted" in dialog.error.text()
    assert dialog.focusWidget() is dialog.minutes_spin  # the refusal leaves the focus in the field it names


def test_close_session_submits_with_enter_and_keeps_the_focus_on_a_wrong_password(
    working, people: dict[str, SignedIn], qtbot: QtBot
) -> None:
    dialog = CloseSessionDialog(working.station, people["jansen"], working.session, working)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.password_edits["jansen"]
    qtbot.waitUntil(lambda: dialog.focusWidget() is first, timeout=WAIT)
    qtbot.keyClicks(first, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # a click, then the refusal
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert dialog.focusWidget() is not dialog.cancel_button
    qtbot.keyClick(first, Qt.Key.Key_Return)  # Enter from a field submits again
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() and dialog.error.isVisible(), timeout=WAIT)


def test_escape_cancels_a_dialog(working, people: dict[str, SignedIn], qtbot: QtBot) -> None:
    dialog = ExtensionDialog(
        working.station, people["jansen"], working.session.id, row(working, "1001"), working
    )
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT):
        qtbot.keyClick(dialog.minutes_spin, Qt.Key.Key_Escape)


def test_a_dialog_grows_with_its_refusal(working, people: dict[str, SignedIn], qtbot: QtBot) -> None:
    """Finding 4: the extension refusal was cut before "only the examensecretaris can override"."""
    dialog = ExtensionDialog(
        working.station, people["jansen"], working.session.id, row(working, "1001"), working
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.minutes_spin.setValue(100)
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    dialog.layout().activate()
    label = dialog.error
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().bottom() < dialog.buttons.geometry().top()


# --- high: the header does not stop the keys; internal errors become sentences -----------------------------


def test_keys_work_with_the_focus_in_the_header_and_alt_left_goes_back(
    station: Station,
    people: dict[str, SignedIn],
    running_session: str,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(lambda: station)
    wait_page(window, "login")
    page = window.login_page
    qtbot.keyClicks(page.username_edit, "jansen")
    qtbot.keyClicks(page.password_edit, PASSWORD)
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)
    wait_page(window, "workspaces")
    from examdesk.ui.workspaces import WorkspaceKey

    workspace = window.workspaces_page.workspace(WorkspaceKey.PROCTOR)
    qtbot.waitUntil(
        lambda: workspace.dashboard is not None and workspace.dashboard.model.rowCount() == 2, timeout=WAIT
    )
    board = workspace.dashboard
    board.select("1002")
    make_active(qtbot, window)
    language = window.header.language_buttons["en"]
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: workspace.dashboard is None or not workspace.dashboard.isVisible(), timeout=WAIT)
    assert window.header.language_buttons["en"].isChecked()  # the language stayed
    workspace.open_session(running_session)
    qtbot.waitUntil(
        lambda: workspace.dashboard is not None and workspace.dashboard.model.rowCount() == 2, timeout=WAIT
    )
    board = workspace.dashboard
    board.select("1002")
    window.header.view_button.setFocus()
    qtbot.keyClick(window.header.view_button, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: board.dialog is not None and board.dialog.isVisible(), timeout=WAIT)
    board.dialog.reject()


def test_a_folder_as_export_path_is_a_sentence_not_an_error(qtbot: QtBot) -> None:
    picker = FilePicker(save=True, suffix=".pdf")
    qtbot.addWidget(picker)
    picker.edit.setText("/")
    assert picker.path() is None
    assert picker.problem() == "/ is a folder; add a file name after it."
    picker.edit.setText("/tmp/verslag")
    assert picker.path() is not None and picker.path().name == "verslag.pdf"


def test_the_same_surveillant_twice_is_a_sentence(
    station: Station, people: dict[str, SignedIn], imported: None, qtbot: QtBot
) -> None:
    from examdesk.ui.dialogs.plan_session import PlanSessionDialog

    dialog = PlanSessionDialog(station, people["secretaris"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.group_combo.count() > 0, timeout=WAIT)
    dialog.surveillant_rows[0].name_combo.setEditText("jansen")
    second = dialog.add_surveillant()
    second.name_combo.setEditText("jansen")
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert dialog.error.text() == "jansen is chosen twice; choose each surveillant once."
    assert dialog.focusWidget() is second.name_combo or second.name_combo.isAncestorOf(dialog.focusWidget())


# --- high: the window opens inside the screen and remembers itself ----------------------------------------


def test_the_window_opens_inside_the_available_area_and_remembers_its_size(
    tmp_path: Path, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMainWindow

    from examdesk.ui import window_geometry

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = QMainWindow()
    qtbot.addWidget(window)
    window_geometry.place(window, settings)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    window.show()
    window.resize(700, 480)
    window_geometry.remember(window, settings)
    again = QMainWindow()
    qtbot.addWidget(again)
    window_geometry.place(again, settings)
    assert (again.width(), again.height()) == (700, 480)


def test_fitted_keeps_the_window_inside_a_laptop_screen() -> None:
    from PySide6.QtCore import QRect

    from examdesk.ui.window_geometry import fitted

    laptop = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel task bar
    frame = fitted(laptop, 1200, 780)
    assert frame.bottom() + 8 <= laptop.bottom() and frame.top() >= 0 and frame.height() <= 728 - 40


# --- #13: the first run names the school and the station, then says what comes next (R-SIG-5) -----------


def test_the_first_run_asks_for_the_names_and_points_to_the_next_steps_R_SIG_5(
    station: Station,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    from examdesk.services import identity

    window = open_window(lambda: station)
    wait_page(window, "first_run")
    page = window.first_run_page
    qtbot.keyClicks(page.username_edit, "jvisser")
    qtbot.keyClicks(page.name_edit, "J. Visser")
    qtbot.keyClicks(page.password_edit, PASSWORD)
    qtbot.keyClicks(page.repeat_edit, PASSWORD)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    wait_page(window, "workspaces")
    qtbot.waitUntil(lambda: window.first_setup is not None and window.first_setup.isVisible(), timeout=WAIT)
    dialog = window.first_setup
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.school_edit, timeout=WAIT)
    qtbot.keyClicks(dialog.school_edit, "Het Baken")
    dialog.station_edit.setText("Lokaal 1.14")
    qtbot.keyClick(dialog.station_edit, Qt.Key.Key_Return)  # Enter from any field
    qtbot.waitUntil(dialog.next_steps.isVisible, timeout=WAIT)
    assert "New account" in dialog.next_steps.text() and "Certificate" in dialog.next_steps.text()
    assert "Import" in dialog.next_steps.text()
    assert identity.station_names(station) == identity.StationNames("Het Baken", "Lokaal 1.14")
    assert dialog.ok_button.text() == "To Beheer"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=WAIT)


# --- #12, #14 ------------------------------------------------------------------------------------------------


def test_enter_in_the_filter_selects_its_single_match(working, qtbot: QtBot) -> None:
    press(qtbot, working, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(working.filter_edit, "yilm")
    qtbot.keyClick(working.filter_edit, Qt.Key.Key_Return)
    assert [s.number for s in working.selected()] == ["1002"]
    assert working.table.hasFocus()
    working.filter_edit.setFocus()
    working.table.clearSelection()
    qtbot.keyClick(working.filter_edit, Qt.Key.Key_Down)
    assert [s.number for s in working.selected()] == ["1002"]


def test_a_closed_session_says_so_once(
    working, station: Station, people: dict[str, SignedIn], running_session: str, qtbot: QtBot
) -> None:
    sessions.hand_in(station, people["jansen"], running_session, row(working, "1001").candidate_id)
    sessions.mark_absent(station, people["jansen"], running_session, row(working, "1002").candidate_id)
    sessions.close_session(
        station, people["jansen"], running_session, {"jansen": PASSWORD, "bakker": PASSWORD}
    )
    working.refresh()
    qtbot.waitUntil(lambda: working.session.state.value == "closed", timeout=WAIT)
    assert working.selection_label.text() == "Nothing can be recorded: the session is closed."
