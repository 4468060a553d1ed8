"""Issue 13, findings 1 and 9: the key file never loses an update, and lost keys are refused, never replaced."""

from __future__ import annotations

import json
import multiprocessing
import os
import secrets as pysecrets
import subprocess
import sys
from pathlib import Path

import pytest

from examdesk import i18n, paths
from examdesk.services import keys
from examdesk.services.errors import SecretsUnavailable
from examdesk.services.personal_data import UnreadableBsn, open_bsn, seal_bsn
from examdesk.services.secrets import PassphraseFileStore
from examdesk.services.station import open_station
from examdesk.store.db import DatabaseProblem
from tests import raw_db
from tests.services import key_workers
from tests.services.key_workers import PASSPHRASE

_CONTEXT = multiprocessing.get_context("spawn")


def test_the_workers_name_the_data_key_as_the_station_does() -> None:
    assert key_workers.DATA_KEY_NAME == keys.DATA_KEY_NAME


@pytest.mark.slow
def test_the_workers_start_without_the_database_layer() -> None:
    """Each spawned process imports key_workers first: with SQLAlchemy (the key file's store used to import
    the database layer) that took a third of a second of each of the ten processes below."""
    check = (
        "import sys, tests.services.key_workers; print(sorted({'sqlalchemy', 'sqlmodel'} & set(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", check],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.slow
def test_two_processes_creating_the_data_key_at_once_keep_one_key(data_dir: Path) -> None:
    """Finding 1: concurrent first runs used to write two different keys; one of them was lost for good."""
    path = paths.secrets_path(data_dir)
    PassphraseFileStore(path, PASSPHRASE)  # the key file exists, the data key does not yet
    for _round in range(3):
        PassphraseFileStore(path, PASSPHRASE).delete(keys.DATA_KEY_NAME)
        barrier = _CONTEXT.Barrier(3)
        results = _CONTEXT.Queue()
        workers = [
            _CONTEXT.Process(target=key_workers.create_key_when_released, args=(str(path), barrier, results))
            for _ in range(3)
        ]
        for worker in workers:
            worker.start()
        got = [results.get(timeout=60) for _ in workers]
        for worker in workers:
            worker.join(timeout=60)
            assert worker.exitcode == 0
        assert len(set(got)) == 1, "every process must end up with the same data key"
        assert PassphraseFileStore(path, PASSPHRASE).get(keys.DATA_KEY_NAME) == got[0]


@pytest.mark.slow
def test_a_long_open_store_does_not_overwrite_what_another_process_added(data_dir: Path) -> None:
    """Finding 1: a GUI left open plus a CLI import: the GUI's next write used to drop the CLI's key."""
    path = paths.secrets_path(data_dir)
    long_lived = PassphraseFileStore(path, PASSPHRASE)
    long_lived.set("first", "1")
    other = _CONTEXT.Process(
        target=key_workers.add_a_secret, args=(str(path), keys.DATA_KEY_NAME, "from the cli")
    )
    other.start()
    other.join(timeout=60)
    assert other.exitcode == 0
    assert long_lived.get(keys.DATA_KEY_NAME) == "from the cli"  # the open store sees the other's write
    long_lived.set("second", "2")
    again = PassphraseFileStore(path, PASSPHRASE)
    assert (again.get("first"), again.get(keys.DATA_KEY_NAME), again.get("second")) == (
        "1",
        "from the cli",
        "2",
    )


def test_the_key_file_is_written_without_leftovers_and_owner_only(data_dir: Path) -> None:
    path = paths.secrets_path(data_dir)
    PassphraseFileStore(path, PASSPHRASE).set("a", "b")
    assert sorted(p.name for p in data_dir.iterdir()) == [path.name, path.name + ".lock"]
    assert path.stat().st_mode & 0o077 == 0


def test_a_lost_key_file_is_refused_not_replaced(data_dir: Path) -> None:
    """Finding 9: a lost key file used to be replaced silently by a new one; the BSNs were then unreadable."""
    station = open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE)
    keys.data_key(station)
    station.close()
    paths.secrets_path(data_dir).unlink()
    again = open_station(data_dir, keyring_backend=None)
    assert not again.needs_new_passphrase  # the unlock page must not offer to choose a new passphrase
    with pytest.raises(SecretsUnavailable) as raised:
        again.unlock(PASSPHRASE)
    assert "missing" in i18n.render(raised.value.message)
    assert not paths.secrets_path(data_dir).exists()
    again.close()


