"""Each candidate's own clock (R-TIME-1..9), derived from their events and "now", never counted down.

``evaluate(plan, events, now)`` is a pure function: after a crash or a restart the station evaluates the
same events again and gets exactly the same state, deadline and remaining time.

Deadline = anchor + base duration + grant + applied extension + storing compensation + total pause time,
where the anchor is the candidate's start, or the session's planned start for a late arrival (R-TIME-8),
and the grant is the allowance of R-TIME-3, on the clock from the start (R-TIME-4).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from fractions import Fraction

from examdesk.core.accommodations import (
    MAX_EXTRA_MINUTES,
    NT2_EXCEPTION_MINUTES,
    NT2_EXCEPTION_YEARS,
    Accommodation,
    AccommodationKind,
    Ground,
)
from examdesk.core.durations import duration_message
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

ZERO = timedelta(0)


class ClockState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # handed in
    TIME_UP = "time_up"
    LEFT_EARLY = "left_early"
    ABSENT = "absent"


FINAL_STATES = frozenset({ClockState.FINISHED, ClockState.TIME_UP, ClockState.LEFT_EARLY, ClockState.ABSENT})


# --- the events the clock reads ------------------------------------------------------------------


@dataclass(frozen=True)
class Started:
    at: datetime
    late_arrival: bool = False  # R-TIME-8: the deadline is what it would have been at the planned start


@dataclass(frozen=True)
class PauseStarted:
    at: datetime
    unlimited: bool = False  # R-TIME-5: a pause past the limit, with the CvTE consult or an override


@dataclass(frozen=True)
class PauseEnded:
    at: datetime


@dataclass(frozen=True)
class ExtensionApplied:
    minutes: int


@dataclass(frozen=True)
class Compensated:
    """Compensation time for a storing (R-TIME-7)."""

    duration: timedelta
    storing_id: int


@dataclass(frozen=True)
class Ended:
    """Handed in, left early, or time up (recorded when the station notices, stamped with the deadline)."""

    at: datetime
    state: ClockState


@dataclass(frozen=True)
class MarkedAbsent:
    pass


ClockEvent = Started | PauseStarted | PauseEnded | ExtensionApplied | Compensated | Ended | MarkedAbsent


@dataclass(frozen=True)
class ClockPlan:
    """What the clock needs from the session and the roster."""

    planned_start: datetime
    base_duration: timedelta  # the exam's duration (R-TIME-2)
    grant: timedelta = ZERO  # R-TIME-4: the allowance (R-TIME-3), on the clock from the start
    pause_limit: timedelta | None = None  # R-TIME-5: a limited pause ends when the total reaches this


@dataclass(frozen=True)
class Clock:
    """A candidate's clock at one moment."""

    state: ClockState
    started_at: datetime | None
    deadline: datetime | None
    remaining: timedelta
    total_pause: timedelta
    paused_since: datetime | None
    applied_extension: timedelta
    compensation: timedelta
    ended_at: datetime | None
    base_end: datetime | None = None  # R-TIME-4: the end without the grant (nor any override's time)
    grant: timedelta = ZERO

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES

    @property
    def end_with_grant(self) -> datetime | None:
        """R-TIME-4: the base end plus the grant (the deadline, unless an override added more)."""
        return self.base_end + self.grant if self.base_end is not None else None

    @property
    def grant_used(self) -> timedelta:
        """R-TIME-4 (004 §8.4 "de gebruikte tijdverlenging"): working time past the base end, at most the grant."""
        if self.ended_at is None or self.base_end is None:
            return ZERO
        return min(self.grant, max(ZERO, self.ended_at - self.base_end))


def _pause_end(
    start: datetime, end: datetime, unlimited: bool, before: timedelta, plan: ClockPlan
) -> datetime:
    """R-TIME-5: a limited pause ends at the moment the total pause time reaches the plan's limit."""
    if unlimited or plan.pause_limit is None:
        return end
    return min(end, start + max(ZERO, plan.pause_limit - before))


def evaluate(plan: ClockPlan, events: Iterable[ClockEvent], now: datetime) -> Clock:
    """The clock of one candidate at ``now``, from their clock events in recorded order (R-TIME-1)."""
    return _evaluate(plan, events, now)[0]


def pause_spans(
    plan: ClockPlan, events: Iterable[ClockEvent], now: datetime
) -> list[tuple[datetime, datetime]]:
    """The pauses as the clock counts them (R-TIME-5: a limited pause ends at the limit), oldest first;
    an open pause runs to ``now`` or the end."""
    return _evaluate(plan, events, now)[1]


