"""The entries of a session a case may be opened from (R-IRR-1, R-IRR-4): irregularities, storingen, candidates
who left ill and technical meldingen, each with what it suggests for the case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from examdesk.core.cases import Category, Origin
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import LeftEarly, StoringEnded, StoringStarted
from examdesk.core.facts.session import Irregularity, Melding
from examdesk.core.roles import Role
from examdesk.core.words import MeldingKind
from examdesk.services import events
from examdesk.services.actors import SignedIn, require
from examdesk.services.case_log import all_cases
from examdesk.services.sessions.base import session_group_exam
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


def case_sources_in(session: Session, station: Station, session_id: str) -> list[CaseSource]:
    row, _, _ = session_group_exam(session, session_id)
    everyone = tuple(c.id for c in package_store.candidates_of(session, row.group_code) if c.id is not None)
    session_events = events.list_events(station, session_id=session_id, within=session)
    taken = {
        case.opened.source_event: case.id
        for case in all_cases(session, station).values()
        if case.opened.source_event is not None
    }
    ended = {
        e.facts.storing: e.facts.meldingsnummer for e in session_events if isinstance(e.facts, StoringEnded)
    }
    found = []
    for event in session_events:
        who = (event.candidate_id,) if event.candidate_id is not None else everyone
        facts = event.facts
        source: CaseSource | None = None
        if isinstance(facts, Irregularity):
            source = CaseSource(
                event.id,
                Origin.IRREGULARITY,
                event.wall_utc,
                who,
                Category(facts.category),
                False,
                facts.description,
            )
        elif isinstance(facts, StoringStarted):
            number = facts.meldingsnummer or ended.get(event.id, "")
            source = CaseSource(
                event.id,
                Origin.STORING,
                event.wall_utc,
                who,
                Category.OTHER,
                True,
                "",
                facts.question,
                number,
            )
        elif isinstance(facts, LeftEarly) and facts.ill:  # R-IRR-4
            source = CaseSource(
                event.id, Origin.ILLNESS, event.wall_utc, who, Category.OTHER, False, facts.reason
            )
        elif isinstance(facts, Melding) and facts.kind == MeldingKind.EXAM_APPLICATION:
            text = " / ".join(t for t in (facts.candidate_text, facts.surveillant_text) if t)
            source = CaseSource(
                event.id,
                Origin.MELDING,
                event.wall_utc,
                who,
                Category.OTHER,
                True,
                text,
                ", ".join(facts.questions),
                facts.meldingsnummer,
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
