"""A melding (VOV), an irregularity, a remark, and the CvTE consult after long pauses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from examdesk.core.case_facts import CATEGORY_LABELS, Category
from examdesk.core.words import MELDING_KIND_CHOICES, MeldingKind
from examdesk.services import sessions
from examdesk.services.actors import SignedIn
from examdesk.services.sessions import CandidateStatus
from examdesk.services.station import Station
from examdesk.ui.models.base import tr
from examdesk.ui.proctor.dialog_base import ProctorDialog, ScopeChoice
from examdesk.ui.widgets.common import paragraph
from examdesk.ui.widgets.fields import text_edit

# Kept under their first names for the dialogs' callers; the words live beside their enums in core.
MELDING_LABELS = MELDING_KIND_CHOICES
IRREGULARITY_LABELS = CATEGORY_LABELS


class MeldingDialog(ProctorDialog):
    """R-VOV-1, R-VOV-2: a melding (verklaring van ordentelijk verloop) for a candidate or the group."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("meldingKind")
        for kind in MeldingKind:
            self.kind_combo.addItem("", kind.value)
        self.kind_field = self.add_field(self.kind_combo)
        self.questions_edit = QLineEdit()
        self.questions_edit.setObjectName("meldingQuestions")
        self.questions_field = self.add_field(self.questions_edit)
        self.scope = ScopeChoice(candidate)
        self.scope_field = self.add_field(self.scope)
        self.candidate_text = text_edit()
        self.candidate_text.setObjectName("meldingCandidateText")
        self.candidate_text_field = self.add_field(self.candidate_text)
        self.surveillant_text = text_edit()
        self.surveillant_text.setObjectName("meldingSurveillantText")
        self.surveillant_text_field = self.add_field(self.surveillant_text)
        self.resolved_check = QCheckBox()
        self.resolved_check.setObjectName("meldingResolved")
        self.resolution_edit = QLineEdit()
        self.resolution_edit.setObjectName("meldingResolution")
        self.resolved_check.toggled.connect(self.resolution_edit.setEnabled)
        self.resolution_edit.setEnabled(False)
        self.resolved_field = self.add_field(self.resolved_check)
        self.resolution_field = self.add_field(self.resolution_edit)
        self.duo_check = QCheckBox()
        self.duo_check.setObjectName("meldingDuo")
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("meldingNummer")
        self.duo_field = self.add_field(self.duo_check)
        self.number_field = self.add_field(self.number_edit)
        self.retranslate()

    def questions(self) -> list[str]:
        return [
            part.strip() for part in self.questions_edit.text().replace(";", ",").split(",") if part.strip()
        ]

    def submit(self) -> None:
        station, actor, sid = self.station, self.actor, self.session_id
        kind = str(self.kind_combo.currentData())
        questions = self.questions()
        candidate_id = self.scope.candidate_id()
        candidate_text = self.candidate_text.toPlainText()
        surveillant_text = self.surveillant_text.toPlainText()
        resolved = self.resolved_check.isChecked()
        resolution = self.resolution_edit.text() if resolved else ""
        duo = self.duo_check.isChecked()
        number = self.number_edit.text()
        self.run(
            lambda: sessions.record_melding(
                station,
                actor,
                sid,
                kind=kind,
                questions=questions,
                candidate_id=candidate_id,
                candidate_text=candidate_text,
                surveillant_text=surveillant_text,
                resolved=resolved,
                resolution=resolution,
                duo_consulted=duo,
                meldingsnummer=number,
            ),
            QCoreApplication.translate("MeldingDialog", "Recording the melding…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("MeldingDialog", "Melding (VOV)")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "MeldingDialog",
                "Record what happened for the verklaring van ordentelijk verloop: what the candidate says, "
                "what you saw, and whether it was resolved.",
            )
        )
        for index, kind in enumerate(MeldingKind):
            self.kind_combo.setItemText(index, tr(MELDING_KIND_CHOICES[kind]))
        self.kind_field.set_label(QCoreApplication.translate("MeldingDialog", "About"))
        self.questions_field.set_label(QCoreApplication.translate("MeldingDialog", "Question numbers"))
        self.questions_edit.setPlaceholderText(
            QCoreApplication.translate("MeldingDialog", "Separated by commas, for example V3, K1")
        )
        self.scope.retranslate()
        self.scope_field.set_label(QCoreApplication.translate("MeldingDialog", "For"))
        self.candidate_text_field.set_label(
            QCoreApplication.translate("MeldingDialog", "What the candidate says")
        )
        self.surveillant_text_field.set_label(QCoreApplication.translate("MeldingDialog", "What you saw"))
        self.resolved_check.setText(QCoreApplication.translate("MeldingDialog", "Resolved during the exam"))
        self.resolved_field.set_label(QCoreApplication.translate("MeldingDialog", "Resolved"))
        self.resolution_field.set_label(QCoreApplication.translate("MeldingDialog", "How"))
        self.duo_check.setText(
            QCoreApplication.translate("MeldingDialog", "DUO or the Facet helpdesk was consulted")
        )
        self.duo_field.set_label(QCoreApplication.translate("MeldingDialog", "Consulted"))
        self.number_field.set_label(QCoreApplication.translate("MeldingDialog", "Meldingsnummer"))
        self.retranslate_buttons(QCoreApplication.translate("MeldingDialog", "Record melding"))


