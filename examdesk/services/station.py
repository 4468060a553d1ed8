"""Opening a station: its data folder, database, identity, settings and secrets."""

from __future__ import annotations

import json
import platform
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from examdesk import paths
from examdesk.core.eventkinds import SYSTEM_ACTOR, EventKind
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import secrets as secrets_mod
from examdesk.services.clock import Clock, SystemClock
from examdesk.services.errors import SecretsUnavailable
from examdesk.settings import DEFAULTS, RuleSettings
from examdesk.store import eventlog
from examdesk.store.db import MigrationReport, open_database, transaction
from examdesk.store.models import SettingRow, StationRow

LOCAL_STATION_KEY = "local_station_id"
RULE_SETTINGS_KEY = "rule_settings"
_LOCKED = QT_TRANSLATE_NOOP("Secrets", "The station's keys are locked: enter the station passphrase first.")

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
    _secrets: secrets_mod.SecretStore | None = field(default=None, repr=False)

    @property
    def secrets_unlocked(self) -> bool:
        return self._secrets is not None

    @property
    def needs_new_passphrase(self) -> bool:
        """True when the fallback key file does not exist yet: the first unlock chooses the passphrase."""
        return not paths.secrets_path(self.data_dir).exists()

    def secrets(self) -> secrets_mod.SecretStore:
        """The unlocked secret store, or :class:`SecretsUnavailable` while it is locked."""
        if self._secrets is None:
            if self.secrets_choice.kind is secrets_mod.SecretsKind.PASSPHRASE_FILE:
                raise SecretsUnavailable(message(secrets_mod.NEED_PASSPHRASE))
            raise SecretsUnavailable(message(_LOCKED))
        return self._secrets

    def unlock(self, passphrase: str | None) -> None:
        """Open the secret store (the fallback needs ``passphrase``; wrong ones are refused)."""
        self._secrets = secrets_mod.open_store(
            self.secrets_choice,
            path=paths.secrets_path(self.data_dir),
            station_id=self.station_id,
            backend=self._keyring_backend,
            passphrase=passphrase,
        )

    def close(self) -> None:
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
    if secret_store is None and (choice.kind is not secrets_mod.SecretsKind.PASSPHRASE_FILE or passphrase):
        station.unlock(passphrase)
    return station


def _identity(engine: Engine, clock: Clock, report: MigrationReport) -> tuple[StationRow, dict[str, Any]]:
    """This station's row (created on first start) and its rule-setting overrides."""
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
            eventlog.append(
                session,
                station_id=row.id,
                reading=reading,
                actor=SYSTEM_ACTOR,
                kind=EventKind.STATION_INITIALISED,
                payload={"name": row.name, "schema": report.to_revision},
            )
        else:
            found = session.get(StationRow, json.loads(local.value))
            assert found is not None, "the local station id points at no station"
            row = found
            if report.from_revision != report.to_revision:
                eventlog.append(
                    session,
                    station_id=row.id,
                    reading=clock.read(),
                    actor=SYSTEM_ACTOR,
                    kind=EventKind.DATABASE_MIGRATED,
                    payload={
                        "from": report.from_revision,
                        "to": report.to_revision,
                        "backup": report.backup.name if report.backup else None,
                    },
                )
        overrides_row = session.get(SettingRow, RULE_SETTINGS_KEY)
        overrides = json.loads(overrides_row.value) if overrides_row else {}
    return row, overrides
