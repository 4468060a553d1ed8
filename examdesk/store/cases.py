"""What the irregularity cases write besides events: the afnamegroep of a tweede zitting (R-IRR-3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from examdesk.store.models import CandidateRow, ExamGroupRow

SUFFIX = "-2Z"
"""A tweede zitting's afnamegroep is named after the first one, as ``<code>-2Z`` (``-2Z2``, … when taken)."""


def free_second_sitting_code(session: Session, first_code: str) -> str:
    base = first_code[: 64 - len(SUFFIX) - 3] + SUFFIX
    code, number = base, 1
    while session.get(ExamGroupRow, code) is not None:
        number += 1
        code = f"{base}{number}"
    return code


def add_second_sitting_group(
    session: Session,
    first: ExamGroupRow,
    candidates: Sequence[CandidateRow],
    *,
    date: dt.date,
    start_time: str,
    location_kind: str,
    room: str,
    now: datetime,
) -> ExamGroupRow:
    """A new afnamegroep flagged as the second sitting of ``first``, holding copies of ``candidates``
    (same number, name, sealed BSN and accommodations)."""
    group = ExamGroupRow(
        code=free_second_sitting_code(session, first.code),
        exam_code=first.exam_code,
        name=f"{first.name} (tweede zitting)"[:200],
        date=date,
        start_time=start_time,
        location_kind=location_kind,
        room=room,
        second_sitting_of=first.code,
        imported_at=now,
    )
    session.add(group)
    session.flush()
    for candidate in candidates:
        session.add(
            CandidateRow(
                group_code=group.code,
                number=candidate.number,
                name=candidate.name,
                bsn_sealed=candidate.bsn_sealed,
                bsn_hash=candidate.bsn_hash,
                bsn_last4=candidate.bsn_last4,
                accommodations=candidate.accommodations,
            )
        )
    session.flush()
    return group
