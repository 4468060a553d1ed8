"""The sentences a migration says when it refuses the data it finds. Here, not in the revisions themselves:
``tools/translations.py`` reads no migration, and these are shown to the person who opens the station."""

from __future__ import annotations

from examdesk.core.text import QT_TRANSLATE_NOOP

# Revision 0007 (issue 12, finding 5): a candidate id that is not an integer's decimal text.
EVENT_CANDIDATE_NOT_AN_ID = QT_TRANSLATE_NOOP(
    "Database",
    "event {seq} of station {station} names the candidate “{value}”, which is not a candidate id (a whole "
    "number), so the candidate ids cannot be stored as numbers",
)
COPIED_CANDIDATE_NOT_AN_ID = QT_TRANSLATE_NOOP(
    "Database",
    "the copied event {seq} of station {station} names the candidate “{value}”, which is not a candidate id "
    "(a whole number), so the candidate ids cannot be stored as numbers",
)
