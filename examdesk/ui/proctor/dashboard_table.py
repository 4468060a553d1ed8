"""The candidates' table of the dashboard: it repaints only the ticking cells, and letters never search it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Signal
from PySide6.QtGui import QAccessible, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QTableView

from examdesk.ui.models.dashboard import DashboardColumn

MIN_ACCOMMODATION_CHARS = 22
# Left to right as a surveillant reads a row: who, how they are doing, then the checks (name, BSN and
# accommodations stay in sight on a 1366×768 laptop), then the details (issue 15).
VISUAL_ORDER = (
    DashboardColumn.NUMBER,
    DashboardColumn.NAME,
    DashboardColumn.STATE,
    DashboardColumn.REMAINING,
    DashboardColumn.BSN_CHECK,
    DashboardColumn.BSN,
    DashboardColumn.ACCOMMODATIONS,
    DashboardColumn.DEADLINE,
    DashboardColumn.EXTENSION,
    DashboardColumn.PAUSE,
    DashboardColumn.STORINGEN,
    DashboardColumn.START,
)
# Shown when there is room: the start and the end follow from the remaining time and its tooltip.
OPTIONAL = (DashboardColumn.START, DashboardColumn.DEADLINE)


class DashboardTable(QTableView):
    """The candidates' table; says when it has been resized or shown, so that its columns are fitted.

    Every second the remaining times change (one column, style.md). Qt's own handling repaints the column
    beside it too (its update rectangle reaches one pixel into the next column, and that column is then
    painted whole); this table repaints exactly the changed cells in sight. With a screen reader running,
    Qt's own handling stays, because it also tells the reader what changed.
    """

    resized = Signal()

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        """Type-to-search is off: a letter is an action's key, and a key whose action is not allowed must
        not move the selection to another candidate (issue 15). Searching is the filter field's (Ctrl+F)."""

    def dataChanged(  # noqa: N802 - Qt's name
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        column = top_left.column()
        if column != bottom_right.column() or QAccessible.isActive() or self.isColumnHidden(column):
            super().dataChanged(top_left, bottom_right, roles)
            return
        viewport = self.viewport()
        top = max(0, self.rowViewportPosition(top_left.row()))
        last = bottom_right.row()
        bottom = min(viewport.height(), self.rowViewportPosition(last) + self.rowHeight(last))
        if bottom > top:
            viewport.update(
                QRect(self.columnViewportPosition(column), top, self.columnWidth(column), bottom - top)
            )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.resized.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.resized.emit()

    def fit_columns(self) -> None:
        """Every column as wide as its contents, in the surveillant's order; when the table is too narrow the
        accommodations give up room (their tooltip has all) and the start and end columns step aside."""
        header = self.horizontalHeader()
        for visual, column in enumerate(VISUAL_ORDER):
            if header.visualIndex(column) != visual:
                header.moveSection(header.visualIndex(column), visual)
        for column in OPTIONAL:
            self.setColumnHidden(column, False)
        self.resizeColumnsToContents()
        metrics = self.fontMetrics()
        # The remaining time never changes width as it ticks: room for "10:00:00".
        header.resizeSection(
            DashboardColumn.REMAINING,
            header.sectionSize(DashboardColumn.REMAINING) + metrics.horizontalAdvance("0") * 2,
        )
        column = DashboardColumn.ACCOMMODATIONS
        least = metrics.averageCharWidth() * MIN_ACCOMMODATION_CHARS
        excess = header.length() - self.viewport().width()
        if excess > 0 and header.sectionSize(column) > least:
            header.resizeSection(column, max(least, header.sectionSize(column) - excess))
        for hidden in OPTIONAL:
            if header.length() - self.viewport().width() <= 0:
                break
            self.setColumnHidden(hidden, True)
        excess = header.length() - self.viewport().width()
        if excess < 0:
            header.resizeSection(column, header.sectionSize(column) - excess)  # room to spare goes here
