"""Issue 13: the station encrypted at rest with SQLCipher, its identity file, the one conversion of a plain
station (kill-safe), and encrypted backups that restore."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from examdesk import i18n, paths
from examdesk import station_file as identity_file
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.services import backup, events
from examdesk.services import station as station_module
from examdesk.services.errors import SecretsUnavailable
from examdesk.services.secrets import MemoryStore
from examdesk.services.station import open_station
from examdesk.services.station_base import DATABASE_KEY_NAME
from examdesk.store import cipher
from examdesk.store.db import DatabaseProblem, open_database
from tests import raw_db

PASSPHRASE = "examenzaal 2026!"
NAME = "Annelies Voorbeeldkandidaat"


def _record_names(station: Any, count: int = 3) -> None:
    for n in range(count):
        events.record(station, None, EventKind.REMARK, facts=Remark(f"{NAME} {n}"))


def _decrypt_to_plain(database: Path, key: bytes) -> None:
    """Turn an encrypted station database back into the plain file a station before issue 13 had."""
    plain = database.with_name("plain.sqlite3")
    connection = cipher.connect(database, key)
    connection.isolation_level = None
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute(f"PRAGMA plain.user_version = {version}")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    os.replace(plain, database)


def _plain_station(data_dir: Path, store: MemoryStore) -> str:
    """A station as examdesk made it before issue 13: a plain database, no identity file, no database key."""
    station = open_station(data_dir, secret_store=store)
    _record_names(station)
    key, station_id = station.database_key(), station.station_id
    station.close()
    _decrypt_to_plain(paths.database_path(data_dir), key)
    paths.identity_path(data_dir).unlink()
    store.delete(DATABASE_KEY_NAME)
    assert cipher.file_state(paths.database_path(data_dir)) is cipher.FileState.PLAIN
    assert NAME.encode() in paths.database_path(data_dir).read_bytes()
    return station_id


def test_the_database_file_is_not_a_plain_sqlite_file(station: Any) -> None:
    _record_names(station)
    database = paths.database_path(station.data_dir)
    assert not database.read_bytes().startswith(cipher.SQLITE_HEADER)
    wal = database.with_name(database.name + "-wal")
    for file in (database, wal):
        if file.exists():
            assert NAME.encode() not in file.read_bytes()


def test_a_wrong_key_is_refused_with_a_sentence(station: Any) -> None:
    database = paths.database_path(station.data_dir)
    with pytest.raises(cipher.KeyRefused) as refused:
        cipher.connect(database, bytes(32))
    assert "cannot be opened with this station's key" in i18n.render(refused.value.message)
    with pytest.raises(DatabaseProblem, match="cannot be opened with this station's key"):
        open_database(database, paths.backup_dir(station.data_dir), bytes(32))


def test_the_identity_file_holds_no_personal_data_and_no_secret(demo_template: Path) -> None:
    text = paths.identity_path(demo_template).read_text("utf-8")
    kept = json.loads(text)
    assert set(kept) == {"format", "version", "station_id", "name", "school", "encrypted"}
    assert kept["encrypted"] is True and kept["school"]
    key = raw_db.key_of(demo_template)
    assert key.hex() not in text
    for candidate in ("Jansen", "de Vries", "Visser", "Bakker"):  # the demo's staff; candidates below
        assert candidate not in text
    package = json.loads(
        (Path(__file__).parents[2] / "examdesk/resources/demo/demo_package.json").read_text()
    )
    assert not [c["name"] for g in package["groups"] for c in g["candidates"] if c["name"] in text]


def test_the_identity_file_follows_the_database_R_SIG_5(station: Any) -> None:
    from examdesk.services import accounts, identity

    beheerder = accounts.create_first_beheerder(station, "beheer", "J. Visser", "correct horse battery")
    identity.set_station_names(station, beheerder, school="Het Voorbeeld College", name="Lokaal 12")
    found = identity_file.read(paths.identity_path(station.data_dir))
    assert found == identity_file.StationIdentity(
        station.station_id, "Lokaal 12", "Het Voorbeeld College", encrypted=True
    )


def test_a_passphrase_station_opens_its_database_only_with_the_passphrase(data_dir: Path) -> None:
    open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE).close()
    station = open_station(data_dir, keyring_backend=None)
    assert not station.database_open and station.name  # the identity file is there before the database
    with pytest.raises(SecretsUnavailable):
        _ = station.engine
    station.unlock(PASSPHRASE)
    assert station.database_open and events.verify(station).ok
    station.close()


def test_a_new_passphrase_station_makes_no_database_before_its_passphrase(data_dir: Path) -> None:
    station = open_station(data_dir, keyring_backend=None)
    assert station.needs_new_passphrase and not paths.database_path(data_dir).exists()
    station.unlock(PASSPHRASE)
    assert cipher.file_state(paths.database_path(data_dir)) is cipher.FileState.ENCRYPTED
    station.close()


def test_a_plain_station_is_encrypted_once_and_its_chain_still_verifies_R_PV_3(data_dir: Path) -> None:
    store = MemoryStore()
    station_id = _plain_station(data_dir, store)
    station = open_station(data_dir, secret_store=store)
    assert station.station_id == station_id
    database = paths.database_path(data_dir)
    assert cipher.file_state(database) is cipher.FileState.ENCRYPTED
    assert NAME.encode() not in database.read_bytes()
    result = events.verify(station)
    assert result.ok and len(events.list_events(station, kinds=(EventKind.REMARK,))) == 3
    station.close()
    aside = sorted(paths.backup_dir(data_dir).glob("*before-encryption*"))
    assert len(aside) == 1 and cipher.file_state(aside[0]) is cipher.FileState.ENCRYPTED
    open_station(data_dir, secret_store=store).close()
    assert len(sorted(paths.backup_dir(data_dir).glob("*before-encryption*"))) == 1  # once
    for copy in paths.backup_dir(data_dir).iterdir():
        assert NAME.encode() not in copy.read_bytes(), copy


@pytest.mark.parametrize("step", ["exported", "copied aside", "replaced"])
def test_an_interrupted_conversion_leaves_one_whole_station(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """Issue 13: stopped after any step, the station is the old plain one or the new encrypted one."""
    store = MemoryStore()
    _plain_station(data_dir, store)
    converting = cipher.encrypt_plain

    class Stop(Exception):
        pass

    def stop_at(name: str) -> None:
        if name == step:
            raise Stop(name)

    def interrupted(path: Path, key: bytes, folder: Path, **_kwargs: Any) -> Path:
        return converting(path, key, folder, step=stop_at)

    monkeypatch.setattr(cipher, "encrypt_plain", interrupted)
    with pytest.raises(Stop):
        open_station(data_dir, secret_store=store)
    monkeypatch.setattr(cipher, "encrypt_plain", converting)
    state = cipher.file_state(paths.database_path(data_dir))
    assert state is (cipher.FileState.ENCRYPTED if step == "replaced" else cipher.FileState.PLAIN)
    station = open_station(data_dir, secret_store=store)
    assert cipher.file_state(paths.database_path(data_dir)) is cipher.FileState.ENCRYPTED
    assert events.verify(station).ok and len(events.list_events(station, kinds=(EventKind.REMARK,))) == 3
    station.close()
    assert not list(data_dir.glob("*.encrypting"))


_KILL_CHILD = """
import os, signal, sys
from pathlib import Path
from examdesk.store import cipher
path, key, folder, step = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
def kill(name):
    if name == step:
        os.kill(os.getpid(), signal.SIGKILL)
