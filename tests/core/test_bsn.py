"""BSN format rules R-BSN-1..3, R-BSN-4 grouping and R-BSN-6 masking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from examdesk import i18n
from examdesk.core import bsn

PUBLIC_VALID = ["999993653", "999993847", "999992077", "999990482", "999995017", "999990408", "000009921"]
PUBLIC_INVALID = ["123456789", "000000000", "1234567", "1234567890", "12345678a"]

nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)


# R-BSN-2
@pytest.mark.parametrize("number", PUBLIC_VALID)
def test_public_test_numbers_are_valid_R_BSN_2(number: str) -> None:
    assert bsn.check(number).valid
    assert bsn.is_valid(number)


# R-BSN-1, R-BSN-2
@pytest.mark.parametrize("number", PUBLIC_INVALID)
def test_public_invalid_numbers_are_refused_with_a_reason_R_BSN_1_R_BSN_2(number: str) -> None:
    result = bsn.check(number)
    assert not result.valid
    assert result.problem is not None and i18n.render(result.problem)


# R-BSN-1
def test_eight_digits_get_one_leading_zero_R_BSN_1() -> None:
    assert bsn.normalise("9921") == "9921"
    assert bsn.check("00009921").normalised == "000009921"
    assert bsn.check("00009921").valid


# R-BSN-1
def test_spaces_and_dots_are_ignored_R_BSN_1() -> None:
    assert bsn.check("9999 93 653").valid
    assert bsn.check("9999.93.653").normalised == "999993653"


# R-BSN-1
@pytest.mark.parametrize("raw", ["99999365-3", "99999365\u0663", "", "   "])
def test_any_other_character_makes_it_invalid_R_BSN_1(raw: str) -> None:
    assert not bsn.check(raw).valid


def _problem(text: str) -> str:
    problem = bsn.check(text).problem
    assert problem is not None
    return i18n.render(problem)


def test_reasons_say_what_is_wrong() -> None:
    assert "11-proef" in _problem("123456789")
    assert "weighted sum is 0" in _problem("000000000")
    assert "7 digits" in _problem("1234567")
    assert "10 digits" in _problem("1234567890")
    assert "'a'" in _problem("12345678a")


# R-BSN-3
def test_valid_format_is_not_proof_of_identity_R_BSN_3() -> None:
    assert "does not prove" in i18n.render(bsn.FORMAT_ONLY)


# R-BSN-2
@given(nine_digits)
def test_validity_is_exactly_the_eleven_test_R_BSN_2(digits: str) -> None:
    total = sum(w * int(d) for w, d in zip((9, 8, 7, 6, 5, 4, 3, 2, -1), digits, strict=True))
    assert bsn.is_valid(digits) == (total % 11 == 0 and total != 0)


# R-BSN-2
@given(nine_digits, st.integers(min_value=0, max_value=8), st.integers(min_value=1, max_value=9))
def test_changing_one_digit_of_a_valid_number_makes_it_invalid_R_BSN_2(
    digits: str, position: int, delta: int
) -> None:
    if not bsn.is_valid(digits):
        return
    changed = digits[:position] + str((int(digits[position]) + delta) % 10) + digits[position + 1 :]
    # Weights 1..9 are all coprime with 11, so one changed digit always breaks the 11-proef.
    assert not bsn.is_valid(changed)


# R-BSN-1
@given(nine_digits, st.lists(st.sampled_from([" ", "."]), max_size=6), st.randoms())
def test_separators_never_change_the_verdict_R_BSN_1(digits: str, separators: list[str], rnd) -> None:
    chars = list(digits)
    for sep in separators:
        chars.insert(rnd.randint(0, len(chars)), sep)
    decorated = "".join(chars)
    assert bsn.is_valid(decorated) == bsn.is_valid(digits)
    assert bsn.check(decorated).normalised == digits


@given(st.text(max_size=20))
def test_check_never_raises_and_valid_means_nine_digits(raw: str) -> None:
    result = bsn.check(raw)
    if result.valid:
        assert len(result.normalised) == 9 and result.normalised.isdigit()


# R-BSN-4
def test_start_screen_grouping_R_BSN_4() -> None:
    assert bsn.grouped("123456782") == "1234 56 782"


# R-BSN-6
@given(nine_digits)
def test_masking_shows_only_the_last_four_R_BSN_6(digits: str) -> None:
    masked = bsn.masked(digits)
    assert masked == "*****" + digits[-4:]
    assert masked.count("*") == 5