def _evaluate(
    plan: ClockPlan, events: Iterable[ClockEvent], now: datetime
) -> tuple[Clock, list[tuple[datetime, datetime]]]:
    spans: list[tuple[datetime, datetime]] = []
    started_at: datetime | None = None
    anchor: datetime | None = None
    closed_pause = ZERO
    paused_since: datetime | None = None
    unlimited_pause = False
    extension = ZERO
    compensation = ZERO
    ended: Ended | None = None
    absent = False
    for event in events:
        if isinstance(event, Started):
            started_at = event.at
            anchor = plan.planned_start if event.late_arrival else event.at
        elif isinstance(event, PauseStarted):
            if paused_since is not None:  # R-TIME-5: a limited pause may have ended at the limit already
                end = _pause_end(paused_since, event.at, unlimited_pause, closed_pause, plan)
                if end < event.at:
                    closed_pause += max(ZERO, end - paused_since)
                    spans.append((paused_since, max(paused_since, end)))
                    paused_since = None
            if paused_since is None:
                paused_since, unlimited_pause = event.at, event.unlimited
        elif isinstance(event, PauseEnded) and paused_since is not None:
            end = _pause_end(paused_since, event.at, unlimited_pause, closed_pause, plan)
            closed_pause += max(ZERO, end - paused_since)
            spans.append((paused_since, max(paused_since, end)))
            paused_since = None
        elif isinstance(event, ExtensionApplied):
            extension += timedelta(minutes=event.minutes)
        elif isinstance(event, Compensated):
            compensation += event.duration
        elif isinstance(event, Ended):
            if paused_since is not None:  # ending closes an open pause (R-TIME-5: it stopped the clock)
                end = _pause_end(paused_since, event.at, unlimited_pause, closed_pause, plan)
                closed_pause += max(ZERO, end - paused_since)
                spans.append((paused_since, max(paused_since, end)))
                paused_since = None
            ended = event
        elif isinstance(event, MarkedAbsent):
            absent = True
    if absent and started_at is None:
        return Clock(ClockState.ABSENT, None, None, ZERO, ZERO, None, ZERO, ZERO, None), spans
    if anchor is None:
        return Clock(
            ClockState.NOT_STARTED,
            None,
            None,
            plan.base_duration + plan.grant,
            ZERO,
            None,
            ZERO,
            ZERO,
            None,
            grant=plan.grant,
        ), spans
    moment = ended.at if ended is not None else now
    open_pause = ZERO
    if paused_since is not None:
        limit_end = _pause_end(paused_since, moment, unlimited_pause, closed_pause, plan)
        open_pause = max(ZERO, limit_end - paused_since)
        if limit_end < moment:  # R-TIME-5: the pause ended at the limit; the clock runs again
            closed_pause += open_pause
            spans.append((paused_since, limit_end))
            open_pause = ZERO
            paused_since = None
        else:
            spans.append((paused_since, max(paused_since, moment)))
    total_pause = closed_pause + open_pause
    base_end = anchor + plan.base_duration + compensation + total_pause
    deadline = base_end + plan.grant + extension
    if ended is not None:
        return Clock(
            ended.state,
            started_at,
            deadline,
            ZERO,
            total_pause,
            None,
            extension,
            compensation,
            ended.at,
            base_end,
            plan.grant,
        ), spans
    remaining = max(ZERO, deadline - now)
    if paused_since is not None:
        state = ClockState.PAUSED
    elif now >= deadline:
        state = ClockState.TIME_UP  # derived at once; the station also records it (R-TIME-9)
    else:
        state = ClockState.RUNNING
    ended_at = deadline if state is ClockState.TIME_UP else None
    return Clock(
        state,
        started_at,
        deadline,
        remaining,
        total_pause,
        paused_since,
        extension,
        compensation,
        ended_at,
        base_end,
        plan.grant,
    ), spans


# --- the limits the surveillant's actions are checked against -----------------------------------------

_LATE = QT_TRANSLATE_NOOP(
    "Clock",
    "The session started {minutes} minutes ago; a candidate may start at most {limit} minutes late. "
    "Only the examensecretaris can override this, with a reason.",
)
# Issue 15, finding 14: these read "5 minuten is meer dan de 30 minuten…" and then "5 minuten meer is meer
# tijd dan toegekend"; they now say what was asked, what is on the clock already, and who can decide.
_BEYOND_GRANT = QT_TRANSLATE_NOOP(
    "Clock",
    "This candidate's {granted} min of granted extra time is already on the clock, so another {minutes} min "
    "would be more time than granted, which is itself an irregularity. Only the examensecretaris can override "
    "this, with a reason.",
)
_NO_GRANT = QT_TRANSLATE_NOOP(
    "Clock",
    "This candidate was granted no extra time, so {minutes} min more would be more time than granted, which is "
    "itself an irregularity. Only the examensecretaris can override this, with a reason.",
)
_NO_MINUTES = QT_TRANSLATE_NOOP("Clock", "Give a number of minutes above zero.")
_OVER_COMPENSATION = QT_TRANSLATE_NOOP(
    "Clock",
    "The storing lasted {storing}; with {given} already compensated, at most {left} more can be given.",
)
_STORING_OPEN = QT_TRANSLATE_NOOP("Clock", "Compensation can be given once the storing has ended.")
_NO_CONSULT = QT_TRANSLATE_NOOP(
    "Clock", "More than 30 minutes of extra time on one ground needs the CvTE consult (date and reference)."
)


