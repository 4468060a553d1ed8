"""Slowing down guesses: sign-ins and the station passphrase after failures (issue 13, finding 11).

The first :data:`FREE_ATTEMPTS` failures cost nothing more than the password hash itself; after that
each further failure doubles the wait before the next attempt is even checked, up to
:data:`MAX_WAIT_SECONDS`. The wait is said in the refusal, so a person who mistyped knows how long to wait.
A success starts afresh. The counts live in the open station and are kept after each change (the
station passphrase's beside the database, which it unlocks; the others in it: :func:`save`, :func:`restore`),
so that closing and opening examdesk does not start the count afresh either; the passphrase's hash (Argon2id, 64 MiB) already makes each guess cost a fraction of a second.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.core.throttle import FIRST_WAIT_SECONDS as FIRST_WAIT_SECONDS  # the numbers, said here too
from examdesk.core.throttle import FREE_ATTEMPTS as FREE_ATTEMPTS
from examdesk.core.throttle import MAX_WAIT_SECONDS as MAX_WAIT_SECONDS
from examdesk.core.throttle import PASSPHRASE as PASSPHRASE
from examdesk.core.throttle import seconds_left, wait_seconds

WAIT = QT_TRANSLATE_NOOP("Throttle", "Too many wrong attempts. Wait {seconds} seconds before you try again.")


@dataclass
class _Count:
    failures: int = 0
    until_ns: int = 0


def _counts(cache: dict[str, object]) -> dict[str, _Count]:
    found = cache.get("throttle")
    if not isinstance(found, dict):
        found = {}
        cache["throttle"] = found
    return found


def waiting(cache: dict[str, object], key: str, now_ns: int) -> Message | None:
    """The sentence to refuse with while ``key`` must still wait, else ``None``."""
    count = _counts(cache).get(key)
    if count is None or now_ns >= count.until_ns:
        return None
    return message(WAIT, seconds=math.ceil((count.until_ns - now_ns) / 1e9))


def failed(cache: dict[str, object], key: str, now_ns: int) -> int:
    """Count a failure of ``key``; returns the seconds to wait before the next attempt (0 for none)."""
    count = _counts(cache).setdefault(key, _Count())
    count.failures += 1
    seconds = wait_seconds(count.failures)
    if seconds == 0:
        return 0
    count.until_ns = now_ns + seconds * 1_000_000_000
    return seconds


def succeeded(cache: dict[str, object], key: str) -> bool:
    """A success starts afresh; True when there was a count to forget."""
    return _counts(cache).pop(key, None) is not None


SETTING_KEY = "throttle"
# Counted before the database is open (issue 13: a passphrase station's database opens with the passphrase),
# so kept in a small file beside it; every other count is kept in the database.
LOCKED_KEYS = frozenset({PASSPHRASE})


def save(station: Any) -> None:
    """Keep the counts, each wait as the wall-clock moment it ends: the station passphrase's in a file
    beside the database, the others in the database. A read-only station (issue 13: another window holds it)
    keeps its counts in memory only: it writes nothing into the station it reads."""
    if getattr(station, "read_only", None) is not None:
        return
    from examdesk import paths
    from examdesk.store import files
    from examdesk.store.db import transaction
    from examdesk.store.models import SettingRow

    reading = station.clock.read()
    kept = {
        key: {
            "failures": count.failures,
            "until": (
                reading.wall + timedelta(microseconds=max(0, count.until_ns - reading.monotonic_ns) / 1000)
            ).isoformat(),
        }
        for key, count in _counts(station.cache).items()
    }
    beside = {key: value for key, value in kept.items() if key in LOCKED_KEYS}
    files.write_atomically(paths.throttle_path(station.data_dir), json.dumps(beside, sort_keys=True).encode())
    if not station.database_open:
        return
    inside = {key: value for key, value in kept.items() if key not in LOCKED_KEYS}
    with transaction(station.engine) as session:
        row = session.get(SettingRow, SETTING_KEY) or SettingRow(key=SETTING_KEY, value="")
        row.value = json.dumps(inside, sort_keys=True)
        session.add(row)


def restore(station: Any) -> None:
    """The counts as the station last kept them: a wait that had not ended yet goes on (never longer than
    :data:`MAX_WAIT_SECONDS`, whatever the clock did meanwhile). The database's only once it is open."""
    from examdesk import paths
    from examdesk.store.db import read_transaction
    from examdesk.store.models import SettingRow

    try:
        texts = [paths.throttle_path(station.data_dir).read_text("utf-8")]
    except (OSError, ValueError):
        texts = []
    if station.database_open:
        with read_transaction(station.engine) as session:
            row = session.get(SettingRow, SETTING_KEY)
            texts.append(row.value if row is not None else "{}")
    for text in texts:
        _restore_from(station, text)


def _restore_from(station: Any, text: str) -> None:
    try:
        kept = json.loads(text)
        reading = station.clock.read()
        counts = _counts(station.cache)
        for key, value in kept.items():
            if key in counts:
                continue
            left = seconds_left(datetime.fromisoformat(value["until"]), reading.wall)
            counts[key] = _Count(int(value["failures"]), reading.monotonic_ns + int(left * 1e9))
    except (ValueError, KeyError, TypeError, AttributeError):
        return  # a damaged record of counts starts afresh rather than locking anyone out
