"""The roster of one afnamegroep: masked BSNs only (R-BSN-6), accommodations in words, the VSV's validity
in words (R-ACC-2) and whether an ISD melding is needed (R-ACC-3). State is said in words; colour adds."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication

from examdesk import i18n
from examdesk.core.accommodations import GROUND_LABELS, LABELS, AccommodationKind, VsvStatus
from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.ui.formats import date_text, factor_text, minutes_text
from examdesk.ui.models.base import NONE_SHOWN, ROW_ROLE, RowTableModel

if TYPE_CHECKING:
    from examdesk.services.catalogue import Accommodation, RosterEntry

ROSTER_ROLE = ROW_ROLE
"""The data role that returns the row's :class:`RosterEntry` itself."""


class RosterColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    BSN = 2
    ACCOMMODATIONS = 3
    VSV = 4
    ISD_MELDING = 5


HEADERS: dict[int, Text] = {
    RosterColumn.NUMBER: QT_TRANSLATE_NOOP("RosterTableModel", "Number"),
    RosterColumn.NAME: QT_TRANSLATE_NOOP("RosterTableModel", "Name"),
    RosterColumn.BSN: QT_TRANSLATE_NOOP("RosterTableModel", "BSN"),
    RosterColumn.ACCOMMODATIONS: QT_TRANSLATE_NOOP("RosterTableModel", "Accommodations"),
    RosterColumn.VSV: QT_TRANSLATE_NOOP("RosterTableModel", "VSV"),
    RosterColumn.ISD_MELDING: QT_TRANSLATE_NOOP("RosterTableModel", "ISD melding"),
}

# The order in which VSV states are listed in one cell: what needs action first.
_SEVERITY = (VsvStatus.EXPIRED, VsvStatus.MISSING, VsvStatus.VALID)


def accommodation_text(accommodation: Accommodation) -> str:
    """``extra time 30 min (dyslexie)``, ``extended duration ×1,25``, ``other: a quiet corner``."""
    text = i18n.render(LABELS[accommodation.kind])
    if accommodation.kind is AccommodationKind.OTHER and accommodation.text:
        text = f"{text}: {accommodation.text}"
    if accommodation.factor:
        text = f"{text} ×{factor_text(accommodation.factor)}"
    if accommodation.minutes:
        text = f"{text} {minutes_text(accommodation.minutes)}"
    model = accommodation.model
    if model is not None and model.ground is not None:  # R-ACC-1: the ground is a code, shown in words
        ground = i18n.render(GROUND_LABELS[model.ground])
        if model.nt2_school_years is not None:
            ground = QCoreApplication.translate(
                "RosterTableModel", "{ground}, {years} school years in NL"
            ).format(ground=ground, years=model.nt2_school_years)
        if model.note:
            ground = f"{ground}: {model.note}"
        text = f"{text} ({ground})"
    elif accommodation.basis:
        text = f"{text} ({accommodation.basis})"
    return text


def accommodations_text(entry: RosterEntry) -> str:
    return "; ".join(accommodation_text(a) for a in entry.accommodations) or NONE_SHOWN


def vsv_state_text(accommodation: Accommodation) -> str:
    """The VSV of one accommodation in words, with its last valid day."""
    check = accommodation.vsv
    if check.status is VsvStatus.VALID and check.valid_until is not None:
        return QCoreApplication.translate("RosterTableModel", "valid until {date}").format(
            date=date_text(check.valid_until)
        )
    if check.status is VsvStatus.EXPIRED and check.valid_until is not None:
        return QCoreApplication.translate("RosterTableModel", "EXPIRED (valid until {date})").format(
            date=date_text(check.valid_until)
        )
    if check.status is VsvStatus.MISSING:
        return QCoreApplication.translate("RosterTableModel", "missing")
    return QCoreApplication.translate("RosterTableModel", "not needed")


def vsv_text(entry: RosterEntry) -> str:
    """Every different VSV state of the candidate's accommodations, the ones needing action first."""
    if not entry.accommodations:
        return NONE_SHOWN
    needed = [a for a in entry.accommodations if a.vsv.status is not VsvStatus.NOT_NEEDED]
    if not needed:
        return vsv_state_text(entry.accommodations[0])
    ordered = sorted(needed, key=lambda a: _SEVERITY.index(a.vsv.status))
    return "; ".join(dict.fromkeys(vsv_state_text(a) for a in ordered))


class RosterTableModel(RowTableModel["RosterEntry"]):
    """One row per candidate of the selected afnamegroep."""

    COLUMNS: ClassVar[type[IntEnum]] = RosterColumn
    HEADERS: ClassVar[dict[int, Text]] = HEADERS

    def row_of(self, number: str) -> int | None:
        return next((i for i, entry in enumerate(self._rows) if entry.number == number), None)

    def display(self, item: RosterEntry, column: int) -> str:
        col = RosterColumn(column)
        if col is RosterColumn.NUMBER:
            return item.number
        if col is RosterColumn.NAME:
            return item.name
        if col is RosterColumn.BSN:
            return item.masked_bsn  # R-BSN-6: the full number never reaches this table
        if col is RosterColumn.ACCOMMODATIONS:
            return accommodations_text(item)
        if col is RosterColumn.VSV:
            return vsv_text(item)
        return QCoreApplication.translate("RosterTableModel", "yes") if item.needs_isd_melding else NONE_SHOWN

    def accessible(self, item: RosterEntry, column: int) -> str:
        if column == RosterColumn.ISD_MELDING and not item.needs_isd_melding:
            return QCoreApplication.translate("RosterTableModel", "no ISD melding needed")
        if column in (RosterColumn.ACCOMMODATIONS, RosterColumn.VSV) and not item.accommodations:
            return QCoreApplication.translate("RosterTableModel", "no accommodations")
        return self.display(item, column)

    def tooltip(self, item: RosterEntry, column: int) -> str | None:
        if column == RosterColumn.ACCOMMODATIONS and item.accommodations:
            return "\n".join(accommodation_text(a) for a in item.accommodations)
        if column == RosterColumn.VSV and item.vsv_problem:
            return QCoreApplication.translate(
                "RosterTableModel",
                "This PE exam needs a valid Verklaring Speciale Voorzieningen for these accommodations. "
                "Check the VSV with the candidate before the start.",
            )
        if column == RosterColumn.VSV and any(a.statement_date for a in item.accommodations):
            dates = dict.fromkeys(
                date_text(a.statement_date) for a in item.accommodations if a.statement_date
            )
            return QCoreApplication.translate("RosterTableModel", "VSV dated {dates}").format(
                dates=", ".join(dates)
            )
        if column == RosterColumn.ISD_MELDING and item.needs_isd_melding:
            kinds = ", ".join(accommodation_text(a) for a in item.accommodations if a.isd_melding)
            return QCoreApplication.translate(
                "RosterTableModel", "To be reported to the Inspectie (ISD melding): {accommodations}"
            ).format(accommodations=kinds)
        return None

    def warning(self, item: RosterEntry, column: int) -> bool:
        return column == RosterColumn.VSV and item.vsv_problem

    def emphasis(self, item: RosterEntry, column: int) -> bool:
        return self.warning(item, column) or (column == RosterColumn.ISD_MELDING and item.needs_isd_melding)
