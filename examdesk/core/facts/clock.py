"""The facts of the candidate-clock events and of overrides (R-TIME, R-BSN-4, R-ACC-2, R-PV-2)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from examdesk.core.facts.codec import fact_field
from examdesk.core.text import QT_TRANSLATE_NOOP, Text


class OverriddenRule(StrEnum):
    """The rules an examensecretaris may override, with a reason (domain rules v2, "What changed")."""

    MORE_TIME = "R-TIME-4"  # more time than granted
    PAUSE_WITHOUT_ACCOMMODATION = "R-TIME-5"  # a pause without the pauses accommodation, or past the limit
    LATE_START = "R-TIME-8"  # a start more than 30 minutes late
    VSV = "R-ACC-2"  # an accommodation applied without a valid, confirmed VSV
    OFF_SITE = "R-SES-2"  # an off-site session started without consultation, surveillants or permission
    QUARANTINE_OR_THIRD_SITTING = "R-SES-3"  # no quarantine reported, or a third sitting the same day
    FOUR_MONTHS = "R-SES-4"  # a PE qualification again within four months


# Issue 16 #12: what each overridable rule says, in the reader's words (reports print no rule IDs).
# ``{minutes}`` is the time beyond the grant, ``{number}`` the accommodation's position (from 1).
RULE_LABELS: dict[OverriddenRule, Text] = {
    OverriddenRule.MORE_TIME: QT_TRANSLATE_NOOP("Override", "more time than granted ({minutes} min)"),
    OverriddenRule.PAUSE_WITHOUT_ACCOMMODATION: QT_TRANSLATE_NOOP(
        "Override", "a pause without the pauses accommodation, or past the pause limit"
    ),
    OverriddenRule.LATE_START: QT_TRANSLATE_NOOP("Override", "a late start beyond 30 minutes"),
    OverriddenRule.VSV: QT_TRANSLATE_NOOP(
        "Override", "accommodation {number} applied without a valid, confirmed VSV"
    ),
    OverriddenRule.OFF_SITE: QT_TRANSLATE_NOOP(
        "Override", "an off-site session without consultation, surveillants or permission"
    ),
    OverriddenRule.QUARANTINE_OR_THIRD_SITTING: QT_TRANSLATE_NOOP(
        "Override", "quarantine not reported, or a third exam the same day"
    ),
    OverriddenRule.FOUR_MONTHS: QT_TRANSLATE_NOOP("Override", "a PE qualification again within four months"),
}


@dataclass(frozen=True)
class BsnChecked:
    """R-BSN-4, R-ACC-2: the start-screen check, with the accommodations confirmed against the VSV
    (their positions in the candidate's roster entry)."""

    match: bool = False
    id_document: str = ""
    note: str = ""
    confirmed: tuple[int, ...] = ()


@dataclass(frozen=True)
class CandidateStarted:
    """R-TIME-8: late is decided by the clock; ``late_by_seconds`` counts from the session's start."""

    late_arrival: bool = False
    late_by_seconds: int = 0
    override: int | None = None  # the rule_overridden event that allowed a start past the limit


@dataclass(frozen=True)
class PauseStartedFacts:
    """R-TIME-5: ``unlimited`` when the CvTE consult or an override lets the pause pass the total limit."""

    unlimited: bool = False
    override: int | None = None


@dataclass(frozen=True)
class ExtensionApplied:
    """R-TIME-4: time beyond the grant, only under an override."""

    minutes: int = 0
    granted: int = 0
    # The rule_overridden event that allowed it; version 1 wrote the override's reason here, as text.
    override: int | str | None = None

    @property
    def override_event(self) -> int | None:
        return self.override if isinstance(self.override, int) else None

    @property
    def v1_override_reason(self) -> str:
        """The reason a version 1 override gave (flagged, but it names no event)."""
        return self.override if isinstance(self.override, str) else ""


@dataclass(frozen=True)
class CompensationGranted:
    """R-TIME-7."""

    storing: int = 0  # the storing_started event
    seconds: int = 0


@dataclass(frozen=True)
class RuleOverridden:
    """An examensecretaris decided past a rule that refused, with a written reason (its own event)."""

    rule: OverriddenRule
    reason: str
    examensecretaris: str  # the account that decided
    minutes: int | None = None  # R-TIME-4: the time given beyond the grant
    accommodation: int | None = None  # R-ACC-2: the position of the accommodation applied
    refusal: str = fact_field("", omit_default=True)  # R-SES: the planning refusal set aside, as shown


@dataclass(frozen=True)
class Correction:
    """R-PV-2: ``void`` takes a clock event out of the clock."""

    text: str = ""
    void: bool = False


@dataclass(frozen=True)
class StoringStarted:
    """R-TIME-7: a storing begins; the question it happened at and the pcs, when given."""

    question: str = ""
    pc_old: str = ""
    pc_new: str = ""
    meldingsnummer: str = ""  # the Facet helpdesk's number


@dataclass(frozen=True)
class StoringEnded:
    storing: int = 0  # the storing_started event
    meldingsnummer: str = ""


@dataclass(frozen=True)
class LeftEarly:
    """R-TIME-9, R-IRR-4: left early with a reason; ``ill`` offers an irregularity case."""

    reason: str = ""
    ill: bool = False


@dataclass(frozen=True)
class TimeUp:
    """R-TIME-9: stamped with the deadline the clock reached."""

    deadline: dt.datetime | None = None
