"""Appending to and reading the event log. The chain rules themselves are in ``core.eventchain``."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.engine import Dialect
from sqlmodel import Session, col

from examdesk.core.eventchain import GENESIS_HASH, ClockReading, EventRecord
from examdesk.core.keyedchain import ChainRow, keyed_hash
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


def to_record(row: EventRow | Any) -> EventRecord:
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


_TABLE = EventRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Link:
    """What the next event needs of the station's last one: its number, hash and clock readings."""

    id: int
    seq: int
    hash: str
    reading: ClockReading


# Every event passes through these two statements, so they skip SQLAlchemy's statement compilation and go
# straight to the driver (issue 4's budget: an event costs little more than the bare insert-and-commit).
# The SQL is plain and portable; only the parameter markers follow the driver's paramstyle.
_COLUMNS = (
    "id",
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
_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


@lru_cache(maxsize=4)
def _driver_sql(paramstyle: str) -> tuple[str, str, str]:
    marker = _MARKERS.get(paramstyle)
    if marker is None:  # pragma: no cover - every driver examdesk supports is listed above
        raise RuntimeError(f"unsupported DB-API paramstyle {paramstyle!r}")
    last = (
        "SELECT id, seq, hash, wall_utc, monotonic_ns, run_id FROM event"
        f" WHERE station_id = {marker} ORDER BY seq DESC LIMIT 1"
    )
    insert_sql = f"INSERT INTO event ({', '.join(_COLUMNS)}) VALUES ({', '.join([marker] * len(_COLUMNS))})"
    # R-PV-3: the row id is part of the keyed hash, so it is chosen before the insert. Inside the write
    # transaction (SQLite: BEGIN IMMEDIATE holds the write lock) nobody else can take it.
    next_id = "SELECT COALESCE(MAX(id), 0) + 1 FROM event"
    return last, insert_sql, next_id


@lru_cache(maxsize=4)
def _wall_processors(dialect: Dialect) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """The wall-time column's own conversions, so driver-level rows read and write exactly like ORM rows."""
    column_type = _TABLE.c.wall_utc.type.dialect_impl(dialect)
    to_db = column_type.bind_processor(dialect) or (lambda value: value)
    from_db = column_type.result_processor(dialect, None) or (lambda value: value)
    return to_db, from_db


@dataclass(frozen=True)
class Driver:
    """A DB-API connection inside a transaction, with the dialect that knows its conventions."""

    connection: Any
    dialect: Dialect


def driver_of(connection: Connection | Driver) -> Driver:
    """The driver-level handle of a SQLAlchemy connection, so appends join its transaction."""
    if isinstance(connection, Driver):
        return connection
    return Driver(connection.connection.driver_connection, connection.dialect)


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Driver]:
    """One short write transaction straight on the driver, for recording a single event.

    Commits when the block ends (durable on return: WAL with synchronous=FULL), rolls back on any error.
    Dialect-specific (SQLite): BEGIN IMMEDIATE takes the write lock at once, as ``store.db`` does for
    every SQLAlchemy transaction.
    """
    from examdesk.store.db import disk_full, is_disk_full, read_only_refusal

    pooled = engine.raw_connection()
    try:
        connection = pooled.driver_connection
        assert connection is not None
        try:
            connection.execute("BEGIN IMMEDIATE" if engine.dialect.name == "sqlite" else "BEGIN")
            try:
                yield Driver(connection, engine.dialect)
            except BaseException:
                connection.rollback()
                raise
            connection.commit()
        except Exception as error:
            # Issue 13, finding 11: a full disk is a sentence (exit 2), and the event was not recorded.
            if is_disk_full(error):
                database = engine.url.database
                raise disk_full(Path(database).parent if database else Path.cwd()) from error
            refused = read_only_refusal(engine, error)  # issue 13: another window holds the station
            if refused is not None:
                raise refused from error
            raise
    finally:
        pooled.close()


