"""The entries of a session a case may be opened from (R-IRR-1, R-IRR-4): irregularities, storingen, candidates
who left ill and technical meldingen, each with what it suggests for the case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from examdesk.core.cases import Category, Origin
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.services import events
from examdesk.services.actors import SignedIn, require
from examdesk.services.case_log import all_cases
from examdesk.services.session_base import session_group_exam
from examdesk.services.station import Station
from examdesk.store import packages as package_store
from examdesk.store.db import transaction

# What a surveillant recorded in a session that a case may start from.
_SOURCE_KINDS = (EventKind.IRREGULARITY, EventKind.STORING_STARTED, EventKind.LEFT_EARLY, EventKind.MELDING)


@dataclass(frozen=True)
class CaseSource:
    """An entry of a session that a case may be opened from, with what it suggests for the case."""

    event_id: int
    origin: Origin
    at: dt.datetime
    candidate_ids: tuple[int, ...]
    category: Category
    technical: bool
    text: str
    question: str = ""
    meldingsnummer: str = ""
    case_id: int | None = None  # the case already opened from it


def case_sources_in(session: Any, station: Station, session_id: str) -> list[CaseSource]:
    row, _, _ = session_group_exam(session, session_id)
    everyone = tuple(c.id for c in package_store.candidates_of(session, row.group_code) if c.id is not None)
    session_events = events.list_events_in(session, station, session_id=session_id)
    taken = {
        case.opened.source_event: case.id
        for case in all_cases(session, station).values()
        if case.opened.source_event is not None
    }
    ended = {
        e.payload.get("storing"): str(e.payload.get("meldingsnummer") or "")
        for e in session_events
        if e.kind == EventKind.STORING_ENDED
    }
    found = []
    for event in session_events:
        who = (int(event.candidate_id),) if event.candidate_id is not None else everyone
        payload = event.payload
        source: CaseSource | None = None
        if event.kind == EventKind.IRREGULARITY:
            source = CaseSource(
                event.id,
                Origin.IRREGULARITY,
                event.wall_utc,
                who,
                Category(payload["category"]),
                False,
                str(payload.get("description", "")),
            )
        elif event.kind == EventKind.STORING_STARTED:
            number = str(payload.get("meldingsnummer") or "") or ended.get(event.id, "")
            source = CaseSource(
                event.id,
                Origin.STORING,
                event.wall_utc,
                who,
                Category.OTHER,
                True,
                "",
                str(payload.get("question") or ""),
                number,
            )
        elif event.kind == EventKind.LEFT_EARLY and payload.get("ill"):  # R-IRR-4
            source = CaseSource(
                event.id, Origin.ILLNESS, event.wall_utc, who, Category.OTHER, False, str(payload["reason"])
            )
        elif event.kind == EventKind.MELDING and payload.get("kind") == "werking_examenbank":
            text = " / ".join(
                t for t in (payload.get("candidate_text"), payload.get("surveillant_text")) if t
            )
            source = CaseSource(
                event.id,
                Origin.MELDING,
                event.wall_utc,
                who,
                Category.OTHER,
                True,
                text,
                ", ".join(payload.get("questions") or ()),
                str(payload.get("meldingsnummer") or ""),
            )
        if source is not None:
            found.append(
                CaseSource(**{**vars(source), "case_id": taken.get(event.id)})
                if event.id in taken
                else source
            )
    return found


def case_sources(station: Station, actor: SignedIn, session_id: str) -> list[CaseSource]:
    """The irregularities, storingen, candidates who left ill (R-IRR-4) and technical meldingen of a
    session, each with what it suggests for a case and the case already opened from it."""
    require(actor, Role.EXAMENSECRETARIS)
    with transaction(station.engine) as session:
        return case_sources_in(session, station, session_id)
