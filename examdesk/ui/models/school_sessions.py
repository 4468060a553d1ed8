"""Every station's sessions of one day, for the school's "Today" page (issue 18, R-NET-3): where, which exam,
the state in words, how many candidates work, pause, have finished or not started, the meldingen and open
storingen, the last event, and whether the copy can be relied on."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.ui.formats import local_time_text
from examdesk.ui.models.base import NONE_SHOWN, ROW_ROLE, RowTableModel, tr
from examdesk.ui.models.sessions import session_state_text

if TYPE_CHECKING:
    from examdesk.services.school_view import RemoteSession

REMOTE_SESSION_ROLE = ROW_ROLE
"""The data role that returns the row's :class:`RemoteSession` itself."""

SOURCE_TRANSFER = (
    "transfer"  # services.school_view.SOURCE_TRANSFER (this module is imported without services)
)

_Index = QModelIndex | QPersistentModelIndex


class SchoolColumn(IntEnum):
    STATION = 0
    ROOM = 1
    EXAM = 2
    START = 3
    STATE = 4
    WORKING = 5
    PAUSED = 6
    FINISHED = 7
    NOT_STARTED = 8
    MELDINGEN = 9
    STORINGEN = 10
    LAST_EVENT = 11
    NOTES = 12


HEADERS: dict[int, Text] = {
    SchoolColumn.STATION: QT_TRANSLATE_NOOP("SchoolSessionModel", "Station"),
    SchoolColumn.ROOM: QT_TRANSLATE_NOOP("SchoolSessionModel", "Room"),
    SchoolColumn.EXAM: QT_TRANSLATE_NOOP("SchoolSessionModel", "Exam"),
    SchoolColumn.START: QT_TRANSLATE_NOOP("SchoolSessionModel", "Start"),
    SchoolColumn.STATE: QT_TRANSLATE_NOOP("SchoolSessionModel", "State"),
    SchoolColumn.WORKING: QT_TRANSLATE_NOOP("SchoolSessionModel", "Working"),
    SchoolColumn.PAUSED: QT_TRANSLATE_NOOP("SchoolSessionModel", "Paused"),
    SchoolColumn.FINISHED: QT_TRANSLATE_NOOP("SchoolSessionModel", "Finished"),
    SchoolColumn.NOT_STARTED: QT_TRANSLATE_NOOP("SchoolSessionModel", "Not started"),
    SchoolColumn.MELDINGEN: QT_TRANSLATE_NOOP("SchoolSessionModel", "Meldingen"),
    SchoolColumn.STORINGEN: QT_TRANSLATE_NOOP("SchoolSessionModel", "Open storingen"),
    SchoolColumn.LAST_EVENT: QT_TRANSLATE_NOOP("SchoolSessionModel", "Last event"),
    SchoolColumn.NOTES: QT_TRANSLATE_NOOP("SchoolSessionModel", "Notes"),
}

_COUNTS = {
    SchoolColumn.WORKING: "working",
    SchoolColumn.PAUSED: "paused",
    SchoolColumn.FINISHED: "finished",
    SchoolColumn.NOT_STARTED: "not_started",
    SchoolColumn.MELDINGEN: "meldingen",
    SchoolColumn.STORINGEN: "open_storingen",
}

_STATE_COLOURS = {"planned": "#eceff3", "running": "#d6efdc", "closed": "#dce7f7"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SchoolSessionModel", text)


def notes(item: RemoteSession) -> str:
    """What to know about the copy itself: a broken chain (R-PV-3), a session from a transfer file (R-NET-4)."""
    said = []
    if not item.chain_ok:
        said.append(_tr("chain broken: this copy was changed"))
    if item.source == SOURCE_TRANSFER:
        said.append(_tr("transfer file"))
    return "; ".join(said)


class SchoolSessionModel(RowTableModel["RemoteSession"]):
    """One row per session of any other station, in start and room order."""

    COLUMNS: ClassVar[type[IntEnum]] = SchoolColumn
    HEADERS: ClassVar[dict[int, Text]] = HEADERS
    NUMERIC: ClassVar[frozenset[int]] = frozenset(_COUNTS)

    def row_of(self, station_id: str, session_id: str) -> int | None:
        return next(
            (
                i
                for i, s in enumerate(self._rows)
                if s.station_id == station_id and s.session_id == session_id
            ),
            None,
        )

    def display(self, item: RemoteSession, column: int) -> str:
        col = SchoolColumn(column)
        if col is SchoolColumn.STATION:
            return item.station_name
        if col is SchoolColumn.ROOM:
            return item.room or NONE_SHOWN
        if col is SchoolColumn.EXAM:
            return item.exam_title or item.group_name
        if col is SchoolColumn.START:
            return item.start_time
        if col is SchoolColumn.STATE:
            return session_state_text(str(item.state))
        if col in _COUNTS:
            return str(getattr(item, _COUNTS[col]))
        if col is SchoolColumn.LAST_EVENT:
            return local_time_text(item.last_event_at) if item.last_event_at is not None else NONE_SHOWN
        return notes(item)

    def tooltip(self, item: RemoteSession, column: int) -> str | None:
        if column == SchoolColumn.EXAM:
            return QCoreApplication.translate(
                "SchoolSessionModel", "{exam} ({code}); afnamegroep {group} ({group_code})"
            ).format(
                exam=item.exam_title, code=item.exam_code, group=item.group_name, group_code=item.group_code
            )
        if column == SchoolColumn.STATION:
            return QCoreApplication.translate("SchoolSessionModel", "Station {name} ({id})").format(
                name=item.station_name, id=item.station_id
            )
        if column == SchoolColumn.NOTES:
            return notes(item) or None
        return None

    def accessible(self, item: RemoteSession, column: int) -> str:
        shown = self.display(item, column)
        return f"{tr(HEADERS[column])}: {shown}"

    def warning(self, item: RemoteSession, column: int) -> bool:
        if column == SchoolColumn.NOTES:
            return not item.chain_ok
        if column == SchoolColumn.STORINGEN:
            return item.open_storingen > 0
        return False

    def emphasis(self, item: RemoteSession, column: int) -> bool:
        return column == SchoolColumn.STATE or self.warning(item, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        """The counts' and the time's headers on two lines: the table fits a 1366-pixel screen with the
        names of stations, rooms and exams still readable."""
        found = super().headerData(section, orientation, role)
        if isinstance(found, str) and (section in _COUNTS or section == SchoolColumn.LAST_EVENT):
            return found.replace(" ", "\n", 1)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        return found

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and index.column() == SchoolColumn.STATE
            and 0 <= index.row() < len(self._rows)
        ):
            return QColor(_STATE_COLOURS.get(str(self._rows[index.row()].state), "#ffffff"))
        return super().data(index, role)
