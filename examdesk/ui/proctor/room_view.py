"""The room view (F10): every candidate as a tile with a large remaining time, who needs attention first.

For the surveillant at two metres, or the room on a projector: paused, not started, the last five minutes
and a BSN mismatch come first, then who is working (least time left first), then who has finished. The
tiles are painted by this one widget, and each second only the time of the tiles in sight is repainted
(within the dashboard's 5 ms tick for 200 candidates, bench/proctor.py). The detailed table stays for
editing; the keys work on its selection in either view.
"""

from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QRegion, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from examdesk.core.clock import ClockState
from examdesk.services.sessions import CandidateStatus
from examdesk.ui.formats import clock_text
from examdesk.ui.models.dashboard import STATE_COLOURS, DashboardModel, state_text
from examdesk.ui.style import fixed_font

MIN_TILE = QSize(230, 112)
GAP = 8
FIVE_MINUTES = timedelta(minutes=5)
FINAL = frozenset({ClockState.FINISHED, ClockState.LEFT_EARLY, ClockState.ABSENT})


def attention(model: DashboardModel, status: CandidateStatus) -> tuple[int, float, str]:
    """The order of the tiles: who needs the surveillant first (issue 15)."""
    state = model.shown_state(status)
    left = model.remaining(status).total_seconds()
    if state is ClockState.PAUSED:
        rank = 0
    elif state is ClockState.NOT_STARTED or status.bsn_checked is False:
        rank = 1
    elif state is ClockState.RUNNING and left <= FIVE_MINUTES.total_seconds():
        rank = 2
    elif state is ClockState.RUNNING:
        rank = 3
    elif state is ClockState.TIME_UP:
        rank = 4
    else:
        rank = 5
    return rank, left, status.number.zfill(12)


def reason_text(model: DashboardModel, status: CandidateStatus) -> str:
    """What the tile says under the time: the state, and what needs attention."""
    words = [state_text(model.shown_state(status))]
    if status.bsn_checked is False:
        words.append(QCoreApplication.translate("RoomView", "BSN mismatch"))
    if status.open_storing is not None:
        words.append(QCoreApplication.translate("RoomView", "storing"))
    return " · ".join(words)


