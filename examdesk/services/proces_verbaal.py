"""The proces-verbaal of an exam session (R-PV-1..5): its event log rendered for people.

:func:`load` returns one :class:`ProcesVerbaal`, a plain, frozen data structure (``core.proces_verbaal``)
that both the station's screen and the signed PDF report read:

* :class:`Header`: exam and variants, date, location and room, surveillants, planned start and
  duration, quarantine, when it was opened and closed and who signed it off (R-PV-1, R-PV-4);
* one :class:`CandidateRecord` per candidate on the roster: masked BSN and the BSN check, start,
  deadline and end, extension with its basis, pauses, storingen with compensation, late arrival, left
  early or absent, and the candidate's :class:`~examdesk.core.timeline.Timeline` (R-PV-1);
* every :class:`Entry`: one per event of the session in recorded order (which is time order; when the
  wall clock went back, R-TIME-10, the station's clock warning stands among them), each with its local
  time, who it is about, what kind it is, a sentence saying what was recorded, and who recorded it.
  Meldingen, irregularities, remarks, corrections (R-PV-2) and addenda (R-PV-4) are among them and
  also picked out by the properties of the same names;
* :class:`ChainCheck`: whether the station's hash chain verified, its head, and the first broken link
  if there is one (R-PV-3).

Words are kept as translatable :class:`~examdesk.core.text.Message`/``Text`` values, not as strings, so
that one proces-verbaal can be shown and printed in Dutch or in English: ``proces_verbaal.text(entry)`` and
``i18n.render(...)`` say them in the current (or a given) language.

:func:`record_addendum` is the one thing that may be added once a session is closed: only by the
examensecretaris, marked as an addendum (R-PV-4).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from sqlmodel import Session

from examdesk.core import timeline as timeline_rules
from examdesk.core.accommodations import AccommodationKind
from examdesk.core.clock import ClockState
from examdesk.core.errors import ExamdeskError
from examdesk.core.eventkinds import SYSTEM_ACTOR, EventKind
from examdesk.core.facts import (
    BsnChecked,
    Correction,
    ExtensionApplied,
    LeftEarly,
    OverriddenRule,
    StoringEnded,
    StoringStarted,
)
from examdesk.core.facts.session import Addendum, SessionClosed
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.proces_verbaal import (  # the data, re-exported for the screens and reports
    GROUP,
    SECTIONS,
    STATE_LABELS,
    STATION,
    BsnCheck,
    CandidateRecord,
    CandidateRef,
    ChainCheck,
    Entry,
    Header,
    Pause,
    Person,
    ProcesVerbaal,
    Section,
    StoringRecord,
    Surveillant,
    select,
)
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.core.timeline import SegmentKind
from examdesk.core.words import ID_DOCUMENT_LABELS as ID_DOCUMENT_LABELS
from examdesk.core.words import SESSION_STATE_LABELS as SESSION_STATE_LABELS
from examdesk.services import accounts, catalogue, events, override_text, sessions
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput, NotFound, PermissionDenied
from examdesk.services.events import Event
from examdesk.services.pv_describe import describe
from examdesk.services.pv_kinds import (  # the names (kind_label is used by the screens)
    KIND_LABELS,
    LOCATION_LABELS,
    kind_label,
)
from examdesk.services.pv_model import kind_text, kinds, name, subject_text, text  # its words
from examdesk.services.sessions import CandidateContext, SessionState
from examdesk.services.sessions.base import session_group_exam, session_row
from examdesk.services.sessions.clocks import overrides_of
from examdesk.services.station import Station
from examdesk.store import packages as package_store
from examdesk.store import sessions as session_store
from examdesk.store.db import transaction

__all__ = [
    "BsnCheck",
    "CandidateRecord",
    "CandidateRef",
    "ChainCheck",
    "Entry",
    "GROUP",
    "Header",
    "ID_DOCUMENT_LABELS",
    "KIND_LABELS",
    "LOCATION_LABELS",
    "Pause",
    "Person",
    "ProcesVerbaal",
    "SECTIONS",
    "SESSION_STATE_LABELS",
    "STATE_LABELS",
    "STATION",
    "Section",
    "StoringRecord",
    "Surveillant",
    "addendum_refusal",
    "describe",
    "kind_label",
    "kind_text",
    "kinds",
    "load",
    "name",
    "record_addendum",
    "select",
    "subject_text",
    "text",
]

_NO_CANDIDATE = QT_TRANSLATE_NOOP("ProcesVerbaal", "Candidate {id} does not belong to this session.")
_NO_EVENT = QT_TRANSLATE_NOOP("ProcesVerbaal", "Event #{id} is not part of this session's proces-verbaal.")
_TEXT_NEEDED = QT_TRANSLATE_NOOP("ProcesVerbaal", "Write the addendum's text.")
_NOT_CLOSED = QT_TRANSLATE_NOOP(
    "ProcesVerbaal",
    "The session is {state}: an addendum is added to the proces-verbaal only after the session has been "
    "closed. While it runs, record a remark instead.",
)
_ONLY_SECRETARIS = QT_TRANSLATE_NOOP(
    "ProcesVerbaal",
    "After a session has been closed only the examensecretaris can add to its proces-verbaal; {user} is not "
    "examensecretaris.",
)

_SYSTEM = QT_TRANSLATE_NOOP("ProcesVerbaal", "the station")
_COMMAND_LINE = QT_TRANSLATE_NOOP("ProcesVerbaal", "{name} (command line)")


# --- loading ---------------------------------------------------------------------------------------------


def load(station: Station, actor: SignedIn, session_id: str) -> ProcesVerbaal:
    """The proces-verbaal of ``session_id`` as it stands now: for a running session, up to this moment."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    now = station.clock.read().wall
    with transaction(station.engine) as session:
        row, group, exam = session_group_exam(session, session_id)
        contexts = sessions.all_contexts(session, station, session_id)
        session_events = events.list_events(station, session_id=session_id, within=session)
        # R-TIME-10: the station's clock warnings from the session's first event to its closing.
        first = min((e.seq for e in session_events), default=None)
        last = next((e.seq for e in session_events if e.kind == EventKind.SESSION_CLOSED), None)
        anomalies = [
            e
            for e in events.list_events(station, kinds=(EventKind.CLOCK_ANOMALY,), within=session)
            if first is not None and e.seq >= first and (last is None or e.seq <= last)
        ]
        assigned = session_store.surveillants_of(session, session_id)
        results = {c.id: r.variant for c, r in package_store.results_of_group(session, row.group_code)}
        names = {SYSTEM_ACTOR}
        names.update(e.actor for e in session_events)
        names.update(name for _, name in assigned)
        people = {name: _person(session, name) for name in names}
    chain = events.verify(station)
    years = station.settings.vsv_valid_years

    records = tuple(
        _candidate(context, now, people, results.get(context.candidate.id), exam.kind, years)
        for context in contexts
    )
    refs = {r.candidate_id: CandidateRef(r.candidate_id, r.number, r.name) for r in records}
    by_id = {r.candidate_id: r for r in records}
    ordered = sorted([*session_events, *anomalies], key=lambda e: e.seq)
    entries = _entries(ordered, refs, by_id, people)

    state = sessions.session_state(e for e in session_events if e.candidate_id is None)
    opened = next((e for e in session_events if e.kind == EventKind.SESSION_STARTED), None)
    closed = next((e for e in session_events if e.kind == EventKind.SESSION_CLOSED), None)
    header = Header(
        session_id=row.id,
        school=station.school,
        station_name=station.name,
        exam_code=exam.code,
        exam_title=exam.title,
        exam_kind=exam.kind,
        exam_variants=tuple(v.code for v in exam.definition.variants or ()) or ("A",),
        variants_sat=tuple(sorted({v for v in results.values() if v})),
        duration_minutes=exam.duration_minutes,
        group_code=group.code,
        group_name=group.name,
        date=row.date,
        start_time=row.start_time,
        planned_start=sessions.planned_start(row),
        location_kind=row.location_kind,
        room=row.room,
        quarantine=row.quarantine,
        simultaneous=row.simultaneous,
        permission_reference=row.permission_reference,
        consulted_on=row.consulted_on,
        quarantine_reported_on=row.quarantine_reported_on,
        surveillants=tuple(Surveillant(people[name], r.qualified_teacher) for r, name in assigned),
        state=state,
        opened_at=opened.wall_utc if opened else None,
        closed_at=closed.wall_utc if closed else None,
        closed_by=people[closed.actor] if closed else None,
        signed_off_by=tuple(
            people.get(name) or Person(name, name)
            for name in (closed.facts_as(SessionClosed).confirmed_by if closed else ())
        ),
    )
    newest = max(session_events, key=lambda e: e.seq, default=None)
    check = ChainCheck(
        verified=chain.ok,
        events_checked=chain.count,
        head_hash=chain.heads.get(station.station_id),
        broken=chain.broken,
        session_events=len(session_events),
        last_seq=newest.seq if newest else None,
        last_hash=newest.hash if newest else None,
    )
    return ProcesVerbaal(header, records, entries, check, now)


