"""Exam sessions in the proctor workspace: planning, the candidates' clocks and every surveillant action.

Every action is one event naming its actor (R-ROLE-3); a rule that says no raises a clear refusal.
The dashboard is derived from the events and "now" (R-TIME-1), so a restart shows exactly what was.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from examdesk.core import actions
from examdesk.core import bsn as bsn_rules
from examdesk.core import clock as clock_rules
from examdesk.core.accommodations import AccommodationKind
from examdesk.core.actions import CandidateAct
from examdesk.core.clock import Clock, ClockPlan, ClockState, ExtraTimeGround
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import accounts, catalogue, events, keys
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput, NotFound
from examdesk.services.events import Event
from examdesk.services.personal_data import open_bsn
from examdesk.services.station import Station
from examdesk.store import packages as package_store
from examdesk.store import sessions as session_store
from examdesk.store.db import transaction
from examdesk.store.models import CandidateRow, ExamGroupRow, ExamRow, ExamSessionRow, SessionSurveillantRow

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
OFF_SITE = frozenset({"home", "hospital"})
MELDING_KINDS = ("examenomstandigheden", "examenvraag", "werking_examenbank")  # R-VOV-1
IRREGULARITY_CATEGORIES = ("a", "b", "c", "d", "e", "f", "other")  # R-IRR-1
ID_DOCUMENTS = ("passport", "identity_card", "driving_licence", "residence_permit", "other")


class SessionState(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


_NO_SESSION = QT_TRANSLATE_NOOP("Sessions", "There is no session {id} on this station.")
_NO_CANDIDATE = QT_TRANSLATE_NOOP("Sessions", "Candidate {id} does not belong to this session.")
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
_NOT_RUNNING = QT_TRANSLATE_NOOP(
    "Sessions", "The session is {state}; this can only be done while it is running."
)
_ALREADY_STARTED = QT_TRANSLATE_NOOP("Sessions", "The session has already started.")
_NEEDS_MATCH = QT_TRANSLATE_NOOP(
    "Sessions", "{name} cannot start: the BSN check on the start screen has not been recorded as a match."
)
_MISMATCH_BLOCKS = QT_TRANSLATE_NOOP(
    "Sessions",
    "The BSN did not match; the examensecretaris corrects the roster before the check is done again.",
)
_BAD_KIND = QT_TRANSLATE_NOOP("Sessions", "'{value}' is not one of: {allowed}.")
_QUESTIONS_NEEDED = QT_TRANSLATE_NOOP(
    "Sessions", "A melding of this kind needs the question numbers it is about."
)
_TEXT_NEEDED = QT_TRANSLATE_NOOP("Sessions", "Describe what happened.")
_OVERRIDE_REASON = QT_TRANSLATE_NOOP("Sessions", "An override needs a written reason.")
_NO_STORING = QT_TRANSLATE_NOOP("Sessions", "There is no storing {id} of this candidate.")
_STORING_ENDED = QT_TRANSLATE_NOOP("Sessions", "That storing has already ended.")
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


@dataclass(frozen=True)
class CandidateStatus:
    """One dashboard row: the candidate, their clock now, and what the surveillant must see."""

    candidate_id: int
    number: str
    name: str
    masked_bsn: str
    clock: Clock
    granted_extension: int
    bsn_checked: bool | None  # None: not yet; True: match; False: mismatch
    storingen: int
    open_storing: int | None
    pause_consult_needed: bool
    accommodations: tuple[catalogue.Accommodation, ...]

    @property
    def vsv_warning(self) -> bool:
        return any(a.vsv.status in ("expired", "missing") for a in self.accommodations)


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


def _session_row(session: Any, session_id: str) -> ExamSessionRow:
    row: ExamSessionRow | None = session.get(ExamSessionRow, session_id)
    if row is None:
        raise NotFound(message(_NO_SESSION, id=session_id))
    return row


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


def session_state(session_events: Iterable[Event]) -> SessionState:
    kinds = {event.kind for event in session_events}
    if EventKind.SESSION_CLOSED in kinds:
        return SessionState.CLOSED
    if EventKind.SESSION_STARTED in kinds:
        return SessionState.RUNNING
    return SessionState.PLANNED


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


def planned_start(row: ExamSessionRow) -> datetime:
    """The session's planned start as a UTC moment (the date and time are Amsterdam's)."""
    hours, minutes = (int(part) for part in row.start_time.split(":"))
    local = datetime.combine(row.date, dt.time(hours, minutes), tzinfo=AMSTERDAM)
    return local.astimezone(UTC)


# --- the candidates' clocks -------------------------------------------------------------------------------


def _clock_events(candidate_events: Sequence[Event]) -> list[clock_rules.ClockEvent]:
    """The clock's view of a candidate's events; an event voided by a correction no longer counts (R-PV-2)."""
    voided = {
        e.corrects_id for e in candidate_events if e.kind == EventKind.CORRECTION and e.payload.get("void")
    }
    found: list[clock_rules.ClockEvent] = []
    for event in candidate_events:
        if event.id in voided:
            continue
        kind, payload, wall = event.kind, event.payload, event.wall_utc
        if kind == EventKind.CANDIDATE_STARTED:
            found.append(clock_rules.Started(wall, late_arrival=bool(payload.get("late_arrival"))))
        elif kind == EventKind.PAUSE_STARTED:
            found.append(clock_rules.PauseStarted(wall))
        elif kind == EventKind.PAUSE_ENDED:
            found.append(clock_rules.PauseEnded(wall))
        elif kind == EventKind.EXTENSION_APPLIED:
            found.append(clock_rules.ExtensionApplied(int(payload["minutes"])))
        elif kind == EventKind.COMPENSATION_GRANTED:
            found.append(
                clock_rules.Compensated(timedelta(seconds=int(payload["seconds"])), int(payload["storing"]))
            )
        elif kind == EventKind.HANDED_IN:
            found.append(clock_rules.Ended(wall, ClockState.FINISHED))
        elif kind == EventKind.LEFT_EARLY:
            found.append(clock_rules.Ended(wall, ClockState.LEFT_EARLY))
        elif kind == EventKind.TIME_UP:
            found.append(clock_rules.Ended(datetime.fromisoformat(payload["deadline"]), ClockState.TIME_UP))
        elif kind == EventKind.ABSENT:
            found.append(clock_rules.MarkedAbsent())
    return found


@dataclass(frozen=True)
class _Context:
    row: ExamSessionRow
    exam: ExamRow
    candidate: CandidateRow
    events: list[Event]
    plan: ClockPlan
    granted: int

    def clock(self, now: datetime) -> Clock:
        return clock_rules.evaluate(self.plan, _clock_events(self.events), now)

    def storing(self, storing_id: int) -> tuple[Event, Event | None]:
        started = next(
            (e for e in self.events if e.id == storing_id and e.kind == EventKind.STORING_STARTED), None
        )
        if started is None:
            raise NotFound(message(_NO_STORING, id=storing_id))
        ended = next(
            (
                e
                for e in self.events
                if e.kind == EventKind.STORING_ENDED and e.payload.get("storing") == storing_id
            ),
            None,
        )
        return started, ended


def _grounds(candidate: CandidateRow) -> list[ExtraTimeGround]:
    return [
        ExtraTimeGround(int(a.get("minutes") or 0), str(a.get("basis") or ""))
        for a in json.loads(candidate.accommodations)
        if a["kind"] == AccommodationKind.EXTRA_TIME
    ]


def _base_duration(exam: ExamRow, candidate: CandidateRow) -> timedelta:
    """R-TIME-2: the exam's duration, up to double with the extended_duration accommodation."""
    factor = 1.0
    for entry in json.loads(candidate.accommodations):
        if entry["kind"] == AccommodationKind.EXTENDED_DURATION:
            factor = max(factor, min(2.0, float(entry.get("factor") or 2)))
    return timedelta(minutes=exam.duration_minutes * factor)


