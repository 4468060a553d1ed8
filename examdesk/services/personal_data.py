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
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services.errors import SecretsUnavailable

_ENCRYPTION_INFO = b"examdesk bsn encryption v1"
_LOOKUP_INFO = b"examdesk bsn lookup v1"
_UNREADABLE = QT_TRANSLATE_NOOP(
    "PersonalData",
    "This candidate's BSN cannot be read with the station's data key: the key store holds another key than "
    "the one the BSN was locked with. Nothing was changed; put back the station's own key file (or keyring "
    "entry) from its backup.",
)


class UnreadableBsn(SecretsUnavailable, ValueError):
    """A stored BSN that this data key does not open (issue 13, finding 1): a sentence, not a crash."""


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
    """The BSN back from its stored form; raises :class:`UnreadableBsn` when the key is wrong or the data changed."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = base64.b64decode(stored)
        return (
            AESGCM(_derive(data_key, _ENCRYPTION_INFO))
            .decrypt(raw[:12], raw[12:], _ENCRYPTION_INFO)
            .decode("ascii")
        )
    except (InvalidTag, ValueError) as error:
        raise UnreadableBsn(message(_UNREADABLE)) from error


def bsn_lookup_hash(data_key: bytes, value: str) -> str:
    """A keyed hash of the normalised BSN, for finding a candidate without decrypting every row."""
    key = _derive(data_key, _LOOKUP_INFO)
    return hmac.new(key, bsn.normalise(value).encode("ascii"), hashlib.sha256).hexdigest()
