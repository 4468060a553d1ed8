"""The dashboard of one exam session: every candidate's own clock and every surveillant action.

Time: a one-second timer derives the remaining time of each working candidate from their deadline and the
station's clock and updates only that column (R-TIME-1); every 15 seconds, and after every action, the
whole dashboard is fetched again from the event log, and a candidate whose time has run out is recorded
as such (R-TIME-9). Nothing is counted down, so a restart shows exactly what was.

Actions work on the selected candidate (several, for Start and Absent). Each has a button and a key,
shown on the button; what the candidate's state does not allow is switched off. A rule that says no is
shown as one sentence in the message bar above the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAccessible, QAction, QFont, QHideEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from examdesk.core.clock import ClockState
from examdesk.core.errors import ExamdeskError
from examdesk.core.roles import Role
from examdesk.services import events, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.events import Event
from examdesk.services.sessions import CandidateStatus, SessionState, SessionSummary
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.errors import without_icons
from examdesk.ui.formats import AMSTERDAM, count_text, date_text, local_time_text
from examdesk.ui.models.dashboard import (
    CANDIDATE_ROLE,
    DashboardColumn,
    DashboardFilter,
    DashboardModel,
    state_text,
)
from examdesk.ui.models.sessions import session_location_text
from examdesk.ui.proctor.bsn_check import BsnCheckDialog
from examdesk.ui.proctor.dialogs import (
    CloseSessionDialog,
    CompensationDialog,
    ConsultDialog,
    CorrectionDialog,
    EndStoringDialog,
    IrregularityDialog,
    LeftEarlyDialog,
    MeldingDialog,
    RemarkDialog,
    RosterCorrectionDialog,
    StartStoringDialog,
    candidate_label,
)
from examdesk.ui.proctor.override_dialog import ExtensionDialog, OverriddenAction, OverrideDialog
from examdesk.ui.style import fixed_font
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.button_rows import ButtonRows
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, local_action, paragraph, plain

TICK_MS = 1000
REFRESH_MS = 15_000
ROW_HEIGHT = 40
MIN_ACCOMMODATION_CHARS = 22

ACTIVE = (ClockState.RUNNING, ClockState.PAUSED)


class Act(StrEnum):
    """The surveillant's actions on the dashboard, in the order of their buttons."""

    BSN_CHECK = "bsn_check"
    ROSTER = "roster"
    START = "start"
    LATE_START = "late_start"
    PAUSE = "pause"
    EXTENSION = "extension"
    STORING = "storing"
    COMPENSATION = "compensation"
    HAND_IN = "hand_in"
    LEFT_EARLY = "left_early"
    ABSENT = "absent"
    MELDING = "melding"
    IRREGULARITY = "irregularity"
    REMARK = "remark"
    CORRECTION = "correction"
    CLOSE = "close"


NOW_POINT_SIZE = 22

KEYS: dict[Act, str] = {
    Act.BSN_CHECK: "B",
    Act.ROSTER: "Shift+B",
    Act.START: "S",
    Act.LATE_START: "Shift+S",
    Act.PAUSE: "P",
    Act.EXTENSION: "E",
    Act.STORING: "T",
    Act.COMPENSATION: "C",
    Act.HAND_IN: "H",
    Act.LEFT_EARLY: "L",
    Act.ABSENT: "A",
    Act.MELDING: "M",
    Act.IRREGULARITY: "I",
    Act.REMARK: "R",
    Act.CORRECTION: "K",
    Act.CLOSE: "Ctrl+Shift+C",
}

CANDIDATE_ACTS = (
    Act.BSN_CHECK,
    Act.ROSTER,
    Act.START,
    Act.LATE_START,
    Act.PAUSE,
    Act.EXTENSION,
    Act.STORING,
    Act.COMPENSATION,
    Act.HAND_IN,
    Act.LEFT_EARLY,
    Act.ABSENT,
)
SESSION_ACTS = (Act.MELDING, Act.IRREGULARITY, Act.REMARK, Act.CORRECTION, Act.CLOSE)


@dataclass(frozen=True)
class Snapshot:
    """One fetch of the dashboard: the rows, the clock anomalies and the session as it is now."""

    rows: list[CandidateStatus]
    anomalies: list[Event]
    session: SessionSummary


@dataclass(frozen=True)
class StartOutcome:
    started: list[CandidateStatus]
    refused: list[BaseException]


class MessageBar(InlineError):
    """One sentence about the last action: a refusal (red) or what was recorded (calm)."""

    def show_notice(self, producer: Callable[[], str]) -> None:
        self._set_kind(notice=True)
        self.show_text(producer)

    def show_refusal(self, producer: Callable[[], str]) -> None:
        self._set_kind(notice=False)
        self.show_text(producer)

    def is_refusal(self) -> bool:
        return bool(self.isVisible() and self.property("error") == "true")

    def _set_kind(self, notice: bool) -> None:
        self.setProperty("error", "false" if notice else "true")
        self.setProperty("notice", "true" if notice else "false")
        self.style().unpolish(self)
        self.style().polish(self)


