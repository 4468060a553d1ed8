"""Buttons in equal columns, as many to a row as fit: longer translations and large print wrap onto
another row instead of being clipped (issue 8)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QSizePolicy, QWidget


class ButtonGrid(QWidget):
    """Lays ``buttons`` out in rows of equal columns; the number of columns follows the width.

    Call :meth:`reflow` after the buttons' texts change (a new language, a count in a label).
    """

    def __init__(
        self, buttons: Sequence[QAbstractButton], *, max_per_row: int = 6, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._buttons = list(buttons)
        self._max_per_row = max_per_row
        self._per_row = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(8)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._arrange(self._max_per_row)

    # --- geometry ---------------------------------------------------------------------------------------

    def _column_width(self) -> int:
        return max((b.sizeHint().width() for b in self._buttons), default=0)

    def _row_height(self) -> int:
        return max((b.sizeHint().height() for b in self._buttons), default=0)

    def columns_for(self, width: int) -> int:
        """How many columns of the widest button fit in ``width``."""
        spacing = self._grid.horizontalSpacing()
        fitting = (width + spacing) // max(1, self._column_width() + spacing)
        return max(1, min(self._max_per_row, len(self._buttons), fitting))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        rows = -(-len(self._buttons) // self.columns_for(width))
        return rows * self._row_height() + (rows - 1) * self._grid.verticalSpacing()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        columns = min(self._max_per_row, len(self._buttons))
        width = columns * self._column_width() + (columns - 1) * self._grid.horizontalSpacing()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # One column is the least: narrower than that, the texts would be cut.
        width = self._column_width()
        return QSize(width, self.heightForWidth(width))

    # --- layout -----------------------------------------------------------------------------------------

    def per_row(self) -> int:
        return self._per_row

    def reflow(self) -> None:
        """Arrange again for the current width (after the buttons' texts or fonts changed)."""
        self._arrange(self.columns_for(self.width()) if self.width() > 0 else self._max_per_row, force=True)
        self.updateGeometry()

    def _arrange(self, per_row: int, *, force: bool = False) -> None:
        if per_row == self._per_row and not force:
            return
        for button in self._buttons:
            self._grid.removeWidget(button)
        for column in range(self._max_per_row):
            self._grid.setColumnStretch(column, 0)
        for index, button in enumerate(self._buttons):
            self._grid.addWidget(button, index // per_row, index % per_row)
        for column in range(per_row):
            self._grid.setColumnStretch(column, 1)
        self._per_row = per_row

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        columns = self.columns_for(event.size().width())
        if columns != self._per_row:
            self._arrange(columns)
            self.updateGeometry()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self.reflow()
        super().changeEvent(event)
