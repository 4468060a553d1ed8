"""A running inzage (R-INZ-1, R-INZ-3, R-INZ-4), and what real life does to it (R-INZ-7): the start, every item
opened and every key or marking scheme shown as one chained event, the end; after a crash the open inzage is
resumed the same day for its remaining minutes or closed as interrupted; a VOV made during it (R-VOV-4).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from sqlmodel import Session

from examdesk.core import inspection as rules
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import Facts
from examdesk.core.facts.inzage import (
    InzageAnswerShown,
    InzageEnded,
    InzageItemOpened,
    InzageProcesVerbaalShown,
    InzageResumed,
    InzageStarted,
)
from examdesk.core.facts.session import InzageBsnChecked, Melding
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.core.words import MeldingKind
from examdesk.services import appointment_book, events
from examdesk.services import inzage_log as log_reading
from examdesk.services.actors import SignedIn
from examdesk.services.errors import InvalidInput, NotFound
from examdesk.services.events import Event
from examdesk.services.inspection import (
    Afname,
    InzageSession,
    afname_of,
    group_and_exam,
    id_check_event,
    require_viewer,
    today,
)
from examdesk.services.inzage_log import (
    END_CLOSED,
    END_INTERRUPTED,
    END_TIME_UP,
    KEY,
    MARKING_SCHEME,
    InzageLogEntry,
)
from examdesk.services.station import Station
from examdesk.store import inspection as inspection_store
from examdesk.store.db import transaction
from examdesk.store.models import CandidateRow, ExamGroupRow

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
_STILL_OPEN = QT_TRANSLATE_NOOP(
    "Inzage",
    "The inzage of {name} (started {started}) is still open: resume it or close it as interrupted first.",
)
_WORKING = QT_TRANSLATE_NOOP(
    "Inzage",
    "{name} is working on {exam} in the running session of afnamegroep {group}: no inzage with answer keys "
    "until they have finished.",
)
_NOT_SAME_DAY = QT_TRANSLATE_NOOP(
    "Inzage",
    "The inzage of {name} started on {day}: it can only be resumed that same day. Close it as interrupted.",
)
_NO_TIME_LEFT = QT_TRANSLATE_NOOP(
    "Inzage", "The inzage of {name} has no time left to resume. Close it as interrupted."
)
_COUNT_REASON = QT_TRANSLATE_NOOP("Inzage", "Say why this interrupted inzage counts against the half year.")
_VOV_TEXT = QT_TRANSLATE_NOOP("Inzage", "Write down what the candidate says about the content of the exam.")
_VOV_QUESTIONS = QT_TRANSLATE_NOOP(
    "Inzage", "Name the question numbers the VOV is about, as the candidate saw them (for example 3, 7)."
)
_VOV_UNKNOWN = QT_TRANSLATE_NOOP("Inzage", "This inzage has no question {number}.")

# R-PV-5: a candidate's own clock ends with one of these in the running session.
_FINAL = (EventKind.HANDED_IN, EventKind.LEFT_EARLY, EventKind.TIME_UP, EventKind.ABSENT)


def _working_elsewhere(session: Session, station: Station, found: Afname) -> ExamGroupRow | None:
    """R-PV-5: a group of the same exam whose session is running with this person on its roster, not yet done."""
    for candidate, _ in inspection_store.candidacies_of_exam(
        session, found.exam.code, {found.candidate.bsn_hash}
    ):
        for row in inspection_store.sessions_of_group(session, candidate.group_code):
            kinds = {e.kind for e in events.list_events(station, session_id=row.id, within=session)}
            if EventKind.SESSION_STARTED not in kinds or EventKind.SESSION_CLOSED in kinds:
                continue
            own = events.list_events(
                station, session_id=row.id, candidate_id=candidate.id, kinds=_FINAL, within=session
            )
            if not own:
                group: ExamGroupRow | None = session.get(ExamGroupRow, candidate.group_code)
                return group
    return None


def _refuse_while_open(session: Session, station: Station) -> None:
    """R-INZ-7, R-INZ-8: one inzage at a time; an open one (after a crash) is resumed or closed first."""
    for entry in log_reading.open_entries(session, station):
        raise InvalidInput(
            message(_STILL_OPEN, name=entry.candidate_name, started=rules.amsterdam_day(entry.started_at))
        )


def start_inzage(
    station: Station, actor: SignedIn, candidate_id: int, *, supervisor_present: bool = False
) -> InzageSession:
    """ "Start inzage" (R-INZ-1): refused unless allowed today (R-INZ-2, R-INZ-3); a PE inzage also needs the
    start-screen check recorded as a match and a supervisor present, lasts at most its time limit and shows
    only the wrongly answered items (R-INZ-3). Held at the candidate's appointment of today, when there is one
    (R-INZ-6). Refused while another inzage is open (R-INZ-7) or while the candidate works on the same exam in
    a running session (R-PV-5)."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        _refuse_while_open(session, station)
        day = today(station)
        found = afname_of(session, station, candidate_id, day)
        verdict = found.result.eligibility
        name = found.candidate.name
        if not verdict.allowed:
            raise InvalidInput(message(_REFUSED, name=name, reason=verdict.explanation))
        busy = _working_elsewhere(session, station, found)
        if busy is not None:
            raise InvalidInput(message(_WORKING, name=name, exam=found.exam.code, group=busy.code))
        inspection = found.inspection
        check = id_check_event(found.inzage_events)
        if inspection.supervised:
            if check is None or not check.facts_as(InzageBsnChecked).match:
                raise InvalidInput(message(_NEEDS_MATCH, name=name))
            if not supervisor_present:
                raise InvalidInput(message(_NEEDS_SUPERVISOR))
        shown = tuple(
            w for w in found.items if not inspection.wrong_only or rules.answered_wrongly(w.score.status)
        )
        appointment = appointment_book.open_on(session, station, candidate_id, day)
        started = events.record(
            station,
            actor,
            EventKind.INZAGE_STARTED,
            candidate_id=candidate_id,
            facts=InzageStarted(
                group=found.group.code,
                exam=found.exam.code,
                variant=found.result.variant,
                wrong_only=inspection.wrong_only,
                minutes=inspection.session_minutes,
                supervisor_present=bool(supervisor_present),
                id_check=check.id if check is not None and inspection.supervised else None,
                items=tuple(w.item.id for w in shown),
                # R-INZ-9: the numbers the candidate saw in their variant.
                numbers={w.item.id: w.number for w in shown},
                allowed_until=verdict.until,
                sitting=found.sessions[-1] if found.sessions else None,  # R-PV-5
                appointment=appointment.id if appointment is not None else None,  # R-INZ-6
            ),
            within=session,
        )
    limit = timedelta(minutes=inspection.session_minutes) if inspection.session_minutes else None
    return InzageSession(started.id, candidate_id, started.wall_utc, limit, inspection.wrong_only, shown)


