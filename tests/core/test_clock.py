"""Each candidate's clock (R-TIME-1..9), derived from events and "now"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from examdesk import i18n
from examdesk.core.clock import (
    ClockPlan,
    ClockState,
    Compensated,
    Ended,
    ExtensionApplied,
    ExtraTimeGround,
    MarkedAbsent,
    PauseEnded,
    PauseStarted,
    Started,
    compensation_refusal,
    evaluate,
    extension_refusal,
    granted_extension,
    late_start_refusal,
    needs_consult,
    pause_needs_consult,
)

T0 = datetime(2026, 6, 12, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam
PLAN = ClockPlan(planned_start=T0, base_duration=timedelta(minutes=90))


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


# R-TIME-1
def test_deadline_is_start_plus_duration_extension_compensation_and_pauses_R_TIME_1() -> None:
    events = [
        Started(at(2)),
        ExtensionApplied(30),
        PauseStarted(at(20)),
        PauseEnded(at(30)),
        Compensated(timedelta(minutes=5), storing_id=7),
    ]
    clock = evaluate(PLAN, events, at(60))
    assert clock.state is ClockState.RUNNING
    assert clock.deadline == at(2 + 90 + 30 + 5 + 10)
    assert clock.remaining == timedelta(minutes=77)
    assert clock.total_pause == timedelta(minutes=10) and clock.applied_extension == timedelta(minutes=30)
    assert clock.compensation == timedelta(minutes=5)


# R-TIME-2
def test_base_duration_comes_from_the_plan_R_TIME_2() -> None:
    doubled = ClockPlan(T0, timedelta(minutes=180))
    assert evaluate(doubled, [Started(T0)], T0).remaining == timedelta(minutes=180)


def test_before_the_start_the_whole_duration_remains() -> None:
    clock = evaluate(PLAN, [], at(10))
    assert clock.state is ClockState.NOT_STARTED and clock.remaining == timedelta(minutes=90)


# R-TIME-5
def test_a_pause_stops_the_clock_R_TIME_5() -> None:
    events = [Started(T0), PauseStarted(at(30))]
    during = [evaluate(PLAN, events, at(m)) for m in (30, 45, 200)]
    assert {c.remaining for c in during} == {timedelta(minutes=60)}
    assert all(c.state is ClockState.PAUSED for c in during)
    assert during[1].total_pause == timedelta(minutes=15)


# R-TIME-5
def test_pause_above_the_threshold_needs_a_consult_R_TIME_5() -> None:
    assert not pause_needs_consult(timedelta(minutes=60), 60)
    assert pause_needs_consult(timedelta(minutes=61), 60)


# R-TIME-8
def test_a_late_arrival_keeps_the_deadline_of_the_planned_start_R_TIME_8() -> None:
    clock = evaluate(PLAN, [Started(at(20), late_arrival=True)], at(30))
    assert clock.deadline == at(90) and clock.started_at == at(20)
    assert late_start_refusal(T0, at(30), 30) is None
    refusal = late_start_refusal(T0, at(31), 30)
    assert refusal is not None and "at most 30 minutes late" in i18n.render(refusal)


# R-TIME-9
def test_time_up_is_derived_at_the_deadline_and_recorded_as_final_R_TIME_9() -> None:
    running = [Started(T0)]
    assert evaluate(PLAN, running, at(89)).state is ClockState.RUNNING
    derived = evaluate(PLAN, running, at(91))
    assert (
        derived.state is ClockState.TIME_UP
        and derived.remaining == timedelta(0)
        and derived.ended_at == at(90)
    )
    recorded = evaluate(PLAN, [*running, Ended(at(90), ClockState.TIME_UP)], at(120))
    assert recorded.state is ClockState.TIME_UP and recorded.is_final


# R-TIME-9
def test_hand_in_left_early_and_absent_are_final_R_TIME_9() -> None:
    assert (
        evaluate(PLAN, [Started(T0), Ended(at(50), ClockState.FINISHED)], at(60)).state is ClockState.FINISHED
    )
    left = evaluate(PLAN, [Started(T0), PauseStarted(at(40)), Ended(at(45), ClockState.LEFT_EARLY)], at(60))
    assert left.state is ClockState.LEFT_EARLY and left.total_pause == timedelta(minutes=5) and left.is_final
    assert evaluate(PLAN, [MarkedAbsent()], at(60)).state is ClockState.ABSENT


# R-TIME-3
def test_extensions_on_different_grounds_do_not_add_up_R_TIME_3() -> None:
    assert granted_extension([ExtraTimeGround(30, "dyslexie"), ExtraTimeGround(20, "ADHD")]) == 30
    assert granted_extension([ExtraTimeGround(45, "visuele beperking")]) == 30
    assert granted_extension([]) == 0


# R-TIME-3
def test_dyslexia_with_recent_newcomer_gives_sixty_minutes_only_with_both_grounds_R_TIME_3() -> None:
    both = [
        ExtraTimeGround(30, "dyslexie"),
        ExtraTimeGround(30, "NT2 (minder dan zes jaar onderwijs in Nederland)"),
    ]
    assert granted_extension(both) == 60
    assert granted_extension(both[:1]) == 30


# R-TIME-6
def test_more_than_thirty_minutes_on_one_ground_needs_a_consult_R_TIME_6() -> None:
    long = [ExtraTimeGround(45, "visuele beperking")]
    assert needs_consult(long) is not None
    assert granted_extension(long, consulted=True) == 45
    assert needs_consult([ExtraTimeGround(30, "dyslexie")]) is None


# R-TIME-4
def test_extension_up_to_the_grant_and_no_further_R_TIME_4() -> None:
    assert extension_refusal(15, 30, 15) is None
    refusal = extension_refusal(20, 30, 15)
    assert refusal is not None and "irregularity" in i18n.render(refusal)
    assert extension_refusal(0, 30, 0) is not None


# R-TIME-7
def test_compensation_refers_to_an_ended_storing_and_never_exceeds_it_R_TIME_7() -> None:
    assert compensation_refusal(at(10), None, timedelta(0), timedelta(minutes=1)) is not None
    assert compensation_refusal(at(10), at(18), timedelta(0), timedelta(minutes=8)) is None
    refused = compensation_refusal(at(10), at(18), timedelta(minutes=5), timedelta(minutes=4))
    assert refused is not None and "at most 3:00 more" in i18n.render(refused)


# --- properties ----------------------------------------------------------------------------------------

minutes = st.integers(min_value=0, max_value=240)


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[object], datetime]:
    """A started candidate's events up to a moment ``t``, with only closed pauses."""
    start = draw(st.integers(min_value=0, max_value=20))
    events: list[object] = [Started(at(start), late_arrival=draw(st.booleans()))]
    moment = start
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        kind = draw(st.sampled_from(["pause", "extension", "compensation"]))
        moment += draw(st.integers(min_value=0, max_value=30))
        if kind == "pause":
            length = draw(st.integers(min_value=0, max_value=20))
            events += [PauseStarted(at(moment)), PauseEnded(at(moment + length))]
            moment += length
        elif kind == "extension":
            events.append(ExtensionApplied(draw(st.integers(min_value=1, max_value=30))))
        else:
            events.append(Compensated(timedelta(minutes=draw(st.integers(min_value=1, max_value=10))), 1))
    return events, at(moment)


