"""The exam sessions (afnames) on the station, for the proctor's session picker (R-SES-1): when, which group
and exam, where, who supervises, and the state in words."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.core.words import SESSION_STATE_LABELS, label_of
from examdesk.ui.formats import date_text
from examdesk.ui.models.base import ROW_ROLE, RowTableModel, tr
from examdesk.ui.models.groups import LOCATIONS

if TYPE_CHECKING:
    from examdesk.services.sessions import SessionSummary

SESSION_ROLE = ROW_ROLE
"""The data role that returns the row's :class:`SessionSummary` itself."""

_Index = QModelIndex | QPersistentModelIndex


class SessionColumn(IntEnum):
    DATE = 0
    TIME = 1
    GROUP = 2
    EXAM = 3
    LOCATION = 4
    SURVEILLANTS = 5
    STATE = 6


HEADERS: dict[int, Text] = {
    SessionColumn.DATE: QT_TRANSLATE_NOOP("SessionTableModel", "Date"),
    SessionColumn.TIME: QT_TRANSLATE_NOOP("SessionTableModel", "Time"),
    SessionColumn.GROUP: QT_TRANSLATE_NOOP("SessionTableModel", "Afnamegroep"),
    SessionColumn.EXAM: QT_TRANSLATE_NOOP("SessionTableModel", "Exam"),
    SessionColumn.LOCATION: QT_TRANSLATE_NOOP("SessionTableModel", "Location"),
    SessionColumn.SURVEILLANTS: QT_TRANSLATE_NOOP("SessionTableModel", "Surveillants"),
    SessionColumn.STATE: QT_TRANSLATE_NOOP("SessionTableModel", "State"),
}

SESSION_STATES = SESSION_STATE_LABELS

_STATE_COLOURS = {"planned": "#eceff3", "running": "#d6efdc", "closed": "#dce7f7"}


def session_state_text(state: str) -> str:
    label = label_of(SESSION_STATE_LABELS, state)
    return tr(label) if isinstance(label, Text) else label


def session_location_text(summary: SessionSummary) -> str:
    place = (
        tr(LOCATIONS[summary.location_kind]) if summary.location_kind in LOCATIONS else summary.location_kind
    )
    text = f"{place}, {summary.room}" if summary.room else place
    if summary.quarantine:
        text = QCoreApplication.translate("SessionTableModel", "{place} (quarantine)").format(place=text)
    return text


class SessionTableModel(RowTableModel["SessionSummary"]):
    """One row per session, in date and time order."""

    COLUMNS: ClassVar[type[IntEnum]] = SessionColumn
    HEADERS: ClassVar[dict[int, Text]] = HEADERS

    def row_of(self, session_id: str) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), None)

    def display(self, item: SessionSummary, column: int) -> str:
        col = SessionColumn(column)
        if col is SessionColumn.DATE:
            return date_text(item.date)
        if col is SessionColumn.TIME:
            return item.start_time
        if col is SessionColumn.GROUP:
            return f"{item.group_name} ({item.group_code})"
        if col is SessionColumn.EXAM:
            return item.exam_title
        if col is SessionColumn.LOCATION:
            return session_location_text(item)
        if col is SessionColumn.SURVEILLANTS:
            return ", ".join(item.surveillant_names or item.surveillants)
        return session_state_text(item.state)

    def tooltip(self, item: SessionSummary, column: int) -> str | None:
        if column == SessionColumn.EXAM:
            return f"{item.exam_title} ({item.exam_code})"
        return None

    def emphasis(self, item: SessionSummary, column: int) -> bool:
        return column == SessionColumn.STATE

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and index.column() == SessionColumn.STATE
            and 0 <= index.row() < len(self._rows)
        ):
            return QColor(_STATE_COLOURS.get(self._rows[index.row()].state, "#ffffff"))
        return super().data(index, role)
