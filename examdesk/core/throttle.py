"""How wrong attempts hold the next ones back (issue 13, finding 11): the numbers and the two calculations,
shared by the services' throttle (``services/throttle.py``) and the passphrase page, which shows a wait
before anything heavy is imported (``ui/sign_in.py``, issue 17). Pure, standard library only.
"""

from __future__ import annotations

from datetime import datetime

FREE_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 2
MAX_WAIT_SECONDS = 300

PASSPHRASE = "passphrase"
"""The count of the station passphrase: kept beside the database (``throttle.json``), which it unlocks."""


def wait_seconds(failures: int) -> int:
    """The seconds to wait before the next attempt after ``failures`` failures in a row (0 for none): the
    first :data:`FREE_ATTEMPTS` cost nothing more, then each doubles the wait, up to :data:`MAX_WAIT_SECONDS`."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_ATTEMPTS)))


def seconds_left(until: datetime, now: datetime) -> float:
    """What is left of a kept wait that ends at ``until``: never below 0, and never more than
    :data:`MAX_WAIT_SECONDS`, whatever the clock did while examdesk was closed."""
    return min(max((until - now).total_seconds(), 0.0), MAX_WAIT_SECONDS)
