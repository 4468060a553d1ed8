"""The base of every dialog that runs one service call: keyboard, refusals and size done once for all.

- It opens with the focus on its first field, never on a button (typing goes where it should, and Space
  cannot press Cancel and throw the form away).
- Enter submits from any field (a line, a number, a check box, a list); in a field of several lines
  Enter starts a new line and Ctrl+Enter submits. Escape cancels.
- A refusal is one sentence above the buttons; the focus goes back to the field it names, or to the field
  the person was in, never to Cancel.
- The dialog grows with its messages, up to the screen's available height; beyond that its fields scroll.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.errors import without_icons
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, primary

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Room the window frame and a task bar take from the screen's available area.
SCREEN_MARGIN = 48


class FormRow:
    """A label and its field in a dialog's form; the label names the field for screen readers too."""

    def __init__(self, form: QFormLayout, field: QWidget) -> None:
        self.label = QLabel()
        self.label.setBuddy(field)
        self.label.setWordWrap(True)
        self.field = field
        form.addRow(self.label, field)

    def set_label(self, text: str) -> None:
        self.label.setText(text)
        self.field.setAccessibleName(text)


class FittingScroll(QScrollArea):
    """A scroll area that asks for all the room its contents need; it scrolls only when the screen is full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        hint = inner.sizeHint()
        layout = inner.layout()
        if layout is not None and layout.hasHeightForWidth():
            width = max(hint.width(), self.width())
            hint.setHeight(max(hint.height(), layout.totalHeightForWidth(width)))
        return hint + QSize(self.verticalScrollBar().sizeHint().width(), 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(width, min(self.sizeHint().height(), 160))


def available_height(widget: QWidget) -> int:
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry().height() - SCREEN_MARGIN if screen is not None else 10_000


class ServiceDialog(Retranslating, QDialog):
    """A dialog whose OK button runs one service call; refusals are shown inline and the dialog stays."""

    completed = Signal(object)

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self.title = heading(2)
        self.intro = paragraph(muted=True)
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = primary(QPushButton())
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._submit_from_button)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            # Enter is the dialog's own business (see keyPress below), never a focused button's.
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        without_icons(self.buttons)
        self.body = QFormLayout()
        self.body.setHorizontalSpacing(16)
        self.body.setVerticalSpacing(12)
        self.body.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.body.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.content = QWidget()
        self.content.setObjectName("dialogContent")
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(14)
        inner.addWidget(self.intro)
        inner.addLayout(self.body)
        inner.addStretch(1)
        self.scroll_area = FittingScroll()
        self.scroll_area.setObjectName("dialogScroll")
        self.scroll_area.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        for button in (self.ok_button, self.cancel_button):
            if button is not None:
                # A click does not take the focus from the field: a refusal finds the person where they were.
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._last_field: QWidget | None = None
        self._shown_once = False

    def add_field(self, field: QWidget) -> FormRow:
        return FormRow(self.body, field)

    # --- keyboard -------------------------------------------------------------------------------------

    def initial_field(self) -> QWidget | None:
        """The field that has the focus when the dialog opens: the first one that takes it."""
        for row in range(self.body.rowCount()):
            item = self.body.itemAt(row, QFormLayout.ItemRole.FieldRole) or self.body.itemAt(
                row, QFormLayout.ItemRole.SpanningRole
            )
            found = _focusable(item.widget() if item is not None else None)
            if found is not None:
                return found
        return None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            for edit in self.findChildren(QPlainTextEdit) + self.findChildren(QTextEdit):
                edit.installEventFilter(self)
            self.fit()
            field = self.initial_field()
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in ENTER_KEYS:
            focus = QApplication.focusWidget()
            if (
                isinstance(focus, QAbstractButton)
                and focus is not self.ok_button
                and self.isAncestorOf(focus)
            ):
                focus.click()  # Enter on Cancel (or any other button) is that button
            elif self.ok_button.isEnabled():
                self._submit_from_button()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Ctrl+Enter submits from a field of several lines, where Enter is a new line.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.ok_button.isEnabled():
                self._submit_from_button()
            return True
        return super().eventFilter(watched, event)

    def _submit_from_button(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus) and not isinstance(focus, QAbstractButton):
            self._last_field = focus
        self.submit()

    # --- refusals -------------------------------------------------------------------------------------

    def refuse(self, sentence: Callable[[], str], focus: QWidget | None = None) -> None:
        """Say what is wrong and put the focus on the field it is about (or the one the person was in)."""
        self.error.show_text(sentence)
        self.fit()
        target = focus or self._last_field or self.initial_field()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def field_for(self, error: BaseException) -> QWidget | None:
        """The field a refusal from the service is about, when a dialog knows it."""
        return None

    def run(self, work: Callable[[], Any], label: str) -> None:
        """Run the dialog's service call; on success emit ``completed`` with its result and close."""
        self.error.clear_error()
        self.ok_button.setEnabled(False)
        run_task(
            self,
            work,
            self._succeeded,
            self._failed,
            label=label,
            on_finished=lambda: self.ok_button.setEnabled(True),
        )

    def _succeeded(self, result: object) -> None:
        self.completed.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.refuse(lambda: errors.describe(error), self.field_for(error))

    def submit(self) -> None:
        raise NotImplementedError

    # --- size -----------------------------------------------------------------------------------------

    def fit(self) -> None:
        """Grow to show every message and field, up to the screen's available height (then scroll)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.minimumWidth(), layout.minimumSize().width())
        wanted = (
            layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        )
        wanted = max(wanted, layout.sizeHint().height())
        height = min(max(wanted, self.height() if self.isVisible() else 0), available_height(self))
        if height != self.height() or width != self.width():
            self.resize(width, height)

    def retranslate_buttons(self, ok_text: str) -> None:
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text)
        assert self.cancel_button is not None
        self.cancel_button.setText(QCoreApplication.translate("AccountDialog", "Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())


def _focusable(widget: QWidget | None) -> QWidget | None:
    """The widget, or the first child of it, that takes the focus by Tab."""
    if widget is None or not widget.isEnabled() or widget.isHidden():
        return None
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QLabel):
        return widget
    for child in widget.findChildren(QWidget):
        if (
            child.isEnabled()
            and not child.isHidden()
            and child.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(child, QLabel)
        ):
            return child
    return None
