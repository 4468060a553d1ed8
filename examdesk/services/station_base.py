"""The station's keys and encrypted database, and its identity and settings, as every service receives it.

Opening one (:func:`examdesk.services.station.open_station`) sets what the layers above do once its keys
are open and before it closes: this module imports none of them.
"""

from __future__ import annotations

import json
import secrets as pysecrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from examdesk import paths
from examdesk import station_file as identity_file
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import to_payload
from examdesk.core.facts.station import DatabaseMigrated
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import secrets as secrets_mod
from examdesk.services import throttle
from examdesk.services.clock import Clock
from examdesk.services.errors import SecretsUnavailable
from examdesk.settings import DEFAULTS, RuleSettings
from examdesk.store import cipher
from examdesk.store.db import (
    MigrationReport,
    open_database,
    open_database_read_only,
    transaction,
)
from examdesk.store.models import CandidateRow, SettingRow, StationRow

LOCAL_STATION_KEY = "local_station_id"
RULE_SETTINGS_KEY = "rule_settings"
_LOCKED = QT_TRANSLATE_NOOP("Secrets", "The station's keys are locked: enter the station passphrase first.")
_WRONG_WAIT = QT_TRANSLATE_NOOP(
    "Secrets", "The station passphrase is wrong. Wait {seconds} seconds before you try again."
)
_DATABASE_KEY_LOST = QT_TRANSLATE_NOOP(
    "Station",
    "The station's secret store has no key for its encrypted database. Nothing was changed and no new key "
    "was made: put the key file back from the station's backup, or use the keyring of the computer that "
    "made the station.",
)
_NOT_OPEN = QT_TRANSLATE_NOOP(
    "Station", "The station's database is still locked: enter the station passphrase first."
)
DATA_KEY_CHECK = "data_key_check"
DATABASE_KEY_NAME = "database_key"
PENDING_EVENTS = "pending_start_events"


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
    # What the layers above do (open_station in services/station.py sets them): once the database is open,
    # the start-up events that waited for the keys are recorded; before it closes, the copier stops and the
    # chain head is anchored. A replica (services/session_bundle) has neither.
    on_unlock: Callable[[Station], None] | None = field(default=None, repr=False)
    on_close: Callable[[Station], None] | None = field(default=None, repr=False)

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
        wait = throttle.waiting(self.cache, throttle.PASSPHRASE, now_ns)
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
            seconds = throttle.failed(self.cache, throttle.PASSPHRASE, now_ns)
            if self.read_only is None:  # a read-only window counts in memory; the holder keeps its own
                throttle.save(self)
            if seconds:
                raise SecretsUnavailable(message(_WRONG_WAIT, seconds=seconds)) from refused
            raise
        if throttle.succeeded(self.cache, throttle.PASSPHRASE) and self.read_only is None:
            throttle.save(self)
        self._after_unlock()

    def _after_unlock(self) -> None:
        try:
            if (
                self.read_only is not None
            ):  # sealing and the waiting start-up events are the holder's to record
                self._open_database_read_only(self.read_only)
                return
            self._open_database()
            if self.on_unlock is not None:
                self.on_unlock(self)
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
        """Let go of the database, after what the layers above do first (``on_close``)."""
        if self.on_close is not None:
            self.on_close(self)
        if self._engine is not None:
            self._engine.dispose()


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
