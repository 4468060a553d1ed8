"""The proctor's dashboard: one row per candidate of a running session, with their own clock (R-TIME-1).

The rows come from ``sessions.dashboard()``; between two fetches the model keeps the remaining time of a
running candidate exact by deriving it again from their deadline and the station's clock (``tick``), and
tells the view that only the remaining-time column changed. Nothing counts down: a missed tick or a
restart shows the same time. The BSN is masked (R-BSN-6); state is said in words, colour adds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from examdesk.core.accommodations import VsvStatus
from examdesk.core.clock import ClockState
from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.ui.formats import clock_text, local_time_text, whole_minutes
from examdesk.ui.models.base import NONE_SHOWN, PROBLEM_COLOUR, ROW_ROLE, RowTableModel, tr
from examdesk.ui.models.roster import accommodation_text, vsv_state_text
from examdesk.ui.style import fixed_font, scaled

if TYPE_CHECKING:
    from examdesk.services.sessions import CandidateStatus

CANDIDATE_ROLE = ROW_ROLE
"""The data role that returns the row's :class:`CandidateStatus` itself."""

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The data role the proxy sorts by: numbers as numbers, times as seconds."""

FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
"""The data role the filter looks in: the candidate's number and name."""

REMAINING_POINT_SIZE = 18
NAME_POINT_SIZE = 13

_Index = QModelIndex | QPersistentModelIndex


class DashboardColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    STATE = 2
    REMAINING = 3
    DEADLINE = 4
    START = 5
    EXTENSION = 6
    PAUSE = 7
    STORINGEN = 8
    BSN_CHECK = 9
    ACCOMMODATIONS = 10
    BSN = 11  # last: during the session the masked number matters least


HEADERS: dict[int, Text] = {
    DashboardColumn.NUMBER: QT_TRANSLATE_NOOP("DashboardModel", "No."),
    DashboardColumn.NAME: QT_TRANSLATE_NOOP("DashboardModel", "Name"),
    DashboardColumn.STATE: QT_TRANSLATE_NOOP("DashboardModel", "State"),
    DashboardColumn.REMAINING: QT_TRANSLATE_NOOP("DashboardModel", "Remaining time"),
    DashboardColumn.DEADLINE: QT_TRANSLATE_NOOP("DashboardModel", "Ends"),
    DashboardColumn.START: QT_TRANSLATE_NOOP("DashboardModel", "Start"),
    DashboardColumn.EXTENSION: QT_TRANSLATE_NOOP("DashboardModel", "Extra"),
    DashboardColumn.PAUSE: QT_TRANSLATE_NOOP("DashboardModel", "Pauses"),
    DashboardColumn.STORINGEN: QT_TRANSLATE_NOOP("DashboardModel", "Storingen"),
    DashboardColumn.BSN_CHECK: QT_TRANSLATE_NOOP("DashboardModel", "BSN check"),
    DashboardColumn.BSN: QT_TRANSLATE_NOOP("DashboardModel", "BSN"),
    DashboardColumn.ACCOMMODATIONS: QT_TRANSLATE_NOOP("DashboardModel", "Accommodations"),
}

STATE_WORDS: dict[ClockState, Text] = {
    ClockState.NOT_STARTED: QT_TRANSLATE_NOOP("DashboardModel", "not started"),
    ClockState.RUNNING: QT_TRANSLATE_NOOP("DashboardModel", "working"),
    ClockState.PAUSED: QT_TRANSLATE_NOOP("DashboardModel", "paused"),
    ClockState.FINISHED: QT_TRANSLATE_NOOP("DashboardModel", "handed in"),
    ClockState.TIME_UP: QT_TRANSLATE_NOOP("DashboardModel", "time up"),
    ClockState.LEFT_EARLY: QT_TRANSLATE_NOOP("DashboardModel", "left early"),
    ClockState.ABSENT: QT_TRANSLATE_NOOP("DashboardModel", "absent"),
}