def _candidates(session: Any, row: ExamSessionRow) -> list[CandidateRow]:
    return package_store.candidates_of(session, row.group_code)


def _context(session: Any, station: Station, session_id: str, candidate_id: int) -> _Context:
    row = _session_row(session, session_id)
    candidate = session.get(CandidateRow, candidate_id)
    if candidate is None or candidate.group_code != row.group_code:
        raise NotFound(message(_NO_CANDIDATE, id=candidate_id))
    group = session.get(ExamGroupRow, row.group_code)
    exam = session.get(ExamRow, group.exam_code)
    candidate_events = events.list_events_in(
        session, station, session_id=session_id, candidate_id=str(candidate_id)
    )
    return _make_context(row, exam, candidate, candidate_events)


def _make_context(
    row: ExamSessionRow, exam: ExamRow, candidate: CandidateRow, candidate_events: list[Event]
) -> _Context:
    plan = ClockPlan(planned_start(row), _base_duration(exam, candidate))
    return _Context(
        row, exam, candidate, candidate_events, plan, clock_rules.granted_extension(_grounds(candidate))
    )


def _all_contexts(session: Any, station: Station, session_id: str) -> list[_Context]:
    """Every candidate's context, reading the session, its exam and its events once (the dashboard's path)."""
    row = _session_row(session, session_id)
    group = session.get(ExamGroupRow, row.group_code)
    exam = session.get(ExamRow, group.exam_code)
    by_candidate: dict[str, list[Event]] = {}
    for event in events.list_events_in(session, station, session_id=session_id):
        if event.candidate_id is not None:
            by_candidate.setdefault(event.candidate_id, []).append(event)
    return [
        _make_context(row, exam, candidate, by_candidate.get(str(candidate.id), []))
        for candidate in _candidates(session, row)
        if candidate.id is not None
    ]


