"""R-ACC-3: the ISD meldingen of one afnamegroep. Every candidate's accommodation that the Inspectie must
hear of, with the date its melding was reported (``isd_reported_on``, package version 2) or none: that
one is *not reported* and the overview flags it. For the examensecretaris only: it sends the meldingen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from examdesk.core.roles import Role
from examdesk.services import catalogue
from examdesk.services.actors import SignedIn, require
from examdesk.services.catalogue import Accommodation
from examdesk.services.station import Station


@dataclass(frozen=True)
class IsdMelding:
    """One accommodation of one candidate that needs an ISD melding (R-ACC-3)."""

    candidate_id: int
    number: str
    name: str
    accommodation: Accommodation
    reported_on: dt.date | None  # None: not reported

    @property
    def reported(self) -> bool:
        return self.reported_on is not None


def isd_meldingen(station: Station, actor: SignedIn, group_code: str) -> list[IsdMelding]:
    """R-ACC-3: per candidate of ``group_code`` each accommodation needing an ISD melding, with its melding
    date or ``None`` (not reported), in roster order. Raises ``NotFound`` for an unknown group."""
    require(actor, Role.EXAMENSECRETARIS)
    found = []
    for entry in catalogue.roster(station, actor, group_code):
        for accommodation in entry.accommodations:
            if not accommodation.isd_melding:  # R-ACC-3: core.accommodations says which kinds
                continue
            model = accommodation.model
            found.append(
                IsdMelding(
                    candidate_id=entry.candidate_id,
                    number=entry.number,
                    name=entry.name,
                    accommodation=accommodation,
                    reported_on=model.isd_reported_on if model is not None else None,
                )
            )
    return found


def unreported_count(meldingen: list[IsdMelding]) -> int:
    """How many ISD meldingen still lack a date (R-ACC-3)."""
    return sum(1 for melding in meldingen if not melding.reported)
