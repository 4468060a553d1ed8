"""PE inzage by appointment (R-INZ-3, R-INZ-6): the state of an appointment and whether one may be booked.

Pure: the facts (what was recorded about the appointment, the candidate's later passes, today) are passed
in. An appointment is made of events; its state is derived, never stored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message


class AppointmentState(StrEnum):
    """R-INZ-6: the states of an inzage appointment."""

    BOOKED = "booked"
    CANCELLED = "cancelled"  # by the candidate
    LAPSED = "lapsed"  # the candidate has passed the qualification since
    HELD = "held"
    NO_SHOW = "no_show"


FINAL_STATES = frozenset(
    {AppointmentState.CANCELLED, AppointmentState.LAPSED, AppointmentState.HELD, AppointmentState.NO_SHOW}
)

TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

_BEFORE_REQUEST = QT_TRANSLATE_NOOP(
    "Appointments", "The appointment ({on}) cannot lie before the day it was requested ({requested})."
)
_BAD_TIME = QT_TRANSLATE_NOOP("Appointments", "'{value}' is not a time of day as HH:MM (for example 10:30).")
_FUTURE_REQUEST = QT_TRANSLATE_NOOP(
    "Appointments", "The request cannot be dated after today ({today}): it was made on {requested}."
)
_NOT_BOOKED = QT_TRANSLATE_NOOP(
    "Appointments", "The appointment of {on} is no longer booked: it is {state}, so nothing changes."
)
_NOT_TODAY = QT_TRANSLATE_NOOP(
    "Appointments",
    "The appointment is on {on}, not today: a no-show can only be recorded on or after that day.",
)

STATE_WORDS = {
    AppointmentState.BOOKED: QT_TRANSLATE_NOOP("Appointments", "booked"),
    AppointmentState.CANCELLED: QT_TRANSLATE_NOOP("Appointments", "cancelled"),
    AppointmentState.LAPSED: QT_TRANSLATE_NOOP("Appointments", "lapsed"),
    AppointmentState.HELD: QT_TRANSLATE_NOOP("Appointments", "held"),
    AppointmentState.NO_SHOW: QT_TRANSLATE_NOOP("Appointments", "no-show"),
}


@dataclass(frozen=True)
class AppointmentFacts:
    """What was recorded about one appointment."""

    requested_on: dt.date
    on: dt.date
    cancelled: bool = False
    no_show: bool = False
    lapse_recorded: bool = False
    held: bool = False


def state(
    facts: AppointmentFacts, *, result_day: dt.date | None, passes: Iterable[dt.date], today: dt.date
) -> AppointmentState:
    """R-INZ-6: the appointment's state. An inzage held, a cancellation or a no-show is final as recorded;
    a booked appointment lapses once the candidate has passed the qualification since the result (R-INZ-3),
    by a pass made known on or before today."""
    if facts.held:
        return AppointmentState.HELD
    if facts.cancelled:
        return AppointmentState.CANCELLED
    if facts.no_show:
        return AppointmentState.NO_SHOW
    if facts.lapse_recorded:
        return AppointmentState.LAPSED
    after = result_day or facts.requested_on
    if any(after < day <= today for day in passes):
        return AppointmentState.LAPSED
    return AppointmentState.BOOKED


def booking_problem(requested_on: dt.date, on: dt.date, at: str | None, *, today: dt.date) -> Message | None:
    """What is wrong with a request's own dates and time (R-INZ-6), or ``None``. Whether R-INZ-3 allows the
    request is ``core.inspection.eligibility`` with ``requested_on``."""
    if requested_on > today:
        return message(_FUTURE_REQUEST, today=today, requested=requested_on)
    if on < requested_on:
        return message(_BEFORE_REQUEST, on=on, requested=requested_on)
    if at is not None and not TIME.match(at):
        return message(_BAD_TIME, value=at)
    return None


def change_problem(
    current: AppointmentState, on: dt.date, *, no_show: bool, today: dt.date
) -> Message | None:
    """Why a booked appointment cannot be cancelled, lapsed or marked a no-show now, or ``None``."""
    if current is not AppointmentState.BOOKED:
        return message(_NOT_BOOKED, on=on, state=STATE_WORDS[current])
    if no_show and on > today:
        return message(_NOT_TODAY, on=on)
    return None
