"""What the two-process key-file tests (test_key_safety.py) run in processes of their own.

A spawned process imports the module of the function it runs; this one imports only the key file's store,
not the test module with the station, SQLAlchemy and pytest (a second of start-up for each process).
"""

from __future__ import annotations

import base64
import secrets as pysecrets
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

from examdesk.services.secrets import PassphraseFileStore

PASSPHRASE = "examenzaal 2026!"
DATA_KEY_NAME = "data-key"  # examdesk.services.keys.DATA_KEY_NAME (test_key_safety checks they agree)


def create_key_when_released(path: str, barrier: Barrier, results: Queue[str | None]) -> None:
    """Wait for the others, then create the data key unless one is there: what a station's first run does."""
    store = PassphraseFileStore(Path(path), PASSPHRASE)
    fresh = base64.b64encode(pysecrets.token_bytes(32)).decode("ascii")
    barrier.wait()
    results.put(store.update(DATA_KEY_NAME, lambda current: current or fresh))


def add_a_secret(path: str, name: str, value: str) -> None:
    PassphraseFileStore(Path(path), PASSPHRASE).set(name, value)
