"""How each kind of time on the proces-verbaal's timeline looks (a colour, a pattern over it and words,
never colour alone), the end markers' shapes, and the legend that shows them under the timeline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QWidget,
)

from examdesk.core.timeline import EndKind, SegmentKind, ZoneKind
from examdesk.ui.style import ERROR, MUTED, TEXT
from examdesk.ui.widgets.common import Retranslating, plain

# --- how each kind of time looks: a colour, a pattern over it in a second colour, and words ---------------


@dataclass(frozen=True)
class Look:
    fill: str
    pattern: Qt.BrushStyle | None
    pattern_colour: str
    text_colour: str


LOOKS: dict[str, Look] = {
    SegmentKind.WORKING: Look("#4a7ebb", None, "#4a7ebb", "#ffffff"),
    SegmentKind.PAUSE: Look("#f4d35e", Qt.BrushStyle.HorPattern, "#7a5c00", "#1c2430"),
    SegmentKind.STORING: Look("#c8414f", Qt.BrushStyle.DiagCrossPattern, "#ffffff", "#ffffff"),
    ZoneKind.LATE_START: Look("#e4e7eb", Qt.BrushStyle.BDiagPattern, "#5b6470", "#1c2430"),
    ZoneKind.EXTENSION: Look("#2a9d8f", Qt.BrushStyle.FDiagPattern, "#ffffff", "#ffffff"),
    ZoneKind.COMPENSATION: Look("#7d57b8", Qt.BrushStyle.BDiagPattern, "#ffffff", "#ffffff"),
    ZoneKind.REMAINING: Look("#e3ebf6", Qt.BrushStyle.Dense6Pattern, "#4a7ebb", "#1c2430"),
}

NOW_COLOUR = ERROR
PLANNED_COLOUR = MUTED


def kind_name(kind: str) -> str:
    names: dict[str, Callable[[], str]] = {
        SegmentKind.WORKING: lambda: QCoreApplication.translate("Timeline", "working"),
        SegmentKind.PAUSE: lambda: QCoreApplication.translate("Timeline", "pause"),
        SegmentKind.STORING: lambda: QCoreApplication.translate("Timeline", "storing"),
        ZoneKind.LATE_START: lambda: QCoreApplication.translate("Timeline", "late start"),
        ZoneKind.EXTENSION: lambda: QCoreApplication.translate("Timeline", "extension"),
        ZoneKind.COMPENSATION: lambda: QCoreApplication.translate("Timeline", "compensation"),
        ZoneKind.REMAINING: lambda: QCoreApplication.translate("Timeline", "time remaining"),
    }
    return names[kind]()


def end_name(kind: EndKind) -> str:
    names: dict[EndKind, Callable[[], str]] = {
        EndKind.HANDED_IN: lambda: QCoreApplication.translate("Timeline", "handed in"),
        EndKind.TIME_UP: lambda: QCoreApplication.translate("Timeline", "time up"),
        EndKind.LEFT_EARLY: lambda: QCoreApplication.translate("Timeline", "left early"),
        EndKind.ABSENT: lambda: QCoreApplication.translate("Timeline", "absent"),
    }
    return names[kind]()


def fill(painter: QPainter, rect: QRectF, look: Look) -> None:
    """Paint ``rect`` in ``look``'s colour with its pattern over it."""
    painter.fillRect(rect, QColor(look.fill))
    if look.pattern is not None:
        painter.fillRect(rect, QBrush(QColor(look.pattern_colour), look.pattern))


