"""How an item's score status looks: a word, a colour and a drawn mark, never the colour alone."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from examdesk.core.scoring import ScoreStatus
from examdesk.core.text import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class Look:
    """The colours of one status: the mark and text (``ink``), a light background and its border."""

    ink: str
    background: str
    border: str
    mark: str  # which glyph the icon draws


LOOKS: dict[ScoreStatus, Look] = {
    ScoreStatus.CORRECT: Look("#1d6b35", "#e6f4ea", "#5a9e6f", "check"),
    ScoreStatus.PARTIAL: Look("#7a4d00", "#fff4d6", "#c89b3c", "half"),
    ScoreStatus.WRONG: Look("#a4161a", "#fdecec", "#d9777a", "cross"),
    ScoreStatus.INVALID: Look("#a4161a", "#fdecec", "#d9777a", "cross"),
    ScoreStatus.UNANSWERED: Look("#4a5568", "#f0f2f5", "#9aa4b2", "dash"),
    ScoreStatus.EXCLUDED: Look("#4b3f72", "#efedf7", "#8d83b8", "slash"),
}

LABELS: dict[ScoreStatus, Text] = {
    ScoreStatus.CORRECT: QT_TRANSLATE_NOOP("InspectionViewer", "Right"),
    ScoreStatus.PARTIAL: QT_TRANSLATE_NOOP("InspectionViewer", "Partly right"),
    ScoreStatus.WRONG: QT_TRANSLATE_NOOP("InspectionViewer", "Wrong"),
    ScoreStatus.INVALID: QT_TRANSLATE_NOOP("InspectionViewer", "Wrong: not a valid number"),
    ScoreStatus.UNANSWERED: QT_TRANSLATE_NOOP("InspectionViewer", "Not answered"),
    ScoreStatus.EXCLUDED: QT_TRANSLATE_NOOP("InspectionViewer", "Excluded (technical fault)"),
}


def status_text(status: ScoreStatus) -> str:
    """The status in words, in the current language."""
    label = LABELS[status]
    return QCoreApplication.translate(label.context, str(label))


def _draw_mark(painter: QPainter, mark: str, size: float, colour: QColor) -> None:
    """A white glyph on a filled circle (check, cross, dash, slash) or a half-filled circle."""
    margin = size * 0.06
    circle = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setPen(Qt.PenStyle.NoPen)
    if mark == "half":
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(colour, size * 0.1))
        painter.drawEllipse(circle.adjusted(size * 0.05, size * 0.05, -size * 0.05, -size * 0.05))
        path = QPainterPath()
        path.moveTo(circle.center())
        path.arcTo(circle, 90, 180)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(path)
        return
    painter.setBrush(colour)
    painter.drawEllipse(circle)
    pen = QPen(QColor("#ffffff"), size * 0.13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = size
    if mark == "check":
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.72, s * 0.34))
        painter.drawPath(path)
    elif mark == "cross":
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    elif mark == "dash":
        painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5))
    elif mark == "slash":
        painter.drawLine(QPointF(s * 0.32, s * 0.68), QPointF(s * 0.68, s * 0.32))


@cache
def _pixmap(mark: str, ink: str, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw_mark(painter, mark, float(size), QColor(ink))
    painter.end()
    return pixmap


def status_pixmap(status: ScoreStatus, size: int = 18, ratio: float = 1.0) -> QPixmap:
    """The status's mark, drawn (not a font glyph, so it looks the same on every system)."""
    look = LOOKS[status]
    return _pixmap(look.mark, look.ink, size, ratio)


def mark_pixmap(right: bool, size: int = 16, ratio: float = 1.0) -> QPixmap:
    """A check (right) or cross (wrong) mark for the key's marks beside an answer."""
    return status_pixmap(ScoreStatus.CORRECT if right else ScoreStatus.WRONG, size, ratio)


@cache
def status_icon(status: ScoreStatus) -> QIcon:
    icon = QIcon()
    for size in (16, 20, 24, 32):
        for ratio in (1.0, 2.0):
            # The same mark when selected: the list's highlight must not tint away the colour.
            icon.addPixmap(status_pixmap(status, size, ratio), QIcon.Mode.Normal)
            icon.addPixmap(status_pixmap(status, size, ratio), QIcon.Mode.Selected)
    return icon
