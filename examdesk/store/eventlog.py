"""Appending to and reading the event log. The chain rules themselves are in ``core.eventchain``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select
from sqlmodel import Session, col

from examdesk.core.eventchain import GENESIS_HASH, ClockReading, EventRecord, canonical_json, event_hash
from examdesk.store.models import EventRow


def last_event(session: Session, station_id: str) -> EventRow | None:
    """The newest event of ``station_id``, or ``None`` before the first."""
    statement = (
        select(EventRow)
        .where(col(EventRow.station_id) == station_id)
        .order_by(col(EventRow.seq).desc())
        .limit(1)
    )
    return session.execute(statement).scalars().first()


def to_record(row: EventRow) -> EventRecord:
    return EventRecord(
        station_id=row.station_id,
        seq=row.seq,
        wall_utc=row.wall_utc,
        monotonic_ns=row.monotonic_ns,
        run_id=row.run_id,
        actor=row.actor,
        kind=row.kind,
        session_id=row.session_id,
        candidate_id=row.candidate_id,
        payload=row.payload,
        corrects_id=row.corrects_id,
        prev_hash=row.prev_hash,
    )


def reading_of(row: EventRow) -> ClockReading:
    return ClockReading(row.wall_utc, row.monotonic_ns, row.run_id)


def append(
    session: Session,
    *,
    station_id: str,
    reading: ClockReading,
    actor: str,
    kind: str,
    session_id: str | None = None,
    candidate_id: str | None = None,
    payload: Mapping[str, Any] | None = None,
    corrects_id: int | None = None,
    previous: EventRow | None = None,
) -> EventRow:
    """Add the next event of ``station_id`` to the chain, within the caller's transaction.

    ``previous`` is the station's last event when the caller already read it in this transaction.
    """
    if previous is None:
        previous = last_event(session, station_id)
    record = EventRecord(
        station_id=station_id,
        seq=(previous.seq if previous else 0) + 1,
        wall_utc=reading.wall,
        monotonic_ns=reading.monotonic_ns,
        run_id=reading.run_id,
        actor=actor,
        kind=kind,
        session_id=session_id,
        candidate_id=candidate_id,
        payload=canonical_json(dict(payload or {})),
        corrects_id=corrects_id,
        prev_hash=previous.hash if previous else GENESIS_HASH,
    )
    row = EventRow(
        station_id=record.station_id,
        seq=record.seq,
        wall_utc=record.wall_utc,
        monotonic_ns=record.monotonic_ns,
        run_id=record.run_id,
        actor=record.actor,
        kind=record.kind,
        session_id=record.session_id,
        candidate_id=record.candidate_id,
        payload=record.payload,
        corrects_id=record.corrects_id,
        prev_hash=record.prev_hash,
        hash=event_hash(record),
    )
    session.add(row)
    session.flush()
    return row


_TABLE = EventRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Link:
    """What the next event needs of the station's last one: its number, hash and clock readings."""

    id: int
    seq: int
    hash: str
    reading: ClockReading


# Every event passes through these two statements, so they are built once (SQLAlchemy Core).
_LAST = (
    select(
        _TABLE.c.id, _TABLE.c.seq, _TABLE.c.hash, _TABLE.c.wall_utc, _TABLE.c.monotonic_ns, _TABLE.c.run_id
    )
    .where(_TABLE.c.station_id == bindparam("station"))
    .order_by(_TABLE.c.seq.desc())
    .limit(1)
)
_COLUMNS = (
    "station_id",
    "seq",
    "wall_utc",
    "monotonic_ns",
    "run_id",
    "actor",
    "kind",
    "session_id",
    "candidate_id",
    "payload",
    "corrects_id",
    "prev_hash",
    "hash",
)
_INSERT = insert(_TABLE).values({name: bindparam(name) for name in _COLUMNS})


def last_link(connection: Connection, station_id: str) -> Link | None:
    """The station's newest event as a chain link."""
    row = connection.execute(_LAST, {"station": station_id}).first()
    if row is None:
        return None
    return Link(row.id, row.seq, row.hash, ClockReading(row.wall_utc, row.monotonic_ns, row.run_id))


def append_link(
    connection: Connection,
    *,
    station_id: str,
    reading: ClockReading,
    actor: str,
    kind: str,
    session_id: str | None,
    candidate_id: str | None,
    payload: str,
    corrects_id: int | None,
    previous: Link | None,
) -> tuple[int, EventRecord, str]:
    """Insert the next event of the chain in the caller's transaction; returns its id, record and hash."""
    record = EventRecord(
        station_id=station_id,
        seq=(previous.seq if previous else 0) + 1,
        wall_utc=reading.wall,
        monotonic_ns=reading.monotonic_ns,
        run_id=reading.run_id,
        actor=actor,
        kind=kind,
        session_id=session_id,
        candidate_id=candidate_id,
        payload=payload,
        corrects_id=corrects_id,
        prev_hash=previous.hash if previous else GENESIS_HASH,
    )
    digest = event_hash(record)
    result = connection.execute(
        insert(_TABLE).values(
            station_id=record.station_id,
            seq=record.seq,
            wall_utc=record.wall_utc,
            monotonic_ns=record.monotonic_ns,
            run_id=record.run_id,
            actor=record.actor,
            kind=record.kind,
            session_id=record.session_id,
            candidate_id=record.candidate_id,
            payload=record.payload,
            corrects_id=record.corrects_id,
            prev_hash=record.prev_hash,
            hash=digest,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0]), record, digest


def exists(connection: Connection, event_id: int) -> bool:
    return connection.execute(select(_TABLE.c.id).where(_TABLE.c.id == event_id)).first() is not None


def all_events(session: Session, batch: int = 2000) -> Iterator[EventRow]:
    """Every event, ordered by station and sequence number, read in batches."""
    statement = (
        select(EventRow)
        .order_by(col(EventRow.station_id), col(EventRow.seq))
        .execution_options(yield_per=batch)
    )
    yield from session.execute(statement).scalars()


def events_where(
    session: Session,
    *,
    station_id: str | None = None,
    session_id: str | None = None,
    candidate_id: str | None = None,
    kinds: tuple[str, ...] = (),
    without_candidate: bool = False,
) -> list[EventRow]:
    """Events matching the filters, in station and sequence order."""
    statement = select(EventRow)
    if station_id is not None:
        statement = statement.where(col(EventRow.station_id) == station_id)
    if session_id is not None:
        statement = statement.where(col(EventRow.session_id) == session_id)
    if candidate_id is not None:
        statement = statement.where(col(EventRow.candidate_id) == candidate_id)
    if kinds:
        statement = statement.where(col(EventRow.kind).in_(kinds))
    if without_candidate:
        statement = statement.where(col(EventRow.candidate_id).is_(None))
    statement = statement.order_by(col(EventRow.station_id), col(EventRow.seq))
    return list(session.execute(statement).scalars())
