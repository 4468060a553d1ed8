"""The station's secrets (data key, signing-key passphrase) behind one small interface.

The operating system's keyring is used only when ``keyring.core.recommended`` says its backend is a
real one. Otherwise the secrets live in an encrypted file in the data folder, unlocked by a passphrase:
``EXAMDESK_KEY_PASSPHRASE`` for the CLI, a prompt in the GUI (cli.md "Secrets without a desktop
keyring"). Tests inject :class:`MemoryStore` and never touch a real keyring.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets as pysecrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services.errors import InvalidInput, SecretsUnavailable
from examdesk.station_file import NOTICE_FALLBACK as NOTICE_FALLBACK  # light: the early page says it too
from examdesk.store import files

PASSPHRASE_ENV = "EXAMDESK_KEY_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 12
KEYRING_SERVICE = "examdesk"

NEED_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Secrets",
    "This computer has no usable keyring, so the station's keys are kept in an encrypted file that needs "
    "the station passphrase. Set the environment variable EXAMDESK_KEY_PASSPHRASE to it.",
)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("Secrets", "The station passphrase is wrong.")
_DAMAGED = QT_TRANSLATE_NOOP("Secrets", "The key file {path} is damaged and cannot be read.")
_MISSING = QT_TRANSLATE_NOOP(
    "Secrets",
    "The key file {path} is missing, but this station's data was locked with it. Put the key file back "
    "(from the station's backup); examdesk does not make a new one, because the data locked with the old "
    "one could then never be read again.",
)
_REPLACED = QT_TRANSLATE_NOOP(
    "Secrets",
    "The key file {path} was replaced by another one while examdesk was running. Nothing was changed; "
    "put the station's own key file back and start examdesk again.",
)
_CANNOT_SAVE = QT_TRANSLATE_NOOP(
    "Secrets", "The key file {path} cannot be written ({reason}). It was left as it was."
)
_SHORT = QT_TRANSLATE_NOOP("Secrets", "Choose a station passphrase of at least {count} characters.")
_KEYRING_FAILED = QT_TRANSLATE_NOOP("Secrets", "The system keyring did not answer: {reason}")
NOTICE_DEMO = QT_TRANSLATE_NOOP("Secrets", "Demo station: its keys are kept unprotected in the demo folder.")


class SecretStore(Protocol):
    """Named secrets of one station."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...

    def update(self, name: str, change: Callable[[str | None], str | None]) -> str | None:
        """Read ``name``, let ``change`` decide its new value, and write it: one step no other writer splits."""
        ...


class ReadOnlySecrets:
    """A station's secrets seen from a read-only window (issue 13): read as they are, never written."""

    def __init__(self, inner: SecretStore, refusal: Message) -> None:
        self._inner = inner
        self._refusal = refusal

    def get(self, name: str) -> str | None:
        return self._inner.get(name)

    def set(self, name: str, value: str) -> None:
        raise self._refused()

    def delete(self, name: str) -> None:
        raise self._refused()

    def update(self, name: str, change: Callable[[str | None], str | None]) -> str | None:
        raise self._refused()

    def _refused(self) -> Exception:
        # Imported here: the database layer brings SQLAlchemy, which a process that only opens the key file
        # does without (tests/services/key_workers.py: a third of a second for each process).
        from examdesk.store.db import ReadOnlyStation

        return ReadOnlyStation(self._refusal)


