"""The surveillant's dialogs on the dashboard: extra time, storing, compensation, melding (VOV),
irregularity, left early, remark, the CvTE consult after long pauses, and closing the session.

Each dialog makes one service call in the background; a rule that says no is shown as one sentence in
the dialog, which stays open so that the person can change what they typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from examdesk.core.eventkinds import EventKind
from examdesk.services import events, proces_verbaal, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.proces_verbaal import Entry
from examdesk.services.sessions import IRREGULARITY_CATEGORIES, MELDING_KINDS, CandidateStatus, SessionSummary
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.formats import local_time_text, whole_minutes
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import paragraph, password_edit
from examdesk.ui.widgets.service_dialog import ServiceDialog

MAX_EXTENSION_MINUTES = 120


def candidate_label(candidate: CandidateStatus) -> str:
    return f"{candidate.number} {candidate.name}"


def text_edit(parent: QWidget | None = None, lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on to the next field."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 18)
    return edit


MELDING_LABELS: dict[str, Callable[[], str]] = {
    "examenomstandigheden": lambda: QCoreApplication.translate(
        "MeldingDialog", "Exam conditions (noise, heat, an interruption in the room)"
    ),
    "examenvraag": lambda: QCoreApplication.translate(
        "MeldingDialog", "An exam question (its content; question number needed)"
    ),
    "werking_examenbank": lambda: QCoreApplication.translate(
        "MeldingDialog", "The exam application (a technical fault; question numbers needed)"
    ),
}

IRREGULARITY_LABELS: dict[str, Callable[[], str]] = {
    "a": lambda: QCoreApplication.translate(
        "IrregularityDialog", "a) Aids or information that are not allowed, during the exam"
    ),
    "b": lambda: QCoreApplication.translate(
        "IrregularityDialog", "b) Questions or answers available to candidates before or during the exam"
    ),
    "c": lambda: QCoreApplication.translate(
        "IrregularityDialog", "c) Supervision that fell short, so that a) or b) could happen"
    ),
    "d": lambda: QCoreApplication.translate("IrregularityDialog", "d) More exam time than allowed"),
    "e": lambda: QCoreApplication.translate(
        "IrregularityDialog", "e) Handed-in work changed by someone else"
    ),
    "f": lambda: QCoreApplication.translate(
        "IrregularityDialog", "f) A grade or result set against the rules"
    ),
    "other": lambda: QCoreApplication.translate(
        "IrregularityDialog", "Other irregularity (the Inspectie decides whether it is one)"
    ),
}


class ProctorDialog(ServiceDialog):
    """A dialog about one session, and often one of its candidates."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, parent)
        self.session_id = session_id
        self.candidate = candidate
        self.setMinimumWidth(600)

    def retranslate_buttons(self, ok_text: str) -> None:
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text)
        assert self.cancel_button is not None
        self.cancel_button.setText(QCoreApplication.translate("ProctorDialog", "Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())

    def set_title(self, text: str) -> None:
        if self.candidate is not None:
            text = QCoreApplication.translate("ProctorDialog", "{action}: {candidate}").format(
                action=text, candidate=candidate_label(self.candidate)
            )
        self.setWindowTitle(text)
        self.title.setText(text)

    def candidate_id(self) -> int:
        assert self.candidate is not None
        return self.candidate.candidate_id


class ScopeChoice(QComboBox):
    """For one candidate (the selected one) or the whole group."""

    def __init__(self, candidate: CandidateStatus | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidate = candidate
        if candidate is not None:
            self.addItem("", candidate.candidate_id)
        self.addItem("", None)
        self.setObjectName("scopeCombo")

    def candidate_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def retranslate(self) -> None:
        index = 0
        if self.candidate is not None:
            self.setItemText(
                0,
                QCoreApplication.translate("ProctorDialog", "Only {candidate}").format(
                    candidate=candidate_label(self.candidate)
                ),
            )
            index = 1
        self.setItemText(index, QCoreApplication.translate("ProctorDialog", "The whole group (collective)"))


# --- extra time: ui/proctor/override_dialog.py (R-TIME-4: only by an override) ----------------------


# --- storing and compensation ----------------------------------------------------------------------------


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


@dataclass(frozen=True)
class StoringSpan:
    """One storing of a candidate, with how much compensation it has had."""

    id: int
    started: datetime
    ended: datetime | None
    compensated: timedelta

    @property
    def left(self) -> timedelta:
        if self.ended is None:
            return timedelta(0)
        return max(timedelta(0), self.ended - self.started - self.compensated)


def storing_spans(station: Station, session_id: str, candidate_id: int) -> list[StoringSpan]:
    """The candidate's storingen from the event log, oldest first."""
    found = events.list_events(
        station,
        session_id=session_id,
        candidate_id=str(candidate_id),
        kinds=(EventKind.STORING_STARTED, EventKind.STORING_ENDED, EventKind.COMPENSATION_GRANTED),
    )
    spans = []
    for started in (e for e in found if e.kind == EventKind.STORING_STARTED):
        ended = next(
            (
                e
                for e in found
                if e.kind == EventKind.STORING_ENDED and e.payload.get("storing") == started.id
            ),
            None,
        )
        given = sum(
            (
                timedelta(seconds=int(e.payload["seconds"]))
                for e in found
                if e.kind == EventKind.COMPENSATION_GRANTED and e.payload.get("storing") == started.id
            ),
            timedelta(0),
        )
        spans.append(StoringSpan(started.id, started.wall_utc, ended.wall_utc if ended else None, given))
    return spans


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


# --- melding, irregularity, remark ----------------------------------------------------------------------


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
        for kind in MELDING_KINDS:
            self.kind_combo.addItem("", kind)
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
        for index, kind in enumerate(MELDING_KINDS):
            self.kind_combo.setItemText(index, MELDING_LABELS[kind]())
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
        for category in IRREGULARITY_CATEGORIES:
            self.category_combo.addItem("", category)
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
        for index, category in enumerate(IRREGULARITY_CATEGORIES):
            self.category_combo.setItemText(index, IRREGULARITY_LABELS[category]())
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


# --- the end of a candidate's exam, and of the session ----------------------------------------------------


class LeftEarlyDialog(ProctorDialog):
    """R-TIME-9, R-IRR-4: the candidate leaves before the end, with a reason; illness is marked."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("leftEarlyReason")
        self.reason_field = self.add_field(self.reason_edit)
        self.ill_check = QCheckBox()
        self.ill_check.setObjectName("leftEarlyIll")
        self.ill_field = self.add_field(self.ill_check)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid, cid = self.station, self.actor, self.session_id, self.candidate_id()
        reason, ill = self.reason_edit.text(), self.ill_check.isChecked()
        self.run(
            lambda: sessions.leave_early(station, actor, sid, cid, reason=reason, ill=ill),
            QCoreApplication.translate("LeftEarlyDialog", "Recording the departure…"),
        )

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("LeftEarlyDialog", "Left early"))
        self.intro.setText(
            QCoreApplication.translate(
                "LeftEarlyDialog",
                "The candidate stops before their time is up. This ends their exam and cannot be undone.",
            )
        )
        self.reason_field.set_label(QCoreApplication.translate("LeftEarlyDialog", "Reason"))
        self.ill_check.setText(QCoreApplication.translate("LeftEarlyDialog", "Too ill to go on"))
        self.ill_field.set_label(QCoreApplication.translate("LeftEarlyDialog", "Illness"))
        self.retranslate_buttons(QCoreApplication.translate("LeftEarlyDialog", "Record departure"))


class CloseSessionDialog(ProctorDialog):
    """R-PV-4: every surveillant of the session confirms with their own password."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session: SessionSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session.id, None, parent)
        self.session = session
        self.password_edits: dict[str, QLineEdit] = {}
        self.password_fields = {}
        for username in session.surveillants:
            edit = password_edit()
            edit.setObjectName(f"password_{username}")
            self.password_edits[username] = edit
            self.password_fields[username] = self.add_field(edit)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid = self.station, self.actor, self.session_id
        confirmations = {name: edit.text() for name, edit in self.password_edits.items()}
        self.run(
            lambda: sessions.close_session(station, actor, sid, confirmations),
            QCoreApplication.translate("CloseSessionDialog", "Closing the session…"),
        )

    def field_for(self, error: BaseException) -> QWidget | None:
        """A wrong password: that surveillant's field (cleared), so it is typed again right there."""
        params = getattr(getattr(error, "message", None), "params", {}) or {}
        edit = self.password_edits.get(str(params.get("user", "")))
        if edit is not None:
            edit.clear()
        return edit

    def _names(self) -> dict[str, str]:
        names = self.session.surveillant_names
        if len(names) != len(self.session.surveillants):
            names = self.session.surveillants
        return dict(zip(self.session.surveillants, names, strict=True))

    def retranslate(self) -> None:
        title = QCoreApplication.translate("CloseSessionDialog", "Close the session")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "CloseSessionDialog",
                "Every candidate must have handed in, run out of time, left or been absent. Each surveillant "
                "of the session confirms with their own password. After closing, only the examensecretaris "
                "can add to the proces-verbaal.",
            )
        )
        names = self._names()
        for username, field in self.password_fields.items():
            field.set_label(
                QCoreApplication.translate("CloseSessionDialog", "Password of {user}").format(
                    user=names.get(username, username)
                )
            )
        # It cannot be undone: the button names the session it closes (issue 15).
        self.retranslate_buttons(
            QCoreApplication.translate("CloseSessionDialog", "Close {group} ({code})").format(
                group=self.session.group_name, code=self.session.group_code
            )
        )


class RosterCorrectionDialog(ProctorDialog):
    """R-BSN-4: after a mismatch the examensecretaris corrects the candidate's BSN on the roster, with a reason;
    the correction is an event and the start-screen check is then done again."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.setObjectName("rosterCorrectionDialog")
        self.current = paragraph()
        self.current.setObjectName("rosterCurrentBsn")
        self.body.addRow(self.current)
        self.bsn_edit = QLineEdit()
        self.bsn_edit.setObjectName("rosterNewBsn")
        self.bsn_edit.setMaxLength(11)  # nine digits, with or without the usual two separators
        self.bsn_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.bsn_field = self.add_field(self.bsn_edit)
        self.reason = text_edit(lines=3)
        self.reason.setObjectName("rosterReason")
        self.reason_field = self.add_field(self.reason)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid, cid = self.station, self.actor, self.session_id, self.candidate_id()
        new_bsn, reason = self.bsn_edit.text().strip(), self.reason.toPlainText()
        if not new_bsn:
            self.refuse(
                lambda: QCoreApplication.translate("RosterCorrectionDialog", "Type the correct BSN."),
                self.bsn_edit,
            )
            return
        self.run(
            lambda: sessions.correct_roster_bsn(station, actor, sid, cid, new_bsn, reason),
            QCoreApplication.translate("RosterCorrectionDialog", "Correcting the roster…"),
        )

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("RosterCorrectionDialog", "Correct the BSN on the roster"))
        self.intro.setText(
            QCoreApplication.translate(
                "RosterCorrectionDialog",
                "Only after checking the candidate's ID document against the school's records. The correction "
                "and its reason go into the proces-verbaal; afterwards the BSN check is done again.",
            )
        )
        assert self.candidate is not None
        self.current.setText(
            QCoreApplication.translate("RosterCorrectionDialog", "BSN on the roster now: {bsn}").format(
                bsn=self.candidate.masked_bsn
            )
        )
        self.bsn_field.set_label(QCoreApplication.translate("RosterCorrectionDialog", "Correct BSN"))
        self.reason_field.set_label(QCoreApplication.translate("RosterCorrectionDialog", "Reason"))
        self.retranslate_buttons(QCoreApplication.translate("RosterCorrectionDialog", "Correct roster"))


class CorrectionDialog(ProctorDialog):
    """R-PV-2: a correction names the earlier event it corrects; that event stays as it was recorded.

    A wrong clock event (a pause for the wrong candidate, say) can also be taken out of the clock.
    """

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.setObjectName("correctionDialog")
        self.entries: list[Entry] = []
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("correctionEvent")
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.setMinimumContentsLength(40)
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        self.event_field = self.add_field(self.event_combo)
        self.chosen_text = paragraph(muted=True)
        self.chosen_text.setObjectName("correctionChosen")
        self.body.addRow(self.chosen_text)
        self.text = text_edit(lines=3)
        self.text.setObjectName("correctionText")
        self.text_field = self.add_field(self.text)
        self.void_check = QCheckBox()
        self.void_check.setObjectName("correctionVoid")
        self.void_field = self.add_field(self.void_check)
        self.ok_button.setEnabled(False)
        self.retranslate()
        who = candidate.candidate_id if candidate is not None else None
        run_task(
            self,
            lambda: proces_verbaal.load(station, actor, session_id),
            lambda pv: self._loaded(
                pv.select(candidate_id=who, with_group=True) if who is not None else pv.entries
            ),
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("CorrectionDialog", "Loading the recorded events…"),
        )

    def _loaded(self, entries: Sequence[Entry]) -> None:
        # Newest first: a correction is nearly always about something just recorded.
        self.entries = [e for e in reversed(entries) if e.kind != EventKind.CLOCK_ANOMALY]
        self.event_combo.clear()
        for entry in self.entries:
            self.event_combo.addItem(self._entry_line(entry), entry.event_id)
        self.ok_button.setEnabled(bool(self.entries))
        if not self.entries:
            self.refuse(
                lambda: QCoreApplication.translate("CorrectionDialog", "Nothing has been recorded yet.")
            )
        self._event_chosen()

    def _entry_line(self, entry: Entry) -> str:
        return f"{entry.time_text} · {entry.kind_text()} · {entry.subject_text()}"

    def chosen(self) -> Entry | None:
        index = self.event_combo.currentIndex()
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def _event_chosen(self) -> None:
        entry = self.chosen()
        voidable = entry is not None and entry.kind in sessions.VOIDABLE_KINDS and not entry.voided
        self.void_check.setEnabled(voidable)
        if not voidable:
            self.void_check.setChecked(False)
        self.chosen_text.setText(
            QCoreApplication.translate("CorrectionDialog", "Recorded by {actor}: {text}").format(
                actor=entry.actor.display_name, text=entry.text()
            )
            if entry is not None
            else ""
        )
        self.chosen_text.setAccessibleName(self.chosen_text.text())

    def submit(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        station, actor, sid = self.station, self.actor, self.session_id
        text, void, event_id = self.text.toPlainText(), self.void_check.isChecked(), entry.event_id
        self.run(
            lambda: sessions.record_correction(station, actor, sid, event_id, text, void=void),
            QCoreApplication.translate("CorrectionDialog", "Recording the correction…"),
        )

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("CorrectionDialog", "Correction"))
        self.intro.setText(
            QCoreApplication.translate(
                "CorrectionDialog",
                "Nothing recorded is ever changed or removed: the correction is added to the proces-verbaal and "
                "names the event it corrects.",
            )
        )
        self.event_field.set_label(QCoreApplication.translate("CorrectionDialog", "Event to correct"))
        self.text_field.set_label(QCoreApplication.translate("CorrectionDialog", "What is right"))
        self.void_check.setText(
            QCoreApplication.translate(
                "CorrectionDialog", "This event did not happen to this candidate: take it out of their clock"
            )
        )
        self.void_field.set_label(QCoreApplication.translate("CorrectionDialog", "Clock"))
        for index, entry in enumerate(self.entries):
            self.event_combo.setItemText(index, self._entry_line(entry))
        self._event_chosen()
        self.retranslate_buttons(QCoreApplication.translate("CorrectionDialog", "Record correction"))
