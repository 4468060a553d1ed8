"""Pass and grade (R-GRD-1..3) with the worked examples of domain-rules.md §8."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from examdesk.core.grading import GradingRules, exact_grade, grade, passed, pe_rules


# R-GRD-1, R-GRD-3
def test_32_of_47_passes_with_a_6_R_GRD_1_R_GRD_3() -> None:
    result = grade(Fraction(32), Fraction(47), pe_rules())
    assert result.passed and result.rounded == 6


# R-GRD-1, R-GRD-3
def test_31_of_47_fails_with_a_5_R_GRD_1_R_GRD_3() -> None:
    result = grade(Fraction(31), Fraction(47), pe_rules())
    assert not result.passed and result.rounded == 5


# R-GRD-2
def test_84_of_100_at_68_is_an_8_R_GRD_2() -> None:
    assert grade(Fraction(84), Fraction(100), pe_rules()).rounded == 8


# R-GRD-1
def test_pass_is_compared_exactly_R_GRD_1() -> None:
    assert passed(Fraction(68), Fraction(100), Fraction(68))
    assert not passed(Fraction(6799, 100), Fraction(100), Fraction(68))


# R-GRD-2
def test_grade_formula_at_its_anchors_R_GRD_2() -> None:
    rules = GradingRules(Fraction(68), Fraction(1), 1)
    assert exact_grade(Fraction(0), Fraction(50), rules) == 1
    assert exact_grade(Fraction(34), Fraction(50), rules) == Fraction(11, 2)
    assert exact_grade(Fraction(50), Fraction(50), rules) == 10
    assert exact_grade(Fraction(0), Fraction(50), GradingRules(Fraction(68), Fraction(2), 1)) == 2


# R-GRD-3
def test_pe_rounds_half_up_to_whole_grades_R_GRD_3() -> None:
    rules = pe_rules()
    assert grade(Fraction(34), Fraction(50), rules).rounded == 6  # exactly 5.5
    assert grade(Fraction(3399, 100), Fraction(50), rules).rounded == 5  # just below 5.5


# R-GRD-3
def test_other_exams_round_to_the_packages_decimals_R_GRD_3() -> None:
    assert grade(Fraction(84), Fraction(100), GradingRules(Fraction(68), Fraction(1), 1)).rounded == Fraction(
        78, 10
    )
    assert grade(Fraction(84), Fraction(100), GradingRules(Fraction(68), Fraction(1), 2)).rounded == Fraction(
        775, 100
    )


def test_a_cesuur_of_100_percent_gives_a_10_for_full_marks() -> None:
    assert exact_grade(Fraction(10), Fraction(10), GradingRules(Fraction(100), Fraction(1), 1)) == 10


def test_impossible_inputs_are_refused() -> None:
    with pytest.raises(ValueError):
        exact_grade(Fraction(1), Fraction(0), pe_rules())
    with pytest.raises(ValueError):
        exact_grade(Fraction(11), Fraction(10), pe_rules())
    with pytest.raises(ValueError):
        GradingRules(Fraction(0))


maxima = st.integers(min_value=1, max_value=200)
cesuren = st.fractions(min_value=1, max_value=99)


# R-GRD-2
@given(maxima, st.data(), cesuren, st.integers(min_value=0, max_value=2))
def test_raising_one_items_score_never_lowers_a_grade_R_GRD_2(maximum: int, data, cesuur, decimals) -> None:
    low = data.draw(st.fractions(min_value=0, max_value=maximum))
    high = data.draw(st.fractions(min_value=low, max_value=maximum))
    rules = GradingRules(cesuur, Fraction(1), decimals)
    assert grade(high, Fraction(maximum), rules).rounded >= grade(low, Fraction(maximum), rules).rounded
    assert exact_grade(high, Fraction(maximum), rules) >= exact_grade(low, Fraction(maximum), rules)


# R-GRD-1
@given(maxima, st.data(), cesuren)
def test_passed_exactly_when_the_exact_grade_is_at_least_5_5_R_GRD_1(maximum: int, data, cesuur) -> None:
    points = data.draw(st.fractions(min_value=0, max_value=maximum))
    assume(cesuur < 100)
    result = grade(points, Fraction(maximum), GradingRules(cesuur, Fraction(1), 1))
    assert result.passed == (result.exact >= Fraction(11, 2))
    assert 1 <= result.exact <= 10


# R-GRD-4
def test_a_percentage_is_shown_rounded_down_so_a_missed_cesuur_never_shows_R_GRD_4() -> None:
    from examdesk.core.grading import format_percent, shown_percent

    exact = Fraction(2311, 100) / 34 * 100  # 23,11 of 34: 67,97…%
    assert not passed(Fraction(2311, 100), Fraction(34), Fraction(68))
    assert shown_percent(exact, 1) == Fraction(679, 10)
    assert format_percent(exact, 1, "nl") == "67,9"
    assert format_percent(exact, 1, "en") == "67.9"
    assert format_percent(exact, 2, "nl") == "67,97"
    assert format_percent(Fraction(68), 1, "nl") == "68,0"
    assert format_percent(Fraction(100), 1, "en") == "100.0"
