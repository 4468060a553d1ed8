"""R-ACC-3: one row per ISD accommodation of the selected afnamegroep, with the date its ISD melding was
reported or a clear "not reported" flag: said in words, the colour only adds."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication

from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.ui.formats import date_text
from examdesk.ui.models.base import ROW_ROLE, RowTableModel
from examdesk.ui.models.roster import accommodation_text

if TYPE_CHECKING:
    from examdesk.services.isd_meldingen import IsdMelding

ISD_ROLE = ROW_ROLE
"""The data role that returns the row's :class:`IsdMelding` itself."""


class IsdColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    ACCOMMODATION = 2
    REPORTED = 3


HEADERS: dict[int, Text] = {
    IsdColumn.NUMBER: QT_TRANSLATE_NOOP("IsdMeldingTableModel", "Number"),
    IsdColumn.NAME: QT_TRANSLATE_NOOP("IsdMeldingTableModel", "Name"),
    IsdColumn.ACCOMMODATION: QT_TRANSLATE_NOOP("IsdMeldingTableModel", "Accommodation"),
    IsdColumn.REPORTED: QT_TRANSLATE_NOOP("IsdMeldingTableModel", "ISD melding"),
}


def reported_text(melding: IsdMelding) -> str:
    """``reported on 2 Mar 2026`` or ``NOT REPORTED`` (R-ACC-3)."""
    if melding.reported_on is None:
        return QCoreApplication.translate("IsdMeldingTableModel", "NOT REPORTED")
    return QCoreApplication.translate("IsdMeldingTableModel", "reported on {date}").format(
        date=date_text(melding.reported_on)
    )


class IsdMeldingTableModel(RowTableModel["IsdMelding"]):
    """One row per accommodation that needs an ISD melding (R-ACC-3)."""

    COLUMNS: ClassVar[type[IntEnum]] = IsdColumn
    HEADERS: ClassVar[dict[int, Text]] = HEADERS

    def display(self, item: IsdMelding, column: int) -> str:
        col = IsdColumn(column)
        if col is IsdColumn.NUMBER:
            return item.number
        if col is IsdColumn.NAME:
            return item.name
        if col is IsdColumn.ACCOMMODATION:
            return accommodation_text(item.accommodation)
        return reported_text(item)

    def tooltip(self, item: IsdMelding, column: int) -> str | None:
        if column == IsdColumn.REPORTED and not item.reported:
            return QCoreApplication.translate(
                "IsdMeldingTableModel",
                "No date of the ISD melding is recorded for this accommodation. Report it to the Inspectie "
                "and record the date in the exam package (isd_reported_on).",
            )
        return None

    def warning(self, item: IsdMelding, column: int) -> bool:
        return column == IsdColumn.REPORTED and not item.reported  # R-ACC-3: flagged in words and colour
