"""How an examensecretaris's override reads in the proces-verbaal and on the timeline (domain rules v2)."""

from __future__ import annotations

from examdesk.core import facts
from examdesk.core.accommodations import GROUND_LABELS, Accommodation
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message

KIND_LABEL = QT_TRANSLATE_NOOP("ProcesVerbaal", "Override by the examensecretaris")

RULE_LABELS = facts.RULE_LABELS  # kept in core beside the override fact (issue 16 #12)
_DECIDED = QT_TRANSLATE_NOOP("ProcesVerbaal", "{what}, decided by {person} because: {reason}")
EXTENSION_BEYOND = QT_TRANSLATE_NOOP(
    "ProcesVerbaal", "Extension +{minutes} min beyond the grant of {granted} min: more time than granted"
)


def describe(decided: facts.RuleOverridden, person: str) -> Message:
    """One override as a sentence: the rule, what it allowed, who decided, and why."""
    what = message(
        RULE_LABELS[decided.rule],
        minutes=decided.minutes or 0,
        number=(decided.accommodation or 0) + 1,
    )
    return message(_DECIDED, what=what, person=person, reason=decided.reason)


_GROUND_YEARS = QT_TRANSLATE_NOOP("ProcesVerbaal", "{ground}, {years} school years in the Netherlands")


def ground_words(accommodation: Accommodation) -> Message | Text | str:
    """The ground of extra time in the reader's words (R-ACC-1: a code, never free text)."""
    if accommodation.ground is None:
        return accommodation.note
    if accommodation.nt2_school_years is not None:
        return message(
            _GROUND_YEARS, ground=GROUND_LABELS[accommodation.ground], years=accommodation.nt2_school_years
        )
    return GROUND_LABELS[accommodation.ground]
