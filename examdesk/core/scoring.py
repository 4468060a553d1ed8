"""Scoring every item type (R-SCO-1..9) with exact fractions and a one-line explanation (R-SCO-7)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from functools import cached_property
from math import lcm
from typing import Any

from examdesk.core.items import (
    AnyItem,
    MultipleChoiceItem,
    MultipleDropdownItem,
    MultipleSelectItem,
    NumericItem,
    OpenItem,
    OpenResponse,
    OrderingItem,
    OrderingPartial,
    Response,
)
from examdesk.core.numbers import NUMERIC_WARNING, parse_numeric
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message


class ScoreStatus(StrEnum):
    CORRECT = "correct"
    PARTIAL = "partial"
    WRONG = "wrong"
    UNANSWERED = "unanswered"
    INVALID = "invalid"  # an unparseable numeric answer (R-NUM-1)
    EXCLUDED = "excluded"  # removed because of a technical fault (R-SCO-9)


_UNANSWERED = QT_TRANSLATE_NOOP("Scoring", "Not answered: 0 points.")
_EXCLUDED = QT_TRANSLATE_NOOP(
    "Scoring", "Excluded because of a technical fault: counts neither in the score nor in the maximum."
)
_MC_RIGHT = QT_TRANSLATE_NOOP("Scoring", "Chose {chosen}, the right answer: full marks ({points}).")
_MC_WRONG = QT_TRANSLATE_NOOP("Scoring", "Chose {chosen}; the right answer is {key}: 0 points.")
_MS_RIGHT = QT_TRANSLATE_NOOP("Scoring", "Exactly the right options selected: full marks ({points}).")
_MS_PARTIAL = QT_TRANSLATE_NOOP(
    "Scoring",
    "{errors} errors ({wrong} wrongly selected, {missed} right ones not selected): {points} − {errors} × {penalty} = {score}.",
)
_MS_ZERO = QT_TRANSLATE_NOOP(
    "Scoring",
    "{errors} errors ({wrong} wrongly selected, {missed} right ones not selected): {points} − {errors} × {penalty} is below 0, so 0.",
)
_NUM_RIGHT = QT_TRANSLATE_NOOP("Scoring", "{answer} is within {tolerance} of {key}: full marks ({points}).")
_NUM_WRONG = QT_TRANSLATE_NOOP("Scoring", "{answer} is not within {tolerance} of {key}: 0 points.")
_NUM_INVALID = QT_TRANSLATE_NOOP("Scoring", "'{text}' is not a number in Dutch notation: 0 points. {warning}")
_DD = QT_TRANSLATE_NOOP(
    "Scoring", "{correct} of {total} dropdowns right: {correct} × {points}/{total} = {score}."
)
_ORDER_UNCHANGED = QT_TRANSLATE_NOOP(
    "Scoring", "The order was not changed, so the item counts as not answered: 0 points."
)
_ORDER_RIGHT = QT_TRANSLATE_NOOP("Scoring", "All {total} in the right order: full marks ({points}).")
_ORDER_POSITION = QT_TRANSLATE_NOOP(
    "Scoring", "{correct} of {total} in the right place: {correct} × {points}/{total} = {score}."
)
_ORDER_NONE = QT_TRANSLATE_NOOP(
    "Scoring", "Not entirely in the right order, and this item scores all or nothing: 0 points."
)
_OPEN = QT_TRANSLATE_NOOP("Scoring", "Awarded by the corrector: {score} out of a maximum of {points}.")


ZERO = Fraction(0)


@dataclass(frozen=True)
class ItemScore:
    """The score of one item: exact points, the item's maximum, a status and why (R-SCO-7)."""

    item_id: str
    points: Fraction
    max_points: Fraction
    status: ScoreStatus
    explanation: Message


