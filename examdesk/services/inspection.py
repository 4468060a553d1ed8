"""Inzage in the Review workspace (R-INZ-1..5, R-VOV-3), for the examensecretaris only (R-ROLE-2).

The flow mirrors Facet's pc-app: an afnamegroep's results with each candidate's inzage status, one
candidate's afname, and an inzage session in which every item opened and every key or marking scheme
shown is one chained event (R-INZ-4). Eligibility is decided by ``core.inspection`` from the exam's
settings, the station's rule values, the result, the day in Amsterdam and the earlier inzage sessions,
which come from those same events.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction

from sqlmodel import Session

from examdesk.core import bsn as bsn_rules
from examdesk.core import inspection as rules
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import InzageBsnChecked
from examdesk.core.grading import grade
from examdesk.core.inspection import Eligibility, InspectionRules
from examdesk.core.items import AnyItem, Response
from examdesk.core.package_format import ExamModel
from examdesk.core.roles import Role
from examdesk.core.scoring import ItemScore, score_result
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import appointment_book, catalogue, events, inzage_log, keys, school_view
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput, NotFound
from examdesk.services.events import Event
from examdesk.services.exams import Exam, core_exam, core_responses
from examdesk.services.inzage_log import END_CLOSED as END_CLOSED
from examdesk.services.inzage_log import END_INTERRUPTED as END_INTERRUPTED
from examdesk.services.inzage_log import END_TIME_UP as END_TIME_UP
from examdesk.services.inzage_log import KEY as KEY
from examdesk.services.inzage_log import MARKING_SCHEME as MARKING_SCHEME
from examdesk.services.inzage_log import InzageLogEntry as InzageLogEntry
from examdesk.services.personal_data import open_bsn
from examdesk.services.school_view import RemoteSitting
from examdesk.services.sessions import ID_DOCUMENTS
from examdesk.services.station import Station
from examdesk.settings import RuleSettings
from examdesk.store import inspection as inspection_store
from examdesk.store import packages as package_store
from examdesk.store.db import transaction
from examdesk.store.models import CandidateRow, ExamGroupRow, ExamRow, ResultRow

_NO_CANDIDATE = QT_TRANSLATE_NOOP("Inzage", "There is no candidate {id} on this station.")
NO_RESULT = QT_TRANSLATE_NOOP("Inzage", "{name} has no result for {exam} on this station.")
_BAD_VALUE = QT_TRANSLATE_NOOP("Inzage", "'{value}' is not one of: {allowed}.")
_MISMATCH_NOTE = QT_TRANSLATE_NOOP(
    "Inzage", "Write down what differs between the roster and the ID document."
)


# --- what the screens show ----------------------------------------------------------------------------


@dataclass(frozen=True)
class InzageGroup:
    """An afnamegroep as the inzage list shows it."""

    code: str
    name: str
    exam_code: str
    exam_title: str
    exam_kind: str
    date: dt.date
    start_time: str
    candidate_count: int
    result_count: int


@dataclass(frozen=True)
class CandidateResult:
    """One row of "Inzien examenresultaten": the result and whether inzage is allowed, and until when."""

    candidate_id: int
    number: str
    name: str
    masked_bsn: str
    variant: str | None
    points: Fraction | None
    max_points: Fraction | None
    grade: Fraction | None
    grade_decimals: int
    passed: bool | None
    result_day: dt.date | None
    eligibility: Eligibility
    appointment: dt.date | None = None  # R-INZ-6: the day of the candidate's booked appointment (PE)

    @property
    def has_result(self) -> bool:
        return self.points is not None

    @property
    def percent(self) -> Fraction | None:
        if self.points is None or not self.max_points:
            return None
        return 100 * self.points / self.max_points


@dataclass(frozen=True)
class GroupResults:
    group: InzageGroup
    on: dt.date
    rules: InspectionRules
    candidates: tuple[CandidateResult, ...]


@dataclass(frozen=True)
class WorkItem:
    """One item of the candidate's afname: its number in the variant, the item, the answer and its score."""

    number: int
    item: AnyItem
    response: Response
    score: ItemScore


