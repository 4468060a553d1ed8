"""Issue 15: question numbers are the exam's own; which action a candidate's state allows (core.actions)."""

from __future__ import annotations

from examdesk.core import questions
from examdesk.core.actions import STATES, CandidateAct, CandidateFacts, allowed_actions, refusal
from examdesk.core.clock import ClockState

KNOWN = ["K1", "K2", "V1", "V3"]


def test_a_melding_about_questions_the_exam_does_not_have_is_refused() -> None:
    said = questions.refusal(questions.split("Z99, 12"), KNOWN)
    assert said is not None and said.params["numbers"] == "Z99, 12"
    assert said.params["known"] == "K1, K2, V1, V3"


def test_a_storing_bij_vraag_abc_is_refused_and_known_numbers_are_written_as_the_exam_does() -> None:
    assert questions.refusal(["bij vraag abc"], KNOWN) is not None
    assert questions.refusal(questions.split("v3; k1"), KNOWN) is None
    assert questions.canonical(["v3", " k 1"], KNOWN) == ["V3", "K1"]


def test_every_candidate_action_has_its_states() -> None:
    assert set(STATES) == set(CandidateAct)


def test_a_working_candidate_cannot_be_marked_absent_and_a_waiting_one_cannot_hand_in() -> None:
    working = CandidateFacts("Sanne de Vries", ClockState.RUNNING, bsn_checked=True)
    waiting = CandidateFacts("Ahmed Yilmaz", ClockState.NOT_STARTED)
    assert CandidateAct.ABSENT not in allowed_actions(working, examensecretaris=False)
    assert CandidateAct.HAND_IN in allowed_actions(working, examensecretaris=False)
    assert CandidateAct.HAND_IN not in allowed_actions(waiting, examensecretaris=False)


def test_start_needs_a_bsn_match_R_BSN_4() -> None:
    waiting = CandidateFacts("Ahmed Yilmaz", ClockState.NOT_STARTED)
    said = refusal(CandidateAct.START, waiting, examensecretaris=False)
    assert said is not None and "BSN check" in said.text
    matched = CandidateFacts("Ahmed Yilmaz", ClockState.NOT_STARTED, bsn_checked=True)
    assert refusal(CandidateAct.START, matched, examensecretaris=False) is None


def test_after_a_mismatch_only_the_examensecretaris_corrects_the_roster_R_BSN_4() -> None:
    mismatch = CandidateFacts("Sem de Boer", ClockState.NOT_STARTED, bsn_checked=False)
    assert refusal(CandidateAct.BSN_CHECK, mismatch, examensecretaris=True) is not None
    assert refusal(CandidateAct.ROSTER, mismatch, examensecretaris=False) is not None
    assert refusal(CandidateAct.ROSTER, mismatch, examensecretaris=True) is None


def test_compensation_needs_a_storing_R_TIME_7() -> None:
    none = CandidateFacts("Fleur Jansen", ClockState.RUNNING, bsn_checked=True)
    assert refusal(CandidateAct.COMPENSATION, none, examensecretaris=False) is not None
    one = CandidateFacts("Fleur Jansen", ClockState.RUNNING, bsn_checked=True, storingen=1)
    assert refusal(CandidateAct.COMPENSATION, one, examensecretaris=False) is None