cipher.encrypt_plain(path, key, folder, step=kill)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
@pytest.mark.parametrize("step", ["exported", "copied aside", "replaced"])
def test_a_conversion_killed_at_any_step_leaves_one_whole_station(data_dir: Path, step: str) -> None:
    store = MemoryStore()
    station_id = _plain_station(data_dir, store)
    # What open_station does before the keys are open: the identity file, read from the plain database.
    assert station_module._read_identity(data_dir).station_id == station_id
    key = os.urandom(32)
    store.set(DATABASE_KEY_NAME, key.hex())
    database = paths.database_path(data_dir)
    done = subprocess.run(
        [sys.executable, "-c", _KILL_CHILD, str(database), key.hex(), str(paths.backup_dir(data_dir)), step],
        check=False,
    )
    assert done.returncode == -signal.SIGKILL
    station = open_station(data_dir, secret_store=store)
    assert events.verify(station).ok and len(events.list_events(station, kinds=(EventKind.REMARK,))) == 3
    assert cipher.file_state(database) is cipher.FileState.ENCRYPTED
    station.close()


def test_a_backup_is_encrypted_and_restores(station: Any, tmp_path: Path) -> None:
    _record_names(station)
    store = station.secrets()
    archive = tmp_path / "station.zip"
    backup.make_backup(station, archive)
    with zipfile.ZipFile(archive) as opened:
        copied = opened.read(paths.DATABASE_NAME)
        assert paths.IDENTITY_FILE in opened.namelist()
    assert not copied.startswith(cipher.SQLITE_HEADER) and NAME.encode() not in copied
    backup.check_backup(archive, station.database_key())  # the integrity check, page by page
    with pytest.raises(Exception, match="damaged"):
        backup.check_backup(archive, bytes(32))
    restored = tmp_path / "restored"
    backup.restore_backup(archive, restored)
    again = open_station(restored, secret_store=store)
    assert again.station_id == station.station_id
    assert len(events.list_events(again, kinds=(EventKind.REMARK,))) == 3 and events.verify(again).ok
    again.close()


def test_a_station_whose_database_is_gone_is_refused_not_started_anew(data_dir: Path) -> None:
    """Issue 13, finding 9 with the identity file: a keyring station has no key file to give it away."""
    store = MemoryStore()
    open_station(data_dir, secret_store=store).close()
    paths.database_path(data_dir).unlink()
    with pytest.raises(DatabaseProblem, match="its database is missing"):
        open_station(data_dir, secret_store=store)
    assert not paths.database_path(data_dir).exists()
