"""The Cases dialog for a step of the Inspectie's procedure, or the correction of one
(R-IRR-2, R-PV-2). It runs one service call; a refusal shows inline."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QVBoxLayout, QWidget

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
from examdesk.services import cases
from examdesk.services.actors import SignedIn
from examdesk.services.cases import CaseDetail, HistoryEntry
from examdesk.services.station import Station
from examdesk.ui.formats import AMSTERDAM, date_text
from examdesk.ui.models.base import tr
from examdesk.ui.models.case_texts import category_text, step_text
from examdesk.ui.widgets.fields import chosen_date, date_edit, station_today, text_edit
from examdesk.ui.widgets.service_dialog import ServiceDialog


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
        self.decision_edit = text_edit(lines=3)
        self.decision_edit.setObjectName("stepDecision")
        self.meldingsnummer_edit = QLineEdit()
        self.meldingsnummer_edit.setObjectName("stepMeldingsnummer")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("stepNote")
        self.invalid_checks: dict[int, QCheckBox] = {}  # candidate id -> declared invalid (R-IRR-2)
        self.invalid_box = QWidget()
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("stepCategory")
        self.technical_check = QCheckBox()
        self.technical_check.setObjectName("stepTechnical")
        self.description_edit = text_edit(lines=3)
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
            work = partial(
                cases.record_decision,
                station,
                actor,
                case_id,
                on=facts.on,
                invalid=facts.invalid,
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
                name = self.detail.names.get(candidate_id, str(candidate_id))
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
