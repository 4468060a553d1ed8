"""One candidate's timeline for the proces-verbaal (R-PV-1): when they worked, paused and had a storing,
the extension and compensation beyond their regular end, a late start, and how their exam ended.

``build(plan, events, now, storingen)`` takes what ``core.clock.evaluate`` takes (plus the storingen,
which the clock does not read: the clock goes on during a storing, R-TIME-7) and never decides anything
the clock decides itself. The deadline, the end, the total pause, the extension and the compensation are
the clock's; even the pauses are read off the clock, evaluated after each event in turn, so that the
timeline cannot disagree with the clock about when a candidate's time stood still.

Three kinds of thing make up a timeline:

* **segments** divide the time from the candidate's start to their end (or to "now" while they are still
  at work) without gaps or overlaps: working, pause, or working during a storing;
* **zones** mark stretches of time the segments do not: the late start (planned start to actual start,
  R-TIME-8), the extension (R-TIME-3) and the compensation (R-TIME-7) beyond the regular end, and the
  time that remains until the deadline while the candidate is still at work. A late start lies before
  the start; nothing lies after the end of a candidate's clock (R-PV-7): an extension or compensation
  they did not reach is neither drawn nor counted;
* the **end marker**: handed in, time up, left early, or absent.

The times are whatever the event log says. When the wall clock went back during a session (R-TIME-10),
pauses may overlap; segments still never do, and the pause segments then add up to less than the
clock's total pause (which counts each pause whole).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from examdesk.core.clock import (
    ZERO,
    Clock,
    ClockEvent,
    ClockPlan,
    ClockState,
    Compensated,
    evaluate,
    pause_spans,
)


class SegmentKind(StrEnum):
    WORKING = "working"
    PAUSE = "pause"  # the clock stands still (R-TIME-5)
    STORING = "storing"  # working time during a storing: the clock goes on (R-TIME-7)


class ZoneKind(StrEnum):
    LATE_START = "late_start"  # from the planned start to a late arrival's start (R-TIME-8)
    EXTENSION = "extension"  # the applied extension, right after the regular end (R-TIME-3, R-TIME-4)
    COMPENSATION = "compensation"  # compensation for storingen, after the extension (R-TIME-7)
    REMAINING = "remaining"  # from now to the deadline, while the candidate is still at work


class EndKind(StrEnum):
    HANDED_IN = "handed_in"
    TIME_UP = "time_up"
    LEFT_EARLY = "left_early"
    ABSENT = "absent"


_END_KINDS = {
    ClockState.FINISHED: EndKind.HANDED_IN,
    ClockState.TIME_UP: EndKind.TIME_UP,
    ClockState.LEFT_EARLY: EndKind.LEFT_EARLY,
    ClockState.ABSENT: EndKind.ABSENT,
}


@dataclass(frozen=True)
class Storing:
    """A storing as recorded: its begin and (once it has ended) its end; ``id`` is the begin event's."""

    id: int
    started: datetime
    ended: datetime | None = None


@dataclass(frozen=True)
class Segment:
    """A stretch of the candidate's own time, ``start`` to ``end``."""

    kind: SegmentKind
    start: datetime
    end: datetime

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class Zone:
    """A marked stretch of time beside the segments (late start, extension, compensation, remaining)."""

    kind: ZoneKind
    start: datetime
    end: datetime

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class StoringSpan:
    """A storing with the compensation granted for it; ``end`` is ``None`` while it goes on."""

    id: int
    start: datetime
    end: datetime | None
    compensation: timedelta

    def duration(self, until: datetime) -> timedelta:
        """How long it lasted (until ``until`` while it goes on)."""
        return max(ZERO, (self.end or until) - self.start)


@dataclass(frozen=True)
class EndMarker:
    """How the candidate's exam ended; ``at`` is ``None`` for an absent candidate."""

    kind: EndKind
    at: datetime | None


@dataclass(frozen=True)
class Timeline:
    """One candidate's timeline at one moment (see the module's description)."""

    clock: Clock
    planned_start: datetime
    start: datetime | None  # None: not started (or absent)
    end: datetime | None  # the end of the segments: how the exam ended, or "now" while at work
    regular_end: datetime | None  # the deadline without extension and compensation
    segments: tuple[Segment, ...]
    zones: tuple[Zone, ...]
    storingen: tuple[StoringSpan, ...]
    end_marker: EndMarker | None

    @property
    def state(self) -> ClockState:
        return self.clock.state

    @property
    def deadline(self) -> datetime | None:
        return self.clock.deadline

    def _total(self, *kinds: SegmentKind) -> timedelta:
        return sum((s.duration for s in self.segments if s.kind in kinds), ZERO)

    @property
    def total_pause(self) -> timedelta:
        return self._total(SegmentKind.PAUSE)

    @property
    def working_time(self) -> timedelta:
        """The time the clock ran, storingen included."""
        return self._total(SegmentKind.WORKING, SegmentKind.STORING)

    @property
    def storing_time(self) -> timedelta:
        """Working time spent during a storing."""
        return self._total(SegmentKind.STORING)

    def zone(self, kind: ZoneKind) -> Zone | None:
        return next((z for z in self.zones if z.kind is kind), None)

    @property
    def extension_counted(self) -> timedelta:
        """The extension on the record (R-PV-7): all that was applied while the candidate works, only the
        part they reached once their clock has ended."""
        zone = self.zone(ZoneKind.EXTENSION)
        return zone.duration if zone is not None else ZERO

    @property
    def compensation_counted(self) -> timedelta:
        """The compensation on the record, cut at the end of the candidate's clock like the extension."""
        zone = self.zone(ZoneKind.COMPENSATION)
        return zone.duration if zone is not None else ZERO

    @property
    def late_by(self) -> timedelta:
        """How late a late arrival started (R-TIME-8); zero for everyone else."""
        late = self.zone(ZoneKind.LATE_START)
        return late.duration if late is not None else ZERO

    @property
    def earliest(self) -> datetime:
        """The first moment anything of this timeline shows (the planned start at the latest)."""
        moments = [self.planned_start, *(z.start for z in self.zones), *(s.start for s in self.storingen)]
        if self.start is not None:
            moments.append(self.start)
        return min(moments)

    @property
    def latest(self) -> datetime:
        """The last moment anything of this timeline shows."""
        moments = [self.planned_start, *(z.end for z in self.zones)]
        moments += [s.end for s in self.storingen if s.end is not None]
        for moment in (self.end, self.deadline):
            if moment is not None:
                moments.append(moment)
        return max(moments)


