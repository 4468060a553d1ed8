"""The start-screen ID check before a PE inzage (R-INZ-3 with R-BSN-4): the proctor's start-screen check,
showing the roster BSN large for the candidate to compare with their ID document, recording the outcome
through the inzage service. It forgets the number when it closes (R-BSN-6)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from examdesk.services import inspection
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from examdesk.ui.dialogs.bsn_check import Candidate, CheckSource, StartScreenCheckDialog


class InzageIdCheckDialog(StartScreenCheckDialog):
    """R-INZ-3: the candidate's ID checked on the start screen before inzage; match or mismatch is an event.

    An inzage has no exam session and gives no accommodations, so the screen shows the number and the name
    only; a mismatch needs a note (R-BSN-4) and keeps the inzage from starting."""

    def __init__(
        self, station: Station, actor: SignedIn, candidate_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        source = CheckSource(
            open=lambda: (*inspection.bsn_for_check(station, actor, candidate_id), ()),
            record=lambda match, document, note: inspection.record_bsn_check(
                station, actor, candidate_id, match=match, id_document=document, note=note
            ),
        )
        super().__init__(station, actor, Candidate(candidate_id, name), source, parent, accommodations=False)
        self.setObjectName("inzageIdCheckDialog")

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
