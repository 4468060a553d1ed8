"""An honest empty state: what a workspace will hold, and what to do now. No fake data, no dead buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from examdesk.ui.widgets.common import heading, paragraph


class EmptyState(QWidget):
    """A title, one paragraph about the workspace, and a marked box saying what to do now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(1)
        self.about = paragraph()
        self.now_title = heading(2)
        self.now_text = paragraph()
        now_box = QFrame()
        now_box.setObjectName("nowBox")
        self._now_layout = QVBoxLayout(now_box)
        self._now_layout.setContentsMargins(18, 12, 18, 14)
        self._now_layout.setSpacing(6)
        self._now_layout.addWidget(self.now_title)
        self._now_layout.addWidget(self.now_text)
        column = QWidget()
        column.setMaximumWidth(780)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(18)
        inner.addWidget(self.title)
        inner.addWidget(self.about)
        inner.addWidget(now_box)
        # Left-aligned and at most a comfortable line length wide; the stretch takes the rest.
        row = QHBoxLayout()
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 36, 40, 36)
        layout.addLayout(row)
        layout.addStretch(1)

    def set_texts(self, title: str, about: str, now_title: str, now: str) -> None:
        self.title.setText(title)
        self.about.setText(about)
        self.now_title.setText(now_title)
        self.now_text.setText(now)
        for label in (self.title, self.about, self.now_title, self.now_text):
            label.setAccessibleName(label.text())

    def add_action(self, button: QPushButton) -> None:
        """Put the one thing to do now in the box that says it (only where it can be done here)."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(button)
        row.addStretch(1)
        self._now_layout.addLayout(row)

    def labels(self) -> list[QLabel]:
        return [self.title, self.about, self.now_title, self.now_text]
