"""From the package format to the rules: exams as core items, responses as core responses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from examdesk.core import items as core
from examdesk.core.grading import GradingRules
from examdesk.core.package_format import (
    ExamModel,
    MultipleChoiceModel,
    MultipleDropdownModel,
    MultipleSelectModel,
    NumericModel,
    OpenAnswerModel,
    OpenModel,
    OrderingModel,
)


@dataclass(frozen=True)
class Exam:
    """An exam ready for scoring: its items by id, its variants and its grading rules."""

    code: str
    title: str
    kind: str
    items: Mapping[str, core.AnyItem]
    variants: Mapping[str, tuple[str, ...]]
    grading: GradingRules

    def variant_items(self, variant: str) -> list[core.AnyItem]:
        return [self.items[item_id] for item_id in self.variants[variant]]


def _options(models: list[Any]) -> tuple[core.Option, ...]:
    return tuple(core.Option(o.key, o.text) for o in models)


def core_item(model: Any) -> core.AnyItem:
    """The rules' view of one validated item."""
    common = {
        "id": model.id,
        "points": Fraction(model.points),
        "section": core.Section(model.section) if model.section else None,
        "stem": model.stem,
        "case_text": model.case_text,
    }
    match model:
        case MultipleChoiceModel():
            return core.MultipleChoiceItem(
                **common, options=_options(model.options), answer_key=model.answer_key
            )
        case MultipleSelectModel():
            return core.MultipleSelectItem(
                **common,
                options=_options(model.options),
                answer_key=frozenset(model.answer_key),
                correct_count_shown=model.correct_count_shown,
                penalty_per_error=Fraction(model.penalty_per_error),
            )
        case NumericModel():
            return core.NumericItem(
                **common,
                answer_key=model.answer_key,
                tolerance=model.tolerance,
                decimals=model.decimals,
                unit=model.unit,
                unit_position=model.unit_position,
            )
        case MultipleDropdownModel():
            dropdowns = tuple(core.Dropdown(d.id, tuple(d.options), d.answer_key) for d in model.dropdowns)
            return core.MultipleDropdownItem(**common, dropdowns=dropdowns)
        case OrderingModel():
            return core.OrderingItem(
                **common,
                options=_options(model.options),
                initial_order=tuple(model.initial_order),
                answer_key=tuple(model.answer_key),
                partial=core.OrderingPartial(model.partial),
            )
        case OpenModel():
            return core.OpenItem(**common, marking_scheme=model.marking_scheme)
    raise TypeError(f"unknown item model {type(model).__name__}")


def core_exam(model: ExamModel) -> Exam:
    """The rules' view of a validated exam (R-GRD-3: PE grades are whole numbers)."""
    items = {item.id: core_item(item) for item in model.items}
    variants = {v.code: tuple(v.items) for v in model.variants} if model.variants else {"A": tuple(items)}
    decimals = 0 if model.kind == "pe" else model.grading.decimals
    grading = GradingRules(Fraction(model.grading.cesuur_percent), Fraction(model.grading.floor), decimals)
    return Exam(model.code, model.title, model.kind, items, variants, grading)


def core_response(item: core.AnyItem, value: Any) -> core.Response:
    """A validated response (package shape) as the scoring rules take it."""
    if value is None:
        return None
    if isinstance(item, core.OpenItem):
        answer = value if isinstance(value, OpenAnswerModel) else OpenAnswerModel.model_validate(value)
        return core.OpenResponse(answer.text, Fraction(answer.awarded))
    if isinstance(item, core.MultipleDropdownItem):
        return dict(value)
    if isinstance(item, core.MultipleSelectItem | core.OrderingItem):
        return tuple(value)
    return str(value)


def core_responses(exam: Exam, responses: Mapping[str, Any]) -> dict[str, core.Response]:
    return {item_id: core_response(exam.items[item_id], value) for item_id, value in responses.items()}
