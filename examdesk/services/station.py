"""Opening a station: its data folder, database, identity, settings and secrets."""

from __future__ import annotations

import json
import platform
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from examdesk import paths
from examdesk.core.errors import ExamdeskError
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import to_payload
from examdesk.core.facts.station import DatabaseMigrated
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import secrets as secrets_mod
from examdesk.services import throttle
from examdesk.services.clock import Clock, SystemClock
from examdesk.services.errors import SecretsUnavailable
from examdesk.settings import DEFAULTS, RuleSettings
from examdesk.store.db import DatabaseProblem, MigrationReport, open_database, transaction
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
DATA_KEY_CHECK = "data_key_check"
PENDING_EVENTS = "pending_start_events"

_UNSET: Any = object()


@dataclass
class Station:
    """An open station: what every service call receives first."""

    data_dir: Path
    engine: Engine
    station_id: str
    name: str
    school: str
    clock: Clock
    settings: RuleSettings
    secrets_choice: secrets_mod.SecretsChoice
    is_demo: bool
    migration: MigrationReport
    _keyring_backend: Any = None
    # Issue 18: a read-only copy of another station's session (services/session_bundle.replica): what is
    # known of its origin chain. Nothing can be recorded on it.
    replica_chain: Any = None
    _secrets: secrets_mod.SecretStore | None = field(default=None, repr=False)
    cache: dict[str, object] = field(default_factory=dict, repr=False)

    @property
    def secrets_unlocked(self) -> bool:
        return self._secrets is not None

    @property
    def needs_new_passphrase(self) -> bool:
        """True when the fallback key file does not exist yet and never did: the first unlock chooses the passphrase.

        Issue 13, finding 9: a station whose data was locked with keys never gets a new key file.
        """
        return not paths.secrets_path(self.data_dir).exists() and not self.has_keys()

    def has_keys(self) -> bool:
        """Whether this station's database was locked with a data key.

        Its check value is recorded from this version on; a station from before it shows its key by the
        candidates whose BSNs it sealed.
        """
        from sqlmodel import select

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
                create=not self.has_keys(),
            )
        except SecretsUnavailable as refused:
            if refused.message.text != secrets_mod.WRONG_PASSPHRASE:
                raise
            seconds = throttle.failed(self.cache, "passphrase", now_ns)
            throttle.save(self)
            if seconds:
                raise SecretsUnavailable(message(_WRONG_WAIT, seconds=seconds)) from refused
            raise
        if throttle.succeeded(self.cache, "passphrase"):
            throttle.save(self)
        self._after_unlock()

    def _after_unlock(self) -> None:
        from examdesk.services import chain

        try:
            chain.on_unlock(self)
        except BaseException:
            self._secrets = None
            raise

    def close(self) -> None:
        """Stop the copier (issue 18), anchor the chain head (issue 13, finding 5), let go of the database."""
        from examdesk.services import sync_worker

        sync_worker.stop(self)
        if self._secrets is not None:
            from examdesk.services import chain

            try:
                chain.on_close(self)
            except (ExamdeskError, OSError, SQLAlchemyError):
                pass  # closing must not fail; the anchor stays where it was, which is never a false alarm
        self.engine.dispose()


def open_station(
    data_dir: Path,
    *,
    clock: Clock | None = None,
    secret_store: secrets_mod.SecretStore | None = None,
    keyring_backend: Any = _UNSET,
    passphrase: str | None = None,
) -> Station:
    """Open the station whose data lives in ``data_dir``, creating and migrating it as needed.

    ``secret_store`` replaces the keyring (tests). Without it, the system keyring is used when it is a
    real one; otherwise the passphrase fallback, unlocked now when ``passphrase`` is given and later
    through :meth:`Station.unlock` otherwise.
    """
    paths.prepare_data_dir(data_dir)
    database = paths.database_path(data_dir)
    if database.exists() and database.stat().st_size == 0:
        raise DatabaseProblem(message(_EMPTY_DATABASE, path=str(database)))
    if not database.exists() and paths.secrets_path(data_dir).exists():
        raise DatabaseProblem(message(_KEYS_WITHOUT_DATABASE, folder=str(data_dir)))
    engine, report = open_database(paths.database_path(data_dir), paths.backup_dir(data_dir))
    clock = clock or SystemClock()
    is_demo = paths.demo_marker_path(data_dir).exists()
    try:
        station_row, overrides = _identity(engine, clock, report)
    except Exception:
        engine.dispose()
        raise
    if secret_store is not None:
        choice = secrets_mod.SecretsChoice(secrets_mod.SecretsKind.MEMORY, None)
        backend = None
    else:
        backend = secrets_mod.system_keyring() if keyring_backend is _UNSET else keyring_backend
        choice = secrets_mod.choose(is_demo, backend)
    station = Station(
        data_dir=data_dir,
        engine=engine,
        station_id=station_row.id,
        name=station_row.name,
        school=station_row.school,
        clock=clock,
        settings=DEFAULTS.with_overrides(overrides),
        secrets_choice=choice,
        is_demo=is_demo,
        migration=report,
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
        engine.dispose()
        raise
    return station


def _identity(engine: Engine, clock: Clock, report: MigrationReport) -> tuple[StationRow, dict[str, Any]]:
    """This station's row (created on first start) and its rule-setting overrides.

    The start-up events (a migration) wait in a setting until the keys are open: every event is hashed
    with the station's key (R-PV-3, issue 13), and the fallback store opens only with the passphrase.
    """
    with transaction(engine) as session:
        local = session.get(SettingRow, LOCAL_STATION_KEY)
        if local is None:
            reading = clock.read()
            row = StationRow(
                id=uuid.uuid4().hex, name=platform.node()[:120] or "station", created_at=reading.wall
            )
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
