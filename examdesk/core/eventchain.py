"""The tamper-evident event chain (R-PV-2, R-PV-3) and wall-clock jump detection (R-TIME-10).

Pure functions over plain records: the store persists them, these decide what their hashes are and
whether a chain is intact.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

GENESIS_HASH = "0" * 64
HASH_VERSION = 1

_GAP = QT_TRANSLATE_NOOP(
    "EventChain", "event {seq} of station {station} follows event {previous}: events are missing"
)
_PREV = QT_TRANSLATE_NOOP(
    "EventChain",
    "event {seq} of station {station} does not point to the event before it: the chain was cut or reordered",
)
_SELF = QT_TRANSLATE_NOOP(
    "EventChain",
    "event {seq} of station {station} no longer matches its hash: it was changed after it was recorded",
)
_FIRST = QT_TRANSLATE_NOOP("EventChain", "the first event of station {station} has number {seq} instead of 1")


# One encoder for every hash: ``json.dumps`` with these options builds a new encoder on each call, which
# costs more than the encoding itself when a whole chain is verified (issue 18's copy of 100,000 events).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def canonical_json(value: object) -> str:
    """The one JSON spelling of ``value`` that hashes are computed over: sorted keys, no spaces, UTF-8."""
    return _CANONICAL.encode(value)


def utc_text(moment: datetime) -> str:
    """A fixed-width ISO 8601 UTC spelling of ``moment``; naive values are taken as UTC."""
    if moment.tzinfo is UTC:  # as every stored wall time is read: no conversion (issue 18, ~30% of the cost)
        return moment.isoformat(timespec="microseconds")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class EventRecord:
    """One event as hashed: everything except its own hash (and the database's row id)."""

    station_id: str
    seq: int
    wall_utc: datetime
    monotonic_ns: int
    run_id: str
    actor: str
    kind: str
    session_id: str | None
    candidate_id: int | None
    payload: str
    corrects_id: int | None
    prev_hash: str


def candidate_text(candidate_id: int | None) -> str | None:
    """The candidate id as every hash spells it: its decimal text, or null (R-PV-3).

    The event log kept the id as text until revision 0007 made it an integer column; the hashes of the
    chains recorded before stay valid because the integer is hashed as exactly that text. Anything but an
    integer is refused (TypeError), never spelled otherwise."""
    return None if candidate_id is None else int.__repr__(candidate_id)


def event_hash(record: EventRecord, wall: str | None = None) -> str:
    """SHA-256 over the canonical encoding of ``record`` (R-PV-3). ``wall``: its wall time as
    :func:`utc_text` spells it, when the caller read it so (``record.wall_utc`` is then not read)."""
    document = {
        "v": HASH_VERSION,
        "station": record.station_id,
        "seq": record.seq,
        "wall": utc_text(record.wall_utc) if wall is None else wall,
        "mono": record.monotonic_ns,
        "run": record.run_id,
        "actor": record.actor,
        "kind": record.kind,
        "session": record.session_id,
        "candidate": candidate_text(record.candidate_id),
        "payload": record.payload,
        "corrects": record.corrects_id,
        "prev": record.prev_hash,
    }
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class BrokenLink:
    """Where a chain first fails, and why."""

    station_id: str
    seq: int
    reason: Message


@dataclass(frozen=True)
class ChainVerification:
    """The outcome of verifying one or more stations' chains."""

    count: int
    heads: Mapping[str, str]
    broken: BrokenLink | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify_chain(rows: Iterable[tuple[EventRecord, str]]) -> ChainVerification:
    """Verify (record, stored hash) pairs given in order of station and sequence number.

    Each station has its own chain. The first broken link is named: a gap in the numbering, a
    record that does not point at its predecessor's hash, or a record whose content no longer gives its
    stored hash.
    """
    heads: dict[str, str] = {}
    last_seq: dict[str, int] = {}
    count = 0
    for record, stored_hash in rows:
        count += 1
        station = record.station_id
        previous_seq = last_seq.get(station, 0)
        expected_prev = heads.get(station, GENESIS_HASH)
        if record.seq != previous_seq + 1:
            text = _FIRST if previous_seq == 0 else _GAP
            reason = message(text, seq=record.seq, station=station, previous=previous_seq)
            return ChainVerification(count, heads, BrokenLink(station, record.seq, reason))
        if record.prev_hash != expected_prev:
            reason = message(_PREV, seq=record.seq, station=station)
            return ChainVerification(count, heads, BrokenLink(station, record.seq, reason))
        if event_hash(record) != stored_hash:
            reason = message(_SELF, seq=record.seq, station=station)
            return ChainVerification(count, heads, BrokenLink(station, record.seq, reason))
        heads[station] = stored_hash
        last_seq[station] = record.seq
    return ChainVerification(count, heads, None)


@dataclass(frozen=True)
class ClockReading:
    """The wall clock and the monotonic clock read together, with the process run they belong to."""

    wall: datetime
    monotonic_ns: int
    run_id: str


def wall_clock_jump_back(previous: ClockReading | None, current: ClockReading) -> timedelta:
    """How far the wall clock went back since ``previous`` (zero when it did not).

    Within one run the monotonic clock tells how much time really passed, so the wall clock is
    compared with where it should be. Monotonic readings of different runs are unrelated, so across
    a restart only the wall clock itself can be compared.
    """
    if previous is None:
        return timedelta(0)
    if previous.run_id == current.run_id:
        elapsed = timedelta(microseconds=(current.monotonic_ns - previous.monotonic_ns) // 1000)
        expected = _aware(previous.wall) + elapsed
    else:
        expected = _aware(previous.wall)
    back = expected - _aware(current.wall)
    return back if back > timedelta(0) else timedelta(0)


def is_clock_anomaly(jump_back: timedelta, threshold_seconds: float) -> bool:
    """R-TIME-10: a jump back of more than the threshold (default 5 s) is an anomaly."""
    return jump_back > timedelta(seconds=threshold_seconds)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
