"""The station's data key: encrypts personal data at rest (R-BSN-6), kept by the secrets interface."""

from __future__ import annotations

import base64
import secrets as pysecrets

from examdesk.services.station import Station

DATA_KEY_NAME = "data-key"


def data_key(station: Station) -> bytes:
    """The station's 256-bit data key, created on first use."""
    store = station.secrets()
    stored = store.get(DATA_KEY_NAME)
    if stored is None:
        stored = base64.b64encode(pysecrets.token_bytes(32)).decode("ascii")
        store.set(DATA_KEY_NAME, stored)
    return base64.b64decode(stored)