@dataclass(frozen=True)
class CandidateWork:
    """The candidate's afname as "Inzage" opens it, before "Start inzage"."""

    group: InzageGroup
    candidate: CandidateResult
    rules: InspectionRules
    items: tuple[WorkItem, ...]
    id_check: bool | None  # R-INZ-3: the latest start-screen check since the last inzage (None: none yet)
    # R-PV-5: the sitting in which the result was made, when it was held on this station (else empty):
    # where the candidate's part of the proces-verbaal is.
    sessions: tuple[str, ...] = ()
    # R-PV-5 via R-NET-3/4: when it was not held here, the sitting on another station (from the school
    # server or an imported transfer file), whose proces-verbaal is shown read-only.
    remote_sitting: RemoteSitting | None = None

    @property
    def proces_verbaal_session(self) -> str | None:
        """R-PV-5: the session whose proces-verbaal stands beside the work: the result's own sitting."""
        return self.sessions[-1] if self.sessions else None

    @property
    def shown(self) -> tuple[WorkItem, ...]:
        """R-INZ-3: a PE inzage shows only the wrongly answered items."""
        if self.rules.wrong_only:
            return tuple(w for w in self.items if rules.answered_wrongly(w.score.status))
        return self.items

    @property
    def needs_id_check(self) -> bool:
        return self.rules.supervised


@dataclass(frozen=True)
class InzageSession:
    """A started inzage: what it shows and how long it may last (R-INZ-3)."""

    id: int
    candidate_id: int
    started_at: datetime
    time_limit: timedelta | None
    wrong_only: bool
    items: tuple[WorkItem, ...]
    resumed: bool = False  # R-INZ-7: resumed after a crash; ``time_limit`` is then what was left


# --- rules and reading ------------------------------------------------------------------------------------


def pe_defaults(settings: RuleSettings) -> rules.PeDefaults:
    """R-INZ-3: the station's configurable values."""
    return rules.PeDefaults(
        request_days=settings.pe_inzage_request_days,
        interval_days=settings.pe_inzage_interval_days,
        session_minutes=settings.pe_inzage_session_minutes,
    )


def exam_inspection_rules(model: ExamModel, settings: RuleSettings) -> InspectionRules:
    settings_of_exam = model.inspection
    return rules.exam_rules(
        model.kind,
        allowed=settings_of_exam.allowed,
        until=settings_of_exam.until,
        request_days=settings_of_exam.request_days,
        eligible_grades=settings_of_exam.eligible_grades,
        max_per_half_year=settings_of_exam.max_per_half_year,
        session_minutes=settings_of_exam.session_minutes,
        wrong_only=settings_of_exam.wrong_only,
        pe=pe_defaults(settings),
    )


def today(station: Station) -> dt.date:
    """R-INZ-5: today in Amsterdam, by the station's clock."""
    return rules.amsterdam_day(station.clock.read().wall)


def require_viewer(actor: SignedIn) -> None:
    # R-ROLE-2: inzage shows answers and keys, so only the examensecretaris.
    require(actor, Role.EXAMENSECRETARIS)


def _group_view(session: Session, group: ExamGroupRow, exam: ExamRow) -> InzageGroup:
    candidates = package_store.candidates_of(session, group.code)
    results = package_store.results_of_group(session, group.code)
    return InzageGroup(
        code=group.code,
        name=group.name,
        exam_code=exam.code,
        exam_title=exam.title,
        exam_kind=exam.kind,
        date=group.date,
        start_time=group.start_time,
        candidate_count=len(candidates),
        result_count=sum(1 for _, result in results if result.exam_code == exam.code),
    )


