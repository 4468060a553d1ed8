"""Issue 17 for a station without a desktop keyring: its passphrase page is painted before the station opens
(its name and school from the identity file, the wrong-passphrase wait from ``throttle.json``), with
nothing heavy imported; the passphrase goes to the unlock on a worker, and the sign-in page follows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from examdesk import paths
from examdesk.services import accounts, identity, throttle
from examdesk.services.clock import ManualClock
from examdesk.services.station import open_station
from examdesk.ui import sign_in
from examdesk.ui.formats import AMSTERDAM
from examdesk.ui.main_window import MainWindow
from examdesk.ui.sign_in import early_station

PASSPHRASE = "a long station passphrase"
HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "pyhanko",
    "alembic",
    "reportlab",
    "argon2",
    "sqlcipher3",
    "cryptography",
    "keyring",
)
# Taken before the first paint on purpose: the one-window lock (issue 13) with its small helpers.
BEFORE_THE_WINDOW = (
    "examdesk.services",
    "examdesk.services.instance",
    "examdesk.store",
    "examdesk.store.files",
)


def _passphrase_station(data_dir: Path, clock: ManualClock) -> None:
    """A station that keeps its keys in the passphrase file, with a named school and a beheerder."""
    station = open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE, clock=clock)
    try:
        actor = accounts.create_first_beheerder(station, "beheer", "J. Visser", "correct horse battery")
        identity.set_station_names(station, actor, school="Het Baken", name="Lokaal 12")
    finally:
        station.close()


def _locked_out(data_dir: Path, until: datetime) -> None:
    """Wrong passphrases hold the station back until ``until``, as ``throttle.save`` keeps it."""
    paths.throttle_path(data_dir).write_text(
        json.dumps({"passphrase": {"failures": 4, "until": until.isoformat()}}), "utf-8"
    )


def _held_opener(data_dir: Path, clock: ManualClock) -> tuple[Callable[[], Any], threading.Event]:
    """Opens the station only once the test lets it: the page is shown before it is open."""
    may_open = threading.Event()

    def opener() -> Any:
        assert may_open.wait(30)
        return open_station(data_dir, keyring_backend=None, clock=clock)

    return opener, may_open


def _close(window: MainWindow) -> None:
    window.close()
    if window.station is not None:
        window.station.close()


def test_the_passphrase_page_is_painted_before_anything_heavy_is_imported(
    data_dir: Path, clock: ManualClock
) -> None:
    _passphrase_station(data_dir, clock)
    _locked_out(data_dir, datetime.now(UTC) + timedelta(seconds=120))
    code = (
        "import json, os, sys\n"
        "from examdesk.ui import application\n"
        "from examdesk.ui.main_window import MainWindow\n"
        "show = MainWindow._show\n"
        "def shown(self, page):\n"
        "    show(self, page)\n"
        "    if self.current_page_name() == 'unlock':\n"
        "        self.repaint()\n"
        "        page = self.unlock_page\n"
        "        print(json.dumps({'modules': sorted(sys.modules), 'station': self.header.station_label.text(),\n"
        "            'school': self.header.school_label.text(), 'wait': page.error.text(),\n"
        "            'open': self.station is not None}), flush=True)\n"
        "        os._exit(0)\n"
        "MainWindow._show = shown\n"
        "sys.exit(application.run(sys.argv[1], 'en'))\n"
    )
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    loaded = [name for name in seen["modules"] if name.startswith(HEAVY) or name.startswith("examdesk.")]
    assert [name for name in loaded if name.startswith(HEAVY)] == []
    services = [n for n in loaded if n.startswith(("examdesk.services", "examdesk.store"))]
    assert sorted(services) == sorted(BEFORE_THE_WINDOW)
    assert (seen["station"], seen["school"], seen["open"]) == ("Lokaal 12", "Het Baken", False)
    assert seen["wait"].startswith("Too many wrong passphrases. Wait until ")


def test_the_right_passphrase_leads_to_the_sign_in_page(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    _passphrase_station(data_dir, clock)
    opener, may_open = _held_opener(data_dir, clock)
    early = early_station(data_dir)
    assert early is not None and early.asks_passphrase and early.wait_until is None
    window = open_window(opener, early=early)
    wait_page(window, "unlock")
    page = window.unlock_page
    assert window.station is None and page.station is None
    assert (window.header.station_label.text(), window.header.school_label.text()) == (
        "Lokaal 12",
        "Het Baken",
    )
    assert window.windowTitle() == "Lokaal 12 — examdesk"
    assert window.header.notice_label.isVisible()  # said at once, not only once the station is open
    assert window.header.notice_label.text().startswith("No system keyring: the station's keys are in")
    assert page.title.text() == "Unlock the station's keys"
    assert page.submit_button.text() == "Unlock" and not page.repeat_field.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.passphrase_edit)
    assert not page.error.isVisible()
    may_open.set()
    qtbot.waitUntil(lambda: window.station is not None, timeout=15_000)
    assert window.current_page_name() == "unlock"  # the same page, now for the open station
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    wait_page(window, "login")
    assert window.station is not None and window.station.secrets_unlocked
    _close(window)


def test_a_wrong_passphrase_is_refused_and_counted_as_before(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    _passphrase_station(data_dir, clock)
    assert not paths.throttle_path(data_dir).exists() or "failures" not in paths.throttle_path(
        data_dir
    ).read_text("utf-8")
    opener, may_open = _held_opener(data_dir, clock)
    may_open.set()
    window = open_window(opener, early=early_station(data_dir))
    wait_page(window, "unlock")
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, "not the passphrase at all")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible() and page.submit_button.isEnabled(), timeout=15_000)
    assert page.error.text() == "The station passphrase is wrong."
    assert page.passphrase_edit.text() == ""
    kept = json.loads(paths.throttle_path(data_dir).read_text("utf-8"))
    assert kept["passphrase"]["failures"] == 1  # the same file and count as the unlock after opening
    assert window.current_page_name() == "unlock"
    assert window.station is not None and not window.station.secrets_unlocked
    _close(window)


def test_a_locked_out_station_says_until_when_before_it_opens(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    _passphrase_station(data_dir, clock)
    now = datetime.now(UTC)
    _locked_out(data_dir, now + timedelta(seconds=90))
    opener, may_open = _held_opener(data_dir, clock)
    window = open_window(opener, early=early_station(data_dir, now))
    wait_page(window, "unlock")
    page = window.unlock_page
    until = (now + timedelta(seconds=90)).astimezone(AMSTERDAM).strftime("%H:%M:%S")
    assert page.error.isVisible() and window.station is None  # said while the station is not open
    assert page.error.text() == f"Too many wrong passphrases. Wait until {until} before you try again."
    may_open.set()
    qtbot.waitUntil(lambda: window.station is not None, timeout=15_000)
    _close(window)


def test_the_wait_is_never_longer_than_the_throttle_allows_and_ends_on_time(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    assert throttle.PASSPHRASE in throttle.LOCKED_KEYS  # kept in the file the page reads
    _passphrase_station(data_dir, clock)
    now = datetime.now(UTC)
    _locked_out(data_dir, now + timedelta(days=3))  # a clock set back meanwhile
    assert sign_in.passphrase_wait_until(data_dir, now) == now + timedelta(seconds=throttle.MAX_WAIT_SECONDS)
    paths.throttle_path(data_dir).write_text("{not json", "utf-8")
    assert sign_in.passphrase_wait_until(data_dir, now) is None  # damaged: nobody is held back
    _locked_out(data_dir, now - timedelta(seconds=1))
    assert sign_in.passphrase_wait_until(data_dir, now) is None
    _locked_out(data_dir, datetime.now(UTC) + timedelta(milliseconds=300))
    opener, may_open = _held_opener(data_dir, clock)
    window = open_window(opener, early=early_station(data_dir))
    wait_page(window, "unlock")
    page = window.unlock_page
    assert page.error.isVisible()
    qtbot.waitUntil(lambda: not page.error.isVisible(), timeout=5_000)  # the wait is over: not said any more
    may_open.set()
    qtbot.waitUntil(lambda: window.station is not None, timeout=15_000)
    _close(window)


def test_a_passphrase_submitted_before_the_station_is_open_waits_for_it(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    _passphrase_station(data_dir, clock)
    opener, may_open = _held_opener(data_dir, clock)
    window = open_window(opener, early=early_station(data_dir))
    wait_page(window, "unlock")
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    assert not page.submit_button.isEnabled()  # waiting for the station, not refused
    assert not page.error.isVisible() and window.current_page_name() == "unlock"
    may_open.set()
    wait_page(window, "login")
    assert window.station is not None and window.station.secrets_unlocked
    _close(window)


def test_a_station_that_opens_without_its_passphrase_after_all_goes_on_to_the_sign_in_page(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    """Its keys opened by themselves (as a keyring's would): what was typed on the early page is dropped."""
    _passphrase_station(data_dir, clock)
    may_open = threading.Event()

    def opener() -> Any:
        assert may_open.wait(30)
        return open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE, clock=clock)

    window = open_window(opener, early=early_station(data_dir))
    wait_page(window, "unlock")
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, "typed meanwhile")
    may_open.set()
    wait_page(window, "login")
    assert page.passphrase_edit.text() == "" and page.submit_button.isEnabled()
    _close(window)