def _entry(session: Session, station: Station, inzage_id: int) -> InzageLogEntry:
    for entry in log_reading.all_entries(session, station):
        if entry.inzage_id == inzage_id:
            return entry
    raise NotFound(message(_NO_INZAGE, id=inzage_id))


def _open_inzage(session: Session, station: Station, inzage_id: int) -> Event:
    found = [
        e
        for e in events.list_events(
            station, kinds=(EventKind.INZAGE_STARTED, EventKind.INZAGE_ENDED), within=session
        )
        if e.id == inzage_id or (isinstance(e.facts, InzageEnded) and e.facts.inzage == inzage_id)
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
    facts: Callable[[int], Facts],
    item: str = "",
) -> Event:
    """An event of the open inzage ``inzage_id``; ``facts`` makes its facts from that id."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        started = _open_inzage(session, station, inzage_id)
        if item and item not in started.facts_as(InzageStarted).items:
            raise InvalidInput(message(_NOT_SHOWN, item=item))
        return events.record(
            station,
            actor,
            kind,
            candidate_id=started.candidate_id,
            facts=facts(inzage_id),
            within=session,
        )


def record_item_opened(station: Station, actor: SignedIn, inzage_id: int, item_id: str) -> Event:
    """R-INZ-4: an item opened during the inzage."""
    return _inzage_event(
        station,
        actor,
        inzage_id,
        EventKind.INZAGE_ITEM_OPENED,
        partial(InzageItemOpened, item=item_id),
        item_id,
    )


def record_answer_shown(station: Station, actor: SignedIn, inzage_id: int, item_id: str, what: str) -> Event:
    """R-INZ-4, R-INZ-9: the answer key ("Antwoordsleutel") or marking scheme ("Correctievoorschrift") shown."""
    if what not in (KEY, MARKING_SCHEME):
        raise InvalidInput(message(_BAD_VALUE, value=what, allowed=f"{KEY}, {MARKING_SCHEME}"))
    return _inzage_event(
        station,
        actor,
        inzage_id,
        EventKind.INZAGE_ANSWER_SHOWN,
        partial(InzageAnswerShown, item=item_id, what=what),
        item_id,
    )


def record_proces_verbaal_shown(station: Station, actor: SignedIn, inzage_id: int) -> Event:
    """R-PV-5: the candidate's part of the proces-verbaal was looked at during the inzage."""
    return _inzage_event(
        station, actor, inzage_id, EventKind.INZAGE_PROCES_VERBAAL_SHOWN, InzageProcesVerbaalShown
    )


def end_inzage(station: Station, actor: SignedIn, inzage_id: int, *, reason: str = END_CLOSED) -> Event:
    """The inzage ends: closed by the examensecretaris, or by itself when its time is up (R-INZ-3)."""
    if reason not in (END_CLOSED, END_TIME_UP):
        raise InvalidInput(message(_BAD_VALUE, value=reason, allowed=f"{END_CLOSED}, {END_TIME_UP}"))
    return _inzage_event(
        station, actor, inzage_id, EventKind.INZAGE_ENDED, partial(InzageEnded, reason=reason)
    )


# --- R-INZ-7: after a crash ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenInzage:
    """An inzage the station stopped during: who, since when, and what is left of its time today."""

    entry: InzageLogEntry
    remaining: timedelta | None  # None: the inzage has no time limit
    resumable: bool  # the same Amsterdam day, with time left


