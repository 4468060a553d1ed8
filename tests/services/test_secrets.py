"""The secrets interface: keyring only when real, the passphrase fallback otherwise (cli.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from examdesk import i18n, paths
from examdesk.services import keys, secrets
from examdesk.services.errors import InvalidInput, SecretsUnavailable
from examdesk.services.station import open_station


class FakeBackend:
    """Stands in for a real keyring backend (priority >= 1) without touching the system's."""

    priority = 5

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.values.get((service, name))

    def set_password(self, service: str, name: str, value: str) -> None:
        self.values[(service, name)] = value

    def delete_password(self, service: str, name: str) -> None:
        del self.values[(service, name)]


def test_the_fail_backend_is_not_used() -> None:
    """This machine has no desktop keyring: keyring's fail backend is not 'recommended'."""
    import keyring.backends.fail
    import keyring.core

    assert not keyring.core.recommended(keyring.backends.fail.Keyring())
    assert secrets.choose(False, None).kind is secrets.SecretsKind.PASSPHRASE_FILE
    assert secrets.choose(False, None).notice is not None


def test_a_real_keyring_keeps_the_data_key(data_dir: Path) -> None:
    backend = FakeBackend()
    station = open_station(data_dir, keyring_backend=backend)
    assert (
        station.secrets_choice.kind is secrets.SecretsKind.KEYRING and station.secrets_choice.notice is None
    )
    key = keys.data_key(station)
    assert len(key) == 32 and keys.data_key(station) == key
    assert (f"examdesk/{station.station_id}", keys.DATA_KEY_NAME) in backend.values
    assert not paths.secrets_path(data_dir).exists()
    station.close()


def test_without_keyring_the_station_is_locked_until_a_passphrase_is_given(data_dir: Path) -> None:
    station = open_station(data_dir, keyring_backend=None)
    assert station.secrets_choice.kind is secrets.SecretsKind.PASSPHRASE_FILE
    assert not station.secrets_unlocked and station.needs_new_passphrase
    with pytest.raises(SecretsUnavailable):
        keys.data_key(station)
    with pytest.raises(SecretsUnavailable) as raised:
        station.unlock(None)
    assert "EXAMDESK_KEY_PASSPHRASE" in i18n.render(raised.value.message)
    station.close()


def test_passphrase_fallback_encrypts_and_reopens(data_dir: Path) -> None:
    station = open_station(data_dir, keyring_backend=None, passphrase="examenzaal 2026!")
    key = keys.data_key(station)
    station.close()
    stored = paths.secrets_path(data_dir).read_text("utf-8")
    assert key.hex() not in stored and "data-key" in json.loads(stored)["items"]
    again = open_station(data_dir, keyring_backend=None, passphrase="examenzaal 2026!")
    assert keys.data_key(again) == key and not again.needs_new_passphrase
    again.close()


def test_wrong_passphrase_is_refused_and_changes_nothing(data_dir: Path) -> None:
    open_station(data_dir, keyring_backend=None, passphrase="examenzaal 2026!").close()
    before = paths.secrets_path(data_dir).read_bytes()
    with pytest.raises(SecretsUnavailable) as raised:
        open_station(data_dir, keyring_backend=None, passphrase="examenzaal 2025!")
    assert i18n.render(raised.value.message) == "The station passphrase is wrong."
    assert paths.secrets_path(data_dir).read_bytes() == before


def test_a_new_key_file_is_derived_at_the_production_cost(data_dir: Path, real_key_derivation: None) -> None:
    """The suite derives key files at argon2's minimum cost (tests/conftest.py); the application at its own."""
    path = paths.secrets_path(data_dir)
    secrets.PassphraseFileStore(path, "examenzaal 2026!").set("a", "1")
    kdf = json.loads(path.read_text("utf-8"))["kdf"]
    assert {key: kdf[key] for key in ("name", "t", "m", "p")} == {
        "name": "argon2id",
        "t": 3,
        "m": 65536,
        "p": 2,
    }
    assert secrets.PassphraseFileStore(path, "examenzaal 2026!", create=False).get("a") == "1"


def test_short_new_passphrase_is_refused(data_dir: Path) -> None:
    with pytest.raises(InvalidInput, match="at least 12"):
        open_station(data_dir, keyring_backend=None, passphrase="kort")
    assert not paths.secrets_path(data_dir).exists()


def test_damaged_key_file_is_reported(data_dir: Path) -> None:
    paths.secrets_path(data_dir).write_text("{not json", "utf-8")
    with pytest.raises(SecretsUnavailable, match="damaged"):
        secrets.PassphraseFileStore(paths.secrets_path(data_dir), "examenzaal 2026!")


def test_passphrase_comes_from_the_environment_for_the_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(secrets.PASSPHRASE_ENV, "uit de omgeving")
    assert secrets.passphrase_from_environment() == "uit de omgeving"
    monkeypatch.delenv(secrets.PASSPHRASE_ENV)
    assert secrets.passphrase_from_environment() is None


def test_memory_store_round_trip() -> None:
    store = secrets.MemoryStore()
    store.set("a", "1")
    assert store.get("a") == "1"
    store.delete("a")
    assert store.get("a") is None
