"""Irregularity cases: the steps of the ongeldigverklaring procedure and the tweede zitting's variant
(R-IRR-1, R-IRR-2, R-IRR-3)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from examdesk import i18n
from examdesk.core.cases import (
    STEPS,
    BrokenCase,
    Case,
    CasePath,
    Category,
    Certificate,
    Channel,
    DecisionReceived,
    Discussed,
    DuoDecision,
    Facts,
    FormCompleted,
    Opened,
    Origin,
    Record,
    Reported,
    ResitPlanned,
    Step,
    advance,
    age_days,
    checklist,
    correction_refusal,
    exam_period,
    fold,
    from_payload,
    shared_items,
    step_of,
    step_refusal,
    still_needed,
    to_payload,
    variant_refusal,
    variants_without_overlap,
)
from examdesk.core.eventchain import canonical_json

SESSION_DAY = dt.date(2026, 5, 20)
TODAY = dt.date(2026, 6, 30)
AT = dt.datetime(2026, 5, 21, 9, 0, tzinfo=dt.UTC)


def opened(*, technical: bool = False, candidates: tuple[int, ...] = (11, 12)) -> Opened:
    return Opened(
        session_id="s1",
        session_date=SESSION_DAY,
        candidates=candidates,
        category=Category.OTHER if technical else Category.A,
        technical=technical,
        origin=Origin.STORING if technical else Origin.IRREGULARITY,
        description="Vastgelopen computer" if technical else "Telefoon op tafel",
        source_event=7,
        meldingsnummer="FH-1" if technical else "",
    )


def valid_facts(step: Step, *, technical: bool = False, invalid: tuple[int, ...] = (11,)) -> Facts:
    """Facts that stand for ``step`` in a case opened with :func:`opened`."""
    if step is Step.OPENED:
        return opened(technical=technical)
    if step is Step.REPORTED:
        return Reported(dt.date(2026, 5, 21), Channel.PHONE)
    if step is Step.DISCUSSED:
        return Discussed(dt.date(2026, 5, 25), "Werk wordt ongeldig verklaard")
    if step is Step.FORM_COMPLETED:
        return FormCompleted(dt.date(2026, 5, 27), "FH-1" if technical else "")
    if step is Step.DECISION_RECEIVED:
        return DecisionReceived(dt.date(2026, 6, 3), {c: c in invalid for c in (11, 12)}, "ISD-42")
    return ResitPlanned("s2", "G-2Z", "B", dt.date(2026, 6, 20), tuple(invalid))


def record(number: int, facts: Facts, corrects: int | None = None, reason: str = "") -> Record:
    return Record(number, AT + dt.timedelta(days=number), "secretaris", facts, corrects, reason)


def case_up_to(step: Step, *, technical: bool = False, invalid: tuple[int, ...] = (11,)) -> Case:
    records = [
        record(i + 1, valid_facts(s, technical=technical, invalid=invalid))
        for i, s in enumerate(STEPS[: STEPS.index(step) + 1])
    ]
    return fold(1, records)


# --- the order of the steps ---------------------------------------------------------------------------


# R-IRR-2
def test_the_steps_come_in_the_procedures_order_R_IRR_2() -> None:
    assert STEPS == (
        Step.OPENED,
        Step.REPORTED,
        Step.DISCUSSED,
        Step.FORM_COMPLETED,
        Step.DECISION_RECEIVED,
        Step.RESIT_PLANNED,
    )
    case = fold(1, [record(1, opened())])
    for step in STEPS[1:]:
        assert case.next_step is step
        assert step_refusal(case, valid_facts(step), TODAY) is None
        case = advance(case, record(len(case.history) + 1, valid_facts(step)))
        assert case.current is step
    assert case.closed and case.next_step is None


# R-IRR-2
@pytest.mark.parametrize("done", STEPS[:-1])
@pytest.mark.parametrize("attempt", STEPS[1:])
def test_a_step_can_only_be_the_next_one_R_IRR_2(done: Step, attempt: Step) -> None:
    case = case_up_to(done)
    refusal = step_refusal(case, valid_facts(attempt), TODAY)
    if STEPS.index(attempt) == STEPS.index(done) + 1:
        assert refusal is None
    else:
        assert refusal is not None
        text = i18n.render(refusal)
        assert "cannot come before it" in text or "closed" in text


def test_a_closed_case_takes_no_more_steps_R_IRR_2() -> None:
    case = case_up_to(Step.RESIT_PLANNED)
    refusal = step_refusal(case, valid_facts(Step.REPORTED), TODAY)
    assert refusal is not None and "closed" in i18n.render(refusal)


def test_a_log_that_skips_a_step_is_broken_R_IRR_2() -> None:
    with pytest.raises(BrokenCase):
        fold(1, [record(1, opened()), record(2, valid_facts(Step.DISCUSSED))])
    with pytest.raises(BrokenCase):
        fold(1, [record(1, valid_facts(Step.REPORTED))])
    with pytest.raises(BrokenCase):
        fold(1, [])


_ATTEMPT = st.tuples(st.sampled_from(STEPS), st.booleans())


# R-IRR-2: hypothesis over any sequence of attempted steps, valid and not.
@given(st.booleans(), st.lists(_ATTEMPT, max_size=25))
def test_no_sequence_of_step_events_can_skip_a_step_R_IRR_2(
    technical: bool, attempts: list[tuple[Step, bool]]
) -> None:
    case = fold(1, [record(1, opened(technical=technical))])
    for number, (step, well_formed) in enumerate(attempts, start=2):
        facts = valid_facts(step, technical=technical)
        if not well_formed and isinstance(facts, FormCompleted):
            facts = FormCompleted(facts.on, "")
        refusal = step_refusal(case, facts, TODAY)
        if refusal is None:
            before = len(case.steps)
            case = advance(case, record(number, facts))
            assert len(case.steps) == before + 1
        # Whatever was tried, the steps done are always the procedure's first steps, in order.
        assert tuple(case.steps) == STEPS[: len(case.steps)]
        assert case.current is STEPS[len(case.steps) - 1]


# R-IRR-2: and a log in any order folds only when it is the procedure's order.
@given(st.permutations(STEPS), st.integers(min_value=1, max_value=len(STEPS)))
def test_folding_accepts_only_the_procedures_order_R_IRR_2(order: list[Step], length: int) -> None:
    chosen = order[:length]
    records = [record(i + 1, valid_facts(step)) for i, step in enumerate(chosen)]
    if tuple(chosen) == STEPS[:length]:
        assert fold(1, records).current is chosen[-1]
    else:
        with pytest.raises(BrokenCase):
            fold(1, records)


# --- what each step needs ---------------------------------------------------------------------------


# R-IRR-2
def test_a_technical_case_needs_the_meldingsnummer_on_the_form_R_IRR_2() -> None:
    case = case_up_to(Step.DISCUSSED, technical=True)
    refusal = step_refusal(case, FormCompleted(dt.date(2026, 5, 27), "  "), TODAY)
    assert refusal is not None and "meldingsnummer" in i18n.render(refusal)
    assert step_refusal(case, FormCompleted(dt.date(2026, 5, 27), "FH-2026-0519"), TODAY) is None


def test_a_case_that_is_not_technical_needs_no_meldingsnummer_R_IRR_2() -> None:
    case = case_up_to(Step.DISCUSSED)
    assert step_refusal(case, FormCompleted(dt.date(2026, 5, 27)), TODAY) is None


def test_dates_follow_each_other_and_never_lie_in_the_future() -> None:
    case = case_up_to(Step.OPENED)
    before_session = step_refusal(case, Reported(dt.date(2026, 5, 19), Channel.EMAIL), TODAY)
    assert before_session is not None and "before the session" in i18n.render(before_session)
    future = step_refusal(case, Reported(dt.date(2026, 7, 1), Channel.EMAIL), TODAY)
    assert future is not None and "future" in i18n.render(future)
    assert step_refusal(case, Reported(SESSION_DAY, Channel.EMAIL), TODAY) is None
    case = case_up_to(Step.REPORTED)
    earlier = step_refusal(case, Discussed(dt.date(2026, 5, 20), "x"), TODAY)
    assert earlier is not None and "Reported to the Inspectie" in i18n.render(earlier)


def test_the_inspecties_decision_in_its_call_is_written_down() -> None:
    case = case_up_to(Step.REPORTED)
    refusal = step_refusal(case, Discussed(dt.date(2026, 5, 25), " "), TODAY)
    assert refusal is not None and "decided" in i18n.render(refusal)


def test_the_decision_letter_speaks_for_every_candidate_R_IRR_2() -> None:
    case = case_up_to(Step.FORM_COMPLETED)
    partial = step_refusal(case, DecisionReceived(dt.date(2026, 6, 3), {11: True}), TODAY)
    assert partial is not None and "every candidate" in i18n.render(partial)


def test_opening_needs_a_candidate_and_a_description_R_IRR_1() -> None:
    from examdesk.core.cases import facts_problem

    assert facts_problem(opened(candidates=()), {}, TODAY) is not None
    nothing = Opened("s1", SESSION_DAY, (11,), Category.B, False, Origin.MANUAL, "  ")
    assert facts_problem(nothing, {}, TODAY) is not None
    assert facts_problem(opened(), {}, TODAY) is None


# R-IRR-2: a second sitting only for work declared invalid.
def test_a_tweede_zitting_needs_an_invalidation_decision_R_IRR_2() -> None:
    none_invalid = case_up_to(Step.DECISION_RECEIVED, invalid=())
    assert none_invalid.closed and none_invalid.next_step is None
    refusal = step_refusal(none_invalid, valid_facts(Step.RESIT_PLANNED, invalid=()), TODAY)
    assert refusal is not None and "declared invalid" in i18n.render(refusal)
    case = case_up_to(Step.DECISION_RECEIVED, invalid=(12,))
    assert case.invalid_candidates == (12,) and not case.closed
    wrong = ResitPlanned("s2", "G-2Z", "B", dt.date(2026, 6, 20), (11, 12))
    refusal = step_refusal(case, wrong, TODAY, {12: "Ahmed Yilmaz (1002)"})
    assert refusal is not None and "Ahmed Yilmaz (1002)" in i18n.render(refusal)
    early = ResitPlanned("s2", "G-2Z", "B", dt.date(2026, 6, 1), (12,))
    assert step_refusal(case, early, TODAY) is not None
    assert step_refusal(case, valid_facts(Step.RESIT_PLANNED, invalid=(12,)), TODAY) is None


def test_closed_when_planned_or_when_nothing_was_declared_invalid() -> None:
    assert not case_up_to(Step.FORM_COMPLETED).closed
    assert case_up_to(Step.DECISION_RECEIVED, invalid=()).closed
    assert not case_up_to(Step.DECISION_RECEIVED).closed
    assert case_up_to(Step.RESIT_PLANNED).closed


# --- corrections --------------------------------------------------------------------------------------------


# R-PV-2 for cases: a correction refers to its step; the history keeps both.
def test_a_correction_replaces_the_facts_and_keeps_the_history() -> None:
    case = case_up_to(Step.DISCUSSED)
    reported_event = case.step_events[Step.REPORTED]
    fixed = Reported(dt.date(2026, 5, 22), Channel.EMAIL, "per mail, niet gebeld")
    assert correction_refusal(case, reported_event, fixed, "verkeerd kanaal", TODAY) is None
    corrected = advance(case, record(10, fixed, corrects=reported_event, reason="verkeerd kanaal"))
    assert corrected.steps[Step.REPORTED] == fixed
    assert corrected.current is Step.DISCUSSED
    assert [r.event_id for r in corrected.corrections_of(reported_event)] == [10]
    assert len(corrected.history) == len(case.history) + 1


def test_a_correction_needs_a_reason_and_the_same_step() -> None:
    case = case_up_to(Step.DISCUSSED)
    event = case.step_events[Step.REPORTED]
    fixed = Reported(dt.date(2026, 5, 22), Channel.EMAIL)
    assert correction_refusal(case, event, fixed, " ", TODAY) is not None
    wrong_kind = correction_refusal(case, event, valid_facts(Step.DISCUSSED), "x", TODAY)
    assert wrong_kind is not None and "must give that step" in i18n.render(wrong_kind)
    assert correction_refusal(case, 999, fixed, "x", TODAY) is not None


def test_a_correction_may_not_break_the_steps_after_it() -> None:
    case = case_up_to(Step.DISCUSSED)
    event = case.step_events[Step.REPORTED]
    late = Reported(dt.date(2026, 5, 26), Channel.PHONE)  # after the Inspectie's call of 25 May
    refusal = correction_refusal(case, event, late, "datum", TODAY)
    assert refusal is not None and "before the date of the step before it" in i18n.render(refusal)


# R-IRR-2: a case made technical after the form needs the form's meldingsnummer first.
def test_making_a_case_technical_needs_the_meldingsnummer_on_the_form_first_R_IRR_2() -> None:
    case = case_up_to(Step.FORM_COMPLETED)
    opened_event = case.step_events[Step.OPENED]
    technical = Opened(**{**vars(case.opened), "technical": True})
    refusal = correction_refusal(case, opened_event, technical, "storing, niet fraude", TODAY)
    assert refusal is not None and "meldingsnummer" in i18n.render(refusal)
    form_event = case.step_events[Step.FORM_COMPLETED]
    with_number = FormCompleted(dt.date(2026, 5, 27), "FH-9")
    case = advance(case, record(20, with_number, corrects=form_event, reason="nummer vergeten"))
    assert correction_refusal(case, opened_event, technical, "storing, niet fraude", TODAY) is None


def test_the_opening_keeps_its_session_and_candidates() -> None:
    case = case_up_to(Step.REPORTED)
    other = Opened(**{**vars(case.opened), "candidates": (11,)})
    refusal = correction_refusal(case, case.step_events[Step.OPENED], other, "x", TODAY)
    assert refusal is not None and "open a new case" in i18n.render(refusal)


def test_a_planned_tweede_zitting_fixes_the_decision() -> None:
    case = case_up_to(Step.RESIT_PLANNED)
    decision = case.step_events[Step.DECISION_RECEIVED]
    refusal = correction_refusal(case, decision, valid_facts(Step.DECISION_RECEIVED, invalid=()), "x", TODAY)
    assert refusal is not None
    resit = case.step_events[Step.RESIT_PLANNED]
    assert correction_refusal(case, resit, valid_facts(Step.RESIT_PLANNED), "x", TODAY) is not None


def test_a_correction_of_an_unknown_step_breaks_the_fold() -> None:
    with pytest.raises(BrokenCase):
        fold(1, [record(1, opened()), record(2, valid_facts(Step.REPORTED), corrects=99)])


# --- what to do now ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("step", STEPS)
def test_every_open_step_says_what_to_do_next_in_both_languages(step: Step) -> None:
    case = case_up_to(step, technical=True)
    lines = checklist(case, {11: "Sanne de Vries (3001)"})
    assert lines
    for line in lines:
        english, dutch = i18n.render(line, "en"), i18n.render(line, "nl")
        assert english and dutch and english != dutch
    needed = still_needed(case)
    assert len(needed) == (0 if case.closed else len(STEPS) - STEPS.index(step) - 1)


def test_the_checklist_follows_the_procedure() -> None:
    first = " ".join(i18n.render(m) for m in checklist(case_up_to(Step.OPENED, technical=True)))
    assert "Examenloket" in first and "helpdesk Facet" in first and "FH-1" in first
    form = " ".join(i18n.render(m) for m in checklist(case_up_to(Step.DISCUSSED, technical=True)))
    assert "ISD" in form and "meldingsnummer" in form
    resit = checklist(case_up_to(Step.DECISION_RECEIVED), {11: "Sanne de Vries (3001)"})
    assert "Sanne de Vries (3001)" in i18n.render(resit[0]) and "tweede zitting" in i18n.render(resit[0])
    done = i18n.render(checklist(case_up_to(Step.DECISION_RECEIVED, invalid=()))[0])
    assert "results stand" in done
    planned = i18n.render(checklist(case_up_to(Step.RESIT_PLANNED))[0])
    assert "variant B" in planned
    needed = " ".join(i18n.render(m) for m in still_needed(case_up_to(Step.REPORTED, technical=True)))
    assert "meldingsnummer" in needed and "Decision letter" in needed


# --- payloads -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("step", STEPS)
def test_facts_survive_the_event_log(step: Step) -> None:
    facts = valid_facts(step, technical=True)
    assert step_of(facts) is step
    assert from_payload(step, json.loads(json.dumps(to_payload(facts)))) == facts


# Candidate ids are integers in the facts. An earlier version wrote them as text, and those payloads stay in
# the event log as they were hashed (R-PV-3): they must read as the very same facts.
_WRITTEN_WITH_TEXT_IDS: list[tuple[Step, dict[str, Any], Facts]] = [
    (
        Step.OPENED,
        {
            "session_id": "s1",
            "session_date": "2026-05-20",
            "candidates": ["11", "12"],
            "category": "a",
            "technical": False,
            "origin": "irregularity",
            "description": "Telefoon op tafel",
            "source_event": 7,
            "meldingsnummer": "",
            "path": "inspectie",
        },
        opened(),
    ),
    (
        Step.DECISION_RECEIVED,
        {"on": "2026-06-03", "invalid": {"11": True, "12": False}, "reference": "ISD-42"},
        DecisionReceived(dt.date(2026, 6, 3), {11: True, 12: False}, "ISD-42"),
    ),
    (
        Step.RESIT_PLANNED,
        {"session_id": "s2", "group": "G-2Z", "variant": "B", "on": "2026-06-20", "candidates": ["11"]},
        ResitPlanned("s2", "G-2Z", "B", dt.date(2026, 6, 20), (11,)),
    ),
    (
        Step.DUO_DECISION,
        {
            "on": "2026-07-01",
            "invalid": {"1": True, "2": False},
            "certificate": "withheld",
            "reference": "D-8",
        },
        DuoDecision(dt.date(2026, 7, 1), {1: True, 2: False}, Certificate.WITHHELD, "D-8"),
    ),
]


@pytest.mark.parametrize(
    ("step", "old", "expected"),
    _WRITTEN_WITH_TEXT_IDS,
    ids=[step.value for step, _, _ in _WRITTEN_WITH_TEXT_IDS],
)
def test_facts_an_earlier_version_wrote_with_text_ids_read_with_int_ids_R_PV_3(
    step: Step, old: dict[str, Any], expected: Facts
) -> None:
    read = from_payload(step, old)
    now_written = json.loads(canonical_json(to_payload(expected)))  # as the event log stores it
    assert read == expected == from_payload(step, now_written)
    ids = [*getattr(read, "candidates", ()), *getattr(read, "invalid", {})]
    assert ids and all(type(c) is int for c in ids)
    # What this version writes: numbers in lists; an object's keys are text in JSON either way.
    if isinstance(expected, Opened | ResitPlanned):
        assert now_written["candidates"] == list(expected.candidates)
    else:
        assert now_written["invalid"] == {str(c): v for c, v in old["invalid"].items()}


def test_a_case_an_earlier_version_recorded_with_text_ids_keeps_its_candidates_R_IRR_2() -> None:
    """The event log's case events, with text ids, through the registry as the case log reads them: the
    tweede zitting is still for the candidate the letter declared invalid, by the same integer id."""
    from examdesk.core import facts as event_facts
    from examdesk.core.eventkinds import EventKind
    from examdesk.core.facts.cases import CaseCorrected, CaseStep

    old_opened, old_decision = _WRITTEN_WITH_TEXT_IDS[0][1], _WRITTEN_WITH_TEXT_IDS[1][1]
    opened_read = event_facts.facts_of(EventKind.CASE_OPENED, old_opened)
    decision_read = event_facts.facts_of(EventKind.CASE_DECISION_RECEIVED, {"case": 1, **old_decision})
    corrected_read = event_facts.facts_of(
        EventKind.CASE_CORRECTED,
        {
            "case": 1,
            "step": "decision_received",
            "reason": "r",
            "facts": {**old_decision, "invalid": {"11": False, "12": True}},
        },
    )
    assert opened_read == opened()
    assert isinstance(decision_read, CaseStep) and isinstance(corrected_read, CaseCorrected)
    records = [
        record(1, opened_read),
        *(record(i + 2, valid_facts(s)) for i, s in enumerate(STEPS[1:4])),
        record(5, decision_read.step),
    ]
    case = fold(1, records)
    assert case.invalid_candidates == (11,)
    assert step_refusal(case, valid_facts(Step.RESIT_PLANNED, invalid=(11,)), TODAY) is None
    case = advance(case, record(6, corrected_read.step, corrects=5, reason="r"))
    assert case.invalid_candidates == (12,)
    lines = checklist(case, {12: "Ahmed Yilmaz (1002)"})
    assert "Ahmed Yilmaz (1002)" in i18n.render(lines[0])


_IDS = st.integers(min_value=1, max_value=2**63 - 1)  # the event and candidate tables' INTEGER ids
_TEXT = st.text(max_size=20)
_STEP_FACTS: st.SearchStrategy[Facts] = st.one_of(
    st.builds(
        Opened,
        session_id=_TEXT,
        session_date=st.dates(),
        candidates=st.lists(_IDS, max_size=4).map(tuple),
        category=st.sampled_from(Category),
        technical=st.booleans(),
        origin=st.sampled_from(Origin),
        description=_TEXT,
        source_event=st.none() | _IDS,
        meldingsnummer=_TEXT,
        path=st.sampled_from(CasePath),
    ),
    st.builds(DecisionReceived, st.dates(), st.dictionaries(_IDS, st.booleans(), max_size=4), _TEXT),
    st.builds(ResitPlanned, _TEXT, _TEXT, _TEXT, st.dates(), st.lists(_IDS, max_size=4).map(tuple)),
    st.builds(
        DuoDecision,
        st.dates(),
        st.dictionaries(_IDS, st.booleans(), max_size=4),
        st.sampled_from(Certificate),
        _TEXT,
    ),
)


@given(_STEP_FACTS)
def test_step_facts_with_int_ids_survive_the_event_log(facts: Facts) -> None:
    step = step_of(facts)
    assert from_payload(step, to_payload(facts)) == facts
    assert from_payload(step, json.loads(canonical_json(to_payload(facts)))) == facts


# --- the tweede zitting's variant (R-IRR-3) -----------------------------------------------------------------

VARIANTS = {"A": ("1", "2", "3"), "B": ("4", "5", "6"), "C": ("6", "7", "1")}


# R-IRR-3
def test_a_variant_without_overlap_is_accepted_R_IRR_3() -> None:
    assert variant_refusal(VARIANTS, {"Sanne (3001)": "A"}, "B") is None
    assert variants_without_overlap(VARIANTS, ["A"]) == ("B",)
    assert variants_without_overlap(VARIANTS, ["A", "B"]) == ()
    assert variants_without_overlap(VARIANTS, ["Z"]) == ()


# R-IRR-3
def test_an_overlapping_variant_is_refused_naming_the_shared_items_R_IRR_3() -> None:
    refusal = variant_refusal(VARIANTS, {"Sanne (3001)": "A", "Ahmed (3002)": "B"}, "C")
    assert refusal is not None
    text = i18n.render(refusal)
    assert "1" in text and "Sanne (3001)" in text and "variant A" in text
    assert shared_items(VARIANTS["A"], VARIANTS["C"]) == ("1",)
    same = i18n.render(variant_refusal(VARIANTS, {"Sanne (3001)": "A"}, "A") or "")
    assert "shares 3 questions" in same and "1, 2, 3" in same


def test_an_unknown_variant_is_refused_R_IRR_3() -> None:
    assert variant_refusal(VARIANTS, {"x": "A"}, "Q") is not None
    assert variant_refusal(VARIANTS, {"x": "Q"}, "B") is not None


_ITEMS = st.lists(st.sampled_from([f"I{n}" for n in range(12)]), unique=True, min_size=1, max_size=8)


# R-IRR-3: hypothesis: refused exactly when the two variants share an item, and then every shared item is named.
@given(_ITEMS, _ITEMS)
def test_the_overlap_check_refuses_exactly_when_items_are_shared_R_IRR_3(
    sat: list[str], new: list[str]
) -> None:
    variants = {"A": tuple(sat), "B": tuple(new)}
    refusal = variant_refusal(variants, {"kandidaat": "A"}, "B")
    shared = set(sat) & set(new)
    assert (refusal is None) == (not shared)
    assert set(shared_items(sat, new)) == shared
    if refusal is not None:
        assert refusal.params["items"] == ", ".join(i for i in new if i in shared)
    assert ("B" in variants_without_overlap(variants, ["A"])) == (not shared)


def test_age_and_exam_period() -> None:
    assert age_days(dt.date(2026, 5, 21), TODAY) == 40
    assert age_days(TODAY, dt.date(2026, 6, 1)) == 0
    assert exam_period(SESSION_DAY) == (2026, 5)
