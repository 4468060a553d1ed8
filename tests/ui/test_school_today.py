"""The school's "Today" page (issue 18, R-NET-3): three stations' sessions, copied into the viewing station's
own copied_* tables (the same 0005 tables as on the school server), listed with their counts, read again
in the background, and each one's proces-verbaal opened read-only."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from examdesk.core.roles import Role
from examdesk.services import accounts, demo, identity, school_server, sync
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.sessions.base import SessionState
from examdesk.services.station import Station, open_station
from examdesk.ui.models.school_sessions import SchoolColumn, SchoolSessionModel
from examdesk.ui.school.workspace import SchoolWorkspace
from examdesk.ui.workspaces import WorkspaceKey, WorkspacesPage
from tests.demo_station import DEMO_NOW
from tests.ui.windows import make_active

WAIT = 15_000
ROOMS = ("Lokaal 1.05", "Lokaal 2.14", "Gymzaal")
SERVER = "postgresql://school@server/examdesk"
CLOSED_PORT = "postgresql://x@127.0.0.1:1/db"


@pytest.fixture
def clock() -> ManualClock:
    """The viewing station's clock: 10:02 in Amsterdam on the demo's exam day (16 June 2026)."""
    return ManualClock(DEMO_NOW + dt.timedelta(minutes=2))


@pytest.fixture(scope="module")
def three_stations(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three demo stations written one by one: each has its own station id. Each gets its own name."""
    folders = []
    for number, room in enumerate(ROOMS, start=1):
        folder = tmp_path_factory.mktemp(f"station{number}") / "data"
        demo.write_demo(folder, now=DEMO_NOW)
        station = open_station(folder, clock=ManualClock(DEMO_NOW), keyring_backend=None)
        try:
            beheerder = accounts.sign_in(station, demo.BEHEERDER.username, demo.DEMO_PASSWORD)
            identity.set_station_names(station, beheerder, name=f"Station {room}")
        finally:
            station.close()
        folders.append(folder)
    return folders


def _copy_into(viewer: Any, folders: list[Path]) -> list[str]:
    """What each station's copier does, with the viewer's own database standing in for the school server."""
    address, _ = school_server.ServerAddress.parse(SERVER)
    ids = []
    for folder in folders:
        other = open_station(folder, clock=ManualClock(DEMO_NOW), keyring_backend=None)
        try:
            result = sync.copy_pending(other, viewer.engine, address)
            assert result.pending == 0 and result.copied > 0
            ids.append(other.station_id)
        finally:
            other.close()
    return ids


@pytest.fixture
def viewer(station: Any, three_stations: list[Path]) -> Iterator[tuple[Any, list[str]]]:
    ids = _copy_into(station, three_stations)
    assert len(set(ids)) == 3 and station.station_id not in ids
    yield station, ids


@pytest.fixture
def workspace(qtbot: Any, viewer: Any, secretaris: Any) -> SchoolWorkspace:
    station, _ids = viewer
    shown = SchoolWorkspace(station, secretaris, refresh_ms=200)
    qtbot.addWidget(shown)
    shown.resize(1366, 698)
    shown.show()
    qtbot.waitExposed(shown)
    make_active(qtbot, shown)  # the page's shortcuts (F5, Alt+Left) work in the active window
    qtbot.waitUntil(lambda: shown.today.model.rowCount() > 0, timeout=WAIT)
    return shown


def _cells(model: SchoolSessionModel, row: int) -> dict[SchoolColumn, str]:
    return {column: model.index(row, column).data() for column in SchoolColumn}


def test_today_lists_every_station_s_sessions_with_their_counts(workspace, viewer) -> None:
    """R-NET-3: three stations, each with its running session and its hospital session of the day."""
    _station, ids = viewer
    model = workspace.today.model
    rows = model.rows()
    assert len(rows) == 6
    assert {row.station_id for row in rows} == set(ids)
    running = [row for row in rows if row.state is SessionState.RUNNING]
    assert len(running) == 3
    for row in running:
        # The demo's story (services/demo.py): 8 candidates, 6 started, one of them paused; 1007 and 1008 not.
        assert (row.candidates, row.not_started, row.meldingen) == (8, 2, 1)
        assert row.working + row.paused + row.finished == 6
        assert row.paused == 1
        cells = _cells(model, rows.index(row))
        assert cells[SchoolColumn.STATE] == "running"
        assert cells[SchoolColumn.ROOM] == "Lokaal 2.14"
        assert cells[SchoolColumn.STATION].startswith("Station ")
        assert cells[SchoolColumn.WORKING] == str(row.working)
        assert cells[SchoolColumn.PAUSED] == "1"
        assert cells[SchoolColumn.NOT_STARTED] == "2"
        assert cells[SchoolColumn.MELDINGEN] == "1"
        assert cells[SchoolColumn.LAST_EVENT] == "09:54"  # Amsterdam time of the demo's last event
        assert cells[SchoolColumn.NOTES] == ""
    names = {_cells(model, i)[SchoolColumn.STATION] for i in range(6)}
    assert names == {f"Station {room}" for room in ROOMS}
    assert workspace.today.message.text() == ""
    assert "Read at 10:02:00" in workspace.today.updated_label.text()


