"""Reading and writing the copies of other stations (issue 18): on the school server, and on a station for
imported transfer files. The same SQL on SQLite and PostgreSQL, except the bulk copy of events (marked).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, and_, func, select
from sqlalchemy.dialects import postgresql, sqlite

from examdesk.core.eventchain import GENESIS_HASH
from examdesk.store.eventlog import stored_wall
from examdesk.store.models import (
    CopiedEventRow,
    CopiedFileRow,
    CopiedSessionRow,
    CopiedStationRow,
    EventRow,
)

EVENTS: Table = CopiedEventRow.__table__  # type: ignore[attr-defined]
SESSIONS: Table = CopiedSessionRow.__table__  # type: ignore[attr-defined]
STATIONS: Table = CopiedStationRow.__table__  # type: ignore[attr-defined]
FILES: Table = CopiedFileRow.__table__  # type: ignore[attr-defined]

# The columns of a copied event, in the order of the bulk copy (``eventlog.COPY_ORDER`` reads a station's
# events in this order).
EVENT_COLUMNS = (
    "station_id",
    "seq",
    "origin_id",
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


@dataclass(frozen=True)
class Head:
    """The last event of a station that this database holds."""

    seq: int
    hash: str


def head(connection: Connection, station_id: str) -> Head | None:
    row = connection.execute(
        select(EVENTS.c.seq, EVENTS.c.hash)
        .where(EVENTS.c.station_id == station_id)
        .order_by(EVENTS.c.seq.desc())
        .limit(1)
    ).first()
    return Head(int(row.seq), str(row.hash)) if row is not None else None


def hash_at(connection: Connection, station_id: str, seq: int) -> str | None:
    value = connection.execute(
        select(EVENTS.c.hash).where(and_(EVENTS.c.station_id == station_id, EVENTS.c.seq == seq))
    ).scalar()
    return str(value) if value is not None else None


def event_values(row: EventRow | Any) -> tuple[Any, ...]:
    """A local event as the values of a copied event (its row id becomes its origin id)."""
    return (
        row.station_id,
        row.seq,
        row.id,
        row.wall_utc,
        row.monotonic_ns,
        row.run_id,
        row.actor,
        row.kind,
        row.session_id,
        row.candidate_id,
        row.payload,
        row.corrects_id,
        row.prev_hash,
        row.hash,
    )


def insert_events(connection: Connection, values: Sequence[tuple[Any, ...]]) -> None:
    """Append events (tuples in :data:`EVENT_COLUMNS` order). The database refuses any that does not follow
    its station's last event (R-NET-2): the whole statement, and so the caller's transaction, fails."""
    if not values:
        return
    if connection.dialect.name == "postgresql":  # dialect-specific: COPY is the server's bulk path
        processor = EVENTS.c.wall_utc.type.bind_processor(connection.dialect)
        wall: Callable[[Any], Any] = processor if processor is not None else (lambda v: v)
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            with cursor.copy(f"COPY copied_event ({', '.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
                for row in values:
                    # A wall time as the station stores it (text, UTC) or a time in UTC goes as it is: the
                    # column (a timestamp without zone) takes "2026-06-12 07:30:00.040000" and "…+00:00" as
                    # that UTC time, exactly what the conversion would give (issue 18).
                    moment = row[3]
                    if type(moment) is str or moment.tzinfo is dt.UTC:
                        copy.write_row(row)
                    else:
                        copy.write_row((*row[:3], wall(moment), *row[4:]))
        finally:
            cursor.close()
        return
    connection.execute(
        EVENTS.insert(),
        [{**dict(zip(EVENT_COLUMNS, row, strict=True)), "wall_utc": stored_wall(row[3])} for row in values],
    )


def _upsert(connection: Connection, table: Table, values: dict[str, Any], keys: Sequence[str]) -> None:
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table).values(**values)
    changes = {name: statement.excluded[name] for name in values if name not in keys}
    connection.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=changes))


def save_station(connection: Connection, station_id: str, name: str, school: str, at: dt.datetime) -> None:
    _upsert(
        connection, STATIONS, {"id": station_id, "name": name, "school": school, "updated_at": at}, ["id"]
    )


def save_session(connection: Connection, values: dict[str, Any]) -> None:
    """Store or replace a session's description (its bundle) for its station."""
    _upsert(connection, SESSIONS, values, ["station_id", "session_id"])


def session_digest(connection: Connection, station_id: str, session_id: str) -> str | None:
    value = connection.execute(
        select(SESSIONS.c.bundle_sha256).where(
            and_(SESSIONS.c.station_id == station_id, SESSIONS.c.session_id == session_id)
        )
    ).scalar()
    return str(value) if value is not None else None


def save_file(connection: Connection, values: dict[str, Any]) -> bool:
    """Keep a file by its SHA-256 (a second copy of the same bytes changes nothing). True when new."""
    exists = connection.execute(select(FILES.c.sha256).where(FILES.c.sha256 == values["sha256"])).first()
    if exists is not None:
        return False
    connection.execute(FILES.insert().values(**values))
    return True


