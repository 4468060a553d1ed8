"""No system keyring: the unlock page asks for the station passphrase before anything else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from examdesk import paths
from examdesk.services import keys
from examdesk.services.clock import ManualClock
from examdesk.services.station import open_station
from examdesk.ui.main_window import MainWindow

PASSPHRASE = "a long station passphrase"


def _opener(data_dir: Path, clock: ManualClock):
    return lambda: open_station(data_dir, keyring_backend=None, clock=clock)


def test_wrong_passphrase_is_refused_inline_and_the_right_one_unlocks(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    first = open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE, clock=clock)
    first.close()
    window = open_window(_opener(data_dir, clock))
    wait_page(window, "unlock")
    page = window.unlock_page
    assert not page.repeat_field.isVisible()
    assert window.header.notice_label.isVisible()
    assert "No system keyring" in window.header.notice_label.text()

    qtbot.keyClicks(page.passphrase_edit, "not the passphrase at all")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(page.error.isVisible, timeout=10_000)
    assert page.error.text() == "The station passphrase is wrong."
    assert page.passphrase_edit.text() == ""
    assert window.current_page_name() == "unlock"
    assert not window.station.secrets_unlocked

    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    wait_page(window, "first_run")
    assert window.station.secrets_unlocked
    window.close()
    window.station.close()


def test_new_passphrase_and_its_repeat_create_the_key_file(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(_opener(data_dir, clock))
    wait_page(window, "unlock")
    page = window.unlock_page
    assert page.repeat_field.isVisible()
    assert page.submit_button.text() == "Set passphrase and unlock"

    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(page.repeat_edit, "a different passphrase")
    qtbot.keyClick(page.repeat_edit, Qt.Key.Key_Return)
    assert page.error.text() == "The two passphrases are not the same. Type them again."
    assert not paths.secrets_path(data_dir).exists()

    qtbot.keyClicks(page.repeat_edit, PASSPHRASE)
    qtbot.keyClick(page.repeat_edit, Qt.Key.Key_Return)
    wait_page(window, "first_run")
    assert paths.secrets_path(data_dir).exists()
    station = window.station
    assert station is not None
    key = keys.data_key(station)
    window.close()
    station.close()
    reopened = open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE, clock=clock)
    try:
        assert keys.data_key(reopened) == key  # the key was made at unlock, not now
    finally:
        reopened.close()


def test_a_too_short_new_passphrase_is_refused_inline(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(_opener(data_dir, clock))
    wait_page(window, "unlock")
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, "short")
    qtbot.keyClicks(page.repeat_edit, "short")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.text() == "Choose a station passphrase of at least 12 characters."
    assert not paths.secrets_path(data_dir).exists()
    window.close()
    window.station.close()


def test_repeated_wrong_passphrases_say_the_wait(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    """Issue 13, finding 11: after a few wrong passphrases the page says how long to wait."""
    open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE, clock=clock).close()
    window = open_window(_opener(data_dir, clock))
    wait_page(window, "unlock")
    page = window.unlock_page
    for attempt in range(3):
        qtbot.keyClicks(page.passphrase_edit, "not the passphrase at all")
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.error.isVisible() and page.submit_button.isEnabled(), timeout=10_000)
        if attempt < 2:
            qtbot.waitUntil(lambda: page.error.text() == "The station passphrase is wrong.", timeout=10_000)
    qtbot.waitUntil(lambda: "Wait 2 seconds" in page.error.text(), timeout=10_000)
    assert page.error.text() == "The station passphrase is wrong. Wait 2 seconds before you try again."
    window.close()
    window.station.close()


def test_a_lost_key_file_is_not_offered_a_new_passphrase(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    """Issue 13, finding 9: the page used to offer a new passphrase, which made a new, empty key file."""
    station = open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE, clock=clock)
    keys.data_key(station)
    station.close()
    paths.secrets_path(data_dir).unlink()
    window = open_window(_opener(data_dir, clock))
    wait_page(window, "unlock")
    page = window.unlock_page
    assert not page.repeat_field.isVisible() and page.submit_button.text() == "Unlock"
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "is missing" in page.error.text(), timeout=10_000)
    assert not paths.secrets_path(data_dir).exists()
    window.close()
    window.station.close()
