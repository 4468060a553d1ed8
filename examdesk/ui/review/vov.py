"""A VOV about the content of the exam, made during an inzage (R-VOV-4; 002 §3.3 "Over de inhoud van het
examen? Vraag de toezichthouder om een 'verklaring van ordentelijk verloop'"), linked to the inzage."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from examdesk.services import inzage_sessions
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from examdesk.ui.dialogs.accounts import ServiceDialog


def question_numbers(text: str) -> list[int] | None:
    """``3, 7`` or ``3 7`` → [3, 7]; ``None`` when anything else is typed."""
    parts = [part for part in re.split(r"[,;\s]+", text.strip()) if part]
    if not parts or not all(part.isdigit() for part in parts):
        return None
    return [int(part) for part in parts]


class InzageVovDialog(ServiceDialog):
    """R-VOV-4: the questions (as the candidate saw them numbered, R-INZ-9) and what the candidate says."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        inzage_id: int,
        current: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("inzageVovDialog")
        self.inzage_id = inzage_id
        self.questions = QLineEdit("" if current is None else str(current))
        self.questions.setObjectName("vovQuestions")
        self.questions_field = self.add_field(self.questions)
        self.candidate_text = QPlainTextEdit()
        self.candidate_text.setObjectName("vovCandidateText")
        self.candidate_text.setTabChangesFocus(True)
        self.candidate_text.setFixedHeight(self.candidate_text.fontMetrics().lineSpacing() * 4 + 12)
        self.candidate_field = self.add_field(self.candidate_text)
        self.note = QLineEdit()
        self.note.setObjectName("vovNote")
        self.note_field = self.add_field(self.note)
        self.retranslate()

    def submit(self) -> None:
        numbers = question_numbers(self.questions.text())
        if numbers is None:
            self.refuse(
                lambda: QCoreApplication.translate(
                    "InzageVovDialog",
                    "Type the question numbers as the candidate saw them, for example 3, 7.",
                ),
                self.questions,
            )
            return
        station, actor, inzage_id = self.station, self.actor, self.inzage_id
        said, note = self.candidate_text.toPlainText(), self.note.text()
        self.run(
            lambda: inzage_sessions.record_vov(
                station, actor, inzage_id, questions=numbers, candidate_text=said, surveillant_text=note
            ),
            QCoreApplication.translate("InzageVovDialog", "Recording the VOV…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("InzageVovDialog", "VOV about the content of the exam")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "InzageVovDialog",
                "A verklaring van ordentelijk verloop about a question, made during this inzage and linked to "
                "it. It goes with the session in which the work was made, when that is known on this station.",
            )
        )
        self.questions_field.set_label(QCoreApplication.translate("InzageVovDialog", "Question numbers"))
        self.candidate_field.set_label(
            QCoreApplication.translate("InzageVovDialog", "What the candidate says")
        )
        self.note_field.set_label(QCoreApplication.translate("InzageVovDialog", "Your note"))
        self.retranslate_buttons(QCoreApplication.translate("InzageVovDialog", "Record VOV"))
