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

from datetime import date, datetime
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from examdesk.core.clock import ClockState
from examdesk.core.roles import Role
from examdesk.services.actors import SignedIn
from examdesk.services.events import Event
from examdesk.services.sessions import CandidateStatus, SessionState, SessionSummary
from examdesk.services.sessions import snapshot as dashboard_snapshot
from examdesk.services.sessions.snapshot import DashboardSnapshot
from examdesk.services.station import Station
from examdesk.ui import errors, read_only
from examdesk.ui.formats import AMSTERDAM
from examdesk.ui.models.dashboard import (
    CANDIDATE_ROLE,
    DashboardColumn,
    DashboardFilter,
    DashboardModel,
)
from examdesk.ui.proctor.acts import ACTS, CANDIDATE_ACTS, SESSION_ACTS, SPECS, Act, Selection
from examdesk.ui.proctor.alerts import Alert, AlertKind, TimeAlerts
from examdesk.ui.proctor.dashboard_actions import DashboardActions
from examdesk.ui.proctor.dashboard_table import DashboardTable
from examdesk.ui.proctor.dashboard_texts import DashboardTexts
from examdesk.ui.proctor.dialogs import candidate_label
from examdesk.ui.proctor.room_view import RoomScroll, RoomView
from examdesk.ui.style import fixed_font
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.button_rows import ButtonRows
from examdesk.ui.widgets.common import (
    InlineError,
    Retranslating,
    local_action,
    plain,
    window_action,
)
from examdesk.ui.widgets.elided_label import ElidedLabel
from examdesk.ui.widgets.message_bar import MessageBar

TICK_MS = 1000
REFRESH_MS = 15_000
ROW_HEIGHT = 32

ACTIVE = (ClockState.RUNNING, ClockState.PAUSED)


NOW_POINT_SIZE = 22


