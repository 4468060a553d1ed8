"""Typed facts of the candidate-clock events (issue 12's direction), encoded and decoded in one place.

Each event kind below has one frozen fact type; :func:`to_payload` writes it for the event log and
:func:`facts_of` reads it back. Payloads written before a field existed decode with its default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from examdesk.core.eventkinds import EventKind
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

    match: bool
    id_document: str
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

    minutes: int
    granted: int = 0
    override: int | None = None


@dataclass(frozen=True)
class CompensationGranted:
    """R-TIME-7."""

    storing: int
    seconds: int


@dataclass(frozen=True)
class RuleOverridden:
    """An examensecretaris decided past a rule that refused, with a written reason (its own event)."""

    rule: OverriddenRule
    reason: str
    examensecretaris: str  # the account that decided
    minutes: int | None = None  # R-TIME-4: the time given beyond the grant
    accommodation: int | None = None  # R-ACC-2: the position of the accommodation applied


@dataclass(frozen=True)
class Correction:
    """R-PV-2: ``void`` takes a clock event out of the clock."""

    text: str
    void: bool = False


Facts = (
    BsnChecked
    | CandidateStarted
    | PauseStartedFacts
    | ExtensionApplied
    | CompensationGranted
    | RuleOverridden
    | Correction
)

FACT_TYPES: dict[EventKind, type[Facts]] = {
    EventKind.BSN_CHECKED: BsnChecked,
    EventKind.CANDIDATE_STARTED: CandidateStarted,
    EventKind.PAUSE_STARTED: PauseStartedFacts,
    EventKind.EXTENSION_APPLIED: ExtensionApplied,
    EventKind.COMPENSATION_GRANTED: CompensationGranted,
    EventKind.RULE_OVERRIDDEN: RuleOverridden,
    EventKind.CORRECTION: Correction,
}


def to_payload(facts: Facts) -> dict[str, Any]:
    """The facts as plain JSON values, for the event log."""
    found: dict[str, Any] = {}
    for name, value in vars(facts).items():
        if isinstance(value, dt.date):
            found[name] = value.isoformat()
        elif isinstance(value, tuple):
            found[name] = list(value)
        elif isinstance(value, StrEnum):
            found[name] = value.value
        else:
            found[name] = value
    return found


def _optional_int(value: Any) -> int | None:
    # Version 1 wrote an extension's override as its reason (text): it is flagged, but names no event.
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def facts_of(kind: str, payload: Mapping[str, Any]) -> Facts:
    """The facts of an event of ``kind`` from what :func:`to_payload` (or version 1) wrote."""
    fact_type = FACT_TYPES[EventKind(kind)]
    known = {f.name for f in fields(fact_type)}
    values: dict[str, Any] = {k: v for k, v in payload.items() if k in known}
    if fact_type is BsnChecked:
        values["confirmed"] = tuple(int(i) for i in payload.get("confirmed", ()))
    elif fact_type is RuleOverridden:
        values["rule"] = OverriddenRule(payload["rule"])
    if "override" in values:
        values["override"] = _optional_int(values["override"])
    for name in ("minutes", "granted", "seconds", "storing", "late_by_seconds"):
        if name in values and values[name] is not None:
            values[name] = int(values[name])
    return fact_type(**values)


def overridden_in_v1(payload: Mapping[str, Any]) -> bool:
    """Whether a version 1 extension payload carried an override (its reason as text)."""
    return isinstance(payload.get("override"), str) and bool(payload["override"])
