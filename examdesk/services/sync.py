"""Store and forward: copying this station's events to the school server (issue 18, R-NET-1, R-NET-2).

The station always records on its own database first; nothing here is on an exam-room action's path. What
is recorded is copied later, in batches, by :func:`copy_pending`: from the command line (``examdesk sync``)
or by the background :class:`SyncWorker` of an open station, which retries with back-off while the server
cannot be reached.

What the server holds of a station is always a prefix of the station's chain (R-NET-2):

* events go in sequence order, each linked to the one before it; the server's own triggers refuse
  anything else, so a copy can never fork or change history;
* the station verifies its chain before it sends (the whole chain once per run, then each batch as it
  leaves), and a chain that fails is refused with its first broken link named;
* copying twice changes nothing: each batch starts after the last event the server holds, and that event
  must be the station's own event with that number;
* each batch is one server transaction, with the descriptions (bundles) of the sessions it touches: a
  server that goes away mid-batch keeps the batch entirely or not at all.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, NoReturn

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from examdesk.core.errors import ExamdeskError
from examdesk.core.eventchain import GENESIS_HASH
from examdesk.core.keyedchain import check_anchor, verify_segment
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import chain, session_bundle
from examdesk.services.school_server import ServerAddress, unreachable
from examdesk.services.station_base import Station
from examdesk.store import copies, eventlog
from examdesk.store.db import read_transaction, transaction
from examdesk.store.models import SettingRow

PROGRESS_SETTING = "school_server_copied"
BATCH = 20000  # events per server transaction: bench/sync.py measured 5,000 at 1.4x the cost of 20,000
# The first batch is smaller: nothing is sent while it is read and verified, so a small one sets the server
# to work sooner (and a station back online has its first events there sooner); the rest overlap.
FIRST_BATCH = 2000
_VERIFIED = "sync.verified_through"

_FORKED = QT_TRANSLATE_NOOP(
    "Sync",
    "The school server holds a different event {seq} for station {station} than this station recorded: "
    "nothing was copied. Ask school IT to compare the two (examdesk log) before anything else is copied.",
)
_SERVER_AHEAD = QT_TRANSLATE_NOOP(
    "Sync",
    "The school server holds {server} events of station {station}, this station only {local}: its database "
    "was put back from an older copy. Nothing was copied.",
)
_REFUSED = QT_TRANSLATE_NOOP(
    "Sync",
    "This station's event chain does not verify, so nothing was copied to the school server: {reason}.",
)


_SERVER_REFUSED = QT_TRANSLATE_NOOP(
    "Sync", "The school server refused the copy, and nothing of it was kept: {reason}. Ask school IT."
)
# SQLSTATE classes that are the server saying no (rights, integrity, its own checks), not a network or a
# server that is away: those are retried, these are said.
_REFUSAL_CLASSES = ("22", "23", "42", "P0")


def _refused_by_server(error: SQLAlchemyError) -> str | None:
    """The server's own words when it refused (a trigger, a right), or ``None`` when it could not be reached."""
    sqlstate = getattr(getattr(error, "orig", None), "sqlstate", None)
    if not isinstance(sqlstate, str) or sqlstate[:2] not in _REFUSAL_CLASSES:
        return None
    lines = str(getattr(error, "orig", error)).strip().splitlines()
    return lines[0] if lines else sqlstate


class ServerUnreachable(ExamdeskError):
    """The server did not answer, or went away during a batch (which then did not count)."""


class CopyRefused(ExamdeskError):
    """The copy would fork or change history, or the station's chain does not verify (R-NET-2)."""


@dataclass(frozen=True)
class Progress:
    """How far the server is known to hold this station's chain."""

    seq: int
    hash: str
    at: dt.datetime


@dataclass(frozen=True)
class SyncResult:
    copied: int  # events
    pending: int  # events still waiting
    server_seq: int
    files: int = 0  # signed reports sent along


def progress(station: Station) -> Progress | None:
    """The last event the server was seen to hold, as this station last saw it (kept while offline)."""
    with read_transaction(station.engine) as session:
        row = session.get(SettingRow, PROGRESS_SETTING)
        if row is None:
            return None
        value = json.loads(row.value)
    return Progress(int(value["seq"]), str(value["hash"]), dt.datetime.fromisoformat(value["at"]))


def _save_progress(station: Station, seq: int, digest: str, at: dt.datetime) -> None:
    with transaction(station.engine) as session:
        row = session.get(SettingRow, PROGRESS_SETTING) or SettingRow(key=PROGRESS_SETTING, value="")
        row.value = json.dumps({"seq": seq, "hash": digest, "at": at.isoformat()})
        session.add(row)


