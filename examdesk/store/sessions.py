"""Queries on exam sessions and their surveillants."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlmodel import Session, col

from examdesk.store.models import AccountRow, ExamSessionRow, SessionSurveillantRow


def all_sessions(session: Session) -> list[ExamSessionRow]:
    statement = select(ExamSessionRow).order_by(col(ExamSessionRow.date), col(ExamSessionRow.start_time))
    return list(session.execute(statement).scalars())


def surveillants_of(session: Session, session_id: str) -> list[tuple[SessionSurveillantRow, str]]:
    """A session's surveillants with their usernames."""
    statement = (
        select(SessionSurveillantRow, col(AccountRow.username))
        .join(AccountRow, col(AccountRow.id) == col(SessionSurveillantRow.account_id))
        .where(col(SessionSurveillantRow.session_id) == session_id)
    )
    return [(row, name) for row, name in session.execute(statement)]


def surveillant_names_of(session: Session, session_id: str) -> dict[str, str]:
    """A session's surveillants: username to display name."""
    statement = (
        select(col(AccountRow.username), col(AccountRow.display_name))
        .join(SessionSurveillantRow, col(AccountRow.id) == col(SessionSurveillantRow.account_id))
        .where(col(SessionSurveillantRow.session_id) == session_id)
    )
    return {username: display for username, display in session.execute(statement)}


def groups_sitting_on(session: Session, day: dt.date) -> list[str]:
    """The group of every session planned on ``day`` (a group planned twice counts twice)."""
    statement = select(col(ExamSessionRow.group_code)).where(col(ExamSessionRow.date) == day)
    return list(session.execute(statement).scalars())
