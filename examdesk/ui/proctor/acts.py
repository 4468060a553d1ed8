"""The surveillant's actions on the dashboard as one table: key, words, tip, the check that allows it, handler.

The buttons, the keys and the tests all read :data:`ACTS`. Whether a candidate action is allowed is
decided by ``core.actions`` (the same decision the service makes); a key whose action is not allowed
is still taken by the dashboard, which says why in its message bar and changes nothing (issue 15).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from examdesk import i18n
from examdesk.core import actions
from examdesk.core.actions import CandidateAct, CandidateFacts
from examdesk.core.clock import ClockState
from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.services.sessions import CandidateStatus
from examdesk.ui.models.dashboard import state_text


class Act(StrEnum):
    """The surveillant's actions on the dashboard, in the order of their buttons."""

    BSN_CHECK = "bsn_check"
    ROSTER = "roster"
    START = "start"
    LATE_START = "late_start"
    PAUSE = "pause"
    EXTENSION = "extension"
    STORING = "storing"
    COMPENSATION = "compensation"
    HAND_IN = "hand_in"
    LEFT_EARLY = "left_early"
    ABSENT = "absent"
    MELDING = "melding"
    IRREGULARITY = "irregularity"
    REMARK = "remark"
    CORRECTION = "correction"
    CLOSE = "close"


@dataclass(frozen=True)
class Selection:
    """What an action's check needs: the chosen candidates and the session's state."""

    chosen: Sequence[CandidateStatus]
    running: bool
    examensecretaris: bool
    session_state: str  # the session's state in words, for "nothing can be recorded"

    @property
    def one(self) -> CandidateStatus | None:
        return self.chosen[0] if len(self.chosen) == 1 else None


Check = Callable[[Selection], str | None]


@dataclass(frozen=True)
class ActSpec:
    """One action: its key, its button's words and tip, the check that allows it, the dashboard's handler."""

    act: Act
    key: str
    words: Text
    tip: Text
    check: Check
    handler: str  # the name of the Dashboard method that does it
    candidate: bool = True  # about the selected candidate(s), or about the whole session


def facts(status: CandidateStatus) -> CandidateFacts:
    return CandidateFacts(
        name=status.name,
        state=status.clock.state,
        bsn_checked=status.bsn_checked,
        storingen=status.storingen,
        open_storing=status.open_storing is not None,
    )


def candidate_refusal(act: CandidateAct, status: CandidateStatus, examensecretaris: bool) -> str | None:
    said = actions.refusal(
        act, facts(status), examensecretaris=examensecretaris, state_word=state_text(status.clock.state)
    )
    return i18n.render(said) if said is not None else None


def _session_closed(selection: Selection) -> str | None:
    if selection.running:
        return None
    return QCoreApplication.translate("Acts", "Nothing can be recorded: the session is {state}.").format(
        state=selection.session_state
    )


def _pick_one(selection: Selection) -> str | None:
    if not selection.chosen:
        return QCoreApplication.translate("Acts", "Select a candidate in the table first.")
    if selection.one is None:
        return QCoreApplication.translate("Acts", "Select one candidate for this action.")
    return None


def pause_act(status: CandidateStatus) -> CandidateAct:
    return CandidateAct.RESUME if status.clock.state is ClockState.PAUSED else CandidateAct.PAUSE


def storing_act(status: CandidateStatus) -> CandidateAct:
    return CandidateAct.END_STORING if status.open_storing is not None else CandidateAct.STORING


def one_check(act_of: Callable[[CandidateStatus], CandidateAct]) -> Check:
    """An action on exactly one candidate, allowed by core.actions."""

    def check(selection: Selection) -> str | None:
        said = _session_closed(selection) or _pick_one(selection)
        if said is not None:
            return said
        one = selection.one
        assert one is not None
        return candidate_refusal(act_of(one), one, selection.examensecretaris)

    return check


