"""Which surveillant action a candidate's state allows, and why not: one decision for the service and the screen.

The service refuses with these sentences (``services.sessions``) and the dashboard switches its buttons off
and explains a pressed key with the same ones, so what the screen offers is what the rules accept.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from examdesk.core.clock import ClockState
from examdesk.core.text import QT_TRANSLATE_NOOP, Message


class CandidateAct(StrEnum):
    """An action on one candidate's clock or record."""

    BSN_CHECK = "bsn_check"
    ROSTER = "roster"
    START = "start"
    LATE_START = "late_start"
    PAUSE = "pause"
    RESUME = "resume"
    EXTENSION = "extension"
    ACCOMMODATION = "accommodation"
    STORING = "storing"
    END_STORING = "end_storing"
    COMPENSATION = "compensation"
    HAND_IN = "hand_in"
    LEFT_EARLY = "left_early"
    ABSENT = "absent"


_ACTIVE = frozenset({ClockState.RUNNING, ClockState.PAUSED})
_WAITING = frozenset({ClockState.NOT_STARTED})

# The clock states in which each action may be recorded (R-TIME-3..9, R-BSN-4).
STATES: dict[CandidateAct, frozenset[ClockState]] = {
    CandidateAct.BSN_CHECK: _WAITING,
    CandidateAct.ROSTER: _WAITING,
    CandidateAct.START: _WAITING,
    CandidateAct.LATE_START: _WAITING,
    CandidateAct.PAUSE: frozenset({ClockState.RUNNING}),
    CandidateAct.RESUME: frozenset({ClockState.PAUSED}),
    CandidateAct.EXTENSION: _WAITING | _ACTIVE,
    CandidateAct.ACCOMMODATION: _WAITING | _ACTIVE,
    CandidateAct.STORING: _ACTIVE,
    CandidateAct.END_STORING: frozenset(ClockState),
    CandidateAct.COMPENSATION: _ACTIVE,
    CandidateAct.HAND_IN: _ACTIVE,
    CandidateAct.LEFT_EARLY: _ACTIVE,
    CandidateAct.ABSENT: _WAITING,
}

STATE_REFUSES = QT_TRANSLATE_NOOP("Actions", "{name} is {state}; this action is not possible now.")
NEEDS_MATCH = QT_TRANSLATE_NOOP(
    "Actions", "{name} cannot start: the BSN check on the start screen has not been recorded as a match."
)
MISMATCH_BLOCKS = QT_TRANSLATE_NOOP(
    "Actions",
    "{name}'s BSN did not match; the examensecretaris corrects the roster before the check is done again.",
)
CHECK_FIRST = QT_TRANSLATE_NOOP(
    "Actions", "{name}'s BSN has not been found wrong; the roster is corrected only after a mismatch."
)
SECRETARIS_ONLY = QT_TRANSLATE_NOOP("Actions", "Only the examensecretaris corrects the roster.")
NO_STORING = QT_TRANSLATE_NOOP(
    "Actions", "{name} has had no storing; compensation gives back the time an ended storing cost."
)
NO_OPEN_STORING = QT_TRANSLATE_NOOP("Actions", "{name} has no storing going on.")


@dataclass(frozen=True)
class CandidateFacts:
    """What the rules need to know about one candidate to allow an action."""

    name: str
    state: ClockState
    bsn_checked: bool | None = None  # None: not yet; True: match; False: mismatch
    storingen: int = 0
    open_storing: bool = False


def state_refusal(act: CandidateAct, name: str, state: ClockState, state_word: str) -> Message | None:
    """R-TIME-3..9: the sentence when the clock's state does not allow ``act``, else None."""
    if state in STATES[act]:
        return None
    return Message(STATE_REFUSES, {"name": name, "state": state_word})


def refusal(
    act: CandidateAct, facts: CandidateFacts, *, examensecretaris: bool, state_word: str = ""
) -> Message | None:
    """Why ``act`` cannot be recorded for this candidate now, or None when it can."""
    name = facts.name
    said = state_refusal(act, name, facts.state, state_word or facts.state.value)
    if said is not None:
        return said
    if act is CandidateAct.BSN_CHECK and facts.bsn_checked is False:
        return Message(MISMATCH_BLOCKS, {"name": name})  # R-BSN-4
    if act is CandidateAct.ROSTER:
        if facts.bsn_checked is not False:
            return Message(CHECK_FIRST, {"name": name})
        if not examensecretaris:
            return Message(SECRETARIS_ONLY)
    if act in (CandidateAct.START, CandidateAct.LATE_START) and facts.bsn_checked is not True:
        return Message(NEEDS_MATCH, {"name": name})  # R-BSN-4
    if act is CandidateAct.COMPENSATION and facts.storingen == 0:
        return Message(NO_STORING, {"name": name})  # R-TIME-7
    if act is CandidateAct.END_STORING and not facts.open_storing:
        return Message(NO_OPEN_STORING, {"name": name})
    return None


def allowed_actions(facts: CandidateFacts, *, examensecretaris: bool) -> frozenset[CandidateAct]:
    """Every action the rules allow for this candidate now."""
    return frozenset(
        act for act in CandidateAct if refusal(act, facts, examensecretaris=examensecretaris) is None
    )
