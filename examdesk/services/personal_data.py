"""BSNs at rest (R-BSN-6): encrypted with the station's data key, found again through a keyed hash.

The ciphertext is AES-256-GCM under a key derived from the data key (HKDF, "examdesk bsn encryption");
look-ups use HMAC-SHA256 under a second derived key, so the hash reveals nothing without the data key
and equal BSNs can still be matched (a roster correction, a second sitting).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from functools import lru_cache

from examdesk.core import bsn

_ENCRYPTION_INFO = b"examdesk bsn encryption v1"
_LOOKUP_INFO = b"examdesk bsn lookup v1"


@lru_cache(maxsize=16)
def _derive(data_key: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(data_key)


def seal_bsn(data_key: bytes, value: str) -> str:
    """The normalised BSN encrypted for storage."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_derive(data_key, _ENCRYPTION_INFO)).encrypt(
        nonce, bsn.normalise(value).encode("ascii"), _ENCRYPTION_INFO
    )
    return base64.b64encode(nonce + sealed).decode("ascii")


def open_bsn(data_key: bytes, stored: str) -> str:
    """The BSN back from its stored form; raises ``ValueError`` when the key is wrong or the data changed."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    raw = base64.b64decode(stored)
    try:
        return (
            AESGCM(_derive(data_key, _ENCRYPTION_INFO))
            .decrypt(raw[:12], raw[12:], _ENCRYPTION_INFO)
            .decode("ascii")
        )
    except InvalidTag as error:
        raise ValueError("the stored BSN cannot be opened with this data key") from error


def bsn_lookup_hash(data_key: bytes, value: str) -> str:
    """A keyed hash of the normalised BSN, for finding a candidate without decrypting every row."""
    key = _derive(data_key, _LOOKUP_INFO)
    return hmac.new(key, bsn.normalise(value).encode("ascii"), hashlib.sha256).hexdigest()
