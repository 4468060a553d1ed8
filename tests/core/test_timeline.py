"""A candidate's timeline for the proces-verbaal (R-PV-1), derived from the same events as their clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from examdesk.core.clock import (
    ClockEvent,
    ClockPlan,
    ClockState,
    Compensated,
    Ended,
    ExtensionApplied,
    MarkedAbsent,
    PauseEnded,
    PauseStarted,
    Started,
    evaluate,
)
from examdesk.core.timeline import (
    EndKind,
    Segment,
    SegmentKind,
    Storing,
    Timeline,
    ZoneKind,
    build,
    span_of,
)

T0 = datetime(2026, 5, 20, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam
PLAN = ClockPlan(planned_start=T0, base_duration=timedelta(minutes=90))
W, P, S = SegmentKind.WORKING, SegmentKind.PAUSE, SegmentKind.STORING


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def mins(value: float) -> timedelta:
    return timedelta(minutes=value)


def shape(timeline: Timeline) -> list[tuple[SegmentKind, float, float]]:
    """The segments as (kind, start minute, end minute), easy to compare."""
    return [(s.kind, (s.start - T0) / mins(1), (s.end - T0) / mins(1)) for s in timeline.segments]


# --- examples ------------------------------------------------------------------------------------------


# R-PV-1
def test_a_hand_in_after_a_storing_and_a_pause_shows_each_in_its_place_R_PV_1() -> None:
    events: list[ClockEvent] = [
        Started(at(0)),
        PauseStarted(at(45)),
        PauseEnded(at(55)),
        Compensated(mins(7), storing_id=12),
        Ended(at(80), ClockState.FINISHED),
    ]
    timeline = build(PLAN, events, at(200), [Storing(12, at(25), at(32))])
    assert shape(timeline) == [(W, 0, 25), (S, 25, 32), (W, 32, 45), (P, 45, 55), (W, 55, 80)]
    assert timeline.end_marker is not None and timeline.end_marker.kind is EndKind.HANDED_IN
    assert timeline.end_marker.at == at(80) and timeline.end == at(80)
    assert timeline.total_pause == mins(10) and timeline.working_time == mins(70)
    assert timeline.storing_time == mins(7)
    (storing,) = timeline.storingen
    assert (storing.id, storing.start, storing.end, storing.compensation) == (12, at(25), at(32), mins(7))
    # The regular end is start + duration + pauses; the compensation would follow it up to the deadline,
    # but the candidate handed in before: none of it is drawn or counted (R-PV-7).
    assert timeline.regular_end == at(100)
    assert timeline.zone(ZoneKind.COMPENSATION) is None and timeline.compensation_counted == timedelta(0)
    assert timeline.deadline == at(107)
    assert timeline.zone(ZoneKind.EXTENSION) is None and timeline.zone(ZoneKind.REMAINING) is None


# R-TIME-3, R-TIME-7
def test_the_extension_follows_the_regular_end_and_the_compensation_follows_the_extension_R_TIME_3() -> None:
    events: list[ClockEvent] = [Started(at(0)), ExtensionApplied(30), Compensated(mins(5), storing_id=1)]
    timeline = build(PLAN, events, at(10), [Storing(1, at(2), at(7))])
    extension, compensation = timeline.zone(ZoneKind.EXTENSION), timeline.zone(ZoneKind.COMPENSATION)
    assert extension is not None and (extension.start, extension.end) == (at(90), at(120))
    assert compensation is not None and (compensation.start, compensation.end) == (at(120), at(125))
    assert timeline.deadline == at(125)


# R-PV-7 (version 1 drew an unused extension after the hand-in, where it would have been)
def test_no_extension_or_compensation_is_drawn_or_counted_after_the_hand_in_R_PV_7() -> None:
    events: list[ClockEvent] = [
        Started(at(0)),
        ExtensionApplied(30),
        Compensated(mins(5), storing_id=1),
        Ended(at(70), ClockState.FINISHED),
    ]
    timeline = build(PLAN, events, at(300), [Storing(1, at(2), at(7))])
    assert timeline.zone(ZoneKind.EXTENSION) is None and timeline.zone(ZoneKind.COMPENSATION) is None
    assert timeline.extension_counted == timedelta(0) and timeline.compensation_counted == timedelta(0)
    assert timeline.end is not None and all(z.end <= timeline.end for z in timeline.zones)
    # Handed in halfway through the extension: only the part reached counts.
    events = [Started(at(0)), ExtensionApplied(30), Ended(at(100), ClockState.FINISHED)]
    timeline = build(PLAN, events, at(300))
    extension = timeline.zone(ZoneKind.EXTENSION)
    assert extension is not None and (extension.start, extension.end) == (at(90), at(100))
    assert timeline.extension_counted == mins(10)


# R-TIME-8
def test_a_late_arrival_shows_the_time_missed_before_their_start_R_TIME_8() -> None:
    events: list[ClockEvent] = [Started(at(18), late_arrival=True), Ended(at(90), ClockState.TIME_UP)]
    timeline = build(PLAN, events, at(120))
    late = timeline.zone(ZoneKind.LATE_START)
    assert late is not None and (late.start, late.end) == (at(0), at(18))
    assert timeline.late_by == mins(18)
    assert shape(timeline) == [(W, 18, 90)]
    assert timeline.end_marker is not None and timeline.end_marker.kind is EndKind.TIME_UP
    assert timeline.earliest == at(0)


def test_a_candidate_who_simply_starts_later_has_no_late_start() -> None:
    timeline = build(PLAN, [Started(at(5))], at(10))
    assert timeline.zone(ZoneKind.LATE_START) is None and timeline.late_by == timedelta(0)


# R-TIME-5
def test_a_pause_still_going_on_runs_to_now_and_the_remaining_time_follows_R_TIME_5() -> None:
    events: list[ClockEvent] = [Started(at(0)), PauseStarted(at(30))]
    timeline = build(PLAN, events, at(40))
    assert shape(timeline) == [(W, 0, 30), (P, 30, 40)]
    assert timeline.state is ClockState.PAUSED and timeline.end_marker is None
    remaining = timeline.zone(ZoneKind.REMAINING)
    assert remaining is not None and (remaining.start, remaining.end) == (at(40), at(100))
    assert remaining.duration == timeline.clock.remaining


def test_a_running_candidate_ends_now_with_the_remaining_time_after_it() -> None:
    timeline = build(PLAN, [Started(at(0))], at(20))
    assert shape(timeline) == [(W, 0, 20)]
    remaining = timeline.zone(ZoneKind.REMAINING)
    assert remaining is not None and remaining.end == at(90)


# R-TIME-9
def test_a_time_up_not_yet_recorded_ends_at_the_deadline_R_TIME_9() -> None:
    timeline = build(PLAN, [Started(at(0))], at(95))
    assert timeline.state is ClockState.TIME_UP and timeline.end == at(90)
    assert timeline.end_marker is not None and timeline.end_marker.kind is EndKind.TIME_UP
    assert timeline.zone(ZoneKind.REMAINING) is None


# R-TIME-9
def test_left_early_is_marked_at_the_moment_they_left_R_TIME_9() -> None:
    timeline = build(PLAN, [Started(at(0)), Ended(at(33), ClockState.LEFT_EARLY)], at(95))
    assert timeline.end_marker is not None
    assert (timeline.end_marker.kind, timeline.end_marker.at) == (EndKind.LEFT_EARLY, at(33))


def test_an_absent_candidate_has_no_segments_and_an_absent_marker() -> None:
    timeline = build(PLAN, [MarkedAbsent()], at(95))
    assert timeline.segments == () and timeline.zones == () and timeline.start is None
    assert timeline.end_marker is not None and timeline.end_marker.kind is EndKind.ABSENT
    assert timeline.end_marker.at is None


def test_a_candidate_who_has_not_started_has_an_empty_timeline() -> None:
    timeline = build(PLAN, [ExtensionApplied(30)], at(10))
    assert timeline.state is ClockState.NOT_STARTED
    assert timeline.segments == () and timeline.end_marker is None and timeline.end is None
    assert timeline.earliest == timeline.latest == T0


# R-TIME-5, R-TIME-7
def test_a_pause_during_a_storing_stops_the_clock_and_the_storing_goes_on_after_it() -> None:
    events: list[ClockEvent] = [Started(at(0)), PauseStarted(at(10)), PauseEnded(at(15))]
    timeline = build(PLAN, events, at(30), [Storing(3, at(5), at(20))])
    assert shape(timeline) == [(W, 0, 5), (S, 5, 10), (P, 10, 15), (S, 15, 20), (W, 20, 30)]


def test_a_storing_still_going_on_lasts_until_the_end() -> None:
    events: list[ClockEvent] = [Started(at(0)), Ended(at(40), ClockState.FINISHED)]
    timeline = build(PLAN, events, at(60), [Storing(3, at(30))])
    assert shape(timeline) == [(W, 0, 30), (S, 30, 40)]
    assert timeline.storingen[0].end is None and timeline.storingen[0].duration(at(40)) == mins(10)


def test_ending_during_a_pause_closes_the_pause_as_the_clock_does() -> None:
    events: list[ClockEvent] = [Started(at(0)), PauseStarted(at(30)), Ended(at(35), ClockState.LEFT_EARLY)]
    timeline = build(PLAN, events, at(60))
    assert shape(timeline) == [(W, 0, 30), (P, 30, 35)]
    assert timeline.total_pause == timeline.clock.total_pause == mins(5)


def test_a_second_pause_start_during_a_pause_changes_nothing() -> None:
    events: list[ClockEvent] = [
        Started(at(0)),
        PauseStarted(at(10)),
        PauseStarted(at(12)),
        PauseEnded(at(20)),
    ]
    timeline = build(PLAN, events, at(30))
    assert shape(timeline) == [(W, 0, 10), (P, 10, 20), (W, 20, 30)]


# R-TIME-10
def test_pauses_that_overlap_after_the_clock_went_back_never_give_overlapping_segments_R_TIME_10() -> None:
    events: list[ClockEvent] = [
        Started(at(0)),
        PauseStarted(at(10)),
        PauseEnded(at(20)),
        PauseStarted(at(15)),  # the wall clock went back five minutes
        PauseEnded(at(25)),
    ]
    timeline = build(PLAN, events, at(40))
    assert shape(timeline) == [(W, 0, 10), (P, 10, 25), (W, 25, 40)]
    assert timeline.clock.total_pause == mins(20)  # the clock counts each pause whole


def test_compensation_is_attributed_to_the_storing_it_refers_to() -> None:
    events: list[ClockEvent] = [
        Started(at(0)),
        Compensated(mins(3), storing_id=1),
        Compensated(mins(2), storing_id=2),
        Compensated(mins(1), storing_id=1),
    ]
    timeline = build(PLAN, events, at(60), [Storing(2, at(30), at(33)), Storing(1, at(5), at(10))])
    assert [(s.id, s.compensation) for s in timeline.storingen] == [(1, mins(4)), (2, mins(2))]


def test_the_span_of_a_session_runs_from_the_earliest_to_the_latest_moment() -> None:
    first = build(PLAN, [Started(at(10), late_arrival=True), Ended(at(50), ClockState.FINISHED)], at(200))
    second = build(PLAN, [Started(at(1)), ExtensionApplied(30)], at(20))
    assert span_of([first, second]) == (at(0), at(121))
    assert span_of([]) is None


# --- properties ------------------------------------------------------------------------------------------


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[ClockEvent], list[Storing], datetime]:
    """What the services can record for one candidate, in time order, and a moment to look at it: nothing
    is recorded once their time is up, and time up is recorded (stamped with the deadline) only while the
    clock runs, as ``record_time_ups`` does (R-TIME-9)."""
    late = draw(st.booleans())
    start = draw(st.integers(min_value=0, max_value=30))
    events: list[ClockEvent] = [Started(at(start), late_arrival=late)]
    storingen: list[Storing] = []
    moment = start
    paused = False
    open_storing: Storing | None = None

    def at_work() -> bool:
        return evaluate(PLAN, events, at(moment)).state in (ClockState.RUNNING, ClockState.PAUSED)

    for _ in range(draw(st.integers(min_value=0, max_value=10))):
        moment += draw(st.integers(min_value=0, max_value=25))
        if not at_work():
            break
        kind = draw(st.sampled_from(["pause", "extension", "storing", "compensation"]))
        if kind == "pause":
            events.append(PauseEnded(at(moment)) if paused else PauseStarted(at(moment)))
            paused = not paused
        elif kind == "extension":
            events.append(ExtensionApplied(draw(st.integers(min_value=1, max_value=30))))
        elif kind == "storing":
            if open_storing is None:
                open_storing = Storing(len(storingen) + 1, at(moment))
                storingen.append(open_storing)
            else:
                storingen[-1] = Storing(open_storing.id, open_storing.started, at(moment))
                open_storing = None
        elif any(s.ended is not None for s in storingen):
            ended = next(s for s in reversed(storingen) if s.ended is not None)
            events.append(Compensated(mins(draw(st.integers(min_value=1, max_value=10))), ended.id))
    moment += draw(st.integers(min_value=0, max_value=40))
    ending = draw(st.sampled_from(["none", "hand_in", "left_early", "time_up"]))
    if ending in ("hand_in", "left_early") and at_work():
        state = ClockState.FINISHED if ending == "hand_in" else ClockState.LEFT_EARLY
        events.append(Ended(at(moment), state))
    elif ending == "time_up":
        if paused and at_work():
            events.append(PauseEnded(at(moment)))
        clock = evaluate(PLAN, events, at(moment))
        if clock.state in (ClockState.RUNNING, ClockState.TIME_UP):
            assert clock.deadline is not None
            events.append(Ended(clock.deadline, ClockState.TIME_UP))
            moment = max(moment, int((clock.deadline - T0) / mins(1)) + 1)
    look = moment + draw(st.integers(min_value=0, max_value=200))
    return events, storingen, at(look)


def covered(start: datetime, end: datetime, spans: list[tuple[datetime, datetime]]) -> bool:
    """Whether ``start``..``end`` lies within the union of ``spans``."""
    reach = start
    for a, b in sorted(spans):
        if a <= reach:
            reach = max(reach, b)
    return reach >= end


def assert_well_formed(timeline: Timeline) -> None:
    """Segments follow each other without gap or overlap from the start to the end."""
    segments = timeline.segments
    if timeline.start is None:
        assert segments == () and timeline.end is None
        return
    assert timeline.end is not None and timeline.start <= timeline.end
    if timeline.start == timeline.end:
        assert segments == ()
        return
    assert segments[0].start == timeline.start and segments[-1].end == timeline.end
    for segment in segments:
        assert segment.start < segment.end
    for before, after in zip(segments, segments[1:], strict=False):
        assert before.end == after.start
        assert before.kind is not after.kind  # neighbours of one kind are one segment


# R-PV-1
@given(histories())
def test_segments_never_overlap_and_cover_the_start_to_the_end_R_PV_1(history) -> None:
    events, storingen, now = history
    assert_well_formed(build(PLAN, events, now, storingen))


# R-PV-1, R-TIME-5
@given(histories())
def test_the_pauses_add_up_to_the_clocks_total_pause_R_TIME_5(history) -> None:
    events, storingen, now = history
    timeline = build(PLAN, events, now, storingen)
    assert timeline.total_pause == evaluate(PLAN, events, now).total_pause
    assert timeline.start is not None and timeline.end is not None
    assert timeline.working_time + timeline.total_pause == timeline.end - timeline.start


# R-TIME-1
@given(histories())
def test_the_timeline_takes_its_times_from_the_clock_R_TIME_1(history) -> None:
    events, storingen, now = history
    clock = evaluate(PLAN, events, now)
    timeline = build(PLAN, events, now, storingen)
    assert timeline.clock == clock and timeline.deadline == clock.deadline
    assert timeline.start == clock.started_at
    if clock.is_final:
        assert timeline.end == clock.ended_at
        assert timeline.end_marker is not None and timeline.end_marker.at == clock.ended_at
    else:
        assert clock.started_at is not None
        assert timeline.end == max(now, clock.started_at)
        assert timeline.end_marker is None
        remaining = timeline.zone(ZoneKind.REMAINING)
        assert (remaining.duration if remaining else timedelta(0)) == clock.remaining


# R-TIME-3, R-TIME-7, R-TIME-8
@given(histories())
def test_extension_compensation_and_late_start_zones_match_the_clock_R_TIME_3(history) -> None:
    events, storingen, now = history
    timeline = build(PLAN, events, now, storingen)
    clock = timeline.clock
    extension = timeline.zone(ZoneKind.EXTENSION)
    compensation = timeline.zone(ZoneKind.COMPENSATION)
    if clock.is_final:  # R-PV-7: only what lies before the end of the clock
        assert timeline.extension_counted <= clock.applied_extension
        assert timeline.compensation_counted <= clock.compensation
        assert timeline.end is not None and all(z.end <= timeline.end for z in timeline.zones)
        if clock.state is ClockState.TIME_UP:
            assert timeline.extension_counted == clock.applied_extension
            assert timeline.compensation_counted == clock.compensation
    else:
        assert (extension.duration if extension else timedelta(0)) == clock.applied_extension
        assert (compensation.duration if compensation else timedelta(0)) == clock.compensation
    assert timeline.regular_end is not None
    assert timeline.regular_end + clock.applied_extension + clock.compensation == clock.deadline
    started = events[0]
    assert isinstance(started, Started)
    expected_late = max(timedelta(0), started.at - T0) if started.late_arrival else timedelta(0)
    assert timeline.late_by == expected_late
    assert sum((s.compensation for s in timeline.storingen), timedelta(0)) == clock.compensation


# R-TIME-8, R-TIME-9
@given(histories())
def test_who_ran_out_of_time_worked_the_duration_extension_and_compensation_less_any_lateness_R_TIME_9(
    history,
) -> None:
    events, storingen, now = history
    timeline = build(PLAN, events, now, storingen)
    if timeline.state is ClockState.TIME_UP:
        clock = timeline.clock
        assert (
            timeline.working_time + timeline.late_by
            == PLAN.base_duration + clock.applied_extension + clock.compensation
        )


# R-TIME-7
@given(histories())
def test_storing_segments_lie_within_a_storing_and_pauses_within_a_pause_R_TIME_7(history) -> None:
    events, storingen, now = history
    timeline = build(PLAN, events, now, storingen)
    assert timeline.end is not None
    for segment in timeline.segments:
        if segment.kind is SegmentKind.STORING:
            spans = [(s.start, s.end or timeline.end) for s in timeline.storingen]
            assert covered(segment.start, segment.end, spans)
    assert timeline.start is not None and timeline.end is not None
    assert timeline.earliest <= timeline.start <= timeline.end <= timeline.latest


# R-TIME-1: a final timeline no longer depends on when it is looked at.
@given(histories(), st.integers(min_value=0, max_value=600))
def test_a_finished_timeline_stays_the_same_whenever_it_is_looked_at_R_TIME_1(history, later: int) -> None:
    events, storingen, now = history
    first = build(PLAN, events, now, storingen)
    if first.clock.is_final:
        assert build(PLAN, events, now + mins(later), storingen) == first
    assert build(PLAN, list(events), now, list(storingen)) == first


anything = st.one_of(
    st.builds(Started, st.integers(0, 200).map(at), st.booleans()),
    st.builds(PauseStarted, st.integers(0, 200).map(at)),
    st.builds(PauseEnded, st.integers(0, 200).map(at)),
    st.builds(ExtensionApplied, st.integers(0, 60)),
    st.builds(Compensated, st.integers(0, 20).map(mins), st.integers(1, 3)),
    st.builds(
        Ended,
        st.integers(0, 200).map(at),
        st.sampled_from([ClockState.FINISHED, ClockState.LEFT_EARLY, ClockState.TIME_UP]),
    ),
    st.just(MarkedAbsent()),
)


# R-TIME-10: whatever order and times the log holds (a clock that went back), the picture stays whole.
@given(
    st.lists(anything, max_size=12),
    st.lists(
        st.builds(
            Storing, st.integers(1, 3), st.integers(0, 200).map(at), st.none() | st.integers(0, 200).map(at)
        ),
        max_size=3,
    ),
    st.integers(0, 300),
)
def test_any_event_order_gives_a_well_formed_timeline_R_TIME_10(
    events: list[ClockEvent], storingen: list[Storing], now: int
) -> None:
    timeline = build(PLAN, events, at(now), storingen)
    assert_well_formed(timeline)
    for segment in timeline.segments:
        assert isinstance(segment, Segment)
