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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction
from typing import Any

from examdesk.core import bsn as bsn_rules
from examdesk.core import inspection as rules
from examdesk.core.eventkinds import EventKind
from examdesk.core.grading import grade
from examdesk.core.inspection import AdjustmentPreview, Eligibility, InspectionRules
from examdesk.core.items import AnyItem, Response
from examdesk.core.roles import Role
from examdesk.core.scoring import ItemScore, score_result
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import catalogue, events, keys
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput, NotFound
from examdesk.services.events import Event
from examdesk.services.exams import Exam, core_exam, core_responses
from examdesk.services.package_format import ExamModel
from examdesk.services.personal_data import open_bsn
from examdesk.services.sessions import ID_DOCUMENTS, MELDING_KINDS
from examdesk.services.station import Station
from examdesk.settings import RuleSettings
from examdesk.store import accounts as account_store
from examdesk.store import inspection as inspection_store
from examdesk.store import packages as package_store
from examdesk.store.db import transaction
from examdesk.store.models import CandidateRow, ExamGroupRow, ExamRow, ResultRow

INZAGE_KINDS = (
    EventKind.INZAGE_BSN_CHECKED,
    EventKind.INZAGE_STARTED,
    EventKind.INZAGE_ITEM_OPENED,
    EventKind.INZAGE_ANSWER_SHOWN,
    EventKind.INZAGE_PROCES_VERBAAL_SHOWN,
    EventKind.INZAGE_ENDED,
)
KEY, MARKING_SCHEME = "key", "marking_scheme"
END_CLOSED, END_TIME_UP = "closed", "time_up"