def test_enter_opens_the_session_s_proces_verbaal_read_only_and_alt_left_goes_back(
    workspace, qtbot: QtBot
) -> None:
    """R-NET-3, R-PV-5: the proces-verbaal as the copy holds it; no addendum can be written from here."""
    today = workspace.today
    row = next(i for i, s in enumerate(today.model.rows()) if s.state is SessionState.RUNNING)
    chosen = today.model.row(row)
    today.table.selectRow(row)
    today.table.setFocus()
    qtbot.keyClick(today.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.proces_verbaal is not None, timeout=WAIT)
    view = workspace.proces_verbaal
    qtbot.waitUntil(lambda: view.document is not None, timeout=WAIT)
    assert workspace.pages.currentWidget().widget() is view  # in a scroll area: see the workspace
    header = view.document.header
    assert (header.session_id, header.station_name) == (chosen.session_id, chosen.station_name)
    assert header.room == "Lokaal 2.14"
    assert view.document.chain.verified
    assert not view.addendum_button.isVisibleTo(view) and not view.addendum_action.isEnabled()
    assert len(view.model.rows()) > 10
    make_active(qtbot, workspace)  # a busy dialog may have shown while the copy was read
    qtbot.keyClick(view.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: workspace.pages.currentWidget() is today, timeout=WAIT)
    assert workspace.proces_verbaal is None


def test_a_failed_reading_is_said_above_the_table_and_the_rows_stay(workspace, viewer, qtbot: QtBot) -> None:
    """R-NET-1: the server cannot be reached; the page says so in a sentence and keeps the last rows."""
    station, _ids = viewer
    today = workspace.today
    school_server.connect(station, CLOSED_PORT)
    qtbot.waitUntil(today.message.is_refusal, timeout=WAIT)
    assert "cannot be reached" in today.message.text()
    assert "The table shows what was known at 10:02:00." in today.message.text()
    assert today.model.rowCount() == 6
    school_server.disconnect(station)
    qtbot.waitUntil(lambda: not today.message.is_refusal(), timeout=WAIT)
    assert today.model.rowCount() == 6


def test_a_server_that_cannot_be_reached_before_anything_was_read_is_said(
    qtbot: QtBot, station: Station, secretaris: SignedIn
) -> None:
    school_server.connect(station, CLOSED_PORT)
    shown = SchoolWorkspace(station, secretaris, refresh_ms=200)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(shown.today.message.is_refusal, timeout=WAIT)
    assert shown.today.message.text().startswith(
        "The school server at postgresql://x@127.0.0.1:1/db cannot be"
    )
    assert shown.today.model.rowCount() == 0 and shown.today.updated_label.text() == ""
    assert not shown.today.open_button.isEnabled()


def test_r_net_1_imported_sessions_show_while_the_server_is_away_from_the_start(
    qtbot: QtBot, viewer, secretaris: SignedIn
) -> None:
    """The sessions this station holds itself (transfer files) need no network: they are listed, and the
    sentence says the server could not be read."""
    station, _ids = viewer
    school_server.connect(station, CLOSED_PORT)
    shown = SchoolWorkspace(station, secretaris, refresh_ms=200)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(shown.today.message.is_refusal, timeout=WAIT)
    assert "cannot be reached" in shown.today.message.text()
    assert shown.today.model.rowCount() == 6


