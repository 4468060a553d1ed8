"""The copier in the window and the header's words about it (issue 18, R-NET-1): the copier starts once the
station is open and unlocked, the header says in words where the copying stands (up to date, events
waiting, the server unreachable since when, a refusal), and nothing on an exam-room action's path waits on
it."""

from __future__ import annotations

import datetime as dt
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from examdesk import i18n
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import accounts, identity, school_server, sync, sync_worker
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.station import Station, open_station
from examdesk.services.sync_worker import SyncState
from examdesk.store.db import make_engine, upgrade
from examdesk.ui import i18n_qt
from examdesk.ui.main_window import MainWindow
from examdesk.ui.sync_status import SyncStatus, sync_text, sync_tooltip

WAIT = 15_000
PASSWORD = "correct horse battery"
CLOSED_PORT = "postgresql://x@127.0.0.1:1/db"
SERVER = "postgresql://school@server/examdesk"
# 09:41 in Amsterdam (summer time) on an exam day.
AT_0941 = dt.datetime(2026, 6, 12, 7, 41, tzinfo=dt.UTC)
_REFUSED = QT_TRANSLATE_NOOP(
    "Sync", "The school server refuses this station's events: event {seq} does not follow the one before it."
)


def _state(**fields: Any) -> SyncState:
    return SyncState(configured=True, server="school@server/examdesk", **fields)


@pytest.fixture
def worker_stopped(station: Any) -> Iterator[None]:
    yield
    sync_worker.stop(station)


def test_the_header_says_where_the_copying_stands_in_words_R_NET_1(qapp) -> None:
    i18n_qt.install("en")  # the plural forms come from the English catalogue, as in the program
    assert sync_text(_state()) == "School server: up to date"
    assert sync_text(_state(pending=1)) == "School server: 1 event waiting"
    assert sync_text(_state(pending=12)) == "School server: 12 events waiting"
    assert (
        sync_text(_state(pending=12, unreachable_since=AT_0941, problem=message(_REFUSED, seq=3)))
        == "12 events waiting, school server unreachable since 09:41"
    )
    assert (
        sync_text(_state(unreachable_since=AT_0941))
        == "School server unreachable since 09:41; nothing waiting"
    )
    refusal = message(_REFUSED, seq=3)
    assert sync_text(_state(pending=4, problem=refusal)) == i18n.render(refusal)
    assert (
        sync_text(_state(pending=2, locked=True))
        == "School server: 2 events waiting, the station's keys are locked"
    )
    tip = sync_tooltip(_state(last_copied_at=AT_0941))
    assert tip == "School server: school@server/examdesk\nLast copied at 09:41"
    assert sync_tooltip(_state()).endswith("Nothing copied yet")


def test_the_header_says_it_in_dutch_too(qapp) -> None:
    i18n_qt.install("nl")
    assert sync_text(_state()) == "Schoolserver: bijgewerkt"
    assert sync_text(_state(pending=1)) == "Schoolserver: 1 gebeurtenis wacht"
    assert sync_text(_state(pending=12)) == "Schoolserver: 12 gebeurtenissen wachten"
    assert (
        sync_text(_state(pending=12, unreachable_since=AT_0941))
        == "12 gebeurtenissen wachten, schoolserver onbereikbaar sinds 09:41"
    )


def test_the_label_is_hidden_without_a_school_server(qtbot: QtBot) -> None:
    header = QWidget()
    qtbot.addWidget(header)
    alone = SyncStatus(lambda: SyncState(configured=False), header)
    unknown = SyncStatus(lambda: None, header)
    header.show()
    assert not alone.isVisible() and not unknown.isVisible()
    assert alone.text() == unknown.text() == ""


def test_a_closed_port_shows_events_waiting_and_unreachable_since_R_NET_1(
    qtbot: QtBot, station: Station, beheerder: SignedIn, worker_stopped
) -> None:
    """A real copier on a server that does not answer (a closed port): the header reads its state every second."""
    i18n_qt.install("en")
    school_server.connect(station, CLOSED_PORT)
    worker = sync_worker.start(station, poll_seconds=0.05)
    label = SyncStatus(worker.state, interval_ms=50)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitUntil(lambda: "unreachable" in label.text(), timeout=WAIT)
    waiting = sync.pending(station)
    assert waiting > 0
    # The station's clock reads 07:30 UTC: 09:30 in Amsterdam.
    assert label.text() == f"{waiting} events waiting, school server unreachable since 09:30"
    assert label.property("result") == "broken"
    assert "127.0.0.1:1/db" in label.toolTip() and "cannot be reached" in label.toolTip()


