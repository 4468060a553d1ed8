"""Exam items as the rules see them: the six item types of the package format (exam-package.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction


class ItemType(StrEnum):
    MULTIPLE_CHOICE = "multiple_choice"
    MULTIPLE_SELECT = "multiple_select"
    NUMERIC = "numeric"
    MULTIPLE_DROPDOWN = "multiple_dropdown"
    ORDERING = "ordering"
    OPEN = "open"


class Section(StrEnum):
    KENNIS_BEGRIP = "kennis_begrip"
    VAARDIGHEDEN = "vaardigheden"
    GENERIEK = "generiek"


class OrderingPartial(StrEnum):
    POSITION = "position"  # R-SCO-5 default: points per item in its correct place
    NONE = "none"  # all or nothing


@dataclass(frozen=True)
class Option:
    key: str
    text: str


@dataclass(frozen=True)
class Dropdown:
    id: str
    options: tuple[str, ...]
    answer_key: str


@dataclass(frozen=True, kw_only=True)
class Item:
    """What every item has. ``id`` is the question number people see."""

    id: str
    points: Fraction
    section: Section | None = None
    stem: str = ""
    case_text: str = ""

    @property
    def closed(self) -> bool:
        """Closed items have an answer key; open items have a marking scheme (R-INZ-1)."""
        return True


@dataclass(frozen=True, kw_only=True)
class MultipleChoiceItem(Item):
    options: tuple[Option, ...]
    answer_key: str
    type: ItemType = field(default=ItemType.MULTIPLE_CHOICE, init=False)


@dataclass(frozen=True, kw_only=True)
class MultipleSelectItem(Item):
    options: tuple[Option, ...]
    answer_key: frozenset[str]
    correct_count_shown: bool = True
    penalty_per_error: Fraction = Fraction(1)
    type: ItemType = field(default=ItemType.MULTIPLE_SELECT, init=False)


@dataclass(frozen=True, kw_only=True)
class NumericItem(Item):
    answer_key: Decimal
    tolerance: Decimal = Decimal(0)
    decimals: int | None = None
    unit: str = ""
    unit_position: str = "suffix"
    type: ItemType = field(default=ItemType.NUMERIC, init=False)


@dataclass(frozen=True, kw_only=True)
class MultipleDropdownItem(Item):
    dropdowns: tuple[Dropdown, ...]
    type: ItemType = field(default=ItemType.MULTIPLE_DROPDOWN, init=False)


@dataclass(frozen=True, kw_only=True)
class OrderingItem(Item):
    options: tuple[Option, ...]
    initial_order: tuple[str, ...]
    answer_key: tuple[str, ...]
    partial: OrderingPartial = OrderingPartial.POSITION
    type: ItemType = field(default=ItemType.ORDERING, init=False)


@dataclass(frozen=True, kw_only=True)
class OpenItem(Item):
    marking_scheme: str
    type: ItemType = field(default=ItemType.OPEN, init=False)

    @property
    def closed(self) -> bool:
        return False


AnyItem = (
    MultipleChoiceItem | MultipleSelectItem | NumericItem | MultipleDropdownItem | OrderingItem | OpenItem
)


@dataclass(frozen=True)
class OpenResponse:
    """An open answer with the points the corrector awarded (R-SCO-6)."""

    text: str
    awarded: Fraction


# A response as the results carry it: None (unanswered), a key, keys, typed text, dropdown choices,
# an order, or an open answer.
Response = str | tuple[str, ...] | frozenset[str] | dict[str, str] | OpenResponse | None
