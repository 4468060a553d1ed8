"""A new station for a test, without running the migrations for every test (issue 12).

The migrations were the largest part of every test that needs a station (about 40 ms of its 70). They run
once per run (per pytest-xdist worker), by the application's own path: :func:`make_schema` opens a new
database with ``open_database``, which runs every revision on SQLCipher. :func:`open_new_station` then gives
each test a station of its own:

- its own database file: the schema copied with SQLite's backup API (``cipher.backup_into``, the
  application's own copy), encrypted on the way under
- its own database key, new random bytes in the station's own in-memory secret store, as a new station
  makes one;
- its own identity: the one a new station gets (``station._read_identity``: a new id), written as the
  application writes it;
- and ``open_station`` does the rest as it does for a station whose first start stopped right after its
  migrations committed (a state a real station can be in): the station row, the data key and its check,
  the first event (``station_initialised``) and the chain's anchor.

tests/test_new_station.py proves that such a station is a new station's equal and that no two share an id,
a key or a file; tests/store/test_migrations.py and test_migrations_once.py prove the migrations themselves.
"""

from __future__ import annotations

import dataclasses
import secrets
from pathlib import Path
from typing import Any

from examdesk import paths, station_file
from examdesk.services import station as station_mod
from examdesk.services.secrets import MemoryStore
from examdesk.services.station import Station, open_station
from examdesk.services.station_base import DATABASE_KEY_NAME
from examdesk.store import cipher, db

Schema = tuple[Path, bytes]


def make_schema(folder: Path) -> Schema:
    """A new, migrated, still empty station database in ``folder``, and its key."""
    path, key = folder / "examdesk.sqlite3", secrets.token_bytes(cipher.KEY_BYTES)
    engine, report = db.open_database(path, folder / "backups", key)
    engine.dispose()
    assert report.from_revision is None and report.backup is None
    return path, key


def open_new_station(data_dir: Path, clock: Any, schema: Schema) -> Station:
    """A new station in the empty ``data_dir`` with in-memory secrets: its own id, keys and database."""
    source_path, source_key = schema
    store = MemoryStore()
    key = secrets.token_bytes(cipher.KEY_BYTES)
    store.set(DATABASE_KEY_NAME, key.hex())
    paths.prepare_data_dir(data_dir)
    identity = dataclasses.replace(station_mod._read_identity(data_dir), encrypted=True)
    source = cipher.connect(source_path, source_key, read_only=True)
    try:
        cipher.backup_into(source, paths.database_path(data_dir), key)
    finally:
        source.close()
    station_file.write(paths.identity_path(data_dir), identity)
    return open_station(data_dir, clock=clock, secret_store=store)
