"""Table models of the Cases workspace: the overview of cases and one case's history."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from examdesk.core.cases import describe
from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.services.cases import CaseSummary, HistoryEntry
from examdesk.ui.formats import AMSTERDAM, date_text, local_time_text
from examdesk.ui.models.base import NONE_SHOWN, RowTableModel, tr
from examdesk.ui.models.case_texts import (
    category_short,
    category_text,
    days_text,
    period_text,
    say,
    step_text,
)

_Index = QModelIndex | QPersistentModelIndex


class CaseColumn(IntEnum):
    PERIOD = 0
    SESSION = 1
    CANDIDATES = 2
    CATEGORY = 3
    STEP = 4
    AGE = 5
    NEXT = 6


CASE_HEADERS: dict[int, Text] = {
    CaseColumn.PERIOD: QT_TRANSLATE_NOOP("CaseTableModel", "Exam period"),
    CaseColumn.SESSION: QT_TRANSLATE_NOOP("CaseTableModel", "Session"),
    CaseColumn.CANDIDATES: QT_TRANSLATE_NOOP("CaseTableModel", "Candidates"),
    CaseColumn.CATEGORY: QT_TRANSLATE_NOOP("CaseTableModel", "Category"),
    CaseColumn.STEP: QT_TRANSLATE_NOOP("CaseTableModel", "Step reached"),
    CaseColumn.AGE: QT_TRANSLATE_NOOP("CaseTableModel", "Open for"),
    CaseColumn.NEXT: QT_TRANSLATE_NOOP("CaseTableModel", "Next"),
}

_DONE = QT_TRANSLATE_NOOP("CaseTableModel", "closed")
_TECHNICAL = QT_TRANSLATE_NOOP("CaseTableModel", "{category}, technical")
_OPEN_COLOUR, _CLOSED_COLOUR = "#fdf0d5", "#dce7f7"
OLD_CASE_DAYS = 14
"""An open case older than this is shown bold: a procedure with the Inspectie should not stand still."""


class CaseTableModel(RowTableModel[CaseSummary]):
    """One row per case: its period, session, candidates, category, the step it reached and its age."""

    COLUMNS: ClassVar[type[IntEnum]] = CaseColumn
    HEADERS: ClassVar[dict[int, Text]] = CASE_HEADERS
    NUMERIC: ClassVar[frozenset[int]] = frozenset({CaseColumn.AGE})

    def row_of(self, case_id: int) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.id == case_id), None)

    def display(self, item: CaseSummary, column: int) -> str:
        col = CaseColumn(column)
        if col is CaseColumn.PERIOD:
            return period_text(item.period)
        if col is CaseColumn.SESSION:
            return f"{date_text(item.session_date)} · {item.group_name}"
        if col is CaseColumn.CANDIDATES:
            return ", ".join(c.label for c in item.candidates)
        if col is CaseColumn.CATEGORY:
            short = category_short(item.category)
            return tr(_TECHNICAL).format(category=short) if item.technical else short
        if col is CaseColumn.STEP:
            return step_text(item.current)
        if col is CaseColumn.AGE:
            return NONE_SHOWN if item.closed else days_text(item.age_days)
        return tr(_DONE) if item.next_step is None else step_text(item.next_step)

    def tooltip(self, item: CaseSummary, column: int) -> str | None:
        if column == CaseColumn.CATEGORY:
            return category_text(item.category)
        if column == CaseColumn.SESSION:
            return f"{item.exam_title} ({item.exam_code}), {item.group_name} ({item.group_code})"
        if column == CaseColumn.CANDIDATES:
            return ", ".join(f"{c.label} {c.masked_bsn}" for c in item.candidates)
        return None

    def emphasis(self, item: CaseSummary, column: int) -> bool:
        return column == CaseColumn.NEXT and not item.closed

    def warning(self, item: CaseSummary, column: int) -> bool:
        return column == CaseColumn.AGE and not item.closed and item.age_days > OLD_CASE_DAYS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and index.column() == CaseColumn.NEXT
            and 0 <= index.row() < len(self._rows)
        ):
            return QColor(_CLOSED_COLOUR if self._rows[index.row()].closed else _OPEN_COLOUR)
        return super().data(index, role)


class HistoryColumn(IntEnum):
    WHEN = 0
    STEP = 1
    FACTS = 2
    BY = 3


HISTORY_HEADERS: dict[int, Text] = {
    HistoryColumn.WHEN: QT_TRANSLATE_NOOP("HistoryModel", "Recorded"),
    HistoryColumn.STEP: QT_TRANSLATE_NOOP("HistoryModel", "Step"),
    HistoryColumn.FACTS: QT_TRANSLATE_NOOP("HistoryModel", "What was recorded"),
    HistoryColumn.BY: QT_TRANSLATE_NOOP("HistoryModel", "By"),
}
_CORRECTION = QT_TRANSLATE_NOOP("HistoryModel", "Correction of {step}")
_CORRECTED = QT_TRANSLATE_NOOP("HistoryModel", "{facts} (corrected later)")
_WHY = QT_TRANSLATE_NOOP("HistoryModel", "{facts} Why corrected: {reason}")


class HistoryModel(RowTableModel[HistoryEntry]):
    """Every recorded step and correction of a case, oldest first; nothing is ever changed (R-PV-2)."""

    COLUMNS: ClassVar[type[IntEnum]] = HistoryColumn
    HEADERS: ClassVar[dict[int, Text]] = HISTORY_HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}  # candidate id -> label
        self._corrected: set[int] = set()

    def set_history(self, rows: list[HistoryEntry], names: dict[int, str]) -> None:
        self.names = names
        self._corrected = {r.corrects for r in rows if r.corrects is not None}
        self.set_rows(rows)

    def facts_text(self, item: HistoryEntry) -> str:
        text = say(describe(item.facts, self.names))
        if item.corrects is not None:
            text = tr(_WHY).format(facts=text, reason=item.reason)
        elif item.event_id in self._corrected:
            text = tr(_CORRECTED).format(facts=text)
        return text

    def display(self, item: HistoryEntry, column: int) -> str:
        col = HistoryColumn(column)
        if col is HistoryColumn.WHEN:
            return f"{date_text(item.at.astimezone(AMSTERDAM).date())} {local_time_text(item.at)}"
        if col is HistoryColumn.STEP:
            if item.corrects is not None:
                return tr(_CORRECTION).format(step=step_text(item.step))
            return step_text(item.step)
        if col is HistoryColumn.FACTS:
            return self.facts_text(item)
        return item.actor_name

    def tooltip(self, item: HistoryEntry, column: int) -> str | None:
        if column == HistoryColumn.FACTS:
            return self.facts_text(item)
        if column == HistoryColumn.BY:
            return item.actor
        return None

    def emphasis(self, item: HistoryEntry, column: int) -> bool:
        return column == HistoryColumn.STEP and item.corrects is not None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and 0 <= index.row() < len(self._rows)
            and self._rows[index.row()].event_id in self._corrected
        ):
            return QColor("#5c6670")  # a corrected entry stays, greyed, with "(corrected later)"
        return super().data(index, role)
