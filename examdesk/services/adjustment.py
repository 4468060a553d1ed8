"""R-VOV-3: the result-adjustment preview for a technical fault, in the Review workspace (examensecretaris)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from examdesk.core import inspection as rules
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.inzage import AdjustmentPreviewed, Outcome
from examdesk.core.facts.session import Melding
from examdesk.core.inspection import AdjustmentPreview
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.core.words import MeldingKind
from examdesk.services import events
from examdesk.services.actors import SignedIn
from examdesk.services.errors import InvalidInput, NotFound
from examdesk.services.events import Event
from examdesk.services.exams import core_exam, core_responses
from examdesk.services.inspection import (
    NO_RESULT,
    candidate_row,
    group_and_exam,
    require_viewer,
)
from examdesk.services.station import Station
from examdesk.store import inspection as inspection_store
from examdesk.store import packages as package_store
from examdesk.store.db import transaction
from examdesk.store.models import CandidateRow

_NO_MELDING = QT_TRANSLATE_NOOP(
    "Inzage", "There is no melding {id} about the working of the exam bank for this candidate."
)
_NOTHING_LEFT = QT_TRANSLATE_NOOP(
    "Inzage", "Without questions {questions} nothing of the exam would be left to score."
)


@dataclass(frozen=True)
class FaultMelding:
    """A melding about the working of the exam bank (R-VOV-1) that concerns a candidate (or the group)."""

    event_id: int
    session_id: str
    recorded_at: datetime
    recorded_by: str
    questions: tuple[str, ...]
    collective: bool
    candidate_text: str
    surveillant_text: str
    resolved: bool
    resolution: str
    duo_consulted: bool
    meldingsnummer: str


# --- R-VOV-3: the result-adjustment preview -----------------------------------------------------------------


def _fault(event: Event) -> FaultMelding:
    melding = event.facts_as(Melding)
    return FaultMelding(
        event_id=event.id,
        session_id=event.session_id or "",
        recorded_at=event.wall_utc,
        recorded_by=event.actor,
        questions=melding.questions,
        collective=melding.collective,
        candidate_text=melding.candidate_text,
        surveillant_text=melding.surveillant_text,
        resolved=melding.resolved,
        resolution=melding.resolution,
        duo_consulted=melding.duo_consulted,
        meldingsnummer=melding.meldingsnummer,
    )


def _faults(session: Session, station: Station, candidate: CandidateRow) -> list[FaultMelding]:
    found = []
    for exam_session in inspection_store.sessions_of_group(session, candidate.group_code):
        for event in events.list_events(
            station, session_id=exam_session.id, kinds=(EventKind.MELDING,), within=session
        ):
            melding = event.facts_as(Melding)
            if melding.kind != MeldingKind.EXAM_APPLICATION or not melding.questions:
                continue
            if event.candidate_id is None or event.candidate_id == candidate.id:
                found.append(_fault(event))
    return found


def fault_meldingen(station: Station, actor: SignedIn, candidate_id: int) -> list[FaultMelding]:
    """R-VOV-3: the meldingen about the working of the exam bank, with question numbers, made during the
    candidate's exam (for them or for the whole group)."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        return _faults(session, station, candidate_row(session, candidate_id))


def preview_adjustment(
    station: Station, actor: SignedIn, candidate_id: int, melding_id: int, *, representative: bool
) -> AdjustmentPreview:
    """R-VOV-3: the result recomputed without the melding's questions (R-SCO-9), with the six conditions.
    A preview only: DUO decides."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        return _preview(session, station, candidate_id, melding_id, representative)[0]


def _preview(
    session: Session, station: Station, candidate_id: int, melding_id: int, representative: bool
) -> tuple[AdjustmentPreview, FaultMelding, str]:
    candidate = candidate_row(session, candidate_id)
    melding = next((m for m in _faults(session, station, candidate) if m.event_id == melding_id), None)
    if melding is None:
        raise NotFound(message(_NO_MELDING, id=melding_id))
    _, exam_row = group_and_exam(session, candidate.group_code)
    exam = core_exam(exam_row.definition)
    result = package_store.find_result(session, candidate_id, exam.code)
    if result is None:
        raise NotFound(message(NO_RESULT, name=candidate.name, exam=exam.code))
    preview = rules.adjustment_preview(
        exam.variant_items(result.variant),
        core_responses(exam, json.loads(result.responses)),
        exam.grading,
        questions=melding.questions,
        melding_kind=MeldingKind.EXAM_APPLICATION,
        # A melding can only be recorded while its session runs (services.sessions).
        reported_during_exam=True,
        resolved=melding.resolved,
        duo_consulted=melding.duo_consulted,
        representative=representative,
    )
    return preview, melding, exam.code


def _outcome_facts(outcome: rules.Outcome | None) -> Outcome | None:
    if outcome is None:
        return None
    return Outcome(str(outcome.points), str(outcome.max_points), str(outcome.grade.rounded), outcome.passed)


def save_adjustment_preview(
    station: Station, actor: SignedIn, candidate_id: int, melding_id: int, *, representative: bool
) -> tuple[AdjustmentPreview, Event]:
    """R-VOV-3: record the preview as the examensecretaris saw it, condition 5 included."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        preview, melding, exam_code = _preview(session, station, candidate_id, melding_id, representative)
        if preview.after is None:
            raise InvalidInput(message(_NOTHING_LEFT, questions=", ".join(preview.excluded)))
        event = events.record(
            station,
            actor,
            EventKind.ADJUSTMENT_PREVIEWED,
            # Not in the session's own record: a preview is no addendum to its proces-verbaal (R-PV-4).
            candidate_id=candidate_id,
            facts=AdjustmentPreviewed(
                session=melding.session_id,
                melding=melding_id,
                exam=exam_code,
                excluded=tuple(preview.excluded),
                unknown_questions=tuple(preview.unknown_questions),
                before=_outcome_facts(preview.before),
                after=_outcome_facts(preview.after),
                conditions={str(number): met for number, met in preview.conditions.items()},
                representative=representative,
                changes_to_pass=preview.changes_to_pass,
                preview_only=True,
            ),
            within=session,
        )
    return preview, event
