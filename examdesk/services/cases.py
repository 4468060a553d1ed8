"""Irregularity cases: the examensecretaris takes an irregularity through the Inspectie's procedure
(R-IRR-1..4; seeds 000 and 001) up to a tweede zitting with a variant without overlap.

A case lives in the event log only: opening it and every step is one event (``case_opened``, ``case_reported``,
…); a wrong entry is corrected by a ``case_corrected`` event that refers to it (R-PV-2). The case's state is
folded from those events by :mod:`examdesk.core.cases`, which also holds every rule; this module finds the
facts, checks the role (R-ROLE-1: only the examensecretaris handles cases) and records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlmodel import Session

from examdesk.core import cases as rules
from examdesk.core.cases import (
    Aangifte,
    Case,
    CasePath,
    Category,
    Certificate,
    Channel,
    DecisionReceived,
    Discussed,
    DuoDecision,
    DuoReported,
    Facts,
    FormCompleted,
    Opened,
    Origin,
    Reported,
    ResitPlanned,
    Step,
)
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.cases import CaseCorrected, CaseStep
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import case_log, events
from examdesk.services.actors import SignedIn, require
from examdesk.services.case_sources import CaseSource as CaseSource  # re-exported: the screens read it here
from examdesk.services.case_sources import case_sources as case_sources
from examdesk.services.case_sources import case_sources_in
from examdesk.services.errors import InvalidInput
from examdesk.services.events import Event
from examdesk.services.sessions import planning, second_sitting
from examdesk.services.sessions.base import session_group_exam
from examdesk.services.station import Station
from examdesk.store import accounts as account_store
from examdesk.store import cases as case_store
from examdesk.store import packages as package_store
from examdesk.store.db import transaction
from examdesk.store.models import CandidateRow

# The case event kinds, read by the proces-verbaal and the tests (kept where they were).
STEP_KINDS = case_log.STEP_KINDS
CASE_KINDS = case_log.CASE_KINDS

# What the dossier shows beside a case: the session's entries about its candidates.
RELATED_KINDS: tuple[str, ...] = (
    EventKind.IRREGULARITY,
    EventKind.STORING_STARTED,
    EventKind.STORING_ENDED,
    EventKind.COMPENSATION_GRANTED,
    EventKind.MELDING,
    EventKind.LEFT_EARLY,
    EventKind.REMARK,
    EventKind.CORRECTION,
)

_NOT_IN_SESSION = QT_TRANSLATE_NOOP("Cases", "Candidate {id} does not belong to the session of this case.")
_BAD_SOURCE = QT_TRANSLATE_NOOP(
    "Cases",
    "Entry {id} of the session is not an irregularity, storing, illness or melding to open a case from.",
)
_SOURCE_TAKEN = QT_TRANSLATE_NOOP("Cases", "Case {case} was already opened from this entry of the session.")
_BAD_VALUE = QT_TRANSLATE_NOOP("Cases", "'{value}' is not one of: {allowed}.")
_ALREADY_PLANNED = QT_TRANSLATE_NOOP("Cases", "A tweede zitting is already planned for this case.")


@dataclass(frozen=True)
class CaseCandidate:
    """A candidate of a case as people see them: name, number and masked BSN (R-BSN-6)."""

    candidate_id: int
    number: str
    name: str
    masked_bsn: str
    variant_sat: str | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.number})"


@dataclass(frozen=True)
class CaseSummary:
    """One row of the overview: which session, what kind of case, where it stands and how old it is."""

    id: int
    session_id: str
    session_date: dt.date
    group_code: str
    group_name: str
    exam_code: str
    exam_title: str
    category: Category
    technical: bool
    origin: Origin
    current: Step
    next_step: Step | None
    closed: bool
    opened_on: dt.date
    age_days: int
    last_change: dt.date
    candidates: tuple[CaseCandidate, ...]
    path: CasePath = CasePath.INSPECTIE  # R-IRR-5: DUO decides a PE case
    duo_due: dt.date | None = None  # R-IRR-5: DUO's answer on a technical fault, due in eight weeks
    duo_overdue: bool = False

    @property
    def period(self) -> tuple[int, int]:
        return rules.exam_period(self.session_date)


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded step or correction, with who recorded it and when."""

    event_id: int
    at: dt.datetime
    actor: str
    actor_name: str
    step: Step
    facts: Facts
    corrects: int | None
    reason: str


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    case: Case
    history: tuple[HistoryEntry, ...]
    checklist: tuple[Message, ...]
    still_needed: tuple[Message, ...]
    related: tuple[Event, ...]  # the session's entries about these candidates (irregularities, storingen, …)
    names: Mapping[int, str] = field(default_factory=dict)  # candidate id -> label