def groups(station: Station, actor: SignedIn) -> list[InzageGroup]:
    """Every afnamegroep, for the first screen of the flow (R-INZ-1)."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        exams = {row.code: row for row in package_store.all_exams(session)}
        return [
            _group_view(session, group, exams[group.exam_code])
            for group in package_store.all_groups(session)
            if group.exam_code in exams
        ]


def group_and_exam(session: Session, group_code: str) -> tuple[ExamGroupRow, ExamRow]:
    group = session.get(ExamGroupRow, group_code)
    if group is None:
        raise NotFound(message(catalogue.NO_GROUP, code=group_code))
    exam = session.get(ExamRow, group.exam_code)
    assert exam is not None  # a foreign key
    return group, exam


def qualification(model: ExamModel) -> str:
    """R-INZ-3, package v2: the qualification an exam belongs to; a version 1 package's title stands in."""
    return model.qualification or model.title


@dataclass(frozen=True)
class _History:
    """What eligibility needs besides the result, per BSN hash: the days of earlier inzages that count
    (R-INZ-7), the result days of passes of the qualification, and the request day of an appointment."""

    sessions: Mapping[str, tuple[dt.date, ...]]
    passes: Mapping[str, tuple[dt.date, ...]]
    requests: Mapping[int, dt.date]  # candidate id → requested on, for an appointment on the day asked
    booked: Mapping[int, dt.date]  # candidate id → the day of their booked appointment (R-INZ-6)


def _same_qualification(session: Session, model: ExamModel) -> dict[str, Exam]:
    """R-INZ-3: every exam on the station of the qualification of ``model`` (its own included)."""
    wanted = qualification(model)
    found = {}
    for row in package_store.all_exams(session):
        other = model if row.code == model.code else row.definition
        if other.kind == model.kind and qualification(other) == wanted:
            found[row.code] = core_exam(other)
    return found


def _history(
    session: Session,
    station: Station,
    model: ExamModel,
    candidates: Sequence[CandidateRow],
    on: dt.date,
    requested_on: dt.date | None = None,
) -> _History:
    hashes = {c.bsn_hash for c in candidates}
    exams = _same_qualification(session, model)
    person_of: dict[int | None, str] = {}
    passes: dict[str, list[dt.date]] = {}
    for code, exam in exams.items():
        for candidate, result in inspection_store.candidacies_of_exam(session, code, hashes):
            person_of[candidate.id] = candidate.bsn_hash
            if result is None or result.published_at is None:
                continue
            score = score_result(
                exam.variant_items(result.variant), core_responses(exam, json.loads(result.responses))
            )
            if grade(score.points, score.max_points, exam.grading).passed:
                passes.setdefault(candidate.bsn_hash, []).append(rules.amsterdam_day(result.published_at))
    sessions: dict[str, list[dt.date]] = {}
    # R-INZ-3 per qualification; R-INZ-7: only inzages that ended normally, or that were recorded as counting.
    for entry in inzage_log.all_entries(session, station):
        person = person_of.get(entry.candidate_id)
        if person is not None and entry.exam_code in exams and entry.counts:
            sessions.setdefault(person, []).append(rules.amsterdam_day(entry.started_at))
    requests: dict[int, dt.date] = {}
    if requested_on is not None:
        requests = {candidate.id: requested_on for candidate in candidates if candidate.id is not None}
    booked: dict[int, dt.date] = {}
    if model.kind == rules.PE:
        for candidate in candidates:
            assert candidate.id is not None
            for record in appointment_book.records(session, station, candidate.id):
                facts = record.facts
                if not (facts.cancelled or facts.no_show or facts.lapse_recorded or facts.held):
                    booked[candidate.id] = record.on  # R-INZ-6: the latest booked appointment
                    if record.on == on and requested_on is None:
                        requests[candidate.id] = record.requested_on
    return _History(
        {k: tuple(v) for k, v in sessions.items()},
        {k: tuple(v) for k, v in passes.items()},
        requests,
        booked,
    )


