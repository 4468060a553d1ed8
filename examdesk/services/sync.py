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
import json
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from examdesk.core.errors import ExamdeskError
from examdesk.core.keyedchain import verify_segment
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import chain, session_bundle
from examdesk.services.school_server import ServerAddress, unreachable
from examdesk.services.station import Station
from examdesk.store import copies, eventlog
from examdesk.store.db import transaction
from examdesk.store.models import SettingRow

PROGRESS_SETTING = "school_server_copied"
BATCH = 5000
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
    copied: int
    pending: int
    server_seq: int


def progress(station: Station) -> Progress | None:
    """The last event the server was seen to hold, as this station last saw it (kept while offline)."""
    with transaction(station.engine) as session:
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
    with eventlog.write_transaction(station.engine) as driver:
        link = eventlog.last_link(driver, station.station_id)
    return link.seq if link is not None else 0


def pending(station: Station) -> int:
    """Events recorded here that the server is not known to hold yet."""
    known = progress(station)
    return max(0, local_head(station) - (known.seq if known else 0))


def _verified_through(station: Station, key: bytes) -> tuple[int, str, int]:
    """Verify the whole chain once per open station (R-NET-2); then each batch continues from here.

    Returns the last verified number and hash, and where the unkeyed (sealed) prefix ends.
    """
    known = station.cache.get(_VERIFIED)
    if isinstance(known, tuple):
        return known
    with eventlog.write_transaction(station.engine) as driver:
        link = eventlog.last_link(driver, station.station_id)
    verification = chain.verify(station)
    if not verification.ok:
        assert verification.broken is not None
        raise CopyRefused(message(_REFUSED, reason=verification.broken.reason))
    with transaction(station.engine) as session:
        sealed, _ = chain.seal_of(session, station.station_id)
        seq, digest = 0, "0" * 64
        if link is not None:
            row = eventlog.row_at(session, station.station_id, link.seq)
            assert row is not None
            seq, digest = row.seq, row.hash
    station.cache[_VERIFIED] = (seq, digest, sealed)
    return seq, digest, sealed


def copy_pending(
    station: Station, engine: Engine, address: ServerAddress, *, batch: int = BATCH
) -> SyncResult:
    """Copy every event the server does not hold yet, batch by batch. Raises :class:`ServerUnreachable`
    or :class:`CopyRefused` (nothing of the failing batch stays on the server)."""
    key = chain.chain_key(station)
    verified_seq, verified_hash, sealed = _verified_through(station, key)
    copied = 0
    server_seq = 0
    while True:
        try:
            with engine.connect() as connection, connection.begin():
                done, server_seq = _one_batch(
                    station, connection, key, batch, (verified_seq, verified_hash, sealed)
                )
        except SQLAlchemyError as exc:
            raise ServerUnreachable(unreachable(address, exc)) from exc
        if done:
            last_seq, last_hash, count = done
            copied += count
            if last_seq > verified_seq:
                verified_seq, verified_hash = last_seq, last_hash
                station.cache[_VERIFIED] = (verified_seq, verified_hash, sealed)
            _save_progress(station, last_seq, last_hash, station.clock.read().wall)
            server_seq = last_seq
            if count < batch:
                break
        else:
            break
    return SyncResult(copied, max(0, local_head(station) - server_seq), server_seq)


def _one_batch(
    station: Station, connection: Connection, key: bytes, batch: int, verified: tuple[int, str, int]
) -> tuple[tuple[int, str, int] | None, int]:
    """One server transaction: the next ``batch`` events and the sessions they touch."""
    if connection.dialect.name == "postgresql":  # one copier per station at a time, across processes
        connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(:s))"), {"s": station.station_id})
    held = copies.head(connection, station.station_id)
    held_seq = held.seq if held else 0
    with transaction(station.engine) as session:
        if held is not None:
            mine = eventlog.row_at(session, station.station_id, held.seq)
            if mine is None:
                local = eventlog.last_event(session, station.station_id)
                raise CopyRefused(
                    message(
                        _SERVER_AHEAD, server=held.seq, station=station.name, local=local.seq if local else 0
                    )
                )
            if mine.hash != held.hash:
                raise CopyRefused(message(_FORKED, seq=held.seq, station=station.name))
        rows = eventlog.rows_after(session, station.station_id, held_seq, batch)
    if not rows:
        _save_progress(station, held_seq, held.hash if held else "0" * 64, station.clock.read().wall)
        return None, held_seq
    verified_seq, verified_hash, sealed = verified
    unverified = [row for row in rows if row.seq > verified_seq]
    if unverified:
        broken = verify_segment(
            (eventlog.chain_row(row) for row in unverified),
            key,
            station_id=station.station_id,
            after_seq=verified_seq,
            after_hash=verified_hash,
            sealed_through=sealed,
        )
        if broken is not None:
            raise CopyRefused(message(_REFUSED, reason=broken.reason))
    now = station.clock.read().wall
    copies.save_station(connection, station.station_id, station.name, station.school, now)
    copies.insert_events(connection, [copies.event_values(row) for row in rows])
    for session_id in sorted({row.session_id for row in rows if row.session_id}):
        save_bundle(station, connection, session_id, now)
    return (rows[-1].seq, rows[-1].hash, len(rows)), held_seq


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
