"""The school's view over every station (issue 18, R-NET-3, R-PV-5): the rooms of the day, and any
session's proces-verbaal wherever it was held.

Sessions of other stations come from two places, read the same way:

* the school server (``copied_*`` tables on PostgreSQL), when this station is connected to one;
* this station's own ``copied_*`` tables, which hold the sessions imported from transfer files (R-NET-4).

Each is shown through a read-only replica (``services.session_bundle.replica``), so the counts and the
proces-verbaal are computed by the very services that compute them on the session's own station.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from examdesk.core.clock import ClockState
from examdesk.core.eventchain import BrokenLink, ChainVerification
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import proces_verbaal, school_server, session_bundle, transfer_file
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput, NotFound
from examdesk.services.sessions.base import SessionState, session_state
from examdesk.services.sessions.clocks import all_contexts, status_of
from examdesk.services.station import Station
from examdesk.store import copies
from examdesk.store.db import transaction
from examdesk.store.models import EventRow

SOURCE_SERVER = "server"
SOURCE_TRANSFER = "transfer"

_NOT_FOUND = QT_TRANSLATE_NOOP(
    "SchoolView",
    "Session {session} of station {station} is not on the school server or among the imported ones.",
)
_UNLINKED = QT_TRANSLATE_NOOP(
    "SchoolView",
    "event {seq} of station {station} does not follow the event before it in the copy: the copy was changed",
)


@dataclass(frozen=True)
class RemoteSession:
    """One session of any station, as the school's view lists it."""

    station_id: str
    station_name: str
    session_id: str
    date: dt.date
    start_time: str
    room: str
    exam_code: str
    exam_title: str
    group_code: str
    group_name: str
    source: str  # SOURCE_SERVER or SOURCE_TRANSFER
    state: SessionState
    candidates: int
    not_started: int
    working: int
    paused: int
    finished: int
    meldingen: int
    open_storingen: int
    last_event_at: dt.datetime | None
    chain_ok: bool


Unreachable = school_server.Unreachable  # the school server is configured but cannot be reached now


@contextmanager
def _server(viewer: Station) -> Iterator[Connection | None]:
    """A connection to the school server, or ``None`` when there is none configured."""
    address = school_server.configured(viewer)
    if address is None:
        yield None
        return
    engine: Engine = school_server.engine_for(address, school_server.password_for(viewer))
    try:
        try:
            connection = engine.connect()
        except SQLAlchemyError as exc:
            raise Unreachable(school_server.unreachable(address, exc)) from exc
        with connection:
            yield connection
    finally:
        engine.dispose()


def _events(connection: Connection, row: Any) -> tuple[list[EventRow], ChainVerification]:
    if row.source == SOURCE_TRANSFER:
        content = copies.file_content(connection, row.transfer_sha256 or "")
        if content is None:
            raise NotFound(message(_NOT_FOUND, session=row.session_id, station=row.station_id))
        return transfer_file.read_events(content)
    rows = copies.events_of(connection, row.station_id, row.session_id, (EventKind.CLOCK_ANOMALY,))
    unlinked = copies.first_unlinked(connection, row.station_id)
    head = copies.head(connection, row.station_id)
    broken = (
        BrokenLink(row.station_id, unlinked, message(_UNLINKED, seq=unlinked, station=row.station_id))
        if unlinked is not None
        else None
    )
    heads = {row.station_id: head.hash} if head is not None else {}
    return rows, ChainVerification(copies.event_count(connection, row.station_id), heads, broken)


def _replica(viewer: Station, connection: Connection, row: Any) -> Station:
    bundle = session_bundle.Bundle.from_json(row.bundle)
    events, verification = _events(connection, row)
    return session_bundle.replica(bundle, events, viewer, verification)


def _summary(viewer: Station, connection: Connection, row: Any) -> RemoteSession:
    replica = _replica(viewer, connection, row)
    try:
        now = viewer.clock.read().wall
        with transaction(replica.engine) as session:
            contexts = all_contexts(session, replica, row.session_id)
            from examdesk.services import events as events_service

            session_events = events_service.list_events(replica, session_id=row.session_id, within=session)
        bundle = session_bundle.Bundle.from_json(row.bundle)
        tables = bundle.data["tables"]
        exam = (tables.get("exam") or [{}])[0]
        group = tables["exam_group"][0]
        states = [status_of(c, now, replica.settings) for c in contexts]
        by_state = [s.clock.state for s in states]
        verification = replica.replica_chain
        return RemoteSession(
            station_id=row.station_id,
            station_name=row.station_name or bundle.station_name,
            session_id=row.session_id,
            date=row.date,
            start_time=str(tables["exam_session"][0].get("start_time", "")),
            room=row.room,
            exam_code=str(exam.get("code", "")),
            exam_title=str(exam.get("title", "")),
            group_code=str(group.get("code", "")),
            group_name=str(group.get("name", "")),
            source=row.source,
            state=session_state(e for e in session_events if e.candidate_id is None),
            candidates=len(states),
            not_started=by_state.count(ClockState.NOT_STARTED),
            working=by_state.count(ClockState.RUNNING),
            paused=by_state.count(ClockState.PAUSED),
            finished=sum(
                1
                for s in by_state
                if s not in (ClockState.NOT_STARTED, ClockState.RUNNING, ClockState.PAUSED)
            ),
            meldingen=sum(1 for e in session_events if e.kind == EventKind.MELDING),
            open_storingen=sum(1 for s in states if s.open_storing is not None),
            last_event_at=max((e.wall_utc for e in session_events), default=None),
            chain_ok=bool(verification is not None and verification.ok),
        )
    finally:
        replica.engine.dispose()


