"""The pages of the Review workspace's flow (R-INZ-1): the afnamegroepen, a group's results with the inzage
log, and one candidate's afname before "Start inzage"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.services.actors import SignedIn
from examdesk.services.inspection import (
    CandidateResult,
    CandidateWork,
    GroupResults,
    InzageGroup,
    InzageLogEntry,
)
from examdesk.services.station import Station
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
from examdesk.ui.review.proces_verbaal_pane import BesideTheWork, ProcesVerbaalPane
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, plain, primary
from examdesk.ui.widgets.tables import FittedTable


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
        # R-INZ-6: the appointment book, where a PE inzage of today starts.
        self.appointments_button = _button("appointmentsButton")
        self.today_count = 0
        buttons = QHBoxLayout()
        buttons.addWidget(self.results_button)
        buttons.addWidget(self.appointments_button)
        buttons.addStretch(1)
        for widget in (self.heading, self.facts, self.message):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.table, 1)
        self.retranslate()

    def selected(self) -> InzageGroup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def set_today_count(self, count: int) -> None:
        self.today_count = count
        self.retranslate()

    def retranslate(self) -> None:
        self.appointments_button.setText(
            QCoreApplication.translate("ReviewWorkspace", "Appointments (today: {count})").format(
                count=self.today_count
            )
        )
        self.appointments_button.setAccessibleName(self.appointments_button.text())
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
        self.book_button = _button("bookAppointmentButton")
        self.book_button.hide()
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
        buttons.addWidget(self.book_button)
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
        self.book_button.setText(QCoreApplication.translate("ReviewWorkspace", "Book appointment…"))
        self.book_button.setAccessibleName(
            QCoreApplication.translate(
                "ReviewWorkspace", "Book an inzage appointment for the selected candidate"
            )
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