class MemoryStore:
    """Secrets in memory only: for tests."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}
        self._guard = threading.Lock()

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)

    def update(self, name: str, change: Callable[[str | None], str | None]) -> str | None:
        with self._guard:
            value = change(self._values.get(name))
            if value is None:
                self._values.pop(name, None)
            else:
                self._values[name] = value
            return value


class KeyringStore:
    """Secrets in the operating system's keyring, under one service name per station.

    A keyring has no read-modify-write of its own, so :meth:`update` holds the station's lock file while
    it reads and writes (issue 13: the data key is never created twice).
    """

    def __init__(self, backend: Any, station_id: str, lock_path: Path | None = None) -> None:
        self._backend = backend
        self._service = f"{KEYRING_SERVICE}/{station_id}"
        self._lock_path = lock_path

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

    def update(self, name: str, change: Callable[[str | None], str | None]) -> str | None:
        with contextlib.ExitStack() as stack:
            if self._lock_path is not None:
                stack.enter_context(files.exclusive_lock(self._lock_path))
            current = self.get(name)
            value = change(current)
            if value != current:
                if value is None:
                    self.delete(name)
                else:
                    self.set(name, value)
            return value


PASSPHRASE_KDF_COST: dict[str, int] = {"t": 3, "m": 65536, "p": 2}
"""argon2id's cost for a new key file: 3 passes over 64 MiB, 2 lanes. It is written into the file, so a
file opens with the cost it was made with. (The test suite lowers it for its own throwaway stations in
tests/conftest.py; one test there proves this value.)"""


class PassphraseFileStore:
    """Secrets in one file, each encrypted with AES-256-GCM under a key derived from a passphrase (Argon2id).

    The file holds a salt, the KDF parameters and a check value that tells a wrong passphrase from a
    damaged file. Issue 13, findings 1, 9 and 10: every change happens under an exclusive lock on a lock
    file beside it, on the file as it is on the disk at that moment (re-read under the lock), and is written
    to a temporary file that is flushed and renamed over the old one, the folder flushed after. Reads pick up
    what other processes wrote. A missing key file is created only when ``create`` says this station has
    never had one; a damaged one is refused, never replaced.
    """

    _CHECK = "examdesk-passphrase-check"

    def __init__(self, path: Path, passphrase: str, *, create: bool = True) -> None:
        self._path = path
        self._lock_path = path.with_name(path.name + ".lock")
        self._seen: tuple[int, int, int] | None = None
        with files.exclusive_lock(self._lock_path):
            data = self._load()
            if data is None:
                if not create:
                    raise SecretsUnavailable(message(_MISSING, path=str(path)))
                if len(passphrase) < MIN_PASSPHRASE_LENGTH:
                    raise InvalidInput(message(_SHORT, count=MIN_PASSPHRASE_LENGTH))
                salt = pysecrets.token_bytes(16)
                data = {
                    "version": 1,
                    "kdf": {"name": "argon2id", **PASSPHRASE_KDF_COST, "salt": _b64(salt)},
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
                    raise SecretsUnavailable(message(WRONG_PASSPHRASE))
                self._data = data

    @staticmethod
    def exists(path: Path) -> bool:
        return path.exists()

    def get(self, name: str) -> str | None:
        self._refresh()
        sealed = self._items().get(name)
        if sealed is None:
            return None
        value = self._open(sealed)
        if value is None:
            raise SecretsUnavailable(message(_DAMAGED, path=str(self._path)))
        return value

    def set(self, name: str, value: str) -> None:
        self.update(name, lambda _current: value)

    def delete(self, name: str) -> None:
        self.update(name, lambda _current: None)

    def update(self, name: str, change: Callable[[str | None], str | None]) -> str | None:
        with files.exclusive_lock(self._lock_path):
            self._refresh(force=True)
            current = self.get(name)
            value = change(current)
            if value != current:
                if value is None:
                    self._items().pop(name, None)
                else:
                    self._items()[name] = self._seal(value)
                self._save()
            return value

    def _items(self) -> dict[str, str]:
        items = self._data.get("items")
        if not isinstance(items, dict):
            raise SecretsUnavailable(message(_DAMAGED, path=str(self._path)))
        return items

    def _refresh(self, force: bool = False) -> None:
        """Re-read the file when another process replaced it since this one last read or wrote it."""
        try:
            status = self._path.stat()
        except FileNotFoundError as exc:
            raise SecretsUnavailable(message(_MISSING, path=str(self._path))) from exc
        stamp = (status.st_ino, status.st_mtime_ns, status.st_size)
        if not force and stamp == self._seen:
            return
        data = self._load()
        if data is None:
            raise SecretsUnavailable(message(_MISSING, path=str(self._path)))
        if data.get("check") != self._data.get("check"):
            raise SecretsUnavailable(message(_REPLACED, path=str(self._path)))
        self._data = data

    def _load(self) -> dict[str, Any] | None:
        try:
            status = self._path.stat()
            raw = self._path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise SecretsUnavailable(message(_DAMAGED, path=str(self._path))) from exc
        try:
            loaded = json.loads(raw.decode("utf-8"))
        except ValueError as exc:
            raise SecretsUnavailable(message(_DAMAGED, path=str(self._path))) from exc
        if not isinstance(loaded, dict):
            raise SecretsUnavailable(message(_DAMAGED, path=str(self._path)))
        files.make_private(self._path)
        self._seen = (status.st_ino, status.st_mtime_ns, status.st_size)
        return loaded

    def _save(self) -> None:
        try:
            files.write_atomically(self._path, json.dumps(self._data, indent=1).encode("utf-8"))
        except OSError as exc:
            from examdesk.store.db import disk_full, is_disk_full  # SQLAlchemy: only when a write failed

            if is_disk_full(exc):
                raise disk_full(self._path.parent) from exc
            raise SecretsUnavailable(
                message(_CANNOT_SAVE, path=str(self._path), reason=exc.strerror)
            ) from exc
        # Issue 13, finding 8: the key file is the user's alone also where it would inherit more (Windows);
        # a failure is logged with its sentence, and the data folder's own says it in the window.
        files.restrict_to_user(self._path, folder=False)
        status = self._path.stat()
        self._seen = (status.st_ino, status.st_mtime_ns, status.st_size)

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
        except (InvalidTag, ValueError, TypeError):
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
    choice: SecretsChoice,
    *,
    path: Path,
    station_id: str,
    backend: Any | None,
    passphrase: str | None,
    create: bool = True,
) -> SecretStore:
    """Open the store ``choice`` names. Without a passphrase the fallback raises :class:`SecretsUnavailable`.

    ``create`` is false once the station has keys: a missing key file is then refused, not made anew.
    """
    if choice.kind is SecretsKind.KEYRING:
        return KeyringStore(backend, station_id, path.with_name(path.name + ".lock"))
    if choice.kind is SecretsKind.DEMO:
        return PassphraseFileStore(path, DEMO_PASSPHRASE, create=create)
    if choice.kind is SecretsKind.MEMORY:
        return MemoryStore()
    if not passphrase:
        raise SecretsUnavailable(message(NEED_PASSPHRASE))
    return PassphraseFileStore(path, passphrase, create=create)


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