def _open_view(entry: InzageLogEntry, day: dt.date) -> OpenInzage:
    limit = entry.time_limit_minutes
    remaining = None if limit is None else max(timedelta(minutes=limit) - entry.used, timedelta(0))
    same_day = rules.amsterdam_day(entry.started_at) == day
    return OpenInzage(entry, remaining, same_day and (remaining is None or remaining > timedelta(0)))


def open_inzages(station: Station, actor: SignedIn) -> list[OpenInzage]:
    """R-INZ-7: the inzages that were never ended (the station stopped), for the next start to show."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        found = log_reading.open_entries(session, station)
    day = today(station)
    return [_open_view(entry, day) for entry in found]


def resume_inzage(station: Station, actor: SignedIn, inzage_id: int) -> InzageSession:
    """R-INZ-7: resume an interrupted inzage the same day for its remaining minutes (an event)."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        started = _open_inzage(session, station, inzage_id)
        view = _open_view(_entry(session, station, inzage_id), today(station))
        name = view.entry.candidate_name
        if rules.amsterdam_day(view.entry.started_at) != today(station):
            raise InvalidInput(
                message(_NOT_SAME_DAY, name=name, day=rules.amsterdam_day(view.entry.started_at))
            )
        if not view.resumable:
            raise InvalidInput(message(_NO_TIME_LEFT, name=name))
        candidate_id = started.candidate_id or 0
        found = afname_of(session, station, candidate_id, today(station))
        began = started.facts_as(InzageStarted)
        ids = list(began.items)
        by_id = {w.item.id: w for w in found.items}
        items = tuple(by_id[i] for i in ids if i in by_id)
        left = view.remaining
        events.record(
            station,
            actor,
            EventKind.INZAGE_RESUMED,
            candidate_id=started.candidate_id,
            facts=InzageResumed(inzage_id, None if left is None else int(left.total_seconds())),
            within=session,
        )
    return InzageSession(inzage_id, candidate_id, started.wall_utc, left, began.wrong_only, items, True)


def close_interrupted(
    station: Station, actor: SignedIn, inzage_id: int, *, counts: bool = False, reason: str = ""
) -> Event:
    """R-INZ-7: close an interrupted inzage. It counts against the half year (R-INZ-3) only when the
    examensecretaris records, with a reason, that it does."""
    if counts and not reason.strip():
        raise InvalidInput(message(_COUNT_REASON))
    ended = partial(
        InzageEnded, reason=END_INTERRUPTED, counts=counts, count_reason=reason.strip() if counts else ""
    )
    return _inzage_event(station, actor, inzage_id, EventKind.INZAGE_ENDED, ended)


# --- R-VOV-4: a VOV made during an inzage ---------------------------------------------------------------------


def record_vov(
    station: Station,
    actor: SignedIn,
    inzage_id: int,
    *,
    questions: Sequence[int],
    candidate_text: str,
    surveillant_text: str = "",
) -> Event:
    """R-VOV-4: a melding about the content of the exam ("examenvraag", R-VOV-1), made during the inzage and
    linked to it; filed with the sitting the result was made in when that is known (R-PV-5). ``questions``
    are the numbers the candidate saw (R-INZ-9); the item ids are kept beside them."""
    require_viewer(actor)
    if not candidate_text.strip():
        raise InvalidInput(message(_VOV_TEXT))
    if not questions:
        raise InvalidInput(message(_VOV_QUESTIONS))
    with transaction(station.engine) as session:
        started = _open_inzage(session, station, inzage_id)
        entry = _entry(session, station, inzage_id)
        by_number = {number: item for item, number in entry.numbers.items()}
        shown = set(entry.items_shown)
        for number in questions:
            if by_number.get(number) not in shown:
                raise InvalidInput(message(_VOV_UNKNOWN, number=number))
        candidate = session.get(CandidateRow, started.candidate_id or 0)
        assert candidate is not None
        return events.record(
            station,
            actor,
            EventKind.MELDING,
            session_id=entry.sitting or None,
            candidate_id=started.candidate_id,
            facts=Melding(
                kind=MeldingKind.QUESTION,
                questions=tuple(str(n) for n in questions),
                items=tuple(by_number[n] for n in questions),
                collective=False,
                candidate_text=candidate_text.strip(),
                surveillant_text=surveillant_text.strip(),
                inzage=inzage_id,
                at_inzage=True,
            ),
            within=session,
        )


# --- R-INZ-4: the log ---------------------------------------------------------------------------------------


def inzage_log(station: Station, actor: SignedIn, group_code: str | None = None) -> list[InzageLogEntry]:
    """R-INZ-4: every inzage (of one afnamegroep, when given), oldest first."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        if group_code is not None:
            group_and_exam(session, group_code)
        found = log_reading.all_entries(session, station)
    return [entry for entry in found if group_code is None or entry.group_code == group_code]


def inzage_entry(station: Station, actor: SignedIn, inzage_id: int) -> InzageLogEntry:
    """One inzage's log entry, for the signed inzage report (R-INZ-4)."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        return _entry(session, station, inzage_id)
