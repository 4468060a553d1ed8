"""R-PV-3, issue 13 finding 5: a keyed chain with the row ids inside, anchored outside the database.

Each attack works on the database file alone, as someone who copied it would: the append-only triggers
dropped, rows changed, hashes recomputed with everything that is not the station's key.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from examdesk import i18n
from examdesk.core.eventchain import GENESIS_HASH, EventRecord, event_hash
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.core.facts.station import ChainSealed
from examdesk.core.keyedchain import Anchor, keyed_hash
from examdesk.services import chain, events
from examdesk.services.clock import ManualClock
from examdesk.services.secrets import MemoryStore
from examdesk.services.station import Station, open_station
from tests import raw_db

_SELECT = (
    "SELECT id, station_id, seq, wall_utc, monotonic_ns, run_id, actor, kind, session_id, candidate_id, "
    "payload, corrects_id, prev_hash, hash FROM event ORDER BY seq"
)


def _open_file(station: Station) -> Any:
    connection = raw_db.connect(station)
    connection.isolation_level = None
    connection.execute("DROP TRIGGER IF EXISTS event_no_update")
    connection.execute("DROP TRIGGER IF EXISTS event_no_delete")
    return connection


def _record(row: tuple[Any, ...]) -> EventRecord:
    (_id, station, seq, wall, mono, run, actor, kind, session, candidate, payload, corrects, prev, _h) = row
    return EventRecord(
        station,
        seq,
        datetime.fromisoformat(wall),
        mono,
        run,
        actor,
        kind,
        session,
        candidate,
        payload,
        corrects,
        prev,
    )


def _reason(station: Station) -> str:
    result = events.verify(station)
    assert not result.ok and result.broken is not None
    return i18n.render(result.broken.reason)


@pytest.fixture
def recorded(station: Station):
    for n in range(6):
        events.record(station, None, EventKind.REMARK, facts=Remark(str(n)))
    chain.anchor_now(station)
    assert events.verify(station).ok
    return station


def test_cutting_events_off_the_end_is_named_truncation_R_PV_3(recorded) -> None:
    """The old chain verified after its last events were deleted; the anchor remembers how far it went."""
    with _open_file(recorded) as connection:
        connection.execute("DELETE FROM event WHERE seq > (SELECT MAX(seq) - 2 FROM event)")
    assert "events were removed from the end" in _reason(recorded)


def test_a_forged_append_is_named_R_PV_3(recorded) -> None:
    with _open_file(recorded) as connection:
        last = connection.execute(_SELECT + " DESC LIMIT 1").fetchone()
        record = _record(last)
        forged = EventRecord(
            record.station_id, record.seq + 1, record.wall_utc, record.monotonic_ns + 1, record.run_id,
            "beheer", EventKind.REMARK, None, None, '{"text":"alles rustig"}', None, last[-1],
        )  # fmt: skip
        guessed_key = hashlib.sha256(b"not the station's key").digest()
        connection.execute(
            "INSERT INTO event (id, station_id, seq, wall_utc, monotonic_ns, run_id, actor, kind, payload, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                last[0] + 1, forged.station_id, forged.seq, last[3], forged.monotonic_ns, forged.run_id,
                forged.actor, forged.kind, forged.payload, forged.prev_hash,
                keyed_hash(guessed_key, last[0] + 1, forged),
            ),
        )  # fmt: skip
    assert "a forged append" in _reason(recorded)


def test_an_edit_rehashed_from_there_on_is_named_R_PV_3(recorded) -> None:
    """The old chain verified after an edit when every later hash was recomputed (SHA-256 needs no key)."""
    with _open_file(recorded) as connection:
        rows = connection.execute(_SELECT).fetchall()
        previous = rows[2][-1]
        for index, row in enumerate(rows[3:], start=3):
            record = _record(row)
            payload = '{"n":42}' if index == 3 else record.payload
            changed = EventRecord(**{**record.__dict__, "payload": payload, "prev_hash": previous})
            digest = event_hash(changed)
            connection.execute(
                "UPDATE event SET payload = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (payload, previous, digest, row[0]),
            )
            previous = digest
    assert "re-hashed by someone without the key" in _reason(recorded)


def test_swapping_two_row_ids_is_named_R_PV_3(recorded) -> None:
    """The old hashes left the row id out: 'report vov 35' could sign another candidate's melding."""
    with _open_file(recorded) as connection:
        rows = connection.execute(_SELECT).fetchall()
        a, b = rows[2][0], rows[4][0]
        connection.execute("UPDATE event SET id = -1 WHERE id = ?", (a,))
        connection.execute("UPDATE event SET id = ? WHERE id = ?", (a, b))
        connection.execute("UPDATE event SET id = ? WHERE id = -1", (b,))
    text = _reason(recorded)
    assert "row ids were swapped" in text and f"recorded as row {a}" in text


