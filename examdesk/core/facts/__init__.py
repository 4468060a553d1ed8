"""Typed facts of every event kind (issue 12): one frozen dataclass per kind, one codec, one registry.

Import the fact types from their modules (``clock``, ``session``, ``inzage``, ``station``, ``cases``) or
from here; :func:`to_payload` and :func:`facts_of` are the only way between facts and stored payloads.
"""

from __future__ import annotations

from examdesk.core.facts.clock import (
    RULE_LABELS,
    BsnChecked,
    CandidateStarted,
    CompensationGranted,
    Correction,
    ExtensionApplied,
    LeftEarly,
    OverriddenRule,
    PauseStartedFacts,
    RuleOverridden,
    StoringEnded,
    StoringStarted,
    TimeUp,
)
from examdesk.core.facts.registry import (
    FACT_TYPES,
    STEP_KINDS,
    Facts,
    UnknownFacts,
    facts_of,
    fits,
    to_payload,
)

__all__ = [
    "FACT_TYPES",
    "RULE_LABELS",
    "STEP_KINDS",
    "BsnChecked",
    "CandidateStarted",
    "CompensationGranted",
    "Correction",
    "ExtensionApplied",
    "Facts",
    "LeftEarly",
    "OverriddenRule",
    "PauseStartedFacts",
    "RuleOverridden",
    "StoringEnded",
    "StoringStarted",
    "TimeUp",
    "UnknownFacts",
    "facts_of",
    "fits",
    "to_payload",
]
