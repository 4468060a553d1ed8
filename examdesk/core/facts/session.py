"""The facts of a session's own events: planning, opening and closing, meldingen, irregularities, remarks,
corrections of the roster and additions to the proces-verbaal (R-SES, R-VOV, R-IRR-1, R-PV-2, R-PV-4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from examdesk.core.facts.codec import fact_field
from examdesk.core.planning import OFF_SITE
from examdesk.core.words import IdDocument, MeldingKind


def _off_site(facts: SessionPlanned) -> bool:
    return facts.location in OFF_SITE


@dataclass(frozen=True)
class NoFacts:
    """An event that records nothing beyond its kind, time, actor and subject (a hand-in, say)."""


@dataclass(frozen=True)
class SessionPlanned:
    """R-SES-1..4: the session as planned; R-SES-2: the off-site facts only for a location in ``OFF_SITE``."""

    group: str = ""
    date: dt.date | None = None
    start: str = ""
    location: str = ""
    room: str = ""
    quarantine: bool = False
    surveillants: tuple[str, ...] = ()
    qualified: tuple[str, ...] = ()
    simultaneous: bool = True
    consulted_on: dt.date | None = fact_field(None, present_if=_off_site)
    permission_reference: str = fact_field("", present_if=_off_site)
    quarantine_reported_on: dt.date | None = fact_field(None, present_if=_off_site)
    variant: str | None = fact_field(None, omit_default=True)
    second_sitting_of: str | None = fact_field(None, omit_default=True)  # R-IRR-3: the first sitting


@dataclass(frozen=True)
class SessionClosed:
    """R-PV-4: closed with the password of every surveillant of the session."""

    confirmed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class OtherDayConfirmed:
    """R-SES-5: a session planned for another day, started after a confirmation with a reason."""

    planned: dt.date | None = None
    today: dt.date | None = None
    reason: str = ""


@dataclass(frozen=True)
class Melding:
    """R-VOV-1, R-VOV-2 (and R-VOV-4 when made during an inzage: linked to it, with the items' ids)."""

    kind: MeldingKind | str = ""
    questions: tuple[str, ...] = ()
    collective: bool = False
    candidate_text: str = ""
    surveillant_text: str = ""
    resolved: bool = False
    resolution: str = ""
    duo_consulted: bool = False
    meldingsnummer: str = ""
    items: tuple[str, ...] = fact_field((), omit_default=True)  # R-VOV-4: the items behind the numbers
    inzage: int | None = fact_field(None, omit_default=True)
    at_inzage: bool = fact_field(False, omit_default=True)


@dataclass(frozen=True)
class Irregularity:
    """R-IRR-1: a category a–f or other (``core.case_facts.Category``), and what happened."""

    category: str = ""
    description: str = ""


@dataclass(frozen=True)
class Remark:
    text: str = ""


@dataclass(frozen=True)
class Addendum:
    """R-PV-4: after closing, the examensecretaris adds to the proces-verbaal, about an event or not."""

    text: str = ""
    refers_to: int | None = fact_field(None, omit_default=True)


@dataclass(frozen=True)
class RosterCorrected:
    """R-BSN-4: the roster corrected after a mismatch; only the last four digits are kept."""

    field: str = "bsn"
    before: str = ""
    after: str = ""
    reason: str = ""


@dataclass(frozen=True)
class BsnRead:
    """Issue 13: a full BSN was read, and why."""

    purpose: str = ""
    group: str | None = fact_field(None, omit_default=True)


@dataclass(frozen=True)
class InzageBsnChecked:
    """R-INZ-1: the inzage's start-screen ID check."""

    group: str = ""
    match: bool = False
    id_document: IdDocument | str = ""
    note: str = ""
