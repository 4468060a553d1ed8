"""One question of an inzage as the viewer gets it."""

from __future__ import annotations

from dataclasses import dataclass

from examdesk.core.items import AnyItem, Response
from examdesk.core.scoring import ItemScore


@dataclass(frozen=True)
class ViewerEntry:
    """A question with the candidate's response and its score (R-INZ-1)."""

    number: int  # the question number as the candidate saw it
    item: AnyItem
    response: Response | None  # None: unanswered
    score: ItemScore