def test_another_day_shows_its_own_sessions_or_says_there_are_none(workspace, qtbot: QtBot) -> None:
    today = workspace.today
    today.set_day(dt.date(2026, 6, 17))
    qtbot.waitUntil(lambda: today.model.rowCount() == 0, timeout=WAIT)
    qtbot.waitUntil(today.empty_label.isVisible, timeout=WAIT)
    assert "17 Jun 2026" in today.empty_label.text()
    qtbot.mouseClick(today.today_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: today.model.rowCount() == 6, timeout=WAIT)
    assert not today.empty_label.isVisible()


def test_the_page_reads_again_by_itself_and_keeps_the_chosen_row(workspace, viewer, qtbot: QtBot) -> None:
    """Updated within seconds (R-NET-3): the page reads again without anyone asking, the choice stays."""
    today = workspace.today
    today.table.selectRow(3)
    chosen = today.selected()
    first = today.reading
    qtbot.waitUntil(lambda: today.reading is not first, timeout=WAIT)
    assert today.selected() == chosen


def test_a_broken_chain_and_a_transfer_file_are_said_in_the_notes(
    qapp, workspace, qtmodeltester: ModelTester
) -> None:
    """R-PV-3, R-NET-4: a copy whose chain does not verify is marked in red words; a transfer file is named."""
    row = workspace.today.model.row(0)
    model = SchoolSessionModel()
    model.set_rows([dataclasses.replace(row, chain_ok=False), dataclasses.replace(row, source="transfer")])
    broken = model.index(0, SchoolColumn.NOTES)
    assert broken.data() == "chain broken: this copy was changed"
    assert broken.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, SchoolColumn.NOTES).data() == "transfer file"
    qtmodeltester.check(workspace.today.model)
    qtmodeltester.check(model)


def test_the_today_tab_is_there_only_when_the_station_sees_other_stations(
    qtbot: QtBot, station: Station, secretaris: SignedIn, beheerder: SignedIn
) -> None:
    """Issue 18: nothing changes for a school without a server; with one (or an import) "Today" appears."""
    alone = WorkspacesPage(station, secretaris)
    qtbot.addWidget(alone)
    assert WorkspaceKey.SCHOOL not in alone.keys()
    school_server.connect(station, SERVER)
    connected = WorkspacesPage(station, secretaris)
    qtbot.addWidget(connected)
    assert WorkspaceKey.SCHOOL in connected.keys()
    assert connected.tabs.tabText(connected.keys().index(WorkspaceKey.SCHOOL)) == "Today"
    accounts.create_account(
        station, beheerder, "jansen", "A. Jansen", "correct horse battery", frozenset({Role.SURVEILLANT})
    )
    surveillant = accounts.sign_in(station, "jansen", "correct horse battery")
    proctor_only = WorkspacesPage(station, surveillant)
    qtbot.addWidget(proctor_only)
    assert WorkspaceKey.SCHOOL not in proctor_only.keys()


def test_the_today_tab_is_there_with_imported_sessions_alone(
    qtbot: QtBot, viewer, secretaris: SignedIn
) -> None:
    station, _ids = viewer
    assert school_server.configured(station) is None
    page = WorkspacesPage(station, secretaris)
    qtbot.addWidget(page)
    assert WorkspaceKey.SCHOOL in page.keys()


def test_a_double_click_opens_the_row_too(workspace, qtbot: QtBot) -> None:
    today = workspace.today
    rect = today.table.visualRect(today.model.index(2, SchoolColumn.ROOM))
    qtbot.mouseClick(today.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a hand does
    qtbot.mouseDClick(today.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: workspace.proces_verbaal is not None, timeout=WAIT)
    view = workspace.proces_verbaal
    qtbot.waitUntil(lambda: view.document is not None, timeout=WAIT)
    assert view.document.header.session_id == today.model.row(2).session_id


def test_the_page_speaks_dutch(workspace, qtbot: QtBot) -> None:
    from examdesk.ui import i18n_qt

    i18n_qt.install("nl")
    today = workspace.today
    model = today.model
    qtbot.waitUntil(lambda: today.title.text() == "Vandaag op school")
    assert model.headerData(SchoolColumn.ROOM, Qt.Orientation.Horizontal) == "Lokaal"
    assert model.headerData(SchoolColumn.NOT_STARTED, Qt.Orientation.Horizontal) == "Niet\nbegonnen"
    running = next(i for i, s in enumerate(model.rows()) if s.state is SessionState.RUNNING)
    # The one word for a running session on every screen (issue 12's word lists).
    assert model.index(running, SchoolColumn.STATE).data() == "bezig"
    assert today.open_button.text() == "Proces-verbaal openen (Enter)"
