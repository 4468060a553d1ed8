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
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.services import adjustment, inspection, inzage_sessions
from examdesk.services.actors import SignedIn
from examdesk.services.adjustment import FaultMelding
from examdesk.services.inspection import (
    CandidateResult,
    CandidateWork,
    GroupResults,
    InzageGroup,
    InzageLogEntry,
    InzageSession,
)
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.formats import date_text, points_text
from examdesk.ui.models.inzage import (
    InzageGroupColumn,
    InzageGroupModel,
    InzageLogModel,
    LogColumn,
    ResultColumn,
    ResultModel,
    grade_text,
    passed_text,
    percent_text,
)
from examdesk.ui.review.adjustment import AdjustmentDialog
from examdesk.ui.review.id_check import InzageIdCheckDialog
from examdesk.ui.review.proces_verbaal_pane import BesideTheWork, ProcesVerbaalPane
from examdesk.ui.review.session import InzageSessionPage
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, plain, primary
from examdesk.ui.widgets.empty_state import EmptyState
from examdesk.ui.widgets.tables import FittedTable


def title() -> str:
    return QCoreApplication.translate("ReviewWorkspace", "Review")


def _button(name: str, main: bool = False) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return primary(button) if main else button


class _Page(Retranslating, QWidget):
    """A page of the flow: margins, a heading, a muted line of facts and an inline message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(2)
        self.facts = paragraph(muted=True)
        self.message = InlineError()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 14, 16, 10)
        self.layout_.setSpacing(8)

    def retranslate(self) -> None:
        pass


class GroupsPage(_Page):
    """Step 1: pick the afnamegroep, then "Inzien examenresultaten"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InzageGroupModel(self)
        self.table = FittedTable(
            self.model, InzageGroupColumn.EXAM, {InzageGroupColumn.EXAM: 20, InzageGroupColumn.NAME: 16}
        )
        self.table.setObjectName("inzageGroupsTable")
        self.results_button = _button("viewResultsButton", main=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.results_button)
        buttons.addStretch(1)
        for widget in (self.heading, self.facts, self.message):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.table, 1)
        self.retranslate()

    def selected(self) -> InzageGroup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("ReviewWorkspace", "Inzage: choose the afnamegroep"))
        self.facts.setText(
            QCoreApplication.translate(
                "ReviewWorkspace",
                "Select an afnamegroep and choose 'View exam results' to see its candidates, their results and "
                "whether they may have inzage.",
            )
        )
        self.results_button.setText(QCoreApplication.translate("ReviewWorkspace", "View exam results"))
        self.results_button.setAccessibleName(self.results_button.text())
        self.table.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", "Afnamegroepen"))
        self.table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("ReviewWorkspace", "Columns of the afnamegroepen table")
        )


