"""The exams table of the Exams workspace: what each imported exam holds, without its answer keys."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, ClassVar

from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.ui.formats import minutes_text, points_text
from examdesk.ui.models.base import NONE_SHOWN, ROW_ROLE, RowTableModel, tr

if TYPE_CHECKING:
    from examdesk.services.catalogue import ExamSummary

EXAM_ROLE = ROW_ROLE
"""The data role that returns the row's :class:`ExamSummary` itself."""


class ExamColumn(IntEnum):
    CODE = 0
    TITLE = 1
    KIND = 2
    DURATION = 3
    ITEMS = 4
    VARIANTS = 5
    MAX_POINTS = 6
    SECTIONS = 7


HEADERS: dict[int, Text] = {
    ExamColumn.CODE: QT_TRANSLATE_NOOP("ExamTableModel", "Code"),
    ExamColumn.TITLE: QT_TRANSLATE_NOOP("ExamTableModel", "Title"),
    ExamColumn.KIND: QT_TRANSLATE_NOOP("ExamTableModel", "Kind"),
    ExamColumn.DURATION: QT_TRANSLATE_NOOP("ExamTableModel", "Duration"),
    ExamColumn.ITEMS: QT_TRANSLATE_NOOP("ExamTableModel", "Items"),
    ExamColumn.VARIANTS: QT_TRANSLATE_NOOP("ExamTableModel", "Variants"),
    ExamColumn.MAX_POINTS: QT_TRANSLATE_NOOP("ExamTableModel", "Max. points"),
    ExamColumn.SECTIONS: QT_TRANSLATE_NOOP("ExamTableModel", "Points per section"),
}

KINDS: dict[str, Text] = {
    "pe": QT_TRANSLATE_NOOP("ExamTableModel", "PE"),
    "ce": QT_TRANSLATE_NOOP("ExamTableModel", "CE"),
    "other": QT_TRANSLATE_NOOP("ExamTableModel", "other"),
}
KIND_TIPS: dict[str, Text] = {
    "pe": QT_TRANSLATE_NOOP(
        "ExamTableModel",
        "Wft PE exam or Bijzonder Examen: accommodations need a valid VSV, except large print and magnifier",
    ),
    "ce": QT_TRANSLATE_NOOP("ExamTableModel", "Centraal examen"),
    "other": QT_TRANSLATE_NOOP("ExamTableModel", "Another kind of exam"),
}

# The sections of the package format, in the order the exams list them.
SECTIONS: dict[str, Text] = {
    "kennis_begrip": QT_TRANSLATE_NOOP("ExamTableModel", "knowledge"),
    "vaardigheden": QT_TRANSLATE_NOOP("ExamTableModel", "skills"),
    "generiek": QT_TRANSLATE_NOOP("ExamTableModel", "generic"),
    "": QT_TRANSLATE_NOOP("ExamTableModel", "without section"),
}

ITEM_TYPES: dict[str, Text] = {
    "multiple_choice": QT_TRANSLATE_NOOP("ExamTableModel", "multiple choice"),
    "multiple_select": QT_TRANSLATE_NOOP("ExamTableModel", "multiple select"),
    "numeric": QT_TRANSLATE_NOOP("ExamTableModel", "numeric"),
    "multiple_dropdown": QT_TRANSLATE_NOOP("ExamTableModel", "drop-down lists"),
    "ordering": QT_TRANSLATE_NOOP("ExamTableModel", "ordering"),
    "open": QT_TRANSLATE_NOOP("ExamTableModel", "open"),
}


def kind_text(kind: str) -> str:
    """``PE``, ``CE`` or ``other``, in the current language."""
    return tr(KINDS[kind]) if kind in KINDS else kind


def sections_text(exam: ExamSummary) -> str:
    """``knowledge/understanding 10 · skills 30``; a dash when the items have no sections."""
    sections = exam.points_per_section
    if set(sections) <= {""}:
        return NONE_SHOWN
    order = [*(s for s in SECTIONS if s and s in sections), *sorted(s for s in sections if s not in SECTIONS)]
    if "" in sections:
        order.append("")
    return " · ".join(f"{tr(SECTIONS[s]) if s in SECTIONS else s} {points_text(sections[s])}" for s in order)


def item_types_text(exam: ExamSummary) -> str:
    """``3 multiple choice, 1 open``: how many items of each type."""
    return ", ".join(
        f"{count} {tr(ITEM_TYPES[kind]) if kind in ITEM_TYPES else kind}"
        for kind, count in exam.items_per_type.items()
    )


class ExamTableModel(RowTableModel["ExamSummary"]):
    """One row per exam on the station."""

    COLUMNS: ClassVar[type[IntEnum]] = ExamColumn
    HEADERS: ClassVar[dict[int, Text]] = HEADERS
    NUMERIC: ClassVar[frozenset[int]] = frozenset(
        {ExamColumn.DURATION, ExamColumn.ITEMS, ExamColumn.MAX_POINTS}
    )

    def row_of(self, code: str) -> int | None:
        return next((i for i, exam in enumerate(self._rows) if exam.code == code), None)

    def display(self, item: ExamSummary, column: int) -> str:
        col = ExamColumn(column)
        if col is ExamColumn.CODE:
            return item.code
        if col is ExamColumn.TITLE:
            return item.title
        if col is ExamColumn.KIND:
            return kind_text(item.kind)
        if col is ExamColumn.DURATION:
            return minutes_text(item.duration_minutes)
        if col is ExamColumn.ITEMS:
            return str(item.item_count)
        if col is ExamColumn.VARIANTS:
            return ", ".join(item.variants)
        if col is ExamColumn.MAX_POINTS:
            return points_text(item.max_points)
        return sections_text(item)

    def tooltip(self, item: ExamSummary, column: int) -> str | None:
        if column == ExamColumn.KIND and item.kind in KIND_TIPS:
            return tr(KIND_TIPS[item.kind])
        if column == ExamColumn.ITEMS:
            return item_types_text(item)
        if column in (ExamColumn.TITLE, ExamColumn.SECTIONS):
            return self.display(item, column)  # the column may be too narrow
        return None
