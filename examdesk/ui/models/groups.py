"""The afnamegroepen table of the Exams workspace, with the number of ISD meldingen each needs (R-ACC-3)."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication

from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.ui.formats import date_text
from examdesk.ui.models.base import ROW_ROLE, RowTableModel, tr
from examdesk.ui.models.exams import kind_text

if TYPE_CHECKING:
    from examdesk.services.catalogue import GroupSummary

GROUP_ROLE = ROW_ROLE
"""The data role that returns the row's :class:`GroupSummary` itself."""


class GroupColumn(IntEnum):
    DATE = 0
    TIME = 1
    CODE = 2
    NAME = 3
    EXAM = 4
    LOCATION = 5
    CANDIDATES = 6
    ISD_MELDINGEN = 7
    SECOND_SITTING_OF = 8


HEADERS: dict[int, Text] = {
    GroupColumn.DATE: QT_TRANSLATE_NOOP("GroupTableModel", "Date"),
    GroupColumn.TIME: QT_TRANSLATE_NOOP("GroupTableModel", "Time"),
    GroupColumn.CODE: QT_TRANSLATE_NOOP("GroupTableModel", "Code"),
    GroupColumn.NAME: QT_TRANSLATE_NOOP("GroupTableModel", "Name"),
    GroupColumn.EXAM: QT_TRANSLATE_NOOP("GroupTableModel", "Exam"),
    GroupColumn.LOCATION: QT_TRANSLATE_NOOP("GroupTableModel", "Location"),
    GroupColumn.CANDIDATES: QT_TRANSLATE_NOOP("GroupTableModel", "Candidates"),
    GroupColumn.ISD_MELDINGEN: QT_TRANSLATE_NOOP("GroupTableModel", "ISD meldingen"),
    GroupColumn.SECOND_SITTING_OF: QT_TRANSLATE_NOOP("GroupTableModel", "Second sitting of"),
}

LOCATIONS: dict[str, Text] = {
    "school": QT_TRANSLATE_NOOP("GroupTableModel", "school"),
    "home": QT_TRANSLATE_NOOP("GroupTableModel", "at home"),
    "hospital": QT_TRANSLATE_NOOP("GroupTableModel", "hospital"),
    "exam_centre": QT_TRANSLATE_NOOP("GroupTableModel", "exam centre"),
    "elsewhere": QT_TRANSLATE_NOOP("GroupTableModel", "elsewhere"),
}


def location_text(group: GroupSummary) -> str:
    """``school, Lokaal 2.14``: the kind of place in words, then the room when there is one."""
    place = tr(LOCATIONS[group.location_kind]) if group.location_kind in LOCATIONS else group.location_kind
    return f"{place}, {group.room}" if group.room else place


def second_sitting_text(group: GroupSummary) -> str:
    """``second sitting of 2026-06-12-CK-A``, or nothing for a first sitting."""
    if group.second_sitting_of:
        return QCoreApplication.translate("GroupTableModel", "second sitting of {group}").format(
            group=group.second_sitting_of
        )
    return ""


class GroupTableModel(RowTableModel["GroupSummary"]):
    """One row per afnamegroep, by date and time."""

    COLUMNS: ClassVar[type[IntEnum]] = GroupColumn
    HEADERS: ClassVar[dict[int, Text]] = HEADERS
    NUMERIC: ClassVar[frozenset[int]] = frozenset({GroupColumn.CANDIDATES, GroupColumn.ISD_MELDINGEN})

    def row_of(self, code: str) -> int | None:
        return next((i for i, group in enumerate(self._rows) if group.code == code), None)

    def display(self, item: GroupSummary, column: int) -> str:
        col = GroupColumn(column)
        if col is GroupColumn.DATE:
            return date_text(item.date)
        if col is GroupColumn.TIME:
            return item.start_time
        if col is GroupColumn.CODE:
            return item.code
        if col is GroupColumn.NAME:
            return item.name
        if col is GroupColumn.EXAM:
            return item.exam_code
        if col is GroupColumn.LOCATION:
            return location_text(item)
        if col is GroupColumn.CANDIDATES:
            return str(item.candidate_count)
        if col is GroupColumn.ISD_MELDINGEN:
            return str(item.isd_melding_count)
        # The header says "Second sitting of"; the cell names the group it repeats.
        return item.second_sitting_of or ""

    def accessible(self, item: GroupSummary, column: int) -> str:
        if column == GroupColumn.ISD_MELDINGEN:
            return self.tooltip(item, column) or ""
        if column == GroupColumn.SECOND_SITTING_OF:
            return second_sitting_text(item)
        return self.display(item, column)

    def tooltip(self, item: GroupSummary, column: int) -> str | None:
        if column == GroupColumn.EXAM:
            return f"{item.exam_code} ({kind_text(item.exam_kind)})"
        if column == GroupColumn.ISD_MELDINGEN:
            if item.isd_melding_count == 0:
                return QCoreApplication.translate(
                    "GroupTableModel", "No candidate in this group needs an ISD melding."
                )
            return QCoreApplication.translate(
                "GroupTableModel",
                "{count} of {total} candidates have an accommodation that must be reported to the Inspectie "
                "(ISD melding).",
            ).format(count=item.isd_melding_count, total=item.candidate_count)
        if column in (GroupColumn.NAME, GroupColumn.LOCATION):
            return self.display(item, column)
        if column == GroupColumn.SECOND_SITTING_OF:
            return second_sitting_text(item) or None
        return None

    def emphasis(self, item: GroupSummary, column: int) -> bool:
        # The count is the text; bold only draws the eye to groups with meldingen to make.
        return column == GroupColumn.ISD_MELDINGEN and item.isd_melding_count > 0