def build(
    plan: ClockPlan, events: Sequence[ClockEvent], now: datetime, storingen: Iterable[Storing] = ()
) -> Timeline:
    """The timeline of one candidate at ``now``, from the clock events (in recorded order) and storingen."""
    clock = evaluate(plan, events, now)
    compensation: dict[int, timedelta] = {}
    for event in events:
        if isinstance(event, Compensated):
            compensation[event.storing_id] = compensation.get(event.storing_id, ZERO) + event.duration
    spans = tuple(
        StoringSpan(s.id, s.started, s.ended, compensation.get(s.id, ZERO))
        for s in sorted(storingen, key=lambda s: (s.started, s.id))
    )
    marker = EndMarker(_END_KINDS[clock.state], clock.ended_at) if clock.state in _END_KINDS else None
    start = clock.started_at
    if start is None or clock.deadline is None:
        return Timeline(clock, plan.planned_start, None, None, None, (), (), spans, marker)
    end = max(start, clock.ended_at if clock.is_final and clock.ended_at is not None else now)
    pauses = _pauses(plan, events, now, clock)
    storing_spans = [(s.start, s.end or end) for s in spans]
    segments = _partition(start, end, pauses, storing_spans)

    deadline = clock.deadline
    anchor = (
        deadline
        - plan.base_duration
        - plan.grant
        - clock.applied_extension
        - clock.compensation
        - clock.total_pause
    )
    regular_end = anchor + plan.base_duration + clock.total_pause
    zones: list[Zone] = []
    if anchor < start:
        zones.append(Zone(ZoneKind.LATE_START, anchor, start))
    # R-PV-7: once the candidate's clock has ended (hand-in, time up, leaving), no extension or compensation
    # lies beyond that end: what was granted but not reached is neither drawn nor counted.
    limit = end if clock.is_final else deadline
    # R-TIME-4: the grant is extension time on the clock from the start; an override's time comes on top.
    extension_time = plan.grant + clock.applied_extension
    extension_end = regular_end + extension_time
    if extension_time > ZERO and min(extension_end, limit) > regular_end:
        zones.append(Zone(ZoneKind.EXTENSION, regular_end, min(extension_end, limit)))
    if clock.compensation > ZERO and min(deadline, limit) > extension_end:
        zones.append(Zone(ZoneKind.COMPENSATION, extension_end, min(deadline, limit)))
    if not clock.is_final and deadline > end:
        zones.append(Zone(ZoneKind.REMAINING, end, deadline))
    return Timeline(clock, plan.planned_start, start, end, regular_end, segments, tuple(zones), spans, marker)


def _pauses(
    plan: ClockPlan, events: Sequence[ClockEvent], now: datetime, clock: Clock
) -> list[tuple[datetime, datetime]]:
    """The pauses as the clock counts them (R-TIME-5: a limited pause ends at the limit)."""
    return pause_spans(plan, events, now)


def _partition(
    start: datetime,
    end: datetime,
    pauses: Sequence[tuple[datetime, datetime]],
    storingen: Sequence[tuple[datetime, datetime]],
) -> tuple[Segment, ...]:
    """Divide ``start``..``end``: a pause where the clock stood still, else a storing, else working."""

    def clipped(spans: Sequence[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
        return [(max(a, start), min(b, end)) for a, b in spans if min(b, end) > max(a, start)]

    paused, disturbed = clipped(pauses), clipped(storingen)
    cuts = sorted({start, end, *(m for span in paused + disturbed for m in span)})
    segments: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if any(s <= a and b <= e for s, e in paused):
            kind = SegmentKind.PAUSE
        elif any(s <= a and b <= e for s, e in disturbed):
            kind = SegmentKind.STORING
        else:
            kind = SegmentKind.WORKING
        if segments and segments[-1].kind is kind:
            segments[-1] = Segment(kind, segments[-1].start, b)
        else:
            segments.append(Segment(kind, a, b))
    return tuple(segments)


def span_of(timelines: Iterable[Timeline]) -> tuple[datetime, datetime] | None:
    """The time that a picture of these timelines must show: from the earliest to the latest moment."""
    found = list(timelines)
    if not found:
        return None
    return min(t.earliest for t in found), max(t.latest for t in found)