def draw_marker(painter: QPainter, kind: EndKind, x: float, top: float, height: float) -> None:
    """An end marker: a bar with its own head shape, so that the kinds differ without colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor(TEXT), 3)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, top), QPointF(x, top + height))
    painter.setPen(QPen(QColor(TEXT), 1))
    painter.setBrush(QColor(TEXT))
    head = top + 1
    if kind is EndKind.HANDED_IN:  # a flag
        painter.drawPolygon(QPolygonF([QPointF(x, head), QPointF(x + 9, head + 4), QPointF(x, head + 8)]))
    elif kind is EndKind.TIME_UP:  # a filled square
        painter.drawRect(QRectF(x - 4, head, 8, 8))
    elif kind is EndKind.LEFT_EARLY:  # an open circle
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(QColor(TEXT), 2))
        painter.drawEllipse(QPointF(x, head + 4), 4.5, 4.5)
    painter.restore()


# --- the legend ----------------------------------------------------------------------------------------------


class Swatch(QWidget):
    """A small sample of one kind of time, or of an end marker, beside its name in the legend."""

    def __init__(
        self, look: Look | None = None, marker: EndKind | None = None, line: str | None = None
    ) -> None:
        super().__init__()
        self.look, self.marker, self.line = look, marker, line
        self.setFixedSize(34, 18)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        if self.look is not None:
            rect = QRectF(0, 2, self.width(), self.height() - 4)
            fill(painter, rect, self.look)
            painter.setPen(QPen(QColor("#8792a2"), 1))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        elif self.marker is not None:
            draw_marker(painter, self.marker, self.width() / 2 - 4, 2, self.height() - 4)
        elif self.line is not None:
            style = Qt.PenStyle.DashLine if self.line == NOW_COLOUR else Qt.PenStyle.DotLine
            painter.setPen(QPen(QColor(self.line), 2, style))
            painter.drawLine(QPointF(self.width() / 2, 0), QPointF(self.width() / 2, self.height()))
        painter.end()


class Legend(Retranslating, QWidget):
    """What each pattern, marker and line of the timeline means."""

    KINDS: tuple[str, ...] = (
        SegmentKind.WORKING,
        SegmentKind.PAUSE,
        SegmentKind.STORING,
        ZoneKind.LATE_START,
        ZoneKind.EXTENSION,
        ZoneKind.COMPENSATION,
        ZoneKind.REMAINING,
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineLegend")
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        items: list[tuple[str, Swatch]] = [(kind, Swatch(LOOKS[kind])) for kind in self.KINDS]
        items += [
            (kind.value, Swatch(marker=kind))
            for kind in (EndKind.HANDED_IN, EndKind.TIME_UP, EndKind.LEFT_EARLY)
        ]
        items += [("planned", Swatch(line=PLANNED_COLOUR)), ("now", Swatch(line=NOW_COLOUR))]
        self.grid = grid
        self.items: list[tuple[Swatch, QLabel]] = []
        for key, swatch in items:
            label = plain(QLabel())
            label.setProperty("muted", "true")
            self.labels[key] = label
            self.items.append((swatch, label))
        self.set_columns(6)
        self.retranslate()

    def set_columns(self, per_row: int) -> None:
        """Lay the legend out in rows of ``per_row`` (fewer where it stands in a narrow pane, R-PV-5)."""
        for swatch, label in self.items:
            self.grid.removeWidget(swatch)
            self.grid.removeWidget(label)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for index, (swatch, label) in enumerate(self.items):
            row, column = divmod(index, per_row)
            self.grid.addWidget(swatch, row, column * 2)
            self.grid.addWidget(label, row, column * 2 + 1)
        self.grid.setColumnStretch(per_row * 2, 1)

    def retranslate(self) -> None:
        words = {kind: kind_name(kind) for kind in self.KINDS}
        words[ZoneKind.EXTENSION] = QCoreApplication.translate("Timeline", "extension (under the bar)")
        words[ZoneKind.COMPENSATION] = QCoreApplication.translate("Timeline", "compensation (under the bar)")
        for kind in (EndKind.HANDED_IN, EndKind.TIME_UP, EndKind.LEFT_EARLY):
            words[kind.value] = end_name(kind)
        words["planned"] = QCoreApplication.translate("Timeline", "planned start")
        words["now"] = QCoreApplication.translate("Timeline", "now")
        for key, label in self.labels.items():
            label.setText(words[key])
        self.setAccessibleName(QCoreApplication.translate("Timeline", "Legend of the timeline"))
        self.setAccessibleDescription(", ".join(words[key] for key in self.labels))


# --- the addendum ----------------------------------------------------------------------------------------------
