"""The hash chain (R-PV-2, R-PV-3) and wall-clock jump detection (R-TIME-10), as pure functions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from examdesk import i18n
from examdesk.core.eventchain import (
    GENESIS_HASH,
    ClockReading,
    EventRecord,
    canonical_json,
    event_hash,
    is_clock_anomaly,
    verify_chain,
    wall_clock_jump_back,
)

T0 = datetime(2026, 6, 12, 7, 30, tzinfo=UTC)


def chain(n: int, station: str = "s1") -> list[tuple[EventRecord, str]]:
    rows: list[tuple[EventRecord, str]] = []
    previous = GENESIS_HASH
    for seq in range(1, n + 1):
        record = EventRecord(
            station,
            seq,
            T0 + timedelta(seconds=seq),
            seq * 1_000,
            "run",
            "beheer",
            "remark",
            "S1",
            None,
            canonical_json({"n": seq, "text": "é"}),
            None,
            previous,
        )
        previous = event_hash(record)
        rows.append((record, previous))
    return rows


def test_canonical_json_is_key_order_independent() -> None:
    assert canonical_json({"b": 1, "a": "é"}) == canonical_json({"a": "é", "b": 1}) == '{"a":"é","b":1}'


# R-PV-3
def test_hash_covers_every_field_R_PV_3() -> None:
    record = chain(1)[0][0]
    original = event_hash(record)
    changes: dict[str, Any] = {
        "station_id": "s2",
        "seq": 2,
        "wall_utc": T0,
        "monotonic_ns": 1,
        "run_id": "other",
        "actor": "x",
        "kind": "other",
        "session_id": "S2",
        "candidate_id": 5,
        "payload": "{}",
        "corrects_id": 4,
        "prev_hash": "f" * 64,
    }
    for field, value in changes.items():
        assert event_hash(replace(record, **{field: value})) != original, field


def test_naive_and_utc_times_hash_alike() -> None:
    record = chain(1)[0][0]
    naive = replace(record, wall_utc=record.wall_utc.replace(tzinfo=None))
    assert event_hash(naive) == event_hash(record)


# R-PV-3
def test_intact_chain_verifies_with_its_head_R_PV_3() -> None:
    rows = chain(5)
    result = verify_chain(rows)
    assert result.ok and result.count == 5 and result.heads == {"s1": rows[-1][1]}


# R-PV-2
def test_changed_content_is_named_as_the_first_broken_link_R_PV_2() -> None:
    rows = chain(5)
    record, stored = rows[2]
    rows[2] = (replace(record, payload='{"n":99}'), stored)
    result = verify_chain(rows)
    assert not result.ok and result.broken is not None and result.broken.seq == 3
    assert "changed after it was recorded" in i18n.render(result.broken.reason)


# R-PV-3
def test_rehashed_alteration_breaks_the_next_link_R_PV_3() -> None:
    rows = chain(5)
    record = replace(rows[1][0], payload='{"n":99}')
    rows[1] = (record, event_hash(record))
    result = verify_chain(rows)
    assert result.broken is not None and result.broken.seq == 3
    assert "does not point to the event before it" in i18n.render(result.broken.reason)


# R-PV-2
def test_a_missing_event_is_a_gap_R_PV_2() -> None:
    rows = chain(5)
    del rows[3]
    result = verify_chain(rows)
    assert result.broken is not None and result.broken.seq == 5
    assert "missing" in i18n.render(result.broken.reason)


def test_stations_have_separate_chains() -> None:
    result = verify_chain(chain(3, "a") + chain(2, "b"))
    assert result.ok and set(result.heads) == {"a", "b"} and result.count == 5


# R-PV-3
@given(st.integers(min_value=1, max_value=12), st.data())
def test_any_single_tampering_is_detected_R_PV_3(n: int, data: st.DataObject) -> None:
    rows = chain(n)
    index = data.draw(st.integers(min_value=0, max_value=n - 1))
    record, stored = rows[index]
    rows[index] = (replace(record, actor=record.actor + "x"), stored)
    result = verify_chain(rows)
    assert result.broken is not None and result.broken.seq == index + 1


def reading(seconds: float, mono_s: float, run: str = "r1") -> ClockReading:
    return ClockReading(T0 + timedelta(seconds=seconds), int(mono_s * 1e9), run)


# R-TIME-10
def test_no_jump_when_wall_and_monotonic_agree_R_TIME_10() -> None:
    assert wall_clock_jump_back(reading(0, 100), reading(60, 160)) == timedelta(0)
    assert wall_clock_jump_back(None, reading(0, 0)) == timedelta(0)


# R-TIME-10
def test_wall_clock_set_back_within_a_run_is_measured_against_monotonic_time_R_TIME_10() -> None:
    # 60 s really passed (monotonic), but the wall clock shows only 50 s later: it went back 10 s.
    jump = wall_clock_jump_back(reading(0, 100), reading(50, 160))
    assert jump == timedelta(seconds=10)
    assert is_clock_anomaly(jump, 5.0)
    assert not is_clock_anomaly(timedelta(seconds=5), 5.0)


# R-TIME-10
def test_across_a_restart_only_the_wall_clocks_are_compared_R_TIME_10() -> None:
    assert wall_clock_jump_back(reading(100, 5000, "r1"), reading(90, 1, "r2")) == timedelta(seconds=10)
    assert wall_clock_jump_back(reading(100, 5000, "r1"), reading(200, 1, "r2")) == timedelta(0)


# R-TIME-10
@given(st.floats(min_value=0, max_value=1e6), st.floats(min_value=0, max_value=1e6))
def test_forward_moving_clocks_never_report_a_jump_R_TIME_10(start: float, step: float) -> None:
    assert wall_clock_jump_back(reading(start, start), reading(start + step, start + step)) <= timedelta(
        microseconds=1
    )
