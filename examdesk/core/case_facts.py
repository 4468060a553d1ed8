"""The facts of an irregularity case: its categories, steps and the facts each step records, as plain
values for the event log, and as sentences (R-IRR-1, R-IRR-2, R-IRR-5). :mod:`examdesk.core.cases` holds the
state machine over them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message


class Category(StrEnum):
    """R-IRR-1: the categories of the Beleidsregel (001 art. 2 lid 1 a–f) and ``other`` (lid 2)."""

    A = "a"
    B = "b"
    C = "c"
    D = "d"
    E = "e"
    F = "f"
    OTHER = "other"


CATEGORY_LABELS: dict[Category, Text] = {
    Category.A: QT_TRANSLATE_NOOP("Cases", "a) Aids or information that are not allowed, during the exam"),
    Category.B: QT_TRANSLATE_NOOP(
        "Cases", "b) Questions or answers available to candidates before or during the exam"
    ),
    Category.C: QT_TRANSLATE_NOOP("Cases", "c) Supervision that fell short, so that a) or b) could happen"),
    Category.D: QT_TRANSLATE_NOOP("Cases", "d) More exam time than allowed"),
    Category.E: QT_TRANSLATE_NOOP("Cases", "e) Handed-in work changed by someone else"),
    Category.F: QT_TRANSLATE_NOOP("Cases", "f) A grade or result set against the rules"),
    Category.OTHER: QT_TRANSLATE_NOOP("Cases", "Other (the Inspectie decides whether it is an irregularity)"),
}

# The proces-verbaal's shorter words for each category (R-IRR-1).
CATEGORY_SHORT_LABELS: dict[Category, Text] = {
    Category.A: QT_TRANSLATE_NOOP("ProcesVerbaal", "a) aids or information that are not allowed"),
    Category.B: QT_TRANSLATE_NOOP("ProcesVerbaal", "b) questions or answers available beforehand"),
    Category.C: QT_TRANSLATE_NOOP("ProcesVerbaal", "c) supervision that fell short"),
    Category.D: QT_TRANSLATE_NOOP("ProcesVerbaal", "d) more exam time than allowed"),
    Category.E: QT_TRANSLATE_NOOP("ProcesVerbaal", "e) handed-in work changed by someone else"),
    Category.F: QT_TRANSLATE_NOOP("ProcesVerbaal", "f) a grade or result set against the rules"),
    Category.OTHER: QT_TRANSLATE_NOOP("ProcesVerbaal", "other"),
}


class Origin(StrEnum):
    """What the case was opened from."""

    IRREGULARITY = "irregularity"
    STORING = "storing"
    ILLNESS = "illness"  # R-IRR-4: left early, ill
    MELDING = "melding"
    MANUAL = "manual"


ORIGIN_LABELS: dict[Origin, Text] = {
    Origin.IRREGULARITY: QT_TRANSLATE_NOOP("Cases", "an irregularity recorded in the session"),
    Origin.STORING: QT_TRANSLATE_NOOP("Cases", "a storing in the session"),
    Origin.ILLNESS: QT_TRANSLATE_NOOP("Cases", "a candidate who left early, ill"),
    Origin.MELDING: QT_TRANSLATE_NOOP("Cases", "a melding (VOV) in the session"),
    Origin.MANUAL: QT_TRANSLATE_NOOP("Cases", "opened by hand"),
}


class Step(StrEnum):
    """The steps of R-IRR-2, in their order. ``OPENED`` is the case as the examensecretaris opens it."""

    OPENED = "opened"
    REPORTED = "reported"
    DISCUSSED = "discussed"
    FORM_COMPLETED = "form_completed"
    DECISION_RECEIVED = "decision_received"
    RESIT_PLANNED = "resit_planned"
    # R-IRR-5: a PE case is decided by DUO (002 §3.5).
    DUO_REPORTED = "duo_reported"
    AANGIFTE = "aangifte"
    DUO_DECISION = "duo_decision"


class CasePath(StrEnum):
    """R-IRR-5: who decides a case. CE (and other) exams: the Inspectie (R-IRR-2); PE exams: DUO."""

    INSPECTIE = "inspectie"
    DUO = "duo"


# The Inspectie's path (R-IRR-2), in its order; and DUO's (R-IRR-5), where the aangifte is optional.
STEPS: tuple[Step, ...] = (
    Step.OPENED,
    Step.REPORTED,
    Step.DISCUSSED,
    Step.FORM_COMPLETED,
    Step.DECISION_RECEIVED,
    Step.RESIT_PLANNED,
)
PE_STEPS: tuple[Step, ...] = (Step.OPENED, Step.DUO_REPORTED, Step.AANGIFTE, Step.DUO_DECISION)
OPTIONAL_STEPS = frozenset({Step.AANGIFTE})


def steps_of(path: CasePath) -> tuple[Step, ...]:
    return PE_STEPS if path is CasePath.DUO else STEPS


class Certificate(StrEnum):
    """R-IRR-5: what DUO's decision does with the certificate (002 §3.5)."""

    KEPT = "kept"
    WITHHELD = "withheld"
    REVOKED = "revoked"


