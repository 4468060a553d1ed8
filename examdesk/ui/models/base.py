"""What the read-only table models of examdesk share: rows of frozen objects, one column enum, headers
marked for translation, a role that returns the row object, and ``set_rows()`` as one model reset."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from examdesk.core.text import Text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The data role that returns the row object itself."""

NONE_SHOWN = "—"
"""What an empty cell shows, so that "nothing" is visibly different from "not loaded"."""

PROBLEM_COLOUR = "#a4161a"

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex


def tr(text: Text) -> str:
    """A marked text in the current language."""
    return QCoreApplication.translate(text.context, str(text))


class RowTableModel(QAbstractTableModel, Generic[R]):
    """One row per object. Subclasses set ``COLUMNS`` and ``HEADERS`` and say what each cell shows."""

    COLUMNS: ClassVar[type[IntEnum]]
    HEADERS: ClassVar[Mapping[int, Text]]
    NUMERIC: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._column_count = len(self.COLUMNS)  # asked for very often by views and proxies

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> R:
        return self._rows[number]

    def rows(self) -> list[R]:
        return list(self._rows)

    # --- what subclasses say about a cell ---------------------------------------------------------

    def display(self, item: R, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, item: R, column: int) -> str | None:
        return None

    def accessible(self, item: R, column: int) -> str:
        return self.display(item, column)

    def warning(self, item: R, column: int) -> bool:
        """Whether the cell says something is wrong (shown bold and red, besides its words)."""
        return False

    def emphasis(self, item: R, column: int) -> bool:
        """Whether the cell says something to act on (shown bold, besides its words)."""
        return self.warning(item, column)

    # --- Qt's side ----------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else self._column_count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.warning(item, column):
            return QColor(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.FontRole and self.emphasis(item, column):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return tr(self.HEADERS[section])
        return None

    def retranslate(self) -> None:
        """Say the headers and every cell again in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
