"""The status line of a working page: one sentence about the last action, in a place that never moves.

Its room is kept whether it says something or not, so a message that appears does not push the table
or the buttons around under the mouse (issue 15: a hand-in meant for one row landed on the next).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from examdesk.ui.widgets.common import Retranslating, plain

LINES = 2
PADDING = 16  # the style sheet's padding and border, top and bottom


class MessageBar(Retranslating, QLabel):
    """A refusal (red), what was recorded (calm) or nothing, always the same height (two lines).

    ``collapsed_when_empty``: with nothing to say the bar takes no room at all (for a view where a message is
    rare and every line of height counts, as the proces-verbaal on a 768-pixel screen); otherwise it keeps its
    two lines so that nothing below it moves when a message comes and goes (the dashboard)."""

    def __init__(self, parent: QWidget | None = None, *, collapsed_when_empty: bool = False) -> None:
        super().__init__(parent)
        self._collapsed_when_empty = collapsed_when_empty
        plain(self)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setIndent(10)
        self._producer: Callable[[], str] | None = None
        self._set_kind(None)
        self._fit_height()
        if collapsed_when_empty:
            self.hide()

    def show_notice(self, producer: Callable[[], str]) -> None:
        self._set_kind("notice")
        self._say(producer)

    def show_refusal(self, producer: Callable[[], str]) -> None:
        self._set_kind("error")
        self._say(producer)

    def show_warning(self, producer: Callable[[], str]) -> None:
        """Something to act on now that is not a refusal (five minutes left, time up)."""
        self._set_kind("warning")
        self._say(producer)

    def show_text(self, producer: Callable[[], str]) -> None:
        self.show_refusal(producer)

    def clear_error(self) -> None:
        self._producer = None
        self._set_kind(None)
        self.retranslate()

    def is_refusal(self) -> bool:
        return bool(self._producer is not None and self.property("error") == "true")

    def _say(self, producer: Callable[[], str]) -> None:
        self._producer = producer
        self.retranslate()

    def _set_kind(self, kind: str | None) -> None:
        self.setProperty("error", "true" if kind == "error" else "false")
        self.setProperty("notice", "true" if kind == "notice" else "false")
        self.setProperty("warning", "true" if kind == "warning" else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def _fit_height(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * LINES + PADDING)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def retranslate(self) -> None:
        text = self._producer() if self._producer is not None else ""
        self.setText(text)
        if self._collapsed_when_empty:
            self.setVisible(bool(text))
        self.setToolTip(text)  # in the rare case two lines are not enough, all of it is here
        self.setAccessibleName(text)
