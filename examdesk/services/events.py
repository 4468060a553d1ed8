"""Recording into and reading the event log (R-PV-2, R-PV-3, R-ROLE-3, R-TIME-10)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session as SqlSession

from examdesk.core.eventchain import (
    ChainVerification,
    canonical_json,
    is_clock_anomaly,
    utc_text,
    wall_clock_jump_back,
)
from examdesk.core.eventkinds import SYSTEM_ACTOR, EventKind
from examdesk.core.facts import Facts, facts_of, fits, to_payload
from examdesk.core.facts.station import ClockAnomaly
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import chain
from examdesk.services.actors import SignedIn
from examdesk.services.errors import NotFound, PermissionDenied
from examdesk.services.station_base import Station
from examdesk.store import eventlog
from examdesk.store.db import ReadOnlyStation, transaction
from examdesk.store.models import EventRow

F = TypeVar("F")

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

_NO_SUCH_EVENT = QT_TRANSLATE_NOOP("Events", "There is no event {id} to correct.")
_READ_ONLY_COPY = QT_TRANSLATE_NOOP(
    "Events",
    "This session was held on station {station} and is shown here as a read-only copy: record on that "
    "station.",
)


_WRONG_FACTS = "facts of type {type} do not belong to an event of kind {kind}"


@dataclass(frozen=True)
class Event:
    """One recorded event as services and screens see it: read its content from :attr:`facts`.

    ``payload`` is the JSON as stored (and hashed, R-PV-3), for the codec and for exporting the log as it is.
    """

    id: int
    station_id: str
    seq: int
    wall_utc: datetime
    actor: str
    kind: str
    session_id: str | None
    candidate_id: int | None
    payload: Mapping[str, Any]
    corrects_id: int | None
    hash: str

    @cached_property
    def facts(self) -> Facts:
        """What the event recorded, typed (decoded once, by the one codec in ``core.facts``)."""
        return facts_of(self.kind, self.payload)

    def facts_as(self, fact_type: type[F]) -> F:
        """The facts, which the caller knows by the event's kind to be a ``fact_type``."""
        found = self.facts
        if not isinstance(found, fact_type):
            raise TypeError(_WRONG_FACTS.format(type=type(found).__name__, kind=self.kind))
        return found


def _view(row: EventRow) -> Event:
    assert row.id is not None
    return Event(
        id=row.id,
        station_id=row.station_id,
        seq=row.seq,
        wall_utc=row.wall_utc,
        actor=row.actor,
        kind=row.kind,
        session_id=row.session_id,
        candidate_id=row.candidate_id,
        payload=json.loads(row.payload),
        corrects_id=row.corrects_id,
        hash=row.hash,
    )


def actor_name(actor: SignedIn | None) -> str:
    """The name an event records for ``actor``; ``None`` is the station itself."""
    return actor.username if actor is not None else SYSTEM_ACTOR


def record(
    station: Station,
    actor: SignedIn | None,
    kind: str,
    *,
    session_id: str | None = None,
    candidate_id: int | None = None,
    facts: Facts | None = None,
    corrects: int | None = None,
    within: Session | Connection | eventlog.Driver | None = None,
) -> Event:
    """Append one event: in one short transaction of its own, durable when this returns (and anchored soon
    after); or, ``within`` the caller's transaction, so that it commits (or not) with the change it records
    (anchored when that transaction's caller says so).

    R-TIME-10: when the wall clock went back more than the configured threshold since the station's
    previous event, a ``clock_anomaly`` event is recorded first, in the same transaction.
    """
    if within is not None:
        connection = within.connection() if isinstance(within, SqlSession) else within
        return _append(
            eventlog.driver_of(connection),
            station,
            actor,
            kind,
            session_id=session_id,
            candidate_id=candidate_id,
            facts=facts,
            corrects=corrects,
        )
    with eventlog.write_transaction(station.engine) as driver:
        event = _append(
            driver,
            station,
            actor,
            kind,
            session_id=session_id,
            candidate_id=candidate_id,
            facts=facts,
            corrects=corrects,
        )
    chain.anchor_soon(station, event.seq, event.hash)
    return event


