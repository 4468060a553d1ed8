"""Exam sessions in the proctor workspace: planning, the candidates' clocks and every surveillant action.

Every action is one event naming its actor (R-ROLE-3); a rule that says no raises a clear refusal.
The dashboard is derived from the events and "now" (R-TIME-1), so a restart shows exactly what was.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from examdesk.core import bsn as bsn_rules
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import accounts, catalogue, events, keys
from examdesk.services.actors import SignedIn, require
from examdesk.services.candidate_actions import (  # re-exported: the session's candidate actions
    ID_DOCUMENTS,
    Override,
    apply_accommodation,
    apply_extension,
    bsn_for_check,
    end_storing,
    grant_compensation,
    hand_in,
    leave_early,
    mark_absent,
    pause_candidate,
    record_bsn_check,
    record_time_ups,
    resume_candidate,
    start_candidate,
    start_storing,
)
from examdesk.services.candidate_clock import (  # re-exported: what the dashboard and the proces-verbaal read
    NO_CANDIDATE,
    CandidateStatus,
    StoringSpan,
    all_contexts,
    candidate_status,
    clock_events,
    context_of,
    dashboard,
    storing_spans,
)
from examdesk.services.candidate_clock import Context as CandidateContext
from examdesk.services.errors import InvalidInput, NotFound
from examdesk.services.events import Event
from examdesk.services.session_base import (
    AMSTERDAM,
    SessionState,
    planned_start,
    require_running,
    session_row,
    session_state,
)
from examdesk.services.station import Station
from examdesk.store import packages as package_store
from examdesk.store import sessions as session_store
from examdesk.store.db import transaction
from examdesk.store.models import ExamGroupRow, ExamRow, ExamSessionRow, SessionSurveillantRow

__all__ = [
    "AMSTERDAM",
    "ID_DOCUMENTS",
    "CandidateContext",
    "CandidateStatus",
    "Override",
    "SessionState",
    "StoringSpan",
    "all_contexts",
    "apply_accommodation",
    "apply_extension",
    "bsn_for_check",
    "candidate_status",
    "clock_events",
    "dashboard",
    "end_storing",
    "grant_compensation",
    "hand_in",
    "leave_early",
    "mark_absent",
    "pause_candidate",
    "planned_start",
    "record_bsn_check",
    "record_time_ups",
    "resume_candidate",
    "session_state",
    "start_candidate",
    "start_storing",
    "storing_spans",
]

_session_row = session_row
_running = require_running
_NO_CANDIDATE = NO_CANDIDATE
OFF_SITE = frozenset({"home", "hospital"})
MELDING_KINDS = ("examenomstandigheden", "examenvraag", "werking_examenbank")  # R-VOV-1
IRREGULARITY_CATEGORIES = ("a", "b", "c", "d", "e", "f", "other")  # R-IRR-1


_NO_SURVEILLANT = QT_TRANSLATE_NOOP("Sessions", "A session needs at least one surveillant.")
_NOT_SURVEILLANT = QT_TRANSLATE_NOOP("Sessions", "{user} is not a surveillant on this station.")
_OFF_SITE_TWO = QT_TRANSLATE_NOOP(
    "Sessions",
    "An exam at home or in hospital needs at least two surveillants, one of them a qualified teacher of the school.",
)
_OFF_SITE_TIME = QT_TRANSLATE_NOOP(
    "Sessions",
    "An exam at home or in hospital at another time than the school's needs the Inspectie's permission reference.",
)
_ALREADY_STARTED = QT_TRANSLATE_NOOP("Sessions", "The session has already started.")
_BAD_KIND = QT_TRANSLATE_NOOP("Sessions", "'{value}' is not one of: {allowed}.")
_QUESTIONS_NEEDED = QT_TRANSLATE_NOOP(
    "Sessions", "A melding of this kind needs the question numbers it is about."
)
_TEXT_NEEDED = QT_TRANSLATE_NOOP("Sessions", "Describe what happened.")
_NOT_FINAL = QT_TRANSLATE_NOOP(
    "Sessions", "The session cannot close: {count} candidates are not finished yet."
)
_CONFIRM = QT_TRANSLATE_NOOP(
    "Sessions", "Every surveillant of the session confirms with their password; {user} did not."
)
_NOT_IN_SESSION = QT_TRANSLATE_NOOP("Sessions", "Event {id} is not part of this session's proces-verbaal.")
_NOT_VOIDABLE = QT_TRANSLATE_NOOP(
    "Sessions",
    "Only an event of a candidate's clock (start, pause, extra time, compensation, hand-in, leaving, absence, "
    "time up) can be taken out of the clock; event {id} is not one.",
)
_BAD_BSN = QT_TRANSLATE_NOOP("Sessions", "The corrected BSN is not valid: {reason}.")
_THIRD_SITTING = QT_TRANSLATE_NOOP(
    "Sessions",
    "{name} ({number}) already sits {count} exams on {date}; more than {limit} a day is not advised.",
)


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


# --- planning ---------------------------------------------------------------------------------------


def plan_session(
    station: Station,
    actor: SignedIn,
    group_code: str,
    *,
    surveillants: Sequence[tuple[str, bool]],
    location_kind: str | None = None,
    room: str | None = None,
    date: dt.date | None = None,
    start_time: str | None = None,
    quarantine: bool = False,
    simultaneous: bool = True,
    permission_reference: str = "",
    variant: str | None = None,
    second_sitting_of: str | None = None,
) -> str:
    """The examensecretaris plans a session for an afnamegroep (R-SES-1); defaults come from the group.

    ``variant`` fixes the exam's variant; ``second_sitting_of`` (the first session's id) makes it a tweede
    zitting, which needs an invalidation decision and a variant without overlap (R-IRR-2, R-IRR-3).
    """
    with transaction(station.engine) as session:
        return plan_session_in(
            session,
            station,
            actor,
            group_code,
            surveillants=surveillants,
            location_kind=location_kind,
            room=room,
            date=date,
            start_time=start_time,
            quarantine=quarantine,
            simultaneous=simultaneous,
            permission_reference=permission_reference,
            variant=variant,
            second_sitting_of=second_sitting_of,
        )


def plan_session_in(
    session: Any,
    station: Station,
    actor: SignedIn,
    group_code: str,
    *,
    surveillants: Sequence[tuple[str, bool]],
    location_kind: str | None = None,
    room: str | None = None,
    date: dt.date | None = None,
    start_time: str | None = None,
    quarantine: bool = False,
    simultaneous: bool = True,
    permission_reference: str = "",
    variant: str | None = None,
    second_sitting_of: str | None = None,
) -> str:
    """:func:`plan_session` inside the caller's transaction (a tweede zitting is planned with its case)."""
    require(actor, Role.EXAMENSECRETARIS)
    if not surveillants:
        raise InvalidInput(message(_NO_SURVEILLANT))
    session_id = uuid.uuid4().hex
    group = session.get(ExamGroupRow, group_code)
    if group is None:
        raise NotFound(message(catalogue.NO_GROUP, code=group_code))
    if variant is not None or second_sitting_of is not None:
        from examdesk.services import cases  # cases plans through here; imported late to avoid a cycle

        refusal = cases.variant_problem_in(session, station, group_code, variant, second_sitting_of)
        if refusal is not None:
            raise InvalidInput(refusal)
    row = ExamSessionRow(
        id=session_id,
        group_code=group_code,
        date=date or group.date,
        start_time=start_time or group.start_time,
        location_kind=location_kind or group.location_kind,
        room=room or group.room,
        quarantine=quarantine,
        simultaneous=simultaneous,
        permission_reference=permission_reference.strip(),
        created_at=station.clock.read().wall,
    )
    session.add(row)
    session.flush()
    for username, qualified in surveillants:
        account = accounts.find_account(session, username)
        if account is None or Role.SURVEILLANT not in account.roles:
            raise InvalidInput(message(_NOT_SURVEILLANT, user=username))
        session.add(
            SessionSurveillantRow(session_id=session_id, account_id=account.id, qualified_teacher=qualified)
        )
    payload: dict[str, Any] = {
        "group": group_code,
        "date": row.date.isoformat(),
        "start": row.start_time,
        "location": row.location_kind,
        "room": row.room,
        "quarantine": quarantine,
        "surveillants": [u for u, _ in surveillants],
    }
    if variant is not None:
        payload["variant"] = variant
    if second_sitting_of is not None:
        payload["second_sitting_of"] = second_sitting_of  # R-IRR-3: flagged and linked to the first
    events.record_in(
        session, station, actor, EventKind.SESSION_PLANNED, session_id=session_id, payload=payload
    )
    return session_id