@dataclass(frozen=True)
class VariantChoice:
    code: str
    shared: tuple[str, ...]  # items shared with a variant the candidates sat (empty: allowed, R-IRR-3)


@dataclass(frozen=True)
class SecondSittingOptions:
    """What planning the tweede zitting of a case offers: its candidates, the variants and their overlap."""

    case_id: int
    first_session_id: str
    group_code: str
    group_name: str
    exam_code: str
    exam_title: str
    first_date: dt.date
    start_time: str
    location_kind: str
    room: str
    candidates: tuple[CaseCandidate, ...]
    variants: tuple[VariantChoice, ...]
    unknown_variant: tuple[str, ...]  # labels of candidates whose variant is not known


# --- reading the cases -------------------------------------------------------------------------------


def _today(station: Station) -> dt.date:
    return station.clock.read().wall.astimezone(AMSTERDAM).date()


def _case(session: Session, station: Station, case_id: int) -> Case:
    return case_log.find_case(session, station, case_id)


def _all_cases(session: Session, station: Station) -> dict[int, Case]:
    return case_log.all_cases(session, station)


def _candidate(row: CandidateRow, variant: str | None = None) -> CaseCandidate:
    assert row.id is not None
    return CaseCandidate(row.id, row.number, row.name, "*****" + row.bsn_last4, variant)


def _summary(session: Session, case: Case, today: dt.date) -> CaseSummary:
    opened = case.opened
    row, group, exam = session_group_exam(session, opened.session_id)
    candidates = []
    for candidate_id in opened.candidates:
        candidate = session.get(CandidateRow, candidate_id)
        if candidate is not None:
            candidates.append(_candidate(candidate))
    opened_on = case.history[0].at.astimezone(AMSTERDAM).date()
    return CaseSummary(
        id=case.id,
        session_id=row.id,
        session_date=row.date,
        group_code=group.code,
        group_name=group.name,
        exam_code=exam.code,
        exam_title=exam.title,
        category=opened.category,
        technical=opened.technical,
        origin=opened.origin,
        current=case.current,
        next_step=case.next_step,
        closed=case.closed,
        opened_on=opened_on,
        age_days=rules.age_days(opened_on, today),
        last_change=case.history[-1].at.astimezone(AMSTERDAM).date(),
        candidates=tuple(candidates),
        path=case.path,
        duo_due=rules.duo_answer_due(case),
        duo_overdue=rules.duo_answer_overdue(case, today),
    )


def list_cases(station: Station, actor: SignedIn, *, include_closed: bool = True) -> list[CaseSummary]:
    """Every case, open ones first and the oldest first among them, so that nothing is forgotten."""
    require(actor, Role.EXAMENSECRETARIS)
    today = _today(station)
    with transaction(station.engine) as session:
        found = [_summary(session, case, today) for case in _all_cases(session, station).values()]
    if not include_closed:
        found = [summary for summary in found if not summary.closed]
    return sorted(found, key=lambda s: (s.closed, s.session_date, s.id))


def _names(summary: CaseSummary) -> dict[int, str]:
    return {c.candidate_id: c.label for c in summary.candidates}


