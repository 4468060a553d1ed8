"""The Review workspace: inzage as in Facet's pc-app (R-INZ-1), for the examensecretaris only (R-ROLE-2).

Afnamegroep → "Inzien examenresultaten" → the group's candidates with score, maximum, percentage, grade,
result and inzage status (R-INZ-2, R-INZ-3) and the group's inzage log (R-INZ-4) → "Inzage" → the
candidate's afname, with the ID check and the supervisor for a PE exam → "Start inzage" → the read-only
viewer → end. A technical fault's result-adjustment preview (R-VOV-3) opens from the results.
Every step goes through ``services.inspection``, which checks the role itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from examdesk.services import adjustment, appointments, inspection, inzage_sessions
from examdesk.services.actors import SignedIn
from examdesk.services.adjustment import FaultMelding
from examdesk.services.appointments import Appointment
from examdesk.services.inspection import (
    CandidateWork,
    GroupResults,
    InzageGroup,
    InzageLogEntry,
    InzageSession,
)
from examdesk.services.inzage_sessions import OpenInzage
from examdesk.services.station import Station
from examdesk.ui import errors, read_only
from examdesk.ui.review.adjustment import AdjustmentDialog
from examdesk.ui.review.appointments import AppointmentsPage, BookAppointmentDialog
from examdesk.ui.review.id_check import InzageIdCheckDialog
from examdesk.ui.review.interrupted import CloseInterruptedDialog, InterruptedPage
from examdesk.ui.review.pages import AfnamePage, GroupsPage, ResultsPage
from examdesk.ui.review.session import InzageSessionPage
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import Retranslating
from examdesk.ui.widgets.empty_state import EmptyState


def title() -> str:
    return QCoreApplication.translate("ReviewWorkspace", "Review")


class ReviewWorkspace(Retranslating, QWidget):
    """Inzage of taken exams; the services refuse anyone but the examensecretaris (R-ROLE-2)."""

    groups_shown = Signal()
    results_shown = Signal()
    afname_shown = Signal()
    inzage_started = Signal(object)  # the InzageSession
    inzage_ended = Signal(str)
    refused = Signal()
    # R-INZ-8: True while an inzage runs (the station is locked to it), False when it has ended.
    lock_changed = Signal(bool)
    # R-INZ-7: an inzage the station stopped during was found at the start.
    interrupted_found = Signal(object)

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        inzage_time_limit: timedelta | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self.faults: list[FaultMelding] = []

        self.groups_page = GroupsPage()
        self.results_page = ResultsPage()
        self.afname_page = AfnamePage(station, actor)
        self.session_page = InzageSessionPage(
            station, actor, monotonic=monotonic, time_limit=inzage_time_limit
        )
        self.interrupted_page = InterruptedPage()
        self.appointments_page = AppointmentsPage(station, actor)
        self.empty = EmptyState()
        self.pages = QStackedWidget(self)
        for page in (
            self.groups_page,
            self.results_page,
            self.afname_page,
            self.session_page,
            self.interrupted_page,
            self.appointments_page,
            self.empty,
        ):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.groups_page.results_button.clicked.connect(lambda: self.open_results())
        self.groups_page.table.doubleClicked.connect(lambda _: self.open_results())
        self.groups_page.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.results_page.back_button.clicked.connect(self.show_groups)
        self.results_page.inzage_button.clicked.connect(lambda: self.open_afname())
        self.results_page.report_button.clicked.connect(lambda: self.open_inzage_report())
        self.results_page.fault_button.clicked.connect(self.open_fault_preview)
        self.results_page.table.doubleClicked.connect(lambda _: self.open_afname())
        self.results_page.table.selectionModel().selectionChanged.connect(self._candidate_selected)
        self.afname_page.back_button.clicked.connect(
            lambda: self.open_results(self.afname_page.work.group.code if self.afname_page.work else None)
        )
        self.afname_page.id_check_button.clicked.connect(self.open_id_check)
        self.afname_page.start_button.clicked.connect(self.start_inzage)
        self.session_page.ended.connect(self._inzage_ended)
        self.interrupted_page.resume_clicked.connect(self.resume_inzage)
        self.interrupted_page.close_clicked.connect(self.close_interrupted)
        self.groups_page.appointments_button.clicked.connect(self.show_appointments)
        self.appointments_page.back_button.clicked.connect(self.show_groups)
        self.appointments_page.inzage_requested.connect(self.open_afname)
        self.results_page.book_button.clicked.connect(self.open_booking)
        self.enter_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.results_page.table)
        self.enter_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.enter_shortcut.activated.connect(lambda: self.open_afname())
        # Issue 13: a read-only window looks at results and work; an inzage, its ID check, an appointment,
        # a fault's preview and an export are recorded, so they are done in the window that holds the station.
        read_only.hold(
            station,
            self.results_page.fault_button,
            self.results_page.book_button,
            self.results_page.report_button,
            self.afname_page.id_check_button,
            self.afname_page.start_button,
            self.interrupted_page.resume_button,
            self.interrupted_page.close_button,
            self.appointments_page.inzage_button,
            self.appointments_page.cancel_button,
            self.appointments_page.no_show_button,
            self.appointments_page.lapse_button,
            self.session_page.end_button,
            self.session_page.vov_button,
        )

        self.retranslate()
        self._update_buttons()
        self.refresh()

    # --- step 1: afnamegroepen -------------------------------------------------------------------------------

    def refresh(self) -> None:
        station, actor = self.station, self.actor
        run_task(
            self,
            lambda: (
                inspection.groups(station, actor),
                inzage_sessions.open_inzages(station, actor),
                appointments.appointments(station, actor, inspection.today(station)),
            ),
            lambda found: self._show_groups(*found),
            self._refuse,
            label=QCoreApplication.translate("ReviewWorkspace", "Loading the afnamegroepen…"),
        )

    def _show_groups(
        self,
        groups: list[InzageGroup],
        interrupted: list[OpenInzage] | None = None,
        today: list[Appointment] | None = None,
    ) -> None:
        self.groups_page.model.set_rows(groups)
        self.groups_page.set_today_count(len(today or []))
        if interrupted and not read_only.is_read_only(self.station):
            # R-INZ-7 (not in a read-only window, issue 13: the open inzage may run in the other one): the open inzage first; nothing else starts until it is resumed or closed.
            self.interrupted_page.show_open(interrupted[0])
            self.pages.setCurrentWidget(self.interrupted_page)
            self.interrupted_found.emit(interrupted[0])
            self.groups_shown.emit()
            return
        if groups:
            self.groups_page.table.selectRow(0)
            self.pages.setCurrentWidget(self.groups_page)
        else:
            self.empty.set_texts(
                title(),
                QCoreApplication.translate(
                    "ReviewWorkspace",
                    "Inzage as in Facet: choose an afnamegroep, view its results, and open one candidate's work "
                    "read-only with the answer key and the correctievoorschrift.",
                ),
                QCoreApplication.translate("ReviewWorkspace", "What to do now"),
                QCoreApplication.translate(
                    "ReviewWorkspace",
                    "No afnamegroepen on this station yet. Import a package with results in the Exams workspace.",
                ),
            )
            self.pages.setCurrentWidget(self.empty)
        self._update_buttons()
        self.groups_shown.emit()

    def _refuse(self, error: BaseException) -> None:
        """R-ROLE-2: the service said no (or could not load): say why, show nothing of the results."""
        self.empty.set_texts(
            title(),
            errors.describe(error),
            QCoreApplication.translate("ReviewWorkspace", "What to do now"),
            QCoreApplication.translate(
                "ReviewWorkspace",
                "Inzage shows candidates' answers and keys: only the examensecretaris holds it.",
            ),
        )
        self.pages.setCurrentWidget(self.empty)
        self.refused.emit()

    def show_groups(self) -> None:
        self.results_page.message.clear_error()
        self.pages.setCurrentWidget(self.groups_page)
        self.groups_page.table.setFocus()

    # --- step 2: the results -------------------------------------------------------------------------------

    def open_inzage_report(self) -> QDialog | None:
        """R-INZ-4: export the selected inzage's signed report."""
        from examdesk.ui.dialogs.export_report import ExportInzageReportDialog

        entry = self.results_page.selected_log_entry()
        if entry is None:
            return None
        dialog = ExportInzageReportDialog(self.station, self.actor, entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_results(self, group_code: str | None = None, select: int | None = None) -> None:
        """ "Inzien examenresultaten" for the selected afnamegroep (or ``group_code``)."""
        if group_code is None:
            current = self.results_page.results
            if self.pages.currentWidget() is not self.groups_page and current is not None:
                group_code = current.group.code
            else:
                chosen = self.groups_page.selected()
                if chosen is None:
                    return
                group_code = chosen.code
        code = group_code
        if select is None and self.afname_page.work is not None:
            select = self.afname_page.work.candidate.candidate_id
        station, actor = self.station, self.actor
        run_task(
            self,
            lambda: (
                inspection.group_results(station, actor, code),
                inzage_sessions.inzage_log(station, actor, code),
            ),
            lambda found: self._show_results(*found, select),
            self._refuse,
            label=QCoreApplication.translate("ReviewWorkspace", "Loading the exam results…"),
        )

    def _show_results(self, results: GroupResults, log: list[InzageLogEntry], select: int | None) -> None:
        self.results_page.show_results(results, log)
        row = self.results_page.model.row_of(select) if select is not None else None
        self.results_page.table.selectRow(row if row is not None else 0)
        self.pages.setCurrentWidget(self.results_page)
        self.results_page.table.setFocus()
        self._candidate_selected()
        self.results_shown.emit()

    def _candidate_selected(self) -> None:
        self.faults = []
        self._update_buttons()
        candidate = self.results_page.selected()
        if candidate is None or not candidate.has_result:
            return
        station, actor, candidate_id = self.station, self.actor, candidate.candidate_id
        run_task(
            self,
            lambda: adjustment.fault_meldingen(station, actor, candidate_id),
            lambda found: self._show_faults(candidate_id, found),
            self._refuse,
        )

    def _show_faults(self, candidate_id: int, found: list[FaultMelding]) -> None:
        selected = self.results_page.selected()
        if selected is not None and selected.candidate_id == candidate_id:
            self.faults = found
            self._update_buttons()

    def _update_buttons(self) -> None:
        self.groups_page.results_button.setEnabled(self.groups_page.selected() is not None)
        candidate = self.results_page.selected()
        self.results_page.inzage_button.setEnabled(candidate is not None and candidate.has_result)
        self.results_page.fault_button.setVisible(bool(self.faults))
        # R-INZ-6: a PE inzage is booked as an appointment.
        results = self.results_page.results
        self.results_page.book_button.setVisible(results is not None and results.rules.wrong_only)
        self.results_page.book_button.setEnabled(candidate is not None and candidate.has_result)

    def open_fault_preview(self) -> None:
        """R-VOV-3: the result-adjustment preview for the selected candidate's technical fault."""
        candidate = self.results_page.selected()
        if candidate is None or not self.faults:
            return
        dialog = AdjustmentDialog(self.station, self.actor, candidate, list(self.faults), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.completed.connect(
            lambda _: self.results_page.message.show_text(
                lambda: QCoreApplication.translate(
                    "ReviewWorkspace", "The preview for {name} is saved in the log. DUO decides."
                ).format(name=candidate.name)
            )
        )
        self.fault_dialog = dialog
        dialog.open()

    # --- step 3: the afname ----------------------------------------------------------------------------------

    def open_afname(self, candidate_id: int | None = None) -> None:
        """ "Inzage" for the selected candidate: open their afname."""
        if candidate_id is None:
            candidate = self.results_page.selected()
            if candidate is None or not candidate.has_result:
                return
            candidate_id = candidate.candidate_id
        who = candidate_id
        station, actor = self.station, self.actor
        run_task(
            self,
            lambda: inspection.candidate_work(station, actor, who),
            self._show_afname,
            self._refuse,
            label=QCoreApplication.translate("ReviewWorkspace", "Opening the afname…"),
        )

    def _show_afname(self, work: CandidateWork) -> None:
        self.afname_page.show_work(work)
        self.pages.setCurrentWidget(self.afname_page)
        page = self.afname_page
        focus = page.id_check_button if page.requirements.isVisible() else page.start_button
        (focus if focus.isEnabled() else page.back_button).setFocus()
        self.afname_shown.emit()

    def open_id_check(self) -> None:
        """R-INZ-3: the start-screen check of the candidate's ID."""
        work = self.afname_page.work
        if work is None:
            return
        dialog = InzageIdCheckDialog(
            self.station, self.actor, work.candidate.candidate_id, work.candidate.name, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.completed.connect(lambda _: self.open_afname(work.candidate.candidate_id))
        self.id_check_dialog = dialog
        dialog.open()

    def start_inzage(self) -> None:
        """ "Start inzage": the service checks eligibility, the ID check and the supervisor once more."""
        work = self.afname_page.work
        if work is None or not self.afname_page.ready():
            return
        self.afname_page.start_button.setEnabled(False)
        station, actor = self.station, self.actor
        candidate_id, supervisor = work.candidate.candidate_id, self.afname_page.supervisor_box.isChecked()
        run_task(
            self,
            lambda: inzage_sessions.start_inzage(station, actor, candidate_id, supervisor_present=supervisor),
            lambda session: self._begin(session, work),
            self._start_refused,
            label=QCoreApplication.translate("ReviewWorkspace", "Starting the inzage…"),
        )

    def _start_refused(self, error: BaseException) -> None:
        self.afname_page.message.show_text(lambda: errors.describe(error))
        self.afname_page.update_start()

    def _begin(self, session: InzageSession, work: CandidateWork) -> None:
        self.session_page.begin(session, work)
        self.pages.setCurrentWidget(self.session_page)
        if self.session_page.viewer is not None:
            self.session_page.viewer.setFocus()  # the questions, for the keys (focus set before was lost)
        self.lock_changed.emit(True)  # R-INZ-8
        self.inzage_started.emit(session)

    # --- R-INZ-7: an interrupted inzage ------------------------------------------------------------------------

    def resume_inzage(self, found: OpenInzage) -> None:
        """Resume the interrupted inzage for its remaining minutes, with the candidate's work."""
        station, actor = self.station, self.actor
        inzage_id, candidate_id = found.entry.inzage_id, found.entry.candidate_id
        self.interrupted_page.resume_button.setEnabled(False)
        run_task(
            self,
            lambda: (
                inzage_sessions.resume_inzage(station, actor, inzage_id),
                inspection.candidate_work(station, actor, candidate_id),
            ),
            lambda done: self._resumed(*done),
            lambda error: self._interrupted_refused(found, error),
            label=QCoreApplication.translate("ReviewWorkspace", "Resuming the inzage…"),
        )

    def _resumed(self, session: InzageSession, work: CandidateWork) -> None:
        self.afname_page.show_work(work)
        self._begin(session, work)

    def _interrupted_refused(self, found: OpenInzage, error: BaseException) -> None:
        self.interrupted_page.show_open(found)
        self.interrupted_page.message.show_text(lambda: errors.describe(error))

    def close_interrupted(self, found: OpenInzage) -> QDialog:
        dialog = CloseInterruptedDialog(self.station, self.actor, found, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.completed.connect(lambda _: self.refresh())
        self.close_dialog = dialog
        dialog.open()
        return dialog

    def inzage_running(self) -> bool:
        """R-INZ-8: an inzage runs (the candidate may be watching)."""
        return self.session_page.session is not None

    def end_running_inzage(self) -> None:
        """R-INZ-7: end the running inzage (asked before signing out)."""
        self.session_page.finish(inspection.END_CLOSED)

    # --- R-INZ-6: the appointment book ---------------------------------------------------------------------

    def show_appointments(self) -> None:
        self.appointments_page.reload()
        self.pages.setCurrentWidget(self.appointments_page)
        self.appointments_page.table.setFocus()

    def open_booking(self) -> QDialog | None:
        """Book the selected candidate's inzage appointment (PE)."""
        candidate = self.results_page.selected()
        if candidate is None:
            return None
        dialog = BookAppointmentDialog(self.station, self.actor, candidate, self)
        today = inspection.today(self.station)
        dialog.set_days(today, today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.completed.connect(lambda _: self.open_results())
        self.book_dialog = dialog
        dialog.open()
        return dialog

    # --- step 4: the end -----------------------------------------------------------------------------------

    def _inzage_ended(self, reason: str) -> None:
        work = self.afname_page.work
        name = work.candidate.name if work is not None else ""

        def said() -> str:
            if reason == inspection.END_TIME_UP:
                return QCoreApplication.translate(
                    "ReviewWorkspace", "The inzage of {name} ended by itself: the time was up."
                ).format(name=name)
            return QCoreApplication.translate("ReviewWorkspace", "The inzage of {name} has ended.").format(
                name=name
            )

        self.results_page.message.show_text(said)
        self.lock_changed.emit(False)  # R-INZ-8
        self.open_results()
        self.inzage_ended.emit(reason)

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def retranslate(self) -> None:
        # The pages retranslate themselves on the language change; the tables say their cells again.
        for model in (self.groups_page.model, self.results_page.model, self.results_page.log_model):
            model.retranslate()