_NO_CANDIDATE = QT_TRANSLATE_NOOP("Inzage", "There is no candidate {id} on this station.")
_NO_RESULT = QT_TRANSLATE_NOOP("Inzage", "{name} has no result for {exam} on this station.")
_REFUSED = QT_TRANSLATE_NOOP("Inzage", "Inzage for {name} is not possible: {reason}")
_NEEDS_MATCH = QT_TRANSLATE_NOOP(
    "Inzage",
    "Inzage for {name} cannot start: the ID check on the start screen has not been recorded as a match.",
)
_NEEDS_SUPERVISOR = QT_TRANSLATE_NOOP(
    "Inzage", "Inzage of a PE exam needs a supervisor present; confirm that one is."
)
_NO_INZAGE = QT_TRANSLATE_NOOP("Inzage", "There is no inzage session {id} on this station.")
_INZAGE_ENDED = QT_TRANSLATE_NOOP("Inzage", "Inzage session {id} has already ended.")
_NOT_SHOWN = QT_TRANSLATE_NOOP("Inzage", "Item {item} is not part of this inzage.")
_BAD_VALUE = QT_TRANSLATE_NOOP("Inzage", "'{value}' is not one of: {allowed}.")
_MISMATCH_NOTE = QT_TRANSLATE_NOOP(
    "Inzage", "Write down what differs between the roster and the ID document."
)
_NO_MELDING = QT_TRANSLATE_NOOP(
    "Inzage", "There is no melding {id} about the working of the exam bank for this candidate."
)
_NOTHING_LEFT = QT_TRANSLATE_NOOP(
    "Inzage", "Without questions {questions} nothing of the exam would be left to score."
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


@dataclass(frozen=True)
class InzageLogEntry:
    """R-INZ-4: one inzage as the log (and the signed inzage report) records it.

    Everything here comes from the chained events of the inzage; ``event_ids`` and ``last_hash`` let a
    report point at them.
    """

    inzage_id: int
    station_id: str
    group_code: str
    exam_code: str
    exam_title: str
    exam_kind: str
    variant: str
    candidate_id: int
    candidate_number: str
    candidate_name: str
    conducted_by: str
    conducted_by_name: str
    started_at: datetime
    ended_at: datetime | None
    end_reason: str | None  # "closed", "time_up", or None while it runs (or if the station stopped)
    time_limit_minutes: int | None
    wrong_only: bool
    supervisor_present: bool
    id_check: str | None  # "match" (PE), or None when not required
    id_document: str | None
    items_shown: tuple[str, ...]
    items_opened: tuple[str, ...]
    keys_shown: tuple[str, ...]
    marking_schemes_shown: tuple[str, ...]
    proces_verbaal_shown: bool
    event_ids: tuple[int, ...]
    last_hash: str

    @property
    def key_shown(self) -> bool:
        return bool(self.keys_shown)

    @property
    def marking_scheme_shown(self) -> bool:
        return bool(self.marking_schemes_shown)

    @property
    def duration(self) -> timedelta | None:
        return None if self.ended_at is None else self.ended_at - self.started_at


@dataclass(frozen=True)
class FaultMelding:
    """A melding about the working of the exam bank (R-VOV-1) that concerns a candidate (or the group)."""

    event_id: int
    session_id: str
    recorded_at: datetime
    recorded_by: str
    questions: tuple[str, ...]
    collective: bool
    candidate_text: str
    surveillant_text: str
    resolved: bool
    resolution: str
    duo_consulted: bool
    meldingsnummer: str


# --- rules and reading ------------------------------------------------------------------------------------


def pe_defaults(settings: RuleSettings) -> rules.PeDefaults:
    """R-INZ-3: the station's configurable values."""
    return rules.PeDefaults(
        request_days=settings.pe_inzage_request_days,
        interval_days=settings.pe_inzage_interval_days,
        session_minutes=settings.pe_inzage_session_minutes,
    )


def _model(row: ExamRow) -> ExamModel:
    return ExamModel.model_validate(json.loads(row.definition))


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


def _viewer(actor: SignedIn) -> None:
    # R-ROLE-2: inzage shows answers and keys, so only the examensecretaris.
    require(actor, Role.EXAMENSECRETARIS)


def _group_view(session: Any, group: ExamGroupRow, exam: ExamRow) -> InzageGroup:
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
    _viewer(actor)
    with transaction(station.engine) as session:
        exams = {row.code: row for row in package_store.all_exams(session)}
        return [
            _group_view(session, group, exams[group.exam_code])
            for group in package_store.all_groups(session)
            if group.exam_code in exams
        ]


def _group_and_exam(session: Any, group_code: str) -> tuple[ExamGroupRow, ExamRow]:
    group = session.get(ExamGroupRow, group_code)
    if group is None:
        raise NotFound(message(catalogue.NO_GROUP, code=group_code))
    exam = session.get(ExamRow, group.exam_code)
    assert exam is not None  # a foreign key
    return group, exam


@dataclass(frozen=True)
class _History:
    """What eligibility needs besides the result: earlier sessions and later passes, per BSN hash."""

    sessions: Mapping[str, tuple[dt.date, ...]]
    passes: Mapping[str, tuple[dt.date, ...]]


def _history(session: Any, station: Station, exam: Exam, candidates: Sequence[CandidateRow]) -> _History:
    hashes = {c.bsn_hash for c in candidates}
    same_people = inspection_store.candidacies_of_exam(session, exam.code, hashes)
    person_of = {str(row.id): row.bsn_hash for row, _ in same_people}
    passes: dict[str, list[dt.date]] = {}
    for candidate, result in same_people:
        if result is None or result.published_at is None:
            continue
        score = score_result(
            exam.variant_items(result.variant), core_responses(exam, json.loads(result.responses))
        )
        if grade(score.points, score.max_points, exam.grading).passed:
            passes.setdefault(candidate.bsn_hash, []).append(rules.amsterdam_day(result.published_at))
    sessions: dict[str, list[dt.date]] = {}
    for event in events.list_events_in(session, station, kinds=(EventKind.INZAGE_STARTED,)):
        person = person_of.get(event.candidate_id or "")
        if person is not None and event.payload.get("exam") == exam.code:
            sessions.setdefault(person, []).append(rules.amsterdam_day(event.wall_utc))
    return _History({k: tuple(v) for k, v in sessions.items()}, {k: tuple(v) for k, v in passes.items()})


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
    )


def group_results(
    station: Station, actor: SignedIn, group_code: str, on: dt.date | None = None
) -> GroupResults:
    """ "Inzien examenresultaten" (R-INZ-1): every candidate of the group with score, grade, pass and
    whether inzage is allowed on ``on`` (default today in Amsterdam, R-INZ-5), and if not, why."""
    _viewer(actor)
    day = on or today(station)
    with transaction(station.engine) as session:
        group, exam_row = _group_and_exam(session, group_code)
        model = _model(exam_row)
        exam = core_exam(model)
        inspection = exam_inspection_rules(model, station.settings)
        candidates = package_store.candidates_of(session, group_code)
        results = {
            c.id: r
            for c, r in package_store.results_of_group(session, group_code)
            if r.exam_code == exam.code
        }
        history = _history(session, station, exam, candidates)
        view = _group_view(session, group, exam_row)
        rows = tuple(
            _candidate_result(c, results.get(c.id), exam, inspection, history, day) for c in candidates
        )
    return GroupResults(view, day, inspection, rows)