def case_detail(station: Station, actor: SignedIn, case_id: int) -> CaseDetail:
    """A case with its current step, what is still needed, what to do next and its whole history."""
    require(actor, Role.EXAMENSECRETARIS)
    today = _today(station)
    with transaction(station.engine) as session:
        case = _case(session, station, case_id)
        summary = _summary(session, case, today)
        display = {row.username: row.display_name for row in account_store.all_accounts(session)}
        session_events = events.list_events(
            station, session_id=case.opened.session_id, kinds=RELATED_KINDS, within=session
        )
    names = _names(summary)
    history = tuple(
        HistoryEntry(
            r.event_id,
            r.at,
            r.actor,
            display.get(r.actor, r.actor),
            rules.step_of(r.facts),
            r.facts,
            r.corrects,
            r.reason,
        )
        for r in case.history
    )
    mine = set(case.opened.candidates)
    related = tuple(
        e
        for e in session_events
        if e.candidate_id in mine or e.candidate_id is None or e.id == case.opened.source_event
    )
    return CaseDetail(
        summary,
        case,
        history,
        rules.checklist(case, names),
        rules.still_needed(case),
        related,
        names,
    )


# --- opening a case ---------------------------------------------------------------------------------------


def _group_candidates(session: Session, group_code: str) -> list[CandidateRow]:
    return package_store.candidates_of(session, group_code)


def open_case(
    station: Station,
    actor: SignedIn,
    session_id: str,
    *,
    candidates: Sequence[int],
    category: str,
    technical: bool,
    description: str,
    source_event: int | None = None,
) -> int:
    """Open a case for candidates of a session (R-IRR-1), by hand or from an entry of the session; its id."""
    require(actor, Role.EXAMENSECRETARIS)
    try:
        chosen = Category(category)
    except ValueError:
        allowed = ", ".join(c.value for c in Category)
        raise InvalidInput(message(_BAD_VALUE, value=category, allowed=allowed)) from None
    today = _today(station)
    with transaction(station.engine) as session:
        row, _, exam = session_group_exam(session, session_id)
        members = {c.id for c in _group_candidates(session, row.group_code)}
        for candidate_id in candidates:
            if candidate_id not in members:
                raise InvalidInput(message(_NOT_IN_SESSION, id=candidate_id))
        origin, meldingsnummer = Origin.MANUAL, ""
        if source_event is not None:
            source = next(
                (s for s in case_sources_in(session, station, session_id) if s.event_id == source_event), None
            )
            if source is None:
                raise InvalidInput(message(_BAD_SOURCE, id=source_event))
            if source.case_id is not None:
                raise InvalidInput(message(_SOURCE_TAKEN, case=source.case_id))
            origin, meldingsnummer = source.origin, source.meldingsnummer
        facts = Opened(
            session_id=session_id,
            session_date=row.date,
            candidates=tuple(dict.fromkeys(sorted(candidates))),
            category=chosen,
            technical=technical,
            origin=origin,
            description=description.strip(),
            source_event=source_event,
            meldingsnummer=meldingsnummer,
            path=CasePath.DUO if exam.kind == "pe" else CasePath.INSPECTIE,  # R-IRR-5
        )
        problem = rules.facts_problem(facts, {}, today)
        if problem is not None:
            raise InvalidInput(problem)
        event = events.record(station, actor, EventKind.CASE_OPENED, facts=facts, within=session)
    return event.id


# --- the steps ------------------------------------------------------------------------------------------


def _record_step(station: Station, actor: SignedIn, case_id: int, facts: Facts) -> Event:
    require(actor, Role.EXAMENSECRETARIS)
    today = _today(station)
    with transaction(station.engine) as session:
        case = _case(session, station, case_id)
        names = _names(_summary(session, case, today))
        refusal = rules.step_refusal(case, facts, today, names)  # R-IRR-2: in order, with what it needs
        if refusal is not None:
            raise InvalidInput(refusal)
        return events.record(
            station,
            actor,
            STEP_KINDS[rules.step_of(facts)],
            facts=CaseStep(case_id, facts),
            within=session,
        )


