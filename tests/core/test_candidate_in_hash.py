"""The candidate id is an integer in the record and its decimal text in the hash (issue 12, finding 5).

Until revision 0007 the event log kept the id as text, and every hash of every station was computed over
that text: the integer must hash to exactly the same bytes, or no existing chain would verify (R-PV-3).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from examdesk.core.eventchain import GENESIS_HASH, EventRecord, canonical_json, event_hash
from examdesk.core.keyedchain import keyed_document, keyed_hash

KEY = b"k" * 32
RECORD = EventRecord(
    "st-1",
    7,
    datetime(2026, 6, 12, 7, 30, 0, 40000, tzinfo=UTC),
    123456789,
    "run-1",
    "beheer",
    "candidate.finished",
    "S-1",
    1042,
    '{"a":1}',
    None,
    GENESIS_HASH,
)
# Computed by the code before 0007, with the candidate id as the text "1042" (and as null).
UNKEYED_1042 = "ac112cd2d5bc765452641351ee5c84206fe934e26f61509eb8c3c16938b5d43b"
KEYED_1042 = "1442586359fc17dfd513963c4af2a6c9483809fb4eac237839f1d879ce836851"
UNKEYED_NONE = "5d4b1e63433dab36e9336561ad426e8bcbb8f159941e2543602c6d20e4e34d91"
KEYED_NONE = "7a1559e04d9fde1bd16cb4cb7c0a2cc9394e4cb81b86874a9abc4fbd6c491267"


# R-PV-3
def test_an_integer_candidate_id_hashes_as_the_text_the_log_kept_before_R_PV_3() -> None:
    assert event_hash(RECORD) == UNKEYED_1042
    assert keyed_hash(KEY, 88, RECORD) == KEYED_1042
    assert keyed_document(88, RECORD)["candidate"] == "1042"
    assert '"candidate":"1042"' in canonical_json(keyed_document(88, RECORD))


# R-PV-3
def test_no_candidate_hashes_as_null_as_before_R_PV_3() -> None:
    record = replace(RECORD, candidate_id=None)
    assert event_hash(record) == UNKEYED_NONE
    assert keyed_hash(KEY, 88, record) == KEYED_NONE


def test_a_candidate_id_that_is_not_an_integer_is_refused_not_spelled_otherwise() -> None:
    text: Any = "1042"
    record = replace(RECORD, candidate_id=text)
    with pytest.raises(TypeError):
        keyed_hash(KEY, 88, record)
    with pytest.raises(TypeError):
        event_hash(record)
