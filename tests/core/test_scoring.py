"""Scoring every item type (R-SCO-1..9)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from examdesk import i18n
from examdesk.core.items import (
    AnyItem,
    Dropdown,
    MultipleChoiceItem,
    MultipleDropdownItem,
    MultipleSelectItem,
    NumericItem,
    OpenItem,
    OpenResponse,
    Option,
    OrderingItem,
    OrderingPartial,
    Response,
)
from examdesk.core.scoring import ScoreStatus, score_item, score_result

OPTIONS = tuple(Option(key, f"optie {key}") for key in "ABCDE")
MC = MultipleChoiceItem(id="K1", points=Fraction(1), options=OPTIONS[:4], answer_key="B")
MS = MultipleSelectItem(id="V1", points=Fraction(2), options=OPTIONS, answer_key=frozenset({"A", "C"}))
NUM = NumericItem(id="V2", points=Fraction(2), answer_key=Decimal(10000), tolerance=Decimal("0.5"))
DD = MultipleDropdownItem(
    id="V3", points=Fraction(2), dropdowns=tuple(Dropdown(d, ("hoger", "lager"), "hoger") for d in "abcd")
)
ORD = OrderingItem(
    id="V4",
    points=Fraction(2),
    options=OPTIONS[:3],
    initial_order=("C", "A", "B"),
    answer_key=("A", "B", "C"),
)
OPEN = OpenItem(id="O1", points=Fraction(3), marking_scheme="Noem twee risico's (1 punt per risico, max 3).")


# R-SCO-1
def test_multiple_choice_key_scores_full_points_R_SCO_1() -> None:
    assert score_item(MC, "B").points == 1 and score_item(MC, "B").status is ScoreStatus.CORRECT
    wrong = score_item(MC, "C")
    assert wrong.points == 0 and wrong.status is ScoreStatus.WRONG
    assert "the right answer is B" in i18n.render(wrong.explanation)


# R-SCO-2
def test_multiple_select_exact_selection_scores_full_R_SCO_2() -> None:
    assert score_item(MS, ("C", "A")).points == 2


# R-SCO-2
def test_multiple_select_penalty_per_error_R_SCO_2() -> None:
    one_missing = score_item(MS, ("A",))
    assert one_missing.points == 1 and one_missing.status is ScoreStatus.PARTIAL
    one_extra = score_item(MS, ("A", "C", "D"))
    assert one_extra.points == 1
    two_errors = score_item(MS, ("A", "D"))
    assert two_errors.points == 0 and two_errors.status is ScoreStatus.WRONG
    assert score_item(MS, ("B", "D", "E")).points == 0  # never below 0


# R-SCO-2
def test_multiple_select_nothing_selected_is_unanswered_R_SCO_2() -> None:
    assert score_item(MS, ()).status is ScoreStatus.UNANSWERED


# R-SCO-2
def test_multiple_select_penalty_is_set_per_item_R_SCO_2() -> None:
    lenient = MultipleSelectItem(
        id="V9",
        points=Fraction(2),
        options=OPTIONS,
        answer_key=frozenset("AC"),
        penalty_per_error=Fraction(1, 2),
    )
    assert score_item(lenient, ("A", "D")).points == 1


# R-SCO-3
@pytest.mark.parametrize("answer", ["10000", "10.000,00", "10.000,5", "9.999,5"])
def test_numeric_within_tolerance_scores_full_R_SCO_3(answer: str) -> None:
    assert score_item(NUM, answer).status is ScoreStatus.CORRECT


# R-SCO-3
def test_numeric_outside_tolerance_scores_zero_R_SCO_3() -> None:
    assert score_item(NUM, "10.000,51").status is ScoreStatus.WRONG


# R-SCO-3, R-NUM-1
def test_unparseable_numeric_answer_is_invalid_with_the_warning_R_SCO_3_R_NUM_1() -> None:
    result = score_item(NUM, "10,000.00")
    assert result.status is ScoreStatus.INVALID and result.points == 0
    assert "Gebruik een punt als scheidingsteken" in i18n.render(result.explanation, "nl")


# R-SCO-4
def test_three_of_four_dropdowns_is_75_percent_R_SCO_4() -> None:
    result = score_item(DD, {"a": "hoger", "b": "hoger", "c": "hoger", "d": "lager"})
    assert result.points == Fraction(3, 4) * 2 and result.status is ScoreStatus.PARTIAL


# R-SCO-7
def test_dropdown_explanation_names_the_calculation_R_SCO_7() -> None:
    item = MultipleDropdownItem(
        id="V5", points=Fraction(2), dropdowns=tuple(Dropdown(d, ("x", "y"), "x") for d in "abc")
    )
    result = score_item(item, {"a": "x", "b": "x", "c": "y"})
    assert i18n.render(result.explanation, "en") == "2 of 3 dropdowns right: 2 × 2/3 = 1.33."
    assert "2 × 2/3 = 1,33" in i18n.render(result.explanation, "nl")


# R-SCO-5
def test_unchanged_ordering_is_unanswered_even_when_right_R_SCO_5() -> None:
    already_right = OrderingItem(
        id="V6",
        points=Fraction(2),
        options=OPTIONS[:3],
        initial_order=("A", "B", "C"),
        answer_key=("A", "B", "C"),
    )
    result = score_item(already_right, ("A", "B", "C"))
    assert result.status is ScoreStatus.UNANSWERED and result.points == 0
    assert score_item(ORD, ("C", "A", "B")).status is ScoreStatus.UNANSWERED


# R-SCO-5
def test_ordering_scores_per_position_or_all_or_nothing_R_SCO_5() -> None:
    assert score_item(ORD, ("A", "B", "C")).points == 2
    partly = score_item(ORD, ("A", "C", "B"))
    assert partly.points == Fraction(2, 3) and partly.status is ScoreStatus.PARTIAL
    strict = OrderingItem(
        id="V7",
        points=Fraction(2),
        options=OPTIONS[:3],
        initial_order=("C", "A", "B"),
        answer_key=("A", "B", "C"),
        partial=OrderingPartial.NONE,
    )
    assert score_item(strict, ("A", "C", "B")).points == 0


# R-SCO-6
def test_open_items_score_what_the_corrector_awarded_R_SCO_6() -> None:
    result = score_item(OPEN, OpenResponse("risico 1 en 2", Fraction(3, 2)))
    assert result.points == Fraction(3, 2) and result.status is ScoreStatus.PARTIAL
    with pytest.raises(ValueError, match="outside"):
        score_item(OPEN, OpenResponse("x", Fraction(4)))


# R-SCO-7
def test_every_score_has_an_explanation_in_both_languages_R_SCO_7() -> None:
    cases: list[tuple[AnyItem, Response]] = [
        (MC, "B"),
        (MC, "A"),
        (MS, ("A",)),
        (MS, ("A", "C")),
        (NUM, "10000"),
        (NUM, "x"),
        (NUM, "1"),
        (DD, {"a": "hoger"}),
        (ORD, ("A", "C", "B")),
        (ORD, ("A", "B", "C")),
        (OPEN, OpenResponse("", Fraction(0))),
        (MC, None),
    ]
    for item, response in cases:
        result = score_item(item, response)
        english, dutch = i18n.render(result.explanation, "en"), i18n.render(result.explanation, "nl")
        assert english and dutch and "\n" not in english


# R-SCO-8
def test_totals_use_unrounded_points_R_SCO_8() -> None:
    items = [
        MultipleDropdownItem(
            id=f"D{n}", points=Fraction(1), dropdowns=tuple(Dropdown(d, ("x", "y"), "x") for d in "abc")
        )
        for n in range(3)
    ]
    result = score_result(items, {item.id: {"a": "x"} for item in items})
    # Three times 1/3 is exactly 1; rounding each to 0,33 first would give 0,99.
    assert result.points == 1 and result.max_points == 3


# R-SCO-9
def test_excluded_items_leave_score_and_maximum_R_SCO_9() -> None:
    result = score_result([MC, MS], {"K1": "B", "V1": ("A", "C")}, excluded=["V1"])
    assert result.points == 1 and result.max_points == 1
    assert result.items[1].status is ScoreStatus.EXCLUDED


def test_missing_responses_are_unanswered() -> None:
    result = score_result([MC, NUM], {})
    assert [s.status for s in result.items] == [ScoreStatus.UNANSWERED, ScoreStatus.UNANSWERED]


selections = st.lists(st.sampled_from("ABCDE"), max_size=7)


# R-SCO-2
@given(selections)
def test_multiple_select_score_lies_between_zero_and_the_points_R_SCO_2(selection: list[str]) -> None:
    result = score_item(MS, tuple(selection))
    assert 0 <= result.points <= MS.points


# R-SCO-2
@given(selections, st.randoms())
def test_multiple_select_score_does_not_depend_on_order_R_SCO_2(selection: list[str], rnd) -> None:
    shuffled = list(selection)
    rnd.shuffle(shuffled)
    assert score_item(MS, tuple(selection)).points == score_item(MS, tuple(shuffled)).points


# R-SCO-5
@given(st.permutations(["A", "B", "C"]))
def test_ordering_score_lies_between_zero_and_the_points_R_SCO_5(order: list[str]) -> None:
    assert 0 <= score_item(ORD, tuple(order)).points <= ORD.points


# R-SCO-4
@given(st.dictionaries(st.sampled_from("abcd"), st.sampled_from(["hoger", "lager"])))
def test_dropdown_score_lies_between_zero_and_the_points_R_SCO_4(choices: dict[str, str]) -> None:
    assert 0 <= score_item(DD, choices).points <= DD.points


# R-SCO-3
@given(st.text(max_size=20))
def test_numeric_score_is_zero_or_full_R_SCO_3(text: str) -> None:
    assert score_item(NUM, text).points in (0, NUM.points)


_RESPONSES = st.one_of(
    st.none(),
    st.sampled_from(["", " ", "A", "B", "C", "E", "10.000", "10000,5", "x"]),
    st.lists(st.sampled_from("ABCDE"), max_size=5).map(tuple),
    st.dictionaries(st.sampled_from("abcd"), st.sampled_from(["hoger", "lager"])),
    st.permutations(["A", "B", "C"]).map(tuple),
)


# R-SCO-8
@given(st.lists(st.tuples(st.sampled_from([MC, MS, NUM, DD, ORD]), _RESPONSES), max_size=12), st.data())
def test_scoring_a_cohort_gives_exactly_what_each_item_rule_gives_R_SCO_8(pairs, data) -> None:
    """The Scorer's shortcuts (rules looked up once, multiple choice inlined) never change a score."""
    from dataclasses import replace

    from examdesk.core.scoring import Scorer, exact_sum

    items = [replace(item, id=f"{item.id}-{n}") for n, (item, _) in enumerate(pairs)]
    responses = {}
    for item, (original, response) in zip(items, pairs, strict=True):
        fits = (
            (original is MC and (response is None or isinstance(response, str)))
            or (original is NUM and (response is None or isinstance(response, str)))
            or (original is MS and (response is None or isinstance(response, tuple)))
            or (original is DD and (response is None or isinstance(response, dict)))
            or (original is ORD and (response is None or isinstance(response, tuple)))
        )
        responses[item.id] = response if fits else None
    excluded = data.draw(st.sets(st.sampled_from([item.id for item in items]))) if items else set()
    result = Scorer(items, excluded).score(responses)
    one_by_one = [score_item(item, responses[item.id], excluded=item.id in excluded) for item in items]
    assert list(result.statuses) == [s.status for s in one_by_one]
    assert list(result.item_points) == [s.points for s in one_by_one]
    assert (
        result.points
        == exact_sum(s.points for s in one_by_one)
        == sum((s.points for s in one_by_one), Fraction(0))
    )
    assert result.max_points == sum((s.max_points for s in one_by_one), Fraction(0))
