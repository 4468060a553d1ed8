"""The Proctor workspace (Surveilleren). Exam sessions come with the proctoring feature; until then it
says honestly what it will hold and where sessions come from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from examdesk.ui.widgets.common import Retranslating
from examdesk.ui.widgets.empty_state import EmptyState


def title() -> str:
    return QCoreApplication.translate("ProctorWorkspace", "Proctor")


class ProctorWorkspace(Retranslating, QWidget):
    """Running exam sessions; for the surveillant and the examensecretaris (R-ROLE-2)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.set_texts(
            title(),
            QCoreApplication.translate(
                "ProctorWorkspace",
                "Here you will run the exam sessions of an afnamegroep: each candidate's own clock, the BSN check "
                "on the start screen, pauses and extra time, storingen and meldingen, and the proces-verbaal that "
                "is written as the session goes.",
            ),
            QCoreApplication.translate("ProctorWorkspace", "What to do now"),
            QCoreApplication.translate(
                "ProctorWorkspace",
                "No exam sessions on this station yet. Exam packages and sessions come from the "
                "examensecretaris; once a session is planned it appears here.",
            ),
        )