def test_the_anchor_never_goes_back(recorded) -> None:
    head = chain.read_anchor(recorded)
    assert head is not None and head.seq == events.list_events(recorded)[-1].seq
    older = type(head)(head.station_id, head.seq - 3, "00" * 32)
    recorded.secrets().update(chain.ANCHOR_NAME, lambda current: current)  # nothing changes
    recorded.secrets().set(chain.ANCHOR_NAME, older.to_json())
    chain.anchor_now(recorded)
    assert chain.read_anchor(recorded) == head


def test_a_station_from_before_the_keyed_chain_is_sealed_once_R_PV_3(
    data_dir: Path, clock: ManualClock
) -> None:
    """Existing stations: the old chain is verified with the old scheme and sealed by one keyed event."""
    store = MemoryStore()
    station = open_station(data_dir, clock=clock, secret_store=store)
    for n in range(3):
        events.record(station, None, EventKind.REMARK, facts=Remark(str(n)))
    station_id = station.station_id
    station.close()
    store.delete(chain.ANCHOR_NAME)
    with _open_file(station) as connection:  # rewrite the chain as the old (unkeyed) version made it
        previous = GENESIS_HASH
        for row in connection.execute(_SELECT).fetchall():
            record = EventRecord(**{**_record(row).__dict__, "prev_hash": previous})
            previous = event_hash(record)
            connection.execute(
                "UPDATE event SET prev_hash = ?, hash = ? WHERE id = ?", (record.prev_hash, previous, row[0])
            )
        connection.execute(
            "CREATE TRIGGER event_no_update BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, 'append-only'); END"
        )
    reopened = open_station(data_dir, clock=clock, secret_store=store)
    sealed = events.list_events(reopened, kinds=(EventKind.CHAIN_SEALED,))
    assert (
        len(sealed) == 1
        and sealed[0].facts_as(ChainSealed).through == 4
        and sealed[0].facts_as(ChainSealed).old_chain_intact
    )
    assert events.verify(reopened).ok
    reopened.close()
    again = open_station(data_dir, clock=clock, secret_store=store)
    assert len(events.list_events(again, kinds=(EventKind.CHAIN_SEALED,))) == 1  # once
    again.close()
    with _open_file(again) as connection:  # an edit of the old part, re-hashed with SHA-256
        rows = connection.execute(_SELECT).fetchall()
        record = EventRecord(**{**_record(rows[1]).__dict__, "payload": '{"n":7}'})
        connection.execute(
            "UPDATE event SET payload = ?, hash = ? WHERE id = ?",
            (record.payload, event_hash(record), rows[1][0]),
        )
        connection.execute("UPDATE event SET prev_hash = ? WHERE id = ?", (event_hash(record), rows[2][0]))
        rest = _record(connection.execute(_SELECT).fetchall()[2])
        connection.execute("UPDATE event SET hash = ? WHERE id = ?", (event_hash(rest), rows[2][0]))
        connection.execute("UPDATE event SET prev_hash = ? WHERE id = ?", (event_hash(rest), rows[3][0]))
        rest = _record(connection.execute(_SELECT).fetchall()[3])
        connection.execute("UPDATE event SET hash = ? WHERE id = ?", (event_hash(rest), rows[3][0]))
        connection.execute("UPDATE event SET prev_hash = ? WHERE id = ?", (event_hash(rest), rows[4][0]))
    tampered = open_station(data_dir, clock=clock, secret_store=store)
    result = events.verify(tampered)
    assert result.broken is not None and station_id == result.broken.station_id
    assert "after they were sealed" in i18n.render(result.broken.reason)
    tampered.close()


def test_recording_while_the_keys_are_locked_is_refused(data_dir: Path) -> None:
    from examdesk.services.errors import SecretsUnavailable

    station = open_station(data_dir, keyring_backend=None)
    with pytest.raises(SecretsUnavailable):
        events.record(station, None, EventKind.REMARK)
    station.close()


def test_the_anchor_follows_recorded_events_off_the_recording_path_R_PV_3(station: Station) -> None:
    import time

    recorded = events.record(station, None, EventKind.REMARK, facts=Remark(str(1)))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        anchor = chain.read_anchor(station)
        if anchor is not None and anchor.seq == recorded.seq:
            break
        time.sleep(0.02)  # a poll until the anchor catches up (the deadline above), not a fixed wait
    assert chain.read_anchor(station) == Anchor(station.station_id, recorded.seq, recorded.hash)