def sitting_warnings(
    station: Station, actor: SignedIn, group_code: str, date: dt.date | None = None
) -> list[Message]:
    """R-SES-3: candidates of ``group_code`` who already have as many sittings on that day as allowed
    (two by default), found across groups by their BSN's keyed hash; a third is warned about, not refused."""
    require(actor, Role.EXAMENSECRETARIS)
    limit = station.settings.max_sittings_per_day
    with transaction(station.engine) as session:
        group = session.get(ExamGroupRow, group_code)
        if group is None:
            raise NotFound(message(catalogue.NO_GROUP, code=group_code))
        day = date or group.date
        counts: dict[str, int] = {}
        for other_group in session_store.groups_sitting_on(session, day):
            for candidate in package_store.candidates_of(session, other_group):
                counts[candidate.bsn_hash] = counts.get(candidate.bsn_hash, 0) + 1
        mine = package_store.candidates_of(session, group_code)
    return [
        message(
            _THIRD_SITTING,
            name=c.name,
            number=c.number,
            count=counts[c.bsn_hash],
            date=day.isoformat(),
            limit=limit,
        )
        for c in mine
        if counts.get(c.bsn_hash, 0) >= limit
    ]


def _surveillants(session: Any, session_id: str) -> list[tuple[SessionSurveillantRow, str]]:
    return session_store.surveillants_of(session, session_id)