def _person(session: Session, username: str) -> Person:
    if username == SYSTEM_ACTOR:
        return Person(username, username, _SYSTEM)
    if username.startswith("cli:"):
        return Person(username, username[4:], message(_COMMAND_LINE, name=username[4:]))
    account = accounts.find_account(session, username)
    return Person(username, account.display_name if account is not None else username)


def _voided(candidate_events: Sequence[Event]) -> set[int]:
    return {
        e.corrects_id
        for e in candidate_events
        if isinstance(e.facts, Correction) and e.facts.void and e.corrects_id is not None
    }


def _storingen(candidate_events: Sequence[Event]) -> list[timeline_rules.Storing]:
    voided = _voided(candidate_events)
    live = [e for e in candidate_events if e.id not in voided]
    spans = []
    for started in (e for e in live if e.kind == EventKind.STORING_STARTED):
        ended = next(
            (e for e in live if isinstance(e.facts, StoringEnded) and e.facts.storing == started.id),
            None,
        )
        spans.append(timeline_rules.Storing(started.id, started.wall_utc, ended.wall_utc if ended else None))
    return spans


def _candidate(
    context: CandidateContext,
    now: datetime,
    people: Mapping[str, Person],
    variant: str | None,
    exam_kind: str,
    years: int,
) -> CandidateRecord:
    candidate = context.candidate
    assert candidate.id is not None
    own = context.events
    storingen = _storingen(own)
    timeline = timeline_rules.build(context.plan, sessions.clock_events(own), now, storingen)
    clock = timeline.clock
    voided = _voided(own)
    live = [e for e in own if e.id not in voided]
    checks = [e for e in live if e.kind in (EventKind.BSN_CHECKED, EventKind.ROSTER_CORRECTED)]
    last_check = next((e for e in reversed(checks) if e.kind == EventKind.BSN_CHECKED), None)
    checked = last_check.facts_as(BsnChecked) if last_check is not None else None
    bsn_check = (
        BsnCheck(
            matched=checked.match,
            id_document=str(checked.id_document),
            at=last_check.wall_utc,
            by=people[last_check.actor],
            note=checked.note,
        )
        if last_check is not None and checked is not None
        else None
    )
    accommodations = catalogue.accommodations_of(candidate, exam_kind, context.row.date, years)
    basis = tuple(
        override_text.ground_words(a.model) if a.model is not None else (a.basis or "")
        for a in accommodations
        if a.kind is AccommodationKind.EXTRA_TIME and (a.basis or a.model is not None)
    )
    pauses = tuple(
        Pause(s.start, s.end, clock.state is ClockState.PAUSED and s.end == timeline.end)
        for s in timeline.segments
        if s.kind is SegmentKind.PAUSE
    )
    numbers: dict[int, list[str]] = {}
    for e in live:
        facts = e.facts
        if isinstance(facts, StoringStarted | StoringEnded) and facts.meldingsnummer:
            storing = facts.storing if isinstance(facts, StoringEnded) else e.id
            found = numbers.setdefault(storing, [])
            if facts.meldingsnummer not in found:
                found.append(facts.meldingsnummer)
    starts = {e.id: e.facts_as(StoringStarted) for e in live if e.kind == EventKind.STORING_STARTED}
    storing_records = tuple(
        StoringRecord(
            id=span.id,
            start=span.start,
            end=span.end,
            question=starts[span.id].question,
            pc_old=starts[span.id].pc_old,
            pc_new=starts[span.id].pc_new,
            meldingsnummers=tuple(numbers.get(span.id, ())),
            compensation=span.compensation,
        )
        for span in timeline.storingen
    )
    left_event = next((e for e in live if e.kind == EventKind.LEFT_EARLY), None)
    left = left_event.facts_as(LeftEarly) if left_event is not None else None
    overrides = [decided for _, decided in overrides_of(own)]
    return CandidateRecord(
        candidate_id=candidate.id,
        number=candidate.number,
        name=candidate.name,
        masked_bsn="*****" + candidate.bsn_last4,
        variant=variant,
        bsn_check=bsn_check,
        roster_corrected=any(e.kind == EventKind.ROSTER_CORRECTED for e in live),
        state=clock.state,
        started_at=clock.started_at,
        deadline=clock.deadline,
        ended_at=clock.ended_at if clock.is_final else None,
        late_arrival=timeline.late_by > timedelta(0),
        late_by=timeline.late_by,
        granted_extension=context.granted,
        extension=timeline.extension_counted,  # R-PV-7: none after the end of the clock
        extension_basis=basis,
        extension_overrides=tuple(  # R-TIME-4: "more time than granted"
            e.facts.v1_override_reason
            for e in live
            if isinstance(e.facts, ExtensionApplied) and e.facts.v1_override_reason
        )
        + tuple(o.reason for o in overrides if o.rule is OverriddenRule.MORE_TIME),
        pauses=pauses,
        total_pause=clock.total_pause,
        storingen=storing_records,
        compensation=timeline.compensation_counted,  # R-PV-7
        left_early_reason=left.reason if left is not None else None,
        left_early_ill=left.ill if left is not None else False,
        absent=clock.state is ClockState.ABSENT,
        timeline=timeline,
        grant_used=clock.grant_used,
        overridden=bool(overrides),
    )


