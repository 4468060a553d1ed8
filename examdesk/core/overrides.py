"""An override by the examensecretaris: a rule that refused is set aside, with a written reason.

Domain rules version 2 let the examensecretaris decide where a person may (R-SES-2, R-SES-3, R-SES-4, R-SES-5,
R-TIME-3..8, R-ACC-2, R-IRR-2): each override is an event of its own (``override``) naming the rule, what it
refused and why it was set aside, so the dashboard, the timeline and the proces-verbaal can flag it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from examdesk.core.text import QT_TRANSLATE_NOOP

NO_REASON = QT_TRANSLATE_NOOP("Overrides", "An override needs a written reason.")
LABEL = QT_TRANSLATE_NOOP(
    "Overrides", "Override of {rule} by the examensecretaris: {refusal} Reason: {reason}"
)


@dataclass(frozen=True)
class Override:
    """The facts of one override: the rule, the refusal as it was shown (English source text, rendered), the
    reason, and what it was about (a candidate number, a session)."""

    rule: str
    refusal: str
    reason: str
    subject: str = ""


def to_payload(override: Override) -> dict[str, Any]:
    return {
        "rule": override.rule,
        "refusal": override.refusal,
        "reason": override.reason,
        "subject": override.subject,
    }


def from_payload(payload: Mapping[str, Any]) -> Override:
    return Override(
        str(payload["rule"]),
        str(payload.get("refusal", "")),
        str(payload["reason"]),
        str(payload.get("subject", "")),
    )