# What the proces-verbaal reads of a session's candidates: the same contexts and clock events as the dashboard.
CandidateContext = _Context
all_contexts = _all_contexts
clock_events = _clock_events


def _running(session: Any, station: Station, session_id: str) -> None:
    state = session_state(
        events.list_events_in(session, station, session_id=session_id, candidate_id=None, only_session=True)
    )
    if state is not SessionState.RUNNING:
        raise InvalidInput(message(_NOT_RUNNING, state=state.value))


def _act(
    station: Station,
    actor: SignedIn,
    session_id: str,
    candidate_id: int,
    kind: EventKind,
    check: Any,
    payload: Mapping[str, Any] | None = None,
) -> Event:
    """One candidate action: in one transaction, check the rule against the clock now, then record."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    now = station.clock.read().wall
    with transaction(station.engine) as session:
        _running(session, station, session_id)
        context = _context(session, station, session_id, candidate_id)
        extra = check(context, context.clock(now), now) or {}
        return events.record_in(
            session,
            station,
            actor,
            kind,
            session_id=session_id,
            candidate_id=str(candidate_id),
            payload={**(payload or {}), **extra},
        )


def _refuse_unless(context: _Context, clock: Clock, act: CandidateAct) -> None:
    """The clock's state must allow ``act``: the same decision as the dashboard's (core.actions)."""
    refusal = actions.state_refusal(act, context.candidate.name, clock.state, clock.state.value)
    if refusal is not None:
        raise InvalidInput(refusal)


def bsn_for_check(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int
) -> tuple[str, str, tuple[catalogue.Accommodation, ...]]:
    """R-BSN-4: the roster BSN grouped large (``1234 56 782``), the name and the accommodations with VSV validity."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    with transaction(station.engine) as session:
        context = _context(session, station, session_id, candidate_id)
    sealed = context.candidate.bsn_sealed
    whole = open_bsn(keys.data_key(station), sealed)
    accommodations = catalogue.accommodations_of(
        context.candidate, context.exam.kind, context.row.date, station.settings.vsv_valid_years
    )
    return bsn_rules.grouped(whole), context.candidate.name, accommodations


def record_bsn_check(
    station: Station,
    actor: SignedIn,
    session_id: str,
    candidate_id: int,
    *,
    match: bool,
    id_document: str,
    note: str = "",
) -> Event:
    """R-BSN-4: the surveillant records match or mismatch and the ID document; after a mismatch the check
    is redone only once the examensecretaris has corrected the roster."""
    if id_document not in ID_DOCUMENTS:
        raise InvalidInput(message(_BAD_KIND, value=id_document, allowed=", ".join(ID_DOCUMENTS)))

    def check(context: _Context, clock: Clock, now: datetime) -> None:
        _refuse_unless(context, clock, CandidateAct.BSN_CHECK)
        checks = [e for e in context.events if e.kind in (EventKind.BSN_CHECKED, EventKind.ROSTER_CORRECTED)]
        if checks and checks[-1].kind == EventKind.BSN_CHECKED and not checks[-1].payload["match"]:
            raise InvalidInput(message(_MISMATCH_BLOCKS))

    return _act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.BSN_CHECKED,
        check,
        {"match": match, "id_document": id_document, "note": note.strip()},
    )