def last_link(connection: Connection | Driver, station_id: str) -> Link | None:
    """The station's newest event as a chain link."""
    driver = driver_of(connection)
    last_sql, _, _ = _driver_sql(driver.dialect.paramstyle)
    cursor = driver.connection.cursor()
    try:
        cursor.execute(last_sql, (station_id,))
        row = cursor.fetchone()
    finally:
        cursor.close()
    if row is None:
        return None
    event_id, seq, digest, wall, monotonic_ns, run_id = row
    _, from_db = _wall_processors(driver.dialect)
    return Link(int(event_id), int(seq), digest, ClockReading(from_db(wall), int(monotonic_ns), run_id))


def append_link(
    connection: Connection | Driver,
    *,
    key: bytes,
    station_id: str,
    reading: ClockReading,
    actor: str,
    kind: str,
    session_id: str | None,
    candidate_id: int | None,
    payload: str,
    corrects_id: int | None,
    previous: Link | None,
) -> tuple[int, EventRecord, str]:
    """Insert the next event of the chain in the caller's transaction; returns its id, record and hash.

    The hash is keyed with the station's chain key ``key`` and covers the row id (R-PV-3, issue 13).
    """
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
    driver = driver_of(connection)
    _, insert_sql, next_id_sql = _driver_sql(driver.dialect.paramstyle)
    to_db, _ = _wall_processors(driver.dialect)
    cursor = driver.connection.cursor()
    try:
        cursor.execute(next_id_sql)
        (event_id,) = cursor.fetchone()
        event_id = int(event_id)
        digest = keyed_hash(key, event_id, record)
        cursor.execute(
            insert_sql,
            (
                event_id,
                record.station_id,
                record.seq,
                to_db(record.wall_utc),
                record.monotonic_ns,
                record.run_id,
                record.actor,
                record.kind,
                record.session_id,
                record.candidate_id,
                record.payload,
                record.corrects_id,
                record.prev_hash,
                digest,
            ),
        )
    finally:
        cursor.close()
    return event_id, record, digest


def marker_of(driver: Driver) -> str:
    """The driver's parameter marker (``?`` or ``%s``), for the few statements written straight to it."""
    return _MARKERS[driver.dialect.paramstyle]


def exists(connection: Connection | Driver, event_id: int) -> bool:
    driver = driver_of(connection)
    marker = _MARKERS[driver.dialect.paramstyle]
    cursor = driver.connection.cursor()
    try:
        cursor.execute(f"SELECT 1 FROM event WHERE id = {marker}", (event_id,))
        return cursor.fetchone() is not None
    finally:
        cursor.close()


def first_chain_row(session: Session, station_id: str) -> ChainRow | None:
    """The station's first event as a chain row, or ``None`` before the first."""
    statement = (
        select(EventRow).where(col(EventRow.station_id) == station_id).order_by(col(EventRow.seq)).limit(1)
    )
    row = session.execute(statement).scalars().first()
    if row is None:
        return None
    assert row.id is not None
    return ChainRow(row.id, to_record(row), row.hash)


def chain_rows(session: Session, station_id: str) -> Iterator[ChainRow]:
    """One station's events as chain rows (id, record, stored hash), in sequence order.

    Read as plain rows, not ORM objects: verifying a whole chain reads every event (issue 18)."""
    statement = select(_TABLE).where(_TABLE.c.station_id == station_id).order_by(_TABLE.c.seq)
    for row in session.connection().execution_options(yield_per=5000).execute(statement):
        yield ChainRow(row.id, to_record(row), row.hash)


def other_stations_events(session: Session, station_id: str) -> Iterator[Any]:
    """The events of every station but ``station_id`` (plain rows), by station and sequence number."""
    statement = (
        select(_TABLE).where(_TABLE.c.station_id != station_id).order_by(_TABLE.c.station_id, _TABLE.c.seq)
    )
    yield from session.connection().execution_options(yield_per=5000).execute(statement)


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
    candidate_id: int | None = None,
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


def chain_row(row: EventRow | Any) -> ChainRow:
    assert row.id is not None
    return ChainRow(row.id, to_record(row), row.hash)