class ResultsPage(_Page):
    """Step 2: the group's candidates and results with their inzage status, and the group's inzage log."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: GroupResults | None = None
        self.back_button = _button("backToGroupsButton")
        self.inzage_button = _button("inzageButton", main=True)
        self.fault_button = _button("technicalFaultButton")
        self.model = ResultModel(self)
        self.table = FittedTable(self.model, ResultColumn.INZAGE, {ResultColumn.NAME: 14})
        self.table.setObjectName("resultsTable")
        self.log_title = heading(3)
        self.log_model = InzageLogModel(self)
        self.log_table = FittedTable(self.log_model, LogColumn.OPENED, {LogColumn.OPENED: 16})
        self.log_table.setObjectName("inzageLogTable")
        self.log_empty = paragraph(muted=True)
        self.report_button = _button("inzageReportButton")
        self.report_button.setEnabled(False)
        self.log_table.selectionModel().selectionChanged.connect(
            lambda *_: self.report_button.setEnabled(self.selected_log_entry() is not None)
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.back_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.inzage_button)
        buttons.addWidget(self.fault_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        for widget in (self.heading, self.facts, self.message):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.table, 3)
        self.layout_.addWidget(self.log_title)
        self.layout_.addWidget(self.log_empty)
        self.layout_.addWidget(self.log_table, 1)
        self.layout_.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def selected_log_entry(self) -> InzageLogEntry | None:
        rows = self.log_table.selectionModel().selectedRows()
        return self.log_model.row(rows[0].row()) if rows else None

    def selected(self) -> CandidateResult | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def show_results(self, results: GroupResults, log: list[InzageLogEntry]) -> None:
        self.results = results
        self.model.set_rows(results.candidates)
        self.log_model.set_rows(log)
        self.log_table.setVisible(bool(log))
        self.report_button.setVisible(bool(log))
        self.report_button.setEnabled(self.selected_log_entry() is not None)
        self.log_empty.setVisible(not log)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(QCoreApplication.translate("ReviewWorkspace", "← Afnamegroepen"))
        self.back_button.setAccessibleName(
            QCoreApplication.translate("ReviewWorkspace", "Back to the afnamegroepen")
        )
        self.inzage_button.setText(QCoreApplication.translate("ReviewWorkspace", "Inzage"))
        self.inzage_button.setAccessibleName(
            QCoreApplication.translate("ReviewWorkspace", "Inzage for the selected candidate")
        )
        self.fault_button.setText(QCoreApplication.translate("ReviewWorkspace", "Technical fault…"))
        self.fault_button.setAccessibleName(
            QCoreApplication.translate("ReviewWorkspace", "Technical fault: result-adjustment preview")
        )
        self.table.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", "Exam results"))
        self.log_title.setText(
            QCoreApplication.translate("ReviewWorkspace", "Inzage log of this afnamegroep")
        )
        self.log_table.setAccessibleName(self.log_title.text())
        self.table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("ReviewWorkspace", "Columns of the exam results")
        )
        self.log_table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("ReviewWorkspace", "Columns of the inzage log")
        )
        self.log_empty.setText(QCoreApplication.translate("ReviewWorkspace", "No inzage has been held yet."))
        self.report_button.setText(QCoreApplication.translate("ReviewWorkspace", "Signed inzage report…"))
        self.report_button.setAccessibleName(
            QCoreApplication.translate("ReviewWorkspace", "Signed report of the selected inzage")
        )
        results = self.results
        if results is None:
            return
        group = results.group
        self.heading.setText(
            QCoreApplication.translate("ReviewWorkspace", "Exam results: {name} ({code})").format(
                name=group.name, code=group.code
            )
        )
        if results.rules.wrong_only:
            rule = QCoreApplication.translate(
                "ReviewWorkspace",
                "PE: inzage only for a grade 4 or 5, within {days} days after the result, once per half year.",
            ).format(days=results.rules.request_days)
        elif results.rules.until is not None:
            rule = QCoreApplication.translate("ReviewWorkspace", "Inspection period until {day}.").format(
                day=date_text(results.rules.until)
            )
        else:
            rule = ""
        self.facts.setText(
            QCoreApplication.translate(
                "ReviewWorkspace", "{exam} ({code}), sat on {date}. Inzage status on {today}. {rule}"
            )
            .format(
                exam=group.exam_title,
                code=group.exam_code,
                date=date_text(group.date),
                today=date_text(results.on),
                rule=rule,
            )
            .strip()
        )


class AfnamePage(_Page):
    """Step 3: the candidate's afname. For a PE exam: the ID check and the supervisor first (R-INZ-3).
    The candidate's part of the proces-verbaal opens beside it (R-PV-5)."""

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work: CandidateWork | None = None
        self.pv_pane = ProcesVerbaalPane(station, actor)
        content = QWidget()
        self.content_layout = QVBoxLayout(content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.setSpacing(8)
        self.beside = BesideTheWork(content, self.pv_pane, self)
        self.back_button = _button("backToResultsButton")
        self.result_line = plain(QLabel(), selectable=True)
        self.result_line.setObjectName("afnameResult")
        self.status = plain(QLabel(), selectable=True)
        self.status.setObjectName("inzageStatus")
        self.status.setWordWrap(True)
        self.requirements = QFrame()
        self.requirements.setObjectName("nowBox")
        self.requirements_title = heading(3)
        self.id_check_button = _button("idCheckButton")
        self.id_check_state = plain(QLabel())
        self.id_check_state.setObjectName("idCheckState")
        self.supervisor_box = QCheckBox()
        self.supervisor_box.setObjectName("supervisorPresentBox")
        check_row = QHBoxLayout()
        check_row.addWidget(self.id_check_button)
        check_row.addWidget(self.id_check_state, 1)
        box = QVBoxLayout(self.requirements)
        box.setContentsMargins(16, 10, 16, 10)
        box.addWidget(self.requirements_title)
        box.addLayout(check_row)
        box.addWidget(self.supervisor_box)
        self.items_line = paragraph()
        self.start_button = _button("startInzageButton", main=True)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.beside.button)
        self.layout_.addLayout(top)
        for widget in (
            self.heading,
            self.facts,
            self.result_line,
            self.status,
            self.requirements,
            self.items_line,
        ):
            self.content_layout.addWidget(widget)
        self.content_layout.addWidget(self.message)
        self.content_layout.addLayout(start_row)
        self.content_layout.addStretch(1)
        self.layout_.addWidget(self.beside, 1)
        self.supervisor_box.toggled.connect(self.update_start)
        self.retranslate()

    def show_work(self, work: CandidateWork) -> None:
        self.work = work
        # R-INZ-3: at a PE inzage the candidate is at the screen from the ID check on.
        self.pv_pane.set_work(work, candidate_present=work.rules.supervised)
        self.supervisor_box.setChecked(False)
        self.requirements.setVisible(work.needs_id_check and work.candidate.eligibility.allowed)
        self.message.clear_error()
        self.retranslate()
        self.update_start()

    def ready(self) -> bool:
        """Whether "Start inzage" may be pressed; the service decides again (R-INZ-2, R-INZ-3)."""
        work = self.work
        if work is None or not work.candidate.eligibility.allowed:
            return False
        if work.needs_id_check:
            return work.id_check is True and self.supervisor_box.isChecked()
        return True

    def update_start(self) -> None:
        self.start_button.setEnabled(self.ready())

    def retranslate(self) -> None:
        self.back_button.setText(QCoreApplication.translate("ReviewWorkspace", "← Exam results"))
        self.back_button.setAccessibleName(
            QCoreApplication.translate("ReviewWorkspace", "Back to the exam results")
        )
        self.start_button.setText(QCoreApplication.translate("ReviewWorkspace", "Start inzage"))
        self.start_button.setAccessibleName(self.start_button.text())
        self.requirements_title.setText(
            QCoreApplication.translate("ReviewWorkspace", "Before the start (PE inzage)")
        )
        self.id_check_button.setText(QCoreApplication.translate("ReviewWorkspace", "Check ID…"))
        self.id_check_button.setAccessibleName(
            QCoreApplication.translate("ReviewWorkspace", "Check the candidate's ID on the start screen")
        )
        self.supervisor_box.setText(
            QCoreApplication.translate("ReviewWorkspace", "A supervisor is present during the inzage")
        )
        self.supervisor_box.setAccessibleName(self.supervisor_box.text())
        work = self.work
        if work is None:
            return
        candidate = work.candidate
        self.heading.setText(
            QCoreApplication.translate("ReviewWorkspace", "Afname of {name} ({number})").format(
                name=candidate.name, number=candidate.number
            )
        )
        self.facts.setText(
            QCoreApplication.translate(
                "ReviewWorkspace", "{exam}, variant {variant}, afnamegroep {group}"
            ).format(exam=work.group.exam_title, variant=candidate.variant or "—", group=work.group.code)
        )
        self.result_line.setText(
            QCoreApplication.translate(
                "ReviewWorkspace", "Score {points} of {maximum} ({percent}), grade {grade}: {verdict}"
            ).format(
                points=points_text(candidate.points) if candidate.points is not None else "—",
                maximum=points_text(candidate.max_points) if candidate.max_points is not None else "—",
                percent=percent_text(candidate.percent),
                grade=grade_text(candidate),
                verdict=passed_text(candidate),
            )
        )
        self.result_line.setAccessibleName(self.result_line.text())
        allowed = candidate.eligibility.allowed
        self.status.setText(i18n.render(candidate.eligibility.explanation))
        self.status.setProperty("result", "ok" if allowed else "broken")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setAccessibleName(self.status.text())
        if work.id_check is None:
            state = QCoreApplication.translate("ReviewWorkspace", "Not checked yet.")
        elif work.id_check:
            state = QCoreApplication.translate("ReviewWorkspace", "The ID matches the roster.")
        else:
            state = QCoreApplication.translate(
                "ReviewWorkspace", "The ID did NOT match the roster: the inzage cannot start."
            )
        self.id_check_state.setText(state)
        self.id_check_state.setAccessibleName(state)
        if work.rules.wrong_only:
            items = QCoreApplication.translate(
                "ReviewWorkspace",
                "The inzage shows the {count} wrongly answered of {total} questions, each with its correct answer, "
                "for at most {minutes} minutes.",
            ).format(count=len(work.shown), total=len(work.items), minutes=work.rules.session_minutes)
        else:
            items = QCoreApplication.translate(
                "ReviewWorkspace",
                "The inzage shows all {total} questions with the candidate's answers and scores.",
            ).format(total=len(work.items))
        self.items_line.setText(items if allowed else "")
        self.items_line.setVisible(allowed)


