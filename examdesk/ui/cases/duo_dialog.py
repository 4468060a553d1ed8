"""The steps of a PE case on DUO's path (R-IRR-5, 002 §3.5): reported to DUO, the optional aangifte (in
consultation with the CDFD or DUO), and DUO's decision per candidate with what happens to the certificate."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from examdesk.core.cases import CERTIFICATE_LABELS, Certificate, Step
from examdesk.services import cases
from examdesk.services.actors import SignedIn
from examdesk.services.cases import CaseDetail
from examdesk.services.station import Station
from examdesk.ui.dialogs.accounts import ServiceDialog
from examdesk.ui.models.base import tr
from examdesk.ui.models.case_texts import step_text
from examdesk.ui.widgets.fields import chosen_date, date_edit, station_today

CONSULTED = ("CDFD", "DUO")


class DuoStepDialog(ServiceDialog):
    """Record one step of DUO's path for a PE case."""

    def __init__(
        self, station: Station, actor: SignedIn, detail: CaseDetail, step: Step, parent: QWidget | None = None
    ) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("caseDuoStepDialog")
        self.setMinimumWidth(560)
        self.detail, self.step = detail, step
        self.on_edit = date_edit(station_today(station))
        self.on_edit.setObjectName("duoDate")
        self.on_field = self.add_field(self.on_edit)
        self.consulted_combo = QComboBox()
        self.consulted_combo.setObjectName("duoConsulted")
        self.consulted_combo.addItems(CONSULTED)
        self.certificate_combo = QComboBox()
        self.certificate_combo.setObjectName("duoCertificate")
        self.invalid_checks: dict[int, QCheckBox] = {}  # candidate id -> declared invalid (R-IRR-5)
        self.invalid_box = QWidget()
        if step is Step.AANGIFTE:
            self.consulted_field = self.add_field(self.consulted_combo)
        if step is Step.DUO_DECISION:
            box = QVBoxLayout(self.invalid_box)
            box.setContentsMargins(0, 0, 0, 0)
            for candidate_id in detail.case.opened.candidates:
                check = QCheckBox(self.invalid_box)
                check.setObjectName(f"duoInvalid_{candidate_id}")
                box.addWidget(check)
                self.invalid_checks[candidate_id] = check
            self.invalid_field = self.add_field(self.invalid_box)
            for certificate in Certificate:
                self.certificate_combo.addItem("", certificate.value)
            self.certificate_field = self.add_field(self.certificate_combo)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("duoNote")
        self.note_field = self.add_field(self.note_edit)
        self.retranslate()

    def submit(self) -> None:
        station, actor, case_id = self.station, self.actor, self.detail.summary.id
        on, note = chosen_date(self.on_edit), self.note_edit.text()
        if self.step is Step.DUO_REPORTED:
            work = partial(cases.record_duo_reported, station, actor, case_id, on=on, note=note)
        elif self.step is Step.AANGIFTE:
            consulted = self.consulted_combo.currentText()
            work = partial(
                cases.record_aangifte, station, actor, case_id, on=on, consulted=consulted, note=note
            )
        else:
            invalid = {c: check.isChecked() for c, check in self.invalid_checks.items()}
            certificate = str(self.certificate_combo.currentData())
            work = partial(
                cases.record_duo_decision,
                station,
                actor,
                case_id,
                on=on,
                invalid=invalid,
                certificate=certificate,
                reference=note,
            )
        self.run(work, QCoreApplication.translate("CaseDuoDialog", "Recording the step…"))

    def retranslate(self) -> None:
        title = step_text(self.step)
        intro = {
            Step.DUO_REPORTED: QCoreApplication.translate(
                "CaseDuoDialog",
                "A PE exam: DUO decides on the irregularity. Record when you reported it to DUO.",
            ),
            Step.AANGIFTE: QCoreApplication.translate(
                "CaseDuoDialog", "Optional: an aangifte, made in consultation with the CDFD or DUO."
            ),
            Step.DUO_DECISION: QCoreApplication.translate(
                "CaseDuoDialog",
                "DUO's decision: per candidate whether the result is declared invalid, and whether the "
                "certificate is withheld or revoked.",
            ),
        }.get(self.step, "")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(intro)
        self.on_field.set_label(QCoreApplication.translate("CaseDuoDialog", "Date"))
        self.note_field.set_label(
            QCoreApplication.translate("CaseDuoDialog", "Reference")
            if self.step is Step.DUO_DECISION
            else QCoreApplication.translate("CaseDuoDialog", "Note")
        )
        if self.step is Step.AANGIFTE:
            self.consulted_field.set_label(
                QCoreApplication.translate("CaseDuoDialog", "In consultation with")
            )
        if self.step is Step.DUO_DECISION:
            names = self.detail.names
            for candidate_id, check in self.invalid_checks.items():
                check.setText(
                    QCoreApplication.translate("CaseDuoDialog", "{name}: result declared invalid").format(
                        name=names.get(candidate_id, str(candidate_id))
                    )
                )
            self.invalid_field.set_label(QCoreApplication.translate("CaseDuoDialog", "Decision"))
            for index, certificate in enumerate(Certificate):
                self.certificate_combo.setItemText(index, tr(CERTIFICATE_LABELS[certificate]))
            self.certificate_field.set_label(QCoreApplication.translate("CaseDuoDialog", "Certificate"))
        text = QCoreApplication.translate("CaseDuoDialog", "Record")
        self.ok_button.setText(text)
        self.ok_button.setAccessibleName(text)
        assert self.cancel_button is not None
        self.cancel_button.setText(QCoreApplication.translate("ProctorDialog", "Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