def file_content(connection: Connection, sha256: str) -> bytes | None:
    value = connection.execute(select(FILES.c.content).where(FILES.c.sha256 == sha256)).scalar()
    return bytes(value) if value is not None else None


def sessions(connection: Connection, on: dt.date | None = None) -> list[Any]:
    """Every copied session (of ``on`` only, when given), with its station's name."""
    statement = select(SESSIONS, STATIONS.c.name.label("station_name")).join(
        STATIONS, STATIONS.c.id == SESSIONS.c.station_id, isouter=True
    )
    if on is not None:
        statement = statement.where(SESSIONS.c.date == on)
    return list(connection.execute(statement.order_by(SESSIONS.c.date, SESSIONS.c.room)))


def session_row(connection: Connection, station_id: str, session_id: str) -> Any | None:
    return connection.execute(
        select(SESSIONS).where(and_(SESSIONS.c.station_id == station_id, SESSIONS.c.session_id == session_id))
    ).first()


def events_of(
    connection: Connection, station_id: str, session_id: str, extra_kinds: Iterable[str] = ()
) -> list[EventRow]:
    """A copied session's events (and the station's events of ``extra_kinds`` between its first and last),
    as event rows with their origin ids, in sequence order."""
    own = list(
        connection.execute(
            select(EVENTS)
            .where(and_(EVENTS.c.station_id == station_id, EVENTS.c.session_id == session_id))
            .order_by(EVENTS.c.seq)
        )
    )
    kinds = tuple(extra_kinds)
    extra: list[Any] = []
    if own and kinds:
        extra = list(
            connection.execute(
                select(EVENTS).where(
                    and_(
                        EVENTS.c.station_id == station_id,
                        EVENTS.c.kind.in_(kinds),
                        EVENTS.c.session_id.is_(None),
                        EVENTS.c.seq.between(own[0].seq, own[-1].seq),
                    )
                )
            )
        )
    rows = sorted([*own, *extra], key=lambda r: r.seq)
    return [_as_event(r) for r in rows]


def _as_event(row: Any) -> EventRow:
    return EventRow(
        id=row.origin_id,
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
        hash=row.hash,
    )


def first_unlinked(connection: Connection, station_id: str) -> int | None:
    """The first copied event of ``station_id`` that does not follow the one before it, or ``None``.

    The triggers refuse such an event on insert; this re-checks what is stored (R-NET-2)."""
    previous = EVENTS.alias("previous")
    statement = (
        select(func.min(EVENTS.c.seq))
        .select_from(
            EVENTS.outerjoin(
                previous,
                and_(previous.c.station_id == EVENTS.c.station_id, previous.c.seq == EVENTS.c.seq - 1),
            )
        )
        .where(EVENTS.c.station_id == station_id)
        .where(
            ~(
                and_(EVENTS.c.seq == 1, EVENTS.c.prev_hash == GENESIS_HASH)
                | and_(previous.c.hash.is_not(None), previous.c.hash == EVENTS.c.prev_hash)
            )
        )
    )
    value = connection.execute(statement).scalar()
    return int(value) if value is not None else None


def event_count(connection: Connection, station_id: str) -> int:
    return int(
        connection.execute(
            select(func.count()).select_from(EVENTS).where(EVENTS.c.station_id == station_id)
        ).scalar()
        or 0
    )


def keep_own_file(driver: Any, values: dict[str, Any]) -> None:
    """Keep a file this station made (a signed report) for the school server, inside the driver-level
    transaction that records its export: the file and its event are kept together or not at all.

    ``driver`` is an ``eventlog.Driver``. The same bytes kept twice are kept once."""
    from examdesk.store.eventlog import marker_of

    marker = marker_of(driver)
    at = FILES.c.received_at.type.bind_processor(driver.dialect)
    received = at(values["received_at"]) if at is not None else values["received_at"]
    cursor = driver.connection.cursor()
    try:
        cursor.execute(f"SELECT 1 FROM copied_file WHERE sha256 = {marker}", (values["sha256"],))
        if cursor.fetchone() is not None:
            return
        cursor.execute(
            "INSERT INTO copied_file (sha256, station_id, kind, name, session_id, content, received_at)"
            f" VALUES ({', '.join([marker] * 7)})",
            (
                values["sha256"],
                values["station_id"],
                values["kind"],
                values["name"],
                values["session_id"],
                values["content"],
                received,
            ),
        )
    finally:
        cursor.close()


def file_digests(connection: Connection, station_id: str) -> set[str]:
    """The SHA-256 of every file of ``station_id`` this database holds."""
    return {
        str(d)
        for d in connection.execute(select(FILES.c.sha256).where(FILES.c.station_id == station_id)).scalars()
    }


def files_of(connection: Connection, digests: Iterable[str]) -> list[Any]:
    wanted = sorted(digests)
    if not wanted:
        return []
    return list(connection.execute(select(FILES).where(FILES.c.sha256.in_(wanted))))