def record_reported(
    station: Station, actor: SignedIn, case_id: int, *, on: dt.date, channel: str, note: str = ""
) -> Event:
    """000 step 1: reported to the Inspectie through the Examenloket, by phone or by e-mail."""
    try:
        how = Channel(channel)
    except ValueError:
        allowed = ", ".join(c.value for c in Channel)
        raise InvalidInput(message(_BAD_VALUE, value=channel, allowed=allowed)) from None
    return _record_step(station, actor, case_id, Reported(on, how, note.strip()))


def record_discussed(station: Station, actor: SignedIn, case_id: int, *, on: dt.date, decision: str) -> Event:
    """000 step 2: the Inspectie's call, and what it decided."""
    return _record_step(station, actor, case_id, Discussed(on, decision.strip()))


def record_form_completed(
    station: Station, actor: SignedIn, case_id: int, *, on: dt.date, meldingsnummer: str = "", note: str = ""
) -> Event:
    """000 steps 3–4: the ISD form completed; a technical case needs the Facet meldingsnummer (R-IRR-2)."""
    return _record_step(station, actor, case_id, FormCompleted(on, meldingsnummer.strip(), note.strip()))


def record_decision(
    station: Station,
    actor: SignedIn,
    case_id: int,
    *,
    on: dt.date,
    invalid: Mapping[int, bool],
    reference: str = "",
) -> Event:
    """000 step 5: the decision letter, with for each candidate whether their work was declared invalid."""
    facts = DecisionReceived(on, {k: bool(v) for k, v in invalid.items()}, reference.strip())
    return _record_step(station, actor, case_id, facts)


def record_duo_reported(
    station: Station, actor: SignedIn, case_id: int, *, on: dt.date, note: str = ""
) -> Event:
    """R-IRR-5 (002 §3.5): a PE irregularity reported to DUO."""
    return _record_step(station, actor, case_id, DuoReported(on, note.strip()))


def record_aangifte(
    station: Station, actor: SignedIn, case_id: int, *, on: dt.date, consulted: str, note: str = ""
) -> Event:
    """R-IRR-5: the optional aangifte, made in consultation with the CDFD or DUO."""
    return _record_step(station, actor, case_id, Aangifte(on, consulted.strip(), note.strip()))


def record_duo_decision(
    station: Station,
    actor: SignedIn,
    case_id: int,
    *,
    on: dt.date,
    invalid: Mapping[int, bool],
    certificate: str = Certificate.KEPT.value,
    reference: str = "",
) -> Event:
    """R-IRR-5: DUO's decision: per candidate valid or invalid, and the certificate kept, withheld or revoked."""
    try:
        outcome = Certificate(certificate)
    except ValueError:
        allowed = ", ".join(c.value for c in Certificate)
        raise InvalidInput(message(_BAD_VALUE, value=certificate, allowed=allowed)) from None
    facts = DuoDecision(on, {k: bool(v) for k, v in invalid.items()}, outcome, reference.strip())
    return _record_step(station, actor, case_id, facts)


def correct_step(
    station: Station, actor: SignedIn, case_id: int, event_id: int, facts: Facts, reason: str
) -> Event:
    """A wrong entry is corrected by a new event that refers to it; the history keeps both (R-PV-2)."""
    require(actor, Role.EXAMENSECRETARIS)
    today = _today(station)
    with transaction(station.engine) as session:
        case = _case(session, station, case_id)
        names = _names(_summary(session, case, today))
        refusal = rules.correction_refusal(case, event_id, facts, reason, today, names)
        if refusal is not None:
            raise InvalidInput(refusal)
        return events.record(
            station,
            actor,
            EventKind.CASE_CORRECTED,
            facts=CaseCorrected(case_id, reason.strip(), facts),
            corrects=event_id,
            within=session,
        )


# --- the tweede zitting (R-IRR-2, R-IRR-3) ------------------------------------------------------------------


