"""Queries on exams, afnamegroepen, candidates and results."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlmodel import Session, col

from examdesk.store.models import CandidateRow, ExamGroupRow, ExamRow, ResultRow


def group_row(session: Session, code: str) -> ExamGroupRow:
    """An afnamegroep the caller knows exists (a foreign key or an earlier check says so)."""
    row = session.get(ExamGroupRow, code)
    if row is None:
        raise LookupError(f"afnamegroep {code!r} is not on this station")
    return row


def exam_row(session: Session, code: str) -> ExamRow:
    """An exam the caller knows exists (every afnamegroep's exam does: a foreign key)."""
    row = session.get(ExamRow, code)
    if row is None:
        raise LookupError(f"exam {code!r} is not on this station")
    return row


def all_exams(session: Session) -> list[ExamRow]:
    return list(session.execute(select(ExamRow).order_by(col(ExamRow.code))).scalars())


def all_groups(session: Session) -> list[ExamGroupRow]:
    statement = select(ExamGroupRow).order_by(
        col(ExamGroupRow.date), col(ExamGroupRow.start_time), col(ExamGroupRow.code)
    )
    return list(session.execute(statement).scalars())


def candidates_of(session: Session, group_code: str) -> list[CandidateRow]:
    statement = (
        select(CandidateRow)
        .where(col(CandidateRow.group_code) == group_code)
        .order_by(col(CandidateRow.number))
    )
    return list(session.execute(statement).scalars())


def candidate_numbers(session: Session) -> dict[str, set[str]]:
    """Every group's candidate numbers."""
    numbers: dict[str, set[str]] = {}
    for group_code, number in session.execute(select(col(CandidateRow.group_code), col(CandidateRow.number))):
        numbers.setdefault(group_code, set()).add(number)
    return numbers


def find_candidate(session: Session, group_code: str, number: str) -> CandidateRow | None:
    statement = select(CandidateRow).where(
        col(CandidateRow.group_code) == group_code, col(CandidateRow.number) == number
    )
    return session.execute(statement).scalars().first()


def find_result(session: Session, candidate_id: int, exam_code: str) -> ResultRow | None:
    statement = select(ResultRow).where(
        col(ResultRow.candidate_id) == candidate_id, col(ResultRow.exam_code) == exam_code
    )
    return session.execute(statement).scalars().first()


def results_of_group(session: Session, group_code: str) -> list[tuple[CandidateRow, ResultRow]]:
    statement = (
        select(CandidateRow, ResultRow)
        .join(ResultRow, col(ResultRow.candidate_id) == col(CandidateRow.id))
        .where(col(CandidateRow.group_code) == group_code)
        .order_by(col(CandidateRow.number))
    )
    return [(candidate, result) for candidate, result in session.execute(statement)]


def bsn_hashes_of(session: Session, group_code: str) -> list[str]:
    """The BSN hashes of a group's candidates, without loading the candidates (the sitting rules ask this
    of every group on a day, at an import of thousands)."""
    statement = select(col(CandidateRow.bsn_hash)).where(col(CandidateRow.group_code) == group_code)
    return [str(value) for value in session.execute(statement).scalars()]


def result_hand_ins_of_group(session: Session, group_code: str) -> list[tuple[str, dt.datetime | None]]:
    """Per result of a group's candidates: the candidate's BSN hash and when the work was handed in."""
    statement = (
        select(col(CandidateRow.bsn_hash), col(ResultRow.submitted_at))
        .join(ResultRow, col(ResultRow.candidate_id) == col(CandidateRow.id))
        .where(col(CandidateRow.group_code) == group_code)
    )
    return [(str(key), submitted) for key, submitted in session.execute(statement)]


def results_of_groups(session: Session, group_codes: list[str]) -> dict[tuple[int, str], ResultRow]:
    """Existing results of the candidates of ``group_codes``, by (candidate id, exam code)."""
    if not group_codes:
        return {}
    statement = (
        select(ResultRow)
        .join(CandidateRow, col(ResultRow.candidate_id) == col(CandidateRow.id))
        .where(col(CandidateRow.group_code).in_(group_codes))
    )
    return {(row.candidate_id, row.exam_code): row for row in session.execute(statement).scalars()}
