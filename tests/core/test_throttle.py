"""The throttle's numbers (issue 13, finding 11), shared by the services and the light passphrase page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from examdesk.core import throttle


def test_the_first_failures_cost_nothing_then_each_doubles_the_wait_up_to_five_minutes() -> None:
    waits = [throttle.wait_seconds(n) for n in range(1, 12)]
    assert waits == [0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300]


@given(st.integers(min_value=0, max_value=10_000))
def test_a_wait_is_never_negative_never_over_the_cap_and_never_shorter_after_one_more_failure(n: int) -> None:
    wait = throttle.wait_seconds(n)
    assert 0 <= wait <= throttle.MAX_WAIT_SECONDS
    assert throttle.wait_seconds(n + 1) >= wait


@given(st.integers(min_value=-(10**7), max_value=10**7))
def test_what_is_left_of_a_kept_wait_is_between_nothing_and_the_cap(seconds: int) -> None:
    now = datetime(2026, 6, 12, 9, 0, tzinfo=UTC)
    left = throttle.seconds_left(now + timedelta(seconds=seconds), now)
    assert left == min(max(seconds, 0), throttle.MAX_WAIT_SECONDS)
