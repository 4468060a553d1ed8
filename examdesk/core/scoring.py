"""Scoring every item type (R-SCO-1..9) with exact fractions and a one-line explanation (R-SCO-7)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

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


@dataclass(frozen=True)
class ItemScore:
    """The score of one item: exact points, the item's maximum, a status and why (R-SCO-7)."""

    item_id: str
    points: Fraction
    max_points: Fraction
    status: ScoreStatus
    explanation: Message


@dataclass(frozen=True)
class ResultScore:
    """A candidate's total over all items, from unrounded item points (R-SCO-8)."""

    items: tuple[ItemScore, ...]

    @property
    def points(self) -> Fraction:
        return sum((score.points for score in self.items), Fraction(0))

    @property
    def max_points(self) -> Fraction:
        return sum((score.max_points for score in self.items), Fraction(0))


def _status(score: Fraction, maximum: Fraction) -> ScoreStatus:
    if score == maximum:
        return ScoreStatus.CORRECT
    return ScoreStatus.PARTIAL if score > 0 else ScoreStatus.WRONG


def score_item(item: AnyItem, response: Response, *, excluded: bool = False) -> ItemScore:
    """Score one response to one item."""
    if excluded:  # R-SCO-9
        return ItemScore(item.id, Fraction(0), Fraction(0), ScoreStatus.EXCLUDED, message(_EXCLUDED))
    if _is_unanswered(response):
        return ItemScore(item.id, Fraction(0), item.points, ScoreStatus.UNANSWERED, message(_UNANSWERED))
    match item:
        case MultipleChoiceItem():
            return _multiple_choice(item, response)
        case MultipleSelectItem():
            return _multiple_select(item, response)
        case NumericItem():
            return _numeric(item, response)
        case MultipleDropdownItem():
            return _dropdown(item, response)
        case OrderingItem():
            return _ordering(item, response)
        case OpenItem():
            return _open(item, response)
    raise TypeError(f"unknown item type {type(item).__name__}")


def _is_unanswered(response: Response) -> bool:
    if response is None:
        return True
    if isinstance(response, str):
        return not response.strip()
    if isinstance(response, OpenResponse):
        return False
    return len(response) == 0


def _multiple_choice(item: MultipleChoiceItem, response: Response) -> ItemScore:  # R-SCO-1
    chosen = str(response)
    if chosen == item.answer_key:
        return ItemScore(
            item.id,
            item.points,
            item.points,
            ScoreStatus.CORRECT,
            message(_MC_RIGHT, chosen=chosen, points=item.points),
        )
    return ItemScore(
        item.id,
        Fraction(0),
        item.points,
        ScoreStatus.WRONG,
        message(_MC_WRONG, chosen=chosen, key=item.answer_key),
    )


def _multiple_select(item: MultipleSelectItem, response: Response) -> ItemScore:  # R-SCO-2
    assert isinstance(response, tuple | frozenset | list)
    selected = frozenset(response)
    if selected == item.answer_key:
        return ItemScore(
            item.id, item.points, item.points, ScoreStatus.CORRECT, message(_MS_RIGHT, points=item.points)
        )
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
        return ItemScore(item.id, Fraction(0), item.points, ScoreStatus.WRONG, message(_MS_ZERO, **params))
    return ItemScore(
        item.id, raw, item.points, ScoreStatus.PARTIAL, message(_MS_PARTIAL, score=raw, **params)
    )


def _numeric(item: NumericItem, response: Response) -> ItemScore:  # R-SCO-3, R-NUM-1
    text = str(response)
    value = parse_numeric(text)
    if value is None:
        explanation = message(_NUM_INVALID, text=text.strip(), warning=NUMERIC_WARNING)
        return ItemScore(item.id, Fraction(0), item.points, ScoreStatus.INVALID, explanation)
    params = {"answer": value, "tolerance": item.tolerance, "key": item.answer_key, "points": item.points}
    if abs(value - item.answer_key) <= item.tolerance:
        return ItemScore(
            item.id, item.points, item.points, ScoreStatus.CORRECT, message(_NUM_RIGHT, **params)
        )
    return ItemScore(item.id, Fraction(0), item.points, ScoreStatus.WRONG, message(_NUM_WRONG, **params))


def _dropdown(item: MultipleDropdownItem, response: Response) -> ItemScore:  # R-SCO-4
    assert isinstance(response, Mapping)
    total = len(item.dropdowns)
    correct = sum(1 for dropdown in item.dropdowns if response.get(dropdown.id) == dropdown.answer_key)
    score = item.points * correct / total
    explanation = message(_DD, correct=correct, total=total, points=item.points, score=score)
    return ItemScore(item.id, score, item.points, _status(score, item.points), explanation)


def _ordering(item: OrderingItem, response: Response) -> ItemScore:  # R-SCO-5
    assert isinstance(response, tuple | list)
    order = tuple(response)
    if order == item.initial_order:
        return ItemScore(item.id, Fraction(0), item.points, ScoreStatus.UNANSWERED, message(_ORDER_UNCHANGED))
    total = len(item.answer_key)
    if order == item.answer_key:
        return ItemScore(
            item.id,
            item.points,
            item.points,
            ScoreStatus.CORRECT,
            message(_ORDER_RIGHT, total=total, points=item.points),
        )
    if item.partial is OrderingPartial.NONE:
        return ItemScore(item.id, Fraction(0), item.points, ScoreStatus.WRONG, message(_ORDER_NONE))
    correct = sum(1 for given, expected in zip(order, item.answer_key, strict=False) if given == expected)
    score = item.points * correct / total
    explanation = message(_ORDER_POSITION, correct=correct, total=total, points=item.points, score=score)
    return ItemScore(item.id, score, item.points, _status(score, item.points), explanation)


def _open(item: OpenItem, response: Response) -> ItemScore:  # R-SCO-6
    assert isinstance(response, OpenResponse)
    if not 0 <= response.awarded <= item.points:
        raise ValueError(f"item {item.id}: awarded {response.awarded} is outside 0..{item.points}")
    explanation = message(_OPEN, score=response.awarded, points=item.points)
    return ItemScore(
        item.id, response.awarded, item.points, _status(response.awarded, item.points), explanation
    )


def score_result(
    items: Iterable[AnyItem], responses: Mapping[str, Response], excluded: Iterable[str] = ()
) -> ResultScore:
    """Score every item of a variant; items without a response are unanswered (R-SCO-8, R-SCO-9)."""
    dropped = frozenset(excluded)
    return ResultScore(
        tuple(score_item(item, responses.get(item.id), excluded=item.id in dropped) for item in items)
    )
