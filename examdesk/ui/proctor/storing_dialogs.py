"""Storing and compensation (R-TIME-7): begin and end a storing, and give the compensation."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from examdesk.services import sessions
from examdesk.services.actors import SignedIn
from examdesk.services.sessions import CandidateStatus
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.formats import local_time_text, whole_minutes
from examdesk.ui.proctor.dialog_base import ProctorDialog
from examdesk.ui.tasks import run_task

MAX_EXTENSION_MINUTES = 120


class StartStoringDialog(ProctorDialog):
    """R-TIME-7: a storing begins; the clock goes on until compensation is given."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.question_edit = QLineEdit()
        self.question_edit.setObjectName("storingQuestion")
        self.question_field = self.add_field(self.question_edit)
        self.pc_old_edit = QLineEdit()
        self.pc_old_edit.setObjectName("storingPcOld")
        self.pc_old_field = self.add_field(self.pc_old_edit)
        self.pc_new_edit = QLineEdit()
        self.pc_new_edit.setObjectName("storingPcNew")
        self.pc_new_field = self.add_field(self.pc_new_edit)
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("storingMeldingsnummer")
        self.number_field = self.add_field(self.number_edit)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid, cid = self.station, self.actor, self.session_id, self.candidate_id()
        question, old, new, number = (
            self.question_edit.text(),
            self.pc_old_edit.text(),
            self.pc_new_edit.text(),
            self.number_edit.text(),
        )
        self.run(
            lambda: sessions.start_storing(
                station, actor, sid, cid, question=question, pc_old=old, pc_new=new, meldingsnummer=number
            ),
            QCoreApplication.translate("StoringDialog", "Recording the storing…"),
        )

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("StoringDialog", "Storing begins"))
        self.intro.setText(
            QCoreApplication.translate(
                "StoringDialog",
                "The candidate's clock goes on during a storing. When it has ended you can give compensation "
                "time, at most as long as the storing lasted. Every field is optional.",
            )
        )
        self.question_field.set_label(QCoreApplication.translate("StoringDialog", "At question"))
        self.pc_old_field.set_label(QCoreApplication.translate("StoringDialog", "Old workstation"))
        self.pc_new_field.set_label(QCoreApplication.translate("StoringDialog", "New workstation"))
        self.number_field.set_label(
            QCoreApplication.translate("StoringDialog", "Facet helpdesk meldingsnummer")
        )
        self.retranslate_buttons(QCoreApplication.translate("StoringDialog", "Start storing"))


class EndStoringDialog(ProctorDialog):
    """R-TIME-7: the storing that is going on ends."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        assert candidate.open_storing is not None
        self.storing_id = candidate.open_storing
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("storingMeldingsnummer")
        self.number_field = self.add_field(self.number_edit)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid, cid, storing = (
            self.station,
            self.actor,
            self.session_id,
            self.candidate_id(),
            self.storing_id,
        )
        number = self.number_edit.text()
        self.run(
            lambda: sessions.end_storing(station, actor, sid, cid, storing, meldingsnummer=number),
            QCoreApplication.translate("StoringDialog", "Recording the end of the storing…"),
        )

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("StoringDialog", "Storing ends"))
        self.intro.setText(
            QCoreApplication.translate(
                "StoringDialog",
                "The storing ends now. Afterwards, give compensation time with Compensation (C) if the "
                "candidate lost time.",
            )
        )
        self.number_field.set_label(
            QCoreApplication.translate("StoringDialog", "Facet helpdesk meldingsnummer")
        )
        self.retranslate_buttons(QCoreApplication.translate("StoringDialog", "End storing"))


# One reading of the storingen for every caller: voided grants are not counted (R-PV-2, R-TIME-7).
StoringSpan = sessions.StoringSpan
storing_spans = sessions.storing_spans


class CompensationDialog(ProctorDialog):
    """R-TIME-7: compensation refers to one ended storing and never exceeds what it cost."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.spans: list[StoringSpan] = []
        self.storing_combo = QComboBox()
        self.storing_combo.setObjectName("storingCombo")
        self.storing_combo.currentIndexChanged.connect(self._storing_chosen)
        self.storing_field = self.add_field(self.storing_combo)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("compensationMinutes")
        self.minutes_spin.setRange(1, MAX_EXTENSION_MINUTES)
        self.minutes_field = self.add_field(self.minutes_spin)
        self.ok_button.setEnabled(False)
        self.retranslate()
        run_task(
            self,
            lambda: storing_spans(station, session_id, candidate.candidate_id),
            self._loaded,
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("CompensationDialog", "Loading the storingen…"),
        )

    def _loaded(self, spans: list[StoringSpan]) -> None:
        self.spans = spans
        self.storing_combo.clear()
        for span in spans:
            self.storing_combo.addItem(self._span_text(span), span.id)
        # The most recent storing with time left is the one to compensate, usually.
        for index in range(len(spans) - 1, -1, -1):
            if spans[index].left > timedelta(0):
                self.storing_combo.setCurrentIndex(index)
                break
        self._storing_chosen()
        self.ok_button.setEnabled(bool(spans))

    def _span_text(self, span: StoringSpan) -> str:
        if span.ended is None:
            return QCoreApplication.translate("CompensationDialog", "from {start}, still going on").format(
                start=local_time_text(span.started)
            )
        return QCoreApplication.translate(
            "CompensationDialog", "{start}–{end}: lasted {lasted} min, {given} min given"
        ).format(
            start=local_time_text(span.started),
            end=local_time_text(span.ended),
            lasted=whole_minutes(span.ended - span.started),
            given=whole_minutes(span.compensated),
        )

    def _storing_chosen(self) -> None:
        index = self.storing_combo.currentIndex()
        if 0 <= index < len(self.spans):
            left = whole_minutes(self.spans[index].left)
            self.minutes_spin.setValue(max(1, left))

    def submit(self) -> None:
        storing = self.storing_combo.currentData()
        if storing is None:
            return
        station, actor, sid, cid = self.station, self.actor, self.session_id, self.candidate_id()
        minutes = self.minutes_spin.value()
        self.run(
            lambda: sessions.grant_compensation(station, actor, sid, cid, int(storing), minutes),
            QCoreApplication.translate("CompensationDialog", "Recording the compensation…"),
        )

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("CompensationDialog", "Compensation for a storing"))
        self.intro.setText(
            QCoreApplication.translate(
                "CompensationDialog",
                "Give back the time the storing cost. It can be at most as long as the storing lasted.",
            )
        )
        self.storing_field.set_label(QCoreApplication.translate("CompensationDialog", "Storing"))
        self.minutes_field.set_label(QCoreApplication.translate("CompensationDialog", "Minutes"))
        self.minutes_spin.setSuffix(QCoreApplication.translate("CompensationDialog", " min"))
        for index, span in enumerate(self.spans):
            self.storing_combo.setItemText(index, self._span_text(span))
        self.retranslate_buttons(QCoreApplication.translate("CompensationDialog", "Give compensation"))
