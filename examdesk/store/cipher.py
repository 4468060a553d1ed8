"""The station's database encrypted at rest with SQLCipher (issue 13).

Every connection to the station's database is made here: the ``sqlcipher3`` DB-API module, the station's
256-bit database key as the very first statement (``PRAGMA key``, a raw key, so no key derivation on each
connection), then a read that proves the key. Its WAL and every copy (the copy aside before a migration,
``examdesk backup``) are encrypted with the same key, page by page.

A station made before this version has a plain database: it is converted once, on the first open with its
keys (:func:`encrypt_plain`), in steps that a crash at any moment leaves as either the old plain station or
the new encrypted one, never neither. The school server's PostgreSQL and in-memory databases stay plain.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from examdesk.core.errors import ExamdeskError
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.store import files

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32

_WRONG_KEY = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} cannot be opened with this station's key: it is encrypted with another key, or it "
    "is damaged. Nothing was changed. Open it with the key file or keyring of the station that made it, or "
    "restore the station from its backup.",
)
_CONVERSION_FAILED = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} could not be encrypted ({reason}). It was left as it was, unencrypted; start "
    "examdesk again to retry.",
)


class KeyRefused(ExamdeskError):
    """The database does not open with the key given: another station's key, or a damaged file."""


class FileState(StrEnum):
    MISSING = "missing"
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


def module() -> Any:
    """SQLCipher's DB-API module (``sqlcipher3``), imported when a station database is first opened."""
    from sqlcipher3 import dbapi2

    return dbapi2


def database_errors() -> tuple[type[BaseException], ...]:
    """What a database driver raises: the standard library's and SQLCipher's errors."""
    return (sqlite3.Error, module().Error)


def file_state(path: Path) -> FileState:
    """Whether ``path`` is missing (or empty), a plain SQLite file, or something else (encrypted)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return FileState.MISSING
    if not header:
        return FileState.MISSING
    return FileState.PLAIN if header == SQLITE_HEADER else FileState.ENCRYPTED


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a station database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, read_only: bool = False, timeout: float = 30.0) -> Any:
    """A DB-API connection to the encrypted database at ``path``, keyed and proved.

    The key is the first statement; the read of ``sqlite_master`` after it fails at once with another
    key (SQLCipher checks each page's HMAC), which is said as :class:`KeyRefused`, in a sentence.
    """
    cipher = module()
    target = f"{path.as_uri()}?mode=ro" if read_only else str(path)
    connection = cipher.connect(target, uri=read_only, timeout=timeout, check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is said by us, not on stderr
        connection.execute(_key_pragma(key))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.DatabaseError as exc:
        connection.close()
        if "not a database" in str(exc) or getattr(exc, "sqlite_errorcode", None) == 26:
            raise KeyRefused(message(_WRONG_KEY, path=str(path))) from exc
        raise
    except BaseException:
        connection.close()
        raise
    return connection


def backup_into(source: Any, target: Path, key: bytes) -> None:
    """Copy the open connection ``source`` into a new file at ``target``, encrypted with ``key``.

    SQLite's online-backup API copies pages; SQLCipher encrypts them on the way out with the target's
    key, so a copy is never plain, not even for a moment.
    """
    destination = connect(target, key)
    try:
        files.make_private(target)
        source.backup(destination)
    finally:
        destination.close()
    files.make_private(target)
    files.flush_file(target)


def _export(plain: Path, target: Path, key: bytes) -> None:
    """Write the plain database ``plain`` (WAL included) as a new encrypted file ``target``."""
    target.unlink(missing_ok=True)
    target.with_name(target.name + "-journal").unlink(missing_ok=True)
    # No key: SQLCipher reads a plain file as SQLite does, its WAL included.
    source = module().connect(str(plain), isolation_level=None, timeout=30)
    try:
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        try:
            source.execute("SELECT sqlcipher_export('encrypted')")
            source.execute(f"PRAGMA encrypted.user_version = {version}")
        finally:
            source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    files.make_private(target)
    files.flush_file(target)


def encrypt_plain(
    path: Path, key: bytes, backup_folder: Path, *, step: Callable[[str], None] = lambda _name: None
) -> Path:
    """Convert the plain station database at ``path`` into an encrypted one, once; returns the copy aside.

    1. the plain file (its WAL included) is exported into ``<name>.encrypting``, flushed;
    2. that encrypted file is copied into ``backup_folder`` (the copy aside before a change: encrypted too);
    3. it is renamed over the plain file and the folder flushed: the one step that switches.
    Until 3 the plain station is untouched (a leftover ``.encrypting`` is made again next time); after it
    the station is encrypted. ``step`` is called after each step (tests interrupt there).
    """
    partial = path.with_name(path.name + ".encrypting")
    try:
        _export(path, partial, key)
        step("exported")
        files.private_folder(backup_folder)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        aside = backup_folder / f"{path.stem}-before-encryption-{stamp}{path.suffix}"
        source = connect(partial, key, read_only=True)
        try:
            backup_into(source, aside, key)
        finally:
            source.close()
        step("copied aside")
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:  # another program still has the plain station open
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), str(wal))
        os.replace(partial, path)
        files.fsync_folder(path.parent)
        step("replaced")
    except database_errors() + (OSError,) as exc:
        partial.unlink(missing_ok=True)
        raise ExamdeskError(message(_CONVERSION_FAILED, path=str(path), reason=str(exc))) from exc
    return aside


def encrypt_plain_copies(folder: Path, key: bytes) -> int:
    """Encrypt every plain database copy left in ``folder`` (backups from before the conversion); the count."""
    done = 0
    if not folder.is_dir():
        return done
    for copy in sorted(folder.iterdir()):
        if copy.suffix != ".sqlite3" or file_state(copy) is not FileState.PLAIN:
            continue
        partial = copy.with_name(copy.name + ".encrypting")
        try:
            _export(copy, partial, key)
            os.replace(partial, copy)
        finally:
            partial.unlink(missing_ok=True)
        done += 1
    if done:
        files.fsync_folder(folder)
    return done


def plain_has_keys(path: Path, check_setting: str) -> bool:
    """Whether the plain (pre-encryption) database at ``path`` was locked with a data key: its check value
    is recorded, or it holds candidates (whose BSNs were sealed with it). Read-only, standard library."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            if connection.execute("SELECT 1 FROM setting WHERE key = ?", (check_setting,)).fetchone():
                return True
            return connection.execute("SELECT 1 FROM candidate LIMIT 1").fetchone() is not None
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def read_plain_station(path: Path) -> tuple[str, str, str] | None:
    """The id, name and school of the plain (pre-encryption) station database at ``path``, if it has one.

    Only for a station made before this version, before its one conversion: read-only, through the
    standard library, since the file is not encrypted yet.
    """
    import json

    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            local = connection.execute("SELECT value FROM setting WHERE key = 'local_station_id'").fetchone()
            if local is None:
                return None
            connection.row_factory = sqlite3.Row  # an early schema has no school column yet
            row = connection.execute("SELECT * FROM station WHERE id = ?", (json.loads(local[0]),)).fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, ValueError):
        return None
    if row is None:
        return None
    return str(row["id"]), str(row["name"]), str(row["school"] or "") if "school" in row.keys() else ""
