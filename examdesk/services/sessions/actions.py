"""Every surveillant action on a candidate's clock, checked against the rules and recorded as one event.

A rule that a person may decide past (domain rules v2) raises a refusal naming it; with an
:class:`Override` by the examensecretaris and a written reason, the station records the override as its
own event (``rule_overridden``) before the action, in the same transaction, and the action refers to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from examdesk.core import actions, facts
from examdesk.core import bsn as bsn_rules
from examdesk.core import clock as clock_rules
from examdesk.core import questions as question_rules
from examdesk.core.accommodations import AccommodationKind
from examdesk.core.actions import CandidateAct
from examdesk.core.clock import Clock, ClockState
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import BsnRead
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.core.words import IdDocument
from examdesk.services import catalogue, events, keys
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput, PermissionDenied
from examdesk.services.events import Event
from examdesk.services.personal_data import open_bsn
from examdesk.services.sessions.assignment import require_on_session
from examdesk.services.sessions.base import SessionState, require_running, session_questions, session_state
from examdesk.services.sessions.clocks import (
    Context,
    all_contexts,
    candidate_status,
    clock_events,
    context_of,
    last_bsn_check,
)
from examdesk.services.station import Station
from examdesk.store.db import transaction

ID_DOCUMENTS = tuple(IdDocument)  # R-BSN-4

_NEEDS_MATCH = QT_TRANSLATE_NOOP(
    "Sessions", "{name} cannot start: the BSN check on the start screen has not been recorded as a match."
)
_MISMATCH_BLOCKS = QT_TRANSLATE_NOOP(
    "Sessions",
    "The BSN did not match; the examensecretaris corrects the roster before the check is done again.",
)
_BAD_KIND = QT_TRANSLATE_NOOP("Sessions", "'{value}' is not one of: {allowed}.")
_TEXT_NEEDED = QT_TRANSLATE_NOOP("Sessions", "Describe what happened.")
_OVERRIDE_REASON = QT_TRANSLATE_NOOP("Sessions", "An override needs a written reason.")
_STORING_ENDED = QT_TRANSLATE_NOOP("Sessions", "That storing has already ended.")
_NO_PAUSES = QT_TRANSLATE_NOOP(
    "Sessions",
    "{name} has no pauses accommodation applied, so a pause would stop the clock without a right to it; "
    "a toilet visit is a remark. Only the examensecretaris can override this, with a reason.",
)
_PAUSE_LIMIT = QT_TRANSLATE_NOOP(
    "Sessions",
    "{name} has paused {minutes} minutes in total; more than {limit} needs the CvTE consult on the pauses "
    "accommodation. Only the examensecretaris can override this, with a reason.",
)
_NO_ACCOMMODATION = QT_TRANSLATE_NOOP("Sessions", "{name} has no accommodation number {index}.")
_ALREADY_APPLIED = QT_TRANSLATE_NOOP(
    "Sessions", "That accommodation of {name} is already applied; there is nothing to override."
)


@dataclass(frozen=True)
class Override:
    """The examensecretaris decides past a refusing rule, with a written reason."""

    by: SignedIn
    reason: str


class Refused(Exception):
    """A rule said no; ``rule`` names it when the examensecretaris may override it."""

    def __init__(
        self,
        refusal: Message,
        rule: facts.OverriddenRule | None = None,
        on_override: Callable[[int], facts.Facts] | None = None,
        *,
        minutes: int | None = None,
        accommodation: int | None = None,
    ) -> None:
        super().__init__(refusal.text)
        self.refusal = refusal
        self.rule = rule
        self.on_override: Callable[[int], facts.Facts | None] = on_override or (lambda _: None)
        self.minutes = minutes
        self.accommodation = accommodation


class OverridableRefusal(InvalidInput):
    """A refusal the examensecretaris may override with a reason (the screens offer the override here)."""

    def __init__(self, refusal: Message, rule: facts.OverriddenRule) -> None:
        super().__init__(refusal)
        self.rule = rule


def _checked_override(override: Override | None) -> Override | None:
    if override is None:
        return None
    require(override.by, Role.EXAMENSECRETARIS)  # refused for a surveillant
    if not override.reason.strip():
        raise InvalidInput(message(_OVERRIDE_REASON))
    return Override(override.by, override.reason.strip())


Check = Callable[[Context, Clock, datetime], "facts.Facts | None"]


def act(
    station: Station,
    actor: SignedIn,
    session_id: str,
    candidate_id: int,
    kind: EventKind | None,
    check: Check,
    given: facts.Facts | None = None,
    override: Override | None = None,
) -> Event:
    """One candidate action: in one transaction, check the rule against the clock now, then record.

    A :class:`Refused` that names a rule is overridden when ``override`` is given: the override event
    comes first, then the action (``kind`` None: the override is the whole action).
    """
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    override = _checked_override(override)
    now = station.clock.read().wall
    with transaction(station.engine) as session:
        require_on_session(session, actor, session_id)  # issue 13: only the session's own surveillants
        require_running(session, station, session_id)
        context = context_of(session, station, session_id, candidate_id)
        try:
            found = check(context, context.clock(now), now)
        except Refused as refused:
            if refused.rule is None:
                raise InvalidInput(refused.refusal) from None
            if override is None:
                raise OverridableRefusal(refused.refusal, refused.rule) from None
            decided = events.record(
                station,
                override.by,
                EventKind.RULE_OVERRIDDEN,
                session_id=session_id,
                candidate_id=candidate_id,
                facts=facts.RuleOverridden(
                    refused.rule,
                    override.reason,
                    override.by.username,
                    refused.minutes,
                    refused.accommodation,
                ),
                within=session,
            )
            if kind is None:
                return decided
            found = refused.on_override(decided.id)
        assert kind is not None
        return events.record(
            station,
            actor,
            kind,
            session_id=session_id,
            candidate_id=candidate_id,
            facts=found if found is not None else given,
            within=session,
        )


def refuse_unless(context: Context, clock: Clock, act_: CandidateAct) -> None:
    """The clock's state must allow the action: the same decision as the dashboard's (core.actions)."""
    refusal = actions.state_refusal(act_, context.candidate.name, clock.state, clock.state.value)
    if refusal is not None:
        raise InvalidInput(refusal)


_BSN_CLOSED = QT_TRANSLATE_NOOP(
    "Sessions", "The session is closed; only the examensecretaris can read a candidate's full BSN now."
)


def bsn_for_check(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int
) -> tuple[str, str, tuple[catalogue.Accommodation, ...]]:
    """R-BSN-4: the roster BSN grouped large (``1234 56 782``), the name and the accommodations with VSV validity."""
    with transaction(station.engine) as session:
        require_on_session(session, actor, session_id)
        context = context_of(session, station, session_id, candidate_id)
        state = session_state(
            events.list_events(station, session_id=session_id, only_session=True, within=session)
        )
        if state is SessionState.CLOSED and not actor.has(Role.EXAMENSECRETARIS):
            raise PermissionDenied(message(_BSN_CLOSED))  # issue 13: not after the session closed
        whole = open_bsn(keys.data_key(station), context.candidate.bsn_sealed)
        events.record(  # issue 13: reading a full BSN is itself an event (who, when, which candidate)
            station,
            actor,
            EventKind.BSN_READ,
            session_id=session_id,
            candidate_id=candidate_id,
            facts=BsnRead("start_screen_check"),
            within=session,
        )
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
    confirmed: Sequence[int] = (),
) -> Event:
    """R-BSN-4: the surveillant records match or mismatch and the ID document; after a mismatch the check
    is redone only once the examensecretaris has corrected the roster. R-ACC-2: ``confirmed`` are the
    positions of the accommodations the surveillant confirmed match the VSV."""
    if id_document not in ID_DOCUMENTS:
        raise InvalidInput(message(_BAD_KIND, value=id_document, allowed=", ".join(ID_DOCUMENTS)))

    def check(context: Context, clock: Clock, now: datetime) -> facts.Facts:
        refuse_unless(context, clock, CandidateAct.BSN_CHECK)
        checks = [e for e in context.events if e.kind in (EventKind.BSN_CHECKED, EventKind.ROSTER_CORRECTED)]
        if (
            checks
            and checks[-1].kind == EventKind.BSN_CHECKED
            and not checks[-1].facts_as(facts.BsnChecked).match
        ):
            raise InvalidInput(message(_MISMATCH_BLOCKS))
        for index in confirmed:
            if not 0 <= index < len(context.accommodations):
                raise InvalidInput(message(_NO_ACCOMMODATION, name=context.candidate.name, index=index + 1))
        return facts.BsnChecked(
            match, IdDocument(id_document), note.strip(), tuple(sorted(set(confirmed))) if match else ()
        )

    return act(station, actor, session_id, candidate_id, EventKind.BSN_CHECKED, check)


def start_candidate(
    station: Station,
    actor: SignedIn,
    session_id: str,
    candidate_id: int,
    *,
    late_arrival: bool = False,
    override: Override | None = None,
) -> Event:
    """Start a candidate's clock; only after a recorded BSN match (R-BSN-4).

    R-TIME-8: the clock decides lateness, not which button was pressed (``late_arrival`` is kept for the
    callers and ignored): past the session's start plus the grace it is a late start, with the deadline of
    the planned start; past the limit (30 minutes) it is refused unless overridden.
    """
    del late_arrival
    settings = station.settings

    def check(context: Context, clock: Clock, now: datetime) -> facts.Facts:
        refuse_unless(context, clock, CandidateAct.START)
        bsn_check = last_bsn_check(context.events)
        if bsn_check is None or not bsn_check.match:
            raise InvalidInput(message(_NEEDS_MATCH, name=context.candidate.name))
        planned = context.plan.planned_start
        late = clock_rules.is_late(planned, now, settings.late_arrival_grace_minutes)
        late_by = int(max(timedelta(0), now - planned).total_seconds()) if late else 0

        def started(override_id: int | None = None) -> facts.CandidateStarted:
            return facts.CandidateStarted(late, late_by, override_id)

        refusal = clock_rules.late_start_refusal(planned, now, settings.late_arrival_max_minutes)
        if refusal is not None:
            raise Refused(refusal, facts.OverriddenRule.LATE_START, started)
        return started()

    return act(
        station, actor, session_id, candidate_id, EventKind.CANDIDATE_STARTED, check, override=override
    )


def pause_candidate(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int, *, override: Override | None = None
) -> Event:
    """R-TIME-5: a supervised pause stops the clock; only with the pauses accommodation applied (R-ACC-2),
    and past the total limit only with the CvTE consult; otherwise refused unless overridden."""
    limit = station.settings.pause_consult_threshold_minutes

    def check(context: Context, clock: Clock, now: datetime) -> facts.Facts:
        refuse_unless(context, clock, CandidateAct.PAUSE)

        def overridden(override_id: int) -> facts.PauseStartedFacts:
            return facts.PauseStartedFacts(True, override_id)

        pauses = context.has(AccommodationKind.PAUSES)
        name = context.candidate.name
        if pauses is None:
            raise Refused(
                message(_NO_PAUSES, name=name), facts.OverriddenRule.PAUSE_WITHOUT_ACCOMMODATION, overridden
            )
        consulted = pauses.cvte_consult is not None
        if not consulted and clock.total_pause >= timedelta(minutes=limit):
            minutes = int(clock.total_pause.total_seconds() // 60)
            raise Refused(
                message(_PAUSE_LIMIT, name=name, minutes=minutes, limit=limit),
                facts.OverriddenRule.PAUSE_WITHOUT_ACCOMMODATION,
                overridden,
            )
        return facts.PauseStartedFacts(consulted)

    return act(station, actor, session_id, candidate_id, EventKind.PAUSE_STARTED, check, override=override)


def resume_candidate(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int
) -> tuple[Event, bool]:
    """End the pause; the second value says the total pause now needs a CvTE consult (R-TIME-5)."""
    event = act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.PAUSE_ENDED,
        lambda c, clock, now: refuse_unless(c, clock, CandidateAct.RESUME),
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
    override: Override | None = None,
    override_reason: str = "",
) -> Event:
    """R-TIME-4: the grant is on the clock from the start; more time is refused, unless the examensecretaris
    overrides with a written reason (``override_reason`` is the signed-in examensecretaris's own override)."""
    if override is None and override_reason.strip():
        override = Override(actor, override_reason)

    def check(context: Context, clock: Clock, now: datetime) -> facts.Facts:
        refuse_unless(context, clock, CandidateAct.EXTENSION)
        refusal = clock_rules.extension_refusal(minutes, context.granted)
        assert refusal is not None
        if minutes <= 0:
            raise InvalidInput(refusal)

        def extended(override_id: int) -> facts.ExtensionApplied:
            return facts.ExtensionApplied(minutes, context.granted, override_id)

        raise Refused(refusal, facts.OverriddenRule.MORE_TIME, extended, minutes=minutes)

    return act(
        station, actor, session_id, candidate_id, EventKind.EXTENSION_APPLIED, check, override=override
    )


def apply_accommodation(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int, index: int, override: Override
) -> Event:
    """R-ACC-2: the examensecretaris applies an accommodation whose VSV is missing, expired or not
    confirmed, with a reason (the override is the event). ``index`` is its position in the roster entry."""

    def check(context: Context, clock: Clock, now: datetime) -> None:
        refuse_unless(context, clock, CandidateAct.ACCOMMODATION)
        name = context.candidate.name
        if not 0 <= index < len(context.accommodations):
            raise InvalidInput(message(_NO_ACCOMMODATION, name=name, index=index + 1))
        if index in context.applied:
            raise InvalidInput(message(_ALREADY_APPLIED, name=name))
        raise Refused(message(_ALREADY_APPLIED, name=name), facts.OverriddenRule.VSV, accommodation=index)

    return act(station, actor, session_id, candidate_id, None, check, override=override)


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
    """R-TIME-7: a storing begins; the clock does not stop by itself. The question, when given, is one of
    the exam's (issue 15: "bij vraag abc" was stored)."""
    numbers = question_rules.split(question)
    if numbers:
        known = session_questions(station, session_id)
        wrong = question_rules.refusal(numbers, known)
        if wrong is not None:
            raise InvalidInput(wrong)
        question = ", ".join(question_rules.canonical(numbers, known))
    began = facts.StoringStarted(question.strip(), pc_old.strip(), pc_new.strip(), meldingsnummer.strip())
    return act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.STORING_STARTED,
        lambda c, clock, now: refuse_unless(c, clock, CandidateAct.STORING),
        began,
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
    def check(context: Context, clock: Clock, now: datetime) -> facts.Facts:
        _, ended = context.storing(storing_id)
        if ended is not None:
            raise InvalidInput(message(_STORING_ENDED))
        return facts.StoringEnded(storing_id, meldingsnummer.strip())

    return act(station, actor, session_id, candidate_id, EventKind.STORING_ENDED, check)


def grant_compensation(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int, storing_id: int, minutes: float
) -> Event:
    """R-TIME-7: compensation refers to an ended storing and never exceeds its duration; what was given is
    what the clock counts, so a voided grant can be given again (R-PV-2)."""

    def check(context: Context, clock: Clock, now: datetime) -> facts.Facts:
        refuse_unless(context, clock, CandidateAct.COMPENSATION)
        started, ended = context.storing(storing_id)
        given = [e for e in clock_events(context.events) if isinstance(e, clock_rules.Compensated)]
        already = clock_rules.compensation_given(given, storing_id)
        requested = timedelta(seconds=round(minutes * 60))
        refusal = clock_rules.compensation_refusal(
            started.wall_utc, ended.wall_utc if ended else None, already, requested
        )
        if refusal is not None:
            raise InvalidInput(refusal)
        return facts.CompensationGranted(storing_id, int(requested.total_seconds()))

    return act(station, actor, session_id, candidate_id, EventKind.COMPENSATION_GRANTED, check)


def hand_in(station: Station, actor: SignedIn, session_id: str, candidate_id: int) -> Event:
    return act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.HANDED_IN,
        lambda c, clock, now: refuse_unless(c, clock, CandidateAct.HAND_IN),
    )