CERTIFICATE_LABELS: dict[Certificate, Text] = {
    Certificate.KEPT: QT_TRANSLATE_NOOP("Cases", "certificate not affected"),
    Certificate.WITHHELD: QT_TRANSLATE_NOOP("Cases", "certificate withheld"),
    Certificate.REVOKED: QT_TRANSLATE_NOOP("Cases", "certificate revoked"),
}

STEP_LABELS: dict[Step, Text] = {
    Step.OPENED: QT_TRANSLATE_NOOP("Cases", "Opened"),
    Step.REPORTED: QT_TRANSLATE_NOOP("Cases", "Reported to the Inspectie"),
    Step.DISCUSSED: QT_TRANSLATE_NOOP("Cases", "Discussed with the Inspectie"),
    Step.FORM_COMPLETED: QT_TRANSLATE_NOOP("Cases", "ISD form completed"),
    Step.DECISION_RECEIVED: QT_TRANSLATE_NOOP("Cases", "Decision letter received"),
    Step.RESIT_PLANNED: QT_TRANSLATE_NOOP("Cases", "Tweede zitting planned"),
    Step.DUO_REPORTED: QT_TRANSLATE_NOOP("Cases", "Reported to DUO"),
    Step.AANGIFTE: QT_TRANSLATE_NOOP("Cases", "Aangifte (optional)"),
    Step.DUO_DECISION: QT_TRANSLATE_NOOP("Cases", "DUO's decision received"),
}


class Channel(StrEnum):
    """How the examensecretaris reached the Inspectie (000 step 1): the Examenloket by phone or e-mail."""

    PHONE = "phone"
    EMAIL = "email"


CHANNEL_LABELS: dict[Channel, Text] = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Cases", "Examenloket by phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Cases", "Examenloket by e-mail"),
}


# --- the facts of each step ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Opened:
    """The case as opened: the session, its candidates (by id), the category and whether it is technical.

    Candidate ids are integers, as everywhere else; an earlier version wrote them as text (``["12"]``,
    ``{"12": true}``), which the codec reads as the same ids."""

    session_id: str
    session_date: dt.date
    candidates: tuple[int, ...]
    category: Category
    technical: bool
    origin: Origin
    description: str
    source_event: int | None = None
    meldingsnummer: str = ""  # known from a storing or melding, offered again at the form step
    path: CasePath = CasePath.INSPECTIE  # R-IRR-5: DUO for a PE exam


@dataclass(frozen=True)
class Reported:
    on: dt.date
    channel: Channel
    note: str = ""


@dataclass(frozen=True)
class Discussed:
    on: dt.date
    decision: str  # what the Inspectie decided in its call (000 step 2)


