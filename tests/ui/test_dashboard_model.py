"""The dashboard's table model: what each cell says, and a clock that ticks in one column only (R-TIME-1)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from examdesk.core.clock import Clock, ClockState
from examdesk.services import packages, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.sessions import CandidateStatus, planning
from examdesk.services.station import Station
from examdesk.ui import i18n_qt
from examdesk.ui.models.dashboard import (
    CANDIDATE_ROLE,
    SORT_ROLE,
    DashboardColumn,
    DashboardFilter,
    DashboardModel,
)
from examdesk.ui.models.sessions import SessionColumn, SessionTableModel
from examdesk.ui.proctor.dashboard import Dashboard
from tests.services.sample_package import valid_package
from tests.ui.conftest import SAMPLE_GROUP, SESSION_START

WAIT = 10_000


@pytest.fixture
def started(
    station: Station, people: dict[str, SignedIn], running_session: str, clock: ManualClock
) -> list[Any]:
    """1001 working since the start with the 30 minutes granted on the clock (R-TIME-4); 1002 not started."""
    jansen = people["jansen"]
    clock.wall = SESSION_START
    rows = {r.number: r.candidate_id for r in sessions.dashboard(station, jansen, running_session)}
    sessions.record_bsn_check(
        station, jansen, running_session, rows["1001"], match=True, id_document="passport", confirmed=[0]
    )
    sessions.start_candidate(station, jansen, running_session, rows["1001"])
    clock.advance(timedelta(minutes=7, seconds=28))
    return sessions.dashboard(station, jansen, running_session)


def _changes(model: DashboardModel) -> list[tuple[int, int, int, int]]:
    seen: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): seen.append((top.row(), top.column(), bottom.row(), bottom.column()))
    )
    return seen


def test_the_model_passes_qts_model_checks(qtmodeltester: ModelTester, started, clock: ManualClock) -> None:
    model = DashboardModel()
    model.set_rows(started, clock.wall)
    qtmodeltester.check(model, force_py=True)
    proxy = DashboardFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_cells_say_the_clock_extra_time_and_check_in_words(started, clock: ManualClock) -> None:
    model = DashboardModel()
    model.set_rows(started, clock.wall)

    def cell(row: int, column: DashboardColumn, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.index(row, column).data(role)

    assert [cell(0, c) for c in DashboardColumn] == [
        "1001",
        "Sanne de Vries",
        "working",
        "1:52:32",  # 90 + the 30 granted from 10:00, read at 10:07:28
        "11:30 / 12:00",  # R-TIME-4: the base end and the end with the grant
        "10:00",
        "30 min",
        "—",
        "—",
        "✓ checked",
        "extra time 30 min (dyslexia)",
        "*****3653",
    ]
    assert cell(1, DashboardColumn.STATE) == "not started"
    assert cell(1, DashboardColumn.REMAINING) == "1:30:00"
    assert "once started" in cell(1, DashboardColumn.REMAINING, Qt.ItemDataRole.ToolTipRole)
    assert cell(1, DashboardColumn.BSN_CHECK, Qt.ItemDataRole.AccessibleTextRole) == "BSN not checked yet"
    assert cell(0, DashboardColumn.REMAINING, Qt.ItemDataRole.AccessibleTextRole) == "1:52:32 remaining"
    assert cell(0, DashboardColumn.NUMBER, CANDIDATE_ROLE).number == "1001"
    # The state is said in words; its colour only helps to find it.
    assert cell(0, DashboardColumn.STATE, Qt.ItemDataRole.BackgroundRole).name() == "#d6efdc"
    assert cell(0, DashboardColumn.REMAINING, Qt.ItemDataRole.FontRole).pointSize() >= 18


def test_a_tick_changes_only_the_remaining_time_column_R_TIME_1(started, clock: ManualClock) -> None:
    model = DashboardModel()
    model.set_rows(started, clock.wall)
    changes = _changes(model)
    clock.advance(timedelta(seconds=1))
    assert model.tick(clock.wall) is False
    assert changes == [(0, DashboardColumn.REMAINING, 0, DashboardColumn.REMAINING)]
    assert model.index(0, DashboardColumn.REMAINING).data() == "1:52:31"
    assert model.index(1, DashboardColumn.REMAINING).data() == "1:30:00"  # not started: it does not move


def test_a_tick_past_the_deadline_says_the_time_has_run_out_R_TIME_9(started, clock: ManualClock) -> None:
    model = DashboardModel()
    model.set_rows(started, clock.wall)
    assert model.tick(clock.wall + timedelta(hours=1, minutes=52, seconds=32)) is True
    assert model.index(0, DashboardColumn.REMAINING).data() == "0:00:00"


def test_a_paused_clock_stands_still_between_fetches_R_TIME_5(
    station: Station, people: dict[str, SignedIn], running_session: str, started, clock: ManualClock
) -> None:
    jansen = people["jansen"]
    sessions.pause_candidate(  # 1001 has no pauses accommodation: the examensecretaris overrides (R-TIME-5)
        station,
        jansen,
        running_session,
        started[0].candidate_id,
        override=sessions.Override(people["secretaris"], "onwel"),
    )
    model = DashboardModel()
    model.set_rows(sessions.dashboard(station, jansen, running_session), clock.wall)
    changes = _changes(model)
    assert model.tick(clock.wall + timedelta(minutes=3)) is False
    assert changes == []  # nobody is working: nothing to say
    assert model.index(0, DashboardColumn.REMAINING).data() == "1:52:32"
    assert model.index(0, DashboardColumn.STATE).data() == "paused"


def test_a_fresh_fetch_of_the_same_candidates_keeps_the_rows(started, clock: ManualClock) -> None:
    model = DashboardModel()
    model.set_rows(started, clock.wall)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    changes = _changes(model)
    model.update_rows(started, clock.wall)
    assert resets == [] and changes == [(0, 0, 1, len(DashboardColumn) - 1)]
    model.update_rows(started[:1], clock.wall)
    assert resets == [1] and model.rowCount() == 1


# R-ACC-2
def test_an_expired_vsv_is_said_in_the_accommodations_cell_R_ACC_2(
    station: Station, people: dict[str, SignedIn], tmp_path: Path, clock: ManualClock
) -> None:
    data = valid_package()
    data.pop("results")
    data["groups"][0]["candidates"][0]["accommodations"][0]["statement_date"] = "2019-01-10"
    path = tmp_path / "expired.json"
    path.write_text(json.dumps(data), "utf-8")
    packages.import_package(station, people["secretaris"], path)
    clock.wall = SESSION_START - timedelta(minutes=10)
    sid = planning.plan_session(
        station,
        people["secretaris"],
        planning.PlanRequest(SAMPLE_GROUP, surveillants=[("jansen", True)], start_time="10:00"),
    )
    planning.start_session(station, people["jansen"], sid)
    model = DashboardModel()
    model.set_rows(sessions.dashboard(station, people["jansen"], sid), clock.wall)
    cell = model.index(0, DashboardColumn.ACCOMMODATIONS)
    assert cell.data() == "VSV expired · extra time 30 min (dyslexia)"
    assert cell.data(Qt.ItemDataRole.ForegroundRole).name() == "#a4161a"
    assert "EXPIRED (valid until 9 Jan 2024)" in cell.data(Qt.ItemDataRole.ToolTipRole)
    i18n_qt.install("nl")
    assert cell.data() == "VSV verlopen · verlenging examentijd 30 min (dyslexie)"  # the ground in Dutch


def test_sorting_by_remaining_time_puts_the_least_time_first(started, clock: ManualClock) -> None:
    model = DashboardModel()
    model.set_rows(started, clock.wall)
    proxy = DashboardFilter()
    proxy.setSourceModel(model)
    proxy.sort(DashboardColumn.REMAINING, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, DashboardColumn.NUMBER).data() for r in range(2)] == ["1002", "1001"]
    assert model.index(0, DashboardColumn.REMAINING).data(SORT_ROLE) == 6752


def test_the_sessions_table_says_the_state_in_words(station: Station, running_session: str) -> None:
    model = SessionTableModel()
    model.set_rows(sessions.list_sessions(station))
    assert model.index(0, SessionColumn.STATE).data() == "running"
    assert model.index(0, SessionColumn.TIME).data() == "10:00"
    assert model.index(0, SessionColumn.SURVEILLANTS).data() == "Jansen, Bakker"  # display names
    assert model.index(0, SessionColumn.LOCATION).data() == "school, Lokaal 2.14"
    assert model.data(QModelIndex()) is None


# R-TIME-1
def test_the_dashboards_timer_ticks_only_the_remaining_time_and_follows_the_clock_R_TIME_1(
    station: Station,
    people: dict[str, SignedIn],
    running_session: str,
    started,
    clock: ManualClock,
    qtbot: QtBot,
) -> None:
    dashboard = Dashboard(station, people["jansen"], sessions.list_sessions(station)[0])
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.model.rowCount() == 2, timeout=WAIT)
    assert dashboard.tick_timer.interval() == 1000
    assert dashboard.model.index(0, DashboardColumn.REMAINING).data() == "1:52:32"
    clock.advance(timedelta(minutes=1, seconds=5))

    def only_remaining(top: QModelIndex, bottom: QModelIndex, _roles: Any = ()) -> bool:
        return top.column() == DashboardColumn.REMAINING and bottom.column() == DashboardColumn.REMAINING

    with qtbot.waitSignal(dashboard.model.dataChanged, timeout=3000, check_params_cb=only_remaining):
        pass
    assert dashboard.model.index(0, DashboardColumn.REMAINING).data() == "1:51:27"
    assert dashboard.now_label.text() == "10:08:33"
    changes = _changes(dashboard.model)
    with qtbot.waitSignal(dashboard.tick_timer.timeout, timeout=3000):
        pass
    assert changes and all(
        (left, right) == (DashboardColumn.REMAINING, DashboardColumn.REMAINING)
        for _, left, _, right in changes
    )
    assert [r.clock.state for r in dashboard.model.rows()] == [ClockState.RUNNING, ClockState.NOT_STARTED]
    dashboard.stop()


def _cell_image(table: Any, row: int, column: int) -> Any:
    return table.viewport().grab(table.visualRect(table.model().index(row, column))).toImage()


def _working(count: int, now: datetime) -> list[CandidateStatus]:
    """``count`` candidates working for half an hour, each a second apart from the next."""
    rows = []
    for n in range(count):
        deadline = now + timedelta(minutes=60, seconds=n)
        clock = Clock(
            ClockState.RUNNING,
            now - timedelta(minutes=30),
            deadline,
            deadline - now,
            timedelta(0),
            None,
            timedelta(0),
            timedelta(0),
            None,
        )
        rows.append(
            CandidateStatus(
                n, str(1000 + n), f"Kandidaat {n}", "*****1234", clock, 30, True, 0, None, False, ()
            )
        )
    return rows


# R-TIME-1
def test_the_dashboards_table_repaints_the_ticking_time_and_nothing_beside_it(
    clock: ManualClock, qtbot: QtBot
) -> None:
    """The table repaints exactly the time cells a tick changed: the new time is on the screen, the
    columns beside it are not painted again (they cost as much as the time itself)."""
    from PySide6.QtWidgets import QStyledItemDelegate

    from examdesk.ui.proctor.dashboard_table import DashboardTable

    model = DashboardModel()
    model.set_rows(_working(60, clock.wall), clock.wall)  # more rows than the table shows
    table = DashboardTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(1600, 400)
    table.show()
    qtbot.waitExposed(table)
    table.resizeColumnsToContents()  # as the dashboard fits them: the whole time in sight
    painted: list[int] = []

    class Counting(QStyledItemDelegate):
        def paint(self, painter: Any, option: Any, index: Any) -> None:
            painted.append(index.column())
            super().paint(painter, option, index)

    delegate = Counting(table)
    table.setItemDelegate(delegate)
    table.viewport().update()
    qtbot.waitUntil(lambda: len(set(painted)) == len(DashboardColumn), timeout=WAIT)
    qtbot.waitUntil(lambda: _settled(painted), timeout=WAIT)  # whatever else showing the window repaints
    before = _cell_image(table, 0, DashboardColumn.REMAINING)
    painted.clear()
    clock.advance(timedelta(seconds=1))
    model.tick(clock.wall)
    qtbot.waitUntil(lambda: bool(painted), timeout=WAIT)
    assert set(painted) == {DashboardColumn.REMAINING}
    assert _cell_image(table, 0, DashboardColumn.REMAINING) != before  # the new time is shown
    # Changes to more than the time column are Qt's own business: the whole rows are painted again.
    painted.clear()
    model.update_rows(_working(60, clock.wall), clock.wall)
    qtbot.waitUntil(lambda: DashboardColumn.NAME in painted, timeout=WAIT)


# R-TIME-4 (issue 14: overrides flagged on the dashboard)
def test_an_override_is_flagged_in_the_row_R_TIME_4(
    station: Station, people: dict[str, SignedIn], running_session: str, started, clock: ManualClock
) -> None:
    jansen, secretaris = people["jansen"], people["secretaris"]
    candidate = started[0].candidate_id
    sessions.apply_extension(
        station,
        jansen,
        running_session,
        candidate,
        20,
        override=sessions.Override(secretaris, "CvTE 2026-118"),
    )
    model = DashboardModel()
    model.set_rows(sessions.dashboard(station, jansen, running_session), clock.wall)

    def cell(column: DashboardColumn, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.index(0, column).data(role)

    assert cell(DashboardColumn.NAME) == "Sanne de Vries ⚑"
    assert cell(DashboardColumn.NAME, Qt.ItemDataRole.AccessibleTextRole) == (
        "Sanne de Vries, overridden by the examensecretaris"
    )
    assert "R-TIME-4" in cell(DashboardColumn.NAME, Qt.ItemDataRole.ToolTipRole)
    assert cell(DashboardColumn.EXTENSION) == "30 min +20 ⚑"
    assert "More time than granted" in cell(DashboardColumn.EXTENSION, Qt.ItemDataRole.ToolTipRole)
    assert cell(DashboardColumn.DEADLINE) == "11:30 / 12:20"


def _settled(painted: list[int]) -> bool:
    """True once handling the pending events paints nothing more."""
    from PySide6.QtWidgets import QApplication

    before = len(painted)
    QApplication.processEvents()
    return len(painted) == before