def off_site_problem(
    location_kind: str, surveillants: Sequence[bool], simultaneous: bool, permission: str
) -> Message | None:
    """R-SES-2: an exam at home or in hospital needs two surveillants (one a qualified teacher) and the
    school's time or the Inspectie's permission reference."""
    if location_kind not in OFF_SITE:
        return None
    if len(surveillants) < 2 or not any(surveillants):
        return message(_OFF_SITE_TWO)
    if not simultaneous and not permission.strip():
        return message(_OFF_SITE_TIME)
    return None


def start_session(station: Station, actor: SignedIn, session_id: str) -> None:
    """Open the session; refused until the off-site rules hold (R-SES-2)."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    with transaction(station.engine) as session:
        row = _session_row(session, session_id)
        assigned = _surveillants(session, session_id)
        problem = off_site_problem(
            row.location_kind,
            [r.qualified_teacher for r, _ in assigned],
            row.simultaneous,
            row.permission_reference,
        )
        if problem is not None:
            raise InvalidInput(problem)
        if (
            session_state(events.list_events_in(session, station, session_id=session_id))
            is not SessionState.PLANNED
        ):
            raise InvalidInput(message(_ALREADY_STARTED))
        events.record_in(session, station, actor, EventKind.SESSION_STARTED, session_id=session_id)


# --- the candidates' clocks: candidate_clock (reading) and candidate_actions (acting) --------------


def _session_event(
    station: Station,
    actor: SignedIn,
    session_id: str,
    kind: EventKind,
    payload: Mapping[str, Any],
    candidate_id: int | None = None,
    corrects: int | None = None,
) -> Event:
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    with transaction(station.engine) as session:
        _running(session, station, session_id)
        if candidate_id is not None:
            context_of(session, station, session_id, candidate_id)
        return events.record_in(
            session,
            station,
            actor,
            kind,
            session_id=session_id,
            candidate_id=str(candidate_id) if candidate_id is not None else None,
            payload=payload,
            corrects=corrects,
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
    if kind in ("examenvraag", "werking_examenbank") and not numbers:
        raise InvalidInput(message(_QUESTIONS_NEEDED))
    if not (candidate_text.strip() or surveillant_text.strip()):
        raise InvalidInput(message(_TEXT_NEEDED))
    payload = {
        "kind": kind,
        "questions": numbers,
        "collective": candidate_id is None,
        "candidate_text": candidate_text.strip(),
        "surveillant_text": surveillant_text.strip(),
        "resolved": resolved,
        "resolution": resolution.strip(),
        "duo_consulted": duo_consulted,
        "meldingsnummer": meldingsnummer.strip(),
    }
    return _session_event(station, actor, session_id, EventKind.MELDING, payload, candidate_id)


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
        {"category": category, "description": description.strip()},
        candidate_id,
    )


def record_remark(
    station: Station, actor: SignedIn, session_id: str, text: str, candidate_id: int | None = None
) -> Event:
    if not text.strip():
        raise InvalidInput(message(_TEXT_NEEDED))
    return _session_event(station, actor, session_id, EventKind.REMARK, {"text": text.strip()}, candidate_id)


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
        _running(session, station, session_id)
        target = next(
            (e for e in events.list_events_in(session, station, session_id=session_id) if e.id == corrects),
            None,
        )
        if target is None:
            raise NotFound(message(_NOT_IN_SESSION, id=corrects))
        if void and target.kind not in VOIDABLE_KINDS:
            raise InvalidInput(message(_NOT_VOIDABLE, id=corrects))
        about = int(target.candidate_id) if target.candidate_id is not None else candidate_id
        if candidate_id is not None and about != candidate_id:
            raise InvalidInput(message(_NO_CANDIDATE, id=candidate_id))
        return events.record_in(
            session,
            station,
            actor,
            EventKind.CORRECTION,
            session_id=session_id,
            candidate_id=str(about) if about is not None else None,
            payload={"text": text.strip(), "void": void},
            corrects=corrects,
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
        return events.record_in(
            session,
            station,
            actor,
            EventKind.ROSTER_CORRECTED,
            session_id=session_id,
            candidate_id=str(candidate_id),
            payload={
                "field": "bsn",
                "before": "*****" + before,
                "after": "*****" + check.normalised[-4:],
                "reason": reason.strip(),
            },
        )


# --- what the surveillant sees -----------------------------------------------------------------------------


def list_sessions(station: Station) -> list[SessionSummary]:
    """Every session with its derived state (cli.md ``sessions``)."""
    with transaction(station.engine) as session:
        rows = session_store.all_sessions(session)
        summaries = []
        for row in rows:
            group = session.get(ExamGroupRow, row.group_code)
            assert group is not None  # a foreign key
            exam = session.get(ExamRow, group.exam_code)
            assert exam is not None
            state = session_state(
                events.list_events_in(session, station, session_id=row.id, only_session=True)
            )
            names = tuple(name for _, name in _surveillants(session, row.id))
            display = session_store.surveillant_names_of(session, row.id)
            summaries.append(
                SessionSummary(
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
            )
    return summaries


def close_session(
    station: Station, actor: SignedIn, session_id: str, confirmations: Mapping[str, str]
) -> Event:
    """R-PV-4: every candidate final and every surveillant of the session confirming with their password."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
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
        return events.record_in(
            session,
            station,
            actor,
            EventKind.SESSION_CLOSED,
            session_id=session_id,
            payload={"confirmed_by": names},
        )
