"""Dutch numeric answers (R-NUM-1) and exact formatting."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from examdesk import i18n
from examdesk.core.numbers import NUMERIC_WARNING, format_amount, format_points, parse_numeric, round_half_up

EXACT_WARNING = (
    "Gebruik een punt als scheidingsteken voor duizendtallen. Voorbeeld: 25.000. Gebruik een komma als "
    "decimaalteken. Voorbeeld: 0,25."
)


# R-NUM-1
@pytest.mark.parametrize("spelling", ["10000", "10000,00", "10.000", "10.000,00"])
def test_the_four_spellings_of_ten_thousand_R_NUM_1(spelling: str) -> None:
    assert parse_numeric(spelling) == Decimal(10000)


# R-NUM-1
@pytest.mark.parametrize(
    ("text", "value"),
    [("0,25", "0.25"), ("1.000.000,5", "1000000.5"), (" 7 ", "7"), ("007", "7")],
)
def test_valid_answers_parse_exactly_R_NUM_1(text: str, value: str) -> None:
    assert parse_numeric(text) == Decimal(value)


# R-NUM-1
@pytest.mark.parametrize(
    "text",
    ["10,000.00", "1.00", "10.00.000", "€ 10", "10%", "1,5,0", ",5", "5,", "+5", "", "1 000", "tien", "1e5"],
)
def test_anything_else_is_invalid_R_NUM_1(text: str) -> None:
    assert parse_numeric(text) is None


# R-NUM-1
@pytest.mark.parametrize("text", ["-5", "-1.000,50", "- 5", "−5"])
def test_a_minus_sign_makes_an_answer_invalid_R_NUM_1(text: str) -> None:
    """Domain rules v2, issue 14 finding 9: only digits, points and commas (002 §1.5)."""
    assert parse_numeric(text) is None


# R-NUM-1
def test_the_warning_is_exactly_the_rules_text_in_dutch_R_NUM_1() -> None:
    assert i18n.render(NUMERIC_WARNING, "nl") == EXACT_WARNING


amounts = st.decimals(min_value=-(10**12), max_value=10**12, places=4, allow_nan=False, allow_infinity=False)


# R-NUM-1
@given(amounts)
def test_formatting_the_dutch_way_and_parsing_back_is_exact_R_NUM_1(value: Decimal) -> None:
    value = abs(value)  # an answer has no sign
    text = format_amount(value, None, "nl")
    assert parse_numeric(text) == value


@given(amounts)
def test_rounded_formatting_parses_back_to_the_rounded_value(value: Decimal) -> None:
    value = abs(value)  # an answer has no sign (R-NUM-1)
    text = format_amount(value, 2, "nl")
    parsed = parse_numeric(text)
    assert parsed is not None
    assert Fraction(parsed) == round_half_up(Fraction(value), 2)


def test_half_rounds_away_from_zero() -> None:
    assert round_half_up(Fraction(11, 2), 0) == 6
    assert round_half_up(Fraction(549, 100), 0) == 5
    assert round_half_up(Fraction(-1, 2), 0) == -1
    assert format_amount(Fraction(4, 3)) == "1,33"
    assert format_amount(Fraction(4, 3), 2, "en") == "1.33"
    assert format_amount(Fraction(-1, 1000)) == "0,00"


def test_points_drop_trailing_zeros() -> None:
    assert [format_points(Fraction(x)) for x in (2, Fraction(3, 2), Fraction(4, 3))] == ["2", "1,5", "1,33"]
    assert format_points(Fraction(12345, 2), "en") == "6,172.5"
