"""Dialogs of the Cases workspace: opening a case, recording each step of the Inspectie's procedure and
correcting an entry (R-IRR-1, R-IRR-2, R-PV-2). Each runs one service call; a refusal shows inline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.core.cases import (
    Category,
    Channel,
    DecisionReceived,
    Discussed,
    Facts,
    FormCompleted,
    Opened,
    Reported,
    Step,
)
from examdesk.services import cases, catalogue, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.cases import CaseDetail, CaseSource, HistoryEntry
from examdesk.services.catalogue import RosterEntry
from examdesk.services.sessions import SessionSummary
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.cases.texts import category_text, origin_text, step_text
from examdesk.ui.formats import AMSTERDAM, date_text, local_time_text
from examdesk.ui.models.base import tr
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.service_dialog import ServiceDialog


def text_edit(lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on to the next field."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 18)
    return edit


def date_edit(day: dt.date) -> QDateEdit:
    """A date field with a calendar, written the language's way (12-06-2026 / 12 Jun 2026)."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    if i18n.current_language() == "nl":
        edit.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        edit.setDisplayFormat("dd-MM-yyyy")
    else:
        edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        edit.setDisplayFormat("d MMM yyyy")
    return edit


def chosen_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def station_today(station: Station) -> dt.date:
    """Today in Amsterdam by the station's clock (the one the services check dates against)."""
    return station.clock.read().wall.astimezone(AMSTERDAM).date()


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
        self.description = text_edit(4)
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


# --- a step, or the correction of one -----------------------------------------------------------------------