def _candidate_result(
    candidate: CandidateRow,
    result: ResultRow | None,
    exam: Exam,
    inspection: InspectionRules,
    history: _History,
    on: dt.date,
) -> CandidateResult:
    assert candidate.id is not None
    points = max_points = rounded = None
    passed = None
    result_day = None
    variant = None
    if result is not None:
        variant = result.variant
        score = score_result(
            exam.variant_items(result.variant), core_responses(exam, json.loads(result.responses))
        )
        graded = grade(score.points, score.max_points, exam.grading)
        points, max_points, rounded, passed = score.points, score.max_points, graded.rounded, graded.passed
        if result.published_at is not None:
            result_day = rules.amsterdam_day(result.published_at)
    found = rules.eligibility(
        inspection,
        on=on,
        result_day=result_day,
        rounded_grade=rounded,
        earlier_sessions=history.sessions.get(candidate.bsn_hash, ()),
        later_passes=history.passes.get(candidate.bsn_hash, ()),
        requested_on=history.requests.get(candidate.id),
    )
    return CandidateResult(
        candidate_id=candidate.id,
        number=candidate.number,
        name=candidate.name,
        masked_bsn="*****" + candidate.bsn_last4,
        variant=variant,
        points=points,
        max_points=max_points,
        grade=rounded,
        grade_decimals=exam.grading.decimals,
        passed=passed,
        result_day=result_day,
        eligibility=found,
        appointment=history.booked.get(candidate.id),
    )


def group_results(
    station: Station, actor: SignedIn, group_code: str, on: dt.date | None = None
) -> GroupResults:
    """ "Inzien examenresultaten" (R-INZ-1): every candidate of the group with score, grade, pass and
    whether inzage is allowed on ``on`` (default today in Amsterdam, R-INZ-5), and if not, why."""
    require_viewer(actor)
    day = on or today(station)
    with transaction(station.engine) as session:
        group, exam_row = group_and_exam(session, group_code)
        model = exam_row.definition
        exam = core_exam(model)
        inspection = exam_inspection_rules(model, station.settings)
        candidates = package_store.candidates_of(session, group_code)
        results = {
            c.id: r
            for c, r in package_store.results_of_group(session, group_code)
            if r.exam_code == exam.code
        }
        history = _history(session, station, model, candidates, day)
        view = _group_view(session, group, exam_row)
        rows = tuple(
            _candidate_result(c, results.get(c.id), exam, inspection, history, day) for c in candidates
        )
    return GroupResults(view, day, inspection, rows)


def candidate_row(session: Session, candidate_id: int) -> CandidateRow:
    row: CandidateRow | None = session.get(CandidateRow, candidate_id)
    if row is None:
        raise NotFound(message(_NO_CANDIDATE, id=candidate_id))
    return row


@dataclass(frozen=True)
class Afname:
    group: InzageGroup
    candidate: CandidateRow
    exam: Exam
    inspection: InspectionRules
    result: CandidateResult
    items: tuple[WorkItem, ...]
    inzage_events: tuple[Event, ...]
    sessions: tuple[str, ...]
    sitting_day: dt.date | None  # the Amsterdam day the work was handed in, when known


def _sitting(
    session: Session, station: Station, candidate: CandidateRow, result: ResultRow
) -> tuple[str, ...]:
    """R-PV-5: the session in which this result was made: of the candidate's group, held on the Amsterdam day
    the work was handed in, with something recorded about the candidate. Never another session of the group
    (today's running one, say); empty when the sitting is not known on this station."""
    if result.submitted_at is None:
        return ()
    day = rules.amsterdam_day(result.submitted_at)
    return tuple(
        row.id
        for row in inspection_store.sessions_of_group(session, candidate.group_code)
        if row.date == day
        and events.list_events(station, session_id=row.id, candidate_id=candidate.id, within=session)
    )[-1:]


