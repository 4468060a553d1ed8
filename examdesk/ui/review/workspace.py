"""The Review workspace (Inzage). Results come with the inzage feature; until then it says honestly
what it will hold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from examdesk.ui.widgets.common import Retranslating
from examdesk.ui.widgets.empty_state import EmptyState


def title() -> str:
    return QCoreApplication.translate("ReviewWorkspace", "Review")


class ReviewWorkspace(Retranslating, QWidget):
    """Inzage of taken exams; for the examensecretaris only, because it shows answers and keys (R-ROLE-2)."""

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
                "ReviewWorkspace",
                "Here the examensecretaris will hold inzage: choose an afnamegroep, see its results, and open one "
                "candidate's work read-only, next to the answer key and the correctievoorschrift.",
            ),
            QCoreApplication.translate("ReviewWorkspace", "What to do now"),
            QCoreApplication.translate(
                "ReviewWorkspace",
                "No results on this station yet. Results appear here once an exam session has been taken and "
                "scored on this station.",
            ),
        )
