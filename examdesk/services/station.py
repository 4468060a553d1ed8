"""Opening a station: its data folder, identity, secrets, then its encrypted database and settings.

The order matters (issue 13): the identity file says who the station is; the secret store (the keyring at
once, the passphrase file after the passphrase) holds the database key; only then does the database open,
is converted once if it is still plain, and is migrated. A passphrase station is a :class:`Station` whose
database opens in :meth:`Station.unlock`; until then only its identity, secrets choice and the throttle of
wrong passphrases are there.
"""

from __future__ import annotations

import json
import platform
import secrets as pysecrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from examdesk import paths
from examdesk import station_file as identity_file
from examdesk.core.errors import ExamdeskError
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import to_payload
from examdesk.core.facts.station import DatabaseMigrated
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import secrets as secrets_mod
from examdesk.services import throttle
from examdesk.services.clock import Clock, SystemClock
from examdesk.services.errors import SecretsUnavailable
from examdesk.settings import DEFAULTS, RuleSettings
from examdesk.store import cipher
from examdesk.store.db import (
    DatabaseProblem,
    MigrationReport,
    open_database,
    open_database_read_only,
    transaction,
)
from examdesk.store.models import CandidateRow, SettingRow, StationRow

LOCAL_STATION_KEY = "local_station_id"
RULE_SETTINGS_KEY = "rule_settings"
_LOCKED = QT_TRANSLATE_NOOP("Secrets", "The station's keys are locked: enter the station passphrase first.")
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
_WRONG_WAIT = QT_TRANSLATE_NOOP(
    "Secrets", "The station passphrase is wrong. Wait {seconds} seconds before you try again."
)
_NO_IDENTITY = QT_TRANSLATE_NOOP(
    "Station",
    "The data folder {folder} holds an encrypted database but not its identity file {file}. Nothing was "
    "changed: put the identity file back from the station's backup.",
)
_DATABASE_KEY_LOST = QT_TRANSLATE_NOOP(
    "Station",
    "The station's secret store has no key for its encrypted database. Nothing was changed and no new key "
    "was made: put the key file back from the station's backup, or use the keyring of the computer that "
    "made the station.",
)
_DATABASE_MISSING = QT_TRANSLATE_NOOP(
    "Station",
    "The data folder {folder} belongs to a station (its identity file {file} is there) but its database is "
    "missing. Nothing was changed and no new station was started: put the database back from the station's "
    "backup, or choose another data folder.",
)
_NOT_OPEN = QT_TRANSLATE_NOOP(
    "Station", "The station's database is still locked: enter the station passphrase first."
)
DATA_KEY_CHECK = "data_key_check"
DATABASE_KEY_NAME = "database_key"
PENDING_EVENTS = "pending_start_events"

_UNSET: Any = object()


