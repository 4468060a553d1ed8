"""Accommodations: VSV validity and ISD melding (R-ACC-1, R-ACC-2, R-ACC-3)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from examdesk import i18n
from examdesk.core.accommodations import (
    GROUND_LABELS,
    LABELS,
    PE_KINDS,
    Accommodation,
    AccommodationKind,
    CvteConsult,
    Ground,
    Statement,
    VsvStatus,
    check_vsv,
    ground_from_basis,
    is_applied,
    needs_isd_melding,
    subject_refusal,
    vsv_valid_until,
)

DAY = dt.date(2026, 6, 12)


# R-ACC-1
def test_every_kind_of_the_table_has_a_label_R_ACC_1() -> None:
    """Issue 14 finding 10: sign-language interpreter and rekenkaart can be entered; the PE kinds too."""
    assert set(LABELS) == set(AccommodationKind) and len(AccommodationKind) == 22
    assert set(GROUND_LABELS) == set(Ground)
    assert {AccommodationKind("sign_language_interpreter"), AccommodationKind("arithmetic_card")} <= set(
        LABELS
    )
    assert {k.value for k in PE_KINDS} == {"interrupted_exam", "exam_assistant", "reading_aloud"}


# R-ACC-1
def test_a_structured_accommodation_round_trips_and_reads_version_1_R_ACC_1() -> None:
    full = Accommodation(
        AccommodationKind.EXTRA_TIME,
        minutes=45,
        ground=Ground.NT2,
        nt2_school_years=3,
        statement=Statement(dt.date(2024, 1, 15), dt.date(2027, 7, 31)),
        cvte_consult=CvteConsult(dt.date(2026, 5, 1), "CvTE-2026-118", 45),
        isd_reported_on=dt.date(2026, 3, 2),
    )
    assert Accommodation.from_json(full.to_json()) == full
    old = Accommodation.from_json(
        {"kind": "extra_time", "minutes": 30, "basis": "dyslexie", "statement_date": "2023-09-01"}
    )
    assert old.ground is Ground.DYSLEXIA and old.statement == Statement(dt.date(2023, 9, 1))
    assert Accommodation.from_json({"kind": "magnifier"}).kind is AccommodationKind.LARGE_PRINT
    unknown = ground_from_basis("visuele beperking")
    assert unknown.ground is Ground.OTHER and unknown.note == "visuele beperking" and unknown.keyword is None


# R-ACC-2
def test_a_vsv_holds_five_years_R_ACC_2() -> None:
    assert vsv_valid_until(dt.date(2021, 6, 13)) == dt.date(2026, 6, 12)
    assert check_vsv(AccommodationKind.EXTRA_TIME, "pe", dt.date(2021, 6, 13), DAY).status is VsvStatus.VALID
    assert (
        check_vsv(AccommodationKind.EXTRA_TIME, "pe", dt.date(2021, 6, 12), DAY).status is VsvStatus.EXPIRED
    )
    assert vsv_valid_until(dt.date(2024, 2, 29)) == dt.date(2029, 2, 28)


# R-ACC-2
def test_large_print_needs_no_vsv_and_ce_exams_none_at_all_R_ACC_2() -> None:
    assert check_vsv(AccommodationKind.LARGE_PRINT, "pe", None, DAY).status is VsvStatus.NOT_NEEDED
    assert check_vsv(AccommodationKind.EXTRA_TIME, "ce", None, DAY).status is VsvStatus.NOT_NEEDED
    assert check_vsv(AccommodationKind.READING_ALOUD, "pe", None, DAY).status is VsvStatus.MISSING
    assert (
        check_vsv(
            AccommodationKind.EXTRA_TIME, "pe", Statement(dt.date(2025, 1, 1), dt.date(2026, 1, 31)), DAY
        ).status
        is VsvStatus.EXPIRED
    )


# R-ACC-2 (issue 14 finding 13)
def test_the_vsv_is_a_condition_missing_expired_or_unconfirmed_is_not_applied_R_ACC_2() -> None:
    expired = Accommodation(
        AccommodationKind.EXTRA_TIME, 30, Ground.DYSLEXIA, statement=Statement(dt.date(2019, 1, 10))
    )
    valid = Accommodation(
        AccommodationKind.EXTRA_TIME, 30, Ground.DYSLEXIA, statement=Statement(dt.date(2023, 9, 1))
    )
    missing = Accommodation(AccommodationKind.PAUSES)
    assert not is_applied(expired, "pe", DAY, confirmed=True)
    assert not is_applied(missing, "pe", DAY, confirmed=True)
    assert not is_applied(valid, "pe", DAY, confirmed=False)
    assert is_applied(valid, "pe", DAY, confirmed=True)
    assert is_applied(expired, "pe", DAY, confirmed=False, overridden=True)
    assert is_applied(expired, "ce", DAY, confirmed=False)
    assert is_applied(Accommodation(AccommodationKind.LARGE_PRINT), "pe", DAY, confirmed=False)


# R-ACC-3 (issue 14 finding 10)
def test_isd_melding_flags_follow_the_table_R_ACC_3() -> None:
    for kind in (
        "extra_time",
        "pauses",
        "extended_duration",
        "sign_language_interpreter",
        "arithmetic_card",
        "reading_writing_help",
        "motor_help",
    ):
        assert needs_isd_melding(AccommodationKind(kind)), kind
    assert not needs_isd_melding(AccommodationKind.READING_ALOUD)
    assert not needs_isd_melding(AccommodationKind.LARGE_PRINT)


# R-ACC-3
def test_spelling_check_is_refused_for_nederlands_R_ACC_3() -> None:
    refusal = subject_refusal(AccommodationKind.SPELLING_CHECK, "Nederlands")
    assert refusal is not None and "Nederlands" in i18n.render(refusal)
    assert subject_refusal(AccommodationKind.SPELLING_CHECK, "Economie") is None
    assert subject_refusal(AccommodationKind.EXTRA_TIME, "Nederlands") is None


# R-ACC-2
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 1, 1)))
def test_a_vsv_is_valid_on_its_own_date_and_never_more_than_five_years_R_ACC_2(date: dt.date) -> None:
    until = vsv_valid_until(date)
    assert (
        date
        < until
        < date.replace(year=date.year + 5, day=28 if date.month == 2 else date.day) + dt.timedelta(days=1)
    )