def test_a_damaged_key_file_is_refused_and_kept(data_dir: Path) -> None:
    open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE).close()
    paths.secrets_path(data_dir).write_text("{damaged", "utf-8")
    with pytest.raises(SecretsUnavailable, match="damaged"):
        open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE)
    assert paths.secrets_path(data_dir).read_text("utf-8") == "{damaged"


def test_another_stations_key_file_is_refused(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    open_station(ours, keyring_backend=None, passphrase=PASSPHRASE).close()
    open_station(theirs, keyring_backend=None, passphrase=PASSPHRASE).close()
    paths.secrets_path(ours).write_bytes(paths.secrets_path(theirs).read_bytes())
    # Issue 13: the other station's database key is refused first, by the encrypted database itself.
    with pytest.raises(DatabaseProblem, match="cannot be opened with this station's key"):
        open_station(ours, keyring_backend=None, passphrase=PASSPHRASE)


def test_a_keyring_that_lost_the_data_key_is_refused(data_dir: Path) -> None:
    from tests.services.test_secrets import FakeBackend

    backend = FakeBackend()
    open_station(data_dir, keyring_backend=backend).close()
    backend.values.clear()
    with pytest.raises(SecretsUnavailable, match="no key for its encrypted database"):
        open_station(data_dir, keyring_backend=backend)
    assert backend.values == {}


def test_an_empty_database_is_refused_not_made_a_new_station(data_dir: Path) -> None:
    """Finding 9: a 0-byte database used to become a new station beside the old keys."""
    open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE).close()
    paths.database_path(data_dir).write_bytes(b"")
    with pytest.raises(DatabaseProblem, match=r"empty \(0 bytes\)"):
        open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE)
    assert paths.database_path(data_dir).stat().st_size == 0


def test_keys_without_their_database_are_refused(data_dir: Path) -> None:
    open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE).close()
    for leftover in data_dir.glob(paths.DATABASE_NAME + "*"):
        leftover.unlink()
    with pytest.raises(DatabaseProblem, match="key file but no database"):
        open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE)
    assert not paths.database_path(data_dir).exists()


def test_a_bsn_sealed_with_another_key_gives_a_sentence() -> None:
    """Finding 1: the start-screen check used to crash with an uncaught ValueError."""
    stored = seal_bsn(pysecrets.token_bytes(32), "999993653")
    with pytest.raises(UnreadableBsn) as raised:
        open_bsn(pysecrets.token_bytes(32), stored)
    assert "cannot be read with the station's data key" in i18n.render(raised.value.message)
    with pytest.raises(UnreadableBsn):
        open_bsn(pysecrets.token_bytes(32), "not base64 at all!")


def test_the_data_key_check_is_recorded_not_the_key(data_dir: Path) -> None:

    station = open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE)
    key = keys.data_key(station)
    station.close()
    with raw_db.connect(station) as connection:
        (value,) = connection.execute("SELECT value FROM setting WHERE key = 'data_key_check'").fetchone()
    assert json.loads(value) == keys.key_check(key) and key.hex() not in value


def test_a_station_from_before_the_key_check_that_lost_its_key_file_is_refused(
    data_dir: Path, tmp_path: Path
) -> None:
    """Finding 9 for stations made before this version: sealed BSNs show that a key existed."""

    from examdesk.services import packages
    from examdesk.services.actors import command_line_operator
    from tests.services.sample_package import valid_package

    package = tmp_path / "package.json"
    package.write_text(json.dumps(valid_package()), "utf-8")
    station = open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE)
    packages.import_package(station, command_line_operator(), package)
    station.close()
    with raw_db.connect(station) as connection:
        connection.execute("DELETE FROM setting WHERE key = 'data_key_check'")
    paths.secrets_path(data_dir).unlink()
    again = open_station(data_dir, keyring_backend=None)
    assert not again.needs_new_passphrase
    with pytest.raises(SecretsUnavailable, match="missing"):
        again.unlock(PASSPHRASE)
    again.close()