def test_a_reachable_server_brings_the_header_to_up_to_date(
    qtbot: QtBot,
    station: Station,
    beheerder: SignedIn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    worker_stopped,
) -> None:
    """The same copier, against a database with the school server's tables (SQLite stands in for PostgreSQL)."""
    server = make_engine(tmp_path / "server.sqlite")
    upgrade(server)
    monkeypatch.setattr(school_server, "engine_for", lambda _address, _password: server)
    school_server.connect(station, SERVER)
    worker = sync_worker.start(station, poll_seconds=0.05)
    label = SyncStatus(worker.state, interval_ms=50)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitUntil(lambda: label.text() == "School server: up to date", timeout=WAIT)
    assert label.property("muted") == "true"
    assert "Last copied at 09:30" in label.toolTip()
    accounts.sign_in(station, "beheer", PASSWORD)  # one more event: copied within moments
    qtbot.waitUntil(lambda: worker.state().pending == 0 and sync.pending(station) == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: label.text() == "School server: up to date", timeout=WAIT)


def test_the_window_starts_the_copier_once_the_station_is_open(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
    worker_stopped,
) -> None:
    """R-NET-1: the copier runs in the window's station; the header shows its state when a server is set."""
    school_server.connect(station, CLOSED_PORT)
    window = open_window(lambda: station)
    wait_page(window, "login")
    qtbot.waitUntil(lambda: window.sync_status is not None, timeout=WAIT)
    assert sync_worker.worker_of(station) is not None
    status = window.sync_status
    qtbot.waitUntil(lambda: status.isVisible() and "unreachable" in status.text(), timeout=WAIT)
    assert status.parentWidget() is window.header


def test_without_a_school_server_the_header_says_nothing(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
    worker_stopped,
) -> None:
    window = open_window(lambda: station)
    wait_page(window, "login")
    qtbot.waitUntil(lambda: window.sync_status is not None, timeout=WAIT)
    assert sync_worker.worker_of(station) is not None  # idle, it looks now and then whether a server is set
    assert not window.sync_status.isVisible()


def test_recording_never_waits_on_the_copier_R_NET_1(
    station: Station, beheerder: SignedIn, worker_stopped
) -> None:
    """A server that accepts the connection and then says nothing holds the copier up to its time-out (3 s);
    meanwhile ten events are recorded on the station's own chain, and its state is read, without waiting."""
    silent = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    silent.bind(("127.0.0.1", 0))
    silent.listen(4)
    silent.settimeout(10)
    port = silent.getsockname()[1]
    try:
        school_server.connect(station, f"postgresql://x@127.0.0.1:{port}/db")
        worker = sync_worker.start(station, poll_seconds=0.05)
        held, _ = silent.accept()  # the copier is now waiting for a server that never answers
        try:
            before = sync.pending(station)
            started = time.monotonic()
            for number in range(10):
                identity.set_station_names(station, beheerder, name=f"Lokaal {number}")
                state = worker.state()
            took = time.monotonic() - started
            assert sync.pending(station) == before + 10
            assert took < 1.5, f"ten events took {took:.2f} s while the copier waited on the server"
            assert state.unreachable_since is None  # the copier was still waiting all that time
        finally:
            held.close()
    finally:
        silent.close()


def test_a_locked_station_starts_its_copier_only_once_unlocked_R_NET_1(
    data_dir: Path,
    clock: ManualClock,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    """No system keyring: the copier waits for the passphrase (it copies nothing the keys have not checked)."""
    passphrase = "a long station passphrase"
    first = open_station(data_dir, keyring_backend=None, passphrase=passphrase, clock=clock)
    school_server.connect(first, CLOSED_PORT)
    first.close()
    window = open_window(lambda: open_station(data_dir, keyring_backend=None, clock=clock))
    wait_page(window, "unlock")
    # The window decided when the station opened (synchronously, on the GUI thread): no copier, none starting.
    assert not window._copier_starting and window.sync_status is None
    assert window.station is not None
    assert sync_worker.worker_of(window.station) is None
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, passphrase)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    wait_page(window, "first_run")
    qtbot.waitUntil(lambda: window.sync_status is not None and window.sync_status.isVisible(), timeout=WAIT)
    assert sync_worker.worker_of(window.station) is not None
    window.close()
    window.station.close()