@dataclass(frozen=True)
class FormCompleted:
    on: dt.date
    meldingsnummer: str = ""  # the Facet helpdesk's number; required for a technical irregularity
    note: str = ""


@dataclass(frozen=True)
class DecisionReceived:
    on: dt.date  # the decision letter's date
    invalid: Mapping[int, bool]  # candidate id -> work declared invalid (R-IRR-2)
    reference: str = ""


@dataclass(frozen=True)
class ResitPlanned:
    session_id: str
    group: str
    variant: str
    on: dt.date
    candidates: tuple[int, ...]


@dataclass(frozen=True)
class DuoReported:
    """R-IRR-5: the irregularity reported to DUO (PE)."""

    on: dt.date
    note: str = ""


@dataclass(frozen=True)
class Aangifte:
    """R-IRR-5: the optional aangifte (police report), made in consultation with the CDFD or DUO."""

    on: dt.date
    consulted: str  # with whom: "CDFD" or "DUO"
    note: str = ""


@dataclass(frozen=True)
class DuoDecision:
    """R-IRR-5: DUO's decision: per candidate valid or invalid, and what happens to the certificate."""

    on: dt.date
    invalid: Mapping[int, bool]  # candidate id -> result declared invalid (R-IRR-5)
    certificate: Certificate = Certificate.KEPT
    reference: str = ""


Facts = (
    Opened
    | Reported
    | Discussed
    | FormCompleted
    | DecisionReceived
    | ResitPlanned
    | DuoReported
    | Aangifte
    | DuoDecision
)

FACT_TYPES: dict[Step, type] = {
    Step.OPENED: Opened,
    Step.REPORTED: Reported,
    Step.DISCUSSED: Discussed,
    Step.FORM_COMPLETED: FormCompleted,
    Step.DECISION_RECEIVED: DecisionReceived,
    Step.RESIT_PLANNED: ResitPlanned,
    Step.DUO_REPORTED: DuoReported,
    Step.AANGIFTE: Aangifte,
    Step.DUO_DECISION: DuoDecision,
}


def step_of(facts: Facts) -> Step:
    """The step whose facts these are."""
    return next(step for step, kind in FACT_TYPES.items() if isinstance(facts, kind))


def to_payload(facts: Facts) -> dict[str, Any]:
    """The facts as plain JSON values (dates as ISO text), for the event log: the one codec of
    :mod:`examdesk.core.facts` writes them (issue 12)."""
    from examdesk.core.facts.codec import encode  # core.facts reads this module's types

    return encode(facts)


def from_payload(step: Step, payload: Mapping[str, Any]) -> Facts:
    """The facts of ``step`` from what :func:`to_payload` wrote."""
    from examdesk.core.facts.codec import decode

    found: Facts = decode(FACT_TYPES[step], payload)
    return found


# --- the facts in words (the screen's history and the dossier) ------------------------------------------

_D_OPENED = QT_TRANSLATE_NOOP("Cases", "For {names}. {category}. {technical} What happened: {description}")
_D_TECHNICAL = QT_TRANSLATE_NOOP("Cases", "Technical irregularity.")
_D_TECHNICAL_NUMBER = QT_TRANSLATE_NOOP("Cases", "Technical irregularity (meldingsnummer {number}).")
_D_NOT_TECHNICAL = QT_TRANSLATE_NOOP("Cases", "Not technical.")
_D_REPORTED = QT_TRANSLATE_NOOP("Cases", "On {date}, {channel}.")
_D_DISCUSSED = QT_TRANSLATE_NOOP("Cases", "Call on {date}. The Inspectie decided: {decision}")
_D_FORM = QT_TRANSLATE_NOOP("Cases", "Completed on {date}, meldingsnummer {number}.")
_D_FORM_PLAIN = QT_TRANSLATE_NOOP("Cases", "Completed on {date}.")
_D_DECISION = QT_TRANSLATE_NOOP("Cases", "Letter of {date}. Declared invalid: {invalid}. Valid: {valid}.")
_D_RESIT = QT_TRANSLATE_NOOP("Cases", "On {date}, variant {variant}, afnamegroep {group}, for {names}.")
_D_NOTE = QT_TRANSLATE_NOOP("Cases", "{text} Note: {note}")
_D_REFERENCE = QT_TRANSLATE_NOOP("Cases", "{text} Reference: {reference}")
_D_NOBODY = QT_TRANSLATE_NOOP("Cases", "nobody")
_D_DUO_REPORTED = QT_TRANSLATE_NOOP("Cases", "Reported to DUO on {date}.")
_D_AANGIFTE = QT_TRANSLATE_NOOP("Cases", "Aangifte on {date}, in consultation with {consulted}.")
_D_DUO_DECISION = QT_TRANSLATE_NOOP(
    "Cases", "DUO's decision of {date}. Declared invalid: {invalid}. Valid: {valid}. {certificate}."
)


