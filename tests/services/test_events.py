"""Recording events: actor and station on every event (R-ROLE-3), corrections (R-PV-2), clock jumps (R-TIME-10)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from examdesk.core.eventkinds import SYSTEM_ACTOR, EventKind
from examdesk.core.facts import Correction
from examdesk.core.facts.session import Remark
from examdesk.core.facts.station import ClockAnomaly
from examdesk.services import events
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.errors import NotFound
from examdesk.services.station import Station, open_station
from tests import raw_db


# R-ROLE-3
def test_every_event_names_actor_and_station_R_ROLE_3(station: Station, beheerder: SignedIn) -> None:
    recorded = events.record(
        station, beheerder, EventKind.REMARK, session_id="S1", facts=Remark("start 9:00")
    )
    assert recorded.actor == "beheer" and recorded.station_id == station.station_id
    assert all(e.actor and e.station_id == station.station_id for e in events.list_events(station))
    assert events.list_events(station)[0].actor == SYSTEM_ACTOR  # the station's own initialisation


# R-PV-3
def test_events_are_numbered_and_chained_R_PV_3(station: Station) -> None:
    for n in range(3):
        events.record(station, None, EventKind.REMARK, facts=Remark(str(n)))
    listed = events.list_events(station)
    assert [e.seq for e in listed] == list(range(1, len(listed) + 1))
    result = events.verify(station)
    assert result.ok and result.count == len(listed) and result.heads[station.station_id] == listed[-1].hash


# R-PV-2
def test_a_correction_refers_to_the_event_it_corrects_R_PV_2(station: Station, beheerder: SignedIn) -> None:
    wrong = events.record(station, beheerder, EventKind.REMARK, facts=Remark("kandidaat 1003 afwezig"))
    fix = events.record(
        station,
        beheerder,
        EventKind.CORRECTION,
        corrects=wrong.id,
        facts=Correction("1003 was aanwezig (lokaal 2)"),
    )
    assert fix.corrects_id == wrong.id
    assert [e.id for e in events.list_events(station)][-2:] == [wrong.id, fix.id]


def test_correcting_an_unknown_event_is_refused(station: Station, beheerder: SignedIn) -> None:
    with pytest.raises(NotFound):
        events.record(station, beheerder, EventKind.CORRECTION, corrects=9999)


# R-TIME-10
def test_a_wall_clock_set_back_is_recorded_as_an_anomaly_R_TIME_10(
    station: Station, clock: ManualClock
) -> None:
    events.record(station, None, EventKind.REMARK)
    clock.advance(timedelta(minutes=1))
    clock.set_wall(clock.wall - timedelta(minutes=10))
    after = events.record(station, None, EventKind.REMARK, facts=Remark("after"))
    anomalies = events.clock_anomalies(station)
    assert len(anomalies) == 1
    assert anomalies[0].facts_as(ClockAnomaly).jump_back_seconds == pytest.approx(600.0)
    assert anomalies[0].seq == after.seq - 1
    assert events.verify(station).ok


# R-TIME-10
def test_small_clock_corrections_are_not_anomalies_R_TIME_10(station: Station, clock: ManualClock) -> None:
    events.record(station, None, EventKind.REMARK)
    clock.advance(timedelta(seconds=30))
    clock.set_wall(clock.wall - timedelta(seconds=4))
    events.record(station, None, EventKind.REMARK)
    assert events.clock_anomalies(station) == []


# R-TIME-10
def test_a_clock_jump_across_a_restart_is_recorded_R_TIME_10(data_dir: Path, clock: ManualClock) -> None:
    from examdesk.services.secrets import MemoryStore

    store = MemoryStore()  # the same keys: a station reopened with other keys is refused (issue 13)
    first = open_station(data_dir, clock=clock, secret_store=store)
    events.record(first, None, EventKind.REMARK)
    first.close()
    clock.restart()
    clock.set_wall(clock.wall - timedelta(hours=1))
    second = open_station(data_dir, clock=clock, secret_store=store)
    events.record(second, None, EventKind.REMARK)
    assert len(events.clock_anomalies(second)) == 1
    second.close()


def test_an_event_is_committed_when_record_returns(data_dir: Path, clock: ManualClock) -> None:
    """Appending commits before returning (durable with synchronous=FULL): another connection sees it at once."""

    from examdesk.services.secrets import MemoryStore

    station = open_station(data_dir, clock=clock, secret_store=MemoryStore())
    recorded = events.record(station, None, EventKind.REMARK, facts=Remark("durable"))
    with raw_db.connect(station) as other:
        assert other.execute("SELECT hash FROM event WHERE id = ?", (recorded.id,)).fetchone() == (
            recorded.hash,
        )
    station.close()