def many_check(act: CandidateAct) -> Check:
    """An action on every selected candidate it is allowed for; refused when it is allowed for none."""

    def check(selection: Selection) -> str | None:
        said = _session_closed(selection)
        if said is not None:
            return said
        if not selection.chosen:
            return QCoreApplication.translate("Acts", "Select a candidate in the table first.")
        refusals = [candidate_refusal(act, s, selection.examensecretaris) for s in selection.chosen]
        if any(r is None for r in refusals):
            return None
        return refusals[0]

    return check


def allowed_for(act: CandidateAct, selection: Selection) -> list[CandidateStatus]:
    """The selected candidates ``act`` is allowed for."""
    return [s for s in selection.chosen if candidate_refusal(act, s, selection.examensecretaris) is None]


def _fixed(act: CandidateAct) -> Callable[[CandidateStatus], CandidateAct]:
    return lambda _status: act


ACTS: tuple[ActSpec, ...] = (
    ActSpec(
        Act.BSN_CHECK,
        "B",
        QT_TRANSLATE_NOOP("Acts", "BSN check"),
        QT_TRANSLATE_NOOP("Acts", "Show the BSN large for the candidate to compare with their ID document"),
        one_check(_fixed(CandidateAct.BSN_CHECK)),
        "open_bsn_check",
    ),
    ActSpec(
        Act.ROSTER,
        "Shift+B",
        QT_TRANSLATE_NOOP("Acts", "Correct BSN"),
        QT_TRANSLATE_NOOP(
            "Acts", "After a mismatch: correct the BSN on the roster (examensecretaris), then check again"
        ),
        one_check(_fixed(CandidateAct.ROSTER)),
        "open_roster_correction",
    ),
    ActSpec(
        Act.START,
        "S",
        QT_TRANSLATE_NOOP("Acts", "Start"),
        QT_TRANSLATE_NOOP("Acts", "Start the clock of the selected candidates (after a BSN match)"),
        many_check(CandidateAct.START),
        "start_selected",
    ),
    ActSpec(
        Act.LATE_START,
        "Shift+S",
        QT_TRANSLATE_NOOP("Acts", "Late arrival"),
        QT_TRANSLATE_NOOP("Acts", "Start a late arrival: their time ends as if they had started on time"),
        many_check(CandidateAct.LATE_START),
        "start_late",
    ),
    ActSpec(
        Act.PAUSE,
        "P",
        QT_TRANSLATE_NOOP("Acts", "Pause"),
        QT_TRANSLATE_NOOP("Acts", "A supervised pause stops the clock"),
        one_check(pause_act),
        "pause_or_resume",
    ),
    ActSpec(
        Act.EXTENSION,
        "E",
        QT_TRANSLATE_NOOP("Acts", "Extra time"),
        QT_TRANSLATE_NOOP("Acts", "Give extra time, up to what the roster grants"),
        one_check(_fixed(CandidateAct.EXTENSION)),
        "open_extension",
    ),
    ActSpec(
        Act.STORING,
        "T",
        QT_TRANSLATE_NOOP("Acts", "Storing"),
        QT_TRANSLATE_NOOP("Acts", "Record the start or end of a storing (malfunction)"),
        one_check(storing_act),
        "open_storing",
    ),
    ActSpec(
        Act.COMPENSATION,
        "C",
        QT_TRANSLATE_NOOP("Acts", "Compensation"),
        QT_TRANSLATE_NOOP("Acts", "Give back the time an ended storing cost"),
        one_check(_fixed(CandidateAct.COMPENSATION)),
        "open_compensation",
    ),
    ActSpec(
        Act.HAND_IN,
        "H",
        QT_TRANSLATE_NOOP("Acts", "Hand in"),
        QT_TRANSLATE_NOOP("Acts", "The selected candidates hand in their work"),
        many_check(CandidateAct.HAND_IN),
        "hand_in",
    ),
    ActSpec(
        Act.LEFT_EARLY,
        "L",
        QT_TRANSLATE_NOOP("Acts", "Left early"),
        QT_TRANSLATE_NOOP("Acts", "The candidate leaves before their time is up"),
        one_check(_fixed(CandidateAct.LEFT_EARLY)),
        "open_left_early",
    ),
    ActSpec(
        Act.ABSENT,
        "A",
        QT_TRANSLATE_NOOP("Acts", "Absent"),
        QT_TRANSLATE_NOOP("Acts", "The candidate did not come"),
        many_check(CandidateAct.ABSENT),
        "mark_absent",
    ),
    ActSpec(
        Act.MELDING,
        "M",
        QT_TRANSLATE_NOOP("Acts", "Melding (VOV)"),
        QT_TRANSLATE_NOOP("Acts", "A melding for the verklaring van ordentelijk verloop (VOV)"),
        _session_closed,
        "open_melding",
        candidate=False,
    ),
    ActSpec(
        Act.IRREGULARITY,
        "I",
        QT_TRANSLATE_NOOP("Acts", "Irregularity"),
        QT_TRANSLATE_NOOP("Acts", "Record an irregularity (categories a to f, or other)"),
        _session_closed,
        "open_irregularity",
        candidate=False,
    ),
    ActSpec(
        Act.REMARK,
        "R",
        QT_TRANSLATE_NOOP("Acts", "Remark"),
        QT_TRANSLATE_NOOP("Acts", "A remark for the proces-verbaal"),
        _session_closed,
        "open_remark",
        candidate=False,
    ),
    ActSpec(
        Act.CORRECTION,
        "K",
        QT_TRANSLATE_NOOP("Acts", "Correction"),
        QT_TRANSLATE_NOOP("Acts", "Correct an earlier event: it stays as recorded, the correction names it"),
        _session_closed,
        "open_correction",
        candidate=False,
    ),
    ActSpec(
        Act.CLOSE,
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("Acts", "Close session"),
        QT_TRANSLATE_NOOP("Acts", "Close the session: every surveillant confirms with their password"),
        _session_closed,
        "open_close",
        candidate=False,
    ),
)

