"""The candidates' clocks as the station reads them: from the event log, the roster and "now" (R-TIME-1).

One reading of a candidate's events serves every caller (dashboard, actions, proces-verbaal, dialogs):
voided events are out of the clock, the storing spans and the compensation totals alike (R-PV-2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from examdesk.core import clock as clock_rules
from examdesk.core import facts
from examdesk.core.accommodations import Accommodation as AccommodationModel
from examdesk.core.accommodations import AccommodationKind, is_applied
from examdesk.core.clock import Clock, ClockPlan, ClockState
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import catalogue, events
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import NotFound
from examdesk.services.events import Event
from examdesk.services.sessions.assignment import require_on_session
from examdesk.services.sessions.base import planned_start, session_group_exam
from examdesk.services.station import Station
from examdesk.settings import RuleSettings
from examdesk.store import packages as package_store
from examdesk.store.db import transaction
from examdesk.store.models import CandidateRow, ExamRow, ExamSessionRow

ZERO = timedelta(0)

NO_CANDIDATE = QT_TRANSLATE_NOOP("Sessions", "Candidate {id} does not belong to this session.")
_NO_STORING = QT_TRANSLATE_NOOP("Sessions", "There is no storing {id} of this candidate.")


def voided_ids(candidate_events: Sequence[Event]) -> set[int]:
    """The events a correction took out of the clock (R-PV-2)."""
    return {
        e.corrects_id
        for e in candidate_events
        if isinstance(e.facts, facts.Correction) and e.corrects_id is not None and e.facts.void
    }


def live_events(candidate_events: Sequence[Event]) -> list[Event]:
    """The candidate's events without the voided ones."""
    voided = voided_ids(candidate_events)
    return [e for e in candidate_events if e.id not in voided]


def clock_events(candidate_events: Sequence[Event]) -> list[clock_rules.ClockEvent]:
    """The clock's view of a candidate's events; an event voided by a correction no longer counts (R-PV-2)."""
    found: list[clock_rules.ClockEvent] = []
    for event in live_events(candidate_events):
        kind, wall, recorded = event.kind, event.wall_utc, event.facts
        if isinstance(recorded, facts.CandidateStarted):
            found.append(clock_rules.Started(wall, late_arrival=recorded.late_arrival))
        elif isinstance(recorded, facts.PauseStartedFacts):
            found.append(clock_rules.PauseStarted(wall, unlimited=recorded.unlimited))
        elif kind == EventKind.PAUSE_ENDED:
            found.append(clock_rules.PauseEnded(wall))
        elif isinstance(recorded, facts.ExtensionApplied):
            found.append(clock_rules.ExtensionApplied(recorded.minutes))
        elif isinstance(recorded, facts.CompensationGranted):
            found.append(clock_rules.Compensated(timedelta(seconds=recorded.seconds), recorded.storing))
        elif kind == EventKind.HANDED_IN:
            found.append(clock_rules.Ended(wall, ClockState.FINISHED))
        elif kind == EventKind.LEFT_EARLY:
            found.append(clock_rules.Ended(wall, ClockState.LEFT_EARLY))
        elif isinstance(recorded, facts.TimeUp):
            found.append(clock_rules.Ended(recorded.deadline or wall, ClockState.TIME_UP))
        elif kind == EventKind.ABSENT:
            found.append(clock_rules.MarkedAbsent())
    return found


@dataclass(frozen=True)
class StoringSpan:
    """One storing of a candidate, with how much compensation it has had (voided grants not counted)."""

    id: int
    started: datetime
    ended: datetime | None
    compensated: timedelta

    @property
    def left(self) -> timedelta:
        if self.ended is None:
            return ZERO
        return max(ZERO, self.ended - self.started - self.compensated)


def spans_of(candidate_events: Sequence[Event]) -> list[StoringSpan]:
    """R-TIME-7: the candidate's storingen, oldest first, each with the compensation the clock counts."""
    compensations = [e for e in clock_events(candidate_events) if isinstance(e, clock_rules.Compensated)]
    ended = {e.facts.storing: e.wall_utc for e in candidate_events if isinstance(e.facts, facts.StoringEnded)}
    return [
        StoringSpan(e.id, e.wall_utc, ended.get(e.id), clock_rules.compensation_given(compensations, e.id))
        for e in candidate_events
        if e.kind == EventKind.STORING_STARTED
    ]