def leave_early(
    station: Station, actor: SignedIn, session_id: str, candidate_id: int, *, reason: str, ill: bool
) -> Event:
    """R-TIME-9, R-IRR-4: left early with a reason; illness lets the station offer an irregularity case."""
    if not reason.strip():
        raise InvalidInput(message(_TEXT_NEEDED))
    return act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.LEFT_EARLY,
        lambda c, clock, now: refuse_unless(c, clock, CandidateAct.LEFT_EARLY),
        facts.LeftEarly(reason.strip(), ill),
    )


def mark_absent(station: Station, actor: SignedIn, session_id: str, candidate_id: int) -> Event:
    return act(
        station,
        actor,
        session_id,
        candidate_id,
        EventKind.ABSENT,
        lambda c, clock, now: refuse_unless(c, clock, CandidateAct.ABSENT),
    )


def record_time_ups(station: Station, session_id: str) -> int:
    """R-TIME-9: record time up, stamped with the deadline, for every candidate whose time has run out."""
    now = station.clock.read().wall
    recorded = 0
    with transaction(station.engine) as session:
        for context in all_contexts(session, station, session_id):
            candidate = context.candidate
            clock = context.clock(now)
            if clock.state is ClockState.TIME_UP and not any(
                e.kind == EventKind.TIME_UP for e in context.events
            ):
                assert clock.deadline is not None
                events.record(
                    station,
                    None,
                    EventKind.TIME_UP,
                    session_id=session_id,
                    candidate_id=candidate.id,
                    facts=facts.TimeUp(clock.deadline),
                    within=session,
                )
                recorded += 1
    return recorded
