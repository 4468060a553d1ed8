"""A read-only table whose columns fit what they show.

Every column is as wide as its contents. When that is wider than the table, the columns marked as
shrinkable give up room in proportion to what they can spare, down to a number of characters each (their
tooltips hold the whole text); the others keep their width, so that no date or count is cut. When there is
room left, the one flexible column takes it. The person may still drag a column wider; a new window size
or new rows fit the columns again.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class FittedTable(QTableView):
    """A table with one selected row at a time, rows in alternating colours, columns fitted."""

    def __init__(
        self,
        model: QAbstractItemModel,
        flexible: int,
        shrinkable: Mapping[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.flexible = flexible
        self.shrinkable = dict(shrinkable or {})  # column -> at least this many average characters wide
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        model.modelReset.connect(self.fit_columns)
        model.headerDataChanged.connect(self.fit_columns)
        model.dataChanged.connect(self.fit_columns)

    def fit_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        self.resizeColumnsToContents()
        excess = header.length() - self.viewport().width()
        if excess > 0:
            character = self.fontMetrics().averageCharWidth()
            spare = {
                column: header.sectionSize(column) - characters * character
                for column, characters in self.shrinkable.items()
                if header.sectionSize(column) > characters * character
            }
            total = sum(spare.values())
            for column, room in spare.items():
                taken = min(room, -(-excess * room // total))  # a fair share, rounded up
                header.resizeSection(column, header.sectionSize(column) - taken)
        elif excess < 0 and 0 <= self.flexible < model.columnCount():
            header.resizeSection(self.flexible, header.sectionSize(self.flexible) - excess)

    def wanted_height(self, max_rows: int) -> int:
        """The height that shows every row, or ``max_rows`` of them, without a vertical scroll bar."""
        model = self.model()
        rows = min(model.rowCount() if model is not None else 0, max_rows)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += max(rows, 1) * self.verticalHeader().defaultSectionSize()
        if self.horizontalHeader().length() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        return height

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()
