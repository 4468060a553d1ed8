"""Opening a station: its data folder, identity, secrets, then its encrypted database and settings.

The order matters (issue 13): the identity file says who the station is; the secret store (the keyring at
once, the passphrase file after the passphrase) holds the database key; only then does the database open,
is converted once if it is still plain, and is migrated. A passphrase station is a :class:`Station` whose
database opens in :meth:`Station.unlock`; until then only its identity, secrets choice and the throttle of
wrong passphrases are there.

The station itself is :mod:`examdesk.services.station_base`, which the event log, the chain and the copier
import; what they do when its keys open and before it closes is handed to it here (``on_unlock``,
``on_close``), so it imports none of them.
"""

from __future__ import annotations

import platform
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from examdesk import paths
from examdesk import station_file as identity_file
from examdesk.core.errors import ExamdeskError
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import chain, chain_start, sync_worker, throttle
from examdesk.services import secrets as secrets_mod
from examdesk.services.clock import Clock, SystemClock
from examdesk.services.station_base import Station as Station  # re-exported: what every service receives
from examdesk.settings import DEFAULTS
from examdesk.store import cipher
from examdesk.store.db import DatabaseProblem

_EMPTY_DATABASE = QT_TRANSLATE_NOOP(
    "Station",
    "The database {path} is empty (0 bytes). Nothing was changed and no new station was started over it: put "
    "the station's database back from its backup, or, if this station never held any data, remove the empty "
    "file.",
)
_KEYS_WITHOUT_DATABASE = QT_TRANSLATE_NOOP(
    "Station",
    "The data folder {folder} holds a station's key file but no database. Nothing was changed and no new "
    "station was started beside the old keys: put the database back from the station's backup, or choose "
    "another data folder.",
)
_NO_IDENTITY = QT_TRANSLATE_NOOP(
    "Station",
    "The data folder {folder} holds an encrypted database but not its identity file {file}. Nothing was "
    "changed: put the identity file back from the station's backup.",
)
_DATABASE_MISSING = QT_TRANSLATE_NOOP(
    "Station",
    "The data folder {folder} belongs to a station (its identity file {file} is there) but its database is "
    "missing. Nothing was changed and no new station was started: put the database back from the station's "
    "backup, or choose another data folder.",
)

_UNSET: Any = object()


def open_station(
    data_dir: Path,
    *,
    clock: Clock | None = None,
    secret_store: secrets_mod.SecretStore | None = None,
    keyring_backend: Any = _UNSET,
    passphrase: str | None = None,
    read_only: Message | None = None,
) -> Station:
    """Open the station whose data lives in ``data_dir``, creating and migrating it as needed.

    ``secret_store`` replaces the keyring (tests). Without it, the system keyring is used when it is a
    real one; otherwise the passphrase fallback, unlocked now when ``passphrase`` is given and later
    through :meth:`Station.unlock` otherwise. With ``read_only`` (the sentence that says why, from
    ``services.instance.held_by_another``) nothing is created, migrated or written: the station only reads.
    """
    database = paths.database_path(data_dir)
    if read_only is not None:
        not_private = None
        if database.exists() and database.stat().st_size == 0:
            raise DatabaseProblem(message(_EMPTY_DATABASE, path=str(database)))
    else:
        not_private = paths.prepare_data_dir(data_dir)
        if database.exists() and database.stat().st_size == 0:
            raise DatabaseProblem(message(_EMPTY_DATABASE, path=str(database)))
    identity = _read_identity(data_dir, keep=read_only is None)
    if not database.exists() and identity.encrypted:
        if paths.secrets_path(data_dir).exists():
            raise DatabaseProblem(message(_KEYS_WITHOUT_DATABASE, folder=str(data_dir)))
        raise DatabaseProblem(message(_DATABASE_MISSING, folder=str(data_dir), file=paths.IDENTITY_FILE))
    clock = clock or SystemClock()
    is_demo = paths.demo_marker_path(data_dir).exists()
    if secret_store is not None:
        choice = secrets_mod.SecretsChoice(secrets_mod.SecretsKind.MEMORY, None)
        backend = None
    else:
        if keyring_backend is not _UNSET:
            backend = keyring_backend
        else:  # a demo folder keeps its keys in its own file: no keyring to look for (a tenth of a second)
            backend = None if is_demo else secrets_mod.system_keyring()
        choice = secrets_mod.choose(is_demo, backend)
    station = Station(
        data_dir=data_dir,
        station_id=identity.station_id,
        name=identity.name,
        school=identity.school,
        clock=clock,
        settings=DEFAULTS,
        secrets_choice=choice,
        is_demo=is_demo,
        notices=(not_private,) if not_private is not None else (),
        read_only=read_only,
        _keyring_backend=backend,
        _secrets=secret_store,
        on_unlock=chain_start.on_unlock,
        on_close=_closing,
    )
    try:
        throttle.restore(station)  # issue 13 finding 11: a restart does not start the count afresh
        if secret_store is not None:
            station._after_unlock()
        elif choice.kind is not secrets_mod.SecretsKind.PASSPHRASE_FILE or passphrase:
            station.unlock(passphrase)
    except BaseException:
        if station._engine is not None:
            station._engine.dispose()
        raise
    return station


def _read_identity(data_dir: Path, *, keep: bool = True) -> identity_file.StationIdentity:
    """The identity file; for a station from before it, read from its plain database and kept; for a new
    station, made now and written once its database is made (when its keys are open). Without ``keep`` (a
    read-only window, issue 13) nothing is written."""
    path = paths.identity_path(data_dir)
    found = identity_file.read(path)
    if found is not None:
        return found
    database = paths.database_path(data_dir)
    state = cipher.file_state(database)
    if state is cipher.FileState.ENCRYPTED:
        raise DatabaseProblem(message(_NO_IDENTITY, folder=str(data_dir), file=path.name))
    plain = cipher.read_plain_station(database) if state is cipher.FileState.PLAIN else None
    if plain is not None:
        made = identity_file.StationIdentity(*plain)
    elif paths.secrets_path(data_dir).exists():
        raise DatabaseProblem(message(_KEYS_WITHOUT_DATABASE, folder=str(data_dir)))
    else:
        # A new station: its identity file is written with its database (Station.write_identity), so a
        # command refused before that leaves no station behind (issue 17, finding 4).
        return identity_file.StationIdentity(uuid.uuid4().hex, platform.node()[:120] or "station")
    if keep:
        identity_file.write(path, made)
    return made


def _closing(station: Station) -> None:
    """Stop the copier (issue 18), anchor the chain head (issue 13, finding 5)."""
    sync_worker.stop(station)
    if station.secrets_unlocked and station.read_only is None:
        try:
            chain.on_close(station)
        except (ExamdeskError, OSError, SQLAlchemyError):
            pass  # closing must not fail; the anchor stays where it was, which is never a false alarm