def _candidate_row(session: Any, candidate_id: int) -> CandidateRow:
    row: CandidateRow | None = session.get(CandidateRow, candidate_id)
    if row is None:
        raise NotFound(message(_NO_CANDIDATE, id=candidate_id))
    return row


@dataclass(frozen=True)
class _Afname:
    group: InzageGroup
    candidate: CandidateRow
    exam: Exam
    inspection: InspectionRules
    result: CandidateResult
    items: tuple[WorkItem, ...]
    inzage_events: tuple[Event, ...]


def _afname(session: Any, station: Station, candidate_id: int, on: dt.date) -> _Afname:
    candidate = _candidate_row(session, candidate_id)
    group, exam_row = _group_and_exam(session, candidate.group_code)
    model = _model(exam_row)
    exam = core_exam(model)
    inspection = exam_inspection_rules(model, station.settings)
    result = package_store.find_result(session, candidate_id, exam.code)
    if result is None:
        raise NotFound(message(_NO_RESULT, name=candidate.name, exam=exam.code))
    history = _history(session, station, exam, [candidate])
    overview = _candidate_result(candidate, result, exam, inspection, history, on)
    responses = core_responses(exam, json.loads(result.responses))
    definitions = exam.variant_items(result.variant)
    scores = score_result(definitions, responses).items
    items = tuple(
        WorkItem(number, item, responses.get(item.id), score)
        for number, (item, score) in enumerate(zip(definitions, scores, strict=True), start=1)
    )
    inzage_events = tuple(
        events.list_events_in(session, station, candidate_id=str(candidate_id), kinds=INZAGE_KINDS)
    )
    return _Afname(
        _group_view(session, group, exam_row), candidate, exam, inspection, overview, items, inzage_events
    )


def _id_check(inzage_events: Sequence[Event]) -> Event | None:
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
    _viewer(actor)
    with transaction(station.engine) as session:
        afname = _afname(session, station, candidate_id, today(station))
    check = _id_check(afname.inzage_events)
    return CandidateWork(
        afname.group,
        afname.result,
        afname.inspection,
        afname.items,
        None if check is None else bool(check.payload["match"]),
    )


# --- R-INZ-3: the start-screen check ------------------------------------------------------------------


def bsn_for_check(station: Station, actor: SignedIn, candidate_id: int) -> tuple[str, str]:
    """R-BSN-4, R-INZ-3: the roster BSN grouped large (``1234 56 782``) and the candidate's name."""
    _viewer(actor)
    with transaction(station.engine) as session:
        candidate = _candidate_row(session, candidate_id)
        sealed, name = candidate.bsn_sealed, candidate.name
    return bsn_rules.grouped(open_bsn(keys.data_key(station), sealed)), name


def record_bsn_check(
    station: Station, actor: SignedIn, candidate_id: int, *, match: bool, id_document: str, note: str = ""
) -> Event:
    """R-INZ-3 with R-BSN-4: the candidate's ID checked on the start screen before inzage; a mismatch needs a
    note and blocks the start."""
    _viewer(actor)
    if id_document not in ID_DOCUMENTS:
        raise InvalidInput(message(_BAD_VALUE, value=id_document, allowed=", ".join(ID_DOCUMENTS)))
    if not match and not note.strip():
        raise InvalidInput(message(_MISMATCH_NOTE))
    with transaction(station.engine) as session:
        candidate = _candidate_row(session, candidate_id)
        return events.record_in(
            session,
            station,
            actor,
            EventKind.INZAGE_BSN_CHECKED,
            candidate_id=str(candidate_id),
            payload={
                "group": candidate.group_code,
                "match": match,
                "id_document": id_document,
                "note": note.strip(),
            },
        )


# --- the inzage session ------------------------------------------------------------------------------------


