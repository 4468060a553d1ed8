"""Once a station's keys are open: a chain from before the keyed chain sealed (issue 13), then the start-up
events that waited for the key recorded (R-PV-3: every event is hashed with it), then the head anchored."""

from __future__ import annotations

import json

from sqlmodel import Session

from examdesk.core.eventchain import verify_chain
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import Facts, facts_of
from examdesk.core.facts.station import ChainSealed, StationInitialised
from examdesk.core.keyedchain import ChainRow, keyed_hash, prefix_digest
from examdesk.services import chain, events
from examdesk.services.station_base import PENDING_EVENTS, Station
from examdesk.store import eventlog
from examdesk.store.db import transaction
from examdesk.store.models import SettingRow


def on_unlock(station: Station) -> None:
    """Once the keys are open: seal an unkeyed chain, then record the start-up events that waited for the key."""
    key = chain.chain_key(station)
    with transaction(station.engine) as session:
        first = eventlog.first_chain_row(session, station.station_id)
        pending_row = session.get(SettingRow, PENDING_EVENTS)
        pending = json.loads(pending_row.value) if pending_row is not None else []
        if pending:  # recorded below, in this transaction: the waiting list is emptied with it
            assert pending_row is not None
            pending_row.value = "[]"
            session.add(pending_row)
        if (
            first is not None
            and keyed_hash(key, first.id, first.record) != first.hash
            and chain.seal_of(session, station.station_id)[0] == 0
        ):
            _seal(session, station, list(eventlog.chain_rows(session, station.station_id)), key)
        waiting: list[tuple[str, Facts]] = [
            (entry["kind"], facts_of(entry["kind"], entry["payload"])) for entry in pending
        ]
        if first is None:
            initialised = StationInitialised(station.name, station.migration.to_revision)
            waiting.insert(0, (EventKind.STATION_INITIALISED, initialised))
        for kind, facts in waiting:
            events.record(station, None, kind, facts=facts, within=session)
    chain.anchor_now(station)


def _seal(session: Session, station: Station, rows: list[ChainRow], key: bytes) -> None:
    """Issue 13: a station from before the keyed chain. Its chain is checked with the old scheme and sealed.

    Events are never changed (R-PV-2, enforced by the database), so the old events keep their SHA-256
    hashes; the keyed ``chain_sealed`` event holds an HMAC over every (row id, hash) of them instead, which
    protects them exactly as re-hashing would.
    """
    old = verify_chain((row.record, row.hash) for row in rows)
    sealed = ChainSealed(
        through=rows[-1].record.seq,
        digest=prefix_digest(key, [(row.id, row.hash) for row in rows]),
        old_chain_intact=old.ok,
        scheme="hmac-sha256",
        old_chain_broken_at=old.broken.seq if old.broken is not None else None,
    )
    events.record(station, None, EventKind.CHAIN_SEALED, facts=sealed, within=session)