class Dashboard(DashboardActions, DashboardTexts, Retranslating, QWidget):
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
        self.back_action = window_action(self, "Alt+Left", self.back_requested.emit)
        # One line each, shortened with "…" when short of room (the whole text in the tooltip): on a laptop
        # at large print the table keeps its rows (issue 15).
        self.title = ElidedLabel()
        self.title.setProperty("heading", "2")
        self.facts = ElidedLabel()
        self.facts.setProperty("muted", "true")
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
        top.insertWidget(2, self.filter_edit, 1, Qt.AlignmentFlag.AlignBottom)
        self.filter_edit.returnPressed.connect(self._to_first_match)
        self.filter_edit.installEventFilter(self)
        self.filter_action = window_action(self, "Ctrl+F", self._focus_filter)
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
        # One table of acts (acts.ACTS) gives each its key, button and handler. The keys work anywhere in the
        # window while the dashboard is in sight (the header's language switch and menus included), and are
        # always taken: a key whose action is not allowed says why and changes nothing (issue 15).
        self.actions_by_key: dict[Act, QAction] = {}
        self.buttons: dict[Act, QPushButton] = {}
        for spec in ACTS:
            action = window_action(self, spec.key, partial(self.trigger, spec.act))
            button = QPushButton()
            button.setObjectName(f"act_{spec.act.value}")
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            self.actions_by_key[spec.act] = action
            self.buttons[spec.act] = button
        self.buttons[Act.CLOSE].setProperty("primary", "true")
        # Issue 13: in a read-only window every act's button stays off; its key is taken and says why.
        read_only.hold(station, *self.buttons.values())
        # The session's proces-verbaal as it is written (R-PV-1): a view of its own, reached from here.
        self.pv_button = QPushButton()
        self.pv_button.setObjectName("openProcesVerbaal")
        self.pv_button.setAutoDefault(False)
        self.pv_action = local_action(self, "Ctrl+P", self.proces_verbaal_requested.emit)
        self.pv_button.clicked.connect(self.pv_action.trigger)
        # The room view (F10): large times, who needs attention first; the table stays for editing.
        self.room = RoomView(self.model)
        self.room_scroll = RoomScroll(self.room)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.room_scroll)
        self.room_button = QPushButton()
        self.room_button.setObjectName("roomViewButton")
        self.room_button.setAutoDefault(False)
        self.room_button.setCheckable(True)
        self.room_action = window_action(self, "F10", self.toggle_room_view)
        self.room_button.clicked.connect(self.room_action.trigger)
        self.alerts = TimeAlerts()
        self.sound = False  # a beep with each alert, for who wants it
        self.selection_label = plain(QLabel())
        self.selection_label.setObjectName("selectionLabel")
        self.session_label = plain(QLabel())
        self.session_label.setProperty("muted", "true")
        self.selection_label.setWordWrap(True)
        # Candidate actions below the table, where the eye is after choosing a row; the session's actions
        # beside the filter, above it. Both wrap onto more rows when longer texts or large print need it.
        self.candidate_grid = ButtonRows([self.buttons[act] for act in CANDIDATE_ACTS])
        self.candidate_grid.setObjectName("candidateActions")
        self.session_grid = ButtonRows(
            [self.room_button, self.pv_button, *(self.buttons[act] for act in SESSION_ACTS)]
        )
        self.session_grid.setObjectName("sessionActions")
        labels = QHBoxLayout()
        labels.addWidget(self.selection_label, 1)
        labels.addWidget(self.counts_label)
        actions_box = QVBoxLayout()
        actions_box.setSpacing(6)
        actions_box.addLayout(labels)
        actions_box.addWidget(self.candidate_grid)
        # On a 1366×768 laptop every row of the table counts: the filter sits in the title's row and the
        # session's actions have a row of their own (issue 15).
        self.session_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.session_grid)
        layout.addWidget(self.views, 1)
        # Below the table, in room kept for them: a message never moves a row under the mouse (issue 15).
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
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

    def candidates_text(self, count: int) -> str:
        """``1 candidate``, ``2 candidates``: Qt's numerus forms, in either language."""
        return self.tr("%n candidate(s)", "", count)

    def times_today(self, count: int) -> str:
        return self.tr("%n time(s) today", "", count)

    def _to_first_match(self) -> None:
        """Enter (or ↓) in the filter: the first candidate it keeps is selected, the focus in the table
        (issue 15, #12: a single match could not be reached from the keyboard)."""
        if self.proxy.rowCount() == 0:
            return
        first = self.proxy.index(0, DashboardColumn.NUMBER)
        self.table.selectionModel().setCurrentIndex(
            first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._to_first_match()
            return True
        return super().eventFilter(watched, event)

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
        if self.room_scroll.isVisible():
            self.room.tick()
        self._alert(self.alerts.check(self.model.rows(), now))
        if self.model.tick(now) and self.running():
            self.refresh()  # a time ran out: record it (R-TIME-9) and show the new state

    def toggle_room_view(self) -> None:
        """F10: the room view for reading from a distance, or the table for editing."""
        room = self.views.currentWidget() is not self.room_scroll
        self.views.setCurrentWidget(self.room_scroll if room else self.table)
        self.room_button.setChecked(room)
        if room:
            self.room.rows_changed()
        else:
            self.table.setFocus()

    def _alert(self, alerts: list[Alert]) -> None:
        """Five minutes left, or time up: said in the message bar (and with a beep when sound is on)."""
        if not alerts:
            return
        labels = ", ".join(candidate_label(alert.candidate) for alert in alerts)
        if any(alert.kind is AlertKind.TIME_UP for alert in alerts):
            text = QCoreApplication.translate("Dashboard", "Time is up: {names}.").format(names=labels)
        else:
            text = QCoreApplication.translate("Dashboard", "Five minutes left: {names}.").format(names=labels)
        self.message.show_warning(lambda: text)
        if self.sound:
            QApplication.beep()

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

        def fetch() -> DashboardSnapshot:
            return dashboard_snapshot.snapshot(station, actor, session_id)

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

    def _show(self, snapshot: DashboardSnapshot, generation: int) -> None:
        if generation != self._generation:
            return  # a newer fetch is on its way
        self._loaded_once = True
        changed = snapshot.session.state is not self.session.state
        self.session = snapshot.session
        selected = {row.candidate_id for row in self.selected()}
        self.model.update_rows(snapshot.rows, self.now())
        if self.room_scroll.isVisible():
            self.room.rows_changed()
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
        self.table.fit_columns()

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

    def selection(self) -> Selection:
        return Selection(
            chosen=self.selected(),
            running=self.running(),
            examensecretaris=self.actor.has(Role.EXAMENSECRETARIS),
            session_state=self.session_state_word(),
        )

    def refusal(self, act: Act) -> str | None:
        """Why ``act`` cannot be done for the selection now (core.actions decides), or None. A read-only
        window (issue 13) records nothing: every act says so."""
        if read_only.is_read_only(self.station):
            return read_only.tip()
        return SPECS[act].check(self.selection())

    def allowed(self, act: Act) -> bool:
        return self.refusal(act) is None

    def trigger(self, act: Act) -> object:
        """An action's key or button: done when allowed; otherwise the message bar says why, nothing moves."""
        said = self.refusal(act)
        if said is not None:
            self.message.show_refusal(lambda: said)
            return None
        return getattr(self, SPECS[act].handler)()

    def _update_actions(self) -> None:
        selection = self.selection()
        for spec in ACTS:  # a read-only window's buttons are held off (read_only.hold)
            self.buttons[spec.act].setEnabled(spec.check(selection) is None)
        self._retranslate_actions()

    def _text_size_changed(self, _font: QFont) -> None:
        """The in-app zoom or the system's text size changed: the explicitly sized texts follow (after the
        style sheet's re-polish, see ``style.apply``)."""
        QTimer.singleShot(0, self, self._apply_text_size)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A new style sheet (high contrast on or off) re-polishes the clock with the application's font, which
        is not a font change: the explicitly sized texts are set again after it (issue 15, finding 12)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
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
