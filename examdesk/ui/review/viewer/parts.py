"""Building blocks of the read-only item views: option marks that cannot change, exam text that can be
made unselectable, boxed answers and a layout that flows words and boxes like a sentence."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from examdesk.ui.review.viewer.status import mark_pixmap

MARK_SIZE = 16


def exam_text(text: str = "", *, pe_mode: bool, wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    """Exam content (case, question, options, answers) exactly as written, never as rich text.

    R-INZ-3: at a PE inzage exam content may not leave the room, so nothing can be selected (and so
    nothing copied); otherwise the examensecretaris may select text to read it out or compare it.
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if pe_mode:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    else:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def ui_text(parent: QWidget | None = None, *, wrap: bool = True, muted: bool = False) -> QLabel:
    """A label of examdesk's own words (headings, notes): plain text, not selectable."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setWordWrap(wrap)
    if muted:
        label.setProperty("muted", "true")
    return label


class _ReadOnlyButton:
    """What makes a radio button or check box show a choice without letting anyone change it.

    The mouse passes through it; Space and Enter do nothing (keys go to the viewer, which pages with
    them); ``click()`` from anywhere does not toggle it. It still takes keyboard focus, so that a screen
    reader can read each option with its state.
    """

    def _make_read_only(self: QWidget) -> None:  # type: ignore[misc]
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def nextCheckState(self) -> None:  # noqa: N802 - Qt's name
        """Never toggles: the candidate's choice is fixed."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        event.ignore()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        event.ignore()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        event.ignore()


class ReadOnlyRadio(_ReadOnlyButton, QRadioButton):
    def __init__(self, text: str, checked: bool, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAutoExclusive(False)
        self.setChecked(checked)
        self._make_read_only()


class ReadOnlyCheck(_ReadOnlyButton, QCheckBox):
    def __init__(self, text: str, checked: bool, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setChecked(checked)
        self._make_read_only()


class KeyMark(QWidget):
    """A check or cross with a word beside it (colour and text), shown when the key is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = ui_text(self, wrap=False)
        self.icon.setFixedSize(MARK_SIZE, MARK_SIZE)
        self.text = ui_text(self, wrap=False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        self.right = True

    def set_mark(self, right: bool, text: str) -> None:
        self.right = right
        self.icon.setPixmap(mark_pixmap(right, MARK_SIZE, self.devicePixelRatioF()))
        self.text.setText(text)
        set_state(self.text, "mark", "right" if right else "wrong")
        self.setAccessibleName(text)


def ui_heading(level: int, parent: QWidget | None = None) -> QLabel:
    """A heading of examdesk's own words, not selectable (see ``widgets.common.heading``)."""
    label = ui_text(parent)
    label.setProperty("heading", str(level))
    return label


def boxed(widget: QWidget, object_name: str, parent: QWidget | None = None) -> QFrame:
    """``widget`` inside a framed box (styled by the viewer's style sheet through ``object_name``)."""
    frame = QFrame(parent)
    frame.setObjectName(object_name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    layout.addWidget(widget)
    return frame


def set_state(widget: QWidget, name: str, value: str) -> None:
    """Set a style property and have the style sheet look at the widget again (if it already has)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # it will be polished with the property in place; polishing now would do it twice
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FlowLayout(QLayout):
    """Lays its items out left to right and wraps them, like words in a sentence (Qt's flow layout)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4, line_spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def set_word_spacing(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QPoint, QSize]] = []

        def place(items: list[tuple[QLayoutItem, QPoint, QSize]], height: int) -> None:
            # Items of one line share its baseline area: each is centred on the line's height.
            if apply:
                for item, point, hint in items:
                    offset = (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(point.x(), point.y() + offset), hint))

        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                place(line, line_height)
                line = []
                x = area.x()
                y += line_height + self._line_spacing
                line_height = 0
            line.append((item, QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        place(line, line_height)
        return y + line_height - rect.y() + margins.bottom()
