"""What the station holds: exams, afnamegroepen and rosters, as the examensecretaris's screens show them."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction

from examdesk.core import accommodations as accommodation_rules
from examdesk.core import bsn
from examdesk.core.accommodations import AccommodationKind, VsvCheck, check_vsv, needs_isd_melding
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import BsnRead
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import events, keys
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import NotFound
from examdesk.services.personal_data import open_bsn
from examdesk.services.station import Station
from examdesk.store import packages as package_store
from examdesk.store.db import transaction
from examdesk.store.models import CandidateRow, ExamGroupRow, ExamRow

NO_GROUP = QT_TRANSLATE_NOOP("Catalogue", "There is no afnamegroep {code} on this station.")
_NO_CANDIDATE = QT_TRANSLATE_NOOP("Catalogue", "There is no candidate with number {number} in {group}.")


@dataclass(frozen=True)
class ExamSummary:
    code: str
    title: str
    kind: str
    duration_minutes: int
    item_count: int
    variants: tuple[str, ...]
    max_points: Fraction
    points_per_section: dict[str, Fraction]  # section ("" when none) -> points
    items_per_type: dict[str, int]


@dataclass(frozen=True)
class GroupSummary:
    code: str
    exam_code: str
    exam_kind: str
    name: str
    date: dt.date
    start_time: str
    location_kind: str
    room: str
    second_sitting_of: str | None
    candidate_count: int
    isd_melding_count: int


@dataclass(frozen=True)
class Accommodation:
    kind: AccommodationKind
    minutes: int | None
    factor: str | None
    basis: str | None
    statement_date: dt.date | None
    text: str | None
    vsv: VsvCheck
    isd_melding: bool
    # The structured accommodation (R-ACC-1): ground code, NT2 years, consult, ISD melding date.
    model: accommodation_rules.Accommodation | None = None

    @property
    def isd_reported(self) -> bool:
        """R-ACC-3: whether the ISD melding's date is recorded."""
        return self.model is not None and self.model.isd_reported_on is not None


@dataclass(frozen=True)
class RosterEntry:
    candidate_id: int
    number: str
    name: str
    masked_bsn: str  # R-BSN-6: never the full number outside the start-screen check
    accommodations: tuple[Accommodation, ...]

    @property
    def needs_isd_melding(self) -> bool:
        return any(a.isd_melding for a in self.accommodations)

    @property
    def vsv_problem(self) -> bool:
        return any(a.vsv.status in ("expired", "missing") for a in self.accommodations)


def _viewer(actor: SignedIn) -> None:
    require(actor, Role.EXAMENSECRETARIS, Role.SURVEILLANT)


def exams(station: Station, actor: SignedIn) -> list[ExamSummary]:
    """Every exam on the station, without answer keys (R-ROLE-2)."""
    _viewer(actor)
    with transaction(station.engine) as session:
        rows = package_store.all_exams(session)
    summaries = []
    for row in rows:
        model = row.definition
        per_section: dict[str, Fraction] = {}
        for item in model.items:
            per_section[item.section or ""] = per_section.get(item.section or "", Fraction(0)) + Fraction(
                item.points
            )
        variants = tuple(v.code for v in model.variants) if model.variants else ("A",)
        summaries.append(
            ExamSummary(
                code=row.code,
                title=row.title,
                kind=row.kind,
                duration_minutes=row.duration_minutes,
                item_count=len(model.items),
                variants=variants,
                max_points=sum(per_section.values(), Fraction(0)),
                points_per_section=per_section,
                items_per_type=dict(Counter(item.type for item in model.items)),
            )
        )
    return summaries


def stored_accommodations(row: CandidateRow) -> list[accommodation_rules.Accommodation]:
    """The candidate's accommodations as the roster stores them (version 1 entries read by the keyword table)."""
    return [accommodation_rules.Accommodation.from_json(entry) for entry in json.loads(row.accommodations)]


def _basis_text(model: accommodation_rules.Accommodation) -> str | None:
    if model.ground is None:
        return model.note or None
    text = model.ground.value
    if model.nt2_school_years is not None:
        text += f" ({model.nt2_school_years})"
    return f"{text}: {model.note}" if model.note else text


def accommodations_of(
    row: CandidateRow, exam_kind: str, on: dt.date, years: int
) -> tuple[Accommodation, ...]:
    found = []
    for model in stored_accommodations(row):
        statement = model.statement
        found.append(
            Accommodation(
                kind=model.kind,
                minutes=model.minutes,
                factor=str(float(model.factor)) if model.factor is not None else None,
                basis=_basis_text(model),
                statement_date=statement.date if statement else None,
                text=model.note or None,
                vsv=check_vsv(model.kind, exam_kind, statement, on, years),
                isd_melding=needs_isd_melding(model.kind),
                model=model,
            )
        )
    return tuple(found)


def groups(station: Station, actor: SignedIn) -> list[GroupSummary]:
    """Every afnamegroep, by date and time, with its candidate count and ISD-melding count (R-ACC-3)."""
    _viewer(actor)
    with transaction(station.engine) as session:
        kinds = {row.code: row.kind for row in package_store.all_exams(session)}
        summaries = []
        for row in package_store.all_groups(session):
            candidates = package_store.candidates_of(session, row.code)
            flagged = sum(
                1 for c in candidates if any(needs_isd_melding(a.kind) for a in stored_accommodations(c))
            )
            summaries.append(
                GroupSummary(
                    code=row.code,
                    exam_code=row.exam_code,
                    exam_kind=kinds.get(row.exam_code, "other"),
                    name=row.name,
                    date=row.date,
                    start_time=row.start_time,
                    location_kind=row.location_kind,
                    room=row.room,
                    second_sitting_of=row.second_sitting_of,
                    candidate_count=len(candidates),
                    isd_melding_count=flagged,
                )
            )
    return summaries


def roster(
    station: Station, actor: SignedIn, group_code: str, on: dt.date | None = None
) -> list[RosterEntry]:
    """The candidates of an afnamegroep with masked BSNs and their accommodations checked on ``on``
    (default: the group's date) against the VSV (R-ACC-2) and flagged for an ISD melding (R-ACC-3)."""
    _viewer(actor)
    with transaction(station.engine) as session:
        group = session.get(ExamGroupRow, group_code)
        if group is None:
            raise NotFound(message(NO_GROUP, code=group_code))
        exam = session.get(ExamRow, group.exam_code)
        exam_kind = exam.kind if exam else "other"
        day = on or group.date
        rows = package_store.candidates_of(session, group_code)
    years = station.settings.vsv_valid_years
    return [
        RosterEntry(
            candidate_id=row.id or 0,
            number=row.number,
            name=row.name,
            masked_bsn="*****" + row.bsn_last4,
            accommodations=accommodations_of(row, exam_kind, day, years),
        )
        for row in rows
    ]


def full_bsn(station: Station, actor: SignedIn, group_code: str, number: str) -> str:
    """The whole BSN, for the examensecretaris only (R-BSN-6); the start-screen check has its own path."""
    require(actor, Role.EXAMENSECRETARIS)
    with transaction(station.engine) as session:
        row = package_store.find_candidate(session, group_code, number)
        if row is None:
            raise NotFound(message(_NO_CANDIDATE, number=number, group=group_code))
        whole = bsn.normalise(open_bsn(keys.data_key(station), row.bsn_sealed))
        events.record(  # issue 13: reading a full BSN is itself an event (who, when, which candidate)
            station,
            actor,
            EventKind.BSN_READ,
            candidate_id=row.id,
            facts=BsnRead("roster", group_code),
            within=session,
        )
    return whole
