"""Pass and grade from points (R-GRD-1..3), compared and computed exactly; percentages as shown (R-GRD-4)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from examdesk.core.numbers import format_amount, round_half_up

PE_DECIMALS = 0


@dataclass(frozen=True)
class GradingRules:
    """An exam's grading: cesuur in percent, the floor grade and the decimals of the shown grade."""

    cesuur_percent: Fraction = Fraction(68)
    floor: Fraction = Fraction(1)
    decimals: int = 1

    def __post_init__(self) -> None:
        if not 0 < self.cesuur_percent <= 100:
            raise ValueError("the cesuur lies above 0 and at most 100 percent")
        if not 0 <= self.floor <= Fraction(11, 2):
            raise ValueError("the floor lies between 0 and 5.5")


@dataclass(frozen=True)
class Grade:
    exact: Fraction
    rounded: Fraction
    passed: bool


def passed(points: Fraction, maximum: Fraction, cesuur_percent: Fraction) -> bool:
    """R-GRD-1: passed when 100·S ≥ cesuur·M, compared exactly."""
    return 100 * points >= cesuur_percent * maximum


def exact_grade(points: Fraction, maximum: Fraction, rules: GradingRules) -> Fraction:
    """R-GRD-2: the unrounded grade for S points of a maximum M."""
    if maximum <= 0:
        raise ValueError("a grade needs a maximum above 0")
    if not 0 <= points <= maximum:
        raise ValueError("points lie between 0 and the maximum")
    p = points / maximum
    c = rules.cesuur_percent / 100
    if p >= c:
        if c == 1:
            return Fraction(10)
        return Fraction(11, 2) + Fraction(9, 2) * (p - c) / (1 - c)
    return rules.floor + (Fraction(11, 2) - rules.floor) * p / c


def grade(points: Fraction, maximum: Fraction, rules: GradingRules) -> Grade:
    """R-GRD-1..3: the grade rounded half up to the exam's decimals, and whether it passes."""
    exact = exact_grade(points, maximum, rules)
    return Grade(exact, round_half_up(exact, rules.decimals), passed(points, maximum, rules.cesuur_percent))


def pe_rules(cesuur_percent: Fraction = Fraction(68), floor: Fraction = Fraction(1)) -> GradingRules:
    """R-GRD-3: PE grades are whole numbers."""
    return GradingRules(cesuur_percent, floor, PE_DECIMALS)


def shown_percent(value: Fraction, decimals: int = 1) -> Fraction:
    """R-GRD-4: a percentage rounded *down* to ``decimals``, so a missed cesuur is never shown as reached
    (23,11 of 34 is 67,97…% and shows as 67,9 %, not 68,0 %)."""
    scale = Fraction(10) ** decimals
    return Fraction(math.floor(value * scale)) / scale


def format_percent(value: Fraction, decimals: int = 1, language: str = "nl") -> str:
    """R-GRD-4: ``67,9`` (Dutch) or ``67.9`` (English), rounded down; without the percent sign."""
    return format_amount(shown_percent(value, decimals), decimals, language)