def _entries(
    ordered: Sequence[Event],
    refs: Mapping[int, CandidateRef],
    records: Mapping[int, CandidateRecord],
    people: Mapping[str, Person],
) -> tuple[Entry, ...]:
    by_id = {e.id: e for e in ordered}
    corrections: dict[int, list[int]] = {}
    voided: set[int] = set()
    for e in ordered:
        if e.kind == EventKind.CORRECTION and e.corrects_id is not None:
            corrections.setdefault(e.corrects_id, []).append(e.id)
            if e.facts_as(Correction).void:
                voided.add(e.corrects_id)
    pause_ends = _pause_pairs(ordered, voided)
    entries = []
    for e in ordered:
        ref = refs.get(e.candidate_id) if e.candidate_id is not None else None
        record = records.get(ref.candidate_id) if ref is not None else None
        refers = e.facts.refers_to if isinstance(e.facts, Addendum) else None
        entries.append(
            Entry(
                event_id=e.id,
                seq=e.seq,
                at=e.wall_utc,
                local_at=e.wall_utc.astimezone(AMSTERDAM),
                kind=e.kind,
                kind_label=kind_label(e.kind),
                section=SECTIONS.get(e.kind, Section.CANDIDATE if ref is not None else Section.SESSION),
                candidate=ref,
                parts=describe(e, by_id, record, people, pause_ends),
                actor=people.get(e.actor) or Person(e.actor, e.actor),
                corrects_id=e.corrects_id,
                refers_to=int(refers) if refers is not None else None,
                corrected_by=tuple(corrections.get(e.id, ())),
                voided=e.id in voided,
                hash=e.hash,
            )
        )
    return tuple(entries)