class StepDialog(ServiceDialog):
    """Record the case's next step (R-IRR-2) with its facts, or correct an earlier entry with a reason
    (``correcting``; the entry itself stays, R-PV-2)."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        detail: CaseDetail,
        step: Step,
        parent: QWidget | None = None,
        *,
        correcting: HistoryEntry | None = None,
    ) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("caseStepDialog")
        self.setMinimumWidth(600)
        self.detail = detail
        self.step = step
        self.correcting = correcting
        current = detail.case.steps.get(step) if correcting is not None else None
        self.on_edit: QDateEdit | None = None
        if step is not Step.OPENED:
            self.on_edit = date_edit(getattr(current, "on", None) or station_today(station))
            self.on_edit.setObjectName("stepDate")
            self.on_field = self.add_field(self.on_edit)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("stepChannel")
        self.decision_edit = text_edit(3)
        self.decision_edit.setObjectName("stepDecision")
        self.meldingsnummer_edit = QLineEdit()
        self.meldingsnummer_edit.setObjectName("stepMeldingsnummer")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("stepNote")
        self.invalid_checks: dict[str, QCheckBox] = {}
        self.invalid_box = QWidget()
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("stepCategory")
        self.technical_check = QCheckBox()
        self.technical_check.setObjectName("stepTechnical")
        self.description_edit = text_edit(3)
        self.description_edit.setObjectName("stepDescription")
        if step is Step.OPENED:
            opened = detail.case.opened
            for category in Category:
                self.category_combo.addItem("", category.value)
            self.category_combo.setCurrentIndex(self.category_combo.findData(opened.category.value))
            self.category_field = self.add_field(self.category_combo)
            self.technical_check.setChecked(opened.technical)
            self.technical_field = self.add_field(self.technical_check)
            self.description_edit.setPlainText(opened.description)
            self.description_field = self.add_field(self.description_edit)
        elif step is Step.REPORTED:
            for channel in Channel:
                self.channel_combo.addItem("", channel.value)
            if isinstance(current, Reported):
                self.channel_combo.setCurrentIndex(self.channel_combo.findData(current.channel.value))
                self.note_edit.setText(current.note)
            self.channel_field = self.add_field(self.channel_combo)
            self.note_field = self.add_field(self.note_edit)
        elif step is Step.DISCUSSED:
            if isinstance(current, Discussed):
                self.decision_edit.setPlainText(current.decision)
            self.decision_field = self.add_field(self.decision_edit)
        elif step is Step.FORM_COMPLETED:
            known = detail.case.opened.meldingsnummer
            self.meldingsnummer_edit.setText(
                current.meldingsnummer if isinstance(current, FormCompleted) else known
            )
            self.meldingsnummer_field = self.add_field(self.meldingsnummer_edit)
            if isinstance(current, FormCompleted):
                self.note_edit.setText(current.note)
            self.note_field = self.add_field(self.note_edit)
        elif step is Step.DECISION_RECEIVED:
            box = QVBoxLayout(self.invalid_box)
            box.setContentsMargins(0, 0, 0, 0)
            for candidate_id in detail.case.opened.candidates:
                check = QCheckBox(self.invalid_box)
                check.setObjectName(f"invalid_{candidate_id}")
                if isinstance(current, DecisionReceived):
                    check.setChecked(bool(current.invalid.get(candidate_id)))
                box.addWidget(check)
                self.invalid_checks[candidate_id] = check
            self.invalid_field = self.add_field(self.invalid_box)
            if isinstance(current, DecisionReceived):
                self.note_edit.setText(current.reference)
            self.note_field = self.add_field(self.note_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("stepReason")
        if correcting is not None:
            self.reason_field = self.add_field(self.reason_edit)
        self.retranslate()

    def facts(self) -> Facts:
        step = self.step
        on = chosen_date(self.on_edit) if self.on_edit is not None else station_today(self.station)
        if step is Step.OPENED:
            opened = self.detail.case.opened
            return Opened(
                **{
                    **vars(opened),
                    "category": Category(str(self.category_combo.currentData())),
                    "technical": self.technical_check.isChecked(),
                    "description": self.description_edit.toPlainText().strip(),
                }
            )
        if step is Step.REPORTED:
            return Reported(on, Channel(str(self.channel_combo.currentData())), self.note_edit.text().strip())
        if step is Step.DISCUSSED:
            return Discussed(on, self.decision_edit.toPlainText().strip())
        if step is Step.FORM_COMPLETED:
            return FormCompleted(on, self.meldingsnummer_edit.text().strip(), self.note_edit.text().strip())
        return DecisionReceived(
            on,
            {candidate: check.isChecked() for candidate, check in self.invalid_checks.items()},
            self.note_edit.text().strip(),
        )

    def submit(self) -> None:
        station, actor, case_id = self.station, self.actor, self.detail.summary.id
        facts = self.facts()
        if self.correcting is not None:
            event_id, reason = self.correcting.event_id, self.reason_edit.text()
            self.run(
                lambda: cases.correct_step(station, actor, case_id, event_id, facts, reason),
                QCoreApplication.translate("CaseStepDialog", "Recording the correction…"),
            )
            return
        if isinstance(facts, Reported):
            work = partial(
                cases.record_reported,
                station,
                actor,
                case_id,
                on=facts.on,
                channel=facts.channel.value,
                note=facts.note,
            )
        elif isinstance(facts, Discussed):
            work = partial(
                cases.record_discussed, station, actor, case_id, on=facts.on, decision=facts.decision
            )
        elif isinstance(facts, FormCompleted):
            work = partial(
                cases.record_form_completed,
                station,
                actor,
                case_id,
                on=facts.on,
                meldingsnummer=facts.meldingsnummer,
                note=facts.note,
            )
        else:
            assert isinstance(facts, DecisionReceived)
            invalid = {int(candidate): value for candidate, value in facts.invalid.items()}
            work = partial(
                cases.record_decision,
                station,
                actor,
                case_id,
                on=facts.on,
                invalid=invalid,
                reference=facts.reference,
            )
        self.run(work, QCoreApplication.translate("CaseStepDialog", "Recording the step…"))

    def retranslate(self) -> None:
        step_name = step_text(self.step)
        if self.correcting is not None:
            title = QCoreApplication.translate("CaseStepDialog", "Correct: {step}").format(step=step_name)
            intro = QCoreApplication.translate(
                "CaseStepDialog",
                "The entry of {when} stays in the history; this correction is recorded beside it, with your reason.",
            ).format(when=date_text(self.correcting.at.astimezone(AMSTERDAM).date()))
        else:
            title = step_name
            intro = {
                Step.REPORTED: QCoreApplication.translate(
                    "CaseStepDialog",
                    "Step 1 of the procedure: record when and how you reported the irregularity to the Inspectie.",
                ),
                Step.DISCUSSED: QCoreApplication.translate(
                    "CaseStepDialog",
                    "Step 2: record the Inspectie's call with the school and what it decided about the work.",
                ),
                Step.FORM_COMPLETED: QCoreApplication.translate(
                    "CaseStepDialog",
                    "Steps 3 and 4: record that you completed the form in the ISD (Internet SchoolDossier).",
                ),
                Step.DECISION_RECEIVED: QCoreApplication.translate(
                    "CaseStepDialog",
                    "Step 5: record the Inspectie's decision letter, its date and, per candidate, whether the work "
                    "was declared invalid.",
                ),
            }.get(self.step, "")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(intro)
        if self.on_edit is not None:
            label = {
                Step.REPORTED: QCoreApplication.translate("CaseStepDialog", "Reported on"),
                Step.DISCUSSED: QCoreApplication.translate("CaseStepDialog", "Date of the call"),
                Step.FORM_COMPLETED: QCoreApplication.translate("CaseStepDialog", "Completed on"),
                Step.DECISION_RECEIVED: QCoreApplication.translate("CaseStepDialog", "Date of the letter"),
            }[self.step]
            self.on_field.set_label(label)
        if self.step is Step.OPENED:
            for index, category in enumerate(Category):
                self.category_combo.setItemText(index, category_text(category))
            self.category_field.set_label(QCoreApplication.translate("CaseStepDialog", "Category"))
            self.technical_field.set_label(QCoreApplication.translate("CaseStepDialog", "Technical"))
            self.technical_check.setText(
                QCoreApplication.translate("CaseStepDialog", "A technical irregularity")
            )
            self.description_field.set_label(QCoreApplication.translate("CaseStepDialog", "What happened"))
        elif self.step is Step.REPORTED:
            from examdesk.core.cases import CHANNEL_LABELS

            for index, channel in enumerate(Channel):
                self.channel_combo.setItemText(index, tr(CHANNEL_LABELS[channel]))
            self.channel_field.set_label(QCoreApplication.translate("CaseStepDialog", "How"))
            self.note_field.set_label(QCoreApplication.translate("CaseStepDialog", "Note (optional)"))
        elif self.step is Step.DISCUSSED:
            self.decision_field.set_label(
                QCoreApplication.translate("CaseStepDialog", "What the Inspectie decided")
            )
        elif self.step is Step.FORM_COMPLETED:
            if self.detail.case.opened.technical:
                label = QCoreApplication.translate("CaseStepDialog", "Facet meldingsnummer (required)")
            else:
                label = QCoreApplication.translate("CaseStepDialog", "Facet meldingsnummer (if any)")
            self.meldingsnummer_field.set_label(label)
            self.note_field.set_label(QCoreApplication.translate("CaseStepDialog", "Note (optional)"))
        elif self.step is Step.DECISION_RECEIVED:
            for candidate_id, check in self.invalid_checks.items():
                name = self.detail.names.get(candidate_id, candidate_id)
                check.setText(
                    QCoreApplication.translate("CaseStepDialog", "{name}: work declared invalid").format(
                        name=name
                    )
                )
                check.setAccessibleName(check.text())
            self.invalid_field.set_label(QCoreApplication.translate("CaseStepDialog", "Decision"))
            self.note_field.set_label(
                QCoreApplication.translate("CaseStepDialog", "Letter reference (optional)")
            )
        if self.correcting is not None:
            self.reason_field.set_label(QCoreApplication.translate("CaseStepDialog", "Why corrected"))
            ok = QCoreApplication.translate("CaseStepDialog", "Record correction")
        else:
            ok = QCoreApplication.translate("CaseStepDialog", "Record")
        self.ok_button.setText(ok)
        self.ok_button.setAccessibleName(ok)
        assert self.cancel_button is not None
        self.cancel_button.setText(QCoreApplication.translate("CaseStepDialog", "Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
