"""Opening an irregularity case (R-IRR-1, R-IRR-4), from the Cases workspace and from the surveillant's
dashboard (a candidate who left ill). One service call; a refusal shows inline."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QListWidget, QListWidgetItem, QWidget

from examdesk.core.cases import Category
from examdesk.services import cases, catalogue, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.cases import CaseSource
from examdesk.services.catalogue import RosterEntry
from examdesk.services.sessions import SessionSummary
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.formats import date_text, local_time_text
from examdesk.ui.models.case_texts import category_text, origin_text
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.fields import text_edit
from examdesk.ui.widgets.service_dialog import ServiceDialog

# --- opening a case ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenChoices:
    sessions: list[SessionSummary]


@dataclass(frozen=True)
class SessionChoices:
    session_id: str
    sources: list[CaseSource]
    roster: list[RosterEntry]


class OpenCaseDialog(ServiceDialog):
    """R-IRR-1, R-IRR-4: open a case for candidates of a session, by hand or from what the session recorded
    (an irregularity, a storing, a candidate who left ill, a technical melding)."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        parent: QWidget | None = None,
        *,
        session_id: str | None = None,
        source_event: int | None = None,
    ) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("openCaseDialog")
        self.setMinimumWidth(640)
        self._want_session, self._want_source = session_id, source_event
        self.sessions: list[SessionSummary] = []
        self.sources: list[CaseSource] = []
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("caseSession")
        self.session_combo.currentIndexChanged.connect(self._session_chosen)
        self.session_field = self.add_field(self.session_combo)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("caseSource")
        self.source_combo.currentIndexChanged.connect(self._source_chosen)
        self.source_field = self.add_field(self.source_combo)
        self.candidate_list = QListWidget()
        self.candidate_list.setObjectName("caseCandidates")
        self.candidate_list.setFixedHeight(self.candidate_list.fontMetrics().lineSpacing() * 5 + 16)
        self.candidates_field = self.add_field(self.candidate_list)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("caseCategory")
        for category in Category:
            self.category_combo.addItem("", category.value)
        self.category_field = self.add_field(self.category_combo)
        self.technical_check = QCheckBox()
        self.technical_check.setObjectName("caseTechnical")
        self.technical_field = self.add_field(self.technical_check)
        self.description = text_edit(lines=4)
        self.description.setObjectName("caseDescription")
        self.description_field = self.add_field(self.description)
        self.ok_button.setEnabled(False)
        self.retranslate()
        run_task(
            self,
            lambda: OpenChoices(sessions.list_sessions(station)),
            self._loaded,
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("OpenCaseDialog", "Loading the sessions…"),
        )

    def _loaded(self, choices: OpenChoices) -> None:
        # The latest sessions first: a case is usually about one that just happened.
        self.sessions = sorted(choices.sessions, key=lambda s: (s.date, s.start_time), reverse=True)
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for summary in self.sessions:
            self.session_combo.addItem(self._session_text(summary), summary.id)
        self.session_combo.blockSignals(False)
        if not self.sessions:
            self.error.show_text(
                lambda: QCoreApplication.translate(
                    "OpenCaseDialog",
                    "There are no sessions on this station yet; a case belongs to a session.",
                )
            )
            return
        index = self.session_combo.findData(self._want_session) if self._want_session else 0
        self.session_combo.setCurrentIndex(max(index, 0))
        self._session_chosen()

    def _session_text(self, summary: SessionSummary) -> str:
        return f"{date_text(summary.date)} {summary.start_time} · {summary.group_name} ({summary.group_code})"

    def _session_chosen(self) -> None:
        index = self.session_combo.currentIndex()
        if not 0 <= index < len(self.sessions):
            return
        summary = self.sessions[index]
        station, actor = self.station, self.actor
        self.ok_button.setEnabled(False)

        def work() -> SessionChoices:
            return SessionChoices(
                summary.id,
                cases.case_sources(station, actor, summary.id),
                catalogue.roster(station, actor, summary.group_code),
            )

        run_task(
            self,
            work,
            self._session_loaded,
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("OpenCaseDialog", "Loading the session's record…"),
        )

    def _session_loaded(self, choices: SessionChoices) -> None:
        if self.session_combo.currentData() != choices.session_id:
            return  # another session was chosen meanwhile
        self.sources = choices.sources
        self.candidate_list.clear()
        for entry in choices.roster:
            item = QListWidgetItem(f"{entry.name} ({entry.number}) {entry.masked_bsn}")
            item.setData(Qt.ItemDataRole.UserRole, entry.candidate_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.candidate_list.addItem(item)
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem("", None)
        for source in self.sources:
            self.source_combo.addItem(self._source_text(source), source.event_id)
            if source.case_id is not None:  # one entry opens one case
                model = self.source_combo.model()
                item = model.item(self.source_combo.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
        self.source_combo.blockSignals(False)
        self._retranslate_sources()
        wanted = self.source_combo.findData(self._want_source) if self._want_source is not None else -1
        self._want_source = None
        self.source_combo.setCurrentIndex(max(wanted, 0))
        self._source_chosen()
        self.ok_button.setEnabled(True)

    def _source_text(self, source: CaseSource) -> str:
        who = ", ".join(self._candidate_name(c) for c in source.candidate_ids)
        text = f"{local_time_text(source.at)} · {origin_text(source.origin)} · {who}"
        if source.case_id is not None:
            text += " · " + QCoreApplication.translate("OpenCaseDialog", "already case {case}").format(
                case=source.case_id
            )
        return text

    def _candidate_name(self, candidate_id: int) -> str:
        for row in range(self.candidate_list.count()):
            item = self.candidate_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == candidate_id:
                return item.text().rsplit(" ", 1)[0]
        return str(candidate_id)

    def chosen_source(self) -> CaseSource | None:
        event_id = self.source_combo.currentData()
        return next((s for s in self.sources if s.event_id == event_id), None)

    def _source_chosen(self) -> None:
        source = self.chosen_source()
        if source is None:
            return
        for row in range(self.candidate_list.count()):
            item = self.candidate_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in source.candidate_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.category_combo.setCurrentIndex(self.category_combo.findData(source.category.value))
        self.technical_check.setChecked(source.technical)
        self.description.setPlainText(self._suggested_description(source))

    def _suggested_description(self, source: CaseSource) -> str:
        parts = [source.text] if source.text else []
        if source.question:
            parts.append(
                QCoreApplication.translate("OpenCaseDialog", "Question {question}.").format(
                    question=source.question
                )
            )
        if source.origin == "storing":
            parts.insert(0, QCoreApplication.translate("OpenCaseDialog", "Storing during the exam."))
        if source.origin == "illness":
            parts.insert(0, QCoreApplication.translate("OpenCaseDialog", "Left early, ill:"))
        return " ".join(parts)

    def checked_candidates(self) -> list[int]:
        found = []
        for row in range(self.candidate_list.count()):
            item = self.candidate_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def submit(self) -> None:
        session_id = self.session_combo.currentData()
        if session_id is None:
            return
        source = self.chosen_source()
        station, actor = self.station, self.actor
        candidates = self.checked_candidates()
        category = str(self.category_combo.currentData())
        technical = self.technical_check.isChecked()
        description = self.description.toPlainText()
        event = source.event_id if source is not None else None
        self.run(
            lambda: cases.open_case(
                station,
                actor,
                str(session_id),
                candidates=candidates,
                category=category,
                technical=technical,
                description=description,
                source_event=event,
            ),
            QCoreApplication.translate("OpenCaseDialog", "Opening the case…"),
        )

    def _retranslate_sources(self) -> None:
        if self.source_combo.count():
            self.source_combo.setItemText(
                0, QCoreApplication.translate("OpenCaseDialog", "Nothing recorded: open it by hand")
            )
        for index, source in enumerate(self.sources, start=1):
            self.source_combo.setItemText(index, self._source_text(source))

    def retranslate(self) -> None:
        title = QCoreApplication.translate("OpenCaseDialog", "Open an irregularity case")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "OpenCaseDialog",
                "A case follows the Inspectie's procedure from the report to a possible tweede zitting. Open it "
                "from what the session recorded, or by hand.",
            )
        )
        self.session_field.set_label(QCoreApplication.translate("OpenCaseDialog", "Session"))
        self.source_field.set_label(QCoreApplication.translate("OpenCaseDialog", "From"))
        self.candidates_field.set_label(QCoreApplication.translate("OpenCaseDialog", "Candidates"))
        self.category_field.set_label(QCoreApplication.translate("OpenCaseDialog", "Category"))
        for index, category in enumerate(Category):
            self.category_combo.setItemText(index, category_text(category))
        self.technical_field.set_label(QCoreApplication.translate("OpenCaseDialog", "Technical"))
        self.technical_check.setText(
            QCoreApplication.translate(
                "OpenCaseDialog",
                "A technical irregularity (the ISD form then needs the Facet meldingsnummer)",
            )
        )
        self.description_field.set_label(QCoreApplication.translate("OpenCaseDialog", "What happened"))
        for index, summary in enumerate(self.sessions):
            self.session_combo.setItemText(index, self._session_text(summary))
        self._retranslate_sources()
        self.ok_button.setText(QCoreApplication.translate("OpenCaseDialog", "Open case"))
        self.ok_button.setAccessibleName(self.ok_button.text())
        assert self.cancel_button is not None
        self.cancel_button.setText(QCoreApplication.translate("OpenCaseDialog", "Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
