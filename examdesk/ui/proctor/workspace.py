"""The Proctor workspace (Surveilleren): the exam sessions on this station, and the dashboard of the one
being run. A planned session is started here (R-SES-2 is checked then); the examensecretaris also plans
sessions here. With exactly one running session the dashboard opens by itself. The proces-verbaal of a
session opens from the list or from its dashboard, and goes back to where it came from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from examdesk import i18n
from examdesk.core.roles import Role
from examdesk.services import sessions
from examdesk.services.actors import SignedIn
from examdesk.services.sessions import SessionState, SessionSummary, planning
from examdesk.services.station import Station
from examdesk.ui import errors, read_only
from examdesk.ui.dialogs.plan_session import PlanSessionDialog
from examdesk.ui.models.sessions import SESSION_ROLE, SessionColumn, SessionTableModel
from examdesk.ui.proces_verbaal.view import ProcesVerbaalView
from examdesk.ui.proctor.dashboard import Dashboard
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, local_action, paragraph, primary
from examdesk.ui.widgets.empty_state import EmptyState
from examdesk.ui.widgets.tables import FittedTable


def title() -> str:
    return QCoreApplication.translate("ProctorWorkspace", "Proctor")


def _keys(text: str) -> str:
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)


class ProctorWorkspace(Retranslating, QWidget):
    """Running exam sessions; for the surveillant and the examensecretaris (R-ROLE-2)."""

    sessions_shown = Signal()
    dashboard_opened = Signal(object)  # the Dashboard
    proces_verbaal_opened = Signal(object)  # the ProcesVerbaalView

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        parent: QWidget | None = None,
        *,
        auto_open: bool = True,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self.auto_open = auto_open
        self.may_plan = actor.has(Role.EXAMENSECRETARIS)
        self.dashboard: Dashboard | None = None
        self.proces_verbaal: ProcesVerbaalView | None = None
        self.plan_dialog: PlanSessionDialog | None = None
        self.override_dialog: QDialog | None = None  # the examensecretaris starting past R-SES-2/3

        self.empty = EmptyState()
        self.empty_plan_button = primary(QPushButton(self))
        self.empty_plan_button.setObjectName("emptyPlanSessionButton")
        self.empty_plan_button.clicked.connect(self.open_plan_dialog)
        if self.may_plan:
            self.empty.add_action(self.empty_plan_button)
        else:
            self.empty_plan_button.hide()

        # --- the session picker ---
        self.picker = QWidget()
        self.picker.setObjectName("workspaceContent")
        self.picker_title = heading(2)
        self.picker_intro = paragraph(muted=True)
        self.error = InlineError()
        self.model = SessionTableModel(self)
        self.table = FittedTable(
            self.model,
            SessionColumn.GROUP,
            {SessionColumn.EXAM: 16, SessionColumn.GROUP: 24, SessionColumn.SURVEILLANTS: 14},
        )
        self.table.setObjectName("sessionsTable")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.open_button = primary(QPushButton())
        self.open_button.setObjectName("openSessionButton")
        self.open_button.clicked.connect(self.open_selected)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startSessionButton")
        self.start_button.clicked.connect(self.start_selected)
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("planSessionButton")
        self.plan_button.clicked.connect(self.open_plan_dialog)
        self.plan_button.setVisible(self.may_plan)
        self.pv_button = QPushButton()
        self.pv_button.setObjectName("openProcesVerbaalButton")
        self.pv_button.clicked.connect(self.open_selected_proces_verbaal)
        self.reports_button = QPushButton()
        self.reports_button.setObjectName("reportsButton")
        self.reports_button.clicked.connect(self.open_reports)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyReportButton")
        self.verify_button.clicked.connect(self.open_verify)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshSessionsButton")
        self.refresh_button.clicked.connect(self.refresh)
        self.shortcuts = {
            "start": local_action(self.picker, "Ctrl+Return", self.start_selected),
            "plan": local_action(self, "Ctrl+N", self.open_plan_dialog),
            "refresh": local_action(self.picker, "F5", self.refresh),
            "proces_verbaal": local_action(self.picker, "Ctrl+P", self.open_selected_proces_verbaal),
        }
        # Issue 13: a read-only window starts, plans and exports nothing (an export is recorded).
        read_only.hold(
            station,
            self.start_button,
            self.plan_button,
            self.empty_plan_button,
            self.reports_button,
            self.shortcuts["start"],
            self.shortcuts["plan"],
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.pv_button)
        buttons.addWidget(self.reports_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        # Planning and refreshing concern the list, not the chosen session: beside the title, so that the
        # session's five acts keep their whole labels on a 1366-pixel screen.
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.picker_title, 1)
        top.addWidget(self.plan_button)
        top.addWidget(self.refresh_button)
        picker_layout = QVBoxLayout(self.picker)
        picker_layout.setContentsMargins(16, 14, 16, 12)
        picker_layout.setSpacing(10)
        picker_layout.addLayout(top)
        picker_layout.addWidget(self.picker_intro)
        picker_layout.addWidget(self.error)
        picker_layout.addWidget(self.table, 1)
        picker_layout.addLayout(buttons)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.picker)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.retranslate()
        self._update_buttons()
        self.refresh()

    # --- the sessions ---------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None, open_it: bool = False) -> None:
        """Load the sessions in the background; then select ``select`` (and open it when asked)."""
        selected = self.selected()
        keep = select or (selected.id if selected is not None else None)
        station = self.station
        run_task(
            self,
            lambda: sessions.list_sessions(station),
            lambda found: self._show_sessions(found, keep, open_it),
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("ProctorWorkspace", "Loading the sessions…"),
        )

    def _show_sessions(self, found: list[SessionSummary], select: str | None, open_it: bool) -> None:
        self.error.clear_error()
        self.model.set_rows(found)
        if self.dashboard is None and self.proces_verbaal is None:
            self.pages.setCurrentWidget(self.picker if found else self.empty)
        row = self.model.row_of(select) if select else None
        running = [s for s in found if s.state is SessionState.RUNNING]
        if row is None and running:
            row = self.model.row_of(running[0].id)
        if row is None and found:
            row = 0
        if row is not None:
            self.select_session(found[row].id)
        self._update_buttons()
        self.sessions_shown.emit()
        if open_it and select is not None:
            self.open_session(select)
        elif self.auto_open and self.dashboard is None and self.proces_verbaal is None and len(running) == 1:
            self.auto_open = False  # once: going back to the list stays there
            self.open_session(running[0].id)

    def selected(self) -> SessionSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        summary: SessionSummary = self.model.data(rows[0], SESSION_ROLE)
        return summary

    def select_session(self, session_id: str) -> bool:
        row = self.model.row_of(session_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(chosen is not None and chosen.state is not SessionState.PLANNED)
        self.start_button.setEnabled(chosen is not None and chosen.state is SessionState.PLANNED)
        self.reports_button.setEnabled(chosen is not None and chosen.state is not SessionState.PLANNED)
        self.shortcuts["start"].setEnabled(self.start_button.isEnabled())
        self.pv_button.setEnabled(chosen is not None)
        self.shortcuts["proces_verbaal"].setEnabled(self.pv_button.isEnabled())

    def start_selected(self) -> None:
        """Start the planned session; refused with a sentence until R-SES-2 holds."""
        chosen = self.selected()
        if chosen is None or chosen.state is not SessionState.PLANNED:
            return
        station, actor, session_id = self.station, self.actor, chosen.id
        self.start_button.setEnabled(False)
        run_task(
            self,
            lambda: planning.start_check(station, actor, session_id),
            lambda check: self._start_checked(session_id, check),
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("ProctorWorkspace", "Starting the session…"),
            on_finished=self._update_buttons,
        )

    def _start_checked(self, session_id: str, check: planning.StartCheck) -> None:
        """R-SES-2, R-SES-3: say what is missing before anything is tried, and offer the examensecretaris's
        override (domain rules v2); R-SES-5: another day asks why."""
        reason = ""
        if check.other_day is not None:
            other_day = check.other_day
            reason = self.ask_other_day_reason(i18n.render(other_day))
            if not reason.strip():
                self.error.show_text(lambda: i18n.render(other_day))
                return
        if check.refusal is not None:
            refusal = check.refusal
            self.error.show_text(lambda: i18n.render(refusal))
            self.open_start_override(session_id, i18n.render(refusal), reason)
            return
        station, actor = self.station, self.actor
        self.start_button.setEnabled(False)
        run_task(
            self,
            lambda: planning.start_session(station, actor, session_id, other_day_reason=reason),
            lambda _: self.refresh(session_id, open_it=True),
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("ProctorWorkspace", "Starting the session…"),
            on_finished=self._update_buttons,
        )

    def open_start_override(self, session_id: str, refusal: str, other_day_reason: str = "") -> QDialog:
        """The off-site facts do not hold yet (R-SES-2, R-SES-3): the examensecretaris may start it anyway,
        signing with their name and a reason; the start and the override are recorded as theirs."""
        from examdesk.ui.proctor.override_dialog import OverrideDialog

        station = self.station

        def start(override: sessions.Override) -> None:
            planning.start_session(
                station,
                override.by,
                session_id,
                other_day_reason=other_day_reason,
                override_reason=override.reason,
            )

        dialog = OverrideDialog(station, self.actor, session_id, None, refusal, start, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.completed.connect(lambda _result: self._started_by_override(session_id))
        self.override_dialog = dialog
        dialog.open()
        return dialog

    def _started_by_override(self, session_id: str) -> None:
        self.error.clear_error()
        self.refresh(session_id, open_it=True)

    def ask_other_day_reason(self, question: str) -> str:
        """R-SES-5: the reason to start a session planned for another day (empty: not started)."""
        from PySide6.QtWidgets import QInputDialog

        text, accepted = QInputDialog.getText(
            self, QCoreApplication.translate("ProctorWorkspace", "Start on another day"), question
        )
        return text if accepted else ""

    def open_selected(self) -> Dashboard | None:
        chosen = self.selected()
        if chosen is None or chosen.state is SessionState.PLANNED:
            return None
        return self.open_session(chosen.id)

    # --- the dashboard ----------------------------------------------------------------------------------------

    def open_session(self, session_id: str) -> Dashboard | None:
        """Show the dashboard of the session ``session_id``."""
        row = self.model.row_of(session_id)
        if row is None:
            return None
        self.close_dashboard()
        dashboard = Dashboard(self.station, self.actor, self.model.row(row), self)
        dashboard.back_requested.connect(self.show_sessions)
        dashboard.proces_verbaal_requested.connect(lambda: self.open_proces_verbaal(dashboard.session.id))
        dashboard.session_changed.connect(lambda _summary: self.refresh())
        self.dashboard = dashboard
        self.pages.addWidget(dashboard)
        self.pages.setCurrentWidget(dashboard)
        dashboard.table.setFocus()
        self.dashboard_opened.emit(dashboard)
        return dashboard

    def close_dashboard(self) -> None:
        if self.dashboard is not None:
            self.dashboard.stop()
            self.pages.removeWidget(self.dashboard)
            self.dashboard.deleteLater()
            self.dashboard = None

    # --- the proces-verbaal -----------------------------------------------------------------------------------

    def open_selected_proces_verbaal(self) -> ProcesVerbaalView | None:
        chosen = self.selected()
        if chosen is None or self.pages.currentWidget() is not self.picker:
            return None
        return self.open_proces_verbaal(chosen.id)

    def open_proces_verbaal(self, session_id: str) -> ProcesVerbaalView:
        """Show the proces-verbaal of ``session_id``; Back returns to the dashboard or the list it came from."""
        self.close_proces_verbaal()
        came_from = self.pages.currentWidget()
        view = ProcesVerbaalView(self.station, self.actor, session_id, self)
        view.back_requested.connect(lambda: self._leave_proces_verbaal(came_from))
        self.proces_verbaal = view
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        view.timeline.setFocus()
        self.proces_verbaal_opened.emit(view)
        return view

    def close_proces_verbaal(self) -> None:
        if self.proces_verbaal is not None:
            self.proces_verbaal.stop()
            self.pages.removeWidget(self.proces_verbaal)
            self.proces_verbaal.deleteLater()
            self.proces_verbaal = None

    def _leave_proces_verbaal(self, came_from: QWidget | None) -> None:
        self.close_proces_verbaal()
        if came_from is self.dashboard and self.dashboard is not None:
            self.pages.setCurrentWidget(self.dashboard)
            self.dashboard.table.setFocus()
        else:
            self.pages.setCurrentWidget(self.picker if self.model.rowCount() else self.empty)
            self.refresh()
            self.table.setFocus()

    def show_sessions(self) -> None:
        """Back to the list of sessions (the dashboard's clocks stop; they are derived again on return)."""
        keep = self.dashboard.session.id if self.dashboard is not None else None
        self.close_dashboard()
        self.pages.setCurrentWidget(self.picker if self.model.rowCount() else self.empty)
        self.refresh(keep)
        self.table.setFocus()

    def open_plan_dialog(self) -> PlanSessionDialog | None:
        if not self.may_plan:
            return None
        dialog = PlanSessionDialog(self.station, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.completed.connect(lambda session_id: self.refresh(str(session_id)))
        self.plan_dialog = dialog
        dialog.open()
        return dialog

    # --- signed reports (R-SIG-1) -----------------------------------------------------------------------------

    def open_reports(self) -> QDialog | None:
        """Export a signed report of the chosen session."""
        from examdesk.ui.dialogs.export_report import ExportReportDialog

        chosen = self.selected()
        if chosen is None or chosen.state is SessionState.PLANNED:
            return None
        dialog = ExportReportDialog(self.station, self.actor, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_verify(self) -> QDialog:
        """Check the signature of a report someone hands over."""
        from examdesk.ui.dialogs.verify_report import VerifyReportDialog

        dialog = VerifyReportDialog(self.station, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- texts ------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.empty.set_texts(
            title(),
            QCoreApplication.translate(
                "ProctorWorkspace",
                "Here you run the exam sessions of an afnamegroep: each candidate's own clock, the BSN check "
                "on the start screen, pauses and extra time, storingen and meldingen, and the proces-verbaal that "
                "is written as the session goes.",
            ),
            QCoreApplication.translate("ProctorWorkspace", "What to do now"),
            QCoreApplication.translate(
                "ProctorWorkspace",
                "No exam sessions on this station yet. Plan a session for an afnamegroep from an imported exam "
                "package.",
            )
            if self.may_plan
            else QCoreApplication.translate(
                "ProctorWorkspace",
                "No exam sessions on this station yet. Exam packages and sessions come from the "
                "examensecretaris; once a session is planned it appears here.",
            ),
        )
        self.picker_title.setText(QCoreApplication.translate("ProctorWorkspace", "Exam sessions"))
        self.picker_intro.setText(
            QCoreApplication.translate(
                "ProctorWorkspace",
                "Choose the session you supervise. A planned session starts when you press Start session; "
                "then each candidate starts after their BSN check.",
            )
        )
        for button, text, keys in (
            (self.open_button, QCoreApplication.translate("ProctorWorkspace", "Open dashboard"), "Return"),
            (
                self.start_button,
                QCoreApplication.translate("ProctorWorkspace", "Start session"),
                "Ctrl+Return",
            ),
            (self.plan_button, QCoreApplication.translate("ProctorWorkspace", "Plan session…"), "Ctrl+N"),
            (
                self.empty_plan_button,
                QCoreApplication.translate("ProctorWorkspace", "Plan session…"),
                "Ctrl+N",
            ),
            (
                self.pv_button,
                QCoreApplication.translate("ProctorWorkspace", "Proces-verbaal"),
                "Ctrl+P",
            ),
            (self.refresh_button, QCoreApplication.translate("ProctorWorkspace", "Refresh"), "F5"),
        ):
            button.setText(
                QCoreApplication.translate("ProctorWorkspace", "{action} ({keys})").format(
                    action=text, keys=_keys(keys)
                )
            )
            button.setAccessibleName(text.rstrip("…"))
        for button, text in (
            (self.reports_button, QCoreApplication.translate("ProctorWorkspace", "Signed reports…")),
            (self.verify_button, QCoreApplication.translate("ProctorWorkspace", "Verify a report…")),
        ):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.table.setAccessibleName(self.picker_title.text())
        self.table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("ProctorWorkspace", "Columns of the sessions table")
        )
        self.model.retranslate()