def start_inzage(
    station: Station, actor: SignedIn, candidate_id: int, *, supervisor_present: bool = False
) -> InzageSession:
    """ "Start inzage" (R-INZ-1): refused unless allowed today (R-INZ-2, R-INZ-3); a PE inzage also needs the
    start-screen check recorded as a match and a supervisor present, lasts at most its time limit and shows
    only the wrongly answered items (R-INZ-3)."""
    _viewer(actor)
    with transaction(station.engine) as session:
        afname = _afname(session, station, candidate_id, today(station))
        verdict = afname.result.eligibility
        name = afname.candidate.name
        if not verdict.allowed:
            raise InvalidInput(message(_REFUSED, name=name, reason=verdict.explanation))
        inspection = afname.inspection
        check = _id_check(afname.inzage_events)
        if inspection.supervised:
            if check is None or not check.payload["match"]:
                raise InvalidInput(message(_NEEDS_MATCH, name=name))
            if not supervisor_present:
                raise InvalidInput(message(_NEEDS_SUPERVISOR))
        shown = tuple(
            w for w in afname.items if not inspection.wrong_only or rules.answered_wrongly(w.score.status)
        )
        started = events.record_in(
            session,
            station,
            actor,
            EventKind.INZAGE_STARTED,
            candidate_id=str(candidate_id),
            payload={
                "group": afname.group.code,
                "exam": afname.exam.code,
                "variant": afname.result.variant,
                "wrong_only": inspection.wrong_only,
                "minutes": inspection.session_minutes,
                "supervisor_present": bool(supervisor_present),
                "id_check": check.id if check is not None and inspection.supervised else None,
                "items": [w.item.id for w in shown],
                "allowed_until": verdict.until.isoformat() if verdict.until else None,
            },
        )
    limit = timedelta(minutes=inspection.session_minutes) if inspection.session_minutes else None
    return InzageSession(started.id, candidate_id, started.wall_utc, limit, inspection.wrong_only, shown)


def _open_inzage(session: Any, station: Station, inzage_id: int) -> Event:
    found = [
        e
        for e in events.list_events_in(
            session, station, kinds=(EventKind.INZAGE_STARTED, EventKind.INZAGE_ENDED)
        )
        if e.id == inzage_id or e.payload.get("inzage") == inzage_id
    ]
    started = next((e for e in found if e.id == inzage_id and e.kind == EventKind.INZAGE_STARTED), None)
    if started is None:
        raise NotFound(message(_NO_INZAGE, id=inzage_id))
    if any(e.kind == EventKind.INZAGE_ENDED for e in found):
        raise InvalidInput(message(_INZAGE_ENDED, id=inzage_id))
    return started


def _inzage_event(
    station: Station,
    actor: SignedIn,
    inzage_id: int,
    kind: EventKind,
    payload: Mapping[str, Any],
    item: str = "",
) -> Event:
    _viewer(actor)
    with transaction(station.engine) as session:
        started = _open_inzage(session, station, inzage_id)
        if item and item not in started.payload["items"]:
            raise InvalidInput(message(_NOT_SHOWN, item=item))
        return events.record_in(
            session,
            station,
            actor,
            kind,
            candidate_id=started.candidate_id,
            payload={"inzage": inzage_id, **payload},
        )


def record_item_opened(station: Station, actor: SignedIn, inzage_id: int, item_id: str) -> Event:
    """R-INZ-4: an item opened during the inzage."""
    return _inzage_event(station, actor, inzage_id, EventKind.INZAGE_ITEM_OPENED, {"item": item_id}, item_id)


def record_answer_shown(station: Station, actor: SignedIn, inzage_id: int, item_id: str, what: str) -> Event:
    """R-INZ-4: the answer key ("Antwoordsleutel") or marking scheme ("Correctievoorschrift") shown."""
    if what not in (KEY, MARKING_SCHEME):
        raise InvalidInput(message(_BAD_VALUE, value=what, allowed=f"{KEY}, {MARKING_SCHEME}"))
    return _inzage_event(
        station, actor, inzage_id, EventKind.INZAGE_ANSWER_SHOWN, {"item": item_id, "what": what}, item_id
    )


def record_proces_verbaal_shown(station: Station, actor: SignedIn, inzage_id: int) -> Event:
    """R-PV-5: the candidate's part of the proces-verbaal was looked at during the inzage."""
    return _inzage_event(station, actor, inzage_id, EventKind.INZAGE_PROCES_VERBAAL_SHOWN, {})


def end_inzage(station: Station, actor: SignedIn, inzage_id: int, *, reason: str = END_CLOSED) -> Event:
    """The inzage ends: closed by the examensecretaris, or by itself when its time is up (R-INZ-3)."""
    if reason not in (END_CLOSED, END_TIME_UP):
        raise InvalidInput(message(_BAD_VALUE, value=reason, allowed=f"{END_CLOSED}, {END_TIME_UP}"))
    return _inzage_event(station, actor, inzage_id, EventKind.INZAGE_ENDED, {"reason": reason})


# --- R-INZ-4: the log ---------------------------------------------------------------------------------------


