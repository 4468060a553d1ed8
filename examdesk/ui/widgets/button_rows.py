"""Buttons in rows, as many to a row as fit at their natural width: longer translations and large print
wrap onto another row instead of being clipped (issue 8).

The widget sets its own height when the rows change (no height-for-width: the pages it sits in, tab and
stacked widgets, do not pass that on), so the layout around it always makes room for every row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

SPACING = 8


def rows_for(widths: Sequence[int], available: int, spacing: int = SPACING) -> list[int]:
    """How many of the items (with these natural ``widths``, in order) go on each row of ``available`` width.

    Every row holds at least one item, so an item wider than the row still gets a row of its own.
    """
    rows: list[int] = []
    used = count = 0
    for width in widths:
        needed = width if count == 0 else used + spacing + width
        if count and needed > available:
            rows.append(count)
            used, count = width, 1
        else:
            used, count = needed, count + 1
    if count:
        rows.append(count)
    return rows


class ButtonRows(QWidget):
    """Lays ``buttons`` out in rows that fill the width; a row that is full wraps onto the next.

    Call :meth:`reflow` after the buttons' texts change (a new language, a count in a label).
    """

    def __init__(self, buttons: Sequence[QAbstractButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons = list(buttons)
        self._rows: list[int] = []
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(SPACING)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._arrange(rows_for(self._widths(), 10**6))

    def _widths(self) -> list[int]:
        return [button.sizeHint().width() for button in self._buttons]

    def _row_height(self) -> int:
        return max((b.sizeHint().height() for b in self._buttons), default=0)

    def _height(self, rows: int) -> int:
        return rows * self._row_height() + max(0, rows - 1) * SPACING

    def rows(self) -> list[int]:
        """How many buttons each row holds now."""
        return list(self._rows)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        widths = self._widths()
        return QSize(sum(widths) + SPACING * max(0, len(widths) - 1), self._height(len(self._rows) or 1))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # The widest button is the least: narrower than that, its text would be cut.
        return QSize(max(self._widths(), default=0), self._height(len(self._rows) or 1))

    def reflow(self) -> None:
        """Arrange again for the current width (after the buttons' texts or fonts changed)."""
        width = self.width() if self.width() > 0 else 10**6
        self._arrange(rows_for(self._widths(), width), force=True)
        self.updateGeometry()

    def _arrange(self, rows: list[int], *, force: bool = False) -> None:
        if rows == self._rows and not force:
            return
        while self._outer.count():
            item = self._outer.takeAt(0)
            row = item.layout() if item is not None else None
            if row is not None:
                while row.count():
                    row.takeAt(0)
                row.deleteLater()
        start = 0
        for count in rows:
            row_layout = QHBoxLayout()
            row_layout.setSpacing(SPACING)
            for button in self._buttons[start : start + count]:
                row_layout.addWidget(button, button.sizeHint().width())
            start += count
            self._outer.addLayout(row_layout)
        self._rows = rows
        # Rows are added or taken away here, so the height is set here: the layout around then makes room.
        self.setFixedHeight(self._height(len(rows)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        rows = rows_for(self._widths(), event.size().width())
        if rows != self._rows:
            self._arrange(rows)
            self.updateGeometry()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self.reflow()
        super().changeEvent(event)
