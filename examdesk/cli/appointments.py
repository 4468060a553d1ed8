"""``appointment add|cancel`` and ``appointments`` (spec/cli.md; R-INZ-3, R-INZ-6): the PE inzage appointment
book from the command line, through the same services as the Review workspace."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, TextIO

from examdesk import i18n
from examdesk.cli.base import (
    EXIT_OK,
    HELP_JSON,
    Command,
    Invocation,
    UsageError,
    common,
    json_dump,
    open_station,
)
from examdesk.core.text import QT_TRANSLATE_NOOP, Text, message

_HELP_APPOINTMENT = QT_TRANSLATE_NOOP("Cli", "book or cancel a PE inzage appointment")
_HELP_ADD = QT_TRANSLATE_NOOP(
    "Cli", "book the appointment a candidate requested; prints the appointment's number"
)
_HELP_CANCEL = QT_TRANSLATE_NOOP("Cli", "the candidate cancelled the appointment")
_HELP_APPOINTMENTS = QT_TRANSLATE_NOOP("Cli", "list the PE inzage appointments (of one day)")
_HELP_GROUP = QT_TRANSLATE_NOOP("Cli", "the afnamegroep's code")
_HELP_CANDIDATE = QT_TRANSLATE_NOOP("Cli", "the candidate's number in the afnamegroep")
_HELP_REQUESTED = QT_TRANSLATE_NOOP("Cli", "the day the candidate asked for inzage, YYYY-MM-DD")
_HELP_ON = QT_TRANSLATE_NOOP("Cli", "the day of the appointment, YYYY-MM-DD")
_HELP_AT = QT_TRANSLATE_NOOP("Cli", "the time of the appointment, HH:MM")
_HELP_ID = QT_TRANSLATE_NOOP("Cli", "the appointment's number")
_HELP_DAY = QT_TRANSLATE_NOOP("Cli", "only the appointments of this day, YYYY-MM-DD")
_BAD_DATE = QT_TRANSLATE_NOOP(
    "Cli", "'{value}' is not a date: write it as YYYY-MM-DD, for example 2026-06-27."
)
_BAD_ID = QT_TRANSLATE_NOOP("Cli", "'{value}' is not an appointment number (a whole number).")
_CANCELLED = QT_TRANSLATE_NOOP("Cli", "Appointment {id} is cancelled.")
_WHAT_ADD = QT_TRANSLATE_NOOP("Cli", "an afnamegroep, a candidate number, --requested and --on")
_WHAT_CANCEL = QT_TRANSLATE_NOOP("Cli", "an appointment number")
_WHAT_APPOINTMENT = QT_TRANSLATE_NOOP("Cli", "'add' or 'cancel'")
_WHAT_MISSING = QT_TRANSLATE_NOOP("Cli", "'appointment' needs {what}. See 'examdesk appointment --help'.")


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else _invalid(value)
    except ValueError:
        return _invalid(value)


def _invalid(value: str) -> dt.date:
    raise UsageError(message(_BAD_DATE, value=value))


def _add_appointment(sub: Any) -> None:
    parser = sub.add_parser("appointment", help=i18n.render(_HELP_APPOINTMENT))
    common(parser)
    actions = parser.add_subparsers(dest="action", parser_class=type(parser))
    add = actions.add_parser("add", help=i18n.render(_HELP_ADD))
    add.add_argument("group", metavar="GROUP", help=i18n.render(_HELP_GROUP))
    add.add_argument("candidate", metavar="CANDIDATE", help=i18n.render(_HELP_CANDIDATE))
    add.add_argument("--requested", metavar="YYYY-MM-DD", required=True, help=i18n.render(_HELP_REQUESTED))
    add.add_argument("--on", metavar="YYYY-MM-DD", required=True, help=i18n.render(_HELP_ON))
    add.add_argument("--at", metavar="HH:MM", default=None, help=i18n.render(_HELP_AT))
    common(add)
    cancel = actions.add_parser("cancel", help=i18n.render(_HELP_CANCEL))
    cancel.add_argument("id", metavar="ID", help=i18n.render(_HELP_ID))
    common(cancel)


def _appointment(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import appointments
    from examdesk.services.actors import command_line_operator

    arguments = invocation.arguments
    action = getattr(arguments, "action", None)
    if action is None:
        raise UsageError(message(_WHAT_MISSING, what=_WHAT_APPOINTMENT))
    if action == "add":
        requested, on = _date(arguments.requested), _date(arguments.on)
        assert requested is not None and on is not None
        station = open_station(invocation)
        try:
            actor = command_line_operator()
            candidate_id = appointments.candidate_id_of(station, actor, arguments.group, arguments.candidate)
            booked = appointments.book(
                station, actor, candidate_id, requested_on=requested, on=on, at=arguments.at
            )
        finally:
            station.close()
        out.write(f"{booked.id}\n")
        return EXIT_OK
    if not str(arguments.id).isdigit():
        raise UsageError(message(_BAD_ID, value=arguments.id))
    station = open_station(invocation)
    try:
        appointments.cancel(station, command_line_operator(), int(arguments.id))
    finally:
        station.close()
    err.write(i18n.render(message(_CANCELLED, id=int(arguments.id))) + "\n")
    return EXIT_OK


def _add_appointments(sub: Any) -> None:
    parser = sub.add_parser("appointments", help=i18n.render(_HELP_APPOINTMENTS))
    parser.add_argument("--date", metavar="YYYY-MM-DD", default=None, help=i18n.render(_HELP_DAY))
    parser.add_argument("--json", action="store_true", help=i18n.render(HELP_JSON))
    common(parser)


def _appointments(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.core.appointments import STATE_WORDS
    from examdesk.services import appointments
    from examdesk.services.actors import command_line_operator

    day = _date(invocation.arguments.date)
    station = open_station(invocation)
    try:
        found = appointments.appointments(station, command_line_operator(), day)
    finally:
        station.close()
    if invocation.arguments.json:
        json_dump(
            {
                "appointments": [
                    {
                        "id": a.id,
                        "group": a.group_code,
                        "candidate": a.candidate_number,
                        "requested_on": a.requested_on.isoformat(),
                        "on": a.on.isoformat(),
                        "at": a.at,
                        "state": a.state.value,
                    }
                    for a in found
                ]
            },
            out,
        )
        return EXIT_OK
    for a in found:
        state: Text = STATE_WORDS[a.state]
        out.write(
            f"{a.id}\t{a.on.isoformat()}\t{a.at or '-'}\t{a.group_code}\t{a.candidate_number}\t"
            f"{a.candidate_name}\t{i18n.render(state)}\n"
        )
    return EXIT_OK


COMMANDS = (
    Command(
        "appointment",
        _add_appointment,
        _appointment,
        needs=(("appointment add", _WHAT_ADD), ("appointment cancel", _WHAT_CANCEL)),
    ),
    Command("appointments", _add_appointments, _appointments),
)