def _entries(session: Any, station: Station, inzage_events: Iterable[Event]) -> list[InzageLogEntry]:
    starts: dict[int, Event] = {}
    followers: dict[int, list[Event]] = {}
    checks: dict[int, Event] = {}
    for event in inzage_events:
        if event.kind == EventKind.INZAGE_STARTED:
            starts[event.id] = event
        elif event.kind == EventKind.INZAGE_BSN_CHECKED:
            checks[event.id] = event
        elif "inzage" in event.payload:
            followers.setdefault(int(event.payload["inzage"]), []).append(event)
    names = {row.username: row.display_name for row in account_store.all_accounts(session)}
    exams: dict[str, ExamRow | None] = {}
    entries = []
    for inzage_id, start in starts.items():
        after = followers.get(inzage_id, [])
        candidate = session.get(CandidateRow, int(start.candidate_id or 0))
        exam_code = str(start.payload["exam"])
        if exam_code not in exams:
            exams[exam_code] = session.get(ExamRow, exam_code)
        exam = exams[exam_code]
        ended = next((e for e in after if e.kind == EventKind.INZAGE_ENDED), None)
        check = checks.get(start.payload["id_check"]) if start.payload.get("id_check") else None

        def items(kind: EventKind, what: str | None = None, among: list[Event] = after) -> tuple[str, ...]:
            return tuple(
                dict.fromkeys(
                    str(e.payload["item"])
                    for e in among
                    if e.kind == kind and (what is None or e.payload.get("what") == what)
                )
            )

        chain = [start, *after]
        entries.append(
            InzageLogEntry(
                inzage_id=inzage_id,
                station_id=start.station_id,
                group_code=str(start.payload["group"]),
                exam_code=exam_code,
                exam_title=exam.title if exam else exam_code,
                exam_kind=exam.kind if exam else "other",
                variant=str(start.payload.get("variant") or ""),
                candidate_id=int(start.candidate_id or 0),
                candidate_number=candidate.number if candidate else "",
                candidate_name=candidate.name if candidate else "",
                conducted_by=start.actor,
                conducted_by_name=names.get(start.actor, start.actor),
                started_at=start.wall_utc,
                ended_at=ended.wall_utc if ended else None,
                end_reason=str(ended.payload["reason"]) if ended else None,
                time_limit_minutes=start.payload.get("minutes"),
                wrong_only=bool(start.payload.get("wrong_only")),
                supervisor_present=bool(start.payload.get("supervisor_present")),
                id_check="match" if check is not None and check.payload.get("match") else None,
                id_document=str(check.payload["id_document"]) if check is not None else None,
                items_shown=tuple(str(i) for i in start.payload.get("items", [])),
                items_opened=items(EventKind.INZAGE_ITEM_OPENED),
                keys_shown=items(EventKind.INZAGE_ANSWER_SHOWN, KEY),
                marking_schemes_shown=items(EventKind.INZAGE_ANSWER_SHOWN, MARKING_SCHEME),
                proces_verbaal_shown=any(e.kind == EventKind.INZAGE_PROCES_VERBAAL_SHOWN for e in after),
                event_ids=tuple(e.id for e in chain),
                last_hash=chain[-1].hash,
            )
        )
    entries.sort(key=lambda entry: (entry.started_at, entry.inzage_id))
    return entries


def inzage_log(station: Station, actor: SignedIn, group_code: str | None = None) -> list[InzageLogEntry]:
    """R-INZ-4: every inzage (of one afnamegroep, when given), oldest first."""
    _viewer(actor)
    with transaction(station.engine) as session:
        if group_code is not None:
            _group_and_exam(session, group_code)
        found = _entries(session, station, events.list_events_in(session, station, kinds=INZAGE_KINDS))
    return [entry for entry in found if group_code is None or entry.group_code == group_code]


def inzage_entry(station: Station, actor: SignedIn, inzage_id: int) -> InzageLogEntry:
    """One inzage's log entry, for the signed inzage report (R-INZ-4)."""
    for entry in inzage_log(station, actor):
        if entry.inzage_id == inzage_id:
            return entry
    raise NotFound(message(_NO_INZAGE, id=inzage_id))


# --- R-VOV-3: the result-adjustment preview -----------------------------------------------------------------


