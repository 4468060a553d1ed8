"""Each candidate's clock (R-TIME-1..9), derived from events and "now"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from examdesk import i18n
from examdesk.core.accommodations import (
    Accommodation,
    AccommodationKind,
    CvteConsult,
    Ground,
    ground_from_basis,
)
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
    allowance,
    compensation_refusal,
    consult_problem,
    evaluate,
    extension_refusal,
    is_late,
    late_start_refusal,
    pause_needs_consult,
)

T0 = datetime(2026, 6, 12, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam
PLAN = ClockPlan(planned_start=T0, base_duration=timedelta(minutes=90))


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


# R-TIME-1
def test_deadline_is_start_plus_duration_extension_compensation_and_pauses_R_TIME_1() -> None:
    events: list[ClockEvent] = [
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
    doubled = ClockPlan(T0, timedelta(minutes=90), grant=timedelta(minutes=90))
    assert evaluate(doubled, [Started(T0)], T0).remaining == timedelta(minutes=180)


def test_before_the_start_the_whole_duration_remains() -> None:
    clock = evaluate(PLAN, [], at(10))
    assert clock.state is ClockState.NOT_STARTED and clock.remaining == timedelta(minutes=90)


# R-TIME-5
def test_a_pause_stops_the_clock_R_TIME_5() -> None:
    events: list[ClockEvent] = [Started(T0), PauseStarted(at(30))]
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


BASE = timedelta(minutes=90)
DAY = datetime(2026, 6, 12).date()


def extra(
    minutes: int, ground: Ground, years: int | None = None, consult: int | None = None
) -> Accommodation:
    return Accommodation(
        AccommodationKind.EXTRA_TIME,
        minutes=minutes,
        ground=ground,
        nt2_school_years=years,
        cvte_consult=CvteConsult(DAY, "CvTE-2026-118", consult) if consult is not None else None,
    )


def factor(value: str) -> Accommodation:
    from fractions import Fraction

    return Accommodation(AccommodationKind.EXTENDED_DURATION, factor=Fraction(value))


# R-TIME-3 (issue 14 finding 1)
def test_extended_duration_and_extra_time_never_add_up_R_TIME_3() -> None:
    """Factor 2 plus 30 minutes (dyslexia) on a 90-minute exam at 09:00: the deadline is 12:00, not 12:30."""
    grant = allowance(BASE, [factor("2"), extra(30, Ground.DYSLEXIA)])
    assert grant == timedelta(minutes=90)
    clock = evaluate(ClockPlan(T0, BASE, grant), [Started(T0)], T0)
    assert clock.deadline == at(180)  # 12:00 in Amsterdam
    assert allowance(BASE, [extra(30, Ground.DYSLEXIA), extra(20, Ground.ADHD)]) == timedelta(minutes=30)
    assert allowance(BASE, [factor("1.25")]) == timedelta(minutes=22, seconds=30)  # exact, whole seconds
    assert allowance(BASE, []) == timedelta(0)


# R-TIME-3, R-ACC-1 (issue 14 finding 7)
def test_the_sixty_minute_exception_is_decided_by_ground_codes_R_TIME_3_R_ACC_1() -> None:
    assert allowance(BASE, [extra(30, Ground.DYSLEXIA), extra(30, Ground.NT2, 3)]) == timedelta(minutes=60)
    assert allowance(BASE, [extra(30, Ground.DYSLEXIA), extra(30, Ground.NT2, 8)]) == timedelta(minutes=30)
    assert allowance(BASE, [extra(30, Ground.DYSLEXIA), extra(30, Ground.NT2)]) == timedelta(minutes=30)
    assert allowance(BASE, [extra(30, Ground.NT2, 3)]) == timedelta(minutes=30)
    # Version 1 texts are read by the keyword table; "8 jaar" is read as eight school years.
    eight = ground_from_basis("NT2, 8 jaar onderwijs in Nederland")
    assert eight.ground is Ground.NT2 and eight.nt2_school_years == 8
    mapped = Accommodation(AccommodationKind.EXTRA_TIME, 30, eight.ground, eight.nt2_school_years)
    assert allowance(BASE, [extra(30, Ground.DYSLEXIA), mapped]) == timedelta(minutes=30)
    assert ground_from_basis("nieuwkomer").ground is Ground.NT2


# R-TIME-6, R-ACC-4 (issue 14 finding 8)
def test_consulted_minutes_are_the_grant_R_TIME_6_R_ACC_4() -> None:
    assert allowance(BASE, [extra(45, Ground.OTHER, consult=45)]) == timedelta(minutes=45)
    assert allowance(BASE, [extra(45, Ground.OTHER)]) == timedelta(minutes=30)
    assert consult_problem(extra(45, Ground.OTHER)) is not None
    assert consult_problem(extra(45, Ground.OTHER, consult=45)) is None
    assert consult_problem(extra(30, Ground.DYSLEXIA)) is None


# R-TIME-4 (issue 14 finding 15)
def test_the_grant_is_on_the_clock_and_more_is_refused_R_TIME_4() -> None:
    plan = ClockPlan(T0, BASE, timedelta(minutes=30))
    clock = evaluate(plan, [Started(T0)], at(95))
    assert clock.state is ClockState.RUNNING and clock.base_end == at(90) and clock.deadline == at(120)
    handed = evaluate(plan, [Started(T0), Ended(at(100), ClockState.FINISHED)], at(130))
    assert handed.grant_used == timedelta(minutes=10)
    early = evaluate(plan, [Started(T0), Ended(at(80), ClockState.FINISHED)], at(130))
    assert early.grant_used == timedelta(0)
    refusal = extension_refusal(15, 30)
    assert refusal is not None and "irregularity" in i18n.render(refusal)
    assert extension_refusal(0, 30) is not None


# R-TIME-5 (issue 14 finding 3)
def test_a_limited_pause_ends_at_the_limit_R_TIME_5() -> None:
    plan = ClockPlan(T0, BASE, pause_limit=timedelta(minutes=60))
    clock = evaluate(plan, [Started(T0), PauseStarted(at(10))], at(80))
    assert clock.state is ClockState.RUNNING and clock.total_pause == timedelta(minutes=60)
    assert clock.deadline == at(150)
    longer = evaluate(plan, [Started(T0), PauseStarted(at(10)), PauseStarted(at(90), unlimited=True)], at(95))
    assert longer.state is ClockState.PAUSED and longer.total_pause == timedelta(minutes=65)


# R-TIME-8 (issue 14 finding 12)
def test_lateness_is_decided_by_the_clock_R_TIME_8() -> None:
    assert not is_late(T0, at(5), 5) and is_late(T0, at(5.5), 5)


# R-TIME-7
def test_compensation_refers_to_an_ended_storing_and_never_exceeds_it_R_TIME_7() -> None:
    assert compensation_refusal(at(10), None, timedelta(0), timedelta(minutes=1)) is not None
    assert compensation_refusal(at(10), at(18), timedelta(0), timedelta(minutes=8)) is None
    refused = compensation_refusal(at(10), at(18), timedelta(minutes=5), timedelta(minutes=4))
    assert refused is not None and "at most 3 min more" in i18n.render(refused)


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
def test_remaining_time_never_goes_up_while_running_R_TIME_1(history, a: int, b: int) -> None:
    events, moment = history
    earlier, later = sorted((a, b))
    first = evaluate(PLAN, events, moment + timedelta(minutes=earlier))
    second = evaluate(PLAN, events, moment + timedelta(minutes=later))
    assert second.remaining <= first.remaining
    assert first.deadline == second.deadline  # nothing recorded: the deadline stands still


# R-TIME-5
@given(histories(), minutes, minutes)
def test_a_pause_freezes_the_remaining_time_R_TIME_5(history, a: int, b: int) -> None:
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
) -> None:
    """A station that looked at the clock many times (or crashed between looks) sees the same as one that did not."""
    events, moment = history
    direct = evaluate(PLAN, events, moment + timedelta(minutes=final))
    for look in looks:
        evaluate(PLAN, events, moment + timedelta(minutes=look))
    assert evaluate(PLAN, list(events), moment + timedelta(minutes=final)) == direct


# R-TIME-1
@given(histories())
def test_remaining_time_is_never_negative_and_time_up_comes_at_the_deadline_R_TIME_1(history) -> None:
    events, moment = history
    clock = evaluate(PLAN, events, moment)
    assert clock.deadline is not None
    after = evaluate(PLAN, events, clock.deadline)
    assert after.remaining == timedelta(0) and after.state is ClockState.TIME_UP


def test_a_storing_reads_the_same_in_the_refusal_as_in_the_proces_verbaal_R_TIME_7() -> None:
    """Issue 15, finding 14: the same storing was "1:18" in the compensation refusal and "1 min 18 s" in the
    proces-verbaal; both now write it as the proces-verbaal does."""
    from examdesk.services.pv_describe import duration_message

    lasted = timedelta(minutes=1, seconds=18)
    refused = compensation_refusal(at(10), at(10) + lasted, timedelta(0), timedelta(minutes=2))
    assert refused is not None
    for language in ("en", "nl"):
        shown = i18n.render(duration_message(lasted), language)
        assert shown == "1 min 18 s"
        assert shown in i18n.render(refused, language) and "1:18" not in i18n.render(refused, language)


def test_the_extension_refusal_reads_right_in_both_languages_R_TIME_4() -> None:
    """Issue 15, finding 14: "5 minuten is meer dan de 30 minuten…" compared 5 with 30 as if 5 were more."""
    with_grant = extension_refusal(5, 30)
    assert with_grant is not None
    assert i18n.render(with_grant, "en").startswith(
        "This candidate's 30 min of granted extra time is already on the clock, so another 5 min would be more "
        "time than granted"
    )
    assert i18n.render(with_grant, "nl").startswith(
        "De 30 min toegekende extra tijd van deze kandidaat staat al op de klok; nog 5 min erbij is meer tijd "
        "dan toegekend"
    )
    without = extension_refusal(5, 0)
    assert without is not None
    for language in ("en", "nl"):
        text = i18n.render(without, language)
        assert " 0 " not in text and "5 min" in text and "examensecretaris" in text
