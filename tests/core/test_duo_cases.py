"""R-IRR-5: a PE case follows DUO's path (reported to DUO, an optional aangifte, DUO's decision); a technical
fault on a PE exam is answered by DUO within eight weeks, the due date shown and flagged when passed."""

from __future__ import annotations

import datetime as dt

from examdesk.core import cases as rules
from examdesk.core.cases import (
    Aangifte,
    CasePath,
    Category,
    Certificate,
    DuoDecision,
    DuoReported,
    Opened,
    Origin,
    Record,
    Reported,
    Step,
)

AT = dt.datetime(2026, 6, 12, 12, 0, tzinfo=dt.UTC)
DAY = dt.date(2026, 6, 12)


def _opened(path: CasePath = CasePath.DUO, technical: bool = True) -> Record:
    facts = Opened(
        "s1", DAY, (1, 2), Category.OTHER, technical, Origin.MELDING, "Vraag laadde niet", None, "", path
    )
    return Record(10, AT, "secretaris", facts)


# R-IRR-5
def test_a_pe_case_goes_to_duo_with_an_optional_aangifte_R_IRR_5() -> None:
    case = rules.fold(10, [_opened()])
    assert case.path is CasePath.DUO and case.next_step is Step.DUO_REPORTED
    assert (
        rules.step_refusal(case, Reported(DAY, rules.Channel.PHONE), DAY) is not None
    )  # not the Inspectie's
    case = rules.advance(case, Record(11, AT, "secretaris", DuoReported(DAY)))
    assert case.next_step is Step.DUO_DECISION
    assert rules.step_refusal(case, Aangifte(DAY, "CDFD"), DAY) is None  # optional, before the decision
    assert rules.step_refusal(case, Aangifte(DAY, " "), DAY) is not None  # with whom
    decision = DuoDecision(dt.date(2026, 7, 1), {1: True, 2: False}, Certificate.WITHHELD, "DUO-88")
    assert rules.step_refusal(case, decision, dt.date(2026, 7, 2)) is None  # the aangifte may be skipped
    case = rules.advance(case, Record(12, AT, "secretaris", Aangifte(dt.date(2026, 6, 15), "DUO")))
    case = rules.advance(case, Record(13, AT, "secretaris", decision))
    assert case.closed and case.current is Step.DUO_DECISION and case.invalid_candidates == (1,)
    assert rules.from_payload(Step.DUO_DECISION, rules.to_payload(decision)) == decision
    text = str(rules.describe(decision, {1: "Sanne", 2: "Ahmed"}))
    assert "Sanne" in text and "{certificate}" not in str(rules.describe(decision).text)


# R-IRR-5: the eight weeks of 002 §3.4.3
def test_duos_answer_on_a_technical_fault_is_due_in_eight_weeks_and_flagged_when_passed_R_IRR_5() -> None:
    case = rules.fold(10, [_opened(), Record(11, AT, "secretaris", DuoReported(DAY))])
    assert rules.duo_answer_due(case) == dt.date(2026, 8, 7)
    assert not rules.duo_answer_overdue(case, dt.date(2026, 8, 7))
    assert rules.duo_answer_overdue(case, dt.date(2026, 8, 8))
    assert rules.duo_due_warning(case, dt.date(2026, 8, 8)) is not None
    assert any("2026-08-07" in str(m) for m in rules.checklist(case))
    assert rules.duo_answer_due(rules.fold(10, [_opened(technical=False)])) is None
    assert rules.duo_answer_due(rules.fold(10, [_opened(CasePath.INSPECTIE)])) is None  # CE: the Inspectie


# R-IRR-5: a CE case keeps the Inspectie's path
def test_a_ce_case_keeps_the_inspecties_path_R_IRR_5() -> None:
    case = rules.fold(10, [_opened(CasePath.INSPECTIE)])
    assert case.next_step is Step.REPORTED
    assert rules.step_refusal(case, DuoReported(DAY), DAY) is not None