def local_head(station: Station) -> int:
    """The number of the station's last event (a read: it never holds up an event being recorded)."""
    with read_transaction(station.engine) as session:
        last = eventlog.last_event(session, station.station_id)
    return last.seq if last is not None else 0


def pending(station: Station) -> int:
    """Events recorded here that the server is not known to hold yet."""
    known = progress(station)
    return max(0, local_head(station) - (known.seq if known else 0))


class _Verifier:
    """R-NET-2: every event is verified with the station's key before it leaves, each exactly once per open
    station (the progress is kept in the station's cache): the part the server already holds is verified
    when the copying starts, the rest batch by batch as it is sent. A station from before the keyed chain
    (with a sealed prefix) gets the whole-chain verification instead; the anchor is checked either way."""

    def __init__(self, station: Station, key: bytes) -> None:
        self.station = station
        self.key = key
        known = station.cache.get(_VERIFIED)
        if isinstance(known, tuple):
            self.seq, self.hash, self.sealed = known
            return
        self.seq, self.hash, self.sealed = 0, GENESIS_HASH, 0
        with transaction(station.engine) as session:
            self.sealed, _ = chain.seal_of(session, station.station_id)
        if self.sealed:
            self._whole_chain()
        else:
            self._anchor()

    def _refuse(self, reason: Message) -> NoReturn:
        raise CopyRefused(message(_REFUSED, reason=reason))

    def _whole_chain(self) -> None:
        with eventlog.write_transaction(self.station.engine) as driver:
            link = eventlog.last_link(driver, self.station.station_id)
        verification = chain.verify(self.station)
        if verification.broken is not None:
            self._refuse(verification.broken.reason)
        if link is not None:
            self._advance(link.seq, link.hash)

    def _anchor(self) -> None:
        anchor = chain.read_anchor(self.station)
        if anchor is None:
            return
        with transaction(self.station.engine) as session:
            row = eventlog.row_at(session, self.station.station_id, anchor.seq)
            head = eventlog.last_event(session, self.station.station_id)
        broken = check_anchor(anchor, head.seq if head else 0, row.hash if row else None)
        if broken is not None:
            self._refuse(broken.reason)

    def _advance(self, seq: int, digest: str) -> None:
        if seq > self.seq:
            self.seq, self.hash = seq, digest
            self.station.cache[_VERIFIED] = (self.seq, self.hash, self.sealed)

    def through(self, seq: int) -> None:
        """Verify what is not verified yet up to ``seq`` (what another copier already sent, say)."""
        while self.seq < seq:
            with read_transaction(self.station.engine) as session:
                rows = eventlog.rows_after(
                    session, self.station.station_id, self.seq, min(BATCH, seq - self.seq)
                )
            if not rows:
                return
            self.rows(rows)

    def rows(self, rows: Sequence[Any]) -> None:
        """Verify ``rows`` (in sequence order, continuing what is verified; earlier ones are skipped)."""
        fresh = [row for row in rows if row.seq > self.seq]
        if not fresh:
            return
        broken = verify_segment(
            # a row has the event's fields by name: it is verified as it was read, its wall time as stored
            map(eventlog.stored_chain_row, fresh),
            self.key,
            station_id=self.station.station_id,
            after_seq=self.seq,
            after_hash=self.hash,
            sealed_through=self.sealed,
        )
        if broken is not None:
            self._refuse(broken.reason)
        self._advance(fresh[-1].seq, fresh[-1].hash)


def copy_pending(
    station: Station, engine: Engine, address: ServerAddress, *, batch: int = BATCH
) -> SyncResult:
    """Copy every event the server does not hold yet, batch by batch. Raises :class:`ServerUnreachable`
    or :class:`CopyRefused`; every batch is one server transaction, so a failing one leaves nothing.

    While the server takes one batch (its COPY, its checks, its commit), the next is read and verified here:
    the two overlap, as the server works in its own process (bench/sync.py). The first batch is at most
    :data:`FIRST_BATCH` events, so that the server starts early."""
    verifier = _Verifier(station, chain.chain_key(station))
    copied = 0
    try:
        held = _server_head(station, engine)
        asked = min(batch, FIRST_BATCH)
        rows = _next(station, verifier, held, asked)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="examdesk-copy") as sender:
            while rows:
                sending = sender.submit(_send, station, engine, rows)
                more = len(rows) == asked  # a full batch: there may be more after it
                asked = batch
                try:
                    following = _next(station, verifier, rows[-1].seq, batch) if more else []
                finally:
                    accepted = sending.result()  # a refusal of the next batch waits for this one to land
                    if accepted:
                        copied += len(rows)
                        held = rows[-1].seq
                        _save_progress(station, held, rows[-1].hash, station.clock.read().wall)
                if not accepted:  # another copier of this station came first: start again from the server
                    held = _server_head(station, engine)
                    following = _next(station, verifier, held, batch)
                rows = following
        files = _send_files(station, engine)
    except SQLAlchemyError as exc:
        refusal = _refused_by_server(exc)
        if refusal is not None:
            raise CopyRefused(message(_SERVER_REFUSED, reason=refusal)) from exc
        raise ServerUnreachable(unreachable(address, exc)) from exc
    return SyncResult(copied, max(0, local_head(station) - held), held, files)


