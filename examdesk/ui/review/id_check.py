"""The start-screen ID check before a PE inzage (R-INZ-3 with R-BSN-4): the proctor's BSN check dialog,
showing the roster BSN large for the candidate to compare with their ID document, recording the outcome
through the inzage service. It forgets the number when it closes (R-BSN-6)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from examdesk.services import inspection
from examdesk.services.actors import SignedIn
from examdesk.services.sessions import CandidateStatus
from examdesk.services.station import Station
from examdesk.ui.proctor.bsn_check import BsnCheckDialog
from examdesk.ui.tasks import run_task


@dataclass(frozen=True)
class _Candidate:
    """What the check dialog reads of a candidate: the id and the name."""

    candidate_id: int
    name: str


class InzageIdCheckDialog(BsnCheckDialog):
    """R-INZ-3: the candidate's ID checked on the start screen before inzage; match or mismatch is an event."""

    def __init__(
        self, station: Station, actor: SignedIn, candidate_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        # The dialog reads only the id and the name of the candidate; an inzage has no exam session.
        super().__init__(station, actor, "", cast(CandidateStatus, _Candidate(candidate_id, name)), parent)
        self.setObjectName("inzageIdCheckDialog")
        for widget in (self.accommodations_title, self.accommodations_text, self.vsv_warning):
            widget.hide()

    def load(self) -> None:
        station, actor, candidate_id = self.station, self.actor, self.candidate.candidate_id
        run_task(
            self,
            lambda: (*inspection.bsn_for_check(station, actor, candidate_id), ()),
            self._show,
            self._failed,
            label=QCoreApplication.translate("InzageIdCheckDialog", "Opening the BSN…"),
        )

    def record(self, match: bool) -> None:
        """Record the outcome; a mismatch needs a note saying what differs (R-BSN-4)."""
        if self._busy or not self.match_button.isEnabled():
            return
        note = self.note_edit.text().strip()
        if not match and not note:
            self.error.show_text(
                lambda: QCoreApplication.translate(
                    "InzageIdCheckDialog",
                    "Write in the note what differs between the roster and the ID document.",
                )
            )
            self.note_edit.setFocus()
            return
        self.error.clear_error()
        self._busy = True
        for button in (self.match_button, self.mismatch_button):
            button.setEnabled(False)
        station, actor, candidate_id, document = (
            self.station,
            self.actor,
            self.candidate.candidate_id,
            self.document(),
        )
        run_task(
            self,
            lambda: inspection.record_bsn_check(
                station, actor, candidate_id, match=match, id_document=document, note=note
            ),
            self._recorded,
            self._record_failed,
            label=QCoreApplication.translate("InzageIdCheckDialog", "Recording the ID check…"),
        )

    def retranslate(self) -> None:
        super().retranslate()
        title = QCoreApplication.translate("InzageIdCheckDialog", "ID check before the inzage")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "InzageIdCheckDialog",
                "Ask the candidate to compare this number with the BSN on their ID document, then choose the "
                "document and say whether they match. Without a match the inzage cannot start.",
            )
        )