# Background and text colour per state: a tint that can be told apart at a glance, with dark text that
# stays readable on it. The word in the cell says the state; the colour only helps to find it.
STATE_COLOURS: dict[ClockState, tuple[str, str]] = {
    ClockState.NOT_STARTED: ("#eceff3", "#1c2430"),
    ClockState.RUNNING: ("#d6efdc", "#14522a"),
    ClockState.PAUSED: ("#ffe9b0", "#6b4700"),
    ClockState.FINISHED: ("#dce7f7", "#163e73"),
    ClockState.TIME_UP: ("#f9d6d6", "#8c1216"),
    ClockState.LEFT_EARLY: ("#eadff5", "#4b2a6e"),
    ClockState.ABSENT: ("#e4e4e4", "#3a3a3a"),
}

# The order of states when sorting by state: who needs attention first.
_STATE_ORDER = (
    ClockState.PAUSED,
    ClockState.RUNNING,
    ClockState.NOT_STARTED,
    ClockState.TIME_UP,
    ClockState.FINISHED,
    ClockState.LEFT_EARLY,
    ClockState.ABSENT,
)

MUTED_COLOUR = "#5a6473"


def state_text(state: ClockState) -> str:
    return tr(STATE_WORDS[state])


def extension_text(status: CandidateStatus) -> str:
    """``30 min``: the grant, on the clock from the start; ``30 min +15 ⚑``: more by override (R-TIME-4)."""
    applied = whole_minutes(status.clock.applied_extension)
    if not applied and not status.granted_extension:
        return NONE_SHOWN
    granted = QCoreApplication.translate("DashboardModel", "{granted} min").format(
        granted=status.granted_extension
    )
    if not applied:
        return granted
    return QCoreApplication.translate("DashboardModel", "{granted} +{applied} {marker}").format(
        granted=granted, applied=applied, marker=OVERRIDE_MARKER
    )


OVERRIDE_MARKER = "⚑"  # an override by the examensecretaris; colour and the tooltip say it in words


def name_text(status: CandidateStatus) -> str:
    """The name, with the override marker when an examensecretaris decided past a rule for them."""
    return f"{status.name} {OVERRIDE_MARKER}" if status.overridden else status.name


def deadline_text(status: CandidateStatus) -> str:
    """R-TIME-4: the base end and the end with the grant (``10:30 / 11:00``); one time without a grant."""
    clock = status.clock
    if clock.deadline is None:
        return NONE_SHOWN
    if clock.base_end is not None and clock.grant > timedelta(0):
        return f"{local_time_text(clock.base_end)} / {local_time_text(clock.deadline)}"
    return local_time_text(clock.deadline)


def pause_text(status: CandidateStatus) -> str:
    """The total pause time; above the threshold it says that the CvTE must be consulted (R-TIME-5)."""
    if status.clock.total_pause <= timedelta(0):
        return NONE_SHOWN
    minutes = QCoreApplication.translate("Formats", "{minutes} min").format(
        minutes=whole_minutes(status.clock.total_pause)
    )
    if status.pause_consult_needed:
        return QCoreApplication.translate("DashboardModel", "{minutes}, consult CvTE").format(minutes=minutes)
    return minutes


def storingen_text(status: CandidateStatus) -> str:
    if not status.storingen:
        return NONE_SHOWN
    if status.open_storing is not None:
        return QCoreApplication.translate("DashboardModel", "{count} (going on)").format(
            count=status.storingen
        )
    return str(status.storingen)


def bsn_check_text(status: CandidateStatus) -> str:
    """R-BSN-4: whether the start-screen check was recorded, and how it came out."""
    if status.bsn_checked is None:
        return NONE_SHOWN
    if status.bsn_checked:
        return QCoreApplication.translate("DashboardModel", "✓ checked")
    return QCoreApplication.translate("DashboardModel", "✗ mismatch")


def vsv_warning_text(status: CandidateStatus) -> str:
    """R-ACC-2: ``VSV expired`` or ``VSV missing`` when an accommodation is not covered; else empty."""
    statuses = {a.vsv.status for a in status.accommodations}
    if VsvStatus.EXPIRED in statuses:
        return QCoreApplication.translate("DashboardModel", "VSV expired")
    if VsvStatus.MISSING in statuses:
        return QCoreApplication.translate("DashboardModel", "VSV missing")
    return ""