@dataclass
class Station:
    """An open station: what every service call receives first."""

    data_dir: Path
    station_id: str
    name: str
    school: str
    clock: Clock
    settings: RuleSettings
    secrets_choice: secrets_mod.SecretsChoice
    is_demo: bool
    _engine: Engine | None = None
    _migration: MigrationReport | None = None
    _keyring_backend: Any = None
    # Issue 18: a read-only copy of another station's session (services/session_bundle.replica): what is
    # known of its origin chain. Nothing can be recorded on it.
    replica_chain: Any = None
    # What the person should know about this station's files (issue 13, finding 8: a data folder that could
    # not be made the user's alone on Windows); shown in the window's header and by the command line.
    notices: tuple[Message, ...] = ()
    # Issue 13: opened while another examdesk window holds the data folder. The sentence (naming that window)
    # that refuses every write; such a station reads, and records, migrates and anchors nothing.
    read_only: Message | None = None
    _secrets: secrets_mod.SecretStore | None = field(default=None, repr=False)
    _database_key: bytes | None = field(default=None, repr=False)
    cache: dict[str, object] = field(default_factory=dict, repr=False)

    @property
    def secrets_unlocked(self) -> bool:
        return self._secrets is not None

    @property
    def database_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        """The open (encrypted) database; :class:`SecretsUnavailable` while the keys are locked."""
        if self._engine is None:
            raise SecretsUnavailable(message(_NOT_OPEN))
        return self._engine

    def database_key(self) -> bytes:
        """The key the database is encrypted with (issue 13): its backups are encrypted with it too."""
        if self._database_key is None:
            raise SecretsUnavailable(message(_NOT_OPEN))
        return self._database_key

    @property
    def migration(self) -> MigrationReport:
        """What opening the database did."""
        if self._migration is None:
            raise SecretsUnavailable(message(_NOT_OPEN))
        return self._migration

    @property
    def needs_new_passphrase(self) -> bool:
        """True when the fallback key file does not exist yet and never did: the first unlock chooses the passphrase.

        Issue 13, finding 9: a station whose data was locked with keys never gets a new key file.
        """
        return not paths.secrets_path(self.data_dir).exists() and not self.has_keys()

    def has_keys(self) -> bool:
        """Whether this station's database was locked with a data key.

        Its check value is recorded from this version on; a station from before it shows its key by the
        candidates whose BSNs it sealed. While the database is locked: an encrypted database was locked
        with keys from the same store (issue 13).
        """
        from sqlmodel import select

        if self._engine is None:
            state = cipher.file_state(paths.database_path(self.data_dir))
            if state is cipher.FileState.PLAIN:
                return cipher.plain_has_keys(paths.database_path(self.data_dir), DATA_KEY_CHECK)
            return state is cipher.FileState.ENCRYPTED
        with transaction(self.engine) as session:
            if session.get(SettingRow, DATA_KEY_CHECK) is not None:
                return True
            return session.execute(select(CandidateRow.id).limit(1)).first() is not None

    def secrets(self) -> secrets_mod.SecretStore:
        """The unlocked secret store, or :class:`SecretsUnavailable` while it is locked."""
        if self._secrets is None:
            if self.secrets_choice.kind is secrets_mod.SecretsKind.PASSPHRASE_FILE:
                raise SecretsUnavailable(message(secrets_mod.NEED_PASSPHRASE))
            raise SecretsUnavailable(message(_LOCKED))
        if self.read_only is not None:
            return secrets_mod.ReadOnlySecrets(self._secrets, self.read_only)
        return self._secrets

    def unlock(self, passphrase: str | None) -> None:
        """Open the secret store (the fallback needs ``passphrase``; wrong ones are refused).

        Issue 13, finding 11: after a few wrong passphrases each further attempt waits longer, and says so.
        """
        now_ns = self.clock.read().monotonic_ns
        wait = throttle.waiting(self.cache, "passphrase", now_ns)
        if wait is not None:
            raise SecretsUnavailable(wait)
        try:
            self._secrets = secrets_mod.open_store(
                self.secrets_choice,
                path=paths.secrets_path(self.data_dir),
                station_id=self.station_id,
                backend=self._keyring_backend,
                passphrase=passphrase,
                create=self.read_only is None and not self.has_keys(),
            )
        except SecretsUnavailable as refused:
            if refused.message.text != secrets_mod.WRONG_PASSPHRASE:
                raise
            seconds = throttle.failed(self.cache, "passphrase", now_ns)
            if self.read_only is None:  # a read-only window counts in memory; the holder keeps its own
                throttle.save(self)
            if seconds:
                raise SecretsUnavailable(message(_WRONG_WAIT, seconds=seconds)) from refused
            raise
        if throttle.succeeded(self.cache, "passphrase") and self.read_only is None:
            throttle.save(self)
        self._after_unlock()

    def _after_unlock(self) -> None:
        from examdesk.services import chain

        try:
            if (
                self.read_only is not None
            ):  # sealing and the waiting start-up events are the holder's to record
                self._open_database_read_only(self.read_only)
                return
            self._open_database()
            chain.on_unlock(self)
        except BaseException:
            self._secrets = None
            raise

    def _open_database(self) -> None:
        """With the secrets open: the database key, the one conversion of a plain database, then open and
        migrate the encrypted database, and read the station's identity and settings from it."""
        if self._engine is not None:
            return
        store = self.secrets()
        database = paths.database_path(self.data_dir)
        state = cipher.file_state(database)
        if state is cipher.FileState.ENCRYPTED:
            stored = store.get(DATABASE_KEY_NAME)
            if stored is None:
                raise SecretsUnavailable(message(_DATABASE_KEY_LOST))
        else:
            fresh = pysecrets.token_hex(cipher.KEY_BYTES)
            # The store decides under its lock: a key another process made first is kept (issue 13).
            stored = store.update(DATABASE_KEY_NAME, lambda current: current or fresh)
            assert stored is not None
        key = bytes.fromhex(stored)
        backups = paths.backup_dir(self.data_dir)
        if state is cipher.FileState.PLAIN:
            cipher.encrypt_plain(database, key, backups)
        engine, report = open_database(database, backups, key)
        try:
            cipher.encrypt_plain_copies(backups, key)  # copies aside made before the conversion
            station_row, overrides = _identity(engine, self.clock, report, self.station_id, self.name)
        except BaseException:
            engine.dispose()
            raise
        self._engine, self._migration, self._database_key = engine, report, key
        # The database is the source of truth; the identity file follows it.
        self.station_id, self.name, self.school = station_row.id, station_row.name, station_row.school
        self.settings = DEFAULTS.with_overrides(overrides)
        self.write_identity()
        throttle.restore(self)

    def _open_database_read_only(self, reason: Message) -> None:
        """Issue 13: a second window reads the database another window holds. Nothing is converted,
        migrated or written, and no key is made: a key the holder has not stored yet means nothing to read."""
        if self._engine is not None:
            return
        database = paths.database_path(self.data_dir)
        key: bytes | None = None
        if cipher.file_state(database) is cipher.FileState.ENCRYPTED:
            stored = self.secrets().get(DATABASE_KEY_NAME)
            if stored is None:
                raise SecretsUnavailable(message(_DATABASE_KEY_LOST))
            key = bytes.fromhex(stored)
        engine, report = open_database_read_only(database, reason, key)
        try:
            station_row, overrides = _identity(engine, self.clock, report, self.station_id, self.name)
        except BaseException:
            engine.dispose()
            raise
        self._engine, self._migration, self._database_key = engine, report, key
        self.station_id, self.name, self.school = station_row.id, station_row.name, station_row.school
        self.settings = DEFAULTS.with_overrides(overrides)
        throttle.restore(self)

    def write_identity(self) -> None:
        """Keep the identity file (issue 13) as the database says: on every open and after a change."""
        identity_file.write(
            paths.identity_path(self.data_dir),
            identity_file.StationIdentity(self.station_id, self.name, self.school, encrypted=True),
        )

    def close(self) -> None:
        """Stop the copier (issue 18), anchor the chain head (issue 13, finding 5), let go of the database."""
        from examdesk.services import sync_worker

        sync_worker.stop(self)
        if self._secrets is not None and self.read_only is None:
            from examdesk.services import chain

            try:
                chain.on_close(self)
            except (ExamdeskError, OSError, SQLAlchemyError):
                pass  # closing must not fail; the anchor stays where it was, which is never a false alarm
        if self._engine is not None:
            self._engine.dispose()


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
        backend = secrets_mod.system_keyring() if keyring_backend is _UNSET else keyring_backend
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
    station, made now (its database is made when its keys are open). Without ``keep`` (a read-only window,
    issue 13) nothing is written."""
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
        made = identity_file.StationIdentity(uuid.uuid4().hex, platform.node()[:120] or "station")
    if keep:
        identity_file.write(path, made)
    return made


def _identity(
    engine: Engine, clock: Clock, report: MigrationReport, station_id: str, name: str
) -> tuple[StationRow, dict[str, Any]]:
    """This station's row (created on first start) and its rule-setting overrides.

    The start-up events (a migration) wait in a setting until the keys are open: every event is hashed
    with the station's key (R-PV-3, issue 13), and the fallback store opens only with the passphrase.
    """
    with transaction(engine) as session:
        local = session.get(SettingRow, LOCAL_STATION_KEY)
        if local is None:
            reading = clock.read()
            row = StationRow(id=station_id, name=name, created_at=reading.wall)
            session.add(row)
            session.add(SettingRow(key=LOCAL_STATION_KEY, value=json.dumps(row.id)))
            session.flush()
        else:
            found = session.get(StationRow, json.loads(local.value))
            assert found is not None, "the local station id points at no station"
            row = found
            if report.from_revision != report.to_revision:
                pending_row = session.get(SettingRow, PENDING_EVENTS)
                pending = json.loads(pending_row.value) if pending_row is not None else []
                pending.append(
                    {
                        "kind": EventKind.DATABASE_MIGRATED,
                        "payload": to_payload(
                            DatabaseMigrated(
                                report.from_revision,
                                report.to_revision,
                                report.backup.name if report.backup else None,
                            )
                        ),
                    }
                )
                session.merge(SettingRow(key=PENDING_EVENTS, value=json.dumps(pending)))
        overrides_row = session.get(SettingRow, RULE_SETTINGS_KEY)
        overrides = json.loads(overrides_row.value) if overrides_row else {}
    return row, overrides
