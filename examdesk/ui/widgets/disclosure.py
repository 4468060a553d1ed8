"""A disclosure button: shows and hides another widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget


def disclosure(name: str, target: QWidget) -> QToolButton:
    """A button that shows and hides ``target`` (closed: an arrow to the right; open: down). Hidden itself
    until a narrow view uses it."""
    button = QToolButton()
    button.setObjectName(name)
    button.setCheckable(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setArrowType(Qt.ArrowType.RightArrow)

    def shown(on: bool) -> None:
        target.setVisible(on)
        button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    button.toggled.connect(shown)
    button.hide()
    return button
