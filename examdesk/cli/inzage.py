"""``inzage-status`` (R-INZ-2, R-INZ-3, R-INZ-5)."""

from __future__ import annotations

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
from examdesk.core.text import QT_TRANSLATE_NOOP, message

_HELP_INZAGE_STATUS = QT_TRANSLATE_NOOP(
    "Cli", "for each candidate of an afnamegroep: grade, and whether inzage is allowed on a date and why not"
)
_HELP_GROUP = QT_TRANSLATE_NOOP("Cli", "the afnamegroep's code")
_HELP_DATE = QT_TRANSLATE_NOOP("Cli", "the day to decide for, YYYY-MM-DD (default: today in Amsterdam)")
_BAD_DATE = QT_TRANSLATE_NOOP(
    "Cli", "'{value}' is not a date: write it as YYYY-MM-DD, for example 2026-06-27."
)


def _add_inzage_status(sub: Any) -> None:
    status = sub.add_parser("inzage-status", help=i18n.render(_HELP_INZAGE_STATUS))
    status.add_argument("group", metavar="GROUP", help=i18n.render(_HELP_GROUP))
    status.add_argument("--date", metavar="YYYY-MM-DD", default=None, help=i18n.render(_HELP_DATE))
    status.add_argument("--json", action="store_true", help=i18n.render(HELP_JSON))
    common(status, suppress=True)


def _inzage_status(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    import datetime as dt

    from examdesk.core.numbers import format_amount
    from examdesk.services import inspection
    from examdesk.services.actors import command_line_operator

    day = None
    if invocation.arguments.date is not None:
        try:
            day = dt.date.fromisoformat(invocation.arguments.date)
        except ValueError:
            raise UsageError(message(_BAD_DATE, value=invocation.arguments.date)) from None
    station = open_station(invocation, reads_only=True)
    try:
        results = inspection.group_results(station, command_line_operator(), invocation.arguments.group, day)
    finally:
        station.close()

    def grade(row: inspection.CandidateResult) -> int | float | None:
        if row.grade is None:
            return None
        return int(row.grade) if row.grade.denominator == 1 else float(row.grade)

    if invocation.arguments.json:
        json_dump(
            {
                "candidates": [
                    {
                        "candidate": row.number,
                        "grade": grade(row),
                        "allowed": row.eligibility.allowed,
                        "reason": None
                        if row.eligibility.allowed
                        else i18n.render(row.eligibility.explanation),
                        "until": row.eligibility.until.isoformat() if row.eligibility.until else None,
                        # R-INZ-6 (cli.md, inzage-status version 2): the booked appointment's day.
                        "appointment": row.appointment.isoformat() if row.appointment else None,
                    }
                    for row in results.candidates
                ]
            },
            out,
        )
        return EXIT_OK
    language = i18n.current_language()
    for row in results.candidates:
        shown = "-" if row.grade is None else format_amount(row.grade, row.grade_decimals, language)
        out.write(f"{row.number}\t{row.name}\t{shown}\t{i18n.render(row.eligibility.explanation)}\n")
    return EXIT_OK


COMMANDS = (Command("inzage-status", _add_inzage_status, _inzage_status),)