def exact_sum(values: Iterable[Fraction]) -> Fraction:
    """The exact sum of fractions, adding numerators while the denominators agree (fast for whole points)."""
    numerator, denominator = 0, 1
    for value in values:
        if value.denominator == denominator:
            numerator += value.numerator
        else:
            common = lcm(denominator, value.denominator)
            numerator = numerator * (common // denominator) + value.numerator * (common // value.denominator)
            denominator = common
    return Fraction(numerator, denominator)


@dataclass(frozen=True)
class ResultScore:
    """A candidate's scores over a variant's items; totals from unrounded item points (R-SCO-8).

    The totals come straight from each item's points; the per-item explanations (R-SCO-7) are
    written when someone reads :attr:`items`, by the same rule functions.
    """

    definitions: tuple[AnyItem, ...]
    responses: Mapping[str, Response]
    excluded: frozenset[str]
    item_points: tuple[Fraction, ...]
    statuses: tuple[ScoreStatus, ...]

    @cached_property
    def points(self) -> Fraction:
        return exact_sum(self.item_points)

    @cached_property
    def max_points(self) -> Fraction:
        return exact_sum(item.points for item in self.definitions if item.id not in self.excluded)

    @cached_property
    def items(self) -> tuple[ItemScore, ...]:
        return tuple(
            score_item(item, self.responses.get(item.id), excluded=item.id in self.excluded)
            for item in self.definitions
        )


def _status(score: Fraction, maximum: Fraction) -> ScoreStatus:
    if score == maximum:
        return ScoreStatus.CORRECT
    return ScoreStatus.PARTIAL if score > 0 else ScoreStatus.WRONG


Outcome = tuple[Fraction, ScoreStatus, Message | None]


def score_item(item: AnyItem, response: Response, *, excluded: bool = False) -> ItemScore:
    """Score one response to one item, with its explanation."""
    if excluded:  # R-SCO-9
        return ItemScore(item.id, ZERO, ZERO, ScoreStatus.EXCLUDED, message(_EXCLUDED))
    points, status, explanation = _outcome(item, response, True)
    assert explanation is not None
    return ItemScore(item.id, points, item.points, status, explanation)


def _outcome(item: AnyItem, response: Response, explain: bool) -> Outcome:
    # Nothing (None, "", [], {}) is unanswered here; the rules for typed answers treat blank text the same.
    if not response:
        return _unanswered(explain)
    rule = _RULES.get(type(item))
    if rule is None:
        raise TypeError(f"unknown item type {type(item).__name__}")
    return rule(item, response, explain)


def _unanswered(explain: bool) -> Outcome:
    return ZERO, ScoreStatus.UNANSWERED, message(_UNANSWERED) if explain else None


def _multiple_choice(item: Any, response: Response, explain: bool) -> Outcome:  # R-SCO-1
    if response == item.answer_key:
        explanation = message(_MC_RIGHT, chosen=response, points=item.points) if explain else None
        return item.points, ScoreStatus.CORRECT, explanation
    if not str(response).strip():
        return _unanswered(explain)
    explanation = message(_MC_WRONG, chosen=str(response), key=item.answer_key) if explain else None
    return ZERO, ScoreStatus.WRONG, explanation


def _multiple_select(item: Any, response: Response, explain: bool) -> Outcome:  # R-SCO-2
    assert isinstance(response, tuple | frozenset | list)
    selected = frozenset(response)
    if selected == item.answer_key:
        return item.points, ScoreStatus.CORRECT, message(_MS_RIGHT, points=item.points) if explain else None
    wrong = len(selected - item.answer_key)
    missed = len(item.answer_key - selected)
    errors = wrong + missed
    raw = item.points - item.penalty_per_error * errors
    params = {
        "errors": errors,
        "wrong": wrong,
        "missed": missed,
        "points": item.points,
        "penalty": item.penalty_per_error,
    }
    if raw <= 0:
        return ZERO, ScoreStatus.WRONG, message(_MS_ZERO, **params) if explain else None
    return raw, ScoreStatus.PARTIAL, message(_MS_PARTIAL, score=raw, **params) if explain else None


def _numeric(item: Any, response: Response, explain: bool) -> Outcome:  # R-SCO-3, R-NUM-1
    text = str(response)
    if not text.strip():
        return _unanswered(explain)
    value = parse_numeric(text)
    if value is None:
        explanation = message(_NUM_INVALID, text=text.strip(), warning=NUMERIC_WARNING) if explain else None
        return ZERO, ScoreStatus.INVALID, explanation
    params = {"answer": value, "tolerance": item.tolerance, "key": item.answer_key, "points": item.points}
    if abs(value - item.answer_key) <= item.tolerance:
        return item.points, ScoreStatus.CORRECT, message(_NUM_RIGHT, **params) if explain else None
    return ZERO, ScoreStatus.WRONG, message(_NUM_WRONG, **params) if explain else None


def _dropdown(item: Any, response: Response, explain: bool) -> Outcome:  # R-SCO-4
    assert isinstance(response, Mapping)
    total = len(item.dropdowns)
    correct = sum(1 for dropdown in item.dropdowns if response.get(dropdown.id) == dropdown.answer_key)
    score = item.points * correct / total
    explanation = (
        message(_DD, correct=correct, total=total, points=item.points, score=score) if explain else None
    )
    return score, _status(score, item.points), explanation


def _ordering(item: Any, response: Response, explain: bool) -> Outcome:  # R-SCO-5
    assert isinstance(response, tuple | list)
    order = tuple(response)
    if order == item.initial_order:
        return ZERO, ScoreStatus.UNANSWERED, message(_ORDER_UNCHANGED) if explain else None
    total = len(item.answer_key)
    if order == item.answer_key:
        return (
            item.points,
            ScoreStatus.CORRECT,
            message(_ORDER_RIGHT, total=total, points=item.points) if explain else None,
        )
    if item.partial is OrderingPartial.NONE:
        return ZERO, ScoreStatus.WRONG, message(_ORDER_NONE) if explain else None
    correct = sum(1 for given, expected in zip(order, item.answer_key, strict=False) if given == expected)
    score = item.points * correct / total
    explanation = (
        message(_ORDER_POSITION, correct=correct, total=total, points=item.points, score=score)
        if explain
        else None
    )
    return score, _status(score, item.points), explanation


def _open(item: Any, response: Response, explain: bool) -> Outcome:  # R-SCO-6
    assert isinstance(response, OpenResponse)
    if not 0 <= response.awarded <= item.points:
        raise ValueError(f"item {item.id}: awarded {response.awarded} is outside 0..{item.points}")
    explanation = message(_OPEN, score=response.awarded, points=item.points) if explain else None
    return response.awarded, _status(response.awarded, item.points), explanation


_RULES: dict[type, Callable[[Any, Response, bool], Outcome]] = {
    MultipleChoiceItem: _multiple_choice,
    MultipleSelectItem: _multiple_select,
    NumericItem: _numeric,
    MultipleDropdownItem: _dropdown,
    OrderingItem: _ordering,
    OpenItem: _open,
}


class Scorer:
    """Scores many candidates on one variant: the items' rules are looked up once, not per candidate.

    It applies exactly the rule functions :func:`score_item` uses; only the bookkeeping around
    them is prepared in advance (R-SCO-8: the total is summed exactly, as integers while the points
    are whole).
    """

    def __init__(self, items: Iterable[AnyItem], excluded: Iterable[str] = ()) -> None:
        self.definitions = tuple(items)
        self.excluded = frozenset(excluded)
        plan = []
        for item in self.definitions:
            rule = _RULES.get(type(item))
            if rule is None:
                raise TypeError(f"unknown item type {type(item).__name__}")
            key = item.answer_key if isinstance(item, MultipleChoiceItem) else None
            plan.append(
                (item.id, rule, item, key, item.points, item.points.numerator, item.points.denominator)
            )
        self._plan = tuple(plan)

    def score(self, responses: Mapping[str, Response]) -> ResultScore:
        points: list[Fraction] = []
        statuses: list[ScoreStatus] = []
        add_points, add_status, get = points.append, statuses.append, responses.get
        dropped = self.excluded
        unanswered, excluded_status = ScoreStatus.UNANSWERED, ScoreStatus.EXCLUDED
        correct, wrong = ScoreStatus.CORRECT, ScoreStatus.WRONG
        numerator, denominator = 0, 1
        for item_id, rule, item, key, full, full_numerator, full_denominator in self._plan:
            if dropped and item_id in dropped:
                add_points(ZERO)
                add_status(excluded_status)
                continue
            response = get(item_id)
            if not response:  # as in _outcome
                add_points(ZERO)
                add_status(unanswered)
                continue
            if key is not None and response == key:
                # R-SCO-1, the commonest case, without a call: _multiple_choice gives the same (a test holds them equal).
                value, status = full, correct
            elif key is not None and str(response).strip():
                value, status = ZERO, wrong
            else:
                value, status, _ = rule(item, response, False)
            add_points(value)
            add_status(status)
            if value is ZERO:
                continue
            if value is full:
                part_numerator, part_denominator = full_numerator, full_denominator
            else:
                part_numerator, part_denominator = value.numerator, value.denominator
            if part_denominator == denominator:
                numerator += part_numerator
            else:
                common = lcm(denominator, part_denominator)
                numerator = numerator * (common // denominator) + part_numerator * (
                    common // part_denominator
                )
                denominator = common
        result = ResultScore(self.definitions, responses, dropped, tuple(points), tuple(statuses))
        # The total was summed on the way; cached_property reads it from the instance dict.
        result.__dict__["points"] = Fraction(numerator, denominator)
        return result


def score_result(
    items: Iterable[AnyItem], responses: Mapping[str, Response], excluded: Iterable[str] = ()
) -> ResultScore:
    """Score every item of a variant; items without a response are unanswered (R-SCO-8, R-SCO-9)."""
    return Scorer(items, excluded).score(responses)
