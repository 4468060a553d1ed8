"""Slowing down guesses: sign-ins and the station passphrase after failures (issue 13, finding 11).

The first :data:`FREE_ATTEMPTS` failures cost nothing more than the password hash itself; after that
each further failure doubles the wait before the next attempt is even checked, up to
:data:`MAX_WAIT_SECONDS`. The wait is said in the refusal, so a person who mistyped knows how long to wait.
A success starts afresh. The counts live in the open station (one desk, one program); the passphrase's
hash (Argon2id, 64 MiB) already makes each guess cost a fraction of a second.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

FREE_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 2
MAX_WAIT_SECONDS = 300

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
    if count.failures < FREE_ATTEMPTS:
        return 0
    seconds = int(min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (count.failures - FREE_ATTEMPTS)))
    count.until_ns = now_ns + seconds * 1_000_000_000
    return seconds


def succeeded(cache: dict[str, object], key: str) -> None:
    _counts(cache).pop(key, None)
