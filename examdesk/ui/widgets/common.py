"""Small building blocks shared by the pages: headings, paragraphs, inline errors, labelled fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence


class Retranslating:
    """Mixin for widgets: calls ``self.retranslate()`` when the language changes.

    Put it before the Qt class in the bases (``class Page(Retranslating, QWidget)``).
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def local_action(
    owner: QWidget,
    keys: str | QKeySequence.StandardKey | Sequence[str | QKeySequence.StandardKey],
    handler: Callable[[], object],
) -> QAction:
    """A keyboard shortcut that works while the focus is in ``owner`` or any widget inside it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(owner)
    all_keys = [keys] if isinstance(keys, str | QKeySequence.StandardKey) else list(keys)
    action.setShortcuts([QKeySequence(key) for key in all_keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: handler())
    owner.addAction(action)
    return action


def window_action(
    owner: QWidget,
    keys: str | QKeySequence.StandardKey | Sequence[str | QKeySequence.StandardKey],
    handler: Callable[[], object],
) -> QAction:
    """A keyboard shortcut that works anywhere in ``owner``'s window while ``owner`` is in sight (a header's
    menu or language switch with the focus does not stop it; a field that takes the key keeps it)."""
    from PySide6.QtCore import Qt

    action = local_action(owner, keys, handler)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return action


def plain(label: QLabel, *, selectable: bool = False) -> QLabel:
    """Show the label's text exactly as written, never as rich text: names and messages may hold '<'."""
    # The first use of the Qt namespace costs over 10 ms, so the start-up page does without (startup=True).
    from PySide6.QtCore import Qt

    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading(level: int = 1, parent: QWidget | None = None, *, startup: bool = False) -> QLabel:
    """A heading; ``startup`` for labels painted before anything is loaded (fixed texts only)."""
    label = QLabel(parent)
    label.setProperty("heading", str(level))
    label.setWordWrap(True)
    return label if startup else plain(label)


def paragraph(parent: QWidget | None = None, *, muted: bool = False, startup: bool = False) -> QLabel:
    """A wrapped paragraph; ``startup`` as for :func:`heading`."""
    label = QLabel(parent)
    label.setWordWrap(True)
    if muted:
        label.setProperty("muted", "true")
    return label if startup else plain(label, selectable=True)


def primary(button: QPushButton) -> QPushButton:
    """Mark the one main action of a page."""
    button.setProperty("primary", "true")
    return button


class InlineError(Retranslating, QLabel):
    """A problem sentence next to the form it belongs to; hidden while there is none.

    It keeps a function that produces the sentence, so that it is said again in a new language.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("error", "true")
        self.setWordWrap(True)
        self.setObjectName("inlineError")
        self._producer: Callable[[], str] | None = None
        self.hide()

    def show_text(self, producer: Callable[[], str]) -> None:
        plain(self)
        self._producer = producer
        self.retranslate()
        self.show()

    def shows(self, producer: Callable[[], str]) -> bool:
        """Whether the sentence shown now is ``producer``'s (not one shown after it)."""
        return self._producer is producer

    def clear_error(self) -> None:
        self._producer = None
        self.clear()
        self.hide()

    def retranslate(self) -> None:
        text = self._producer() if self._producer is not None else ""
        self.setText(text)
        self.setAccessibleName(text)


class LabelledField(QWidget):
    """A label above its field; the label is the field's buddy and gives it its accessible name."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setBuddy(field)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(field)

    def set_label(self, text: str) -> None:
        self.label.setText(text)
        self.field.setAccessibleName(text)


def password_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def card(parent: QWidget | None = None, width: int = 560) -> QFrame:
    """A framed column for a form, kept narrow so the eye does not travel far.

    The width is fixed: word-wrapped labels then know their height, and the fields are not squeezed.
    """
    frame = QFrame(parent)
    frame.setObjectName("card")
    frame.setFixedWidth(width)
    return frame
