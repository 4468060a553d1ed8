"""The station's data key: encrypts personal data at rest (R-BSN-6), kept by the secrets interface.

Issue 13, findings 1 and 9: the key is created once, in one locked read-modify-write of the secret store,
and the database records a check value of it (a keyed hash, not the key). From then on a store without
the key, or with another key, is refused with a sentence: a new key would make every sealed BSN unreadable
for good, so examdesk never makes one silently.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets as pysecrets

from sqlalchemy.exc import IntegrityError

from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services.errors import SecretsUnavailable
from examdesk.services.station_base import DATA_KEY_CHECK, Station
from examdesk.store.db import transaction
from examdesk.store.models import SettingRow

DATA_KEY_NAME = "data-key"
_CHECK_INFO = b"examdesk data key check v1"

_KEY_LOST = QT_TRANSLATE_NOOP(
    "Keys",
    "This station's data key is missing from its key store, but its database holds data locked with it. "
    "Nothing was changed: put back the key file (or keyring entry) from the station's backup.",
)
_OTHER_KEY = QT_TRANSLATE_NOOP(
    "Keys",
    "The key store holds another station's data key, not the one this database was locked with. Nothing was "
    "changed: put back this station's own key file (or keyring entry).",
)


def key_check(key: bytes) -> str:
    """A value that tells whether a key is this station's without revealing it."""
    return hmac.new(key, _CHECK_INFO, hashlib.sha256).hexdigest()


def data_key(station: Station) -> bytes:
    """The station's 256-bit data key, created on first use, exactly once (issue 13, finding 1)."""
    cached = station.cache.get(DATA_KEY_NAME)
    if isinstance(cached, bytes):
        return cached
    store = station.secrets()
    stored = store.get(DATA_KEY_NAME)
    recorded = _recorded_check(station)
    if stored is None:
        if recorded is not None:
            raise SecretsUnavailable(message(_KEY_LOST))
        fresh = base64.b64encode(pysecrets.token_bytes(32)).decode("ascii")
        # The store decides under its lock: a key another process created first is kept, never replaced.
        stored = store.update(DATA_KEY_NAME, lambda current: current or fresh)
        assert stored is not None
    key = base64.b64decode(stored)
    check = key_check(key)
    if recorded is None:
        recorded = _record_check(station, check)
    if not hmac.compare_digest(recorded, check):
        raise SecretsUnavailable(message(_OTHER_KEY))
    station.cache[DATA_KEY_NAME] = key
    return key


def _recorded_check(station: Station) -> str | None:
    with transaction(station.engine) as session:
        row = session.get(SettingRow, DATA_KEY_CHECK)
        return str(json.loads(row.value)) if row is not None else None


def _record_check(station: Station, check: str) -> str:
    """Record ``check`` unless another process recorded one first; the recorded one is returned."""
    try:
        with transaction(station.engine) as session:
            row = session.get(SettingRow, DATA_KEY_CHECK)
            if row is not None:
                return str(json.loads(row.value))
            session.add(SettingRow(key=DATA_KEY_CHECK, value=json.dumps(check)))
    except IntegrityError:
        recorded = _recorded_check(station)
        assert recorded is not None
        return recorded
    return check
