"""The PE inzage appointments as recorded (R-INZ-6): read from their events, below the services that book
them (``services.appointments``) and the inzage that is held at one (``services.inzage_sessions``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from examdesk.core.appointments import AppointmentFacts
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.inzage import AppointmentBooked, AppointmentChanged, InzageStarted
from examdesk.services import events
from examdesk.services.events import Event
from examdesk.services.station import Station

APPOINTMENT_KINDS = (
    EventKind.APPOINTMENT_BOOKED,
    EventKind.APPOINTMENT_CANCELLED,
    EventKind.APPOINTMENT_LAPSED,
    EventKind.APPOINTMENT_NO_SHOW,
    EventKind.INZAGE_STARTED,  # an inzage held at the appointment names it
)


@dataclass(frozen=True)
class AppointmentRecord:
    """One appointment: its booking event's id, and what was recorded about it since."""

    id: int
    candidate_id: int
    group_code: str
    exam_code: str
    requested_on: dt.date
    on: dt.date
    at: str | None
    booked_by: str
    booked_at: dt.datetime
    facts: AppointmentFacts
    note: str = ""


def records(session: Session, station: Station, candidate_id: int | None = None) -> list[AppointmentRecord]:
    """Every appointment (of one candidate, when given), in booking order."""
    found = events.list_events(
        station,
        candidate_id=candidate_id,
        kinds=APPOINTMENT_KINDS,
        within=session,
    )
    booked: dict[int, Event] = {}
    later: dict[int, set[str]] = {}
    notes: dict[int, str] = {}
    for event in found:
        if event.kind == EventKind.APPOINTMENT_BOOKED:
            booked[event.id] = event
            continue
        facts = event.facts
        target = facts.appointment if isinstance(facts, AppointmentChanged | InzageStarted) else None
        if target is None:
            continue
        later.setdefault(target, set()).add(event.kind)
        if isinstance(facts, AppointmentChanged) and facts.note:
            notes[target] = facts.note
    result = []
    for appointment_id, event in booked.items():
        kinds = later.get(appointment_id, set())
        booking = event.facts_as(AppointmentBooked)
        assert booking.requested_on is not None and booking.on is not None  # always written (R-INZ-6)
        state = AppointmentFacts(
            requested_on=booking.requested_on,
            on=booking.on,
            cancelled=EventKind.APPOINTMENT_CANCELLED in kinds,
            no_show=EventKind.APPOINTMENT_NO_SHOW in kinds,
            lapse_recorded=EventKind.APPOINTMENT_LAPSED in kinds,
            held=EventKind.INZAGE_STARTED in kinds,
        )
        result.append(
            AppointmentRecord(
                id=appointment_id,
                candidate_id=event.candidate_id or 0,
                group_code=booking.group,
                exam_code=booking.exam,
                requested_on=state.requested_on,
                on=state.on,
                at=booking.at,
                booked_by=event.actor,
                booked_at=event.wall_utc,
                facts=state,
                note=notes.get(appointment_id, ""),
            )
        )
    return result


def open_on(session: Session, station: Station, candidate_id: int, day: dt.date) -> AppointmentRecord | None:
    """The candidate's appointment on ``day`` that nothing has closed yet (booked, as recorded), if any."""
    for record in records(session, station, candidate_id):
        facts = record.facts
        if record.on == day and not (facts.cancelled or facts.no_show or facts.lapse_recorded or facts.held):
            return record
    return None
