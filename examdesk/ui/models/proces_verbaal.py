"""The proces-verbaal's entries as a table (R-PV-1): one row per recorded event, in recorded order, and a
filter by candidate, by kind and by free text."""

from __future__ import annotations

from collections.abc import Callable, Collection
from enum import IntEnum
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from examdesk import i18n
from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.ui.models.base import ROW_ROLE, RowTableModel, tr

if TYPE_CHECKING:
    from examdesk.services.proces_verbaal import Entry

ENTRY_ROLE = ROW_ROLE
"""The data role that returns the row's :class:`Entry` itself."""

GROUP_ONLY = -1
"""The candidate filter's value for "only what concerns the whole group"."""

_Index = QModelIndex | QPersistentModelIndex

ADDENDUM_BACKGROUND = "#fff4d6"
CORRECTION_BACKGROUND = "#eef2f7"
VOIDED_COLOUR = "#6b7280"


class EntryColumn(IntEnum):
    NUMBER = 0
    TIME = 1
    SUBJECT = 2
    KIND = 3
    DESCRIPTION = 4
    ACTOR = 5


HEADERS: dict[int, Text] = {
    EntryColumn.NUMBER: QT_TRANSLATE_NOOP("EntryTableModel", "No."),
    EntryColumn.TIME: QT_TRANSLATE_NOOP("EntryTableModel", "Time"),
    EntryColumn.SUBJECT: QT_TRANSLATE_NOOP("EntryTableModel", "Candidate"),
    EntryColumn.KIND: QT_TRANSLATE_NOOP("EntryTableModel", "Kind"),
    EntryColumn.DESCRIPTION: QT_TRANSLATE_NOOP("EntryTableModel", "What was recorded"),
    EntryColumn.ACTOR: QT_TRANSLATE_NOOP("EntryTableModel", "Recorded by"),
}

_ADDENDUM_MARK = QT_TRANSLATE_NOOP("EntryTableModel", "ADDENDUM")
_CORRECTED_BY = QT_TRANSLATE_NOOP("EntryTableModel", "Corrected by {numbers}.")
_VOIDED = QT_TRANSLATE_NOOP("EntryTableModel", "No longer counts for the clock.")
_ON_DAY = QT_TRANSLATE_NOOP("EntryTableModel", "{date} {time}")


def _numbers(ids: Collection[int]) -> str:
    return ", ".join(f"#{number}" for number in ids)


class EntryTableModel(RowTableModel["Entry"]):
    """One row per event of the session; addenda stand out (marked in words too), corrections are shaded."""

    COLUMNS: ClassVar[type[IntEnum]] = EntryColumn
    HEADERS: ClassVar[dict[int, Text]] = HEADERS
    NUMERIC: ClassVar[frozenset[int]] = frozenset({EntryColumn.NUMBER})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.session_day: Any = None  # entries on another day show their date too (an addendum, later)

    def display(self, item: Entry, column: int) -> str:
        col = EntryColumn(column)
        if col is EntryColumn.NUMBER:
            return f"#{item.event_id}"
        if col is EntryColumn.TIME:
            if self.session_day is not None and item.local_at.date() != self.session_day:
                from examdesk.ui.formats import date_text

                return tr(_ON_DAY).format(date=date_text(item.local_at.date()), time=item.time_text)
            return item.time_text
        if col is EntryColumn.SUBJECT:
            return i18n.render(item.subject)
        if col is EntryColumn.KIND:
            if item.is_addendum:
                return f"{i18n.render(item.kind_label)} ({tr(_ADDENDUM_MARK)})"
            return i18n.render(item.kind_label)
        if col is EntryColumn.DESCRIPTION:
            return item.said(i18n.render)
        return i18n.render(item.actor.words)

    def tooltip(self, item: Entry, column: int) -> str | None:
        if column != EntryColumn.DESCRIPTION:
            return None
        lines = [item.said(i18n.render)]
        if item.corrected_by:
            lines.append(tr(_CORRECTED_BY).format(numbers=_numbers(item.corrected_by)))
        if item.voided:
            lines.append(tr(_VOIDED))
        return "\n".join(lines)

    def accessible(self, item: Entry, column: int) -> str:
        if column == EntryColumn.DESCRIPTION:
            return " ".join((self.tooltip(item, column) or "").splitlines())  # with its corrections
        return self.display(item, column)

    def emphasis(self, item: Entry, column: int) -> bool:
        return item.is_addendum and column in (EntryColumn.KIND, EntryColumn.DESCRIPTION)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            item = self._rows[index.row()]
            if role == Qt.ItemDataRole.BackgroundRole:
                if item.is_addendum:
                    return QColor(ADDENDUM_BACKGROUND)
                if item.corrects_id is not None:
                    return QColor(CORRECTION_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole and item.voided:
                return QColor(VOIDED_COLOUR)
            if role == Qt.ItemDataRole.FontRole and item.voided and index.column() == EntryColumn.DESCRIPTION:
                font = QFont()
                font.setStrikeOut(True)
                return font
        return super().data(index, role)


class EntryFilter(QSortFilterProxyModel):
    """Entries of one candidate (and the group's, when asked: what concerns their work too, R-PV-5), of the
    chosen kinds, containing a text (in any column, as shown)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.candidate_id: int | None = None
        self.with_group = False
        self.kinds: frozenset[str] = frozenset()
        self.text = ""

    def _change(self, apply: Callable[[], None]) -> None:
        """Change what is filtered. Qt 6.9 and later want the change announced before it is made."""
        begin = getattr(self, "beginFilterChange", None)
        if begin is None:
            apply()
            self.invalidateFilter()
            return
        begin()
        apply()
        self.endFilterChange()

    def set_candidate(self, candidate_id: int | None, with_group: bool = False) -> None:
        def apply() -> None:
            self.candidate_id, self.with_group = candidate_id, with_group

        self._change(apply)

    def set_kinds(self, kinds: Collection[str]) -> None:
        self._change(lambda: setattr(self, "kinds", frozenset(kinds)))

    def set_text(self, text: str) -> None:
        self._change(lambda: setattr(self, "text", text.strip().casefold()))

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        entry: Entry | None = model.index(source_row, 0, source_parent).data(ENTRY_ROLE)
        if entry is None:
            return False
        if self.kinds and entry.kind not in self.kinds:
            return False
        about = entry.candidate.candidate_id if entry.candidate is not None else None
        if self.candidate_id == GROUP_ONLY:
            if about is not None:
                return False
        elif self.candidate_id is not None and about != self.candidate_id:
            if not (self.with_group and about is None):
                return False
        if self.text:
            shown = " ".join(
                str(model.index(source_row, column, source_parent).data() or "")
                for column in range(model.columnCount())
            )
            return self.text in shown.casefold()
        return True
