"""The clock events' facts, kept under their first name: they now live in :mod:`examdesk.core.facts`."""

from __future__ import annotations

from examdesk.core.facts import (
    RULE_LABELS,
    BsnChecked,
    CandidateStarted,
    CompensationGranted,
    Correction,
    ExtensionApplied,
    Facts,
    OverriddenRule,
    PauseStartedFacts,
    RuleOverridden,
    facts_of,
    to_payload,
)

__all__ = [
    "RULE_LABELS",
    "BsnChecked",
    "CandidateStarted",
    "CompensationGranted",
    "Correction",
    "ExtensionApplied",
    "Facts",
    "OverriddenRule",
    "PauseStartedFacts",
    "RuleOverridden",
    "facts_of",
    "to_payload",
]