class ReviewWorkspace(Retranslating, QWidget):
    """Inzage of taken exams; the services refuse anyone but the examensecretaris (R-ROLE-2)."""

    groups_shown = Signal()
    results_shown = Signal()
    afname_shown = Signal()
    inzage_started = Signal(object)  # the InzageSession
    inzage_ended = Signal(str)
    refused = Signal()

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
        self.empty = EmptyState()
        self.pages = QStackedWidget(self)
        for page in (self.groups_page, self.results_page, self.afname_page, self.session_page, self.empty):
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
        self.afname_page.back_button.clicked.connect(lambda: self.open_results())
        self.afname_page.id_check_button.clicked.connect(self.open_id_check)
        self.afname_page.start_button.clicked.connect(self.start_inzage)
        self.session_page.ended.connect(self._inzage_ended)
        self.enter_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.results_page.table)
        self.enter_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.enter_shortcut.activated.connect(lambda: self.open_afname())

        self.retranslate()
        self._update_buttons()
        self.refresh()

    # --- step 1: afnamegroepen -------------------------------------------------------------------------------

    def refresh(self) -> None:
        station, actor = self.station, self.actor
        run_task(
            self,
            lambda: inspection.groups(station, actor),
            self._show_groups,
            self._refuse,
            label=QCoreApplication.translate("ReviewWorkspace", "Loading the afnamegroepen…"),
        )

    def _show_groups(self, groups: list[InzageGroup]) -> None:
        self.groups_page.model.set_rows(groups)
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
        self.inzage_started.emit(session)

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
        self.open_results()
        self.inzage_ended.emit(reason)

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def retranslate(self) -> None:
        # The pages retranslate themselves on the language change; the tables say their cells again.
        for model in (self.groups_page.model, self.results_page.model, self.results_page.log_model):
            model.retranslate()
