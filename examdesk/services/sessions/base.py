"""What the session services share: a session's row (with its afnamegroep and exam), its state, its planned
start, and the one sentence for a session this station does not hold."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlmodel import Session

from examdesk.core.eventkinds import EventKind
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.core.words import SessionState as SessionState
from examdesk.services import events
from examdesk.services.errors import InvalidInput, NotFound
from examdesk.services.events import Event
from examdesk.services.station_base import Station
from examdesk.store.db import transaction
from examdesk.store.models import ExamGroupRow, ExamRow, ExamSessionRow

NO_SESSION = QT_TRANSLATE_NOOP("Sessions", "There is no session {id} on this station.")
NOT_RUNNING = QT_TRANSLATE_NOOP(
    "Sessions", "The session is {state}; this can only be done while it is running."
)


def session_row(session: Session, session_id: str) -> ExamSessionRow:
    """The session's row; :class:`NotFound` (said as ``NO_SESSION``) when this station holds no such session."""
    row: ExamSessionRow | None = session.get(ExamSessionRow, session_id)
    if row is None:
        raise NotFound(message(NO_SESSION, id=session_id))
    return row


def session_group_exam(session: Session, session_id: str) -> tuple[ExamSessionRow, ExamGroupRow, ExamRow]:
    """The session's row, its afnamegroep and the group's exam (the foreign keys make both exist)."""
    row = session_row(session, session_id)
    group: ExamGroupRow | None = session.get(ExamGroupRow, row.group_code)
    exam: ExamRow | None = session.get(ExamRow, group.exam_code) if group is not None else None
    assert group is not None and exam is not None  # foreign keys
    return row, group, exam


def session_questions(station: Station, session_id: str) -> list[str]:
    """The question numbers of the session's exam, in the exam's order."""
    with transaction(station.engine) as session:
        _, _, exam = session_group_exam(session, session_id)
        return [item.id for item in exam.definition.items]


def session_state(session_events: Iterable[Event]) -> SessionState:
    kinds = {event.kind for event in session_events}
    if EventKind.SESSION_CLOSED in kinds:
        return SessionState.CLOSED
    if EventKind.SESSION_STARTED in kinds:
        return SessionState.RUNNING
    return SessionState.PLANNED


def planned_start(row: ExamSessionRow) -> datetime:
    """The session's planned start as a UTC moment (the date and time are Amsterdam's)."""
    hours, minutes = (int(part) for part in row.start_time.split(":"))
    local = datetime.combine(row.date, dt.time(hours, minutes), tzinfo=AMSTERDAM)
    return local.astimezone(UTC)


def require_running(session: Session, station: Station, session_id: str) -> None:
    state = session_state(
        events.list_events(
            station, session_id=session_id, candidate_id=None, only_session=True, within=session
        )
    )
    if state is not SessionState.RUNNING:
        raise InvalidInput(message(NOT_RUNNING, state=state.value))