def start_candidate(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int, *, late_arrival: bool = False
) -> Event:
    """Start a candidate's clock; only after a recorded BSN match (R-BSN-4), late at most 30 minutes (R-TIME-8)."""

    def check(context: _Context, clock: Clock, now: datetime) -> dict[str, Any]:
        _refuse_unless(context, clock, CandidateAct.LATE_START if late_arrival else CandidateAct.START)
        checks = [e for e in context.events if e.kind in (EventKind.BSN_CHECKED, EventKind.ROSTER_CORRECTED)]
        if not checks or checks[-1].kind != EventKind.BSN_CHECKED or not checks[-1].payload["match"]:
            raise InvalidInput(message(_NEEDS_MATCH, name=context.candidate.name))
        if late_arrival:
            refusal = clock_rules.late_start_refusal(
                context.plan.planned_start, now, station.settings.late_arrival_max_minutes
            )
            if refusal is not None:
                raise InvalidInput(refusal)
        return {"late_arrival": late_arrival}

    return _act(station, actor, session_id, candidate_id, EventKind.CANDIDATE_STARTED, check)


def pause_candidate(station: Station, actor: SignedIn, session_id: str, candidate_id: int) -> Event:
    """R-TIME-5: a supervised pause stops the clock."""
    return _act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.PAUSE_STARTED,
        lambda c, clock, now: _refuse_unless(c, clock, CandidateAct.PAUSE),
    )


def resume_candidate(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int
) -> tuple[Event, bool]:
    """End the pause; the second value says the total pause now needs a CvTE consult (R-TIME-5)."""
    event = _act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.PAUSE_ENDED,
        lambda c, clock, now: _refuse_unless(c, clock, CandidateAct.RESUME),
    )
    status = candidate_status(station, actor, session_id, candidate_id)
    return event, status.pause_consult_needed


def apply_extension(
    station: Station,
    actor: SignedIn,
    session_id: str,
    candidate_id: int,
    minutes: int,
    *,
    override_reason: str = "",
) -> Event:
    """R-TIME-4: extra time up to the grant; beyond it only the examensecretaris, with a written reason."""

    def check(context: _Context, clock: Clock, now: datetime) -> dict[str, Any]:
        _refuse_unless(context, clock, CandidateAct.EXTENSION)
        applied = int(clock.applied_extension.total_seconds() // 60)
        refusal = clock_rules.extension_refusal(minutes, context.granted, applied)
        if refusal is None:
            return {"minutes": minutes, "granted": context.granted}
        if not override_reason.strip():
            raise InvalidInput(refusal)
        require(actor, Role.EXAMENSECRETARIS)
        if minutes <= 0:
            raise InvalidInput(refusal)
        return {"minutes": minutes, "granted": context.granted, "override": override_reason.strip()}

    return _act(station, actor, session_id, candidate_id, EventKind.EXTENSION_APPLIED, check)


def start_storing(
    station: Station,
    actor: SignedIn,
    session_id: str,
    candidate_id: int,
    *,
    question: str = "",
    pc_old: str = "",
    pc_new: str = "",
    meldingsnummer: str = "",
) -> Event:
    """R-TIME-7: a storing begins; the clock does not stop by itself."""
    payload = {
        "question": question.strip(),
        "pc_old": pc_old.strip(),
        "pc_new": pc_new.strip(),
        "meldingsnummer": meldingsnummer.strip(),
    }
    return _act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.STORING_STARTED,
        lambda c, clock, now: _refuse_unless(c, clock, CandidateAct.STORING),
        payload,
    )


def end_storing(
    station: Station,
    actor: SignedIn,
    session_id: str,
    candidate_id: int,
    storing_id: int,
    *,
    meldingsnummer: str = "",
) -> Event:
    def check(context: _Context, clock: Clock, now: datetime) -> dict[str, Any]:
        _, ended = context.storing(storing_id)
        if ended is not None:
            raise InvalidInput(message(_STORING_ENDED))
        return {"storing": storing_id, "meldingsnummer": meldingsnummer.strip()}

    return _act(station, actor, session_id, candidate_id, EventKind.STORING_ENDED, check)


def grant_compensation(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int, storing_id: int, minutes: float
) -> Event:
    """R-TIME-7: compensation refers to an ended storing and never exceeds its duration."""

    def check(context: _Context, clock: Clock, now: datetime) -> dict[str, Any]:
        _refuse_unless(context, clock, CandidateAct.COMPENSATION)
        started, ended = context.storing(storing_id)
        already = sum(
            (
                timedelta(seconds=int(e.payload["seconds"]))
                for e in context.events
                if e.kind == EventKind.COMPENSATION_GRANTED and e.payload.get("storing") == storing_id
            ),
            timedelta(0),
        )
        requested = timedelta(seconds=round(minutes * 60))
        refusal = clock_rules.compensation_refusal(
            started.wall_utc, ended.wall_utc if ended else None, already, requested
        )
        if refusal is not None:
            raise InvalidInput(refusal)
        return {"storing": storing_id, "seconds": int(requested.total_seconds())}

    return _act(station, actor, session_id, candidate_id, EventKind.COMPENSATION_GRANTED, check)


