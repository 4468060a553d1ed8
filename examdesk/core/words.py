"""The domain's word lists, each a StrEnum with its translated labels beside it (issue 12, finding 2).

Irregularity categories are :class:`examdesk.core.case_facts.Category`; the overridable rules are
:class:`examdesk.core.facts.clock.OverriddenRule`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from examdesk.core.text import QT_TRANSLATE_NOOP, Text

E = TypeVar("E", bound=StrEnum)


def label_of(labels: Mapping[E, Text], value: str) -> Text | str:
    """The label of a recorded word; a word this version does not know is shown as it was written."""
    return next((text for key, text in labels.items() if key == value), value)


class MeldingKind(StrEnum):
    """R-VOV-1: what a melding (VOV) is about."""

    CONDITIONS = "examenomstandigheden"
    QUESTION = "examenvraag"
    EXAM_APPLICATION = "werking_examenbank"


MELDING_KIND_LABELS: dict[MeldingKind, Text] = {
    MeldingKind.CONDITIONS: QT_TRANSLATE_NOOP("ProcesVerbaal", "exam conditions"),
    MeldingKind.QUESTION: QT_TRANSLATE_NOOP("ProcesVerbaal", "an exam question"),
    MeldingKind.EXAM_APPLICATION: QT_TRANSLATE_NOOP("ProcesVerbaal", "the exam application"),
}

# The melding dialog's choices, each with what it needs.
MELDING_KIND_CHOICES: dict[MeldingKind, Text] = {
    MeldingKind.CONDITIONS: QT_TRANSLATE_NOOP(
        "MeldingDialog", "Exam conditions (noise, heat, an interruption in the room)"
    ),
    MeldingKind.QUESTION: QT_TRANSLATE_NOOP(
        "MeldingDialog", "An exam question (its content; question number needed)"
    ),
    MeldingKind.EXAM_APPLICATION: QT_TRANSLATE_NOOP(
        "MeldingDialog", "The exam application (a technical fault; question numbers needed)"
    ),
}

# The VOV form's words, with the kind's own (Dutch) name.
MELDING_KIND_FORM_LABELS: dict[MeldingKind, Text] = {
    MeldingKind.CONDITIONS: QT_TRANSLATE_NOOP("Report", "Exam conditions (examenomstandigheden)"),
    MeldingKind.QUESTION: QT_TRANSLATE_NOOP("Report", "An exam question (examenvraag)"),
    MeldingKind.EXAM_APPLICATION: QT_TRANSLATE_NOOP("Report", "The exam application (werking examenbank)"),
}

# R-VOV-1: a melding about a question or the exam application names the questions.
NEEDS_QUESTIONS = frozenset({MeldingKind.QUESTION, MeldingKind.EXAM_APPLICATION})


class IdDocument(StrEnum):
    """R-BSN-4, R-INZ-1: the document a candidate's identity was checked against."""

    PASSPORT = "passport"
    IDENTITY_CARD = "identity_card"
    DRIVING_LICENCE = "driving_licence"
    RESIDENCE_PERMIT = "residence_permit"
    OTHER = "other"


ID_DOCUMENT_LABELS: dict[IdDocument, Text] = {
    IdDocument.PASSPORT: QT_TRANSLATE_NOOP("ProcesVerbaal", "passport"),
    IdDocument.IDENTITY_CARD: QT_TRANSLATE_NOOP("ProcesVerbaal", "identity card"),
    IdDocument.DRIVING_LICENCE: QT_TRANSLATE_NOOP("ProcesVerbaal", "driving licence"),
    IdDocument.RESIDENCE_PERMIT: QT_TRANSLATE_NOOP("ProcesVerbaal", "residence permit"),
    IdDocument.OTHER: QT_TRANSLATE_NOOP("ProcesVerbaal", "another document"),
}

# The BSN check dialog's choices.
ID_DOCUMENT_CHOICES: dict[IdDocument, Text] = {
    IdDocument.PASSPORT: QT_TRANSLATE_NOOP("BsnCheckDialog", "Passport"),
    IdDocument.IDENTITY_CARD: QT_TRANSLATE_NOOP("BsnCheckDialog", "Identity card"),
    IdDocument.DRIVING_LICENCE: QT_TRANSLATE_NOOP("BsnCheckDialog", "Driving licence"),
    IdDocument.RESIDENCE_PERMIT: QT_TRANSLATE_NOOP("BsnCheckDialog", "Residence permit"),
    IdDocument.OTHER: QT_TRANSLATE_NOOP("BsnCheckDialog", "Other document (say which in the note)"),
}


class SessionState(StrEnum):
    """A session's state, derived from its events: planned, running (opened), closed (R-PV-4)."""

    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


SESSION_STATE_LABELS: dict[SessionState, Text] = {
    SessionState.PLANNED: QT_TRANSLATE_NOOP("ProcesVerbaal", "planned"),
    SessionState.RUNNING: QT_TRANSLATE_NOOP("ProcesVerbaal", "running"),
    SessionState.CLOSED: QT_TRANSLATE_NOOP("ProcesVerbaal", "closed"),
}
