"""R-ACC-3: the "ISD meldingen" panel under a group's roster: per ISD accommodation the date its melding
was reported, or "not reported" in words and colour. Loads for the examensecretaris only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from examdesk.core.roles import Role
from examdesk.services.actors import SignedIn
from examdesk.services.isd_meldingen import IsdMelding, isd_meldingen, unreported_count
from examdesk.services.station import Station
from examdesk.ui.models.base import PROBLEM_COLOUR
from examdesk.ui.models.isd_meldingen import IsdColumn, IsdMeldingTableModel
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import Retranslating, heading, paragraph
from examdesk.ui.widgets.tables import FittedTable


class IsdMeldingPanel(Retranslating, QWidget):
    """The ISD meldingen of the selected afnamegroep (R-ACC-3)."""

    shown_meldingen = Signal()

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("isdPanel")
        self.station, self.actor = station, actor
        self._group: str | None = None
        self.title = heading(3)
        self.facts = paragraph()
        self.facts.setObjectName("isdFacts")
        self.model = IsdMeldingTableModel(self)
        self.table = FittedTable(self.model, IsdColumn.ACCOMMODATION, {IsdColumn.ACCOMMODATION: 28})
        self.table.setObjectName("isdTable")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.table, 1)
        self.setVisible(actor.has(Role.EXAMENSECRETARIS))  # the service is theirs only
        self.retranslate()

    def show_group(self, code: str | None) -> None:
        """Load the ISD meldingen of afnamegroep ``code`` (none: empty)."""
        self._group = code
        if code is None or not self.actor.has(Role.EXAMENSECRETARIS):
            self._show(code, [])
            return
        station, actor = self.station, self.actor
        run_task(
            self,
            lambda: isd_meldingen(station, actor, code),
            lambda rows: self._show(code, rows),
            label=QCoreApplication.translate("IsdMeldingPanel", "Loading the ISD meldingen…"),
        )

    def _show(self, code: str | None, rows: list[IsdMelding]) -> None:
        if code != self._group:
            return  # another group was chosen while these loaded
        self.model.set_rows(rows)
        self._retranslate_facts()
        self.shown_meldingen.emit()

    def _retranslate_facts(self) -> None:
        rows = self.model.rows()
        missing = unreported_count(rows)
        if not rows:
            text = QCoreApplication.translate(
                "IsdMeldingPanel",
                "No candidate of this afnamegroep has an accommodation that needs an ISD melding.",
            )
        elif missing:
            text = QCoreApplication.translate(
                "IsdMeldingPanel",
                "{count} of {total} ISD meldingen NOT REPORTED: report them to the Inspectie.",
            ).format(count=missing, total=len(rows))
        else:
            text = QCoreApplication.translate(
                "IsdMeldingPanel", "All {total} ISD meldingen are reported."
            ).format(total=len(rows))
        self.facts.setText(text)
        self.facts.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;" if missing else "")
        self.facts.setAccessibleName(text)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("IsdMeldingPanel", "ISD meldingen"))
        self.table.setAccessibleName(self.title.text())
        self.table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("IsdMeldingPanel", "Columns of the ISD meldingen")
        )
        self.model.retranslate()
        self._retranslate_facts()
