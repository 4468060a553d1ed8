"""Domain rules v2 for the candidate's clock in the services: lateness by the clock (R-TIME-8), the VSV as a
condition confirmed per accommodation at the start (R-ACC-2), overrides as their own event."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from examdesk.core.clock import ClockState
from examdesk.core.eventkinds import EventKind
from examdesk.services import events, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.errors import InvalidInput, PermissionDenied
from examdesk.services.station import Station
from tests.services import test_sessions
from tests.services.test_sessions import START, _row

people, running = test_sessions.people, test_sessions.running  # the fixtures


def _check(station: Station, actor, session_id, candidate_id, confirmed=()) -> None:
    sessions.record_bsn_check(
        station, actor, session_id, candidate_id, match=True, id_document="passport", confirmed=confirmed
    )


# R-TIME-8 (issue 14 finding 12)
def test_the_clock_decides_lateness_whichever_button_R_TIME_8(
    station: Station, people: dict[str, SignedIn], running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen, secretaris = people["jansen"], people["secretaris"]
    clock.wall = START + timedelta(minutes=4)  # within the grace (5 minutes, configurable)
    _check(station, jansen, session_id, rows["1002"], confirmed=[0])
    on_time = sessions.start_candidate(station, jansen, session_id, rows["1002"])
    assert on_time.payload["late_arrival"] is False
    assert _row(station, jansen, session_id, rows["1002"]).clock.deadline == START + timedelta(minutes=94)
    clock.wall = START + timedelta(minutes=45)
    _check(station, jansen, session_id, rows["1001"], confirmed=[0])
    with pytest.raises(InvalidInput, match="at most 30 minutes late"):
        sessions.start_candidate(station, jansen, session_id, rows["1001"])  # plain "Start", not "late start"
    assert not events.list_events(station, kinds=(EventKind.CANDIDATE_STARTED,), candidate_id=rows["1001"])
    with pytest.raises(PermissionDenied):
        sessions.start_candidate(
            station, jansen, session_id, rows["1001"], override=sessions.Override(jansen, "trein")
        )
    started = sessions.start_candidate(
        station, jansen, session_id, rows["1001"], override=sessions.Override(secretaris, "trein stilgelegd")
    )
    assert started.payload["late_arrival"] is True and started.payload["late_by_seconds"] == 45 * 60
    # The deadline is what it would have been at the planned start: 09:00 + 90 + the 30 granted.
    assert _row(station, jansen, session_id, rows["1001"]).clock.deadline == START + timedelta(minutes=120)
    (decided,) = events.list_events(station, kinds=(EventKind.RULE_OVERRIDDEN,))
    assert decided.payload["rule"] == "R-TIME-8" and started.payload["override"] == decided.id


# R-TIME-8
def test_a_plain_start_twenty_minutes_late_is_a_late_start_R_TIME_8(
    station: Station, people: dict[str, SignedIn], running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen = people["jansen"]
    clock.wall = START + timedelta(minutes=20)
    _check(station, jansen, session_id, rows["1002"], confirmed=[0])
    started = sessions.start_candidate(station, jansen, session_id, rows["1002"])
    assert started.payload["late_arrival"] is True
    assert _row(station, jansen, session_id, rows["1002"]).clock.deadline == START + timedelta(minutes=90)


# R-ACC-2 (issue 14 finding 13)
def test_an_unconfirmed_vsv_puts_no_time_on_the_clock_unless_overridden_R_ACC_2(
    station: Station, people: dict[str, SignedIn], running, clock: ManualClock, tmp_path: Path
) -> None:
    session_id, rows = running
    jansen, secretaris, candidate = people["jansen"], people["secretaris"], rows["1001"]
    clock.wall = START
    _check(station, jansen, session_id, candidate)  # nothing confirmed against the VSV
    sessions.start_candidate(station, jansen, session_id, candidate)
    status = _row(station, jansen, session_id, candidate)
    assert status.granted_extension == 0 and status.clock.deadline == START + timedelta(minutes=90)
    with pytest.raises(PermissionDenied):
        sessions.apply_accommodation(
            station, jansen, session_id, candidate, 0, sessions.Override(jansen, "VSV gezien")
        )
    sessions.apply_accommodation(
        station, jansen, session_id, candidate, 0, sessions.Override(secretaris, "VSV op papier gezien")
    )
    status = _row(station, jansen, session_id, candidate)
    assert status.granted_extension == 30 and status.clock.deadline == START + timedelta(minutes=120)
    assert status.overridden and not status.more_time_than_granted
    with pytest.raises(InvalidInput, match="already applied"):
        sessions.apply_accommodation(
            station, jansen, session_id, candidate, 0, sessions.Override(secretaris, "nogmaals")
        )


# R-ACC-2, R-TIME-5
def test_pauses_without_a_confirmed_vsv_are_refused_R_ACC_2_R_TIME_5(
    station: Station, people: dict[str, SignedIn], running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen, candidate = people["jansen"], rows["1002"]
    clock.wall = START
    _check(station, jansen, session_id, candidate)  # the pauses accommodation not confirmed
    sessions.start_candidate(station, jansen, session_id, candidate)
    with pytest.raises(InvalidInput, match="no pauses accommodation"):
        sessions.pause_candidate(station, jansen, session_id, candidate)
    assert _row(station, jansen, session_id, candidate).clock.state is ClockState.RUNNING


# R-ACC-2
def test_the_confirmations_are_facts_of_the_bsn_check_R_ACC_2(
    station: Station, people: dict[str, SignedIn], running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen = people["jansen"]
    clock.wall = START
    with pytest.raises(InvalidInput, match="no accommodation number 3"):
        _check(station, jansen, session_id, rows["1001"], confirmed=[2])
    checked = sessions.record_bsn_check(
        station, jansen, session_id, rows["1001"], match=True, id_document="passport", confirmed=[0]
    )
    assert checked.payload["confirmed"] == [0]