# R-TIME-1
@given(histories(), minutes, minutes)
def test_remaining_time_never_goes_up_while_running_R_TIME_1(history, a: int, b: int) -> None:  # type: ignore[no-untyped-def]
    events, moment = history
    earlier, later = sorted((a, b))
    first = evaluate(PLAN, events, moment + timedelta(minutes=earlier))
    second = evaluate(PLAN, events, moment + timedelta(minutes=later))
    assert second.remaining <= first.remaining
    assert first.deadline == second.deadline  # nothing recorded: the deadline stands still


# R-TIME-5
@given(histories(), minutes, minutes)
def test_a_pause_freezes_the_remaining_time_R_TIME_5(history, a: int, b: int) -> None:  # type: ignore[no-untyped-def]
    events, moment = history
    paused = [*events, PauseStarted(moment)]
    first = evaluate(PLAN, paused, moment + timedelta(minutes=a))
    second = evaluate(PLAN, paused, moment + timedelta(minutes=b))
    assert first.remaining == second.remaining == evaluate(PLAN, events, moment).remaining


# R-TIME-7
@given(st.integers(min_value=0, max_value=60), st.lists(st.integers(min_value=-5, max_value=40), max_size=8))
def test_compensation_never_exceeds_the_storing_it_refers_to_R_TIME_7(
    length: int, requests: list[int]
) -> None:
    given_total = timedelta(0)
    for request in requests:
        if compensation_refusal(at(0), at(length), given_total, timedelta(minutes=request)) is None:
            given_total += timedelta(minutes=request)
    assert given_total <= timedelta(minutes=length)


# R-TIME-1
@given(histories(), st.lists(minutes, max_size=10), minutes)
def test_the_clock_does_not_depend_on_how_often_it_is_evaluated_R_TIME_1(
    history, looks: list[int], final: int
) -> None:  # type: ignore[no-untyped-def]
    """A station that looked at the clock many times (or crashed between looks) sees the same as one that did not."""
    events, moment = history
    direct = evaluate(PLAN, events, moment + timedelta(minutes=final))
    for look in looks:
        evaluate(PLAN, events, moment + timedelta(minutes=look))
    assert evaluate(PLAN, list(events), moment + timedelta(minutes=final)) == direct


# R-TIME-1
@given(histories())
def test_remaining_time_is_never_negative_and_time_up_comes_at_the_deadline_R_TIME_1(history) -> None:  # type: ignore[no-untyped-def]
    events, moment = history
    clock = evaluate(PLAN, events, moment)
    assert clock.deadline is not None
    after = evaluate(PLAN, events, clock.deadline)
    assert after.remaining == timedelta(0) and after.state is ClockState.TIME_UP