def _pause_pairs(ordered: Sequence[Event], voided: set[int]) -> dict[int, Event]:
    """Each pause's begin and end event, both ways (begin id -> end, end id -> begin), per candidate."""
    pairs: dict[int, Event] = {}
    open_pause: dict[int, Event] = {}
    for e in ordered:
        if e.id in voided or e.candidate_id is None:
            continue
        if e.kind == EventKind.PAUSE_STARTED and e.candidate_id not in open_pause:
            open_pause[e.candidate_id] = e
        elif e.kind == EventKind.PAUSE_ENDED and e.candidate_id in open_pause:
            begun = open_pause.pop(e.candidate_id)
            pairs[begun.id], pairs[e.id] = e, begun
    return pairs


# --- addenda ---------------------------------------------------------------------------------------------------


def _addendum_refusal(actor: SignedIn, state: SessionState) -> ExamdeskError | None:
    if state is not SessionState.CLOSED:
        return InvalidInput(message(_NOT_CLOSED, state=SESSION_STATE_LABELS[state]))
    if not actor.has(Role.EXAMENSECRETARIS):
        return PermissionDenied(message(_ONLY_SECRETARIS, user=actor.display_name))
    return None


def addendum_refusal(station: Station, actor: SignedIn, session_id: str) -> Message | None:
    """Why ``actor`` may not add an addendum to this session now (R-PV-4), or ``None`` when they may."""
    with transaction(station.engine) as session:
        session_row(session, session_id)
        state = sessions.session_state(
            events.list_events(station, session_id=session_id, only_session=True, within=session)
        )
    refusal = _addendum_refusal(actor, state)
    return refusal.message if refusal is not None else None


def record_addendum(
    station: Station,
    actor: SignedIn,
    session_id: str,
    text: str,
    *,
    candidate_id: int | None = None,
    refers_to: int | None = None,
) -> Event:
    """R-PV-4: after closing, only the examensecretaris adds to the proces-verbaal, as an addendum (about one
    candidate, and referring to an earlier event of the session, when given)."""
    with transaction(station.engine) as session:
        row = session_row(session, session_id)
        session_events = events.list_events(station, session_id=session_id, within=session)
        refusal = _addendum_refusal(
            actor, sessions.session_state(e for e in session_events if e.candidate_id is None)
        )
        if refusal is not None:
            raise refusal
        if not text.strip():
            raise InvalidInput(message(_TEXT_NEEDED))
        if candidate_id is not None and candidate_id not in {
            c.id for c in package_store.candidates_of(session, row.group_code)
        }:
            raise NotFound(message(_NO_CANDIDATE, id=candidate_id))
        if refers_to is not None and refers_to not in {e.id for e in session_events}:
            raise NotFound(message(_NO_EVENT, id=refers_to))
        return events.record(
            station,
            actor,
            EventKind.ADDENDUM,
            session_id=session_id,
            candidate_id=candidate_id,
            facts=Addendum(text.strip(), refers_to),
            within=session,
        )