def second_sitting_options(station: Station, actor: SignedIn, case_id: int) -> SecondSittingOptions:
    """What the plan dialog offers for a case's tweede zitting: its candidates and each variant's overlap."""
    require(actor, Role.EXAMENSECRETARIS)
    with transaction(station.engine) as session:
        case = _case(session, station, case_id)
        row, group, exam = session_group_exam(session, case.opened.session_id)
        variants = second_sitting.variants(exam)
        planned = second_sitting.planned_variant(session, station, row.id)
        candidates = []
        for candidate_id in case.invalid_candidates:
            candidate = session.get(CandidateRow, candidate_id)
            assert candidate is not None
            candidates.append(
                _candidate(candidate, second_sitting.variant_sat(session, candidate, exam, planned, variants))
            )
    sat = {c.variant_sat for c in candidates if c.variant_sat is not None}
    choices = tuple(
        VariantChoice(
            code,
            tuple(dict.fromkeys(i for s in sorted(sat) for i in rules.shared_items(variants[s], items))),
        )
        for code, items in variants.items()
    )
    return SecondSittingOptions(
        case_id=case_id,
        first_session_id=row.id,
        group_code=group.code,
        group_name=group.name,
        exam_code=exam.code,
        exam_title=exam.title,
        first_date=row.date,
        start_time=row.start_time,
        location_kind=row.location_kind,
        room=row.room,
        candidates=tuple(candidates),
        variants=choices,
        unknown_variant=tuple(c.label for c in candidates if c.variant_sat is None),
    )


def plan_second_sitting(
    station: Station,
    actor: SignedIn,
    case_id: int,
    *,
    variant: str,
    date: dt.date,
    start_time: str,
    surveillants: Sequence[tuple[str, bool]],
    location_kind: str | None = None,
    room: str | None = None,
    quarantine: bool = False,
    consulted_on: dt.date | None = None,
    permission_reference: str = "",
    quarantine_reported_on: dt.date | None = None,
) -> str:
    """000 step 6: the tweede zitting for the candidates whose work was declared invalid.

    In one transaction: a new afnamegroep marked as the first group's second sitting holds those candidates;
    the session is planned through :func:`planning.plan_session` in the case's transaction as a second
    sitting with ``variant`` (which refuses without an invalidation decision or with an overlapping variant,
    R-IRR-2, R-IRR-3); the case records the step. The new session's id is returned.
    """
    require(actor, Role.EXAMENSECRETARIS)
    today = _today(station)
    with transaction(station.engine) as session:
        case = _case(session, station, case_id)
        summary = _summary(session, case, today)
        names = _names(summary)
        if Step.RESIT_PLANNED in case.steps:
            raise InvalidInput(message(_ALREADY_PLANNED))
        tentative = ResitPlanned("", "", variant, date, case.invalid_candidates)
        refusal = rules.step_refusal(case, tentative, today, names)  # R-IRR-2 before anything is written
        if refusal is not None:
            raise InvalidInput(refusal)
        first, first_group, _ = session_group_exam(session, case.opened.session_id)
        rows = [session.get(CandidateRow, c) for c in case.invalid_candidates]
        group = case_store.add_second_sitting_group(
            session,
            first_group,
            [r for r in rows if r is not None],
            date=date,
            start_time=start_time,
            location_kind=location_kind or first.location_kind,
            room=room or first.room,
            now=station.clock.read().wall,
        )
        new_session = planning.plan_session(
            station,
            actor,
            planning.PlanRequest(
                group.code,
                surveillants=surveillants,
                location_kind=location_kind,
                room=room,
                quarantine=quarantine,
                consulted_on=consulted_on,
                permission_reference=permission_reference,
                quarantine_reported_on=quarantine_reported_on,
                variant=variant,
                second_sitting_of=first.id,
            ),
            session=session,
        )
        facts = ResitPlanned(new_session, group.code, variant, date, case.invalid_candidates)
        events.record(
            station,
            actor,
            EventKind.CASE_RESIT_PLANNED,
            facts=CaseStep(case_id, facts),
            within=session,
        )
    return new_session
