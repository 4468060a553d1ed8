"""Queries for inzage: the same person's candidacies and results of an exam across afnamegroepen."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlmodel import Session, col

from examdesk.store.models import CandidateRow, ExamGroupRow, ExamSessionRow, ResultRow


def candidacies_of_exam(
    session: Session, exam_code: str, bsn_hashes: Collection[str]
) -> list[tuple[CandidateRow, ResultRow | None]]:
    """Every candidacy for ``exam_code`` of the people with these BSN hashes (any group), with its result."""
    if not bsn_hashes:
        return []
    statement = (
        select(CandidateRow, ResultRow)
        .join(ExamGroupRow, col(ExamGroupRow.code) == col(CandidateRow.group_code))
        .outerjoin(
            ResultRow,
            (col(ResultRow.candidate_id) == col(CandidateRow.id)) & (col(ResultRow.exam_code) == exam_code),
        )
        .where(col(ExamGroupRow.exam_code) == exam_code, col(CandidateRow.bsn_hash).in_(list(bsn_hashes)))
    )
    return [(candidate, result) for candidate, result in session.execute(statement)]


def sessions_of_group(session: Session, group_code: str) -> list[ExamSessionRow]:
    statement = (
        select(ExamSessionRow)
        .where(col(ExamSessionRow.group_code) == group_code)
        .order_by(col(ExamSessionRow.date), col(ExamSessionRow.start_time))
    )
    return list(session.execute(statement).scalars())
