"""Accommodations: VSV validity and ISD melding (R-ACC-1, R-ACC-2, R-ACC-3)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from examdesk.core.accommodations import (
    LABELS,
    AccommodationKind,
    VsvStatus,
    check_vsv,
    needs_isd_melding,
    vsv_valid_until,
)

DAY = dt.date(2026, 6, 12)


# R-ACC-1
def test_every_kind_has_a_label_R_ACC_1() -> None:
    assert set(LABELS) == set(AccommodationKind) and len(AccommodationKind) == 11


# R-ACC-2
def test_a_vsv_holds_five_years_R_ACC_2() -> None:
    assert vsv_valid_until(dt.date(2021, 6, 13)) == dt.date(2026, 6, 12)
    assert check_vsv(AccommodationKind.EXTRA_TIME, "pe", dt.date(2021, 6, 13), DAY).status is VsvStatus.VALID
    assert (
        check_vsv(AccommodationKind.EXTRA_TIME, "pe", dt.date(2021, 6, 12), DAY).status is VsvStatus.EXPIRED
    )
    assert vsv_valid_until(dt.date(2024, 2, 29)) == dt.date(2029, 2, 28)


# R-ACC-2
def test_large_print_and_magnifier_need_no_vsv_and_ce_exams_none_at_all_R_ACC_2() -> None:
    assert check_vsv(AccommodationKind.LARGE_PRINT, "pe", None, DAY).status is VsvStatus.NOT_NEEDED
    assert check_vsv(AccommodationKind.MAGNIFIER, "pe", None, DAY).status is VsvStatus.NOT_NEEDED
    assert check_vsv(AccommodationKind.EXTRA_TIME, "ce", None, DAY).status is VsvStatus.NOT_NEEDED
    assert check_vsv(AccommodationKind.READING_ALOUD, "pe", None, DAY).status is VsvStatus.MISSING


# R-ACC-3
def test_isd_melding_flags_R_ACC_3() -> None:
    assert needs_isd_melding(AccommodationKind.EXTRA_TIME) and needs_isd_melding(AccommodationKind.PAUSES)
    assert not needs_isd_melding(AccommodationKind.LARGE_PRINT)


# R-ACC-2
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 1, 1)))
def test_a_vsv_is_valid_on_its_own_date_and_never_more_than_five_years_R_ACC_2(date: dt.date) -> None:
    until = vsv_valid_until(date)
    assert (
        date
        < until
        < date.replace(year=date.year + 5, day=28 if date.month == 2 else date.day) + dt.timedelta(days=1)
    )