def extra_minutes(accommodation: Accommodation) -> int:
    """R-TIME-3, R-TIME-6: one extra_time's grant: at most 30 minutes, unless the CvTE was consulted;
    then the consulted minutes are the grant."""
    consult = accommodation.cvte_consult
    if consult is not None and consult.minutes is not None:
        return consult.minutes
    return min(MAX_EXTRA_MINUTES, accommodation.minutes or 0)


def _factor_time(base: timedelta, factor: Fraction) -> timedelta:
    # R-TIME-2: whole seconds, exact arithmetic; the factor is at most 2.
    seconds = Fraction(int(base.total_seconds())) * (min(Fraction(2), factor) - 1)
    return timedelta(seconds=int(seconds))


def _exception_candidate(accommodation: Accommodation, ground: Ground) -> bool:
    if accommodation.kind is not AccommodationKind.EXTRA_TIME or accommodation.ground is not ground:
        return False
    if ground is Ground.NT2:
        years = accommodation.nt2_school_years
        return years is not None and years < NT2_EXCEPTION_YEARS
    return True


def allowance(base: timedelta, applied: Sequence[Accommodation]) -> timedelta:
    """R-TIME-3: the time beyond the base duration a candidate is granted: the largest *single* one of
    base × factor and extra time, never a sum. The one exception, decided by ground codes: dyslexia
    together with NT2 (fewer than six school years in the Netherlands) gives 2 × 30 = 60 minutes."""
    options = [ZERO]
    for accommodation in applied:
        if accommodation.kind is AccommodationKind.EXTENDED_DURATION and accommodation.factor is not None:
            options.append(_factor_time(base, accommodation.factor))
        elif accommodation.kind is AccommodationKind.EXTRA_TIME:
            options.append(timedelta(minutes=extra_minutes(accommodation)))
    dyslexia = [a for a in applied if _exception_candidate(a, Ground.DYSLEXIA)]
    nt2 = [a for a in applied if _exception_candidate(a, Ground.NT2)]
    if dyslexia and nt2:
        pair = min(MAX_EXTRA_MINUTES, max(a.minutes or 0 for a in dyslexia)) + min(
            MAX_EXTRA_MINUTES, max(a.minutes or 0 for a in nt2)
        )
        options.append(timedelta(minutes=min(NT2_EXCEPTION_MINUTES, pair)))
    return max(options)


def consult_problem(accommodation: Accommodation) -> Message | None:
    """R-TIME-6: extra time above 30 minutes exists only with a CvTE consult recorded on it."""
    if (
        accommodation.kind is AccommodationKind.EXTRA_TIME
        and (accommodation.minutes or 0) > MAX_EXTRA_MINUTES
        and accommodation.cvte_consult is None
    ):
        return message(_NO_CONSULT)
    return None


def extension_refusal(minutes: int, granted: int) -> Message | None:
    """R-TIME-4: the grant is on the clock from the start, so any time the surveillant adds is beyond it."""
    if minutes <= 0:
        return message(_NO_MINUTES)
    if granted <= 0:
        return message(_NO_GRANT, minutes=minutes)
    return message(_BEYOND_GRANT, minutes=minutes, granted=granted)


def is_late(planned_start: datetime, at: datetime, grace_minutes: int) -> bool:
    """R-TIME-8: a start later than the session's start plus the grace is a late start, whatever was pressed."""
    return at > planned_start + timedelta(minutes=grace_minutes)


def late_start_refusal(planned_start: datetime, now: datetime, limit_minutes: int) -> Message | None:
    """R-TIME-8: a candidate may start at most ``limit_minutes`` after the session's planned start."""
    late = now - planned_start
    if late > timedelta(minutes=limit_minutes):
        return message(_LATE, minutes=int(late.total_seconds() // 60), limit=limit_minutes)
    return None


def compensation_given(compensations: Iterable[Compensated], storing_id: int) -> timedelta:
    """R-TIME-7: the compensation given for one storing (from the clock's events, so voided grants are out)."""
    return sum((c.duration for c in compensations if c.storing_id == storing_id), ZERO)


def compensation_refusal(
    storing_start: datetime, storing_end: datetime | None, already: timedelta, requested: timedelta
) -> Message | None:
    """R-TIME-7: compensation refers to an ended storing and never exceeds its duration."""
    if storing_end is None:
        return message(_STORING_OPEN)
    duration = max(ZERO, storing_end - storing_start)
    if requested <= ZERO or already + requested > duration:
        return message(
            _OVER_COMPENSATION,
            storing=duration_message(duration),
            given=duration_message(already),
            left=duration_message(max(ZERO, duration - already)),
        )
    return None


def pause_needs_consult(total_pause: timedelta, threshold_minutes: int) -> bool:
    """R-TIME-5: above the threshold (default 60 minutes in total) the CvTE must be consulted."""
    return total_pause > timedelta(minutes=threshold_minutes)
