"""What surveillants record about a session besides the clocks: meldingen, irregularities, remarks,
corrections and the roster's BSN; the session list; closing the session.

Every action is one event naming its actor (R-ROLE-3); a rule that says no raises a clear refusal.
The dashboard is derived from the events and "now" (R-TIME-1), so a restart shows exactly what was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlmodel import Session

from examdesk.core import bsn as bsn_rules
from examdesk.core import questions as question_rules
from examdesk.core.case_facts import Category
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import Correction, Facts
from examdesk.core.facts.session import Irregularity, Melding, Remark, RosterCorrected, SessionClosed
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.core.words import NEEDS_QUESTIONS, MeldingKind
from examdesk.services import accounts, chain, events, keys
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput, NotFound
from examdesk.services.events import Event
from examdesk.services.sessions.actions import (
    record_time_ups,
)
from examdesk.services.sessions.assignment import require_on_session
from examdesk.services.sessions.base import (
    SessionState,
    require_running,
    session_group_exam,
    session_questions,
    session_row,
    session_state,
)
from examdesk.services.sessions.clocks import (
    NO_CANDIDATE,
    all_contexts,
    context_of,
)
from examdesk.services.station import Station
from examdesk.store import sessions as session_store
from examdesk.store.db import transaction
from examdesk.store.models import ExamSessionRow, SessionSurveillantRow

_session_row = session_row
_running = require_running
_NO_CANDIDATE = NO_CANDIDATE
MELDING_KINDS = tuple(MeldingKind)  # R-VOV-1
IRREGULARITY_CATEGORIES = tuple(Category)  # R-IRR-1


_BAD_KIND = QT_TRANSLATE_NOOP("Sessions", "'{value}' is not one of: {allowed}.")
_QUESTIONS_NEEDED = QT_TRANSLATE_NOOP(
    "Sessions", "A melding of this kind needs the question numbers it is about."
)
_TEXT_NEEDED = QT_TRANSLATE_NOOP("Sessions", "Describe what happened.")
_NOT_FINAL = QT_TRANSLATE_NOOP(
    "Sessions", "The session cannot close: {count} candidates are not finished yet."
)
_CONFIRM = QT_TRANSLATE_NOOP(
    "Sessions",
    "The password of {user} is wrong (or missing): every surveillant of the session confirms with their own.",
)
_NOT_IN_SESSION = QT_TRANSLATE_NOOP("Sessions", "Event {id} is not part of this session's proces-verbaal.")
_NOT_VOIDABLE = QT_TRANSLATE_NOOP(
    "Sessions",
    "Only an event of a candidate's clock (start, pause, extra time, compensation, hand-in, leaving, absence, "
    "time up) can be taken out of the clock; event {id} is not one.",
)
_BAD_BSN = QT_TRANSLATE_NOOP("Sessions", "The corrected BSN is not valid: {reason}.")


@dataclass(frozen=True)
class SessionSummary:
    id: str
    group_code: str
    group_name: str
    exam_code: str
    exam_title: str
    date: dt.date
    start_time: str
    location_kind: str
    room: str
    quarantine: bool
    state: SessionState
    surveillants: tuple[str, ...]  # usernames
    surveillant_names: tuple[str, ...] = ()  # display names, in the same order


def _surveillants(session: Session, session_id: str) -> list[tuple[SessionSurveillantRow, str]]:
    return session_store.surveillants_of(session, session_id)


# --- one session event, checked and recorded ---------------------------------------------------------


def _session_event(
    station: Station,
    actor: SignedIn,
    session_id: str,
    kind: EventKind,
    facts: Facts,
    candidate_id: int | None = None,
    corrects: int | None = None,
) -> Event:
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    with transaction(station.engine) as session:
        require_on_session(session, actor, session_id)  # issue 13
        _running(session, station, session_id)
        if candidate_id is not None:
            context_of(session, station, session_id, candidate_id)
        return events.record(
            station,
            actor,
            kind,
            session_id=session_id,
            candidate_id=candidate_id,
            facts=facts,
            corrects=corrects,
            within=session,
        )


def record_melding(
    station: Station,
    actor: SignedIn,
    session_id: str,
    *,
    kind: str,
    questions: Sequence[str] = (),
    candidate_id: int | None = None,
    candidate_text: str = "",
    surveillant_text: str = "",
    resolved: bool = False,
    resolution: str = "",
    duo_consulted: bool = False,
    meldingsnummer: str = "",
) -> Event:
    """R-VOV-1, R-VOV-2: a melding (VOV) for one candidate or the whole group."""
    if kind not in MELDING_KINDS:
        raise InvalidInput(message(_BAD_KIND, value=kind, allowed=", ".join(MELDING_KINDS)))
    numbers = [q.strip() for q in questions if q.strip()]
    if kind in NEEDS_QUESTIONS and not numbers:
        raise InvalidInput(message(_QUESTIONS_NEEDED))
    if numbers:
        known = session_questions(station, session_id)
        wrong = question_rules.refusal(numbers, known)  # issue 15: "Z99, 12" is not a question of the exam
        if wrong is not None:
            raise InvalidInput(wrong)
        numbers = question_rules.canonical(numbers, known)
    if not (candidate_text.strip() or surveillant_text.strip()):
        raise InvalidInput(message(_TEXT_NEEDED))
    melding = Melding(
        kind=MeldingKind(kind),
        questions=tuple(numbers),
        collective=candidate_id is None,
        candidate_text=candidate_text.strip(),
        surveillant_text=surveillant_text.strip(),
        resolved=resolved,
        resolution=resolution.strip(),
        duo_consulted=duo_consulted,
        meldingsnummer=meldingsnummer.strip(),
    )
    return _session_event(station, actor, session_id, EventKind.MELDING, melding, candidate_id)


def record_irregularity(
    station: Station,
    actor: SignedIn,
    session_id: str,
    *,
    category: str,
    description: str,
    candidate_id: int | None = None,
) -> Event:
    """R-IRR-1: an irregularity of category a–f or other."""
    if category not in IRREGULARITY_CATEGORIES:
        raise InvalidInput(message(_BAD_KIND, value=category, allowed=", ".join(IRREGULARITY_CATEGORIES)))
    if not description.strip():
        raise InvalidInput(message(_TEXT_NEEDED))
    return _session_event(
        station,
        actor,
        session_id,
        EventKind.IRREGULARITY,
        Irregularity(category, description.strip()),
        candidate_id,
    )


def record_remark(
    station: Station, actor: SignedIn, session_id: str, text: str, candidate_id: int | None = None
) -> Event:
    if not text.strip():
        raise InvalidInput(message(_TEXT_NEEDED))
    return _session_event(station, actor, session_id, EventKind.REMARK, Remark(text.strip()), candidate_id)


# The events the clock reads (see ``_clock_events``): only these can be voided by a correction (R-PV-2).
VOIDABLE_KINDS = frozenset(
    {
        EventKind.CANDIDATE_STARTED,
        EventKind.PAUSE_STARTED,
        EventKind.PAUSE_ENDED,
        EventKind.EXTENSION_APPLIED,
        EventKind.COMPENSATION_GRANTED,
        EventKind.HANDED_IN,
        EventKind.LEFT_EARLY,
        EventKind.TIME_UP,
        EventKind.ABSENT,
    }
)


def record_correction(
    station: Station,
    actor: SignedIn,
    session_id: str,
    corrects: int,
    text: str,
    *,
    void: bool = False,
    candidate_id: int | None = None,
) -> Event:
    """R-PV-2: a correction refers to an earlier event of the same session, which stays as it was recorded.

    ``void`` takes a clock event out of the candidate's clock (a pause recorded for the wrong candidate, say).
    The correction is about the same candidate as the event it corrects.
    """
    if not text.strip():
        raise InvalidInput(message(_TEXT_NEEDED))
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    with transaction(station.engine) as session:
        require_on_session(session, actor, session_id)  # issue 13
        _running(session, station, session_id)
        target = next(
            (
                e
                for e in events.list_events(station, session_id=session_id, within=session)
                if e.id == corrects
            ),
            None,
        )
        if target is None:
            raise NotFound(message(_NOT_IN_SESSION, id=corrects))
        if void and target.kind not in VOIDABLE_KINDS:
            raise InvalidInput(message(_NOT_VOIDABLE, id=corrects))
        about = target.candidate_id if target.candidate_id is not None else candidate_id
        if candidate_id is not None and about != candidate_id:
            raise InvalidInput(message(_NO_CANDIDATE, id=candidate_id))
        return events.record(
            station,
            actor,
            EventKind.CORRECTION,
            session_id=session_id,
            candidate_id=about,
            facts=Correction(text.strip(), void),
            corrects=corrects,
            within=session,
        )


def correct_roster_bsn(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int, new_bsn: str, reason: str
) -> Event:
    """R-BSN-4: after a mismatch the examensecretaris corrects the roster (an event); then the check is redone."""
    from examdesk.services.personal_data import bsn_lookup_hash, seal_bsn

    require(actor, Role.EXAMENSECRETARIS)
    check = bsn_rules.check(new_bsn)
    if check.problem is not None:
        raise InvalidInput(message(_BAD_BSN, reason=check.problem))
    if not reason.strip():
        raise InvalidInput(message(_TEXT_NEEDED))
    key = keys.data_key(station)
    with transaction(station.engine) as session:
        context = context_of(session, station, session_id, candidate_id)
        candidate = context.candidate
        before = candidate.bsn_last4
        candidate.bsn_sealed = seal_bsn(key, check.normalised)
        candidate.bsn_hash = bsn_lookup_hash(key, check.normalised)
        candidate.bsn_last4 = check.normalised[-4:]
        session.add(candidate)
        return events.record(
            station,
            actor,
            EventKind.ROSTER_CORRECTED,
            session_id=session_id,
            candidate_id=candidate_id,
            facts=RosterCorrected("bsn", "*****" + before, "*****" + check.normalised[-4:], reason.strip()),
            within=session,
        )


# --- what the surveillant sees -----------------------------------------------------------------------------


def list_sessions(station: Station) -> list[SessionSummary]:
    """Every session with its derived state (cli.md ``sessions``)."""
    with transaction(station.engine) as session:
        return [summary_in(session, station, row) for row in session_store.all_sessions(session)]


def summary_in(session: Session, station: Station, row: ExamSessionRow) -> SessionSummary:
    """One session's summary, inside the caller's transaction (the dashboard's snapshot reads one, not all)."""
    _, group, exam = session_group_exam(session, row.id)
    state = session_state(events.list_events(station, session_id=row.id, only_session=True, within=session))
    names = tuple(name for _, name in _surveillants(session, row.id))
    display = session_store.surveillant_names_of(session, row.id)
    return SessionSummary(
        row.id,
        row.group_code,
        group.name,
        exam.code,
        exam.title,
        row.date,
        row.start_time,
        row.location_kind,
        row.room,
        row.quarantine,
        state,
        names,
        tuple(display.get(name, name) for name in names),
    )


def close_session(
    station: Station, actor: SignedIn, session_id: str, confirmations: Mapping[str, str]
) -> Event:
    """R-PV-4: every candidate final and every surveillant of the session confirming with their password."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    with transaction(station.engine) as session:
        require_on_session(session, actor, session_id)  # issue 13
    record_time_ups(station, session_id)
    now = station.clock.read().wall
    with transaction(station.engine) as session:
        _running(session, station, session_id)
        open_count = sum(1 for c in all_contexts(session, station, session_id) if not c.clock(now).is_final)
        if open_count:
            raise InvalidInput(message(_NOT_FINAL, count=open_count))
        names = [name for _, name in _surveillants(session, session_id)]
    for name in names:
        if not accounts.password_matches(station, name, confirmations.get(name, "")):
            raise InvalidInput(message(_CONFIRM, user=name))
    with transaction(station.engine) as session:
        closed = events.record(
            station,
            actor,
            EventKind.SESSION_CLOSED,
            session_id=session_id,
            facts=SessionClosed(tuple(names)),
            within=session,
        )
    chain.anchor_now(station)  # R-PV-3 (issue 13): a closed session's chain head is anchored at once
    return closed