def accommodations_cell(status: CandidateStatus) -> str:
    if not status.accommodations:
        return NONE_SHOWN
    text = "; ".join(accommodation_text(a) for a in status.accommodations)
    warning = vsv_warning_text(status)
    return f"{warning} · {text}" if warning else text


_REMAINING = int(DashboardColumn.REMAINING)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NOTHING = timedelta(0)
_WARN_BEFORE_END = timedelta(minutes=5)  # the last minutes: the remaining time is drawn red as well
_NO_TIME_SHOWN = frozenset({ClockState.FINISHED, ClockState.LEFT_EARLY, ClockState.ABSENT})
_ROLES_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        ROW_ROLE,
        SORT_ROLE,
        FILTER_ROLE,
    )
)


class DashboardModel(RowTableModel["CandidateStatus"]):
    """One row per candidate; ``tick(now)`` moves the remaining times of working candidates."""

    COLUMNS: ClassVar[type[IntEnum]] = DashboardColumn
    HEADERS: ClassVar[dict[int, Text]] = HEADERS
    NUMERIC: ClassVar[frozenset[int]] = frozenset({DashboardColumn.REMAINING})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._now: datetime | None = None
        self._time_font = fixed_font(REMAINING_POINT_SIZE)
        self._name_font = QFont()
        self._name_font.setPointSize(scaled(NAME_POINT_SIZE))

    def refresh_fonts(self) -> None:
        """Take up a new text size (the system's or the in-app zoom) for the large columns."""
        self._time_font = fixed_font(REMAINING_POINT_SIZE)
        self._name_font = QFont()
        self._name_font.setPointSize(scaled(NAME_POINT_SIZE))
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # --- rows and time --------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[CandidateStatus], now: datetime | None = None) -> None:
        """Show ``rows`` as a model reset; ``now`` is the moment their clocks were read."""
        if now is not None:
            self._now = now
        super().set_rows(rows)

    def update_rows(self, rows: Sequence[CandidateStatus], now: datetime | None = None) -> None:
        """A fresh fetch of the same candidates keeps the view's selection and scroll position: every cell
        changes, the rows stay. Other candidates (or another order) are a reset."""
        if [r.candidate_id for r in rows] != [r.candidate_id for r in self._rows]:
            self.set_rows(rows, now)
            return
        if now is not None:
            self._now = now
        self._rows = list(rows)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def now(self) -> datetime | None:
        return self._now

    def tick(self, now: datetime) -> bool:
        """Derive the remaining times at ``now`` and say that only that column changed.

        Returns whether a working candidate's time has run out since the rows were fetched (the station
        then records the time up, R-TIME-9).
        """
        self._now = now
        running = [i for i, row in enumerate(self._rows) if row.clock.state is ClockState.RUNNING]
        ended = [i for i in running if self.remaining(self._rows[i]) <= _NOTHING]
        for i in ended:
            # R-TIME-9: the state says "time up" at the next tick after the deadline (issue 15: it lagged
            # until the station had recorded it); the whole row changes colour.
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))
        if running:
            column = DashboardColumn.REMAINING
            self.dataChanged.emit(
                self.index(running[0], column),
                self.index(running[-1], column),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE],
            )
        return bool(ended)

    def shown_state(self, status: CandidateStatus) -> ClockState:
        """The state as it is now: a working candidate whose deadline has passed has run out of time."""
        if status.clock.state is ClockState.RUNNING and self.remaining(status) <= _NOTHING:
            return ClockState.TIME_UP
        return status.clock.state

    def remaining(self, status: CandidateStatus) -> timedelta:
        """The remaining time now: derived from the deadline while working (R-TIME-1)."""
        clock = status.clock
        if clock.state is ClockState.RUNNING and clock.deadline is not None and self._now is not None:
            return max(timedelta(0), clock.deadline - self._now)
        return clock.remaining

    def row_of(self, candidate_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.candidate_id == candidate_id), None)

    # --- cells ------------------------------------------------------------------------------------------

    def display(self, item: CandidateStatus, column: int) -> str:
        col = DashboardColumn(column)
        clock = item.clock
        if col is DashboardColumn.NUMBER:
            return item.number
        if col is DashboardColumn.NAME:
            return name_text(item)
        if col is DashboardColumn.STATE:
            return state_text(self.shown_state(item))
        if col is DashboardColumn.REMAINING:
            if clock.state in _NO_TIME_SHOWN:
                return NONE_SHOWN
            return clock_text(self.remaining(item))
        if col is DashboardColumn.DEADLINE:
            return deadline_text(item)
        if col is DashboardColumn.START:
            return local_time_text(clock.started_at) if clock.started_at is not None else NONE_SHOWN
        if col is DashboardColumn.EXTENSION:
            return extension_text(item)
        if col is DashboardColumn.PAUSE:
            return pause_text(item)
        if col is DashboardColumn.STORINGEN:
            return storingen_text(item)
        if col is DashboardColumn.BSN_CHECK:
            return bsn_check_text(item)
        if col is DashboardColumn.BSN:
            return item.masked_bsn  # R-BSN-6: the full number is shown only in the start-screen check
        return accommodations_cell(item)

    def accessible(self, item: CandidateStatus, column: int) -> str:
        col = DashboardColumn(column)
        if col is DashboardColumn.REMAINING and self.display(item, column) != NONE_SHOWN:
            return QCoreApplication.translate("DashboardModel", "{time} remaining").format(
                time=self.display(item, column)
            )
        if col is DashboardColumn.BSN_CHECK and item.bsn_checked is None:
            return QCoreApplication.translate("DashboardModel", "BSN not checked yet")
        if col is DashboardColumn.NAME and item.overridden:
            return QCoreApplication.translate(
                "DashboardModel", "{name}, overridden by the examensecretaris"
            ).format(name=item.name)
        if col is DashboardColumn.ACCOMMODATIONS and not item.accommodations:
            return QCoreApplication.translate("DashboardModel", "no accommodations")
        return self.display(item, column)

    def tooltip(self, item: CandidateStatus, column: int) -> str | None:
        col = DashboardColumn(column)
        clock = item.clock
        if col is DashboardColumn.REMAINING and clock.state is ClockState.NOT_STARTED:
            return QCoreApplication.translate(
                "DashboardModel", "The time this candidate gets once started (without extra time)."
            )
        if col is DashboardColumn.REMAINING and clock.paused_since is not None:
            return QCoreApplication.translate(
                "DashboardModel", "Paused since {time}: the clock stands still."
            ).format(time=local_time_text(clock.paused_since))
        if col is DashboardColumn.NAME and item.overridden:
            return QCoreApplication.translate(
                "DashboardModel", "Override by the examensecretaris (see the proces-verbaal): {rules}"
            ).format(rules=", ".join(o.rule.value for o in item.overrides))
        if col is DashboardColumn.DEADLINE and clock.base_end is not None and clock.grant > timedelta(0):
            return QCoreApplication.translate(
                "DashboardModel", "Base end {base}; with the {granted} min granted: {end}."
            ).format(
                base=local_time_text(clock.base_end),
                granted=item.granted_extension,
                end=local_time_text(clock.base_end + clock.grant),
            )
        if col is DashboardColumn.EXTENSION and item.more_time_than_granted:
            return QCoreApplication.translate(
                "DashboardModel",
                "More time than granted: {applied} min beyond the {granted} min, by the examensecretaris.",
            ).format(applied=whole_minutes(clock.applied_extension), granted=item.granted_extension)
        if col is DashboardColumn.EXTENSION and item.granted_extension:
            return QCoreApplication.translate(
                "DashboardModel", "{granted} min granted, on the clock from the start."
            ).format(granted=item.granted_extension)
        if col is DashboardColumn.PAUSE and item.pause_consult_needed:
            return QCoreApplication.translate(
                "DashboardModel",
                "More than an hour of pauses in total: the CvTE must be consulted; record the consult "
                "reference as a remark.",
            )
        if col is DashboardColumn.STORINGEN and clock.compensation > timedelta(0):
            return QCoreApplication.translate("DashboardModel", "Compensation given: {minutes} min").format(
                minutes=whole_minutes(clock.compensation)
            )
        if col is DashboardColumn.ACCOMMODATIONS and item.accommodations:
            return "\n".join(f"{accommodation_text(a)}: {vsv_state_text(a)}" for a in item.accommodations)
        if col is DashboardColumn.BSN_CHECK and item.bsn_checked is False:
            return QCoreApplication.translate(
                "DashboardModel",
                "The BSN did not match the ID document. The examensecretaris corrects the roster; then check again.",
            )
        return None

    def warning(self, item: CandidateStatus, column: int) -> bool:
        col = DashboardColumn(column)
        if col is DashboardColumn.NAME:
            return item.overridden
        if col is DashboardColumn.EXTENSION:
            return item.more_time_than_granted
        if col is DashboardColumn.ACCOMMODATIONS:
            return item.vsv_warning
        if col is DashboardColumn.BSN_CHECK:
            return item.bsn_checked is False
        if col is DashboardColumn.PAUSE:
            return item.pause_consult_needed
        if col is DashboardColumn.STORINGEN:
            return item.open_storing is not None
        return False

    def emphasis(self, item: CandidateStatus, column: int) -> bool:
        return self.warning(item, column) or column == DashboardColumn.STATE

    def sort_key(self, item: CandidateStatus, column: int) -> Any:
        col = DashboardColumn(column)
        clock = item.clock
        if col is DashboardColumn.NUMBER:
            return item.number.zfill(12)  # 998 before 1001, as numbers
        if col is DashboardColumn.STATE:
            return _STATE_ORDER.index(clock.state)
        if col is DashboardColumn.REMAINING:
            if clock.is_final:
                return 10**9  # finished candidates go to the end, whatever is left
            return int(self.remaining(item).total_seconds())
        if col is DashboardColumn.DEADLINE:
            return clock.deadline.timestamp() if clock.deadline else float("inf")
        if col is DashboardColumn.START:
            return clock.started_at.timestamp() if clock.started_at else float("inf")
        if col is DashboardColumn.EXTENSION:
            return int(clock.applied_extension.total_seconds())
        if col is DashboardColumn.PAUSE:
            return int(clock.total_pause.total_seconds())
        if col is DashboardColumn.STORINGEN:
            return item.storingen
        if col is DashboardColumn.BSN_CHECK:
            return {None: 1, True: 2, False: 0}[item.bsn_checked]
        return self.display(item, column).casefold()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each painted cell for about a dozen roles, most of which no cell answers; every
        # second it repaints the remaining time of each working candidate in sight (style.md: the tick
        # touches the time column only). Those questions are answered before any other work is done.
        if role not in _ROLES_ANSWERED:
            return None
        if not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        item = self._rows[row]
        column = index.column()
        state = item.clock.state  # as fetched; the STATE column shows it as it is now (shown_state)
        if column == _REMAINING:
            if role == _DISPLAY:
                return NONE_SHOWN if state in _NO_TIME_SHOWN else clock_text(self.remaining(item))
            if role == _FONT:
                return self._time_font
            if role == _ALIGNMENT:
                return _RIGHT
            if role == _BACKGROUND:
                return None
            if role == _FOREGROUND:
                if state is ClockState.RUNNING:
                    return QColor(PROBLEM_COLOUR) if self.remaining(item) <= _WARN_BEFORE_END else None
                return QColor(PROBLEM_COLOUR if state is ClockState.TIME_UP else MUTED_COLOUR)
        if role == SORT_ROLE:
            return self.sort_key(item, column)
        if role == FILTER_ROLE:
            return f"{item.number} {item.name}"
        if column == DashboardColumn.STATE and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATE_COLOURS[self.shown_state(item)][0])
        if column == DashboardColumn.STATE and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATE_COLOURS[self.shown_state(item)][1])
        if role == Qt.ItemDataRole.FontRole and column == DashboardColumn.NAME:
            return self._name_font
        return super().data(index, role)


class DashboardFilter(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE` and keeps the candidates whose number or name holds the filter text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(DashboardColumn.NUMBER)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Rows move only when the person sorts (a header click): a ticking time or a new state never moves
        # the row under the mouse or the keyboard (issue 15).
        self.setDynamicSortFilter(False)

    def set_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
