"""The proces-verbaal of one session (R-PV-1..5), running or closed: its header, a timeline per candidate,
every recorded event in a table that filters by candidate, kind and text, whether the event chain is
intact (R-PV-3), and, for the examensecretaris once the session is closed, addenda (R-PV-4).

The view can stand beside a candidate's work (R-PV-5): ``ProcesVerbaalView(..., candidate_id=...)`` shows
that candidate's lane and their part of the record, with what concerned the whole group.

The timeline never relies on colour alone: every kind of time has its own pattern, wide enough stretches
carry their name, end markers have their own shapes and words, and each part has a tooltip. The legend
under it shows the same patterns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.core.clock import ClockState
from examdesk.core.timeline import EndKind, SegmentKind, Timeline, ZoneKind, span_of
from examdesk.services import proces_verbaal as pv
from examdesk.services import pv_describe
from examdesk.services.actors import SignedIn
from examdesk.services.proces_verbaal import CandidateRecord, Entry, ProcesVerbaal
from examdesk.services.sessions import SessionState
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.formats import AMSTERDAM, date_text, local_time_text, minutes_text
from examdesk.ui.models.proces_verbaal import (
    ENTRY_ROLE,
    GROUP_ONLY,
    EntryColumn,
    EntryFilter,
    EntryTableModel,
)
from examdesk.ui.proctor.dialogs import text_edit
from examdesk.ui.style import ERROR, MUTED, TEXT, fixed_font
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import Retranslating, heading, local_action, plain, primary
from examdesk.ui.widgets.message_bar import MessageBar
from examdesk.ui.widgets.service_dialog import ServiceDialog
from examdesk.ui.widgets.tables import FittedTable

REFRESH_MS = 30_000

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
LANE_HEIGHT = 44
FOOTER_HEIGHT = 18  # under the lanes: the time of "now"
BAR_TOP = 6
BAR_HEIGHT = 20
STRIP_GAP = 2
STRIP_HEIGHT = 13
AXIS_HEIGHT = 30
MARGIN = 10
MARKER_ROOM = 86  # room after the last moment for an end marker's words


def _kind_name(kind: str) -> str:
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


def _end_name(kind: EndKind) -> str:
    names: dict[EndKind, Callable[[], str]] = {
        EndKind.HANDED_IN: lambda: QCoreApplication.translate("Timeline", "handed in"),
        EndKind.TIME_UP: lambda: QCoreApplication.translate("Timeline", "time up"),
        EndKind.LEFT_EARLY: lambda: QCoreApplication.translate("Timeline", "left early"),
        EndKind.ABSENT: lambda: QCoreApplication.translate("Timeline", "absent"),
    }
    return names[kind]()


def _minutes(duration: timedelta) -> str:
    return minutes_text(max(0, round(duration.total_seconds() / 60)))


def _span_text(start: datetime, end: datetime) -> str:
    return QCoreApplication.translate("Timeline", "{start}–{end} ({duration})").format(
        start=local_time_text(start), end=local_time_text(end), duration=_minutes(end - start)
    )


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


@dataclass(frozen=True)
class _Region:
    """A painted part of the timeline and what its tooltip says."""

    rect: QRectF
    text: str


class TimelineWidget(QWidget):
    """One lane per candidate: working time, pauses, storingen, the late start, extension and compensation
    beyond the regular end, the time remaining, and how the exam ended; a time axis with hour marks."""

    candidate_activated = Signal(int)  # clicked, or Enter on the current lane
    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.records: list[CandidateRecord] = []
        self.planned_start: datetime | None = None
        self.now: datetime | None = None
        self.current = 0
        self._regions: list[_Region] = []
        self._range: tuple[datetime, datetime] | None = None

    # --- data ----------------------------------------------------------------------------------------------

    def set_data(
        self, records: Sequence[CandidateRecord], planned_start: datetime, now: datetime | None
    ) -> None:
        """Show ``records``; ``now`` marks the moment for a running session (``None`` for a closed one)."""
        keep = self.current_candidate()
        self.records = list(records)
        self.planned_start = planned_start
        self.now = now
        ids = [r.candidate_id for r in self.records]
        self.current = ids.index(keep) if keep in ids else 0
        span = span_of(r.timeline for r in self.records)
        if span is not None:
            start, end = span
            if now is not None:
                end = max(end, now)
            self._range = (_floor_quarter(min(start, planned_start)), _ceil_quarter(end))
        else:
            self._range = None
        self.setFixedHeight(self.sizeHint().height())
        self._describe_current()
        self.update()

    def lane_count(self) -> int:
        return len(self.records)

    def current_candidate(self) -> int | None:
        return self.records[self.current].candidate_id if 0 <= self.current < len(self.records) else None

    def set_current(self, candidate_id: int | None) -> None:
        ids = [r.candidate_id for r in self.records]
        if candidate_id in ids:
            self.current = ids.index(candidate_id)
            self._describe_current()
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        lanes = max(1, len(self.records))
        return QSize(720, AXIS_HEIGHT + lanes * LANE_HEIGHT + FOOTER_HEIGHT + MARGIN)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, self.sizeHint().height())

    # --- geometry --------------------------------------------------------------------------------------------

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(r.label) for r in self.records), default=80)
        return min(max(widest + 2 * MARGIN + 6, 120), 280)

    def _x(self, moment: datetime) -> float:
        assert self._range is not None
        start, end = self._range
        left = self._label_width()
        width = max(1, self.width() - left - MARGIN - MARKER_ROOM)
        return left + (moment - start) / (end - start) * width

    def _lane_top(self, index: int) -> int:
        return AXIS_HEIGHT + index * LANE_HEIGHT

    # --- painting --------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        self._regions = []
        if not self.records or self._range is None:
            painter.setPen(QColor(MUTED))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("Timeline", "No candidates in this session."),
            )
            return
        self._paint_axis(painter)
        for index, record in enumerate(self.records):
            self._paint_lane(painter, index, record)
        self._paint_lines(painter)
        if self.hasFocus():
            top = self._lane_top(self.current)
            painter.setPen(QPen(QColor("#1a56a8"), 2, Qt.PenStyle.SolidLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, top + 1, self.width() - 2, LANE_HEIGHT - 2))
        painter.end()

    def _paint_axis(self, painter: QPainter) -> None:
        assert self._range is not None
        start, end = self._range
        left = self._label_width()
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 2))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        bottom = AXIS_HEIGHT - 2
        painter.setPen(QPen(QColor("#8792a2"), 1))
        painter.drawLine(left, bottom, self.width() - MARGIN, bottom)
        label_every = self._label_step(metrics)
        moment = start
        lanes_bottom = self._lane_top(len(self.records))
        while moment <= end:
            x = self._x(moment)
            local = moment.astimezone(AMSTERDAM)
            full_hour = local.minute == 0
            half = local.minute == 30
            tick = 9 if full_hour else 6 if half else 3
            painter.setPen(QPen(QColor("#8792a2"), 1))
            painter.drawLine(QPointF(x, bottom - tick), QPointF(x, bottom))
            if full_hour:  # a light grid line through the lanes on each hour
                painter.setPen(QPen(QColor("#d3dae3"), 1))
                painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, lanes_bottom))
            minutes_in = int((moment - start).total_seconds() // 60)
            if minutes_in % label_every == 0 and (full_hour or label_every <= 30):
                text = local.strftime("%H:%M")
                painter.setPen(QColor(TEXT if full_hour else MUTED))
                width = metrics.horizontalAdvance(text)
                painter.drawText(QPointF(x - width / 2, bottom - tick - 3), text)
            moment += timedelta(minutes=15)
        painter.setFont(self.font())

    def _label_step(self, metrics: QFontMetrics) -> int:
        """Every how many minutes a time fits above the axis without touching the next."""
        assert self._range is not None
        start, _ = self._range
        quarter = self._x(start + timedelta(minutes=15)) - self._x(start)
        needed = metrics.horizontalAdvance("00:00") + 10
        for step in (15, 30, 60, 120):
            if quarter * step / 15 >= needed:
                return step
        return 180

    def _paint_lane(self, painter: QPainter, index: int, record: CandidateRecord) -> None:
        top = self._lane_top(index)
        timeline = record.timeline
        if index % 2:
            painter.fillRect(QRectF(0, top, self.width(), LANE_HEIGHT), QColor("#f6f8fb"))
        left = self._label_width()
        painter.setPen(QColor(TEXT))
        name = f"{record.label} ⚑" if record.overridden else record.label  # an override is flagged (v2)
        label = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, left - 2 * MARGIN)
        painter.drawText(
            QRectF(MARGIN, top, left - 2 * MARGIN, BAR_TOP + BAR_HEIGHT + 6),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        lane = QRectF(0, top, self.width(), LANE_HEIGHT)
        self._regions.append(_Region(QRectF(0, top, left, LANE_HEIGHT), self._lane_summary(record)))
        bar_top = top + BAR_TOP
        strip_top = bar_top + BAR_HEIGHT + STRIP_GAP
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 3))

        if timeline.start is None:
            if record.state is ClockState.ABSENT:
                words = QCoreApplication.translate("Timeline", "absent: did not come")
            elif record.bsn_check is not None and not record.bsn_check.matched:
                words = QCoreApplication.translate("Timeline", "not started: the BSN did not match")
            else:
                words = QCoreApplication.translate("Timeline", "not started")
            x = self._x(timeline.planned_start)
            painter.setPen(QColor(MUTED))
            italic = QFont(self.font())
            italic.setItalic(True)
            painter.setFont(italic)
            rect = QRectF(x + 4, bar_top, self.width() - x, BAR_HEIGHT)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), words)
            painter.setFont(self.font())
            self._regions.append(_Region(lane, f"{record.label}: {words}"))
            return

        # Zones in the bar's row (late start, time remaining) sit behind the segments.
        for zone in timeline.zones:
            if zone.kind in (ZoneKind.LATE_START, ZoneKind.REMAINING):
                rect = self._rect(zone.start, zone.end, bar_top, BAR_HEIGHT)
                fill(painter, rect, LOOKS[zone.kind])
                painter.setPen(QPen(QColor(LOOKS[zone.kind].pattern_colour), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
                self._label(painter, rect, _kind_name(zone.kind), LOOKS[zone.kind], self.font())
                self._regions.append(_Region(rect, self._zone_text(record, zone.kind, zone.start, zone.end)))
        for segment in timeline.segments:
            rect = self._rect(segment.start, segment.end, bar_top, BAR_HEIGHT)
            fill(painter, rect, LOOKS[segment.kind])
            if segment.kind is not SegmentKind.WORKING:
                self._label(painter, rect, _kind_name(segment.kind), LOOKS[segment.kind], self.font())
            self._regions.append(
                _Region(rect, self._segment_text(record, segment.kind, segment.start, segment.end))
            )
        # Extension and compensation: a strip under the bar, from the regular end to the deadline.
        for zone in timeline.zones:
            if zone.kind in (ZoneKind.EXTENSION, ZoneKind.COMPENSATION):
                rect = self._rect(zone.start, zone.end, strip_top, STRIP_HEIGHT)
                fill(painter, rect, LOOKS[zone.kind])
                words = f"+{_minutes(zone.duration)}"
                self._label(painter, rect, words, LOOKS[zone.kind], small, outside=True)
                self._regions.append(_Region(rect, self._zone_text(record, zone.kind, zone.start, zone.end)))
        if timeline.late_by > timedelta(0):
            late = timeline.zone(ZoneKind.LATE_START)
            assert late is not None
            rect = self._rect(late.start, late.end, strip_top, STRIP_HEIGHT)
            self._label(painter, rect, f"−{_minutes(late.duration)}", LOOKS[ZoneKind.LATE_START], small)
        marker = timeline.end_marker
        if marker is not None and marker.at is not None:
            x = self._x(marker.at)
            draw_marker(painter, marker.kind, x, bar_top - 4, BAR_HEIGHT + 8)
            words = _end_name(marker.kind)
            painter.setPen(QColor(TEXT))
            painter.setFont(small)
            painter.drawText(
                QRectF(x + 12, bar_top, MARKER_ROOM, BAR_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                words,
            )
            painter.setFont(self.font())
            self._regions.append(
                _Region(
                    QRectF(x - 6, bar_top - 4, 14, BAR_HEIGHT + 8),
                    f"{record.label}: {words} {local_time_text(marker.at)}",
                )
            )

    def _paint_lines(self, painter: QPainter) -> None:
        bottom = self._lane_top(len(self.records))
        if self.planned_start is not None:
            x = self._x(self.planned_start)
            painter.setPen(QPen(QColor(PLANNED_COLOUR), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 2), QPointF(x, bottom))
            self._regions.append(
                _Region(
                    QRectF(x - 3, 0, 6, AXIS_HEIGHT),
                    QCoreApplication.translate("Timeline", "Planned start {time}").format(
                        time=local_time_text(self.planned_start)
                    ),
                )
            )
        if self.now is not None:
            x = self._x(self.now)
            painter.setPen(QPen(QColor(NOW_COLOUR), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 4), QPointF(x, bottom + 4))
            word = QCoreApplication.translate("Timeline", "now")
            painter.setPen(QColor(NOW_COLOUR))
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(
                QPointF(x - QFontMetrics(bold).horizontalAdvance(word) / 2, bottom + FOOTER_HEIGHT - 4),
                f"{word} {local_time_text(self.now)}",
            )
            painter.setFont(self.font())
            self._regions.append(_Region(QRectF(x - 3, 0, 6, bottom), f"{word} {local_time_text(self.now)}"))

    def _rect(self, start: datetime, end: datetime, top: float, height: float) -> QRectF:
        left = self._x(start)
        return QRectF(left, top, max(1.0, self._x(end) - left), height)

    def _label(
        self, painter: QPainter, rect: QRectF, words: str, look: Look, font: QFont, outside: bool = False
    ) -> None:
        """Words inside a painted stretch, on a plain backing so the pattern does not hide them; when they do
        not fit, beside it (``outside``) or not at all (the tooltip and the legend say it then)."""
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(words) + 6
        if width > rect.width() - 2 or metrics.height() > rect.height() + 1:
            if outside:
                painter.setPen(QColor(TEXT))
                painter.setFont(font)
                painter.drawText(
                    QRectF(rect.right() + 3, rect.top(), width, rect.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    words,
                )
                painter.setFont(self.font())
            return
        backing = QRectF(rect.center().x() - width / 2, rect.top() + 1, width, rect.height() - 2)
        painter.fillRect(backing, QColor(look.fill))
        painter.setPen(QColor(look.text_colour))
        painter.setFont(font)
        painter.drawText(backing, int(Qt.AlignmentFlag.AlignCenter), words)
        painter.setFont(self.font())

    # --- words -------------------------------------------------------------------------------------------------

    def _segment_text(
        self, record: CandidateRecord, kind: SegmentKind, start: datetime, end: datetime
    ) -> str:
        text = f"{record.label}: {_kind_name(kind)} {_span_text(start, end)}"
        if kind is SegmentKind.STORING:
            for storing in record.storingen:
                if storing.start <= start and (storing.end is None or end <= storing.end):
                    extra = []
                    if storing.question:
                        extra.append(
                            QCoreApplication.translate("Timeline", "question {question}").format(
                                question=storing.question
                            )
                        )
                    extra.append(
                        QCoreApplication.translate("Timeline", "compensation {minutes}").format(
                            minutes=_minutes(storing.compensation)
                        )
                    )
                    text += " · " + ", ".join(extra)
        return text

    def _zone_text(self, record: CandidateRecord, kind: ZoneKind, start: datetime, end: datetime) -> str:
        text = f"{record.label}: {_kind_name(kind)} {_span_text(start, end)}"
        if kind is ZoneKind.EXTENSION and record.extension_basis:
            text += " · " + ", ".join(i18n.render(b) for b in record.extension_basis)
        if kind is ZoneKind.LATE_START:
            text += " · " + QCoreApplication.translate(
                "Timeline", "a late arrival's time ends as if they had started on time"
            )
        return text

    def _lane_summary(self, record: CandidateRecord) -> str:
        """One candidate's timeline in words: for the tooltip on their name and for screen readers."""
        timeline: Timeline = record.timeline
        parts = [record.label, i18n.render(record.state_label)]
        if timeline.start is not None and timeline.end is not None:
            parts.append(
                QCoreApplication.translate("Timeline", "from {start} to {end}").format(
                    start=local_time_text(timeline.start), end=local_time_text(timeline.end)
                )
            )
            parts.append(
                QCoreApplication.translate("Timeline", "working time {minutes}").format(
                    minutes=_minutes(timeline.working_time)
                )
            )
        if timeline.deadline is not None:
            parts.append(
                QCoreApplication.translate("Timeline", "deadline {time}").format(
                    time=local_time_text(timeline.deadline)
                )
            )
        for pause in record.pauses:
            parts.append(f"{_kind_name(SegmentKind.PAUSE)} {_span_text(pause.start, pause.end)}")
        for storing in record.storingen:
            end = storing.end or timeline.end or storing.start
            parts.append(
                f"{_kind_name(SegmentKind.STORING)} {_span_text(storing.start, end)}, "
                + QCoreApplication.translate("Timeline", "compensation {minutes}").format(
                    minutes=_minutes(storing.compensation)
                )
            )
        if record.extension > timedelta(0):
            parts.append(f"{_kind_name(ZoneKind.EXTENSION)} +{_minutes(record.extension)}")
        if record.late_by > timedelta(0):
            parts.append(f"{_kind_name(ZoneKind.LATE_START)} {_minutes(record.late_by)}")
        if record.overridden:
            parts.append(QCoreApplication.translate("Timeline", "⚑ override by the examensecretaris"))
        return "; ".join(parts)

    def _describe_current(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("Timeline", "Timeline of the candidates"))
        if 0 <= self.current < len(self.records):
            self.setAccessibleDescription(self._lane_summary(self.records[self.current]))
        else:
            self.setAccessibleDescription("")

    # --- interaction ---------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            point = QPointF(event.pos())
            found = [r for r in self._regions if r.rect.contains(point)]
            if found:
                # The narrowest part under the pointer is the one meant (a marker over a segment).
                QToolTip.showText(event.globalPos(), min(found, key=lambda r: r.rect.width()).text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.LanguageChange:
            self._describe_current()
            self.update()
        return super().event(event)

    def tooltip_at(self, x: float, y: float) -> str | None:
        """What the tooltip says at a point (the last painted picture), for tests and screen readers."""
        found = [r for r in self._regions if r.rect.contains(QPointF(x, y))]
        return min(found, key=lambda r: r.rect.width()).text if found else None

    def _lane_at(self, y: float) -> int | None:
        index = int((y - AXIS_HEIGHT) // LANE_HEIGHT)
        return index if y >= AXIS_HEIGHT and 0 <= index < len(self.records) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self._lane_at(event.position().y())
        if index is not None:
            self.current = index
            self._describe_current()
            self.update()
            self.current_changed.emit(self.records[index].candidate_id)
            self.candidate_activated.emit(self.records[index].candidate_id)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.records:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(len(self.records) - 1, self.current + step))
            self._describe_current()
            self.update()
            self.current_changed.emit(self.records[self.current].candidate_id)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.records:
            self.candidate_activated.emit(self.records[self.current].candidate_id)
            return
        super().keyPressEvent(event)


def _floor_quarter(moment: datetime) -> datetime:
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


def _ceil_quarter(moment: datetime) -> datetime:
    floor = _floor_quarter(moment)
    return floor if floor == moment else floor + timedelta(minutes=15)


def _disclosure(name: str, target: QWidget) -> QToolButton:
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
        words = {kind: _kind_name(kind) for kind in self.KINDS}
        words[ZoneKind.EXTENSION] = QCoreApplication.translate("Timeline", "extension (under the bar)")
        words[ZoneKind.COMPENSATION] = QCoreApplication.translate("Timeline", "compensation (under the bar)")
        for kind in (EndKind.HANDED_IN, EndKind.TIME_UP, EndKind.LEFT_EARLY):
            words[kind.value] = _end_name(kind)
        words["planned"] = QCoreApplication.translate("Timeline", "planned start")
        words["now"] = QCoreApplication.translate("Timeline", "now")
        for key, label in self.labels.items():
            label.setText(words[key])
        self.setAccessibleName(QCoreApplication.translate("Timeline", "Legend of the timeline"))
        self.setAccessibleDescription(", ".join(words[key] for key in self.labels))


# --- the addendum ----------------------------------------------------------------------------------------------


class AddendumDialog(ServiceDialog):
    """R-PV-4: the examensecretaris adds to a closed session's proces-verbaal; marked as an addendum."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        document: ProcesVerbaal,
        parent: QWidget | None = None,
        *,
        candidate_id: int | None = None,
        refers_to: int | None = None,
    ) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("addendumDialog")
        self.document = document
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("addendumScope")
        self.scope_combo.addItem("", None)
        for record in document.candidates:
            self.scope_combo.addItem(record.label, record.candidate_id)
        if candidate_id is not None:
            self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(candidate_id)))
        self.scope_field = self.add_field(self.scope_combo)
        self.refers_combo = QComboBox()
        self.refers_combo.setObjectName("addendumRefersTo")
        self.refers_combo.addItem("", None)
        for entry in document.entries:
            self.refers_combo.addItem(self._entry_text(entry), entry.event_id)
        if refers_to is not None:
            self.refers_combo.setCurrentIndex(max(0, self.refers_combo.findData(refers_to)))
        self.refers_combo.setMaximumWidth(560)
        self.refers_field = self.add_field(self.refers_combo)
        self.text_edit = text_edit(lines=5)
        self.text_edit.setObjectName("addendumText")
        self.text_field = self.add_field(self.text_edit)
        self.setMinimumWidth(640)
        self.retranslate()

    @staticmethod
    def _entry_text(entry: Entry) -> str:
        return f"#{entry.event_id} {entry.time_text[:5]} · {entry.subject_text()} · {entry.kind_text()}"

    def submit(self) -> None:
        station, actor, session_id = self.station, self.actor, self.document.header.session_id
        text = self.text_edit.toPlainText()
        candidate = self.scope_combo.currentData()
        refers = self.refers_combo.currentData()
        self.run(
            lambda: pv.record_addendum(
                station,
                actor,
                session_id,
                text,
                candidate_id=int(candidate) if candidate is not None else None,
                refers_to=int(refers) if refers is not None else None,
            ),
            QCoreApplication.translate("AddendumDialog", "Recording the addendum…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("AddendumDialog", "Addendum to the proces-verbaal")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "AddendumDialog",
                "The session is closed; what you add now is recorded as an addendum, with your name and the "
                "time, and marked as such in the proces-verbaal. Nothing recorded earlier changes.",
            )
        )
        self.scope_combo.setItemText(0, QCoreApplication.translate("AddendumDialog", "The whole session"))
        self.scope_field.set_label(QCoreApplication.translate("AddendumDialog", "About"))
        for index, entry in enumerate(self.document.entries, start=1):
            self.refers_combo.setItemText(index, self._entry_text(entry))
        self.refers_combo.setItemText(0, QCoreApplication.translate("AddendumDialog", "No earlier event"))
        self.refers_field.set_label(QCoreApplication.translate("AddendumDialog", "Refers to"))
        self.text_field.set_label(QCoreApplication.translate("AddendumDialog", "Addendum"))
        self.retranslate_buttons(QCoreApplication.translate("AddendumDialog", "Record addendum"))


# --- the view ------------------------------------------------------------------------------------------------------


class ProcesVerbaalView(Retranslating, QWidget):
    """The proces-verbaal of one session; embeddable beside a candidate's work with ``candidate_id``."""

    back_requested = Signal()
    loaded = Signal()
    dialog_opened = Signal(object)

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        parent: QWidget | None = None,
        *,
        candidate_id: int | None = None,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("procesVerbaal")
        self.station = station
        self.actor = actor
        self.session_id = session_id
        self.preset = candidate_id  # R-PV-5: one candidate's part, beside their work
        self.document: ProcesVerbaal | None = None
        self.dialog: QWidget | None = None
        self._loading = False
        self._again = False
        self._stopped = False
        self._sized = False
        self._user_sized = False  # once the person drags the splitter, it stays where they put it

        # --- the top: back, title, the header's facts ---
        self.back_button = QPushButton()
        self.back_button.setObjectName("pvBack")
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.setVisible(candidate_id is None)
        self.back_action = local_action(self, "Alt+Left", self.back_requested.emit)
        self.back_action.setEnabled(candidate_id is None)
        self.title = heading(2)
        self.title.setObjectName("pvTitle")
        self.facts = QHBoxLayout()
        self.facts.setSpacing(28)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for keys, stretch in (
            (("exam", "variant", "date", "place", "surveillants"), 3),
            (("opened", "closed", "signed", "station"), 2),
        ):
            form = QFormLayout()
            form.setHorizontalSpacing(14)
            form.setVerticalSpacing(3)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            for key in keys:
                name = plain(QLabel())
                name.setProperty("muted", "true")
                value = plain(QLabel(), selectable=True)
                value.setWordWrap(True)
                value.setObjectName(f"pvFact_{key}")
                name.setBuddy(value)
                self.fact_labels[key] = (name, value)
                form.addRow(name, value)
            self.facts.addLayout(form, stretch)
        self.chain_label = plain(QLabel(), selectable=True)
        self.chain_label.setObjectName("chainStatus")
        self.head_label = plain(QLabel(), selectable=True)
        self.head_label.setObjectName("chainHead")
        self.head_label.setProperty("muted", "true")
        self.head_label.setFont(fixed_font(9, bold=False))
        self.message = MessageBar()
        self.message.setObjectName("pvMessage")

        # --- the timeline ---
        self.timeline_title = heading(3)
        self.timeline = TimelineWidget()
        self.timeline.candidate_activated.connect(self._lane_chosen)
        self.timeline_scroll = QScrollArea()
        self.timeline_scroll.setObjectName("timelineScroll")
        self.timeline_scroll.setWidget(self.timeline)
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.legend = Legend()

        # --- the entries ---
        self.entries_title = heading(3)
        self.model = EntryTableModel(self)
        self.proxy = EntryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = FittedTable(self.proxy, EntryColumn.DESCRIPTION, {EntryColumn.DESCRIPTION: 40})
        self.table.setObjectName("pvEntries")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidate_combo = QComboBox()
        self.candidate_combo.setObjectName("pvCandidateFilter")
        self.candidate_combo.setMinimumContentsLength(18)
        self.candidate_combo.currentIndexChanged.connect(self._filter_changed)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("pvKindFilter")
        self.kind_combo.setMinimumContentsLength(14)
        self.kind_combo.currentIndexChanged.connect(self._filter_changed)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("pvTextFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setMinimumWidth(220)
        self.text_filter.textChanged.connect(self.proxy.set_text)
        self.text_filter.textChanged.connect(lambda _text: self._retranslate_count())
        self.filter_action = local_action(self, "Ctrl+F", self._focus_filter)
        self.count_label = plain(QLabel())
        self.count_label.setProperty("muted", "true")
        self.count_label.setObjectName("pvCount")
        self.addendum_button = primary(QPushButton())
        self.addendum_button.setObjectName("addAddendum")
        self.addendum_action = local_action(self, "Ctrl+Shift+A", self.add_addendum)
        self.addendum_button.clicked.connect(self.addendum_action.trigger)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("pvRefresh")
        self.refresh_action = local_action(self, "F5", self.refresh)
        self.refresh_button.clicked.connect(self.refresh_action.trigger)

        # In a narrow pane (``narrow``) the session's facts and the legend fold away behind these buttons.
        self.facts_box = QWidget()
        self.facts_box.setObjectName("pvFacts")
        self.facts_box.setLayout(self.facts)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.details_button = _disclosure("pvDetails", self.facts_box)
        self.legend_button = _disclosure("pvLegendButton", self.legend)
        self.legend_button.toggled.connect(lambda _on: self._resize_splitter())

        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(6)
        titles.addWidget(self.title)
        titles.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        titles.addWidget(self.facts_box)
        top.addLayout(titles, 1)
        self.chain_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.chain_row.setSpacing(12)
        chain_text = QVBoxLayout()
        chain_text.setSpacing(0)
        chain_text.addWidget(self.chain_label)
        chain_text.addWidget(self.head_label)
        self.chain_row.addLayout(chain_text, 1)
        chain_buttons = QHBoxLayout()
        chain_buttons.setSpacing(12)
        chain_buttons.addStretch(1)
        chain_buttons.addWidget(self.addendum_button)
        chain_buttons.addWidget(self.refresh_button)
        self.chain_row.addLayout(chain_buttons)

        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.setSpacing(6)
        timeline_layout.addWidget(self.timeline_title)
        timeline_layout.addWidget(self.timeline_scroll, 1)
        timeline_layout.addWidget(self.legend_button, 0, Qt.AlignmentFlag.AlignLeft)
        timeline_layout.addWidget(self.legend)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.candidate_combo)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.count_label)
        entries_box = QWidget()
        entries_layout = QVBoxLayout(entries_box)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.setSpacing(6)
        entries_layout.addWidget(self.entries_title)
        entries_layout.addLayout(filters)
        entries_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("pvSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(timeline_box)
        self.splitter.addWidget(entries_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.splitterMoved.connect(lambda _pos, _index: setattr(self, "_user_sized", True))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(self.chain_row)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("pvRefreshTimer")
        self.refresh_timer.setInterval(refresh_ms)
        self.refresh_timer.timeout.connect(self.refresh)

        self.retranslate()
        self.refresh()

    def _focus_filter(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()

    # --- loading ----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the proces-verbaal again in the background (a running session's goes on growing)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        station, actor, session_id = self.station, self.actor, self.session_id
        run_task(
            self,
            lambda: pv.load(station, actor, session_id),
            self._show,
            lambda error: self.message.show_refusal(lambda: errors.describe(error)),
            label=QCoreApplication.translate("ProcesVerbaalView", "Reading the proces-verbaal…"),
            on_finished=self._loaded,
            show_progress=self.document is None,
        )

    def _loaded(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _show(self, document: ProcesVerbaal) -> None:
        self.document = document
        header = document.header
        self.model.session_day = header.date
        self.model.set_rows(document.entries)
        self._fill_filters()
        records = [r for r in document.candidates if self.preset is None or r.candidate_id == self.preset]
        running = header.state is SessionState.RUNNING
        self.timeline.set_data(records, header.planned_start, document.made_at if running else None)
        self.timeline_scroll.setMinimumHeight(
            min(self.timeline.sizeHint().height(), 2 * LANE_HEIGHT + AXIS_HEIGHT + FOOTER_HEIGHT)
        )
        if not self._sized:
            self._sized = True
            self._size_splitter()
        self._retranslate_document()
        if running and not self._stopped and self.isVisible():
            self.refresh_timer.start()
        elif not running:
            self.refresh_timer.stop()
        self.loaded.emit()

    def _size_splitter(self) -> None:
        """The whole timeline when it fits in 60 % of the room, the rest for the events."""
        total = max(self.splitter.height(), 400)
        legend = sum(w.sizeHint().height() for w in (self.legend_button, self.legend) if w.isVisibleTo(self))
        chrome = self.timeline_title.sizeHint().height() + legend + 2 * 6 + 20
        wanted = self.timeline.sizeHint().height() + chrome
        timeline = min(wanted, int(total * 0.6))
        self.splitter.setSizes([timeline, total - timeline])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._resize_splitter()

    def _resize_splitter(self) -> None:
        if self.document is not None and not self._user_sized:
            self._size_splitter()

    def narrow(self) -> None:
        """Fit a pane beside other work (R-PV-5). The host shows its own title; the session's facts and the
        legend fold away behind buttons (the timeline's parts keep their tooltips, the events say it in
        words); the chain's verdict stands above the addendum button and wraps. The chain's head (for the
        printed proces-verbaal, R-PV-3) and the refresh button stay on the full screen (F5 still refreshes,
        and a running session refreshes itself)."""
        self.title.hide()
        for button in (self.details_button, self.legend_button):
            button.show()
            button.setChecked(False)
        self.facts_box.hide()
        self.legend.hide()
        self.facts.setDirection(QBoxLayout.Direction.TopToBottom)
        self.facts.setSpacing(3)
        self.head_label.hide()
        self.refresh_button.hide()
        self.chain_label.setWordWrap(True)
        self.chain_row.setDirection(QBoxLayout.Direction.TopToBottom)
        self.chain_row.setSpacing(6)
        self.legend.set_columns(2)
        self.text_filter.setMinimumWidth(100)

    def stop(self) -> None:
        """Stop refreshing for good (the view is being closed)."""
        self._stopped = True
        self.refresh_timer.stop()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if (
            not self._stopped
            and self.document is not None
            and self.document.header.state is SessionState.RUNNING
            and not self.refresh_timer.isActive()
        ):
            self.refresh_timer.start()
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.refresh_timer.stop()

    # --- filters -------------------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        """The candidates and the kinds this proces-verbaal holds; what was chosen stays chosen."""
        assert self.document is not None
        chosen_candidate = self.candidate_combo.currentData() if self.candidate_combo.count() else self.preset
        chosen_kind = self.kind_combo.currentData()
        for combo in (self.candidate_combo, self.kind_combo):
            combo.blockSignals(True)
            combo.clear()
        self.candidate_combo.addItem("", None)
        self.candidate_combo.addItem("", GROUP_ONLY)
        for record in self.document.candidates:
            self.candidate_combo.addItem(record.label, record.candidate_id)
        self.kind_combo.addItem("", None)
        for kind in self.document.kinds():
            self.kind_combo.addItem("", kind)
        self.candidate_combo.setCurrentIndex(max(0, self.candidate_combo.findData(chosen_candidate)))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(chosen_kind)))
        for combo in (self.candidate_combo, self.kind_combo):
            combo.blockSignals(False)
        self._retranslate_filters()
        self._filter_changed()

    def _filter_changed(self) -> None:
        candidate = self.candidate_combo.currentData()
        # One candidate's part includes what concerned the whole group (R-PV-5).
        self.proxy.set_candidate(candidate, with_group=candidate not in (None, GROUP_ONLY))
        kind = self.kind_combo.currentData()
        self.proxy.set_kinds([kind] if kind else [])
        if candidate not in (None, GROUP_ONLY):
            self.timeline.set_current(int(candidate))
        self._retranslate_count()

    def filter_candidate(self, candidate_id: int | None) -> None:
        self.candidate_combo.setCurrentIndex(max(0, self.candidate_combo.findData(candidate_id)))

    def filter_kind(self, kind: str | None) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def _lane_chosen(self, candidate_id: int) -> None:
        self.filter_candidate(candidate_id)

    def shown_entries(self) -> list[Entry]:
        """The entries the table shows now, in its order."""
        return [self.proxy.index(row, 0).data(ENTRY_ROLE) for row in range(self.proxy.rowCount())]

    # --- the addendum (R-PV-4) ------------------------------------------------------------------------------

    def add_addendum(self) -> None:
        """Ask the service whether this person may add an addendum now; then open the dialog, or say why not."""
        if self.document is None:
            return
        station, actor, session_id = self.station, self.actor, self.session_id
        run_task(
            self,
            lambda: pv.addendum_refusal(station, actor, session_id),
            self._addendum_answer,
            lambda error: self.message.show_refusal(lambda: errors.describe(error)),
            label=QCoreApplication.translate("ProcesVerbaalView", "Checking…"),
        )

    def _addendum_answer(self, refusal: Any) -> None:
        if refusal is not None:
            self.message.show_refusal(lambda: i18n.render(refusal))
            return
        assert self.document is not None
        candidate = self.candidate_combo.currentData()
        rows = self.table.selectionModel().selectedRows()
        selected: Entry | None = rows[0].data(ENTRY_ROLE) if rows else None
        dialog = AddendumDialog(
            self.station,
            self.actor,
            self.document,
            self,
            candidate_id=int(candidate) if candidate not in (None, GROUP_ONLY) else None,
            refers_to=selected.event_id if selected is not None else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def recorded(event: Any) -> None:
            number = event.id
            self.message.show_notice(
                lambda: QCoreApplication.translate(
                    "ProcesVerbaalView", "Addendum recorded as #{number}, with your name and the time."
                ).format(number=number)
            )
            self.refresh()

        dialog.completed.connect(recorded)
        dialog.finished.connect(lambda _result: self.table.setFocus())
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    # --- texts -------------------------------------------------------------------------------------------------

    def _retranslate_document(self) -> None:
        document = self.document
        if document is None:
            self.title.setText(QCoreApplication.translate("ProcesVerbaalView", "Proces-verbaal"))
            for name, value in self.fact_labels.values():
                name.setText("")
                value.setText("")
            self.chain_label.setText("")
            self.head_label.setText("")
            return
        header = document.header
        self.title.setText(
            QCoreApplication.translate("ProcesVerbaalView", "Proces-verbaal: {group} ({code})").format(
                group=header.group_name, code=header.group_code
            )
        )
        self.title.setAccessibleName(self.title.text())
        place = i18n.render(header.location)
        if header.room:
            place = f"{place}, {header.room}"
        if header.quarantine:
            place = QCoreApplication.translate("ProcesVerbaalView", "{place}; with quarantine").format(
                place=place
            )
        surveillants = ", ".join(
            QCoreApplication.translate("ProcesVerbaalView", "{name} (qualified teacher)").format(
                name=s.person.name()
            )
            if s.qualified_teacher
            else s.person.name()
            for s in header.surveillants
        )
        state = i18n.render(pv.SESSION_STATE_LABELS[header.state])
        closed = (
            QCoreApplication.translate("ProcesVerbaalView", "{time} by {name}").format(
                time=local_time_text(header.closed_at),
                name=header.closed_by.name() if header.closed_by else "",
            )
            if header.closed_at is not None
            else QCoreApplication.translate("ProcesVerbaalView", "not yet: the session is {state}").format(
                state=state
            )
        )
        signed = (
            ", ".join(p.name() for p in header.signed_off_by)
            if header.signed_off_by
            else QCoreApplication.translate("ProcesVerbaalView", "at closing, by every surveillant")
        )
        facts = {
            "exam": (
                QCoreApplication.translate("ProcesVerbaalView", "Exam"),
                f"{header.exam_title} ({header.exam_code})",
            ),
            "variant": (
                QCoreApplication.translate("ProcesVerbaalView", "Variant"),
                ", ".join(header.variants),
            ),
            "date": (
                QCoreApplication.translate("ProcesVerbaalView", "Date and time"),
                QCoreApplication.translate(
                    "ProcesVerbaalView", "{date}, planned start {time}, {duration}"
                ).format(
                    date=date_text(header.date),
                    time=header.start_time,
                    duration=minutes_text(header.duration_minutes),
                ),
            ),
            "place": (QCoreApplication.translate("ProcesVerbaalView", "Location"), place),
            "surveillants": (QCoreApplication.translate("ProcesVerbaalView", "Surveillants"), surveillants),
            "opened": (
                QCoreApplication.translate("ProcesVerbaalView", "Opened"),
                local_time_text(header.opened_at) if header.opened_at else "—",
            ),
            "closed": (QCoreApplication.translate("ProcesVerbaalView", "Closed"), closed),
            "signed": (QCoreApplication.translate("ProcesVerbaalView", "Signed off by"), signed),
            "station": (
                QCoreApplication.translate("ProcesVerbaalView", "Station"),
                f"{header.station_name} · {header.school}" if header.school else header.station_name,
            ),
        }
        for key, (name, value) in self.fact_labels.items():
            name_text, value_text = facts[key]
            name.setText(name_text)
            value.setText(value_text)
            value.setAccessibleName(f"{name_text}: {value_text}")
        chain = document.chain
        self.chain_label.setText(i18n.render(chain.summary))
        self.chain_label.setProperty("result", "ok" if chain.verified else "broken")
        self.chain_label.style().unpolish(self.chain_label)
        self.chain_label.style().polish(self.chain_label)
        self.chain_label.setAccessibleName(self.chain_label.text())
        self.head_label.setText(
            QCoreApplication.translate("ProcesVerbaalView", "chain head {hash}").format(
                hash=chain.head_hash or "—"
            )
        )
        self.head_label.setAccessibleName(self.head_label.text())
        self.addendum_button.setToolTip(
            QCoreApplication.translate(
                "ProcesVerbaalView",
                "After closing, the examensecretaris can add an addendum; it is marked as such (Ctrl+Shift+A)",
            )
        )
        self._retranslate_filters()
        self._retranslate_count()
        self.timeline.update()

    def _retranslate_filters(self) -> None:
        if self.candidate_combo.count() >= 2:
            self.candidate_combo.setItemText(
                0, QCoreApplication.translate("ProcesVerbaalView", "All candidates")
            )
            self.candidate_combo.setItemText(
                1, QCoreApplication.translate("ProcesVerbaalView", "Only the whole group")
            )
        if self.kind_combo.count() >= 1:
            self.kind_combo.setItemText(0, QCoreApplication.translate("ProcesVerbaalView", "All kinds"))
            for index in range(1, self.kind_combo.count()):
                kind = str(self.kind_combo.itemData(index))
                self.kind_combo.setItemText(index, i18n.render(pv_describe.kind_label(kind)))

    def _retranslate_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(
            QCoreApplication.translate("ProcesVerbaalView", "{shown} of {total} events").format(
                shown=shown, total=total
            )
            if shown != total
            else QCoreApplication.translate("ProcesVerbaalView", "{total} events").format(total=total)
        )
        self.count_label.setAccessibleName(self.count_label.text())

    def retranslate(self) -> None:
        self.back_button.setText(
            QCoreApplication.translate("ProcesVerbaalView", "← Back ({keys})").format(
                keys=QKeySequence("Alt+Left").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.back_button.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Back"))
        self.timeline_title.setText(QCoreApplication.translate("ProcesVerbaalView", "Timeline"))
        self.entries_title.setText(QCoreApplication.translate("ProcesVerbaalView", "What was recorded"))
        self.candidate_combo.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Candidate"))
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Kind of event"))
        self.text_filter.setPlaceholderText(
            QCoreApplication.translate("ProcesVerbaalView", "Filter by text (Ctrl+F)")
        )
        self.text_filter.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Filter by text"))
        for button, words, keys in (
            (
                self.addendum_button,
                QCoreApplication.translate("ProcesVerbaalView", "Add addendum…"),
                "Ctrl+Shift+A",
            ),
            (self.refresh_button, QCoreApplication.translate("ProcesVerbaalView", "Refresh"), "F5"),
        ):
            button.setText(
                QCoreApplication.translate("ProcesVerbaalView", "{action} ({keys})").format(
                    action=words, keys=QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                )
            )
            button.setAccessibleName(words.rstrip("…"))
        self.table.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Events of the session"))
        self.table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("ProcesVerbaalView", "Columns of the events table")
        )
        self.timeline_scroll.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Timeline"))
        self.splitter.setAccessibleName(
            QCoreApplication.translate("ProcesVerbaalView", "Timeline and events")
        )
        self.details_button.setText(QCoreApplication.translate("ProcesVerbaalView", "Details of the session"))
        self.details_button.setAccessibleName(self.details_button.text())
        self.legend_button.setText(QCoreApplication.translate("ProcesVerbaalView", "Legend of the timeline"))
        self.legend_button.setAccessibleName(self.legend_button.text())
        self.model.retranslate()
        self._retranslate_document()
