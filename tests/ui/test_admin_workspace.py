"""The Beheer workspace: accounts through their dialogs, the event log check, station facts."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from examdesk.core.roles import Role
from examdesk.services import accounts
from examdesk.services.actors import SignedIn
from examdesk.services.errors import AuthenticationFailed
from examdesk.services.station import Station
from examdesk.ui.admin.workspace import AdminWorkspace
from examdesk.ui.dialogs.accounts import NewAccountDialog, ResetPasswordDialog, RolesDialog
from examdesk.ui.main_window import MainWindow
from examdesk.ui.models.accounts import AccountColumn
from examdesk.ui.workspaces import WorkspaceKey
from tests import raw_db

PASSWORD = "correct horse battery"


@pytest.fixture
def admin(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> Iterator[AdminWorkspace]:
    """The Beheer workspace of a signed-in beheerder, with the accounts loaded (the window stays alive)."""
    window = open_window(lambda: station, auto_sign_in=lambda s: accounts.sign_in(s, "beheer", PASSWORD))
    wait_page(window, "workspaces")
    workspace = window.workspaces_page.workspace(WorkspaceKey.ADMIN)
    assert isinstance(workspace, AdminWorkspace)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1)
    yield workspace
    window.close()


def _cell(admin: AdminWorkspace, username: str, column: AccountColumn) -> str:
    row = admin.model.row_of(username)
    assert row is not None
    return str(admin.model.index(row, column).data())


def test_new_account_dialog_adds_a_row(admin, station: Station, qtbot: QtBot) -> None:
    qtbot.mouseClick(admin.new_button, Qt.MouseButton.LeftButton)
    dialog = admin.findChild(NewAccountDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.username_edit, "ajansen")
    qtbot.keyClicks(dialog.name_edit, "A. Jansen")
    qtbot.mouseClick(dialog.roles.boxes[Role.SURVEILLANT], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat_edit, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: admin.model.rowCount() == 2)
    assert _cell(admin, "ajansen", AccountColumn.NAME) == "A. Jansen"
    assert _cell(admin, "ajansen", AccountColumn.ROLES) == "Surveillant (invigilator)"
    assert _cell(admin, "ajansen", AccountColumn.ACTIVE) == "active"
    assert admin.selected_account() is not None and admin.selected_account().username == "ajansen"
    assert accounts.sign_in(station, "ajansen", PASSWORD).roles == frozenset({Role.SURVEILLANT})


def test_new_account_dialog_shows_the_service_refusal_inline_and_stays_open(admin, qtbot: QtBot) -> None:
    dialog = admin.open_new_account_dialog()
    qtbot.keyClicks(dialog.username_edit, "ajansen")
    qtbot.keyClicks(dialog.name_edit, "A. Jansen")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat_edit, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no role ticked
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "Give the account at least one role."
    assert dialog.isVisible()
    assert admin.model.rowCount() == 1


def test_new_account_dialog_refuses_two_different_passwords(admin, qtbot: QtBot) -> None:
    dialog = admin.open_new_account_dialog()
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat_edit, "another one")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.error.text() == "The two passwords are not the same. Type them again."
    assert dialog.repeat_edit.text() == ""


def test_switch_off_and_on_is_said_in_words(
    admin, station: Station, beheerder: SignedIn, qtbot: QtBot
) -> None:
    accounts.create_account(
        station, beheerder, "ajansen", "A. Jansen", PASSWORD, frozenset({Role.SURVEILLANT})
    )
    admin.refresh()
    qtbot.waitUntil(lambda: admin.model.rowCount() == 2)
    assert admin.select_username("ajansen")
    assert admin.active_button.text() == "Switch off"
    qtbot.mouseClick(admin.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cell(admin, "ajansen", AccountColumn.ACTIVE) == "switched off")
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(station, "ajansen", PASSWORD)
    qtbot.waitUntil(lambda: admin.active_button.text() == "Switch on" and admin.active_button.isEnabled())
    qtbot.mouseClick(admin.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cell(admin, "ajansen", AccountColumn.ACTIVE) == "active")


def test_buttons_for_one_account_wait_for_a_selection(admin) -> None:
    admin.table.clearSelection()
    assert admin.new_button.isEnabled()
    assert not admin.roles_button.isEnabled()
    assert not admin.active_button.isEnabled()
    assert not admin.reset_button.isEnabled()


def test_roles_dialog_changes_the_roles(admin, station: Station, beheerder: SignedIn, qtbot: QtBot) -> None:
    accounts.create_account(
        station, beheerder, "ajansen", "A. Jansen", PASSWORD, frozenset({Role.SURVEILLANT})
    )
    admin.refresh()
    qtbot.waitUntil(lambda: admin.model.rowCount() == 2)
    admin.select_username("ajansen")
    qtbot.mouseClick(admin.roles_button, Qt.MouseButton.LeftButton)
    dialog = admin.findChild(RolesDialog)
    assert dialog.roles.boxes[Role.SURVEILLANT].isChecked()
    qtbot.mouseClick(dialog.roles.boxes[Role.EXAMENSECRETARIS], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    expected = "Surveillant (invigilator), Examensecretaris (exam secretary)"
    qtbot.waitUntil(lambda: _cell(admin, "ajansen", AccountColumn.ROLES) == expected)


def test_the_last_beheerder_keeps_the_role_and_the_dialog_says_why(admin, qtbot: QtBot) -> None:
    admin.select_username("beheer")
    dialog = admin.open_roles_dialog()
    qtbot.mouseClick(dialog.roles.boxes[Role.SURVEILLANT], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.roles.boxes[Role.BEHEERDER], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "beheer is the last active beheerder; give another account that role first."


def test_reset_password_lets_the_person_sign_in_with_the_new_one(
    admin, station: Station, beheerder: SignedIn, qtbot: QtBot
) -> None:
    accounts.create_account(
        station, beheerder, "ajansen", "A. Jansen", PASSWORD, frozenset({Role.SURVEILLANT})
    )
    admin.refresh()
    qtbot.waitUntil(lambda: admin.model.rowCount() == 2)
    admin.select_username("ajansen")
    qtbot.mouseClick(admin.reset_button, Qt.MouseButton.LeftButton)
    dialog = admin.findChild(ResetPasswordDialog)
    qtbot.keyClicks(dialog.password_edit, "a brand new password")
    qtbot.keyClicks(dialog.repeat_edit, "a brand new password")
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: admin.findChild(ResetPasswordDialog) is None)
    assert accounts.sign_in(station, "ajansen", "a brand new password").username == "ajansen"


def test_verify_button_says_the_event_log_is_intact(admin, station: Station, qtbot: QtBot) -> None:
    qtbot.mouseClick(admin.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: admin.verify_result.text().startswith("Intact"))
    from examdesk.services import events

    result = events.verify(station)
    head = result.heads[station.station_id][:8]
    assert admin.verify_result.text() == f"Intact: {result.count} events; chain head {head}…"
    assert admin.verify_result.property("result") == "ok"


def test_verify_button_names_the_broken_link(admin, station: Station, qtbot: QtBot) -> None:
    # Tamper the way someone with file access could: past the append-only trigger, straight into SQLite.
    with raw_db.connect(station) as connection:
        connection.execute("DROP TRIGGER event_no_update")
        connection.execute("UPDATE event SET payload = '{\"forged\": true}' WHERE seq = 2")
    connection.close()
    qtbot.mouseClick(admin.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: admin.verify_result.text().startswith("Broken"))
    assert "2" in admin.verify_result.text()
    assert admin.verify_result.property("result") == "broken"


def test_station_facts_name_the_data_folder_and_where_keys_are_kept(admin, station: Station) -> None:
    facts = {name.text(): value.text() for name, value in admin._facts}
    assert facts["Data folder"] == str(station.data_dir)
    assert facts["Keys kept"] == "In memory only: nothing is kept after closing (test station)."
    assert facts["Name"] == station.name


# R-SIG-5
def test_the_beheerder_sets_school_and_station_names_on_the_settings_page_R_SIG_5(
    admin, station: Station, qtbot: QtBot
) -> None:
    box = admin.names_box
    box.school_edit.setText("Het Nieuwe Lyceum")
    box.station_edit.setText("Lokaal 2.14")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.notice.isVisible())
    assert (station.school, station.name) == ("Het Nieuwe Lyceum", "Lokaal 2.14")
    assert any(value.text() == "Het Nieuwe Lyceum" for _, value in admin._facts)
    box.school_edit.setText("   ")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.error.isVisible())
    assert station.school == "Het Nieuwe Lyceum"