def school_sessions(
    viewer: Station, actor: SignedIn, on: dt.date | None = None, *, problems: list[Message] | None = None
) -> list[RemoteSession]:
    """Every other station's sessions (of ``on``, when given): from the school server when this station
    is connected to one, and those imported from transfer files (R-NET-3, R-NET-4). Sorted by date,
    start and room.

    A school server that cannot be reached raises :class:`Unreachable`, unless ``problems`` is given: then
    its sentence is added there and the imported sessions are still returned (R-NET-1: a transfer file
    needs no network)."""
    require(actor, Role.EXAMENSECRETARIS)
    found: list[RemoteSession] = []
    try:
        with _server(viewer) as server:
            if server is not None:
                for row in copies.sessions(server, on):
                    found.append(_summary(viewer, server, row))
    except Unreachable as down:
        if problems is None:
            raise
        problems.append(down.message)
    with viewer.engine.connect() as local:
        for row in copies.sessions(local, on):
            if any(s.station_id == row.station_id and s.session_id == row.session_id for s in found):
                continue  # the server's copy is the fuller one
            found.append(_summary(viewer, local, row))
    return sorted(found, key=lambda s: (s.date, s.start_time, s.room, s.station_name))


def remote_proces_verbaal(
    viewer: Station, actor: SignedIn, station_id: str, session_id: str
) -> proces_verbaal.ProcesVerbaal:
    """The proces-verbaal of a session held on another station, read-only (R-NET-3, R-PV-5)."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    down: Unreachable | None = None
    try:
        with _server(viewer) as server:
            if server is not None:
                row = copies.session_row(server, station_id, session_id)
                if row is not None:
                    return _load(viewer, actor, server, row)
    except Unreachable as exc:  # R-NET-1: an imported transfer file is still here without the network
        down = exc
    with viewer.engine.connect() as local:
        row = copies.session_row(local, station_id, session_id)
        if row is not None:
            return _load(viewer, actor, local, row)
    if down is not None:
        raise down
    raise NotFound(message(_NOT_FOUND, session=session_id, station=station_id))


def _load(viewer: Station, actor: SignedIn, connection: Connection, row: Any) -> proces_verbaal.ProcesVerbaal:
    replica = _replica(viewer, connection, row)
    try:
        return proces_verbaal.load(replica, actor, row.session_id)
    finally:
        replica.engine.dispose()


@dataclass(frozen=True)
class RemoteSitting:
    """R-PV-5 via R-NET-3/4: the sitting of a result, held on another station."""

    station_id: str
    station_name: str
    session_id: str
    origin_candidate_id: int  # the candidate's id on that station (its proces-verbaal's candidate)
    date: dt.date


def find_sitting(
    viewer: Station, group_code: str, candidate_number: str, day: dt.date | None = None
) -> RemoteSitting | None:
    """The session of another station in which the candidate ``candidate_number`` of ``group_code`` sat
    (on ``day``, when known), with something recorded about them: from the school server when it can be
    reached, else among the imported transfer files. The latest, when there are several; else ``None``.

    The inzage asks this only when the sitting was not held on this station (R-PV-5); a server that cannot
    be reached is no error here, the imported files are still looked at."""
    found: list[RemoteSitting] = []
    try:
        with _server(viewer) as server:
            if server is not None:
                found += _sittings(server, group_code, candidate_number, day)
    except (Unreachable, SQLAlchemyError):
        pass  # R-NET-1: the inzage never waits on, or fails because of, the network
    with viewer.engine.connect() as local:
        found += [
            s
            for s in _sittings(local, group_code, candidate_number, day)
            if not any((f.station_id, f.session_id) == (s.station_id, s.session_id) for f in found)
        ]
    return max(found, key=lambda s: s.date, default=None)


def _sittings(
    connection: Connection, group_code: str, candidate_number: str, day: dt.date | None
) -> list[RemoteSitting]:
    found = []
    for row in copies.sessions(connection, day):
        try:
            bundle = session_bundle.Bundle.from_json(row.bundle)
        except InvalidInput:
            continue  # a damaged description is no sitting of anyone
        tables = bundle.data.get("tables", {})
        if str((tables.get("exam_group") or [{}])[0].get("code", "")) != group_code:
            continue
        candidate = next(
            (c for c in tables.get("candidate", []) if str(c.get("number")) == candidate_number), None
        )
        if candidate is None or candidate.get("id") is None:
            continue
        try:
            events, _ = _events(connection, row)
        except (NotFound, InvalidInput):
            continue
        if not any(e.candidate_id == int(candidate["id"]) and e.session_id == row.session_id for e in events):
            continue  # on the roster of a group split over rooms, but not sat in this one
        found.append(
            RemoteSitting(
                row.station_id,
                row.station_name or bundle.station_name,
                row.session_id,
                int(candidate["id"]),
                row.date,
            )
        )
    return found