def _server_head(station: Station, engine: Engine) -> int:
    """The last event the server holds of this station, after checking it is this station's own."""
    with engine.connect() as connection, connection.begin():
        held = copies.head(connection, station.station_id)
    if held is None:  # nothing yet (or a server database started afresh): everything is to be copied
        _save_progress(station, 0, GENESIS_HASH, station.clock.read().wall)
        return 0
    with transaction(station.engine) as session:
        mine = eventlog.row_at(session, station.station_id, held.seq)
        if mine is None:
            local = eventlog.last_event(session, station.station_id)
            raise CopyRefused(
                message(_SERVER_AHEAD, server=held.seq, station=station.name, local=local.seq if local else 0)
            )
        if mine.hash != held.hash:
            raise CopyRefused(message(_FORKED, seq=held.seq, station=station.name))
    _save_progress(station, held.seq, held.hash, station.clock.read().wall)
    return held.seq


def _next(station: Station, verifier: _Verifier, after: int, batch: int) -> list[Any]:
    """The next ``batch`` events after ``after``, verified (R-NET-2).

    Python's cyclic garbage collector waits while they are read and verified: a batch makes about twenty
    objects per event and none of them in a cycle, yet every few hundred new objects would start a
    collection, and the older ones walk all that were read (bench/sync.py: about a tenth of the copy's
    time). Reference counting frees them as always; the collector is on again afterwards, and where it was
    already off it stays off."""
    verifier.through(after)
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        with read_transaction(station.engine) as session:
            rows = eventlog.rows_after(session, station.station_id, after, batch)
        verifier.rows(rows)
    finally:
        if paused:
            gc.enable()
    return rows


def _send(station: Station, engine: Engine, rows: Sequence[Any]) -> bool:
    """One server transaction: ``rows`` and the sessions they touch. False (and nothing written) when the
    server's copy of this station no longer ends just before them."""
    with engine.connect() as connection, connection.begin():
        if connection.dialect.name == "postgresql":  # one copier per station at a time, across processes
            connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(:s))"), {"s": station.station_id})
        held = copies.head(connection, station.station_id)
        if (held.seq if held else 0) != rows[0].seq - 1:
            return False
        if (held.hash if held else GENESIS_HASH) != rows[0].prev_hash:
            raise CopyRefused(message(_FORKED, seq=rows[0].seq - 1, station=station.name))
        now = station.clock.read().wall
        copies.save_station(connection, station.station_id, station.name, station.school, now)
        copies.insert_events(connection, rows)  # rows_after reads them in the copy's column order
        for session_id in sorted({row.session_id for row in rows if row.session_id}):
            save_bundle(station, connection, session_id, now)
    return True


def _send_files(station: Station, engine: Engine, per_transaction: int = 20) -> int:
    """The signed reports this station exported that the server does not hold yet (by SHA-256)."""
    with station.engine.connect() as local:
        mine = copies.file_digests(local, station.station_id)
    if not mine:
        return 0
    with engine.connect() as connection:
        missing = sorted(mine - copies.file_digests(connection, station.station_id))
    for start in range(0, len(missing), per_transaction):
        with station.engine.connect() as local:
            rows = copies.files_of(local, missing[start : start + per_transaction])
        with engine.connect() as connection, connection.begin():
            for row in rows:
                copies.save_file(connection, dict(row._mapping))
    return len(missing)


def save_bundle(station: Station, connection: Connection, session_id: str, now: dt.datetime) -> None:
    """Store a session's description on the server when it is new or changed."""
    with transaction(station.engine) as session:
        actors = eventlog.actors_of_session(session, station.station_id, session_id)
    bundle = session_bundle.bundle_of(station, session_id, actors)
    if copies.session_digest(connection, station.station_id, session_id) == bundle.sha256:
        return
    copies.save_session(
        connection,
        {
            "station_id": station.station_id,
            "session_id": session_id,
            "date": bundle.date,
            "room": bundle.room,
            "source": "server",
            "bundle": bundle.to_json(),
            "bundle_sha256": bundle.sha256,
            "transfer_sha256": None,
            "updated_at": now,
        },
    )
