"""Pure rules of planning (R-SES-2, R-SES-3, R-SES-4, R-SES-5)."""

from __future__ import annotations

import datetime as dt

from examdesk.core import planning as rules
from examdesk.core.planning import OffSiteFacts, Sitting

D = dt.date


# R-SES-4: the same day of the month four calendar months later; a month without it gives its last day
def test_four_calendar_months_count_from_the_same_day_R_SES_4() -> None:
    assert rules.add_months(D(2026, 6, 12), 4) == D(2026, 10, 12)
    assert rules.add_months(D(2026, 10, 31), 4) == D(2027, 2, 28)
    assert rules.add_months(D(2027, 10, 31), 4) == D(2028, 2, 29)
    earlier = [Sitting(D(2026, 6, 12), "09:00", "CK-A")]
    assert rules.four_month_refusal("A", "1", "Q", D(2026, 10, 11), earlier) is not None
    assert rules.four_month_refusal("A", "1", "Q", D(2026, 10, 12), earlier) is None
    assert rules.four_month_refusal("A", "1", "Q", D(2026, 3, 1), earlier) is not None  # a later one too


# R-SES-2: simultaneous is computed from the school's sittings, never declared
def test_simultaneous_is_the_same_date_and_start_as_a_school_sitting_R_SES_2() -> None:
    school = [Sitting(D(2026, 6, 12), "09:00", "CK-A")]
    assert rules.is_simultaneous(D(2026, 6, 12), "09:00", school) == school[0]
    assert rules.is_simultaneous(D(2026, 6, 12), "13:00", school) is None


# R-SES-2, R-SES-3
def test_off_site_lists_everything_missing_R_SES_2_R_SES_3() -> None:
    bare = OffSiteFacts("hospital", (False,), False, None, None, "", False, None)
    assert len(rules.off_site_missing(bare)) == 6
    done = OffSiteFacts("elsewhere", (True, False), False, None, D(2026, 5, 1), "INS-1", True, D(2026, 5, 2))
    assert rules.off_site_missing(done) == ()
    assert rules.off_site_missing(OffSiteFacts("school", (), False, None, None, "", False, None)) == ()


# R-SES-3
def test_a_third_sitting_names_the_other_two_R_SES_3() -> None:
    assert rules.third_sitting_refusal("A", "1", D(2026, 6, 12), ["X"]) is None
    refusal = rules.third_sitting_refusal("A", "1", D(2026, 6, 12), ["X", "Y"])
    assert refusal is not None and refusal.params["first"] == "X" and refusal.params["second"] == "Y"


# R-SES-5
def test_another_day_needs_a_confirmation_R_SES_5() -> None:
    assert rules.other_day_refusal(D(2026, 6, 12), D(2026, 6, 12)) is None
    assert rules.other_day_refusal(D(2026, 6, 12), D(2026, 6, 11)) is not None
