"""Accommodations (R-ACC-1..4): structured, with the ground of extra time as a code, the VSV as a condition,
the CvTE consult and the ISD melding.

An accommodation is a frozen value with a JSON form (``to_json``/``from_json``) that the roster stores;
``from_json`` also reads the version 1 shape (free-text ``basis``), mapping it with :data:`GROUND_KEYWORDS`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message


class AccommodationKind(StrEnum):
    """R-ACC-1: the kinds of 004 §4.4's table, and the VSV kinds of PE exams (002 §1.1.1)."""

    ADAPTED_WORKPLACE = "adapted_workplace"
    COMPUTER = "computer"
    SIGN_LANGUAGE_INTERPRETER = "sign_language_interpreter"
    READING_WRITING_HELP = "reading_writing_help"
    MOTOR_HELP = "motor_help"
    PAUSES = "pauses"
    SEPARATE_ROOM = "separate_room"
    ARITHMETIC_CARD = "arithmetic_card"
    BRAILLE = "braille"
    ACCESSIBLE_EXAM = "accessible_exam"
    SPELLING_CHECK = "spelling_check"
    SPEECH_SYNTHESIS = "speech_synthesis"
    SPREAD_OVER_PERIODS = "spread_over_periods"
    LARGE_PRINT = "large_print"
    EXTENDED_DURATION = "extended_duration"
    EXTRA_TIME = "extra_time"
    STRUCTURE = "structure"
    EAR_DEFENDERS = "ear_defenders"
    OTHER = "other"
    # PE (002 §1.1.1)
    INTERRUPTED_EXAM = "interrupted_exam"
    EXAM_ASSISTANT = "exam_assistant"
    READING_ALOUD = "reading_aloud"


class Ground(StrEnum):
    """R-ACC-1: the ground of ``extra_time``, a code (R-TIME-3 never reads free text)."""

    DYSLEXIA = "dyslexia"
    NT2 = "nt2"
    ADHD = "adhd"
    AUTISM = "autism"
    MENTAL_HEALTH = "mental_health"
    CHRONIC_ILLNESS = "chronic_illness"
    OTHER = "other"


LABELS: dict[AccommodationKind, Text] = {
    AccommodationKind.ADAPTED_WORKPLACE: QT_TRANSLATE_NOOP("Accommodation", "adapted workplace"),
    AccommodationKind.COMPUTER: QT_TRANSLATE_NOOP("Accommodation", "computer for writing"),
    AccommodationKind.SIGN_LANGUAGE_INTERPRETER: QT_TRANSLATE_NOOP(
        "Accommodation", "sign-language interpreter"
    ),
    AccommodationKind.READING_WRITING_HELP: QT_TRANSLATE_NOOP(
        "Accommodation", "help with reading, writing, drawing or structure"
    ),
    AccommodationKind.MOTOR_HELP: QT_TRANSLATE_NOOP("Accommodation", "motor help (buddy)"),
    AccommodationKind.PAUSES: QT_TRANSLATE_NOOP("Accommodation", "pauses"),
    AccommodationKind.SEPARATE_ROOM: QT_TRANSLATE_NOOP("Accommodation", "separate room (low stimulus)"),
    AccommodationKind.ARITHMETIC_CARD: QT_TRANSLATE_NOOP("Accommodation", "rekenkaart"),
    AccommodationKind.BRAILLE: QT_TRANSLATE_NOOP("Accommodation", "braille"),
    AccommodationKind.ACCESSIBLE_EXAM: QT_TRANSLATE_NOOP("Accommodation", "accessible exam"),
    AccommodationKind.SPELLING_CHECK: QT_TRANSLATE_NOOP("Accommodation", "spelling check"),
    AccommodationKind.SPEECH_SYNTHESIS: QT_TRANSLATE_NOOP("Accommodation", "speech synthesis"),
    AccommodationKind.SPREAD_OVER_PERIODS: QT_TRANSLATE_NOOP("Accommodation", "spread over periods"),
    AccommodationKind.LARGE_PRINT: QT_TRANSLATE_NOOP("Accommodation", "large print or magnifier"),
    AccommodationKind.EXTENDED_DURATION: QT_TRANSLATE_NOOP("Accommodation", "extended duration"),
    AccommodationKind.EXTRA_TIME: QT_TRANSLATE_NOOP("Accommodation", "extra time"),
    AccommodationKind.STRUCTURE: QT_TRANSLATE_NOOP("Accommodation", "pre-structured exam"),
    AccommodationKind.EAR_DEFENDERS: QT_TRANSLATE_NOOP("Accommodation", "ear defenders"),
    AccommodationKind.OTHER: QT_TRANSLATE_NOOP("Accommodation", "other"),
    AccommodationKind.INTERRUPTED_EXAM: QT_TRANSLATE_NOOP("Accommodation", "interrupted exam"),
    AccommodationKind.EXAM_ASSISTANT: QT_TRANSLATE_NOOP("Accommodation", "exam assistant"),
    AccommodationKind.READING_ALOUD: QT_TRANSLATE_NOOP("Accommodation", "reading-aloud exam"),
}

