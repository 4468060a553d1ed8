"""A whole station in one file, and back (docs/cli.md: ``backup`` and ``restore``).

The archive is a zip: ``examdesk-backup.json`` (what it holds, with a SHA-256 per file), the database
copied with SQLite's online-backup API while the station may be running (encrypted with the station's
database key, as the database itself is: issue 13), the station's identity file, the passphrase-protected
key file when the station has one, and the ``signing/`` folder (the certificate and its encrypted key).
Restoring checks every file against that list and the database's own integrity before it writes anything,
and only into an empty folder. An encrypted database is checked page by page when its key is given; without
it, SQLCipher authenticates every page as the restored station reads it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from examdesk import __version__, paths
from examdesk.core.errors import ExamdeskError
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services.station import Station
from examdesk.store import cipher
from examdesk.store.db import integrity_problem, online_backup

FORMAT = "examdesk-backup"
VERSION = 1
MANIFEST = "examdesk-backup.json"
SIGNING_FOLDER = "signing"

_NOT_A_BACKUP = QT_TRANSLATE_NOOP("Backup", "{file} is not an examdesk backup.")
_DAMAGED = QT_TRANSLATE_NOOP("Backup", "{file} is damaged: {member} does not match what the backup recorded.")
_NEWER = QT_TRANSLATE_NOOP(
    "Backup", "{file} was made by a newer examdesk (backup format {version}); update examdesk first."
)
_BAD_DATABASE = QT_TRANSLATE_NOOP("Backup", "The database in {file} is damaged: {reason}.")
_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Backup", "{path} is not empty. A backup is restored only into an empty or new folder."
)
_EXISTS = QT_TRANSLATE_NOOP("Backup", "{path} already exists; examdesk does not overwrite it.")


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds: its files and when it was made."""

    files: tuple[str, ...]
    created_at: str
    station_id: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def make_backup(station: Station, out: Path) -> BackupSummary:
    """Write a consistent copy of the whole station to ``out`` (a new file)."""
    if out.exists():
        raise ExamdeskError(message(_EXISTS, path=str(out)))
    data_dir = station.data_dir
    with tempfile.TemporaryDirectory(prefix="examdesk-backup-") as scratch:
        members: dict[str, Path] = {}
        secrets = paths.secrets_path(data_dir)
        if secrets.is_file():
            # The key file first: the chain's anchor it holds may then lag the database copied next (as it
            # does in a running station), but never run ahead of it, which would read as lost events.
            kept = Path(scratch) / paths.SECRETS_FILE
            shutil.copy2(secrets, kept)
            members[paths.SECRETS_FILE] = kept
        identity = paths.identity_path(data_dir)
        if identity.is_file():
            members[paths.IDENTITY_FILE] = identity
        database = Path(scratch) / paths.DATABASE_NAME
        online_backup(station.engine, database, station.database_key())
        members[paths.DATABASE_NAME] = database
        demo_marker = paths.demo_marker_path(data_dir)
        if demo_marker.is_file():
            members[paths.DEMO_MARKER] = demo_marker
        signing = data_dir / SIGNING_FOLDER
        if signing.is_dir():
            for file in sorted(signing.rglob("*")):
                if file.is_file():
                    members[file.relative_to(data_dir).as_posix()] = file
        created_at = datetime.now(UTC).isoformat(timespec="seconds")
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "examdesk": __version__,
            "station": station.station_id,
            "created_at": created_at,
            "files": {name: _sha256(file) for name, file in members.items()},
        }
        partial = out.with_name(out.name + ".part")
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
                for name, file in members.items():
                    archive.write(file, name)
            partial.replace(out)
        finally:
            partial.unlink(missing_ok=True)
    return BackupSummary(tuple(members), created_at, station.station_id)


def check_backup(file: Path, key: bytes | None = None) -> BackupSummary:
    """Check ``file`` completely (manifest, every file's hash, the database's integrity) without writing.

    ``key``: the station's database key, to check an encrypted database page by page.
    """
    with tempfile.TemporaryDirectory(prefix="examdesk-restore-") as scratch:
        return _unpack_checked(file, Path(scratch), key)


def restore_backup(file: Path, data_dir: Path, key: bytes | None = None) -> BackupSummary:
    """Restore ``file`` into ``data_dir``, which must be empty or new; nothing is written if a check fails."""
    if data_dir.exists() and (not data_dir.is_dir() or any(data_dir.iterdir())):
        raise ExamdeskError(message(_NOT_EMPTY, path=str(data_dir)))
    with tempfile.TemporaryDirectory(prefix="examdesk-restore-") as scratch:
        unpacked = Path(scratch) / "station"
        summary = _unpack_checked(file, unpacked, key)
        created = not data_dir.exists()
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            for name in summary.files:
                target = data_dir / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(unpacked / name, target)
        except BaseException:
            if created:
                shutil.rmtree(data_dir, ignore_errors=True)
            raise
    return summary


# What reading a damaged member raises: a bad checksum, a broken deflate stream, a file cut short.
_UNREADABLE = (zipfile.BadZipFile, zlib.error, EOFError, OSError)


def _unpack_checked(file: Path, into: Path, key: bytes | None = None) -> BackupSummary:
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as error:
        raise ExamdeskError(message(_NOT_A_BACKUP, file=file.name)) from error
    with archive:
        try:
            manifest = json.loads(archive.read(MANIFEST))
            files: dict[str, str] = dict(manifest["files"])
            fmt, version = manifest["format"], int(manifest["version"])
        except (KeyError, ValueError, TypeError, *_UNREADABLE) as error:
            raise ExamdeskError(message(_NOT_A_BACKUP, file=file.name)) from error
        if fmt != FORMAT or paths.DATABASE_NAME not in files:
            raise ExamdeskError(message(_NOT_A_BACKUP, file=file.name))
        if version > VERSION:
            raise ExamdeskError(message(_NEWER, file=file.name, version=version))
        into.mkdir(parents=True, exist_ok=True)
        for name, digest in files.items():
            target = (into / name).resolve()
            # A member may only land inside the folder (no '..' or absolute names).
            if into.resolve() not in target.parents:
                raise ExamdeskError(message(_NOT_A_BACKUP, file=file.name))
            try:
                data = archive.read(name)
            except (KeyError, *_UNREADABLE) as error:
                raise ExamdeskError(message(_DAMAGED, file=file.name, member=name)) from error
            if hashlib.sha256(data).hexdigest() != digest:
                raise ExamdeskError(message(_DAMAGED, file=file.name, member=name))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    _check_database(into / paths.DATABASE_NAME, file, key)
    return BackupSummary(tuple(files), str(manifest.get("created_at", "")), str(manifest.get("station", "")))


def _check_database(database: Path, file: Path, key: bytes | None) -> None:
    state = cipher.file_state(database)
    if state is cipher.FileState.ENCRYPTED and key is None:
        return  # its hash matched; SQLCipher authenticates each page as the restored station reads it
    problem = integrity_problem(database, key if state is cipher.FileState.ENCRYPTED else None)
    if problem is not None:
        raise ExamdeskError(message(_BAD_DATABASE, file=file.name, reason=problem))
