"""The dashboard's one fetch (issue 12): session, clocks and anomalies in one read transaction; due
time-ups recorded first (R-TIME-9); only the session's own surveillants (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event

from examdesk.core.clock import ClockState
from examdesk.core.eventkinds import EventKind
from examdesk.services import events
from examdesk.services.errors import PermissionDenied
from examdesk.services.sessions.base import SessionState
from examdesk.services.sessions.snapshot import snapshot
from examdesk.services.station import Station
from examdesk.store.db import READ_ONLY_OPTION
from tests.services import test_sessions
from tests.services.test_sessions import START, _checked_and_started

people = test_sessions.people  # the fixtures of the sessions' tests
running = test_sessions.running


@contextmanager
def counted_transactions(station: Station) -> Iterator[list[str]]:
    """Each transaction begun on the station's engine while the block runs: 'read' or 'write'."""
    begun: list[str] = []

    def on_begin(connection: Any) -> None:
        begun.append("read" if connection.get_execution_options().get(READ_ONLY_OPTION) else "write")

    event.listen(station.engine, "begin", on_begin)
    try:
        yield begun
    finally:
        event.remove(station.engine, "begin", on_begin)


def test_a_refresh_with_nothing_due_is_one_read_transaction(
    station: Station, people: dict[str, Any], running: tuple[str, dict[str, int]], clock: Any
) -> None:
    session_id, rows = running
    jansen = people["jansen"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, rows["1001"])
    with counted_transactions(station) as begun:
        taken = snapshot(station, jansen, session_id)
    assert len(begun) == 1
    assert taken.session.id == session_id and taken.session.state is SessionState.RUNNING
    states = {row.number: row.clock.state for row in taken.rows}
    assert states["1001"] is ClockState.RUNNING
    assert taken.anomalies == events.clock_anomalies(station)  # the fixture set its clock back once


def test_a_due_time_up_is_recorded_before_the_snapshot_is_read_R_TIME_9(
    station: Station, people: dict[str, Any], running: tuple[str, dict[str, int]], clock: Any
) -> None:
    session_id, rows = running
    jansen = people["jansen"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, rows["1002"])
    clock.advance(timedelta(minutes=95))  # 1002 has no extra time: 90 minutes
    taken = snapshot(station, jansen, session_id)
    (time_up,) = events.list_events(station, kinds=(EventKind.TIME_UP,))
    assert time_up.candidate_id == rows["1002"]
    assert {row.number: row.clock.state for row in taken.rows}["1002"] is ClockState.TIME_UP
    with counted_transactions(station) as begun:
        snapshot(station, jansen, session_id)  # recorded once: the next refresh only reads
    assert len(begun) == 1
    assert len(events.list_events(station, kinds=(EventKind.TIME_UP,))) == 1


def test_only_the_sessions_own_surveillants_get_its_snapshot(
    station: Station, people: dict[str, Any], running: tuple[str, dict[str, int]]
) -> None:
    session_id, _ = running
    with pytest.raises(PermissionDenied):
        snapshot(station, people["bakker"], session_id)  # not planned on this session (issue 13, #7)
