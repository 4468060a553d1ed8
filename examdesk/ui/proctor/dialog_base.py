"""What every surveillant dialog shares: the base dialog about one session (and often one candidate),
the choice between one candidate and the whole group, and a few small helpers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from examdesk.services.actors import SignedIn
from examdesk.services.sessions import CandidateStatus
from examdesk.services.station import Station
from examdesk.ui.widgets.service_dialog import ServiceDialog


def candidate_label(candidate: CandidateStatus) -> str:
    return f"{candidate.number} {candidate.name}"


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