def _append(
    connection: eventlog.Driver,
    station: Station,
    actor: SignedIn | None,
    kind: str,
    *,
    session_id: str | None,
    candidate_id: int | None,
    facts: Facts | None,
    corrects: int | None,
) -> Event:
    if facts is not None and not fits(kind, facts):
        raise TypeError(_WRONG_FACTS.format(type=type(facts).__name__, kind=kind))
    if station.replica_chain is not None:  # issue 18: another station's chain is never appended to here
        raise PermissionDenied(message(_READ_ONLY_COPY, station=station.name))
    if station.read_only is not None:  # issue 13: another window holds this station; it records there
        raise ReadOnlyStation(station.read_only)
    key = chain.chain_key(station)
    reading = station.clock.read()
    if corrects is not None and not eventlog.exists(connection, corrects):
        raise NotFound(message(_NO_SUCH_EVENT, id=corrects))
    previous = eventlog.last_link(connection, station.station_id)
    jump = wall_clock_jump_back(previous.reading if previous else None, reading)
    if previous is not None and is_clock_anomaly(jump, station.settings.clock_jump_back_seconds):
        anomaly = ClockAnomaly(
            jump_back_seconds=round(jump.total_seconds(), 3),
            previous_wall_utc=utc_text(previous.reading.wall),
            wall_utc=utc_text(reading.wall),
            previous_event=previous.seq,
        )
        anomaly_id, anomaly_record, anomaly_hash = eventlog.append_link(
            connection,
            key=key,
            station_id=station.station_id,
            reading=reading,
            actor=SYSTEM_ACTOR,
            kind=EventKind.CLOCK_ANOMALY,
            session_id=None,
            candidate_id=None,
            payload=canonical_json(to_payload(anomaly)),
            corrects_id=None,
            previous=previous,
        )
        previous = eventlog.Link(anomaly_id, anomaly_record.seq, anomaly_hash, reading)
    body = to_payload(facts) if facts is not None else {}  # nothing given: "{}", read with the defaults
    event_id, record, digest = eventlog.append_link(
        connection,
        key=key,
        station_id=station.station_id,
        reading=reading,
        actor=actor_name(actor),
        kind=kind,
        session_id=session_id,
        candidate_id=candidate_id,
        payload=canonical_json(body),
        corrects_id=corrects,
        previous=previous,
    )
    event = Event(
        id=event_id,
        station_id=record.station_id,
        seq=record.seq,
        wall_utc=record.wall_utc,
        actor=record.actor,
        kind=record.kind,
        session_id=session_id,
        candidate_id=candidate_id,
        payload=body,
        corrects_id=corrects,
        hash=digest,
    )
    if facts is not None:
        event.__dict__["facts"] = facts  # known already: not decoded again
    return event


def verify(station: Station) -> ChainVerification:
    """Verify every station's chain in the database and name the first broken link (R-PV-3).

    This station's chain is checked with its key and against its anchor (issue 13, finding 5).
    """
    return chain.verify(station)


def list_events(
    station: Station,
    *,
    session_id: str | None = None,
    candidate_id: int | None = None,
    kinds: tuple[str, ...] = (),
    only_session: bool = False,
    within: Session | None = None,
) -> list[Event]:
    """This station's events matching the filters, oldest first, read in a transaction of their own or
    ``within`` the caller's; ``only_session`` leaves out candidates' events."""
    if within is None:
        with transaction(station.engine) as session:
            return list_events(
                station,
                session_id=session_id,
                candidate_id=candidate_id,
                kinds=kinds,
                only_session=only_session,
                within=session,
            )
    rows = eventlog.events_where(
        within,
        station_id=station.station_id,
        session_id=session_id,
        candidate_id=candidate_id,
        kinds=kinds,
        without_candidate=only_session,
    )
    return [_view(row) for row in rows]


def clock_anomalies(station: Station) -> list[Event]:
    """The recorded wall-clock jumps back (R-TIME-10), oldest first."""
    return list_events(station, kinds=(EventKind.CLOCK_ANOMALY,))
