"""The signed dossier of a case (R-IRR-2, R-SIG-1): exported through the dialog every single report uses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from examdesk.services import reports
from examdesk.services.actors import SignedIn
from examdesk.services.cases import CaseSummary
from examdesk.services.reports import Exported
from examdesk.services.station import Station
from examdesk.ui.dialogs.export_report import ExportOneReportDialog, open_in_viewer
from examdesk.ui.formats import date_text


class ExportCaseDossierDialog(ExportOneReportDialog):
    """The language and the file for the dossier of one case, then export it signed."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        summary: CaseSummary,
        parent: QWidget | None = None,
        *,
        opener: Callable[[Path], bool] = open_in_viewer,
    ) -> None:
        self.summary = summary
        name = f"Dossier {summary.id} {summary.group_code}.pdf"
        super().__init__(station, actor, name, parent, opener=opener)

    def work(self, path: Path, language: str) -> Callable[[], Exported]:
        station, actor, case_id, overwrite = self.station, self.actor, self.summary.id, self.overwrite
        return lambda: reports.export_case(
            station, actor, case_id, path, language=language, overwrite=overwrite
        )

    def dialog_title(self) -> str:
        return QCoreApplication.translate("CasesWorkspace", "Export the signed dossier of the case")

    def intro_text(self) -> str:
        summary = self.summary
        return QCoreApplication.translate(
            "CasesWorkspace",
            "Case {id}: {group}, {date}. The dossier holds the case's facts, every step with its dates and "
            "corrections, the session's entries about these candidates and their masked BSNs.",
        ).format(id=summary.id, group=summary.group_name, date=date_text(summary.session_date))