class IrregularityDialog(ProctorDialog):
    """R-IRR-1: an irregularity of category a–f or other, with what happened."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("irregularityCategory")
        for category in Category:
            self.category_combo.addItem("", category.value)
        self.category_field = self.add_field(self.category_combo)
        self.scope = ScopeChoice(candidate)
        self.scope_field = self.add_field(self.scope)
        self.description = text_edit(lines=4)
        self.description.setObjectName("irregularityDescription")
        self.description_field = self.add_field(self.description)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid = self.station, self.actor, self.session_id
        category = str(self.category_combo.currentData())
        description = self.description.toPlainText()
        candidate_id = self.scope.candidate_id()
        self.run(
            lambda: sessions.record_irregularity(
                station, actor, sid, category=category, description=description, candidate_id=candidate_id
            ),
            QCoreApplication.translate("IrregularityDialog", "Recording the irregularity…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("IrregularityDialog", "Irregularity")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "IrregularityDialog",
                "Record what you saw, as it happened. The examensecretaris reports it to the Inspectie.",
            )
        )
        for index, category in enumerate(Category):
            self.category_combo.setItemText(index, tr(CATEGORY_LABELS[category]))
        self.category_field.set_label(QCoreApplication.translate("IrregularityDialog", "Category"))
        self.scope.retranslate()
        self.scope_field.set_label(QCoreApplication.translate("IrregularityDialog", "For"))
        self.description_field.set_label(QCoreApplication.translate("IrregularityDialog", "What happened"))
        self.retranslate_buttons(QCoreApplication.translate("IrregularityDialog", "Record irregularity"))


class RemarkDialog(ProctorDialog):
    """A free-text remark for the proces-verbaal, about a candidate or the session."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.scope = ScopeChoice(candidate)
        self.scope_field = self.add_field(self.scope)
        self.text = text_edit(lines=4)
        self.text.setObjectName("remarkText")
        self.text_field = self.add_field(self.text)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid = self.station, self.actor, self.session_id
        text, candidate_id = self.text.toPlainText(), self.scope.candidate_id()
        self.run(
            lambda: sessions.record_remark(station, actor, sid, text, candidate_id),
            QCoreApplication.translate("RemarkDialog", "Recording the remark…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("RemarkDialog", "Remark")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "RemarkDialog", "A remark goes into the proces-verbaal as you write it."
            )
        )
        self.scope.retranslate()
        self.scope_field.set_label(QCoreApplication.translate("RemarkDialog", "About"))
        self.text_field.set_label(QCoreApplication.translate("RemarkDialog", "Remark"))
        self.retranslate_buttons(QCoreApplication.translate("RemarkDialog", "Record remark"))


class ConsultDialog(ProctorDialog):
    """R-TIME-5: more than an hour of pauses in total; the CvTE consult reference is recorded as a remark."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.setObjectName("consultDialog")
        self.warning = paragraph()
        self.warning.setProperty("error", "true")
        self.body.addRow(self.warning)
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("consultReference")
        self.reference_field = self.add_field(self.reference_edit)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid, cid = self.station, self.actor, self.session_id, self.candidate_id()
        reference = self.reference_edit.text().strip()
        text = (
            QCoreApplication.translate(
                "ConsultDialog", "CvTE consulted about more than 60 minutes of pauses; reference: {reference}"
            ).format(reference=reference)
            if reference
            else ""
        )
        self.run(
            lambda: sessions.record_remark(station, actor, sid, text, cid),
            QCoreApplication.translate("ConsultDialog", "Recording the consult…"),
        )

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("ConsultDialog", "Consult the CvTE"))
        self.warning.setText(
            QCoreApplication.translate(
                "ConsultDialog",
                "This candidate has had more than 60 minutes of pauses in total. The CvTE must be consulted.",
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "ConsultDialog",
                "Ask the CvTE, then record the reference they give; it goes into the proces-verbaal as a "
                "remark. You can also do this later with Remark (R).",
            )
        )
        self.reference_field.set_label(QCoreApplication.translate("ConsultDialog", "Consult reference"))
        self.retranslate_buttons(QCoreApplication.translate("ConsultDialog", "Record reference"))
        assert self.cancel_button is not None
        self.cancel_button.setText(QCoreApplication.translate("ConsultDialog", "Later"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