def _fault(event: Event) -> FaultMelding:
    payload = event.payload
    return FaultMelding(
        event_id=event.id,
        session_id=event.session_id or "",
        recorded_at=event.wall_utc,
        recorded_by=event.actor,
        questions=tuple(str(q) for q in payload.get("questions", [])),
        collective=bool(payload.get("collective")),
        candidate_text=str(payload.get("candidate_text", "")),
        surveillant_text=str(payload.get("surveillant_text", "")),
        resolved=bool(payload.get("resolved")),
        resolution=str(payload.get("resolution", "")),
        duo_consulted=bool(payload.get("duo_consulted")),
        meldingsnummer=str(payload.get("meldingsnummer", "")),
    )


def _faults(session: Any, station: Station, candidate: CandidateRow) -> list[FaultMelding]:
    found = []
    for exam_session in inspection_store.sessions_of_group(session, candidate.group_code):
        for event in events.list_events_in(
            session, station, session_id=exam_session.id, kinds=(EventKind.MELDING,)
        ):
            if event.payload.get("kind") != MELDING_KINDS[2] or not event.payload.get("questions"):
                continue
            if event.candidate_id is None or event.candidate_id == str(candidate.id):
                found.append(_fault(event))
    return found


def fault_meldingen(station: Station, actor: SignedIn, candidate_id: int) -> list[FaultMelding]:
    """R-VOV-3: the meldingen about the working of the exam bank, with question numbers, made during the
    candidate's exam (for them or for the whole group)."""
    _viewer(actor)
    with transaction(station.engine) as session:
        return _faults(session, station, _candidate_row(session, candidate_id))


def preview_adjustment(
    station: Station, actor: SignedIn, candidate_id: int, melding_id: int, *, representative: bool
) -> AdjustmentPreview:
    """R-VOV-3: the result recomputed without the melding's questions (R-SCO-9), with the six conditions.
    A preview only: DUO decides."""
    _viewer(actor)
    with transaction(station.engine) as session:
        return _preview(session, station, candidate_id, melding_id, representative)[0]


def _preview(
    session: Any, station: Station, candidate_id: int, melding_id: int, representative: bool
) -> tuple[AdjustmentPreview, FaultMelding, str]:
    candidate = _candidate_row(session, candidate_id)
    melding = next((m for m in _faults(session, station, candidate) if m.event_id == melding_id), None)
    if melding is None:
        raise NotFound(message(_NO_MELDING, id=melding_id))
    _, exam_row = _group_and_exam(session, candidate.group_code)
    exam = core_exam(_model(exam_row))
    result = package_store.find_result(session, candidate_id, exam.code)
    if result is None:
        raise NotFound(message(_NO_RESULT, name=candidate.name, exam=exam.code))
    preview = rules.adjustment_preview(
        exam.variant_items(result.variant),
        core_responses(exam, json.loads(result.responses)),
        exam.grading,
        questions=melding.questions,
        melding_kind=MELDING_KINDS[2],
        # A melding can only be recorded while its session runs (services.sessions).
        reported_during_exam=True,
        resolved=melding.resolved,
        duo_consulted=melding.duo_consulted,
        representative=representative,
    )
    return preview, melding, exam.code


def _outcome_payload(outcome: rules.Outcome | None) -> dict[str, Any] | None:
    if outcome is None:
        return None
    return {
        "points": str(outcome.points),
        "max_points": str(outcome.max_points),
        "grade": str(outcome.grade.rounded),
        "passed": outcome.passed,
    }


def save_adjustment_preview(
    station: Station, actor: SignedIn, candidate_id: int, melding_id: int, *, representative: bool
) -> tuple[AdjustmentPreview, Event]:
    """R-VOV-3: record the preview as the examensecretaris saw it, condition 5 included."""
    _viewer(actor)
    with transaction(station.engine) as session:
        preview, melding, exam_code = _preview(session, station, candidate_id, melding_id, representative)
        if preview.after is None:
            raise InvalidInput(message(_NOTHING_LEFT, questions=", ".join(preview.excluded)))
        event = events.record_in(
            session,
            station,
            actor,
            EventKind.ADJUSTMENT_PREVIEWED,
            # Not in the session's own record: a preview is no addendum to its proces-verbaal (R-PV-4).
            candidate_id=str(candidate_id),
            payload={
                "session": melding.session_id,
                "melding": melding_id,
                "exam": exam_code,
                "excluded": list(preview.excluded),
                "unknown_questions": list(preview.unknown_questions),
                "before": _outcome_payload(preview.before),
                "after": _outcome_payload(preview.after),
                "conditions": {str(number): met for number, met in preview.conditions.items()},
                "representative": representative,
                "changes_to_pass": preview.changes_to_pass,
                "preview_only": True,
            },
        )
    return preview, event
