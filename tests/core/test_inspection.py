"""Inzage eligibility (R-INZ-2, R-INZ-3, R-INZ-5) and the technical-fault preview (R-VOV-3)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from examdesk import i18n
from examdesk.core.grading import GradingRules, pe_rules
from examdesk.core.inspection import (
    AdjustmentPreview,
    Eligibility,
    PeDefaults,
    Refusal,
    adjustment_preview,
    amsterdam_day,
    answered_wrongly,
    eligibility,
    exam_rules,
)
from examdesk.core.items import MultipleChoiceItem, Option
from examdesk.core.planning import add_months
from examdesk.core.scoring import ScoreStatus

RESULT = dt.date(2026, 6, 13)
PE_RULES = exam_rules("pe")
CE_UNTIL = dt.date(2026, 7, 3)
CE_RULES = exam_rules("ce", until=CE_UNTIL)


def pe(on: dt.date, grade: int = 5, **kwargs: Any) -> Eligibility:
    return eligibility(PE_RULES, on=on, result_day=RESULT, rounded_grade=Fraction(grade), **kwargs)


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


# --- R-INZ-5: Amsterdam days ---------------------------------------------------------------------------


def test_r_inz_5_a_summer_evening_in_utc_is_already_the_next_day_in_amsterdam() -> None:
    assert amsterdam_day(dt.datetime(2026, 6, 13, 21, 59, tzinfo=dt.UTC)) == dt.date(2026, 6, 13)
    assert amsterdam_day(dt.datetime(2026, 6, 13, 22, 0, tzinfo=dt.UTC)) == dt.date(2026, 6, 14)


def test_r_inz_5_in_winter_the_day_turns_an_hour_later_in_utc() -> None:
    assert amsterdam_day(dt.datetime(2026, 12, 1, 22, 59, tzinfo=dt.UTC)) == dt.date(2026, 12, 1)
    assert amsterdam_day(dt.datetime(2026, 12, 1, 23, 0, tzinfo=dt.UTC)) == dt.date(2026, 12, 2)


def test_r_inz_5_a_naive_moment_is_utc() -> None:
    assert amsterdam_day(dt.datetime(2026, 6, 13, 22, 30)) == dt.date(2026, 6, 14)


# --- R-INZ-3: PE ---------------------------------------------------------------------------------------


def test_r_inz_3_pe_defaults_come_from_the_rule_values_passed_in() -> None:
    rules = exam_rules("pe", pe=PeDefaults(request_days=10, interval_days=100, session_minutes=15))
    assert (rules.request_days, rules.interval_days, rules.session_minutes) == (10, 100, 15)
    assert rules.wrong_only and rules.supervised and rules.lapses_on_pass
    assert rules.eligible_grades == frozenset({4, 5}) and rules.max_per_interval == 1


def test_r_inz_3_package_values_win_over_the_pe_defaults() -> None:
    rules = exam_rules("pe", request_days=7, eligible_grades=[5], max_per_half_year=2, session_minutes=30)
    assert (rules.request_days, rules.eligible_grades, rules.max_per_interval, rules.session_minutes) == (
        7,
        frozenset({5}),
        2,
        30,
    )


@pytest.mark.parametrize("grade", [4, 5])
def test_r_inz_3_grades_4_and_5_are_allowed_until_14_days_after_the_result(grade: int) -> None:
    found = pe(RESULT, grade)
    assert found.allowed and found.refusal is None
    assert found.until == dt.date(2026, 6, 27)
    assert i18n.render(found.explanation) == "Inzage allowed until 27 Jun 2026 (inclusive)."


@pytest.mark.parametrize("grade", [1, 3, 6, 10])
def test_r_inz_3_other_grades_are_refused(grade: int) -> None:
    found = pe(RESULT + days(1), grade)
    assert not found.allowed and found.refusal is Refusal.GRADE
    assert i18n.render(found.explanation) == (
        f"Inzage of this exam is only for a grade 4 or 5; the grade is {grade}."
    )


def test_r_inz_3_r_inz_5_the_14th_day_after_the_result_is_the_last_one() -> None:
    assert pe(RESULT + days(14)).allowed
    late = pe(RESULT + days(15))
    assert not late.allowed and late.refusal is Refusal.REQUEST_PERIOD_OVER
    assert "by 27 Jun 2026 at the latest" in i18n.render(late.explanation)


def test_r_inz_3_not_before_the_result_is_known() -> None:
    early = pe(RESULT - days(1))
    assert not early.allowed and early.refusal is Refusal.NO_RESULT
    none = eligibility(PE_RULES, on=RESULT, result_day=None, rounded_grade=None)
    assert none.refusal is Refusal.NO_RESULT


def test_r_inz_3_once_per_half_year_counting_from_the_earlier_session() -> None:
    earlier = RESULT + days(2)
    refused = pe(RESULT + days(3), earlier_sessions=[earlier])
    assert refused.refusal is Refusal.RECENT_INZAGE
    assert refused.next_possible == add_months(earlier, 6)  # version 2: six calendar months
    # On the day itself a second session is refused too.
    assert pe(earlier, earlier_sessions=[earlier]).refusal is Refusal.RECENT_INZAGE


def test_r_inz_3_a_session_six_calendar_months_ago_no_longer_counts() -> None:
    # A new result (a later sitting) whose request window lies six months after the earlier inzage.
    session = RESULT + days(1)
    on_boundary = add_months(session, 6)
    later_result = on_boundary - days(3)
    allowed = eligibility(
        PE_RULES,
        on=on_boundary,
        result_day=later_result,
        rounded_grade=Fraction(4),
        earlier_sessions=[session],
    )
    assert allowed.allowed
    day_before = eligibility(
        PE_RULES,
        on=on_boundary - days(1),
        result_day=later_result,
        rounded_grade=Fraction(4),
        earlier_sessions=[session],
    )
    assert day_before.refusal is Refusal.RECENT_INZAGE
    assert day_before.next_possible == on_boundary


def test_r_inz_3_sessions_after_the_day_asked_about_do_not_count() -> None:
    assert pe(RESULT + days(1), earlier_sessions=[RESULT + days(5)]).allowed


def test_r_inz_3_a_package_may_allow_two_sessions_per_half_year() -> None:
    rules = exam_rules("pe", max_per_half_year=2)
    first = RESULT + days(1)
    assert eligibility(
        rules, on=RESULT + days(2), result_day=RESULT, rounded_grade=Fraction(5), earlier_sessions=[first]
    ).allowed
    refused = eligibility(
        rules,
        on=RESULT + days(3),
        result_day=RESULT,
        rounded_grade=Fraction(5),
        earlier_sessions=[first, RESULT + days(2)],
    )
    assert refused.refusal is Refusal.RECENT_INZAGE and refused.next_possible == add_months(first, 6)


def test_r_inz_3_lapses_once_the_candidate_has_passed_the_exam_since() -> None:
    passed = RESULT + days(5)
    lapsed = pe(RESULT + days(6), later_passes=[passed])
    assert lapsed.refusal is Refusal.PASSED_SINCE
    # The pass counts from its own result day, not before; and a pass before this result is no later pass.
    assert pe(RESULT + days(4), later_passes=[passed]).allowed
    assert pe(RESULT + days(6), later_passes=[RESULT - days(30)]).allowed
    assert pe(passed, later_passes=[passed]).refusal is Refusal.PASSED_SINCE


def test_r_inz_2_a_pe_exam_that_does_not_allow_inzage() -> None:
    found = eligibility(
        exam_rules("pe", allowed=False), on=RESULT, result_day=RESULT, rounded_grade=Fraction(5)
    )
    assert found.refusal is Refusal.NOT_ALLOWED
    assert i18n.render(found.explanation) == "This exam does not allow inzage."


# --- R-INZ-2: CE -----------------------------------------------------------------------------------------


def test_r_inz_2_ce_allowed_through_the_last_day_of_its_period_for_every_grade() -> None:
    for grade in (Fraction(3), Fraction(64, 10), Fraction(9)):
        found = eligibility(CE_RULES, on=CE_UNTIL, result_day=dt.date(2026, 5, 21), rounded_grade=grade)
        assert found.allowed and found.until == CE_UNTIL


def test_r_inz_2_after_the_period_the_station_refers_to_the_cvte() -> None:
    found = eligibility(
        CE_RULES, on=CE_UNTIL + days(1), result_day=dt.date(2026, 5, 21), rounded_grade=Fraction(5)
    )
    assert not found.allowed and found.refusal is Refusal.PERIOD_EXPIRED
    text = i18n.render(found.explanation)
    assert "ended on 3 Jun 2026" not in text and "ended on 3 Jul 2026" in text
    assert "no longer allowed" in text and "College voor Toetsen en Examens (CvTE)" in text


def test_r_inz_2_a_ce_that_does_not_allow_inzage_refers_to_the_cvte() -> None:
    found = eligibility(
        exam_rules("ce", allowed=False), on=CE_UNTIL, result_day=CE_UNTIL, rounded_grade=Fraction(5)
    )
    assert found.refusal is Refusal.NOT_ALLOWED and "CvTE" in i18n.render(found.explanation)


def test_r_inz_2_a_relative_ce_period_counts_from_the_result() -> None:
    rules = exam_rules("ce", request_days=10)
    assert eligibility(rules, on=RESULT + days(10), result_day=RESULT, rounded_grade=Fraction(7)).allowed
    late = eligibility(rules, on=RESULT + days(11), result_day=RESULT, rounded_grade=Fraction(7))
    assert late.refusal is Refusal.PERIOD_EXPIRED and "CvTE" in i18n.render(late.explanation)


def test_r_inz_2_without_any_period_inzage_has_no_last_day() -> None:
    found = eligibility(
        exam_rules("other"), on=RESULT + days(900), result_day=RESULT, rounded_grade=Fraction(8)
    )
    assert found.allowed and found.until is None


def test_r_inz_2_the_fixed_period_also_limits_a_pe_exam() -> None:
    rules = exam_rules("pe", until=RESULT + days(5))
    allowed = eligibility(rules, on=RESULT + days(5), result_day=RESULT, rounded_grade=Fraction(4))
    assert allowed.until == RESULT + days(5)
    expired = eligibility(rules, on=RESULT + days(6), result_day=RESULT, rounded_grade=Fraction(4))
    assert expired.refusal is Refusal.PERIOD_EXPIRED and "CvTE" not in i18n.render(expired.explanation)


def test_dutch_dates_in_the_reasons() -> None:
    late = pe(RESULT + days(15))
    assert "27-06-2026" in i18n.render(late.explanation, "nl")


# --- properties ------------------------------------------------------------------------------------------

rule_sets = st.sampled_from([PE_RULES, CE_RULES, exam_rules("ce", request_days=10), exam_rules("other")])
day_offsets = st.integers(min_value=-30, max_value=400)
grades = st.integers(min_value=1, max_value=10).map(Fraction)


@given(rule_sets, day_offsets, grades, st.lists(st.integers(min_value=0, max_value=400), max_size=3))
def test_r_inz_3_r_inz_5_an_allowed_day_is_allowed_through_its_last_day_and_not_one_day_more(
    rules, offset, grade, session_offsets
) -> None:
    on = RESULT + days(offset)
    sessions = [RESULT + days(o) for o in session_offsets]
    found = eligibility(rules, on=on, result_day=RESULT, rounded_grade=grade, earlier_sessions=sessions)
    assert found.allowed == (found.refusal is None)
    if not found.allowed or found.until is None:
        return
    assert found.until >= on
    # Every day from here through the last day is allowed as far as the period goes ...
    last = eligibility(rules, on=found.until, result_day=RESULT, rounded_grade=grade)
    assert last.allowed and last.until == found.until
    # ... and the day after it is not.
    after = eligibility(rules, on=found.until + days(1), result_day=RESULT, rounded_grade=grade)
    assert not after.allowed


@given(day_offsets, grades)
def test_r_inz_3_pe_inzage_only_ever_for_grades_4_and_5_within_14_days(offset, grade) -> None:
    on = RESULT + days(offset)
    found = eligibility(PE_RULES, on=on, result_day=RESULT, rounded_grade=grade)
    assert found.allowed == (grade in (4, 5) and 0 <= offset <= 14)


@given(day_offsets, st.integers(min_value=0, max_value=400))
def test_r_inz_3_never_two_pe_sessions_within_six_calendar_months(offset, session_offset) -> None:
    on, session = RESULT + days(offset), RESULT + days(session_offset)
    found = eligibility(
        PE_RULES, on=on, result_day=RESULT, rounded_grade=Fraction(4), earlier_sessions=[session]
    )
    if found.allowed:
        assert not (session <= on < add_months(session, 6))


@pytest.mark.parametrize(
    ("earlier", "refused_on", "allowed_on"),
    [
        (dt.date(2027, 1, 10), dt.date(2027, 7, 9), dt.date(2027, 7, 10)),  # the spec's own example
        (dt.date(2026, 8, 31), dt.date(2027, 2, 27), dt.date(2027, 2, 28)),  # no 31 February
        (dt.date(2027, 8, 31), dt.date(2028, 2, 28), dt.date(2028, 2, 29)),  # a leap year
    ],
)
def test_r_inz_3_the_half_year_is_six_calendar_months(
    earlier: dt.date, refused_on: dt.date, allowed_on: dt.date
) -> None:
    """Domain rules v2: "an inzage on 10 January allows the next from 10 July" (not 183 days: 12 July)."""

    def on(day: dt.date) -> Eligibility:
        return eligibility(
            PE_RULES, on=day, result_day=day - days(1), rounded_grade=Fraction(5), earlier_sessions=[earlier]
        )

    refused = on(refused_on)
    assert refused.refusal is Refusal.RECENT_INZAGE and refused.next_possible == allowed_on
    assert "at most 1 per half year" in i18n.render(refused.explanation, "en")
    assert on(allowed_on).allowed


# --- R-INZ-3: which items a PE inzage shows ------------------------------------------------------------


def test_r_inz_3_every_status_but_correct_counts_as_answered_wrongly() -> None:
    assert not answered_wrongly(ScoreStatus.CORRECT)
    assert not answered_wrongly(ScoreStatus.EXCLUDED)
    for status in (ScoreStatus.WRONG, ScoreStatus.PARTIAL, ScoreStatus.UNANSWERED, ScoreStatus.INVALID):
        assert answered_wrongly(status)


# --- R-VOV-3 -----------------------------------------------------------------------------------------------


def _mc(item_id: str, points: int = 1) -> MultipleChoiceItem:
    return MultipleChoiceItem(
        id=item_id, points=Fraction(points), options=(Option("A", "a"), Option("B", "b")), answer_key="A"
    )


ITEMS = [_mc("1", 2), _mc("2", 2), _mc("3"), _mc("4"), _mc("5")]  # 7 points


def _preview(questions: list[str], **overrides: object) -> AdjustmentPreview:
    # 4 of 7 points: 57 % fails at 68; without item 2 (wrong, 2 points): 4 of 5 = 80 % passes.
    responses = {"1": "A", "2": "B", "3": "A", "4": "A", "5": "B"}
    arguments: dict[str, Any] = {
        "questions": questions,
        "melding_kind": "werking_examenbank",
        "reported_during_exam": True,
        "resolved": False,
        "duo_consulted": True,
        "representative": True,
    }
    arguments.update(overrides)
    return adjustment_preview(ITEMS, responses, pe_rules(), **arguments)


def test_r_vov_3_r_sco_9_without_the_faulty_item_the_result_goes_from_fail_to_pass() -> None:
    preview = _preview(["2"])
    assert preview.after is not None
    assert preview.before.points == 4 and preview.before.max_points == 7 and not preview.before.passed
    assert preview.after.points == 4 and preview.after.max_points == 5 and preview.after.passed
    assert preview.before.grade.rounded == 5 and preview.after.grade.rounded == 7
    assert preview.changes_to_pass and preview.all_conditions_met


def test_r_vov_3_condition_5_is_the_examensecretaris_s_judgement() -> None:
    preview = _preview(["2"], representative=False)
    assert preview.changes_to_pass and not preview.all_conditions_met
    assert preview.conditions[5] is False


def test_r_vov_3_condition_3_needs_unresolved_after_consulting_duo() -> None:
    assert _preview(["2"], resolved=True).conditions[3] is False
    assert _preview(["2"], duo_consulted=False).conditions[3] is False


def test_r_vov_3_condition_1_only_a_fault_of_the_exam_application() -> None:
    assert _preview(["2"], melding_kind="examenomstandigheden").conditions[1] is False


def test_r_vov_3_questions_not_in_the_exam_are_named_and_a_rightly_answered_item_changes_nothing() -> None:
    preview = _preview(["1", "99"])
    assert preview.excluded == ("1",) and preview.unknown_questions == ("99",)
    assert preview.after is not None and not preview.after.passed and not preview.changes_to_pass
    assert preview.conditions[6] is False


def test_r_vov_3_condition_4_needs_a_question_of_the_exam() -> None:
    preview = _preview(["99"])
    assert preview.conditions[4] is False and preview.after == preview.before


def test_r_vov_3_excluding_every_item_leaves_nothing_to_score() -> None:
    preview = _preview([item.id for item in ITEMS])
    assert preview.after is None and not preview.changes_to_pass


@given(st.sets(st.sampled_from([item.id for item in ITEMS])))
def test_r_vov_3_r_sco_9_excluded_items_leave_both_score_and_maximum(excluded) -> None:
    preview = _preview(sorted(excluded))
    rest = [item for item in ITEMS if item.id not in excluded]
    if not rest:
        assert preview.after is None
        return
    assert preview.after is not None
    assert preview.after.max_points == sum(item.points for item in rest)
    assert preview.after.points <= preview.before.points


def test_grading_rules_other_than_pe_are_used_as_given() -> None:
    preview = adjustment_preview(
        ITEMS,
        {"1": "A"},
        GradingRules(Fraction(55), Fraction(1), 1),
        questions=["5"],
        melding_kind="werking_examenbank",
        reported_during_exam=True,
        resolved=False,
        duo_consulted=True,
        representative=True,
    )
    assert preview.before.grade.rounded.denominator in (1, 2, 5, 10)