def row_at(session: Session, station_id: str, seq: int) -> EventRow | None:
    """The event ``seq`` of ``station_id``, if there is one."""
    statement = select(EventRow).where(col(EventRow.station_id) == station_id, col(EventRow.seq) == seq)
    return session.execute(statement).scalars().first()


# The columns of an event in the order the school server's copy takes them (``store.copies``): the row id
# becomes the copy's ``origin_id``.
COPY_ORDER = (_COLUMNS[1], _COLUMNS[2], _COLUMNS[0], *_COLUMNS[3:])  # station_id, seq, id, wall_utc, …


# A plain tuple of those values whose attributes are the event's fields: read ~20 times faster than a
# database row's, which matters when 100,000 events are verified and copied (issue 18).
CopyRow = namedtuple("CopyRow", COPY_ORDER)  # type: ignore[misc]


def stored_wall(value: str | datetime) -> datetime:
    """A wall time as SQLite holds it ("2026-06-12 07:30:00.040000", UTC): what the ORM reads, faster.

    Read with its UTC offset spelled out, which parses straight to a time in UTC (several times faster than
    setting the zone afterwards); a text that already carries an offset (none is written so) does not parse
    that way and is read as before. A time (as another database's driver returns it) is taken as it is."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    try:
        return datetime.fromisoformat(value + "+00:00")
    except ValueError:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)


def hashed_wall(value: object) -> str | None:
    """The wall time as the chain hashes it (``utc_text``'s spelling), straight from the text SQLite holds:
    "2026-06-12 07:30:00.040000" is "2026-06-12T07:30:00.040000+00:00". ``None`` for any other form, which
    is then parsed (:func:`stored_wall`) and spelled by ``utc_text`` as before (issue 18: a whole chain
    copied to the school server is neither parsed nor spelled again; a property test holds the two equal)."""
    if type(value) is str and len(value) == 26 and value[10] == " " and value[19] == ".":
        return value[:10] + "T" + value[11:] + "+00:00"
    return None


def stored_chain_row(row: Any) -> ChainRow:
    """A row of :func:`rows_after` as a chain row to verify: its wall time hashed as read when it has the
    stored form, parsed otherwise."""
    wall = hashed_wall(row.wall_utc)
    if wall is None:
        return ChainRow(row.id, row._replace(wall_utc=stored_wall(row.wall_utc)), row.hash)
    return ChainRow(row.id, row, row.hash, wall)


def rows_after(session: Session, station_id: str, after_seq: int, limit: int) -> list[Any]:
    """At most ``limit`` events of ``station_id`` after number ``after_seq``, in sequence order, as
    :data:`CopyRow` tuples (values in :data:`COPY_ORDER`, attributes named as the event's columns).

    Read straight from the driver as stored, the wall time too (SQLite's text, UTC; :func:`stored_wall`
    reads it as a time): a station's whole chain may pass through here when it first reaches the school
    server (issue 18), and it is verified (:func:`stored_chain_row`) and copied without being converted."""
    driver = driver_of(session.connection())
    marker = _MARKERS[driver.dialect.paramstyle]
    cursor = driver.connection.cursor()
    try:
        cursor.execute(
            f"SELECT {', '.join(COPY_ORDER)} FROM event WHERE station_id = {marker} AND seq > {marker}"
            f" ORDER BY seq LIMIT {marker}",
            (station_id, after_seq, limit),
        )
        fetched = cursor.fetchall()
    finally:
        cursor.close()
    make = tuple.__new__  # CopyRow._make without its checks: every value is there, in order
    return [make(CopyRow, row) for row in fetched]


def actors_of_session(session: Session, station_id: str, session_id: str) -> list[str]:
    """Everyone who recorded an event of ``session_id`` on ``station_id``."""
    statement = (
        select(col(EventRow.actor))
        .where(col(EventRow.station_id) == station_id, col(EventRow.session_id) == session_id)
        .distinct()
    )
    return sorted(str(name) for name in session.execute(statement).scalars())
