"""Behind the station's back: a raw connection to its encrypted database (issue 13), as someone holding the
file and its key could. Tests that tamper with events or look at rows directly use it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from examdesk import paths
from examdesk.services.secrets import DEMO_PASSPHRASE, PassphraseFileStore
from examdesk.services.station_base import DATABASE_KEY_NAME, Station
from examdesk.store import cipher


def key_of(data_dir: Path, passphrase: str = DEMO_PASSPHRASE) -> bytes:
    """The database key in the key file of ``data_dir`` (a demo folder's unless ``passphrase`` is given)."""
    stored = PassphraseFileStore(paths.secrets_path(data_dir), passphrase, create=False).get(
        DATABASE_KEY_NAME
    )
    assert stored is not None, "the key file holds no database key"
    return bytes.fromhex(stored)


def connect(where: Station | Path, *, key: bytes | None = None, passphrase: str = DEMO_PASSPHRASE) -> Any:
    """A SQLCipher connection to the database of the station ``where`` (open or closed) or of a data folder."""
    if isinstance(where, Station):
        return cipher.connect(paths.database_path(where.data_dir), key or where.database_key())
    return cipher.connect(paths.database_path(where), key or key_of(where, passphrase))