GROUND_LABELS: dict[Ground, Text] = {
    Ground.DYSLEXIA: QT_TRANSLATE_NOOP("Accommodation", "dyslexia"),
    Ground.NT2: QT_TRANSLATE_NOOP("Accommodation", "Dutch as a second language (NT2)"),
    Ground.ADHD: QT_TRANSLATE_NOOP("Accommodation", "ADHD"),
    Ground.AUTISM: QT_TRANSLATE_NOOP("Accommodation", "autism"),
    Ground.MENTAL_HEALTH: QT_TRANSLATE_NOOP("Accommodation", "mental health"),
    Ground.CHRONIC_ILLNESS: QT_TRANSLATE_NOOP("Accommodation", "chronic illness"),
    Ground.OTHER: QT_TRANSLATE_NOOP("Accommodation", "other ground"),
}

# R-ACC-1: only asked of a PE exam (002 §1.1.1).
PE_KINDS = frozenset(
    {AccommodationKind.INTERRUPTED_EXAM, AccommodationKind.EXAM_ASSISTANT, AccommodationKind.READING_ALOUD}
)

# R-ACC-2: every accommodation needs a Verklaring Speciale Voorzieningen on a PE exam, except large print.
NO_VSV_NEEDED = frozenset({AccommodationKind.LARGE_PRINT})

# R-ACC-3: accommodations the Inspectie must hear of (ISD melding, the explanations of 004 §4.4's table).
ISD_MELDING = frozenset(
    {
        AccommodationKind.SIGN_LANGUAGE_INTERPRETER,
        AccommodationKind.READING_WRITING_HELP,
        AccommodationKind.MOTOR_HELP,
        AccommodationKind.PAUSES,
        AccommodationKind.ARITHMETIC_CARD,
        AccommodationKind.EXTENDED_DURATION,
        AccommodationKind.EXTRA_TIME,
    }
)

# R-TIME-3: extra time on one ground without a CvTE consult (R-TIME-6 for more).
MAX_EXTRA_MINUTES = 30
# R-TIME-3: dyslexia together with NT2 for fewer than this many school years in the Netherlands: 2 × 30.
NT2_EXCEPTION_YEARS = 6
NT2_EXCEPTION_MINUTES = 60


@dataclass(frozen=True)
class Statement:
    """The VSV (PE) or deskundigenverklaring: its date and, when it states one, its own end date."""

    date: dt.date
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class CvteConsult:
    """R-ACC-4: the CvTE consult recorded on an accommodation; its minutes are the grant (R-TIME-6)."""

    date: dt.date
    reference: str
    minutes: int | None = None


