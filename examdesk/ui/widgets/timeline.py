"""The proces-verbaal's timeline (R-PV-1, R-PV-5): one lane per candidate, painted with QPainter, with a
time axis, tooltips for every part and keyboard navigation between lanes. How each kind of time looks, and
the legend, live in ``timeline_legend``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QToolTip,
    QWidget,
)

from examdesk import i18n
from examdesk.core.clock import ClockState
from examdesk.core.timeline import SegmentKind, Timeline, ZoneKind, span_of
from examdesk.services.proces_verbaal import CandidateRecord
from examdesk.ui.formats import AMSTERDAM, local_time_text, minutes_text
from examdesk.ui.style import MUTED, TEXT
from examdesk.ui.widgets.timeline_legend import (
    LOOKS,
    NOW_COLOUR,
    PLANNED_COLOUR,
    Look,
    draw_marker,
    end_name,
    fill,
    kind_name,
)

LANE_HEIGHT = 44
FOOTER_HEIGHT = 18  # under the lanes: the time of "now"
BAR_TOP = 6
BAR_HEIGHT = 20
STRIP_GAP = 2
STRIP_HEIGHT = 13
AXIS_HEIGHT = 30
MARGIN = 10
MARKER_ROOM = 86  # room after the last moment for an end marker's words


def _minutes(duration: timedelta) -> str:
    return minutes_text(max(0, round(duration.total_seconds() / 60)))


def _span_text(start: datetime, end: datetime) -> str:
    return QCoreApplication.translate("Timeline", "{start}–{end} ({duration})").format(
        start=local_time_text(start), end=local_time_text(end), duration=_minutes(end - start)
    )


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
            first, last = _floor_quarter(min(start, planned_start)), _ceil_quarter(end)
            # A planned session's lanes all lie at its planned start on a quarter: the axis then spans a
            # quarter, never nothing (which divided by zero in the paint event and crashed the view).
            self._range = (first, last if last > first else first + timedelta(minutes=15))
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
                self._label(painter, rect, kind_name(zone.kind), LOOKS[zone.kind], self.font())
                self._regions.append(_Region(rect, self._zone_text(record, zone.kind, zone.start, zone.end)))
        for segment in timeline.segments:
            rect = self._rect(segment.start, segment.end, bar_top, BAR_HEIGHT)
            fill(painter, rect, LOOKS[segment.kind])
            if segment.kind is not SegmentKind.WORKING:
                self._label(painter, rect, kind_name(segment.kind), LOOKS[segment.kind], self.font())
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
            words = end_name(marker.kind)
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
        text = f"{record.label}: {kind_name(kind)} {_span_text(start, end)}"
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
        text = f"{record.label}: {kind_name(kind)} {_span_text(start, end)}"
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
            parts.append(f"{kind_name(SegmentKind.PAUSE)} {_span_text(pause.start, pause.end)}")
        for storing in record.storingen:
            end = storing.end or timeline.end or storing.start
            parts.append(
                f"{kind_name(SegmentKind.STORING)} {_span_text(storing.start, end)}, "
                + QCoreApplication.translate("Timeline", "compensation {minutes}").format(
                    minutes=_minutes(storing.compensation)
                )
            )
        if record.extension > timedelta(0):
            parts.append(f"{kind_name(ZoneKind.EXTENSION)} +{_minutes(record.extension)}")
        if record.late_by > timedelta(0):
            parts.append(f"{kind_name(ZoneKind.LATE_START)} {_minutes(record.late_by)}")
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