SPECS: dict[Act, ActSpec] = {spec.act: spec for spec in ACTS}
KEYS: dict[Act, str] = {spec.act: spec.key for spec in ACTS}
CANDIDATE_ACTS = tuple(spec.act for spec in ACTS if spec.candidate)
SESSION_ACTS = tuple(spec.act for spec in ACTS if not spec.candidate)


def words(act: Act, selection: Selection) -> str:
    """The words on the button, for what the selection makes it do."""
    one = selection.one
    if act is Act.PAUSE and one is not None and one.clock.state is ClockState.PAUSED:
        return QCoreApplication.translate("Acts", "Resume")
    if act is Act.STORING and one is not None and one.open_storing is not None:
        return QCoreApplication.translate("Acts", "End storing")
    if act in (Act.START, Act.HAND_IN, Act.ABSENT) and len(selection.chosen) > 1:
        core_act = {
            Act.START: CandidateAct.START,
            Act.HAND_IN: CandidateAct.HAND_IN,
            Act.ABSENT: CandidateAct.ABSENT,
        }[act]
        count = len(allowed_for(core_act, selection))
        if count > 1:
            # Only ever more than one here: the plural is always the right form.
            template = {
                Act.START: QCoreApplication.translate("Acts", "Start {count} candidates"),
                Act.HAND_IN: QCoreApplication.translate("Acts", "Hand in {count} candidates"),
                Act.ABSENT: QCoreApplication.translate("Acts", "Absent: {count} candidates"),
            }[act]
            return template.format(count=count)
    spec = SPECS[act]
    return QCoreApplication.translate("Acts", spec.words)


def tip(act: Act) -> str:
    return QCoreApplication.translate("Acts", SPECS[act].tip)