def overrides_of(candidate_events: Sequence[Event]) -> list[tuple[Event, facts.RuleOverridden]]:
    """The candidate's overrides by the examensecretaris (not voided), oldest first."""
    found = []
    for event in live_events(candidate_events):
        if event.kind == EventKind.RULE_OVERRIDDEN:
            found.append((event, event.facts_as(facts.RuleOverridden)))
    return found


def last_bsn_check(candidate_events: Sequence[Event]) -> facts.BsnChecked | None:
    """R-BSN-4: the check that counts (None when none, or when the roster was corrected since)."""
    checks = [e for e in candidate_events if e.kind in (EventKind.BSN_CHECKED, EventKind.ROSTER_CORRECTED)]
    if not checks or checks[-1].kind != EventKind.BSN_CHECKED:
        return None
    return checks[-1].facts_as(facts.BsnChecked)


@dataclass(frozen=True)
class Context:
    """One candidate in one session: what the clock and the rules need, read in one transaction."""

    row: ExamSessionRow
    exam: ExamRow
    candidate: CandidateRow
    events: list[Event]
    plan: ClockPlan
    granted: int  # R-TIME-3: minutes of the allowance, on the clock (R-TIME-4)
    accommodations: tuple[AccommodationModel, ...]
    applied: frozenset[int]  # R-ACC-2: positions of the accommodations applied

    def clock(self, now: datetime) -> Clock:
        return clock_rules.evaluate(self.plan, clock_events(self.events), now)

    def has(self, kind: AccommodationKind) -> AccommodationModel | None:
        """The applied accommodation of ``kind`` (None when the candidate has none applied)."""
        return next(
            (a for i, a in enumerate(self.accommodations) if i in self.applied and a.kind is kind), None
        )

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
                if isinstance(e.facts, facts.StoringEnded) and e.facts.storing == storing_id
            ),
            None,
        )
        return started, ended


