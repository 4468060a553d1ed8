"""The append-only event log in the database (R-PV-2, R-PV-3)."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from examdesk import i18n
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.services import events
from examdesk.services.clock import ManualClock
from examdesk.services.station import Station
from examdesk.store import cipher
from examdesk.store.db import transaction
from examdesk.store.models import EventRow
from tests import raw_db


# R-PV-2
def test_update_is_refused_by_the_database_R_PV_2(station: Station) -> None:
    event = events.record(station, None, EventKind.REMARK, facts=Remark("Lokaal 1.14 te warm"))
    with pytest.raises(IntegrityError, match="append-only"):
        with transaction(station.engine) as session:
            row = session.get(EventRow, event.id)
            assert row is not None
            row.payload = '{"text":"alles rustig"}'
            session.add(row)


# R-PV-2
def test_delete_is_refused_by_the_database_R_PV_2(station: Station) -> None:
    event = events.record(station, None, EventKind.REMARK, facts=Remark("x"))
    with pytest.raises(IntegrityError, match="append-only"):
        with transaction(station.engine) as session:
            row = session.get(EventRow, event.id)
            session.delete(row)
    assert [e.id for e in events.list_events(station, kinds=(EventKind.REMARK,))] == [event.id]


# R-PV-2
def test_raw_sql_cannot_change_events_either_R_PV_2(station: Station) -> None:
    events.record(station, None, EventKind.REMARK, facts=Remark("x"))
    with raw_db.connect(station) as connection:
        with pytest.raises(cipher.module().IntegrityError, match="append-only"):
            connection.execute("UPDATE event SET actor = 'someone else'")
        with pytest.raises(cipher.module().IntegrityError, match="append-only"):
            connection.execute("DELETE FROM event")


# R-PV-3
def test_row_altered_behind_the_triggers_back_is_found_R_PV_3(station: Station) -> None:
    for n in range(5):
        events.record(station, None, EventKind.REMARK, facts=Remark(str(n)))
    assert events.verify(station).ok
    victim = events.list_events(station, kinds=(EventKind.REMARK,))[2]
    with raw_db.connect(station) as connection:
        connection.execute("DROP TRIGGER event_no_update")
        connection.execute("UPDATE event SET payload = '{\"n\":42}' WHERE id = ?", (victim.id,))
    result = events.verify(station)
    assert not result.ok and result.broken is not None
    assert result.broken.seq == victim.seq
    assert f"event {victim.seq} " in i18n.render(result.broken.reason)


# R-PV-3
def test_deleted_row_behind_the_triggers_back_is_found_R_PV_3(station: Station) -> None:
    for n in range(4):
        events.record(station, None, EventKind.REMARK, facts=Remark(str(n)))
    victim = events.list_events(station)[-2]
    with raw_db.connect(station) as connection:
        connection.execute("DROP TRIGGER event_no_delete")
        connection.execute("DELETE FROM event WHERE id = ?", (victim.id,))
    result = events.verify(station)
    assert result.broken is not None and result.broken.seq == victim.seq + 1
    assert "missing" in i18n.render(result.broken.reason)


def test_sequence_numbers_are_unique_per_station(station: Station) -> None:
    first = events.list_events(station)[0]
    with pytest.raises(IntegrityError):
        with transaction(station.engine) as session:
            session.add(
                EventRow(
                    station_id=first.station_id,
                    seq=first.seq,
                    wall_utc=first.wall_utc,
                    monotonic_ns=0,
                    run_id="r",
                    actor="x",
                    kind="remark",
                    payload="{}",
                    prev_hash="0" * 64,
                    hash="f" * 64,
                )
            )


# R-PV-3
@pytest.mark.parametrize("microsecond", [0, 1, 999_999])
def test_driver_level_append_stores_what_the_orm_reads_back_R_PV_3(
    station: Station, clock: ManualClock, microsecond
) -> None:
    """The append path skips SQLAlchemy's compiler; the rows must still read back exactly (or the chain breaks)."""
    clock.set_wall(clock.wall.replace(microsecond=microsecond))
    event = events.record(
        station, None, EventKind.REMARK, session_id="s1", candidate_id=1042, facts=Remark("ok")
    )
    with transaction(station.engine) as session:
        row = session.get(EventRow, event.id)
        assert row is not None
        assert row.wall_utc == event.wall_utc == clock.wall
        assert (row.seq, row.hash, row.session_id, row.candidate_id) == (event.seq, event.hash, "s1", 1042)
    events.record(station, None, EventKind.REMARK, facts=Remark("next"))
    assert events.verify(station).ok