def describe(facts: Facts, names: Mapping[int, str] | None = None) -> Message:
    """One step's facts as a sentence; dates stay ``date`` parameters for the caller to write its way.
    ``names`` gives a candidate id's label; an id without one is written as its number."""
    names = names or {}

    def who(ids: Iterable[int]) -> str | Text:
        listed = [names.get(c, str(c)) for c in ids]
        return ", ".join(listed) if listed else _D_NOBODY

    if isinstance(facts, Opened):
        technical = (
            message(_D_TECHNICAL_NUMBER, number=facts.meldingsnummer)
            if facts.technical and facts.meldingsnummer
            else message(_D_TECHNICAL if facts.technical else _D_NOT_TECHNICAL)
        )
        return message(
            _D_OPENED,
            names=who(facts.candidates),
            category=CATEGORY_LABELS[facts.category],
            technical=technical,
            description=facts.description,
        )
    if isinstance(facts, Reported):
        text = message(_D_REPORTED, date=facts.on, channel=CHANNEL_LABELS[facts.channel])
        return message(_D_NOTE, text=text, note=facts.note) if facts.note else text
    if isinstance(facts, Discussed):
        return message(_D_DISCUSSED, date=facts.on, decision=facts.decision)
    if isinstance(facts, FormCompleted):
        text = (
            message(_D_FORM, date=facts.on, number=facts.meldingsnummer)
            if facts.meldingsnummer
            else message(_D_FORM_PLAIN, date=facts.on)
        )
        return message(_D_NOTE, text=text, note=facts.note) if facts.note else text
    if isinstance(facts, DecisionReceived):
        invalid = [c for c, yes in facts.invalid.items() if yes]
        valid = [c for c, yes in facts.invalid.items() if not yes]
        text = message(_D_DECISION, date=facts.on, invalid=who(invalid), valid=who(valid))
        return message(_D_REFERENCE, text=text, reference=facts.reference) if facts.reference else text
    if isinstance(facts, DuoReported):
        text = message(_D_DUO_REPORTED, date=facts.on)
        return message(_D_NOTE, text=text, note=facts.note) if facts.note else text
    if isinstance(facts, Aangifte):
        text = message(_D_AANGIFTE, date=facts.on, consulted=facts.consulted)
        return message(_D_NOTE, text=text, note=facts.note) if facts.note else text
    if isinstance(facts, DuoDecision):
        invalid = [c for c, yes in facts.invalid.items() if yes]
        valid = [c for c, yes in facts.invalid.items() if not yes]
        text = message(
            _D_DUO_DECISION,
            date=facts.on,
            invalid=who(invalid),
            valid=who(valid),
            certificate=CERTIFICATE_LABELS[facts.certificate],
        )
        return message(_D_REFERENCE, text=text, reference=facts.reference) if facts.reference else text
    return message(
        _D_RESIT, date=facts.on, variant=facts.variant, group=facts.group, names=who(facts.candidates)
    )
