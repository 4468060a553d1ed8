"""Accommodations (R-ACC-1..3): which need a VSV, how long a VSV holds, which need an ISD melding."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from examdesk.core.text import QT_TRANSLATE_NOOP, Text


class AccommodationKind(StrEnum):
    """R-ACC-1."""

    EXTRA_TIME = "extra_time"
    EXTENDED_DURATION = "extended_duration"
    PAUSES = "pauses"
    READING_ALOUD = "reading_aloud"
    BRAILLE = "braille"
    EXAM_ASSISTANT = "exam_assistant"
    LARGE_PRINT = "large_print"
    MAGNIFIER = "magnifier"
    SPELLING_CHECK = "spelling_check"
    SEPARATE_ROOM = "separate_room"
    OTHER = "other"


LABELS: dict[AccommodationKind, Text] = {
    AccommodationKind.EXTRA_TIME: QT_TRANSLATE_NOOP("Accommodation", "extra time"),
    AccommodationKind.EXTENDED_DURATION: QT_TRANSLATE_NOOP("Accommodation", "extended duration"),
    AccommodationKind.PAUSES: QT_TRANSLATE_NOOP("Accommodation", "pauses"),
    AccommodationKind.READING_ALOUD: QT_TRANSLATE_NOOP("Accommodation", "reading aloud"),
    AccommodationKind.BRAILLE: QT_TRANSLATE_NOOP("Accommodation", "braille"),
    AccommodationKind.EXAM_ASSISTANT: QT_TRANSLATE_NOOP("Accommodation", "exam assistant"),
    AccommodationKind.LARGE_PRINT: QT_TRANSLATE_NOOP("Accommodation", "large print"),
    AccommodationKind.MAGNIFIER: QT_TRANSLATE_NOOP("Accommodation", "magnifier"),
    AccommodationKind.SPELLING_CHECK: QT_TRANSLATE_NOOP("Accommodation", "spelling check"),
    AccommodationKind.SEPARATE_ROOM: QT_TRANSLATE_NOOP("Accommodation", "separate room"),
    AccommodationKind.OTHER: QT_TRANSLATE_NOOP("Accommodation", "other"),
}

# R-ACC-2: every accommodation needs a Verklaring Speciale Voorzieningen on a PE exam, except these.
NO_VSV_NEEDED = frozenset({AccommodationKind.LARGE_PRINT, AccommodationKind.MAGNIFIER})

# R-ACC-3: accommodations the Inspectie must hear of (ISD melding, 004 §4.4).
ISD_MELDING = frozenset(
    {
        AccommodationKind.PAUSES,
        AccommodationKind.EXTENDED_DURATION,
        AccommodationKind.EXTRA_TIME,
        AccommodationKind.READING_ALOUD,
        AccommodationKind.EXAM_ASSISTANT,
    }
)


class VsvStatus(StrEnum):
    NOT_NEEDED = "not_needed"
    VALID = "valid"
    EXPIRED = "expired"
    MISSING = "missing"


@dataclass(frozen=True)
class VsvCheck:
    status: VsvStatus
    valid_until: dt.date | None


def vsv_valid_until(statement_date: dt.date, years: int = 5) -> dt.date:
    """The last day a VSV dated ``statement_date`` holds (R-ACC-2: five years; 29 February → 28 February).

    A date so far ahead that five years pass the calendar's end (9999-12-31, a placeholder some
    systems write) holds until the last representable day: it never raises (issue 13 #3).
    """
    year = statement_date.year + years
    if year > dt.MAXYEAR:
        return dt.date.max
    try:
        return statement_date.replace(year=year) - dt.timedelta(days=1)
    except ValueError:
        return dt.date(year, 2, 28)


def check_vsv(
    kind: AccommodationKind, exam_kind: str, statement_date: dt.date | None, on: dt.date, years: int = 5
) -> VsvCheck:
    """R-ACC-2: whether the accommodation is covered by a valid VSV on the day ``on`` (PE exams only)."""
    if exam_kind != "pe" or kind in NO_VSV_NEEDED:
        return VsvCheck(VsvStatus.NOT_NEEDED, None)
    if statement_date is None:
        return VsvCheck(VsvStatus.MISSING, None)
    until = vsv_valid_until(statement_date, years)
    return VsvCheck(VsvStatus.VALID if on <= until else VsvStatus.EXPIRED, until)


def needs_isd_melding(kind: AccommodationKind) -> bool:
    """R-ACC-3."""
    return kind in ISD_MELDING