def make_context(
    row: ExamSessionRow,
    exam: ExamRow,
    candidate: CandidateRow,
    candidate_events: list[Event],
    settings: RuleSettings,
) -> Context:
    """The candidate's plan: the grant of the accommodations applied (R-ACC-2, R-TIME-3), and the pause limit."""
    accommodations = tuple(catalogue.stored_accommodations(candidate))
    check = last_bsn_check(candidate_events)
    confirmed = set(check.confirmed) if check is not None and check.match else set()
    overridden = {
        decided.accommodation
        for _, decided in overrides_of(candidate_events)
        if decided.rule is facts.OverriddenRule.VSV
    }
    applied = frozenset(
        i
        for i, accommodation in enumerate(accommodations)
        if is_applied(
            accommodation,
            exam.kind,
            row.date,
            confirmed=i in confirmed,
            overridden=i in overridden,
            years=settings.vsv_valid_years,
        )
    )
    base = timedelta(minutes=exam.duration_minutes)
    grant = clock_rules.allowance(base, [accommodations[i] for i in sorted(applied)])
    pauses = next(
        (a for i, a in enumerate(accommodations) if i in applied and a.kind is AccommodationKind.PAUSES), None
    )
    # R-TIME-5: past the total (60 minutes by default) a pause ends, unless the CvTE was consulted.
    consulted = pauses is not None and pauses.cvte_consult is not None
    limit = None if consulted else timedelta(minutes=settings.pause_consult_threshold_minutes)
    plan = ClockPlan(planned_start(row), base, grant, limit)
    return Context(
        row,
        exam,
        candidate,
        candidate_events,
        plan,
        int(grant.total_seconds() // 60),
        accommodations,
        applied,
    )


def context_of(session: Session, station: Station, session_id: str, candidate_id: int) -> Context:
    row, group, exam = session_group_exam(session, session_id)
    candidate = session.get(CandidateRow, candidate_id)
    if candidate is None or candidate.group_code != row.group_code:
        raise NotFound(message(NO_CANDIDATE, id=candidate_id))
    candidate_events = events.list_events(
        station, session_id=session_id, candidate_id=candidate_id, within=session
    )
    return make_context(row, exam, candidate, candidate_events, station.settings)


def all_contexts(session: Session, station: Station, session_id: str) -> list[Context]:
    """Every candidate's context, reading the session, its exam and its events once (the dashboard's path)."""
    row, group, exam = session_group_exam(session, session_id)
    by_candidate: dict[int, list[Event]] = {}
    for event in events.list_events(station, session_id=session_id, within=session):
        if event.candidate_id is not None:
            by_candidate.setdefault(event.candidate_id, []).append(event)
    return [
        make_context(row, exam, candidate, by_candidate.get(candidate.id, []), station.settings)
        for candidate in package_store.candidates_of(session, row.group_code)
        if candidate.id is not None
    ]


@dataclass(frozen=True)
class CandidateStatus:
    """One dashboard row: the candidate, their clock now, and what the surveillant must see."""

    candidate_id: int
    number: str
    name: str
    masked_bsn: str
    clock: Clock
    granted_extension: int  # R-TIME-3: minutes granted, on the clock from the start (R-TIME-4)
    bsn_checked: bool | None  # None: not yet; True: match; False: mismatch
    storingen: int
    open_storing: int | None
    pause_consult_needed: bool
    accommodations: tuple[catalogue.Accommodation, ...]
    applied: frozenset[int] = frozenset()  # R-ACC-2: positions of the accommodations applied
    overrides: tuple[facts.RuleOverridden, ...] = ()  # flagged on the dashboard

    @property
    def vsv_warning(self) -> bool:
        return any(a.vsv.status in ("expired", "missing") for a in self.accommodations)

    @property
    def overridden(self) -> bool:
        return bool(self.overrides)

    @property
    def more_time_than_granted(self) -> bool:
        """R-TIME-4: an override gave time beyond the grant."""
        return any(o.rule is facts.OverriddenRule.MORE_TIME for o in self.overrides)

    @property
    def may_pause(self) -> bool:
        """R-TIME-5: the candidate has the pauses accommodation applied."""
        return any(
            a.kind is AccommodationKind.PAUSES for i, a in enumerate(self.accommodations) if i in self.applied
        )


def status_of(context: Context, now: datetime, settings: RuleSettings) -> CandidateStatus:
    clock = context.clock(now)
    check = last_bsn_check(context.events)
    spans = spans_of(context.events)
    candidate = context.candidate
    assert candidate.id is not None
    return CandidateStatus(
        candidate_id=candidate.id,
        number=candidate.number,
        name=candidate.name,
        masked_bsn="*****" + candidate.bsn_last4,
        clock=clock,
        granted_extension=context.granted,
        bsn_checked=None if check is None else check.match,
        storingen=len(spans),
        open_storing=next((s.id for s in reversed(spans) if s.ended is None), None),
        pause_consult_needed=clock_rules.pause_needs_consult(
            clock.total_pause, settings.pause_consult_threshold_minutes
        ),
        accommodations=catalogue.accommodations_of(
            candidate, context.exam.kind, context.row.date, settings.vsv_valid_years
        ),
        applied=context.applied,
        overrides=tuple(decided for _, decided in overrides_of(context.events)),
    )


def candidate_status(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int
) -> CandidateStatus:
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    now = station.clock.read().wall
    with transaction(station.engine) as session:
        require_on_session(session, actor, session_id)
        context = context_of(session, station, session_id, candidate_id)
    return status_of(context, now, station.settings)


def dashboard(station: Station, actor: SignedIn, session_id: str) -> list[CandidateStatus]:
    """One row per candidate with their clock now (R-TIME-1): derived, never counted down."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    now = station.clock.read().wall
    with transaction(station.engine) as session:
        require_on_session(session, actor, session_id)  # issue 13: only the session's own surveillants
        contexts = all_contexts(session, station, session_id)
    return [status_of(context, now, station.settings) for context in contexts]


def storing_spans(station: Station, session_id: str, candidate_id: int) -> list[StoringSpan]:
    """R-TIME-7: the candidate's storingen with what the clock counts as compensated (voids honoured)."""
    found = events.list_events(station, session_id=session_id, candidate_id=candidate_id)
    return spans_of(found)
