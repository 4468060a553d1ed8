"""The facts of the inzage's events, its appointments and a result-adjustment preview (R-INZ, R-VOV-3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from examdesk.core.facts.codec import fact_field

# R-INZ-7: how an inzage ended; an interrupted one records whether it counts, and why.
END_CLOSED = "closed"
END_TIME_UP = "time_up"
END_INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class InzageStarted:
    """R-INZ-1..4, R-INZ-9: what the inzage showed, under which conditions, and which sitting it was."""

    group: str = ""
    exam: str = ""
    variant: str | None = None
    wrong_only: bool = False
    minutes: int | None = None
    supervisor_present: bool = False
    id_check: int | None = None  # the inzage_bsn_checked event
    items: tuple[str, ...] = ()
    numbers: Mapping[str, int] = field(default_factory=dict)  # R-INZ-9: item id -> number the candidate saw
    allowed_until: dt.date | None = None
    sitting: str | None = None  # R-PV-5
    appointment: int | None = None  # R-INZ-6


@dataclass(frozen=True)
class InzageItemOpened:
    inzage: int = 0
    item: str = ""


@dataclass(frozen=True)
class InzageAnswerShown:
    inzage: int = 0
    item: str = ""
    what: str = ""  # the answer key or the marking scheme


@dataclass(frozen=True)
class InzageProcesVerbaalShown:
    inzage: int = 0


def _interrupted(facts: InzageEnded) -> bool:
    return facts.reason == END_INTERRUPTED


@dataclass(frozen=True)
class InzageEnded:
    inzage: int = 0
    reason: str = END_CLOSED
    counts: bool = fact_field(False, present_if=_interrupted)  # R-INZ-7
    count_reason: str = fact_field("", present_if=_interrupted)


@dataclass(frozen=True)
class InzageResumed:
    """R-INZ-7: resumed the same day with what was left of its time (None: no limit)."""

    inzage: int = 0
    remaining_seconds: int | None = None


@dataclass(frozen=True)
class AppointmentBooked:
    """R-INZ-6."""

    group: str = ""
    exam: str = ""
    requested_on: dt.date | None = None
    on: dt.date | None = None
    at: str | None = None


@dataclass(frozen=True)
class AppointmentChanged:
    """R-INZ-6: an appointment cancelled, lapsed or not kept, with a note."""

    appointment: int = 0
    note: str = ""


@dataclass(frozen=True)
class Outcome:
    """A result as the preview showed it (numbers as text, as they were shown)."""

    points: str = ""
    max_points: str = ""
    grade: str = ""
    passed: bool = False


@dataclass(frozen=True)
class AdjustmentPreviewed:
    """R-VOV-3: the preview as the examensecretaris saw it, condition 5 included."""

    session: str | None = None
    melding: int = 0
    exam: str = ""
    excluded: tuple[str, ...] = ()
    unknown_questions: tuple[str, ...] = ()
    before: Outcome | None = None
    after: Outcome | None = None
    conditions: Mapping[str, bool] = field(default_factory=dict)
    representative: bool = False
    changes_to_pass: bool = False
    preview_only: bool = True