@dataclass(frozen=True)
class Accommodation:
    """One accommodation of a candidate (R-ACC-1)."""

    kind: AccommodationKind
    minutes: int | None = None  # extra_time
    ground: Ground | None = None  # extra_time
    nt2_school_years: int | None = None  # ground nt2
    note: str = ""  # ground other, kind other
    factor: Fraction | None = None  # extended_duration, 1 < factor <= 2
    statement: Statement | None = None
    cvte_consult: CvteConsult | None = None
    isd_reported_on: dt.date | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON form the roster stores (package version 2's shape)."""
        found: dict[str, Any] = {"kind": self.kind.value}
        if self.minutes is not None:
            found["minutes"] = self.minutes
        if self.ground is not None:
            found["ground"] = self.ground.value
        if self.nt2_school_years is not None:
            found["nt2_school_years"] = self.nt2_school_years
        if self.note:
            found["note"] = self.note
        if self.factor is not None:
            found["factor"] = _fraction_text(self.factor)
        if self.statement is not None:
            found["statement"] = {
                "date": self.statement.date.isoformat(),
                "valid_until": _iso(self.statement.valid_until),
            }
        if self.cvte_consult is not None:
            found["cvte_consult"] = {
                "date": self.cvte_consult.date.isoformat(),
                "reference": self.cvte_consult.reference,
                "minutes": self.cvte_consult.minutes,
            }
        if self.isd_reported_on is not None:
            found["isd_reported_on"] = self.isd_reported_on.isoformat()
        return found

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Accommodation:
        """From :meth:`to_json`'s form, or from version 1's (``basis``, ``statement_date``, ``text``)."""
        kind_text = str(data["kind"])
        kind = AccommodationKind.LARGE_PRINT if kind_text == "magnifier" else AccommodationKind(kind_text)
        ground = Ground(data["ground"]) if data.get("ground") else None
        years = data.get("nt2_school_years")
        note = str(data.get("note") or data.get("text") or "")
        if ground is None and kind is AccommodationKind.EXTRA_TIME:
            mapped = ground_from_basis(str(data.get("basis") or ""))
            ground, years, note = mapped.ground, mapped.nt2_school_years, note or mapped.note
        elif data.get("basis") and not note:  # version 1: the basis of another kind stays as its note
            note = str(data["basis"])
        statement: Statement | None = None
        if isinstance(data.get("statement"), Mapping):
            statement = Statement(
                dt.date.fromisoformat(data["statement"]["date"]), _date(data["statement"].get("valid_until"))
            )
        elif data.get("statement_date"):
            statement = Statement(dt.date.fromisoformat(str(data["statement_date"])))
        consult = data.get("cvte_consult")
        return cls(
            kind=kind,
            minutes=int(data["minutes"]) if data.get("minutes") is not None else None,
            ground=ground,
            nt2_school_years=int(years) if years is not None else None,
            note=note,
            factor=Fraction(str(data["factor"])) if data.get("factor") is not None else None,
            statement=statement,
            cvte_consult=CvteConsult(
                dt.date.fromisoformat(consult["date"]),
                str(consult["reference"]),
                int(consult["minutes"]) if consult.get("minutes") is not None else None,
            )
            if isinstance(consult, Mapping)
            else None,
            isd_reported_on=_date(data.get("isd_reported_on")),
        )


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _date(text: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(text)) if text else None


def _fraction_text(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    digits = value.numerator * 10**6 // value.denominator
    return f"{digits // 10**6}.{digits % 10**6:06d}".rstrip("0")


# --- version 1: the free-text basis read as a ground -----------------------------------------------------

# The documented keyword table (exam-package.md, version 1): the first entry whose keyword occurs in the
# basis (case-insensitive) gives the ground; nothing found gives `other` with the basis as its note.
GROUND_KEYWORDS: tuple[tuple[str, Ground], ...] = (
    ("dyslex", Ground.DYSLEXIA),
    ("nt2", Ground.NT2),
    ("anderstalig", Ground.NT2),
    ("nieuwkomer", Ground.NT2),
    ("niet-nederlandstalig", Ground.NT2),
    ("non-native", Ground.NT2),
    ("adhd", Ground.ADHD),
    ("autis", Ground.AUTISM),
    ("psych", Ground.MENTAL_HEALTH),
    ("angst", Ground.MENTAL_HEALTH),
    ("chronisch", Ground.CHRONIC_ILLNESS),
    ("ziekte", Ground.CHRONIC_ILLNESS),
    ("diabet", Ground.CHRONIC_ILLNESS),
)
_YEARS = re.compile(r"(\d{1,2})\s*(?:jaar|year)", re.IGNORECASE)


@dataclass(frozen=True)
class GroundMapping:
    """How a version 1 basis was read (reported line by line in the import summary)."""

    basis: str
    ground: Ground
    nt2_school_years: int | None
    note: str
    keyword: str | None  # None: no keyword matched


def ground_from_basis(basis: str) -> GroundMapping:
    """A version 1 ``basis`` read as a ground code by :data:`GROUND_KEYWORDS`."""
    text = basis.strip().lower()
    for keyword, ground in GROUND_KEYWORDS:
        if keyword in text:
            years: int | None = None
            if ground is Ground.NT2:
                found = _YEARS.search(text)
                years = int(found.group(1)) if found else None
            return GroundMapping(basis, ground, years, "", keyword)
    return GroundMapping(basis, Ground.OTHER, None, basis.strip(), None)


# --- R-ACC-2: the VSV as a condition ----------------------------------------------------------------------


class VsvStatus(StrEnum):
    NOT_NEEDED = "not_needed"
    VALID = "valid"
    EXPIRED = "expired"
    MISSING = "missing"


@dataclass(frozen=True)
class VsvCheck:
    status: VsvStatus
    valid_until: dt.date | None


def vsv_valid_until(statement_date: dt.date, years: int = 5, own_end: dt.date | None = None) -> dt.date:
    """The last day a VSV holds: its own end date, else five years from its date (29 February → 28 February).

    A date so far ahead that five years pass the calendar's end (9999-12-31, a placeholder some
    systems write) holds until the last representable day: it never raises (issue 13 #3).
    """
    if own_end is not None:
        return own_end
    year = statement_date.year + years
    if year > dt.MAXYEAR:
        return dt.date.max
    try:
        return statement_date.replace(year=year) - dt.timedelta(days=1)
    except ValueError:
        return dt.date(year, 2, 28)


def needs_vsv(kind: AccommodationKind, exam_kind: str) -> bool:
    """R-ACC-2: a PE exam needs a VSV for every accommodation except large print."""
    return exam_kind == "pe" and kind not in NO_VSV_NEEDED


def check_vsv(
    kind: AccommodationKind,
    exam_kind: str,
    statement: dt.date | Statement | None,
    on: dt.date,
    years: int = 5,
) -> VsvCheck:
    """R-ACC-2: whether the accommodation is covered by a valid VSV on the day ``on`` (PE exams only)."""
    if not needs_vsv(kind, exam_kind):
        return VsvCheck(VsvStatus.NOT_NEEDED, None)
    if statement is None:
        return VsvCheck(VsvStatus.MISSING, None)
    if isinstance(statement, dt.date):
        statement = Statement(statement)
    until = vsv_valid_until(statement.date, years, statement.valid_until)
    return VsvCheck(VsvStatus.VALID if on <= until else VsvStatus.EXPIRED, until)


def is_applied(
    accommodation: Accommodation,
    exam_kind: str,
    on: dt.date,
    *,
    confirmed: bool,
    overridden: bool = False,
    years: int = 5,
) -> bool:
    """R-ACC-2: an accommodation whose VSV is missing, expired or not confirmed at the start is not applied,
    unless the examensecretaris overrode that."""
    if overridden or not needs_vsv(accommodation.kind, exam_kind):
        return True
    valid = check_vsv(accommodation.kind, exam_kind, accommodation.statement, on, years)
    return valid.status is VsvStatus.VALID and confirmed


def needs_isd_melding(kind: AccommodationKind) -> bool:
    """R-ACC-3."""
    return kind in ISD_MELDING


_SPELLING_DUTCH = QT_TRANSLATE_NOOP(
    "Accommodation", "A spelling check is not allowed in an exam of Nederlands (004 §4.4)."
)


def subject_refusal(kind: AccommodationKind, subject: str) -> Message | None:
    """R-ACC-3: ``spelling_check`` is refused for an exam whose subject is Nederlands."""
    if kind is AccommodationKind.SPELLING_CHECK and subject.strip().lower().startswith(
        ("nederlands", "dutch")
    ):
        return message(_SPELLING_DUTCH)
    return None
