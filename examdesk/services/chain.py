"""The keyed, anchored event chain of this station (R-PV-3, issue 13 finding 5).

The chain key is derived from the station's data key (HKDF, its own purpose string), so the station has
one secret to keep and lose, not two. The anchor (the chain head with its number) lives in the secret store.

When the anchor is written: recording an event must stay cheap (issue 4's budget), and writing the key file
costs two fsyncs. So after each committed event a writer thread, off the recording path, writes the newest
head at most every :data:`ANCHOR_INTERVAL_SECONDS` (a burst of events costs one write); and the head is
written at once, on the caller's path, at the moments it leaves the station or matters: a session closed,
a report exported, the station opened or closed.
The anchor never goes back: several processes may write it, and the store keeps the highest number.
Events recorded since the last anchor are protected by the key (no forged append, no re-hash), only a cut
of those last few seconds' events could go unnoticed.
"""

from __future__ import annotations

import json
import threading
import time
from functools import lru_cache

from sqlmodel import Session

from examdesk.core.errors import ExamdeskError
from examdesk.core.eventchain import ChainVerification, verify_chain
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import facts_of
from examdesk.core.facts.station import ChainSealed
from examdesk.core.keyedchain import Anchor, verify_keyed
from examdesk.services import keys
from examdesk.services.station_base import Station
from examdesk.store import eventlog
from examdesk.store.db import transaction

ANCHOR_NAME = "chain-anchor"
ANCHOR_INTERVAL_SECONDS = 2.0
_CHAIN_INFO = b"examdesk event chain v2"
_WRITER = "chain.anchor_writer"


@lru_cache(maxsize=16)
def _derive(data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_CHAIN_INFO).derive(data_key)


def chain_key(station: Station) -> bytes:
    """The key the station's event hashes are made with (raises while the secrets are locked)."""
    return _derive(keys.data_key(station))


def read_anchor(station: Station) -> Anchor | None:
    stored = station.secrets().get(ANCHOR_NAME)
    if stored is None:
        return None
    anchor = Anchor.from_json(stored)
    return anchor if anchor.station_id == station.station_id else None


def anchor_now(station: Station) -> Anchor | None:
    """Write the committed chain head of this station as its anchor (never moving it back)."""
    with eventlog.write_transaction(station.engine) as driver:
        link = eventlog.last_link(driver, station.station_id)
    if link is None:
        return None
    head = Anchor(station.station_id, link.seq, link.hash)
    _advance(station, head)
    return head


def _advance(station: Station, head: Anchor) -> None:
    def advance(current: str | None) -> str:
        if current is not None:
            known = Anchor.from_json(current)
            if known.station_id == head.station_id and known.seq >= head.seq:
                return current
        return head.to_json()

    station.secrets().update(ANCHOR_NAME, advance)


def anchor_soon(station: Station, seq: int, digest: str) -> None:
    """After a committed event: have the anchor written off the recording path (issue 4's budget).

    One writer thread per open station writes the newest head it was given, then rests
    :data:`ANCHOR_INTERVAL_SECONDS`; heads given meanwhile are folded into its next write. A head that was
    not written yet when the process dies only leaves the anchor a little behind, which is never a false
    alarm; closing the station writes it at once.
    """
    writer = station.cache.get(_WRITER)
    if not isinstance(writer, _AnchorWriter):
        writer = _AnchorWriter(station)
        station.cache[_WRITER] = writer
    writer.offer(Anchor(station.station_id, seq, digest))


class _AnchorWriter:
    def __init__(self, station: Station) -> None:
        self._station = station
        self._pending: Anchor | None = None
        self._guard = threading.Lock()
        self._wake = threading.Event()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="examdesk-anchor", daemon=True)
        self._thread.start()

    def offer(self, head: Anchor) -> None:
        with self._guard:
            if self._pending is None or head.seq > self._pending.seq:
                self._pending = head
        self._wake.set()

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()

    def _run(self) -> None:
        while not self._stopped:
            self._wake.wait()
            self._wake.clear()
            with self._guard:
                head, self._pending = self._pending, None
            if head is None:
                continue
            try:
                _advance(self._station, head)
            except (ExamdeskError, OSError, ValueError):
                pass  # locked or full: the anchor stays behind, and closing the station tries again
            time.sleep(ANCHOR_INTERVAL_SECONDS)


def on_close(station: Station) -> None:
    """Stop the station's anchor writer and write the head at once."""
    writer = station.cache.pop(_WRITER, None)
    if isinstance(writer, _AnchorWriter):
        writer.stop()
    anchor_now(station)


def verify(station: Station) -> ChainVerification:
    """Verify this station's keyed chain against its key and anchor, and other stations' chains as stored."""
    if station.replica_chain is not None:  # another station's session, copied: its chain as checked then
        verification: ChainVerification = station.replica_chain
        return verification
    key = chain_key(station)
    anchor = read_anchor(station)
    with transaction(station.engine) as session:
        through, digest = seal_of(session, station.station_id)
        own = verify_keyed(
            eventlog.chain_rows(session, station.station_id),
            key,
            station_id=station.station_id,
            anchor=anchor,
            sealed_through=through,
            seal_digest=digest,
        )
        others = verify_chain(
            (eventlog.to_record(row), row.hash)
            for row in eventlog.other_stations_events(session, station.station_id)
        )
    if not own.ok:
        return own
    heads = {**others.heads, **own.heads}
    return ChainVerification(own.count + others.count, heads, others.broken)


def seal_of(session: Session, station_id: str) -> tuple[int, str | None]:
    """Where the unkeyed prefix ends and its seal, from the station's first ``chain_sealed`` event."""
    rows = eventlog.events_where(session, station_id=station_id, kinds=(EventKind.CHAIN_SEALED,))
    if not rows:
        return 0, None
    sealed = facts_of(EventKind.CHAIN_SEALED, json.loads(rows[0].payload))
    assert isinstance(sealed, ChainSealed)
    return sealed.through, sealed.digest
