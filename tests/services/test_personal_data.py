"""BSNs at rest: encrypted, and found through a keyed hash (R-BSN-6)."""

from __future__ import annotations

import secrets

import pytest

from examdesk.services.personal_data import bsn_lookup_hash, open_bsn, seal_bsn

KEY = secrets.token_bytes(32)


# R-BSN-6
def test_stored_bsn_is_encrypted_and_opens_again_R_BSN_6() -> None:
    stored = seal_bsn(KEY, "9999 93 653")
    assert "999993653" not in stored and "3653" not in stored
    assert open_bsn(KEY, stored) == "999993653"


# R-BSN-6
def test_the_same_bsn_encrypts_differently_each_time_R_BSN_6() -> None:
    assert seal_bsn(KEY, "999993653") != seal_bsn(KEY, "999993653")


# R-BSN-6
def test_a_wrong_key_or_changed_data_does_not_open_R_BSN_6() -> None:
    stored = seal_bsn(KEY, "999993653")
    with pytest.raises(ValueError):
        open_bsn(secrets.token_bytes(32), stored)


# R-BSN-6
def test_lookup_hash_matches_equal_bsns_and_depends_on_the_key_R_BSN_6() -> None:
    assert bsn_lookup_hash(KEY, "999993653") == bsn_lookup_hash(KEY, "9999.93.653")
    assert bsn_lookup_hash(KEY, "999993653") != bsn_lookup_hash(KEY, "999993847")
    assert bsn_lookup_hash(KEY, "999993653") != bsn_lookup_hash(secrets.token_bytes(32), "999993653")
    assert "999993653" not in bsn_lookup_hash(KEY, "999993653")
