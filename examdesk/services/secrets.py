"""The station's secrets (data key, signing-key passphrase) behind one small interface.

The operating system's keyring is used only when ``keyring.core.recommended`` says its backend is a
real one. Otherwise the secrets live in an encrypted file in the data folder, unlocked by a passphrase:
``EXAMDESK_KEY_PASSPHRASE`` for the CLI, a prompt in the GUI (cli.md "Secrets without a desktop
keyring"). Tests inject :class:`MemoryStore` and never touch a real keyring.
"""

from __future__ import annotations

import base64
import json
import os
import secrets as pysecrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services.errors import InvalidInput, SecretsUnavailable

PASSPHRASE_ENV = "EXAMDESK_KEY_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 12
KEYRING_SERVICE = "examdesk"

NEED_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Secrets",
    "This computer has no usable keyring, so the station's keys are kept in an encrypted file that needs "
    "the station passphrase. Set the environment variable EXAMDESK_KEY_PASSPHRASE to it.",
)
_WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("Secrets", "The station passphrase is wrong.")
_DAMAGED = QT_TRANSLATE_NOOP("Secrets", "The key file {path} is damaged and cannot be read.")
_SHORT = QT_TRANSLATE_NOOP("Secrets", "Choose a station passphrase of at least {count} characters.")
_KEYRING_FAILED = QT_TRANSLATE_NOOP("Secrets", "The system keyring did not answer: {reason}")
NOTICE_FALLBACK = QT_TRANSLATE_NOOP(
    "Secrets",
    "No system keyring: the station's keys are in an encrypted file in the data folder, unlocked with the station passphrase.",
)
NOTICE_DEMO = QT_TRANSLATE_NOOP("Secrets", "Demo station: its keys are kept unprotected in the demo folder.")


class SecretStore(Protocol):
    """Named secrets of one station."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class MemoryStore:
    """Secrets in memory only: for tests."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)


class KeyringStore:
    """Secrets in the operating system's keyring, under one service name per station."""

    def __init__(self, backend: Any, station_id: str) -> None:
        self._backend = backend
        self._service = f"{KEYRING_SERVICE}/{station_id}"

    def get(self, name: str) -> str | None:
        try:
            value: str | None = self._backend.get_password(self._service, name)
        except Exception as exc:  # keyring backends raise their own types (D-Bus, Windows, macOS)
            raise SecretsUnavailable(message(_KEYRING_FAILED, reason=str(exc))) from exc
        return value

    def set(self, name: str, value: str) -> None:
        try:
            self._backend.set_password(self._service, name, value)
        except Exception as exc:
            raise SecretsUnavailable(message(_KEYRING_FAILED, reason=str(exc))) from exc

    def delete(self, name: str) -> None:
        try:
            self._backend.delete_password(self._service, name)
        except Exception:  # deleting what is not there is fine
            pass