class DashboardTable(QTableView):
    """The candidates' table; says when it has been resized or shown, so that its columns are fitted.

    Every second the remaining times change (one column, style.md). Qt's own handling repaints the column
    beside it too (its update rectangle reaches one pixel into the next column, and that column is then
    painted whole); this table repaints exactly the changed cells in sight. With a screen reader running,
    Qt's own handling stays, because it also tells the reader what changed.
    """

    resized = Signal()

    def dataChanged(  # noqa: N802 - Qt's name
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        column = top_left.column()
        if column != bottom_right.column() or QAccessible.isActive() or self.isColumnHidden(column):
            super().dataChanged(top_left, bottom_right, roles)
            return
        viewport = self.viewport()
        top = max(0, self.rowViewportPosition(top_left.row()))
        last = bottom_right.row()
        bottom = min(viewport.height(), self.rowViewportPosition(last) + self.rowHeight(last))
        if bottom > top:
            viewport.update(
                QRect(self.columnViewportPosition(column), top, self.columnWidth(column), bottom - top)
            )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.resized.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.resized.emit()


class Dashboard(Retranslating, QWidget):
    """The candidates of one session with their clocks, and the surveillant's actions."""

    refreshed = Signal()
    back_requested = Signal()
    proces_verbaal_requested = Signal()
    session_changed = Signal(object)  # the SessionSummary, e.g. once it is closed
    dialog_opened = Signal(object)

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session: SessionSummary,
        parent: QWidget | None = None,
        *,
        tick_ms: int = TICK_MS,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.station = station
        self.actor = actor
        self.session = session
        self.anomalies: list[Event] = []
        self.dialog: QWidget | None = None
        self._generation = 0
        self._refreshing = False
        self._refresh_again = False
        self._loaded_once = False

        # --- the top: session, now, back ---
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToSessions")
        self.back_button.clicked.connect(self.back_requested)
        self.back_action = local_action(self, "Alt+Left", self.back_requested.emit)
        self.title = heading(2)
        self.facts = paragraph(muted=True)
        self.now_label = plain(QLabel())
        self.now_label.setObjectName("nowClock")
        self.now_label.setFont(fixed_font(NOW_POINT_SIZE))
        self.now_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.now_caption = plain(QLabel())
        self.now_caption.setProperty("muted", "true")
        self.now_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.facts)
        now_box = QVBoxLayout()
        now_box.setSpacing(0)
        now_box.addWidget(self.now_caption)
        now_box.addWidget(self.now_label)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(titles, 1)
        top.addLayout(now_box)

        # --- warnings and messages ---
        self.banner = InlineError()
        self.banner.setObjectName("clockAnomalyBanner")
        self.message = MessageBar()
        self.message.setObjectName("messageBar")

        # --- filter and counts ---
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("dashboardFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(180)
        self.filter_edit.setMaximumWidth(340)
        self.filter_action = local_action(self, "Ctrl+F", self._focus_filter)
        self.refresh_action = local_action(self, "F5", self.refresh)
        self.counts_label = plain(QLabel())
        self.counts_label.setProperty("muted", "true")
        self.counts_label.setObjectName("dashboardCounts")

        # --- the table ---
        self.model = DashboardModel(self)
        self.proxy = DashboardFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.table = DashboardTable()
        self.table.setObjectName("dashboardTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DashboardColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self.fit_columns)
        self.fit_timer = QTimer(self)
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(0)
        self.fit_timer.timeout.connect(self.fit_columns)
        # The table's viewport has its new width only after the table's own resize: fit just after that.
        self.table.resized.connect(self.fit_timer.start)

        # --- the actions ---
        self.actions_by_key: dict[Act, QAction] = {}
        self.buttons: dict[Act, QPushButton] = {}
        handlers: dict[Act, Callable[[], object]] = {
            Act.BSN_CHECK: self.open_bsn_check,
            Act.ROSTER: self.open_roster_correction,
            Act.START: self.start_selected,
            Act.LATE_START: partial(self.start_selected, late_arrival=True),
            Act.PAUSE: self.pause_or_resume,
            Act.EXTENSION: self.open_extension,
            Act.STORING: self.open_storing,
            Act.COMPENSATION: self.open_compensation,
            Act.HAND_IN: self.hand_in,
            Act.LEFT_EARLY: self.open_left_early,
            Act.ABSENT: self.mark_absent,
            Act.MELDING: self.open_melding,
            Act.IRREGULARITY: self.open_irregularity,
            Act.REMARK: self.open_remark,
            Act.CORRECTION: self.open_correction,
            Act.CLOSE: self.open_close,
        }
        for act, handler in handlers.items():
            action = local_action(self, KEYS[act], handler)
            button = QPushButton()
            button.setObjectName(f"act_{act.value}")
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            self.actions_by_key[act] = action
            self.buttons[act] = button
        self.buttons[Act.CLOSE].setProperty("primary", "true")
        # The session's proces-verbaal as it is written (R-PV-1): a view of its own, reached from here.
        self.pv_button = QPushButton()
        self.pv_button.setObjectName("openProcesVerbaal")
        self.pv_button.setAutoDefault(False)
        self.pv_action = local_action(self, "Ctrl+P", self.proces_verbaal_requested.emit)
        self.pv_button.clicked.connect(self.pv_action.trigger)
        self.selection_label = plain(QLabel())
        self.selection_label.setObjectName("selectionLabel")
        self.session_label = plain(QLabel())
        self.session_label.setProperty("muted", "true")
        self.selection_label.setWordWrap(True)
        # Candidate actions below the table, where the eye is after choosing a row; the session's actions
        # beside the filter, above it. Both wrap onto more rows when longer texts or large print need it.
        self.candidate_grid = ButtonRows([self.buttons[act] for act in CANDIDATE_ACTS])
        self.candidate_grid.setObjectName("candidateActions")
        self.session_grid = ButtonRows([self.pv_button, *(self.buttons[act] for act in SESSION_ACTS)])
        self.session_grid.setObjectName("sessionActions")
        labels = QHBoxLayout()
        labels.addWidget(self.selection_label, 1)
        labels.addWidget(self.counts_label)
        actions_box = QVBoxLayout()
        actions_box.setSpacing(6)
        actions_box.addLayout(labels)
        actions_box.addWidget(self.candidate_grid)
        filter_row = QHBoxLayout()
        filter_row.setSpacing(8)
        filter_row.addWidget(self.filter_edit, 2)
        filter_row.addSpacing(16)
        filter_row.addWidget(self.session_label)
        filter_row.addWidget(self.session_grid, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions_box)

        self.tick_timer = QTimer(self)
        self.tick_timer.setObjectName("tickTimer")
        self.tick_timer.setInterval(tick_ms)
        self.tick_timer.timeout.connect(self.tick)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("refreshTimer")
        self.refresh_timer.setInterval(refresh_ms)
        self.refresh_timer.timeout.connect(self.refresh)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._text_size_changed)
        self.retranslate()
        self._update_actions()
        self.refresh()
        self._stopped = False
        self._start_timers()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    # --- time --------------------------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.station.clock.read().wall

    def running(self) -> bool:
        return self.session.state is SessionState.RUNNING

    def tick(self) -> None:
        """Once a second: the remaining times and the clock at the top (R-TIME-1)."""
        now = self.now()
        self.now_label.setText(now.astimezone(AMSTERDAM).strftime("%H:%M:%S"))
        if self.model.tick(now) and self.running():
            self.refresh()  # a time ran out: record it (R-TIME-9) and show the new state

    def stop(self) -> None:
        """Stop the timers for good (the dashboard is being closed)."""
        self._stopped = True
        self.tick_timer.stop()
        self.refresh_timer.stop()

    def _start_timers(self) -> None:
        if self._stopped:
            return
        self.tick_timer.start()
        if self.session.state is not SessionState.CLOSED:
            self.refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._stopped and not self.tick_timer.isActive():
            self._start_timers()
            self.refresh()  # what happened while it was out of sight, time-ups included (R-TIME-9)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # Out of sight (another tab, a closed window) nobody reads the clocks: they are derived again on return.
        super().hideEvent(event)
        self.tick_timer.stop()
        self.refresh_timer.stop()

    # --- fetching ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch the whole dashboard again in the background; time-ups are recorded first (R-TIME-9)."""
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        self._generation += 1
        generation = self._generation
        station, actor, session_id = self.station, self.actor, self.session.id

        def fetch() -> Snapshot:
            summary = next(s for s in sessions.list_sessions(station) if s.id == session_id)
            if summary.state is SessionState.RUNNING:
                sessions.record_time_ups(station, session_id)
            rows = sessions.dashboard(station, actor, session_id)
            return Snapshot(rows, events.clock_anomalies(station), summary)

        run_task(
            self,
            fetch,
            lambda snapshot: self._show(snapshot, generation),
            self._refresh_failed,
            label=QCoreApplication.translate("Dashboard", "Loading the candidates…"),
            on_finished=self._refresh_done,
            show_progress=not self._loaded_once,
        )

    def _refresh_done(self) -> None:
        self._refreshing = False
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _refresh_failed(self, error: BaseException) -> None:
        self.message.show_refusal(lambda: errors.describe(error))

    def _show(self, snapshot: Snapshot, generation: int) -> None:
        if generation != self._generation:
            return  # a newer fetch is on its way
        self._loaded_once = True
        changed = snapshot.session.state is not self.session.state
        self.session = snapshot.session
        selected = {row.candidate_id for row in self.selected()}
        self.model.update_rows(snapshot.rows, self.now())
        if {row.candidate_id for row in self.selected()} != selected:
            self._select_ids(selected)  # the rows were reset: the same candidates stay selected
        self.anomalies = self._relevant(snapshot.anomalies)
        self._retranslate_banner()
        self._retranslate_counts()
        self._retranslate_session()
        self._update_actions()
        self.tick()
        if self.session.state is SessionState.CLOSED:
            self.refresh_timer.stop()  # nothing changes in a closed session any more (R-PV-4)
        if changed:
            self.session_changed.emit(self.session)
        self.refreshed.emit()

    def _relevant(self, anomalies: list[Event]) -> list[Event]:
        """R-TIME-10: the clock anomalies of the session's day, and of today."""
        days: set[date] = {self.session.date, self.now().astimezone(AMSTERDAM).date()}
        return [e for e in anomalies if e.wall_utc.astimezone(AMSTERDAM).date() in days]

    def fit_columns(self) -> None:
        """Every column as wide as its contents; the accommodations give up room (their tooltip has all) or
        take what is left."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        # The remaining time never changes width as it ticks: room for "10:00:00".
        header.resizeSection(
            DashboardColumn.REMAINING,
            header.sectionSize(DashboardColumn.REMAINING) + metrics.horizontalAdvance("0") * 2,
        )
        column = DashboardColumn.ACCOMMODATIONS
        excess = header.length() - self.table.viewport().width()
        least = metrics.averageCharWidth() * MIN_ACCOMMODATION_CHARS
        if excess > 0 and header.sectionSize(column) > least:
            header.resizeSection(column, max(least, header.sectionSize(column) - excess))
        elif excess < 0:
            header.resizeSection(column, header.sectionSize(column) - excess)  # room to spare goes here

    # --- selection -------------------------------------------------------------------------------------------

    def selected(self) -> list[CandidateStatus]:
        """The selected candidates, in the order the table shows them."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(CANDIDATE_ROLE) for index in rows if index.data(CANDIDATE_ROLE) is not None]

    def one(self) -> CandidateStatus | None:
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def select(self, *numbers: str) -> None:
        """Select the candidates with these candidate numbers (and nothing else)."""
        ids = {row.candidate_id for row in self.model.rows() if row.number in numbers}
        self._select_ids(ids)

    def _select_ids(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            status = index.data(CANDIDATE_ROLE)
            if status is not None and status.candidate_id in ids:
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        state = one.clock.state if one is not None else None
        running = self.running()
        not_started = [s for s in chosen if s.clock.state is ClockState.NOT_STARTED]
        allowed = {
            Act.BSN_CHECK: one is not None
            and state is ClockState.NOT_STARTED
            and one.bsn_checked is not False,
            # R-BSN-4: after a mismatch only the examensecretaris corrects the roster.
            Act.ROSTER: one is not None
            and state is ClockState.NOT_STARTED
            and one.bsn_checked is False
            and self.actor.has(Role.EXAMENSECRETARIS),
            Act.START: bool(not_started),
            Act.LATE_START: bool(not_started),
            Act.PAUSE: state in ACTIVE,
            Act.EXTENSION: state in (ClockState.NOT_STARTED, *ACTIVE),
            Act.STORING: state in ACTIVE or (one is not None and one.open_storing is not None),
            Act.COMPENSATION: state in ACTIVE and one is not None and one.storingen > 0,
            Act.HAND_IN: state in ACTIVE,
            Act.LEFT_EARLY: state in ACTIVE,
            Act.ABSENT: bool(not_started),
            Act.MELDING: True,
            Act.IRREGULARITY: True,
            Act.REMARK: True,
            Act.CORRECTION: True,
            Act.CLOSE: True,
        }
        for act, action in self.actions_by_key.items():
            action.setEnabled(running and allowed[act])
            self.buttons[act].setEnabled(action.isEnabled())
        self._retranslate_actions()

    # --- actions ---------------------------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[], Any],
        notice: Callable[[Any], str] | None,
        label: str,
        then: Callable[[Any], None] | None = None,
        overridable: OverriddenAction | None = None,
    ) -> None:
        """Run one service call; then say what was recorded (or why not) and fetch the dashboard again.
        A refusal the examensecretaris may override opens the override dialog with ``overridable``."""

        def succeeded(result: Any) -> None:
            if notice is not None:
                text = notice(result)
                self.message.show_notice(lambda: text)
            if then is not None:
                then(result)
            self.refresh()

        def failed(error: BaseException) -> None:
            self.message.show_refusal(lambda: errors.describe(error))
            self.refresh()
            if overridable is not None and isinstance(error, sessions.OverridableRefusal):
                self.open_override(errors.describe(error), overridable, notice)

        run_task(self, work, succeeded, failed, label=label)

    def open_override(
        self, refusal: str, action: OverriddenAction, notice: Callable[[Any], str] | None = None
    ) -> QDialog:
        """Where a refusal names the override: the examensecretaris decides, with a reason."""
        dialog = OverrideDialog(self.station, self.actor, self.session.id, self.one(), refusal, action, self)
        return self._open(dialog, notice)

    def _open(self, dialog: QDialog, notice: Callable[[Any], str] | None = None) -> QDialog:
        """Open a dialog; when it records something, say so and fetch the dashboard again."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def completed(result: Any) -> None:
            if notice is not None:
                text = notice(result)
                self.message.show_notice(lambda: text)
            self.refresh()

        dialog.completed.connect(completed)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _result: self.table.setFocus())
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _recorded(self, candidate: CandidateStatus, what: str) -> Callable[[Any], str]:
        def text(_result: Any) -> str:
            return QCoreApplication.translate("Dashboard", "{candidate}: {what}").format(
                candidate=candidate_label(candidate), what=what
            )

        return text

    def open_bsn_check(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.actions_by_key[Act.BSN_CHECK].isEnabled():
            return None
        dialog = BsnCheckDialog(self.station, self.actor, self.session.id, one, self)

        def notice(event: Any) -> str:
            outcome = (
                QCoreApplication.translate("Dashboard", "BSN check recorded: matches.")
                if event.payload.get("match")
                else QCoreApplication.translate(
                    "Dashboard",
                    "BSN check recorded: does not match. The candidate cannot start until the examensecretaris "
                    "has corrected the roster and the check is done again.",
                )
            )
            return self._recorded(one, outcome)(event)

        return self._open(dialog, notice)

    def open_roster_correction(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.actions_by_key[Act.ROSTER].isEnabled():
            return None
        return self._open(
            RosterCorrectionDialog(self.station, self.actor, self.session.id, one, self),
            self._recorded(
                one,
                QCoreApplication.translate("Dashboard", "roster corrected. Do the BSN check again."),
            ),
        )

    def start_selected(self, late_arrival: bool = False) -> None:
        """Start every selected candidate who has not started (R-BSN-4: only after a recorded match)."""
        chosen = [s for s in self.selected() if s.clock.state is ClockState.NOT_STARTED]
        if not chosen or not self.running():
            return
        station, actor, session_id = self.station, self.actor, self.session.id

        def work() -> StartOutcome:
            started: list[CandidateStatus] = []
            refused: list[BaseException] = []
            for candidate in chosen:
                try:
                    sessions.start_candidate(
                        station, actor, session_id, candidate.candidate_id, late_arrival=late_arrival
                    )
                except Exception as error:  # noqa: BLE001 - each refusal is shown; a bug is logged below
                    refused.append(error)
                else:
                    started.append(candidate)
            return StartOutcome(started, refused)

        def done(outcome: StartOutcome) -> None:
            for error in outcome.refused:
                if not isinstance(error, ExamdeskError):
                    errors.log_bug(error, "start candidate")
            if outcome.refused:
                sentences = [errors.describe(error) for error in outcome.refused]
                if outcome.started:
                    sentences.append(
                        QCoreApplication.translate("Dashboard", "Started: {names}.").format(
                            names=", ".join(candidate_label(c) for c in outcome.started)
                        )
                    )
                text = " ".join(sentences)
                self.message.show_refusal(lambda: text)
                late = [e for e in outcome.refused if isinstance(e, sessions.OverridableRefusal)]
                if len(chosen) == 1 and late:  # R-TIME-8: a start past the limit, only by override
                    cid = chosen[0].candidate_id
                    self.open_override(
                        errors.describe(late[0]),
                        lambda o: sessions.start_candidate(station, actor, session_id, cid, override=o),
                    )
            elif outcome.started:
                names = ", ".join(candidate_label(c) for c in outcome.started)
                at = local_time_text(self.now())
                text = (
                    QCoreApplication.translate("Dashboard", "Started as a late arrival at {time}: {names}.")
                    if late_arrival
                    else QCoreApplication.translate("Dashboard", "Started at {time}: {names}.")
                ).format(time=at, names=names)
                self.message.show_notice(lambda: text)

        self._run(work, None, QCoreApplication.translate("Dashboard", "Starting…"), done)

    def pause_or_resume(self) -> None:
        """R-TIME-5: a supervised pause stops the clock; resuming may call for a CvTE consult."""
        one = self.one()
        if one is None or not self.running():
            return
        station, actor, sid, cid = self.station, self.actor, self.session.id, one.candidate_id
        if one.clock.state is ClockState.RUNNING:
            self._run(
                lambda: sessions.pause_candidate(station, actor, sid, cid),
                lambda event: self._recorded(
                    one,
                    QCoreApplication.translate(
                        "Dashboard", "paused at {time}; the clock stands still."
                    ).format(time=local_time_text(event.wall_utc)),
                )(event),
                QCoreApplication.translate("Dashboard", "Pausing…"),
                overridable=lambda o: sessions.pause_candidate(
                    station, actor, sid, cid, override=o
                ),  # R-TIME-5
            )
        elif one.clock.state is ClockState.PAUSED:

            def resumed(result: tuple[Event, bool]) -> None:
                if result[1]:
                    self.open_consult(one)

            self._run(
                lambda: sessions.resume_candidate(station, actor, sid, cid),
                lambda result: self._recorded(
                    one,
                    QCoreApplication.translate("Dashboard", "back at work at {time}.").format(
                        time=local_time_text(result[0].wall_utc)
                    ),
                )(result),
                QCoreApplication.translate("Dashboard", "Resuming…"),
                resumed,
            )

    def open_consult(self, candidate: CandidateStatus) -> QDialog:
        return self._open(
            ConsultDialog(self.station, self.actor, self.session.id, candidate, self),
            self._recorded(candidate, QCoreApplication.translate("Dashboard", "CvTE consult recorded.")),
        )

    def open_extension(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.actions_by_key[Act.EXTENSION].isEnabled():
            return None
        return self._open(
            ExtensionDialog(self.station, self.actor, self.session.id, one, self),
            lambda event: self._recorded(
                one,
                QCoreApplication.translate("Dashboard", "{minutes} min extra time given.").format(
                    minutes=event.payload.get("minutes")
                ),
            )(event),
        )

    def open_storing(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.actions_by_key[Act.STORING].isEnabled():
            return None
        if one.open_storing is not None:
            return self._open(
                EndStoringDialog(self.station, self.actor, self.session.id, one, self),
                self._recorded(
                    one,
                    QCoreApplication.translate(
                        "Dashboard",
                        "storing ended. Give compensation with Compensation (C) if time was lost.",
                    ),
                ),
            )
        return self._open(
            StartStoringDialog(self.station, self.actor, self.session.id, one, self),
            self._recorded(one, QCoreApplication.translate("Dashboard", "storing begun; the clock goes on.")),
        )

    def open_compensation(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.actions_by_key[Act.COMPENSATION].isEnabled():
            return None
        return self._open(
            CompensationDialog(self.station, self.actor, self.session.id, one, self),
            lambda event: self._recorded(
                one,
                QCoreApplication.translate("Dashboard", "{minutes} min compensation given.").format(
                    minutes=int(event.payload.get("seconds", 0)) // 60
                ),
            )(event),
        )

    def confirm(self, text: str, yes_text: str, then: Callable[[], None]) -> QMessageBox:
        """Ask before an action that cannot be undone; the confirming button is the default."""
        box = QMessageBox(self)
        box.setObjectName("confirmBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("examdesk")
        box.setText(text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Dashboard", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        without_icons(box)
        box.setAccessibleName(text)

        def finished(_result: int) -> None:
            if box.clickedButton() is yes:
                then()

        box.finished.connect(finished)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()
        self.dialog_opened.emit(box)
        return box

    def hand_in(self) -> QMessageBox | None:
        one = self.one()
        if one is None or one.clock.state not in ACTIVE or not self.running():
            return None
        station, actor, sid, cid = self.station, self.actor, self.session.id, one.candidate_id

        def go() -> None:
            self._run(
                lambda: sessions.hand_in(station, actor, sid, cid),
                lambda event: self._recorded(
                    one,
                    QCoreApplication.translate("Dashboard", "handed in at {time}.").format(
                        time=local_time_text(event.wall_utc)
                    ),
                )(event),
                QCoreApplication.translate("Dashboard", "Recording the hand-in…"),
            )

        return self.confirm(
            QCoreApplication.translate(
                "Dashboard", "{candidate} hands in now. Their exam ends; this cannot be undone."
            ).format(candidate=candidate_label(one)),
            QCoreApplication.translate("Dashboard", "Hand in"),
            go,
        )

    def open_left_early(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.actions_by_key[Act.LEFT_EARLY].isEnabled():
            return None

        def notice(event: Any) -> str:
            if event.payload.get("ill"):
                # R-IRR-4: illness offers an irregularity case (wettige verhindering).
                if self.actor.has(Role.EXAMENSECRETARIS):
                    QTimer.singleShot(0, lambda: self.open_case_for(event))
                    what = QCoreApplication.translate(
                        "Dashboard", "left early, ill. Open the irregularity case now, or later under Cases."
                    )
                else:
                    what = QCoreApplication.translate(
                        "Dashboard",
                        "left early, ill. The examensecretaris can open an irregularity case for this "
                        "(wettige verhindering) under Cases; tell them now.",
                    )
                return self._recorded(one, what)(event)
            return self._recorded(one, QCoreApplication.translate("Dashboard", "left early."))(event)

        return self._open(LeftEarlyDialog(self.station, self.actor, self.session.id, one, self), notice)

    def open_case_for(self, event: Event) -> QDialog:
        """R-IRR-4: the examensecretaris opens the case for a candidate who left ill, from this entry."""
        from examdesk.ui.cases.dialogs import OpenCaseDialog

        dialog = OpenCaseDialog(
            self.station, self.actor, self, session_id=self.session.id, source_event=event.id
        )
        return self._open(
            dialog,
            lambda case_id: QCoreApplication.translate(
                "Dashboard", "Irregularity case {case} opened; follow it under Cases."
            ).format(case=case_id),
        )

    def mark_absent(self) -> QMessageBox | None:
        chosen = [s for s in self.selected() if s.clock.state is ClockState.NOT_STARTED]
        if not chosen or not self.running():
            return None
        station, actor, sid = self.station, self.actor, self.session.id
        names = ", ".join(candidate_label(c) for c in chosen)

        def go() -> None:
            def work() -> None:
                for candidate in chosen:
                    sessions.mark_absent(station, actor, sid, candidate.candidate_id)

            self._run(
                work,
                lambda _: QCoreApplication.translate("Dashboard", "Absent: {names}.").format(names=names),
                QCoreApplication.translate("Dashboard", "Recording the absence…"),
            )

        return self.confirm(
            QCoreApplication.translate(
                "Dashboard", "Record as absent: {names}. They cannot start after this."
            ).format(names=names),
            QCoreApplication.translate("Dashboard", "Absent"),
            go,
        )

    def open_melding(self) -> QDialog | None:
        if not self.running():
            return None
        return self._open(
            MeldingDialog(self.station, self.actor, self.session.id, self.one(), self),
            lambda _: QCoreApplication.translate("Dashboard", "Melding recorded."),
        )

    def open_irregularity(self) -> QDialog | None:
        if not self.running():
            return None
        return self._open(
            IrregularityDialog(self.station, self.actor, self.session.id, self.one(), self),
            lambda _: QCoreApplication.translate("Dashboard", "Irregularity recorded."),
        )

    def open_remark(self) -> QDialog | None:
        if not self.running():
            return None
        return self._open(
            RemarkDialog(self.station, self.actor, self.session.id, self.one(), self),
            lambda _: QCoreApplication.translate("Dashboard", "Remark recorded."),
        )

    def open_correction(self) -> QDialog | None:
        if not self.running():
            return None
        return self._open(
            CorrectionDialog(self.station, self.actor, self.session.id, self.one(), self),
            lambda _: QCoreApplication.translate("Dashboard", "Correction recorded."),
        )

    def open_close(self) -> QDialog | None:
        if not self.running():
            return None
        return self._open(
            CloseSessionDialog(self.station, self.actor, self.session, self),
            lambda _: QCoreApplication.translate(
                "Dashboard", "The session is closed. Its proces-verbaal is complete."
            ),
        )

    # --- texts ------------------------------------------------------------------------------------------------

    def _retranslate_session(self) -> None:
        session = self.session
        self.title.setText(
            QCoreApplication.translate("Dashboard", "{group} ({code})").format(
                group=session.group_name, code=session.group_code
            )
        )
        self.facts.setText(
            QCoreApplication.translate(
                "Dashboard",
                "{exam} · {date} from {time} · {location} · surveillants: {surveillants} · {state}",
            ).format(
                exam=session.exam_title,
                date=date_text(session.date),
                time=session.start_time,
                location=session_location_text(session),
                surveillants=", ".join(session.surveillants),
                state=self._session_state_text(),
            )
        )
        self.title.setAccessibleName(self.title.text())
        self.facts.setAccessibleName(self.facts.text())

    def _session_state_text(self) -> str:
        if self.session.state is SessionState.CLOSED:
            return QCoreApplication.translate("Dashboard", "closed: nothing can be recorded here any more")
        if self.session.state is SessionState.PLANNED:
            return QCoreApplication.translate("Dashboard", "not started yet")
        return QCoreApplication.translate("Dashboard", "running")

    def _retranslate_banner(self) -> None:
        anomalies = self.anomalies
        if not anomalies:
            self.banner.clear_error()
            return

        def text() -> str:
            last = anomalies[-1]
            seconds = round(float(last.payload.get("jump_back_seconds", 0)))
            return QCoreApplication.translate(
                "Dashboard",
                "Clock warning: the computer's clock went back {seconds} seconds at {time} ({count} time(s) "
                "today). The station recorded it. Remaining times follow the event log; check the clock with "
                "the examensecretaris.",
            ).format(seconds=seconds, time=local_time_text(last.wall_utc), count=len(anomalies))

        self.banner.show_text(text)

    def _retranslate_counts(self) -> None:
        rows = self.model.rows()
        counts: dict[ClockState, int] = {}
        for row in rows:
            counts[row.clock.state] = counts.get(row.clock.state, 0) + 1
        parts = [count_text("candidates", len(rows))]
        parts += [f"{count} {state_text(state)}" for state, count in counts.items()]
        self.counts_label.setText(" · ".join(parts))
        self.counts_label.setAccessibleName(self.counts_label.text())

    def _key_text(self, act: Act) -> str:
        return QKeySequence(KEYS[act]).toString(QKeySequence.SequenceFormat.NativeText)

    def _retranslate_actions(self) -> None:
        one = self.one()
        chosen = self.selected()
        not_started = sum(1 for s in chosen if s.clock.state is ClockState.NOT_STARTED)
        words: dict[Act, str] = {
            Act.BSN_CHECK: QCoreApplication.translate("Dashboard", "BSN check"),
            Act.ROSTER: QCoreApplication.translate("Dashboard", "Correct BSN"),
            Act.START: (
                QCoreApplication.translate("Dashboard", "Start {count} candidates").format(count=not_started)
                if not_started > 1
                else QCoreApplication.translate("Dashboard", "Start")
            ),
            Act.LATE_START: QCoreApplication.translate("Dashboard", "Late arrival"),
            Act.PAUSE: (
                QCoreApplication.translate("Dashboard", "Resume")
                if one is not None and one.clock.state is ClockState.PAUSED
                else QCoreApplication.translate("Dashboard", "Pause")
            ),
            Act.EXTENSION: QCoreApplication.translate("Dashboard", "Extra time"),
            Act.STORING: (
                QCoreApplication.translate("Dashboard", "End storing")
                if one is not None and one.open_storing is not None
                else QCoreApplication.translate("Dashboard", "Storing")
            ),
            Act.COMPENSATION: QCoreApplication.translate("Dashboard", "Compensation"),
            Act.HAND_IN: QCoreApplication.translate("Dashboard", "Hand in"),
            Act.LEFT_EARLY: QCoreApplication.translate("Dashboard", "Left early"),
            Act.ABSENT: QCoreApplication.translate("Dashboard", "Absent"),
            Act.MELDING: QCoreApplication.translate("Dashboard", "Melding (VOV)"),
            Act.IRREGULARITY: QCoreApplication.translate("Dashboard", "Irregularity"),
            Act.REMARK: QCoreApplication.translate("Dashboard", "Remark"),
            Act.CORRECTION: QCoreApplication.translate("Dashboard", "Correction"),
            Act.CLOSE: QCoreApplication.translate("Dashboard", "Close session"),
        }
        tips: dict[Act, str] = {
            Act.BSN_CHECK: QCoreApplication.translate(
                "Dashboard", "Show the BSN large for the candidate to compare with their ID document"
            ),
            Act.ROSTER: QCoreApplication.translate(
                "Dashboard",
                "After a mismatch: correct the BSN on the roster (examensecretaris), then check again",
            ),
            Act.START: QCoreApplication.translate(
                "Dashboard", "Start the clock of the selected candidates (after a BSN match)"
            ),
            Act.LATE_START: QCoreApplication.translate(
                "Dashboard", "Start a late arrival: their time ends as if they had started on time"
            ),
            Act.PAUSE: QCoreApplication.translate("Dashboard", "A supervised pause stops the clock"),
            Act.EXTENSION: QCoreApplication.translate(
                "Dashboard", "Give extra time, up to what the roster grants"
            ),
            Act.STORING: QCoreApplication.translate(
                "Dashboard", "Record the start or end of a storing (malfunction)"
            ),
            Act.COMPENSATION: QCoreApplication.translate(
                "Dashboard", "Give back the time an ended storing cost"
            ),
            Act.HAND_IN: QCoreApplication.translate("Dashboard", "The candidate hands in their work"),
            Act.LEFT_EARLY: QCoreApplication.translate(
                "Dashboard", "The candidate leaves before their time is up"
            ),
            Act.ABSENT: QCoreApplication.translate("Dashboard", "The candidate did not come"),
            Act.MELDING: QCoreApplication.translate(
                "Dashboard", "A melding for the verklaring van ordentelijk verloop (VOV)"
            ),
            Act.IRREGULARITY: QCoreApplication.translate(
                "Dashboard", "Record an irregularity (categories a to f, or other)"
            ),
            Act.REMARK: QCoreApplication.translate("Dashboard", "A remark for the proces-verbaal"),
            Act.CORRECTION: QCoreApplication.translate(
                "Dashboard", "Correct an earlier event: it stays as recorded, the correction names it"
            ),
            Act.CLOSE: QCoreApplication.translate(
                "Dashboard", "Close the session: every surveillant confirms with their password"
            ),
        }
        for act, button in self.buttons.items():
            keys = self._key_text(act)
            button.setText(
                QCoreApplication.translate("Dashboard", "{action} ({keys})").format(
                    action=words[act], keys=keys
                )
            )
            button.setAccessibleName(words[act])
            tip = QCoreApplication.translate("Dashboard", "{tip} ({keys})").format(tip=tips[act], keys=keys)
            button.setToolTip(tip)
            self.actions_by_key[act].setText(words[act])
            self.actions_by_key[act].setToolTip(tip)
        if not self.running():
            selection = QCoreApplication.translate(
                "Dashboard", "Nothing can be recorded: the session is {state}."
            ).format(state=self._session_state_text())
        elif one is not None:
            selection = QCoreApplication.translate("Dashboard", "Selected: {candidate} ({state})").format(
                candidate=candidate_label(one), state=state_text(one.clock.state)
            )
        elif chosen:
            selection = QCoreApplication.translate("Dashboard", "Selected: {count}").format(
                count=count_text("candidates", len(chosen))
            )
        else:
            selection = QCoreApplication.translate(
                "Dashboard",
                "Select a candidate in the table (several with Ctrl or Shift to start them together).",
            )
        self.selection_label.setText(selection)
        self.selection_label.setAccessibleName(selection)
        self.session_label.setText(QCoreApplication.translate("Dashboard", "Session:"))
        pv_words = QCoreApplication.translate("Dashboard", "Proces-verbaal")
        self.pv_button.setText(
            QCoreApplication.translate("Dashboard", "{action} ({keys})").format(
                action=pv_words, keys=QKeySequence("Ctrl+P").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.pv_button.setAccessibleName(pv_words)
        self.pv_button.setToolTip(
            QCoreApplication.translate(
                "Dashboard",
                "The session's proces-verbaal so far: timelines and every recorded event (Ctrl+P)",
            )
        )
        self.candidate_grid.reflow()
        self.session_grid.reflow()

    def _text_size_changed(self, _font: QFont) -> None:
        """The in-app zoom or the system's text size changed: the explicitly sized texts follow (after the
        style sheet's re-polish, see ``style.apply``)."""
        QTimer.singleShot(0, self, self._apply_text_size)

    def _apply_text_size(self) -> None:
        self.now_label.setFont(fixed_font(NOW_POINT_SIZE))
        self.model.refresh_fonts()
        self.fit_timer.start()

    def retranslate(self) -> None:
        self.back_button.setText(
            QCoreApplication.translate("Dashboard", "← Sessions ({keys})").format(
                keys=QKeySequence("Alt+Left").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.back_button.setAccessibleName(QCoreApplication.translate("Dashboard", "Back to the sessions"))
        self.now_caption.setText(QCoreApplication.translate("Dashboard", "Time now"))
        self.now_label.setAccessibleName(QCoreApplication.translate("Dashboard", "Time now"))
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("Dashboard", "Filter by name or number (Ctrl+F)")
        )
        self.filter_edit.setAccessibleName(QCoreApplication.translate("Dashboard", "Filter candidates"))
        self.table.setAccessibleName(QCoreApplication.translate("Dashboard", "Candidates and their clocks"))
        self.table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("Dashboard", "Columns of the candidates table")
        )
        self.model.retranslate()
        self._retranslate_session()
        self._retranslate_banner()
        self._retranslate_counts()
        self._retranslate_actions()
