"""The appointment book for PE inzage (R-INZ-3, R-INZ-6), for the examensecretaris (R-ROLE-2).

A request is booked as an appointment (requested on, date, time) only when R-INZ-3 allows a request on the
day it was made; the inzage itself is held at the appointment, which may be later. The candidate cancels,
the appointment lapses once they have passed the qualification since (or is recorded as lapsed), the
candidate does not come (no-show), or an inzage is held at it. Every step is one chained event; the state
is derived from them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from examdesk.core import appointments as rules
from examdesk.core import inspection as inspection_rules
from examdesk.core.appointments import AppointmentState
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.inzage import AppointmentBooked, AppointmentChanged
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import appointment_book, events
from examdesk.services.actors import SignedIn
from examdesk.services.appointment_book import AppointmentRecord
from examdesk.services.errors import InvalidInput, NotFound
from examdesk.services.events import Event
from examdesk.services.inspection import (
    afname_of,
    candidate_row,
    group_and_exam,
    require_viewer,
    today,
)
from examdesk.services.station import Station
from examdesk.store import packages as package_store
from examdesk.store.db import transaction
from examdesk.store.models import CandidateRow

_NOT_PE = QT_TRANSLATE_NOOP(
    "Appointments", "Inzage appointments are for PE exams; {exam} is not one (its inzage needs none)."
)
_REQUEST_REFUSED = QT_TRANSLATE_NOOP(
    "Appointments", "No appointment for {name}: a request on {requested} is not allowed: {reason}"
)
_NO_APPOINTMENT = QT_TRANSLATE_NOOP("Appointments", "There is no inzage appointment {id} on this station.")
_NO_CANDIDATE_NUMBER = QT_TRANSLATE_NOOP(
    "Appointments", "Afnamegroep {group} has no candidate with number {number}."
)
_ALREADY_BOOKED = QT_TRANSLATE_NOOP(
    "Appointments", "{name} already has a booked appointment on {on}: cancel that one first."
)


@dataclass(frozen=True)
class Appointment:
    """One row of the appointment book (R-INZ-6)."""

    id: int
    group_code: str
    exam_code: str
    candidate_id: int
    candidate_number: str
    candidate_name: str
    requested_on: dt.date
    on: dt.date
    at: str | None
    state: AppointmentState


def _state(session: Session, station: Station, record: AppointmentRecord, day: dt.date) -> AppointmentState:
    if record.facts.held or record.facts.cancelled or record.facts.no_show or record.facts.lapse_recorded:
        return rules.state(record.facts, result_day=None, passes=(), today=day)
    # R-INZ-3: a booked appointment lapses once the candidate has passed the qualification since.
    found = afname_of(session, station, record.candidate_id, day)
    lapsed = found.result.eligibility.refusal is inspection_rules.Refusal.PASSED_SINCE
    return AppointmentState.LAPSED if lapsed else AppointmentState.BOOKED


def _view(session: Session, station: Station, record: AppointmentRecord, day: dt.date) -> Appointment:
    candidate = session.get(CandidateRow, record.candidate_id)
    return Appointment(
        id=record.id,
        group_code=record.group_code,
        exam_code=record.exam_code,
        candidate_id=record.candidate_id,
        candidate_number=candidate.number if candidate else "",
        candidate_name=candidate.name if candidate else "",
        requested_on=record.requested_on,
        on=record.on,
        at=record.at,
        state=_state(session, station, record, day),
    )


def appointments(station: Station, actor: SignedIn, on: dt.date | None = None) -> list[Appointment]:
    """The appointment book (of one day, when given), by date and time."""
    require_viewer(actor)
    day = today(station)
    with transaction(station.engine) as session:
        found = [
            _view(session, station, record, day)
            for record in appointment_book.records(session, station)
            if on is None or record.on == on
        ]
    return sorted(found, key=lambda a: (a.on, a.at or "", a.candidate_number, a.id))


def candidate_id_of(station: Station, actor: SignedIn, group_code: str, number: str) -> int:
    """The candidate of ``group_code`` with candidate number ``number`` (for the command line)."""
    require_viewer(actor)
    with transaction(station.engine) as session:
        group_and_exam(session, group_code)
        for row in package_store.candidates_of(session, group_code):
            if row.number == number:
                assert row.id is not None
                return row.id
    raise NotFound(message(_NO_CANDIDATE_NUMBER, group=group_code, number=number))


def book(
    station: Station,
    actor: SignedIn,
    candidate_id: int,
    *,
    requested_on: dt.date,
    on: dt.date,
    at: str | None = None,
) -> Event:
    """R-INZ-6: book the inzage appointment a candidate requested on ``requested_on``. Refused with the reason
    when R-INZ-3 does not allow a request that day (grade, 14 days after the result, passed since) or the
    inzage that day (once per half year of the qualification)."""
    require_viewer(actor)
    day = today(station)
    problem = rules.booking_problem(requested_on, on, at, today=day)
    if problem is not None:
        raise InvalidInput(problem)
    with transaction(station.engine) as session:
        candidate = candidate_row(session, candidate_id)
        _, exam = group_and_exam(session, candidate.group_code)
        if exam.kind != inspection_rules.PE:
            raise InvalidInput(message(_NOT_PE, exam=exam.code))
        # The request as R-INZ-3 sees it on the day it was made, and the inzage on the appointment's day.
        for asked in (requested_on, on):
            verdict = _verdict(session, station, candidate_id, asked, requested_on)
            if not verdict.allowed:
                raise InvalidInput(
                    message(
                        _REQUEST_REFUSED,
                        name=candidate.name,
                        requested=requested_on,
                        reason=verdict.explanation,
                    )
                )
        for record in appointment_book.records(session, station, candidate_id):
            if _state(session, station, record, day) is AppointmentState.BOOKED and record.on >= day:
                raise InvalidInput(message(_ALREADY_BOOKED, name=candidate.name, on=record.on))
        return events.record(
            station,
            actor,
            EventKind.APPOINTMENT_BOOKED,
            candidate_id=candidate_id,
            facts=AppointmentBooked(candidate.group_code, exam.code, requested_on, on, at),
            within=session,
        )


def _verdict(
    session: Session, station: Station, candidate_id: int, on: dt.date, requested_on: dt.date
) -> inspection_rules.Eligibility:
    return afname_of(session, station, candidate_id, on, requested_on=requested_on).result.eligibility


def _change(station: Station, actor: SignedIn, appointment_id: int, kind: EventKind, note: str = "") -> Event:
    require_viewer(actor)
    day = today(station)
    with transaction(station.engine) as session:
        record = next((r for r in appointment_book.records(session, station) if r.id == appointment_id), None)
        if record is None:
            raise NotFound(message(_NO_APPOINTMENT, id=appointment_id))
        problem = rules.change_problem(
            _state(session, station, record, day),
            record.on,
            no_show=kind == EventKind.APPOINTMENT_NO_SHOW,
            today=day,
        )
        if problem is not None:
            raise InvalidInput(problem)
        return events.record(
            station,
            actor,
            kind,
            candidate_id=record.candidate_id,
            facts=AppointmentChanged(appointment_id, note.strip()),
            within=session,
        )


def cancel(station: Station, actor: SignedIn, appointment_id: int) -> Event:
    """R-INZ-6: the candidate cancelled the appointment."""
    return _change(station, actor, appointment_id, EventKind.APPOINTMENT_CANCELLED)


def record_no_show(station: Station, actor: SignedIn, appointment_id: int) -> Event:
    """R-INZ-6: the candidate did not come (on or after the appointment's day)."""
    return _change(station, actor, appointment_id, EventKind.APPOINTMENT_NO_SHOW)


def record_lapse(station: Station, actor: SignedIn, appointment_id: int, note: str = "") -> Event:
    """R-INZ-3, R-INZ-6: the appointment lapses (the candidate passed the qualification since, as the
    examensecretaris learned, e.g. at another station)."""
    return _change(station, actor, appointment_id, EventKind.APPOINTMENT_LAPSED, note)