class PassphraseFileStore:
    """Secrets in one file, each encrypted with AES-256-GCM under a key derived from a passphrase (Argon2id).

    The file holds a salt, the KDF parameters and a check value that tells a wrong passphrase from a
    damaged file. Writes replace the file atomically.
    """

    _CHECK = "examdesk-passphrase-check"

    def __init__(self, path: Path, passphrase: str) -> None:
        self._path = path
        data = self._load()
        if data is None:
            if len(passphrase) < MIN_PASSPHRASE_LENGTH:
                raise InvalidInput(message(_SHORT, count=MIN_PASSPHRASE_LENGTH))
            salt = pysecrets.token_bytes(16)
            data = {
                "version": 1,
                "kdf": {"name": "argon2id", "t": 3, "m": 65536, "p": 2, "salt": _b64(salt)},
                "items": {},
            }
            self._key = self._derive(passphrase, data["kdf"])
            data["check"] = self._seal(self._CHECK)
            self._data = data
            self._save()
        else:
            try:
                self._key = self._derive(passphrase, data["kdf"])
                check = data["check"]
            except (KeyError, TypeError, ValueError) as exc:
                raise SecretsUnavailable(message(_DAMAGED, path=str(path))) from exc
            if self._open(check) != self._CHECK:
                raise SecretsUnavailable(message(_WRONG_PASSPHRASE))
            self._data = data

    @staticmethod
    def exists(path: Path) -> bool:
        return path.exists()

    def get(self, name: str) -> str | None:
        sealed = self._data["items"].get(name)
        if sealed is None:
            return None
        value = self._open(sealed)
        if value is None:
            raise SecretsUnavailable(message(_DAMAGED, path=str(self._path)))
        return value

    def set(self, name: str, value: str) -> None:
        self._data["items"][name] = self._seal(value)
        self._save()

    def delete(self, name: str) -> None:
        if self._data["items"].pop(name, None) is not None:
            self._save()

    def _load(self) -> dict[str, Any] | None:
        if not self._path.exists():
            return None
        try:
            loaded: dict[str, Any] = json.loads(self._path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise SecretsUnavailable(message(_DAMAGED, path=str(self._path))) from exc
        return loaded

    def _save(self) -> None:
        temporary = self._path.with_suffix(".tmp")
        temporary.write_text(json.dumps(self._data, indent=1), "utf-8")
        os.replace(temporary, self._path)

    @staticmethod
    def _derive(passphrase: str, kdf: dict[str, Any]) -> bytes:
        from argon2.low_level import Type, hash_secret_raw

        return hash_secret_raw(
            passphrase.encode("utf-8"),
            base64.b64decode(kdf["salt"]),
            time_cost=int(kdf["t"]),
            memory_cost=int(kdf["m"]),
            parallelism=int(kdf["p"]),
            hash_len=32,
            type=Type.ID,
        )

    def _seal(self, value: str) -> str:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = pysecrets.token_bytes(12)
        return _b64(nonce + AESGCM(self._key).encrypt(nonce, value.encode("utf-8"), None))

    def _open(self, sealed: str) -> str | None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            raw = base64.b64decode(sealed)
            return AESGCM(self._key).decrypt(raw[:12], raw[12:], None).decode("utf-8")
        except (InvalidTag, ValueError):
            return None


class SecretsKind(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE_FILE = "passphrase_file"
    DEMO = "demo"
    MEMORY = "memory"


@dataclass(frozen=True)
class SecretsChoice:
    """Which store a station uses, and the notice to show when it is not the system keyring."""

    kind: SecretsKind
    notice: Message | None


DEMO_PASSPHRASE = "examdesk-demo-station"  # demo folders hold only invented data (cli.md)


def system_keyring() -> Any | None:
    """The keyring backend when it is a real one (``keyring.core.recommended``), else ``None``."""
    try:
        import keyring
        import keyring.core

        backend = keyring.get_keyring()
        return backend if keyring.core.recommended(backend) else None
    except Exception:  # a broken keyring installation is the same as none
        return None


def choose(is_demo: bool, backend: Any | None) -> SecretsChoice:
    """Decide where this station's secrets live."""
    if is_demo:
        return SecretsChoice(SecretsKind.DEMO, message(NOTICE_DEMO))
    if backend is not None:
        return SecretsChoice(SecretsKind.KEYRING, None)
    return SecretsChoice(SecretsKind.PASSPHRASE_FILE, message(NOTICE_FALLBACK))


def open_store(
    choice: SecretsChoice, *, path: Path, station_id: str, backend: Any | None, passphrase: str | None
) -> SecretStore:
    """Open the store ``choice`` names. Without a passphrase the fallback raises :class:`SecretsUnavailable`."""
    if choice.kind is SecretsKind.KEYRING:
        return KeyringStore(backend, station_id)
    if choice.kind is SecretsKind.DEMO:
        return PassphraseFileStore(path, DEMO_PASSPHRASE)
    if choice.kind is SecretsKind.MEMORY:
        return MemoryStore()
    if not passphrase:
        raise SecretsUnavailable(message(NEED_PASSPHRASE))
    return PassphraseFileStore(path, passphrase)


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
