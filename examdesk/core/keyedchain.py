"""The keyed, anchored event chain (R-PV-3, issue 13 finding 5). Pure functions; the key is passed in.

Each event's hash is an HMAC-SHA256 under a key of the station, over everything the event says *and its
row id*: VOVs, inzages and corrections refer to events by that id, so an id that moves breaks the hash.
Who holds only the database cannot re-hash an edited chain, append a forged event or swap two ids.

The chain's head (number and hash) is also kept outside the database, in the station's secret store
(the *anchor*). An anchor further than the database's head means events were cut off the end; an anchored
event that is not in the chain any more means the chain was replaced.

Stations older than the keyed chain keep their events as recorded (R-PV-2: events are never changed). Their
unkeyed prefix (SHA-256, ``core.eventchain.event_hash``) is verified once and then *sealed* by a keyed
``chain_sealed`` event whose payload holds an HMAC over every (id, hash) of the prefix, so the prefix can no
longer be edited, re-hashed or renumbered either.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from examdesk.core.eventchain import (
    GENESIS_HASH,
    BrokenLink,
    ChainVerification,
    EventRecord,
    candidate_text,
    canonical_json,
    event_hash,
    utc_text,
)
from examdesk.core.text import QT_TRANSLATE_NOOP, Text, message

KEYED_VERSION = 2

_GAP = QT_TRANSLATE_NOOP(
    "EventChain", "event {seq} of station {station} follows event {previous}: events are missing"
)
_FIRST = QT_TRANSLATE_NOOP("EventChain", "the first event of station {station} has number {seq} instead of 1")
_PREV = QT_TRANSLATE_NOOP(
    "EventChain",
    "event {seq} of station {station} does not point to the event before it: the chain was cut or reordered",
)
_SELF = QT_TRANSLATE_NOOP(
    "EventChain",
    "event {seq} of station {station} no longer matches its hash: it was changed after it was recorded",
)
_REHASHED = QT_TRANSLATE_NOOP(
    "EventChain",
    "event {seq} of station {station} does not carry the station's key: it was changed and re-hashed by "
    "someone without the key",
)
_FORGED = QT_TRANSLATE_NOOP(
    "EventChain",
    "event {seq} of station {station} was added after the last event the station itself confirmed ({anchor}) "
    "by someone without the station's key: a forged append",
)
_SWAPPED = QT_TRANSLATE_NOOP(
    "EventChain",
    "event {seq} of station {station} was recorded as row {recorded} but is now row {row}: row ids were "
    "swapped or renumbered, so references to them (VOVs, inzages, corrections) point elsewhere",
)
_SEAL = QT_TRANSLATE_NOOP(
    "EventChain",
    "the events 1 to {through} of station {station}, recorded before the chain was keyed, were changed, "
    "re-hashed or renumbered after they were sealed",
)
_TRUNCATED = QT_TRANSLATE_NOOP(
    "EventChain",
    "the log of station {station} ends at event {seq}, but the station had recorded {anchor} events: events "
    "were removed from the end (or an older copy of the database was put back)",
)
_REPLACED = QT_TRANSLATE_NOOP(
    "EventChain",
    "event {seq} of station {station} is not the event the station recorded with that number: the chain was "
    "replaced",
)


@dataclass(frozen=True)
class Anchor:
    """The chain head as the station last confirmed it, kept outside the database."""

    station_id: str
    seq: int
    hash: str

    def to_json(self) -> str:
        return canonical_json({"station": self.station_id, "seq": self.seq, "hash": self.hash})

    @staticmethod
    def from_json(text: str) -> Anchor:
        import json

        value = json.loads(text)
        return Anchor(str(value["station"]), int(value["seq"]), str(value["hash"]))


class ChainRow(NamedTuple):
    """One stored event: its row id, its content (an :class:`EventRecord`, or a database row with the same
    fields) and the hash stored with it.

    ``wall``, when the reader has it: the event's wall time exactly as :func:`utc_text` spells it, read as
    text (``store.eventlog.stored_chain_row``). It is then hashed as given and ``record.wall_utc`` is not
    read, so a whole chain read for copying is not parsed and spelled again (issue 18)."""

    id: int
    record: EventRecord
    hash: str
    wall: str | None = None


def keyed_document(event_id: int, record: EventRecord) -> dict[str, object]:
    """What the keyed hash of an event is computed over: everything it says, and its row id."""
    return {
        "v": KEYED_VERSION,
        "id": event_id,
        "station": record.station_id,
        "seq": record.seq,
        "wall": utc_text(record.wall_utc),
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


# The encoder ``canonical_json`` uses for text (ensure_ascii=False); numbers are spelled as json spells them.
_TEXT = json.encoder.encode_basestring
_INT = int.__repr__


@lru_cache(maxsize=8)
def _keyed(key: bytes) -> Any:
    """An HMAC-SHA256 with ``key`` taken in and nothing hashed yet: each event's hash starts from a copy.

    The OpenSSL object inside :class:`hmac.HMAC` where CPython has one: the same HMAC (same ``copy``,
    ``update`` and ``hexdigest``), copied about three times faster than its wrapper; the wrapper otherwise."""
    wrapper = hmac.new(key, digestmod=hashlib.sha256)
    inner = getattr(wrapper, "_hmac", None)
    return inner if inner is not None else wrapper


def keyed_hash(key: bytes, event_id: int, record: EventRecord, wall: str | None = None) -> str:
    """HMAC-SHA256 under ``key`` over ``canonical_json(keyed_document(event_id, record))`` (R-PV-3).

    Spelled out field by field in the canonical order (sorted keys, no spaces; ``null`` for a missing value):
    exactly the same text, about four times faster, which matters when a whole chain is verified as it is
    copied (issue 18). A value of another type than the record declares is refused (TypeError), never
    spelled differently; the equivalence is a property test (tests/core/test_keyed_segment.py).

    ``wall``: the wall time as :func:`utc_text` spells it, when the caller read it so (see :class:`ChainRow`);
    ``record.wall_utc`` is then not read."""
    r = record
    n = "null"
    encoded = (
        f'{{"actor":{n if r.actor is None else _TEXT(r.actor)},'
        # the candidate as candidate_text spells it: its decimal text, in quotes
        f'"candidate":{n if r.candidate_id is None else _TEXT(_INT(r.candidate_id))},'
        f'"corrects":{n if r.corrects_id is None else _INT(r.corrects_id)},'
        f'"id":{n if event_id is None else _INT(event_id)},'
        f'"kind":{n if r.kind is None else _TEXT(r.kind)},'
        f'"mono":{n if r.monotonic_ns is None else _INT(r.monotonic_ns)},'
        f'"payload":{n if r.payload is None else _TEXT(r.payload)},'
        f'"prev":{n if r.prev_hash is None else _TEXT(r.prev_hash)},'
        f'"run":{n if r.run_id is None else _TEXT(r.run_id)},'
        f'"seq":{n if r.seq is None else _INT(r.seq)},'
        f'"session":{n if r.session_id is None else _TEXT(r.session_id)},'
        f'"station":{n if r.station_id is None else _TEXT(r.station_id)},"v":{KEYED_VERSION},'
        f'"wall":{_TEXT(utc_text(r.wall_utc) if wall is None else wall)}}}'
    )
    digest = _keyed(key).copy()
    digest.update(encoded.encode("utf-8"))
    hexdigest: str = digest.hexdigest()
    return hexdigest


def prefix_digest(key: bytes, prefix: Sequence[tuple[int, str]]) -> str:
    """The seal over an unkeyed prefix: an HMAC over every (row id, hash) in order."""
    encoded = canonical_json([[event_id, digest] for event_id, digest in prefix])
    return hmac.new(key, encoded.encode("utf-8"), hashlib.sha256).hexdigest()


def verify_keyed(
    rows: Iterable[ChainRow],
    key: bytes,
    *,
    station_id: str,
    anchor: Anchor | None,
    sealed_through: int = 0,
    seal_digest: str | None = None,
) -> ChainVerification:
    """Verify one station's keyed chain (rows in sequence order) against ``key`` and ``anchor``.

    Names the first problem: a gap, a broken link, an unkeyed (re-hashed) event, a forged append after the
    anchor, a swapped row id, a changed sealed prefix, a cut-off end or a replaced chain.
    """
    listed = list(rows)
    ids = [row.id for row in listed]
    previous_seq = 0
    previous_hash = GENESIS_HASH
    prefix: list[tuple[int, str]] = []
    anchored_hash: str | None = None

    def broken(seq: int, text: Text, **values: object) -> ChainVerification:
        reason = message(text, seq=seq, station=station_id, **values)
        heads = {station_id: previous_hash} if previous_seq else {}
        return ChainVerification(len(listed), heads, BrokenLink(station_id, seq, reason))

    for row in listed:
        record = row.record
        if record.seq != previous_seq + 1:
            return broken(record.seq, _FIRST if previous_seq == 0 else _GAP, previous=previous_seq)
        if record.prev_hash != previous_hash:
            return broken(record.seq, _PREV)
        if record.seq <= sealed_through:
            if event_hash(record) != row.hash:
                return broken(record.seq, _SELF)
            prefix.append((row.id, row.hash))
        else:
            if sealed_through and record.seq == sealed_through + 1:
                if seal_digest is None or not hmac.compare_digest(prefix_digest(key, prefix), seal_digest):
                    return broken(record.seq, _SEAL, through=sealed_through)
            if not hmac.compare_digest(keyed_hash(key, row.id, record), row.hash):
                recorded = next(
                    (i for i in ids if i != row.id and keyed_hash(key, i, record) == row.hash), None
                )
                if recorded is not None:
                    return broken(record.seq, _SWAPPED, recorded=recorded, row=row.id)
                if anchor is not None and record.seq > anchor.seq:
                    return broken(record.seq, _FORGED, anchor=anchor.seq)
                if event_hash(record) == row.hash:
                    # Its hash was recomputed without the key, with the unkeyed scheme anyone can compute.
                    return broken(record.seq, _REHASHED)
                return broken(record.seq, _SELF)
        if anchor is not None and record.seq == anchor.seq:
            anchored_hash = row.hash
        previous_seq, previous_hash = record.seq, row.hash
    if anchor is not None:
        if previous_seq < anchor.seq:
            return broken(previous_seq, _TRUNCATED, anchor=anchor.seq)
        if anchored_hash is None or not hmac.compare_digest(anchored_hash, anchor.hash):
            return broken(anchor.seq, _REPLACED)
    heads = {station_id: previous_hash} if previous_seq else {}
    return ChainVerification(len(listed), heads, None)


def verify_segment(
    rows: Iterable[ChainRow],
    key: bytes,
    *,
    station_id: str,
    after_seq: int,
    after_hash: str,
    sealed_through: int = 0,
) -> BrokenLink | None:
    """Verify events that continue a chain already verified up to ``after_seq`` (whose hash is
    ``after_hash``): numbers without a gap, each linked to the one before, each hash made with ``key`` (or
    the unkeyed scheme within the sealed prefix). The first problem, or ``None``.

    Issue 18 (R-NET-2): what a station copies to the school server is checked batch by batch this way, so
    a chain is verified once as it leaves the station, never all of it again for every batch.
    """
    previous_seq, previous_hash = after_seq, after_hash

    def broken(seq: int, text: Text) -> BrokenLink:  # named only once something is wrong
        return BrokenLink(station_id, seq, message(text, seq=seq, station=station_id, previous=previous_seq))

    for row in rows:
        record = row.record
        if record.seq != previous_seq + 1:
            return broken(record.seq, _FIRST if previous_seq == 0 else _GAP)
        if record.prev_hash != previous_hash:
            return broken(record.seq, _PREV)
        if record.seq <= sealed_through:
            intact = event_hash(record, row.wall) == row.hash
        else:
            intact = hmac.compare_digest(keyed_hash(key, row.id, record, row.wall), row.hash)
        if not intact:
            rehashed = record.seq > sealed_through and event_hash(record, row.wall) == row.hash
            return broken(record.seq, _REHASHED if rehashed else _SELF)
        previous_seq, previous_hash = record.seq, row.hash
    return None


def check_anchor(anchor: Anchor, head_seq: int, anchored_hash: str | None) -> BrokenLink | None:
    """The chain against its anchor alone: not cut off before the anchored event, and that event the one the
    station confirmed. (A forged append after the anchor is caught by the key, event by event.)"""
    if head_seq < anchor.seq:
        reason = message(_TRUNCATED, seq=head_seq, station=anchor.station_id, anchor=anchor.seq)
        return BrokenLink(anchor.station_id, head_seq, reason)
    if anchored_hash is None or not hmac.compare_digest(anchored_hash, anchor.hash):
        reason = message(_REPLACED, seq=anchor.seq, station=anchor.station_id)
        return BrokenLink(anchor.station_id, anchor.seq, reason)
    return None