def hand_in(station: Station, actor: SignedIn, session_id: str, candidate_id: int) -> Event:
    return _act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.HANDED_IN,
        lambda c, clock, now: _refuse_unless(c, clock, CandidateAct.HAND_IN),
    )


def leave_early(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int, *, reason: str, ill: bool
) -> Event:
    """R-TIME-9, R-IRR-4: left early with a reason; illness lets the station offer an irregularity case."""
    if not reason.strip():
        raise InvalidInput(message(_TEXT_NEEDED))
    return _act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.LEFT_EARLY,
        lambda c, clock, now: _refuse_unless(c, clock, CandidateAct.LEFT_EARLY),
        {"reason": reason.strip(), "ill": ill},
    )


def mark_absent(station: Station, actor: SignedIn, session_id: str, candidate_id: int) -> Event:
    return _act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.ABSENT,
        lambda c, clock, now: _refuse_unless(c, clock, CandidateAct.ABSENT),
    )


def record_time_ups(station: Station, session_id: str) -> int:
    """R-TIME-9: record time up, stamped with the deadline, for every candidate whose time has run out."""
    now = station.clock.read().wall
    recorded = 0
    with transaction(station.engine) as session:
        for context in _all_contexts(session, station, session_id):
            candidate = context.candidate
            clock = context.clock(now)
            if clock.state is ClockState.TIME_UP and not any(
                e.kind == EventKind.TIME_UP for e in context.events
            ):
                assert clock.deadline is not None
                events.record_in(
                    session,
                    station,
                    None,
                    EventKind.TIME_UP,
                    session_id=session_id,
                    candidate_id=str(candidate.id),
                    payload={"deadline": clock.deadline.isoformat()},
                )
                recorded += 1
    return recorded


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
            _context(session, station, session_id, candidate_id)
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
        context = _context(session, station, session_id, candidate_id)
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


def _status(context: _Context, now: datetime, settings_threshold: int, years: int) -> CandidateStatus:
    clock = context.clock(now)
    checks = [e for e in context.events if e.kind in (EventKind.BSN_CHECKED, EventKind.ROSTER_CORRECTED)]
    checked = (
        None if not checks or checks[-1].kind != EventKind.BSN_CHECKED else bool(checks[-1].payload["match"])
    )
    storingen = [e for e in context.events if e.kind == EventKind.STORING_STARTED]
    ended = {e.payload.get("storing") for e in context.events if e.kind == EventKind.STORING_ENDED}
    open_storing = next((e.id for e in reversed(storingen) if e.id not in ended), None)
    candidate = context.candidate
    assert candidate.id is not None
    return CandidateStatus(
        candidate_id=candidate.id,
        number=candidate.number,
        name=candidate.name,
        masked_bsn="*****" + candidate.bsn_last4,
        clock=clock,
        granted_extension=context.granted,
        bsn_checked=checked,
        storingen=len(storingen),
        open_storing=open_storing,
        pause_consult_needed=clock_rules.pause_needs_consult(clock.total_pause, settings_threshold),
        accommodations=catalogue.accommodations_of(candidate, context.exam.kind, context.row.date, years),
    )


def candidate_status(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int
) -> CandidateStatus:
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    now = station.clock.read().wall
    with transaction(station.engine) as session:
        context = _context(session, station, session_id, candidate_id)
    return _status(
        context, now, station.settings.pause_consult_threshold_minutes, station.settings.vsv_valid_years
    )


def dashboard(station: Station, actor: SignedIn, session_id: str) -> list[CandidateStatus]:
    """One row per candidate with their clock now (R-TIME-1): derived, never counted down."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    now = station.clock.read().wall
    with transaction(station.engine) as session:
        contexts = _all_contexts(session, station, session_id)
    threshold, years = station.settings.pause_consult_threshold_minutes, station.settings.vsv_valid_years
    return [_status(context, now, threshold, years) for context in contexts]


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
        open_count = sum(1 for c in _all_contexts(session, station, session_id) if not c.clock(now).is_final)
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
