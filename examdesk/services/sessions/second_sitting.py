"""What planning checks of a tweede zitting (R-IRR-2, R-IRR-3): an invalidation decision for every candidate
who already sat the exam, and a variant that shares no item with the one they sat.

There is no path around it: a group marked ``second_sitting_of`` is only planned as a second sitting, and a
candidate who already handed the exam in is only planned again when a case declared their work invalid.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from examdesk.core import cases as rules
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import SessionPlanned
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import events
from examdesk.services.case_log import all_cases
from examdesk.services.sessions.base import session_group_exam
from examdesk.services.station import Station
from examdesk.store import packages as package_store
from examdesk.store.models import CandidateRow, ExamGroupRow, ExamRow, ExamSessionRow

_NOT_SECOND_SITTING = QT_TRANSLATE_NOOP(
    "Cases",
    "The afnamegroep {group} is not marked as a second sitting of {first}, the group of the first session.",
)
_MARKED_SECOND = QT_TRANSLATE_NOOP(
    "Cases",
    "The afnamegroep {group} is marked as a second sitting of {first}; it is planned only as the tweede "
    "zitting of a case whose decision declared the work invalid.",
)
_ALREADY_SAT = QT_TRANSLATE_NOOP(
    "Cases",
    "{name} already handed in {exam} ({where}); planning them again needs a case whose decision declares "
    "that work invalid.",
)
_VARIANT_NEEDED = QT_TRANSLATE_NOOP(
    "Cases", "A tweede zitting needs its variant chosen, so that it can be checked for overlap."
)
_NOT_INVALIDATED = QT_TRANSLATE_NOOP(
    "Cases",
    "{name} cannot sit a tweede zitting: no case of the first session holds a decision of the Inspectie "
    "that declares their work invalid.",
)
_VARIANT_UNKNOWN = QT_TRANSLATE_NOOP(
    "Cases",
    "It is not known which variant {name} sat in the first session; import their result (it names the "
    "variant) before planning the tweede zitting.",
)


def variants(exam: ExamRow) -> dict[str, tuple[str, ...]]:
    model = exam.definition
    if model.variants:
        return {v.code: tuple(v.items) for v in model.variants}
    return {"A": tuple(item.id for item in model.items)}


def planned_variant(session: Session, station: Station, session_id: str) -> str | None:
    planned = events.list_events(
        station, session_id=session_id, kinds=(EventKind.SESSION_PLANNED,), only_session=True, within=session
    )
    for event in planned:
        variant = event.facts_as(SessionPlanned).variant
        if variant:
            return variant
    return None


def variant_sat(
    session: Session, candidate: CandidateRow, exam: ExamRow, planned: str | None, known: Mapping[str, Any]
) -> str | None:
    """Which variant a candidate sat: their result says so; else the session's planned variant; else the
    exam's only variant."""
    assert candidate.id is not None
    result = package_store.find_result(session, candidate.id, exam.code)
    if result is not None:
        return result.variant
    if planned is not None:
        return planned
    return next(iter(known)) if len(known) == 1 else None


def invalidated(session: Session, station: Station, first_session: str | None = None) -> set[str]:
    """The BSN hashes of candidates whose work a case's decision declared invalid (of one session, or any)."""
    found: set[str] = set()
    for case in all_cases(session, station).values():
        if first_session is None or case.opened.session_id == first_session:
            for candidate_id in case.invalid_candidates:
                row = session.get(CandidateRow, candidate_id)
                if row is not None:
                    found.add(row.bsn_hash)
    return found


def handed_in(session: Session, station: Station, exam_code: str) -> dict[str, str]:
    """Who already handed ``exam_code`` in on this station: BSN hash -> where (group code).

    Results imported with a group are the work of that group's own sitting (R-PV-5), so they do not count
    here; the hand-in recorded in a session does."""
    found: dict[str, str] = {}
    groups: dict[str, str] = {}
    for event in events.list_events(station, kinds=(EventKind.HANDED_IN,), within=session):
        if event.session_id is None or event.candidate_id is None:
            continue
        if event.session_id not in groups:
            row = session.get(ExamSessionRow, event.session_id)
            group = session.get(ExamGroupRow, row.group_code) if row is not None else None
            groups[event.session_id] = group.code if group and group.exam_code == exam_code else ""
        if groups[event.session_id]:
            candidate = session.get(CandidateRow, event.candidate_id)
            if candidate is not None:
                found.setdefault(candidate.bsn_hash, groups[event.session_id])
    return found


def resit_problem_in(
    session: Session, station: Station, group_code: str, second_sitting_of: str | None
) -> Message | None:
    """R-IRR-2 for a plain planning: a group marked as a second sitting, or a candidate who already handed the
    exam in without an invalidation decision, is refused."""
    group = package_store.group_row(session, group_code)
    if second_sitting_of is not None:
        return None  # checked with the variant by variant_problem_in
    if group.second_sitting_of is not None:
        return message(_MARKED_SECOND, group=group.code, first=group.second_sitting_of)
    sat = handed_in(session, station, group.exam_code)
    if not sat:
        return None
    cleared = invalidated(session, station)
    for candidate in package_store.candidates_of(session, group_code):
        if candidate.bsn_hash in sat and candidate.bsn_hash not in cleared:
            label = f"{candidate.name} ({candidate.number})"
            return message(_ALREADY_SAT, name=label, exam=group.exam_code, where=sat[candidate.bsn_hash])
    return None


def variant_problem_in(
    session: Session, station: Station, group_code: str, variant: str | None, second_sitting_of: str | None
) -> Message | None:
    """Why a session of ``group_code`` cannot be planned with ``variant`` (None when it can).

    A tweede zitting (``second_sitting_of``: the first session) needs a group marked as the first group's
    second sitting, an invalidation decision for each of its candidates (R-IRR-2) and a variant that shares
    no item with the variant each of them sat (R-IRR-3).
    """
    group = package_store.group_row(session, group_code)
    exam = package_store.exam_row(session, group.exam_code)
    known = variants(exam)
    if variant is not None and variant not in known:
        return message(rules.UNKNOWN_VARIANT, variant=variant, variants=", ".join(sorted(known)))
    if second_sitting_of is None:
        return None
    _, first_group, _ = session_group_exam(session, second_sitting_of)
    if group.second_sitting_of != first_group.code:
        return message(_NOT_SECOND_SITTING, group=group.code, first=first_group.code)
    if variant is None:
        return message(_VARIANT_NEEDED)
    invalid_hashes = invalidated(session, station, second_sitting_of)
    planned = planned_variant(session, station, second_sitting_of)
    first_rows = {c.bsn_hash: c for c in package_store.candidates_of(session, first_group.code)}
    sat_by: dict[str, str] = {}
    for candidate in package_store.candidates_of(session, group_code):
        label = f"{candidate.name} ({candidate.number})"
        if candidate.bsn_hash not in invalid_hashes:  # R-IRR-2
            return message(_NOT_INVALIDATED, name=label)
        sat = variant_sat(session, first_rows[candidate.bsn_hash], exam, planned, known)
        if sat is None:
            return message(_VARIANT_UNKNOWN, name=label)
        sat_by[label] = sat
    return rules.variant_refusal(known, sat_by, variant)  # R-IRR-3
