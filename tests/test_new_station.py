"""Issue 12: the ``station`` fixture's new station (tests/new_station.py) is a new station's equal, and its own.

It copies the schema the migrations built once per run instead of running them for every test; these tests
hold it to what ``open_station`` makes of an empty folder, and to an id, keys and a file of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from examdesk import paths
from examdesk.services import events, keys
from examdesk.services.secrets import MemoryStore
from examdesk.services.station import Station, open_station
from examdesk.services.station_base import DATABASE_KEY_NAME
from examdesk.store import cipher
from examdesk.store.db import known_revisions
from tests.new_station import Schema, open_new_station


def _schema(station: Station) -> list[tuple[str, str, str]]:
    with station.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY name")
        )
        return [(str(a), str(b), str(c)) for a, b, c in rows]


def _settings(station: Station) -> list[str]:
    with station.engine.connect() as connection:
        return sorted(str(row[0]) for row in connection.execute(text("SELECT key FROM setting")))


def _files(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def _what_it_holds(station: Station) -> dict[str, Any]:
    recorded = events.list_events(station)
    return {
        "schema": _schema(station),
        "settings": _settings(station),
        "events": [(event.kind, event.seq, event.actor, dict(event.payload)) for event in recorded],
        "own events": {event.station_id for event in recorded} == {station.station_id},
        "chain intact": events.verify(station).ok,
        "revision": (station.migration.to_revision, known_revisions()[1]),
        "name": station.name,
        "files": _files(station.data_dir),
    }


def test_the_fixtures_station_holds_what_a_new_station_holds(
    tmp_path: Path, clock, new_station_schema: Schema
) -> None:
    (tmp_path / "made").mkdir()
    (tmp_path / "copied").mkdir()
    made = open_station(tmp_path / "made", clock=clock, secret_store=MemoryStore())
    copied = open_new_station(tmp_path / "copied", clock, new_station_schema)
    try:
        assert made.migration.from_revision is None  # the application's own path ran every migration
        assert _what_it_holds(copied) == _what_it_holds(made)
    finally:
        made.close()
        copied.close()


def test_no_two_of_the_fixtures_stations_share_an_id_a_key_or_a_file(
    tmp_path: Path, clock, new_station_schema: Schema
) -> None:
    opened = []
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        opened.append(open_new_station(tmp_path / name, clock, new_station_schema))
    one, two = opened
    try:
        assert one.station_id != two.station_id
        one_key, two_key = (station.secrets().get(DATABASE_KEY_NAME) for station in opened)
        assert one_key and two_key and one_key != two_key
        assert keys.data_key(one) != keys.data_key(two)
        schema_path, schema_key = new_station_schema
        for station, other_key in ((one, two_key), (two, one_key), (one, schema_key.hex())):
            database = paths.database_path(station.data_dir)
            assert database.is_file() and database.read_bytes() != schema_path.read_bytes()
            with pytest.raises(cipher.KeyRefused):
                cipher.connect(database, bytes.fromhex(other_key), read_only=True)
    finally:
        one.close()
        two.close()