class RoomView(QWidget):
    """Tiles of candidates with large remaining times, ordered by attention."""

    def __init__(self, model: DashboardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomView")
        self.model = model
        self.order: list[CandidateStatus] = []
        self.columns = 1
        self.tile = MIN_TILE
        self._fonts: tuple[QFont, QFont, QFont] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(QCoreApplication.translate("RoomView", "Room view: every candidate's time"))
        model.modelReset.connect(self.rows_changed)

    def rows_changed(self) -> None:
        """New rows or states: order the tiles again (never on a tick, so tiles do not jump every second)."""
        self.order = sorted(self.model.rows(), key=lambda status: attention(self.model, status))
        self._lay_out()
        self.update()

    def _lay_out(self) -> None:
        """As many columns as give the largest tiles that all fit in sight (scrolling only past the minimum)."""
        width = max(self.width(), MIN_TILE.width())
        count = max(1, len(self.order))
        parent = self.parentWidget()
        room = max(MIN_TILE.height(), parent.height() if parent is not None else self.height())
        best = (0, 1, MIN_TILE.width(), MIN_TILE.height())
        for columns in range(1, count + 1):
            tile_width = (width - GAP * (columns - 1)) // columns
            if tile_width < MIN_TILE.width() and columns > 1:
                break
            rows = math.ceil(count / columns)
            tile_height = min((room - GAP * (rows - 1)) // rows, int(tile_width * 0.5))
            tile_height = max(MIN_TILE.height(), tile_height)
            if tile_height > best[0] or (tile_height == best[0] and columns > best[1]):
                best = (tile_height, columns, tile_width, tile_height)
        _, self.columns, tile_width, tile_height = best
        rows = math.ceil(count / self.columns)
        if QSize(tile_width, tile_height) != self.tile or not self._fonts:
            self._fonts = self._make_fonts(tile_width, tile_height)
        self.tile = QSize(tile_width, tile_height)
        self.setMinimumHeight(rows * tile_height + GAP * (rows - 1))

    def _make_fonts(self, width: int, height: int) -> tuple[QFont, QFont, QFont]:
        """The tiles' fonts for this tile size, made once per layout (never on a tick); the time "0:00:00"
        always fits the tile's width."""
        name_font = QFont(self.font())
        name_font.setPixelSize(max(12, min(int(height * 0.17), width // 14)))
        name_font.setBold(True)
        time_font = fixed_font(10)
        time_font.setPixelSize(max(18, min(int(height * 0.40), int((width - 20) / 4.6))))
        time_font.setBold(True)
        small_font = QFont(self.font())
        small_font.setPixelSize(max(11, int(height * 0.14)))
        return name_font, time_font, small_font

    def tile_rect(self, position: int) -> QRect:
        row, column = divmod(position, self.columns)
        return QRect(
            column * (self.tile.width() + GAP),
            row * (self.tile.height() + GAP),
            self.tile.width(),
            self.tile.height(),
        )

    def positions_in(self, rect: QRect) -> range:
        """The tiles whose rows meet ``rect`` (only those are looked at when painting or ticking)."""
        step = self.tile.height() + GAP
        first = max(0, rect.top() // step) * self.columns
        last = min(len(self.order), (rect.bottom() // step + 1) * self.columns)
        return range(first, max(first, last))

    def _time_rect(self, tile: QRect) -> QRect:
        top = tile.top() + int(tile.height() * 0.30)
        return QRect(tile.left() + 10, top, tile.width() - 20, int(tile.height() * 0.46))

    def tick(self) -> None:
        """Once a second: repaint the times of the working candidates in sight, nothing else."""
        visible = self.visibleRegion().boundingRect()
        for position in self.positions_in(visible):
            if self.order[position].clock.state is ClockState.RUNNING:
                self.update(self._time_rect(self.tile_rect(position)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._lay_out()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(MIN_TILE.width() * 4, self.minimumHeight())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        region = event.region()
        height = self.tile.height()
        if self._fonts is None:
            self._fonts = self._make_fonts(self.tile.width(), height)
        name_font, time_font, small_font = self._fonts
        for position in self.positions_in(region.boundingRect()):
            status = self.order[position]
            tile = self.tile_rect(position)
            if not region.intersects(tile):
                continue
            state = self.model.shown_state(status)
            background, foreground = STATE_COLOURS[state]
            alarm = state is ClockState.TIME_UP or (
                state is ClockState.RUNNING and self.model.remaining(status) <= FIVE_MINUTES
            )
            time_rect = self._time_rect(tile)
            if region.subtracted(QRegion(time_rect)).intersected(QRegion(tile)).isEmpty():
                # A tick: only the time changed; the rest of the tile stands as it was painted.
                painter.fillRect(time_rect, QColor(background))
                painter.setFont(time_font)
                painter.setPen(QColor("#a4161a" if alarm else foreground))
                painter.drawText(
                    time_rect,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    clock_text(self.model.remaining(status)),
                )
                continue
            painter.fillRect(tile, QColor(background))
            if alarm or status.bsn_checked is False or state is ClockState.PAUSED:
                painter.setPen(QPen(QColor("#a4161a" if alarm else "#6b4700"), 4))
                painter.drawRect(tile.adjusted(2, 2, -2, -2))
            painter.setPen(QColor(foreground))
            inner = tile.adjusted(10, 6, -10, -6)
            painter.setFont(name_font)
            painter.drawText(
                QRect(inner.left(), inner.top(), inner.width(), int(height * 0.26)),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(
                    f"{status.number} {status.name}", Qt.TextElideMode.ElideRight, inner.width()
                ),
            )
            painter.setFont(time_font)
            time = "—" if state in FINAL else clock_text(self.model.remaining(status))
            if alarm:
                painter.setPen(QColor("#a4161a"))
            painter.drawText(
                self._time_rect(tile), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, time
            )
            painter.setPen(QColor(foreground))
            painter.setFont(small_font)
            painter.drawText(
                QRect(inner.left(), tile.bottom() - int(height * 0.24), inner.width(), int(height * 0.22)),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(
                    reason_text(self.model, status), Qt.TextElideMode.ElideRight, inner.width()
                ),
            )
        painter.end()


class RoomScroll(QScrollArea):
    """The room view in a scroll area: with many candidates the tiles keep a readable size and scroll."""

    def __init__(self, room: RoomView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomScroll")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(room)
        self.room = room

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.room._lay_out()
