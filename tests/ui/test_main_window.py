"""The main window, driven through its real widgets: first start, sign-in, roles, workspaces, language."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMessageBox,
    QTabBar,
)
from pytestqt.qtbot import QtBot

from examdesk import __version__, i18n
from examdesk.core.errors import ExamdeskError
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import accounts, events
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.secrets import MemoryStore
from examdesk.services.station import Station, open_station
from examdesk.ui import errors
from examdesk.ui.main_window import LANGUAGE_KEY, MainWindow
from examdesk.ui.workspaces import WorkspaceKey
from tests.ui.windows import make_active

PASSWORD = "correct horse battery"
_NOT_WRITABLE = QT_TRANSLATE_NOOP("Paths", "The data folder {path} is a file, not a folder.")


def _sign_in(
    qtbot: QtBot,
    window,
    wait_page: Callable[[MainWindow, str], None],
    username: str,
    password: str = PASSWORD,
) -> None:
    wait_page(window, "login")
    page = window.login_page
    qtbot.keyClicks(page.username_edit, username)
    qtbot.keyClicks(page.password_edit, password)
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)


def _account(
    station: Station, beheerder: SignedIn, username: str, roles: set[Role], name: str = "A. Jansen"
) -> None:
    accounts.create_account(station, beheerder, username, name, PASSWORD, frozenset(roles))


def test_window_shows_the_starting_page_before_the_station_is_open(qtbot: QtBot) -> None:
    from examdesk.ui.main_window import MainWindow

    window = MainWindow(lambda: pytest.fail("must not open before start"), autostart=False)
    qtbot.addWidget(window)
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(True))
    window.show()
    qtbot.waitUntil(lambda: painted == [True])
    assert window.current_page_name() == "starting"
    assert window.starting_page.title.text() == "Opening the station…"
    assert window.station is None


def test_first_start_creates_the_beheerder_and_shows_administration(
    station: Station,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(lambda: station)
    wait_page(window, "first_run")
    page = window.first_run_page
    qtbot.keyClicks(page.username_edit, "jvisser")
    qtbot.keyClicks(page.name_edit, "J. Visser")
    qtbot.keyClicks(page.password_edit, PASSWORD)
    qtbot.keyClicks(page.repeat_edit, PASSWORD)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    wait_page(window, "workspaces")
    assert window.workspaces_page.keys() == [WorkspaceKey.ADMIN]
    assert window.workspaces_page.tabs.tabText(0) == "Administration"
    assert window.header.person_label.text() == "J. Visser"
    assert window.header.roles_label.text() == "Beheerder (administrator)"
    assert window.header.sign_out_button.isVisible()
    assert window.actor is not None
    assert [a.username for a in accounts.list_accounts(station, window.actor)] == ["jvisser"]


def test_first_start_refuses_two_different_passwords_inline(
    station: Station,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(lambda: station)
    wait_page(window, "first_run")
    page = window.first_run_page
    qtbot.keyClicks(page.username_edit, "jvisser")
    qtbot.keyClicks(page.name_edit, "J. Visser")
    qtbot.keyClicks(page.password_edit, PASSWORD)
    qtbot.keyClicks(page.repeat_edit, "something else entirely")
    qtbot.keyClick(page.repeat_edit, Qt.Key.Key_Return)
    assert page.error.isVisible()
    assert page.error.text() == "The two passwords are not the same. Type them again."
    assert not accounts.has_accounts(station)


def test_first_start_shows_the_service_refusal_inline(
    station: Station,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(lambda: station)
    wait_page(window, "first_run")
    page = window.first_run_page
    qtbot.keyClicks(page.username_edit, "jvisser")
    qtbot.keyClicks(page.name_edit, "J. Visser")
    qtbot.keyClicks(page.password_edit, "short")
    qtbot.keyClicks(page.repeat_edit, "short")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.text() == "The password must have at least 8 characters."
    assert window.current_page_name() == "first_run"


def test_wrong_password_shows_one_sentence_keeps_the_username_and_clears_the_password(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(lambda: station)
    _sign_in(qtbot, window, wait_page, "beheer", "not the password")
    page = window.login_page
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.text() == "The username or password is wrong."
    assert window.current_page_name() == "login"
    assert page.username_edit.text() == "beheer"
    assert page.password_edit.text() == ""
    assert window.focusWidget() is page.password_edit
    assert window.actor is None


def test_enter_in_the_password_field_signs_in(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(lambda: station)
    _sign_in(qtbot, window, wait_page, "beheer")
    wait_page(window, "workspaces")
    assert window.actor is not None and window.actor.username == "beheer"
    assert events.list_events(station, kinds=("signed_in",))[-1].actor == "beheer"


# R-ROLE-2
def test_surveillant_sees_proctor_but_not_review_nor_administration_R_ROLE_2(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    _account(station, beheerder, "ajansen", {Role.SURVEILLANT})
    window = open_window(lambda: station)
    _sign_in(qtbot, window, wait_page, "ajansen")
    wait_page(window, "workspaces")
    tabs = window.workspaces_page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Proctor"]
    assert window.workspaces_page.keys() == [WorkspaceKey.PROCTOR]
    assert window.workspaces_page.workspace(WorkspaceKey.REVIEW) is None


# R-ROLE-2
def test_examensecretaris_sees_proctor_review_cases_and_exams_but_not_administration_R_ROLE_2(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    _account(station, beheerder, "mdevries", {Role.EXAMENSECRETARIS}, "M. de Vries")
    window = open_window(lambda: station)
    _sign_in(qtbot, window, wait_page, "mdevries")
    wait_page(window, "workspaces")
    assert window.workspaces_page.keys() == [
        WorkspaceKey.PROCTOR,
        WorkspaceKey.REVIEW,
        WorkspaceKey.CASES,
        WorkspaceKey.EXAMS,
    ]
    assert window.header.roles_label.text() == "Examensecretaris (exam secretary)"


def test_proctor_and_review_show_an_honest_empty_state_with_only_what_can_be_done_there(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    _account(station, beheerder, "mdevries", {Role.EXAMENSECRETARIS}, "M. de Vries")
    window = open_window(lambda: station)
    _sign_in(qtbot, window, wait_page, "mdevries")
    wait_page(window, "workspaces")
    proctor = window.workspaces_page.workspace(WorkspaceKey.PROCTOR)
    review = window.workspaces_page.workspace(WorkspaceKey.REVIEW)
    qtbot.waitUntil(lambda: proctor.pages.currentWidget() is proctor.empty)
    assert "No exam sessions on this station yet" in proctor.empty.now_text.text()
    assert "proces-verbaal" in proctor.empty.about.text()
    qtbot.waitUntil(lambda: review.current_page() is review.empty)
    assert "correctievoorschrift" in review.empty.about.text()
    assert "No afnamegroepen on this station yet" in review.empty.now_text.text()
    # The examensecretaris plans sessions, so the empty state offers that; the review has nothing yet.
    assert proctor.empty.findChildren(QAbstractButton) == [proctor.empty_plan_button]
    assert proctor.empty_plan_button.text() == "Plan session… (Ctrl+N)"
    assert review.empty.findChildren(QAbstractButton) == []


def test_a_surveillant_without_sessions_reads_where_they_come_from(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    _account(station, beheerder, "ajansen", {Role.SURVEILLANT})
    window = open_window(lambda: station)
    _sign_in(qtbot, window, wait_page, "ajansen")
    wait_page(window, "workspaces")
    proctor = window.workspaces_page.workspace(WorkspaceKey.PROCTOR)
    qtbot.waitUntil(lambda: proctor.pages.currentWidget() is proctor.empty)
    assert "sessions come from the examensecretaris" in proctor.empty.now_text.text()
    assert proctor.empty.findChildren(QAbstractButton) == []


def test_ctrl_number_and_a_click_switch_workspaces(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    _account(station, beheerder, "alles", set(Role), "Alle Rollen")
    window = open_window(lambda: station)
    _sign_in(qtbot, window, wait_page, "alles")
    wait_page(window, "workspaces")
    page = window.workspaces_page
    assert page.keys() == [
        WorkspaceKey.PROCTOR,
        WorkspaceKey.REVIEW,
        WorkspaceKey.CASES,
        WorkspaceKey.EXAMS,
        WorkspaceKey.ADMIN,
    ]
    assert page.tabs.tabToolTip(1) == "Review (Ctrl+2)"
    assert page.tabs.tabToolTip(2) == "Cases (Ctrl+3)"
    assert page.tabs.tabToolTip(4) == "Administration (Ctrl+5)"
    make_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.current_key() is WorkspaceKey.REVIEW)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.current_key() is WorkspaceKey.PROCTOR)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.current_key() is WorkspaceKey.CASES)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.current_key() is WorkspaceKey.EXAMS)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(4).center())
    assert page.current_key() is WorkspaceKey.ADMIN


def test_language_switch_changes_the_texts_from_dutch_to_english_and_back(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = open_window(lambda: station, settings=settings)
    _sign_in(qtbot, window, wait_page, "beheer")
    wait_page(window, "workspaces")
    sign_out = window.header.sign_out_button
    assert sign_out.text() == "Sign out"
    dutch, english = window.header.language_buttons["nl"], window.header.language_buttons["en"]
    assert english.isChecked() and english.text() == "✓ English"

    qtbot.mouseClick(dutch, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sign_out.text() == "Afmelden")
    assert i18n.current_language() == "nl"
    assert dutch.isChecked() and dutch.text() == "✓ Nederlands" and english.text() == "English"
    assert window.workspaces_page.tabs.tabText(0) == "Beheer"
    assert window.header.roles_label.text() == "Beheerder"
    assert settings.value(LANGUAGE_KEY) == "nl"

    english.setFocus()
    qtbot.keyClick(english, Qt.Key.Key_Space)  # the keyboard reaches it too
    qtbot.waitUntil(lambda: sign_out.text() == "Sign out")
    assert window.workspaces_page.tabs.tabText(0) == "Administration"
    assert settings.value(LANGUAGE_KEY) == "en"


def test_sign_out_returns_to_an_empty_login_page(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(lambda: station)
    _sign_in(qtbot, window, wait_page, "beheer")
    wait_page(window, "workspaces")
    qtbot.mouseClick(window.header.sign_out_button, Qt.MouseButton.LeftButton)
    wait_page(window, "login")
    page = window.login_page
    assert page.username_edit.text() == "" and page.password_edit.text() == ""
    assert not page.error.isVisible()
    assert not window.header.sign_out_button.isVisible()
    assert window.actor is None and window.workspaces_page is None
    assert events.list_events(station, kinds=("signed_out",))[-1].actor == "beheer"


def test_about_box_names_the_version_the_licence_and_the_data_folder(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(lambda: station)
    wait_page(window, "login")
    qtbot.mouseClick(window.header.about_button, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()
    assert f"examdesk {__version__}" in box.text()
    assert "EUPL-1.2" in box.text()
    assert str(station.data_dir) in box.text()
    box.close()


def test_every_visible_control_has_an_accessible_name(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    _account(station, beheerder, "alles", set(Role), "Alle Rollen")
    window = open_window(lambda: station)
    _sign_in(qtbot, window, wait_page, "alles")
    wait_page(window, "workspaces")
    nameless = []
    for index in range(window.workspaces_page.tabs.count()):
        window.workspaces_page.switch_to(index)
        for kind in (QAbstractButton, QLineEdit, QAbstractItemView, QTabBar):
            for control in window.findChildren(kind):
                if control.isVisible() and not control.accessibleName():
                    nameless.append(
                        f"{type(control).__name__} {control.objectName()!r} {control.text() if hasattr(control, 'text') else ''}"
                    )
    assert nameless == []


def test_a_failed_opening_is_explained_and_try_again_recovers(
    station: Station,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    attempts: list[int] = []

    def opener():
        attempts.append(1)
        if len(attempts) == 1:
            raise ExamdeskError(message(_NOT_WRITABLE, path=str(tmp_path / "file")))
        return station

    window = open_window(opener)
    page = window.starting_page
    qtbot.waitUntil(page.retry_button.isVisible)
    assert page.error.text() == f"The data folder {tmp_path / 'file'} is a file, not a folder."
    assert page.title.text() == "The station could not be opened"
    assert page.quit_button.isVisible()
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    wait_page(window, "first_run")
    assert len(attempts) == 2


def test_a_bug_while_opening_is_logged_and_named_in_one_sentence(
    open_window: Callable[..., MainWindow], qtbot: QtBot, log_folder
) -> None:
    def opener() -> None:
        raise RuntimeError("opening bug")

    window = open_window(opener)
    page = window.starting_page
    qtbot.waitUntil(page.retry_button.isVisible)
    log = log_folder / errors.LOG_FILE_NAME
    assert "RuntimeError: opening bug" in log.read_text("utf-8")
    assert str(log) in page.error.text()


def test_demo_mode_shows_the_demo_mark_and_signs_in_automatically(
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from examdesk.services import secrets
    from examdesk.ui.application import demo_opener, demo_sign_in

    monkeypatch.setattr(secrets, "system_keyring", lambda: None)  # no test touches the real keyring
    window = open_window(demo_opener(tmp_path / "demo"), auto_sign_in=demo_sign_in, demo=True)
    assert window.header.demo_badge.isVisible() and window.header.demo_badge.text() == "DEMO"
    wait_page(window, "workspaces")
    assert window.actor is not None and window.actor.username == "demo"
    assert window.workspaces_page.keys() == [
        WorkspaceKey.PROCTOR,
        WorkspaceKey.REVIEW,
        WorkspaceKey.CASES,
        WorkspaceKey.EXAMS,
        WorkspaceKey.ADMIN,
    ]
    assert window.header.station_label.text() == "Demostation lokaal 1.14"
    assert window.header.notice_label.isVisible()
    assert (
        window.header.notice_label.text() == "Demo station: its keys are kept unprotected in the demo folder."
    )
    assert window.windowTitle().startswith("DEMO")


def test_closing_the_window_records_the_sign_out(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(lambda: station)
    _sign_in(qtbot, window, wait_page, "beheer")
    wait_page(window, "workspaces")
    window.close()
    assert events.list_events(station, kinds=("signed_out",))[-1].actor == "beheer"
    assert QApplication.activeModalWidget() is None


def test_a_memory_station_opens_through_an_injected_opener(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
) -> None:
    opened = []

    def opener():
        opened.append(open_station(data_dir, secret_store=MemoryStore(), clock=clock))
        return opened[-1]

    window = open_window(opener)
    wait_page(window, "first_run")
    assert window.station is opened[0]
    assert not window.header.notice_label.isVisible()
    opened[0].close()


def test_larger_text_and_high_contrast_by_key_and_menu_are_remembered(
    station: Station, open_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot
) -> None:
    """Issue 8: text scales with an in-app zoom for large print; a high-contrast palette; both kept."""
    from examdesk.ui import style
    from examdesk.ui.main_window import look_from

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = open_window(lambda: station, settings=settings)
    make_active(qtbot, window)
    app = QApplication.instance()
    normal = app.font().pointSizeF()
    heading_before = window.starting_page.title.sizeHint().height()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # Ctrl+= as well
    assert style.current_look().zoom == 1.3
    assert app.font().pointSizeF() == pytest.approx(normal * 1.3)
    assert window.header.about_button.font().pointSizeF() == pytest.approx(normal * 1.3)  # shown widgets too
    assert window.starting_page.title.sizeHint().height() > heading_before  # style-sheet sizes scale too
    assert float(settings.value("view/zoom")) == 1.3

    menu = window.build_view_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Larger text", "Smaller text", "Normal text size (now 130%)", "High contrast"]
    contrast = menu.actions()[-1]
    assert contrast.isCheckable() and not contrast.isChecked()
    contrast.trigger()
    assert style.current_look().high_contrast and "#ffe14d" in app.styleSheet()
    assert look_from(settings) == style.Look(zoom=1.3, high_contrast=True)

    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert style.current_look() == style.Look(zoom=1.0, high_contrast=True)
    assert app.font().pointSizeF() == pytest.approx(normal)
    settings.setValue("view/zoom", "enormous")
    assert look_from(settings).zoom == 1.0  # a damaged setting falls back to the normal size


def test_a_data_folder_that_could_not_be_made_private_is_said_in_the_header(
    data_dir, clock, open_window, wait_page, monkeypatch
):
    """Issue 13, finding 8 (Windows): icacls failed; the station opens and the header says so."""

    from examdesk.store import files

    monkeypatch.setattr(files, "WINDOWS", True)
    monkeypatch.setenv("USERNAME", "jvisser")
    monkeypatch.delenv("USERDOMAIN", raising=False)
    monkeypatch.setattr(
        subprocess,
        "run",
        lambda command, **options: subprocess.CompletedProcess(command, 5, "", "Access is denied.\n"),
    )
    window = open_window(lambda: open_station(data_dir, secret_store=MemoryStore(), clock=clock))
    wait_page(window, "first_run")
    assert window.header.notice_label.isVisible()
    assert window.header.notice_label.text() == (
        f"Access to {data_dir} could not be limited to jvisser: Access is denied. Other users of this "
        "computer may be able to read it: ask IT to remove their access."
    )
