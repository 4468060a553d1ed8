"""The copies of other stations on SQLite (issue 18, R-NET-2): the same tables and refusals as on the
school server, and the bulk read of a station's events equal to what the ORM reads."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select

from examdesk.core.eventchain import GENESIS_HASH, utc_text
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.core.keyedchain import ChainRow, verify_segment
from examdesk.services import events
from examdesk.store import copies, eventlog
from examdesk.store.models import EventRow


def test_the_bulk_read_gives_exactly_the_orm_events_in_the_copy_order(station: Any, beheerder: Any) -> None:
    for n in range(5):
        events.record(station, beheerder, EventKind.REMARK, facts=Remark(f"é {n}"))
    with Session(station.engine) as session:
        orm = list(session.execute(select(EventRow).order_by(col(EventRow.seq))).scalars())
        fast = eventlog.rows_after(session, station.station_id, 0, 1000)
        wall = eventlog.COPY_ORDER.index("wall_utc")
        assert [copies.event_values(row) for row in orm] == [
            (*row[:wall], eventlog.stored_wall(row.wall_utc), *row[wall + 1 :]) for row in fast
        ]
        # the wall time as SQLite holds it, read as the same aware UTC time to the microsecond and hashed
        # in the chain's spelling without being parsed
        assert all(type(row.wall_utc) is str for row in fast)
        assert [row.wall_utc for row in orm] == [eventlog.stored_wall(row.wall_utc) for row in fast]
        assert [utc_text(row.wall_utc) for row in orm] == [eventlog.hashed_wall(row.wall_utc) for row in fast]
        assert eventlog.rows_after(session, station.station_id, orm[1].seq, 2) == fast[2:4]
    assert tuple("origin_id" if c == "id" else c for c in eventlog.COPY_ORDER) == copies.EVENT_COLUMNS


def _copy_of(station: Any) -> list[tuple[Any, ...]]:
    with Session(station.engine) as session:
        return [tuple(r) for r in eventlog.rows_after(session, station.station_id, 0, 1000)]


def test_r_net_2_on_sqlite_too_copied_events_come_in_sequence_and_stay(station: Any, beheerder: Any) -> None:
    for n in range(3):
        events.record(station, beheerder, EventKind.REMARK, facts=Remark(str(n)))
    rows = _copy_of(station)
    target = sa.create_engine(f"sqlite:///{station.data_dir / 'copies.sqlite3'}")
    from examdesk.store import db

    db.upgrade(target)
    with target.begin() as connection:
        copies.insert_events(connection, rows[:2])
    gap = rows[3:4]
    wrong_link = [(*rows[2][:12], "e" * 64, rows[2][13])]  # prev_hash (column 12) points elsewhere
    for bad in (gap, wrong_link):
        with pytest.raises(DBAPIError, match="must follow"), target.begin() as connection:
            copies.insert_events(connection, bad)
    for statement in ("UPDATE copied_event SET kind = 'x'", "DELETE FROM copied_event"):
        with pytest.raises(DBAPIError, match="append-only"), target.begin() as connection:
            connection.execute(sa.text(statement))
    with target.begin() as connection:
        copies.insert_events(connection, rows[2:])
        assert copies.first_unlinked(connection, station.station_id) is None
        assert copies.head(connection, station.station_id) == copies.Head(rows[-1][1], rows[-1][13])
    target.dispose()


def test_r_net_1_a_long_read_never_holds_up_an_event_being_recorded(station: Any, beheerder: Any) -> None:
    """The copier reads batches in a read transaction: an event is recorded while the read is open."""
    from examdesk.store.db import read_transaction

    events.record(station, beheerder, EventKind.REMARK, facts=Remark("before"))
    with read_transaction(station.engine) as session:
        before = eventlog.rows_after(session, station.station_id, 0, 1000)
        recorded = events.record(station, beheerder, EventKind.REMARK, facts=Remark("during"))
        assert eventlog.rows_after(session, station.station_id, 0, 1000) == before  # its own snapshot
    assert recorded.seq == before[-1].seq + 1


@given(
    moment=st.datetimes(min_value=datetime(1000, 1, 1)),  # strftime spells earlier years with 3 digits
    spelling=st.sampled_from(["orm", "iso", "seconds"]),
    offset=st.sampled_from(["", "+00:00", "+02:00", "Z"]),
)
def test_a_stored_wall_time_is_read_as_the_orm_reads_it(moment: datetime, spelling: str, offset: str) -> None:
    """The bulk read's shortcut for a wall time's text (issue 18) gives exactly the time (and the UTC zone)
    of the general reading, for every spelling a writer may have stored, offsets included."""
    if spelling == "orm":
        stored = moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    elif spelling == "iso":
        stored = moment.isoformat(sep=" ")
    else:
        stored = moment.replace(microsecond=0).isoformat()
    stored += offset
    read = eventlog.stored_wall(stored)
    general = datetime.fromisoformat(stored).replace(tzinfo=UTC)
    assert read == general
    assert read.tzinfo is UTC
    assert read.isoformat() == general.isoformat()


@given(
    moment=st.datetimes(min_value=datetime(1000, 1, 1)),
    spelling=st.sampled_from(["orm", "iso", "seconds", "T"]),
    offset=st.sampled_from(["", "+00:00", "Z"]),
)
def test_a_wall_time_hashed_as_stored_is_spelled_as_utc_text_spells_the_time(
    moment: datetime, spelling: str, offset: str
) -> None:
    """Issue 18: the copier hashes a stored wall time without parsing it only when its text has the form
    SQLite holds; that spelling is exactly ``utc_text`` of the time it reads as. Any other form is parsed."""
    if spelling == "orm":
        stored = moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    elif spelling == "iso":
        stored = moment.isoformat(sep=" ")
    elif spelling == "T":
        stored = moment.strftime("%Y-%m-%dT%H:%M:%S.%f")
    else:
        stored = moment.replace(microsecond=0).isoformat()
    stored += offset
    hashed = eventlog.hashed_wall(stored)
    if spelling == "orm" and not offset:
        assert hashed == utc_text(eventlog.stored_wall(stored))
    elif hashed is not None:  # "iso" with microseconds is the same text as "orm"
        assert hashed == utc_text(eventlog.stored_wall(stored))


def _recorded(station: Any, beheerder: Any, count: int) -> list[Any]:
    for n in range(count):
        events.record(station, beheerder, EventKind.REMARK, facts=Remark(f"opmerking {n}"))
    with Session(station.engine) as session:
        return eventlog.rows_after(session, station.station_id, 0, 1000)


def _general(rows: list[Any], key: bytes, station_id: str) -> Any:
    """The chain verified as before the shortcut: every wall time parsed, then spelled by utc_text."""
    parsed = [ChainRow(r.id, r._replace(wall_utc=eventlog.stored_wall(r.wall_utc)), r.hash) for r in rows]
    return verify_segment(parsed, key, station_id=station_id, after_seq=0, after_hash=GENESIS_HASH)


@pytest.mark.parametrize(
    "changed",
    [
        lambda w: w,  # as stored
        lambda w: w[:10] + "T" + w[11:],  # another spelling of the same time: parsed, still intact
        lambda w: w + "+00:00",
        lambda w: w[:-1] + ("1" if w[-1] != "1" else "2"),  # a microsecond later: changed
        lambda w: w[:11] + "23" + w[13:],  # another hour: changed
        lambda w: w.replace(".", ","),  # a decimal comma (Python reads it, no writer writes it)
    ],
)
def test_r_net_2_a_wall_time_verified_as_stored_gives_the_verdict_of_the_parsed_one(
    station: Any, beheerder: Any, changed: Any
) -> None:
    from examdesk.services import chain

    rows = _recorded(station, beheerder, 4)
    key = chain.chain_key(station)
    tampered = rows[:]
    tampered[2] = rows[2]._replace(wall_utc=changed(rows[2].wall_utc))
    fast = verify_segment(
        map(eventlog.stored_chain_row, tampered),
        key,
        station_id=station.station_id,
        after_seq=0,
        after_hash=GENESIS_HASH,
    )
    assert fast == _general(tampered, key, station.station_id)


def test_r_net_2_a_wall_time_that_is_no_time_at_all_is_a_broken_link_not_a_crash(
    station: Any, beheerder: Any
) -> None:
    from examdesk.services import chain

    rows = _recorded(station, beheerder, 3)
    tampered = rows[:]
    tampered[1] = rows[1]._replace(wall_utc="2026-13-45 99:99:99.999999")
    broken = verify_segment(
        map(eventlog.stored_chain_row, tampered),
        chain.chain_key(station),
        station_id=station.station_id,
        after_seq=0,
        after_hash=GENESIS_HASH,
    )
    assert broken is not None and broken.seq == rows[1].seq
    with pytest.raises(ValueError):  # the general reading cannot even parse it
        _general(tampered, chain.chain_key(station), station.station_id)