def afname_of(
    session: Session, station: Station, candidate_id: int, on: dt.date, *, requested_on: dt.date | None = None
) -> Afname:
    """The candidate's afname with whether inzage is allowed on ``on`` (for a request made on
    ``requested_on``, when given: R-INZ-3, R-INZ-6)."""
    candidate = candidate_row(session, candidate_id)
    group, exam_row = group_and_exam(session, candidate.group_code)
    model = exam_row.definition
    exam = core_exam(model)
    inspection = exam_inspection_rules(model, station.settings)
    result = package_store.find_result(session, candidate_id, exam.code)
    if result is None:
        raise NotFound(message(NO_RESULT, name=candidate.name, exam=exam.code))
    history = _history(session, station, model, [candidate], on, requested_on)
    overview = _candidate_result(candidate, result, exam, inspection, history, on)
    responses = core_responses(exam, json.loads(result.responses))
    definitions = exam.variant_items(result.variant)
    scores = score_result(definitions, responses).items
    items = tuple(
        WorkItem(number, item, responses.get(item.id), score)
        for number, (item, score) in enumerate(zip(definitions, scores, strict=True), start=1)
    )
    inzage_events = tuple(
        events.list_events(station, candidate_id=candidate_id, kinds=inzage_log.INZAGE_KINDS, within=session)
    )
    return Afname(
        _group_view(session, group, exam_row),
        candidate,
        exam,
        inspection,
        overview,
        items,
        inzage_events,
        _sitting(session, station, candidate, result),
        rules.amsterdam_day(result.submitted_at) if result.submitted_at is not None else None,
    )


def id_check_event(inzage_events: Sequence[Event]) -> Event | None:
    """R-INZ-3: the latest start-screen check since the candidate's last inzage started, if any."""
    latest: Event | None = None
    for event in inzage_events:
        if event.kind == EventKind.INZAGE_STARTED:
            latest = None
        elif event.kind == EventKind.INZAGE_BSN_CHECKED:
            latest = event
    return latest


def candidate_work(station: Station, actor: SignedIn, candidate_id: int) -> CandidateWork:
    """ "Inzage" for one candidate (R-INZ-1): their afname with every item, answer and score."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        afname = afname_of(session, station, candidate_id, today(station))
    check = id_check_event(afname.inzage_events)
    remote = None
    if not afname.sessions:  # R-PV-5 via R-NET-3/4: held on another station?
        remote = school_view.find_sitting(
            station, afname.group.code, afname.candidate.number, afname.sitting_day
        )
    return CandidateWork(
        afname.group,
        afname.result,
        afname.inspection,
        afname.items,
        None if check is None else check.facts_as(InzageBsnChecked).match,
        afname.sessions,
        remote,
    )


# --- R-INZ-3: the start-screen check ------------------------------------------------------------------


def bsn_for_check(station: Station, actor: SignedIn, candidate_id: int) -> tuple[str, str]:
    """R-BSN-4, R-INZ-3: the roster BSN grouped large (``1234 56 782``) and the candidate's name."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        candidate = candidate_row(session, candidate_id)
        sealed, name = candidate.bsn_sealed, candidate.name
    return bsn_rules.grouped(open_bsn(keys.data_key(station), sealed)), name


def record_bsn_check(
    station: Station, actor: SignedIn, candidate_id: int, *, match: bool, id_document: str, note: str = ""
) -> Event:
    """R-INZ-3 with R-BSN-4: the candidate's ID checked on the start screen before inzage; a mismatch needs a
    note and blocks the start."""
    require_viewer(actor)
    if id_document not in ID_DOCUMENTS:
        raise InvalidInput(message(_BAD_VALUE, value=id_document, allowed=", ".join(ID_DOCUMENTS)))
    if not match and not note.strip():
        raise InvalidInput(message(_MISMATCH_NOTE))
    with transaction(station.engine) as session:
        candidate = candidate_row(session, candidate_id)
        return events.record(
            station,
            actor,
            EventKind.INZAGE_BSN_CHECKED,
            candidate_id=candidate_id,
            facts=InzageBsnChecked(candidate.group_code, match, id_document, note.strip()),
            within=session,
        )
