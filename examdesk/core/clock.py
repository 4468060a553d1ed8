"""Each candidate's own clock (R-TIME-1..9), derived from their events and "now", never counted down.

``evaluate(plan, events, now)`` is a pure function: after a crash or a restart the station evaluates the
same events again and gets exactly the same state, deadline and remaining time.

Deadline = anchor + base duration + applied extension + storing compensation + total pause time, where
the anchor is the candidate's start, or the session's planned start for a late arrival (R-TIME-8).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

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
    base_duration: timedelta  # the exam's duration, doubled at most for extended_duration (R-TIME-2)


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

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES


def evaluate(plan: ClockPlan, events: Iterable[ClockEvent], now: datetime) -> Clock:
    """The clock of one candidate at ``now``, from their clock events in recorded order (R-TIME-1)."""
    started_at: datetime | None = None
    anchor: datetime | None = None
    closed_pause = ZERO
    paused_since: datetime | None = None
    extension = ZERO
    compensation = ZERO
    ended: Ended | None = None
    absent = False
    for event in events:
        if isinstance(event, Started):
            started_at = event.at
            anchor = plan.planned_start if event.late_arrival else event.at
        elif isinstance(event, PauseStarted) and paused_since is None:
            paused_since = event.at
        elif isinstance(event, PauseEnded) and paused_since is not None:
            closed_pause += max(ZERO, event.at - paused_since)
            paused_since = None
        elif isinstance(event, ExtensionApplied):
            extension += timedelta(minutes=event.minutes)
        elif isinstance(event, Compensated):
            compensation += event.duration
        elif isinstance(event, Ended):
            if paused_since is not None:  # ending closes an open pause (R-TIME-5: it stopped the clock)
                closed_pause += max(ZERO, event.at - paused_since)
                paused_since = None
            ended = event
        elif isinstance(event, MarkedAbsent):
            absent = True
    if absent and started_at is None:
        return Clock(ClockState.ABSENT, None, None, ZERO, ZERO, None, ZERO, ZERO, None)
    if anchor is None:
        return Clock(ClockState.NOT_STARTED, None, None, plan.base_duration, ZERO, None, ZERO, ZERO, None)
    moment = ended.at if ended is not None else now
    open_pause = max(ZERO, moment - paused_since) if paused_since is not None else ZERO
    total_pause = closed_pause + open_pause
    deadline = anchor + plan.base_duration + extension + compensation + total_pause
    if ended is not None:
        return Clock(
            ended.state, started_at, deadline, ZERO, total_pause, None, extension, compensation, ended.at
        )
    remaining = max(ZERO, deadline - now)
    if paused_since is not None:
        state = ClockState.PAUSED
    elif now >= deadline:
        state = ClockState.TIME_UP  # derived at once; the station also records it (R-TIME-9)
    else:
        state = ClockState.RUNNING
    ended_at = deadline if state is ClockState.TIME_UP else None
    return Clock(
        state, started_at, deadline, remaining, total_pause, paused_since, extension, compensation, ended_at
    )


# --- the limits the surveillant's actions are checked against -----------------------------------------

_LATE = QT_TRANSLATE_NOOP(
    "Clock", "The session started {minutes} minutes ago; a candidate may start at most {limit} minutes late."
)
_BEYOND_GRANT = QT_TRANSLATE_NOOP(
    "Clock",
    "{minutes} minutes is more than the {granted} minutes this candidate was granted ({applied} already given). "
    "Giving more time than allowed is itself an irregularity; only the examensecretaris can override it, with a reason.",
)
_OVER_COMPENSATION = QT_TRANSLATE_NOOP(
    "Clock",
    "The storing lasted {storing}; with {given} already compensated, at most {left} more can be given.",
)
_STORING_OPEN = QT_TRANSLATE_NOOP("Clock", "Compensation can be given once the storing has ended.")
_NO_CONSULT = QT_TRANSLATE_NOOP(
    "Clock", "More than 30 minutes of extra time on one ground needs the reference of the CvTE consult."
)


@dataclass(frozen=True)
class ExtraTimeGround:
    """A ground for extra time from the roster (R-TIME-3): minutes and basis (e.g. "dyslexie")."""

    minutes: int
    basis: str


def _is_dyslexia(basis: str) -> bool:
    return "dyslex" in basis.lower()


def _is_recent_newcomer(basis: str) -> bool:
    text = basis.lower()
    return "nt2" in text or "anderstalig" in text or "niet-nederlandstalig" in text or "non-native" in text


def granted_extension(grounds: Sequence[ExtraTimeGround], consulted: bool = False) -> int:
    """The extra minutes a candidate may be given (R-TIME-3, R-TIME-6).

    Extensions on different grounds do not add up: the largest counts, at most 30 minutes unless the
    CvTE was consulted. The one exception is dyslexia together with non-native speaker (fewer than six
    school years in the Netherlands): 2 × 30 = 60 minutes, only with both grounds recorded.
    """
    if not grounds:
        return 0
    largest = max(ground.minutes for ground in grounds)
    if any(_is_dyslexia(g.basis) for g in grounds) and any(_is_recent_newcomer(g.basis) for g in grounds):
        return min(
            60,
            sum(min(30, g.minutes) for g in grounds if _is_dyslexia(g.basis) or _is_recent_newcomer(g.basis)),
        )
    return largest if consulted else min(30, largest)


def needs_consult(grounds: Sequence[ExtraTimeGround]) -> Message | None:
    """R-TIME-6: a single ground above 30 minutes needs a CvTE consult reference (None when it does not)."""
    if any(g.minutes > 30 for g in grounds) and granted_extension(grounds) < max(g.minutes for g in grounds):
        return message(_NO_CONSULT)
    return None


def extension_refusal(minutes: int, granted: int, applied: int) -> Message | None:
    """R-TIME-4: why the surveillant may not apply ``minutes`` more (None when allowed)."""
    if minutes <= 0 or applied + minutes > granted:
        return message(_BEYOND_GRANT, minutes=minutes, granted=granted, applied=applied)
    return None


def late_start_refusal(planned_start: datetime, now: datetime, limit_minutes: int) -> Message | None:
    """R-TIME-8: a candidate may start at most ``limit_minutes`` after the session's planned start."""
    late = now - planned_start
    if late > timedelta(minutes=limit_minutes):
        return message(_LATE, minutes=int(late.total_seconds() // 60), limit=limit_minutes)
    return None


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
            storing=_minutes_text(duration),
            given=_minutes_text(already),
            left=_minutes_text(max(ZERO, duration - already)),
        )
    return None


def pause_needs_consult(total_pause: timedelta, threshold_minutes: int) -> bool:
    """R-TIME-5: above the threshold (default 60 minutes in total) the CvTE must be consulted."""
    return total_pause > timedelta(minutes=threshold_minutes)


def _minutes_text(duration: timedelta) -> str:
    seconds = int(duration.total_seconds())
    return f"{seconds // 60}:{seconds % 60:02d}"
