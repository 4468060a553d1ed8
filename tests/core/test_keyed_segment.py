"""Verifying a keyed chain batch by batch as it leaves the station (issue 18, R-NET-2, R-PV-3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from examdesk.core.eventchain import GENESIS_HASH, EventRecord, canonical_json, event_hash
from examdesk.core.keyedchain import ChainRow, keyed_hash, verify_segment

KEY = b"k" * 32
T0 = datetime(2026, 6, 12, 7, 30, tzinfo=UTC)


def keyed_chain(n: int, sealed_through: int = 0) -> list[ChainRow]:
    rows: list[ChainRow] = []
    previous = GENESIS_HASH
    for seq in range(1, n + 1):
        record = EventRecord(
            "s1",
            seq,
            T0 + timedelta(seconds=seq),
            seq,
            "run",
            "beheer",
            "remark",
            "S1",
            None,
            canonical_json({"n": seq}),
            None,
            previous,
        )
        digest = event_hash(record) if seq <= sealed_through else keyed_hash(KEY, seq + 10, record)
        rows.append(ChainRow(seq + 10, record, digest))
        previous = digest
    return rows


def _check(rows: list[ChainRow], after: int, sealed: int = 0):
    after_hash = rows[after - 1].hash if after else GENESIS_HASH
    return verify_segment(
        rows[after:], KEY, station_id="s1", after_seq=after, after_hash=after_hash, sealed_through=sealed
    )


@given(st.integers(1, 30), st.data())
def test_r_net_2_any_split_of_an_intact_chain_verifies_batch_by_batch(n: int, data: st.DataObject) -> None:
    sealed = data.draw(st.integers(0, n))
    rows = keyed_chain(n, sealed)
    cut = data.draw(st.integers(0, n))
    assert _check(rows[:cut], 0, sealed) is None
    assert _check(rows, cut, sealed) is None


@given(st.integers(2, 20), st.data())
def test_r_net_2_a_changed_event_is_named_wherever_the_batch_starts(n: int, data: st.DataObject) -> None:
    rows = keyed_chain(n)
    bad = data.draw(st.integers(1, n))
    changed = replace(rows[bad - 1].record, payload=canonical_json({"n": "changed"}))
    rows[bad - 1] = ChainRow(rows[bad - 1].id, changed, rows[bad - 1].hash)
    start = data.draw(st.integers(0, bad - 1))
    broken = _check(rows, start)
    assert broken is not None and broken.seq == bad


def test_r_net_2_a_gap_a_wrong_link_and_an_unkeyed_rehash_are_each_named() -> None:
    rows = keyed_chain(6)
    gap = _check(rows[:2] + rows[3:], 0)
    assert gap is not None and gap.seq == 4 and "missing" in str(gap.reason)
    relinked = list(rows)
    relinked[4] = ChainRow(rows[4].id, replace(rows[4].record, prev_hash=rows[2].hash), rows[4].hash)
    wrong = _check(relinked, 3)
    assert wrong is not None and wrong.seq == 5 and "does not point" in str(wrong.reason)
    rehashed = list(rows)
    record = replace(rows[5].record, payload=canonical_json({"n": "forged"}))
    rehashed[5] = ChainRow(rows[5].id, record, event_hash(record))
    forged = _check(rehashed, 5)
    assert forged is not None and forged.seq == 6 and "key" in str(forged.reason)
    moved = list(rows)
    moved[5] = ChainRow(
        rows[5].id + 100, rows[5].record, rows[5].hash
    )  # another row id: its hash no longer fits
    assert _check(moved, 5) is not None


_TEXTS = st.one_of(st.none(), st.text())
_NUMBERS = st.one_of(st.none(), st.integers(-(2**63), 2**63))


@given(
    event_id=st.integers(0, 2**62),
    station=st.text(),
    seq=st.integers(0, 2**31),
    moment=st.datetimes(timezones=st.just(UTC)),
    mono=st.integers(-(2**63), 2**63),
    run=st.text(),
    actor=st.text(),
    kind=st.text(),
    session=_TEXTS,
    candidate=st.one_of(st.none(), st.integers(0, 2**62)),
    payload=st.text(),
    corrects=_NUMBERS,
    prev=st.text(),
)
def test_r_pv_3_the_fast_keyed_hash_is_exactly_the_canonical_one(
    event_id,
    station: str,
    seq,
    moment,
    mono,
    run,
    actor,
    kind,
    session,
    candidate,
    payload,
    corrects,
    prev,
) -> None:
    """The keyed hash spelled out field by field equals the HMAC over canonical_json of its document."""
    import hashlib
    import hmac

    from examdesk.core.keyedchain import keyed_document

    record = EventRecord(
        station, seq, moment, mono, run, actor, kind, session, candidate, payload, corrects, prev
    )
    reference = hmac.new(
        KEY, canonical_json(keyed_document(event_id, record)).encode("utf-8"), hashlib.sha256
    ).hexdigest()
    assert keyed_hash(KEY, event_id, record) == reference


@given(moment=st.datetimes(timezones=st.one_of(st.none(), st.just(UTC), st.timezones())))
def test_r_pv_3_the_wall_time_is_spelled_as_the_general_iso_path_spells_it(moment: datetime) -> None:
    """utc_text's shortcut for a time already in UTC (issue 18) spells every moment exactly as converting
    it to UTC and writing it out with microseconds does: the bytes a keyed hash is computed over."""
    from examdesk.core.eventchain import utc_text

    general = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)
    assert utc_text(moment) == general.isoformat(timespec="microseconds")
