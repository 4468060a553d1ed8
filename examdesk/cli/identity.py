"""``examdesk station [--school NAME] [--name NAME] [--json]``: show or set the names every report prints
(R-SIG-5; beheerder rights, as every command has)."""

from __future__ import annotations

from typing import Any, TextIO

from examdesk import i18n
from examdesk.cli.base import EXIT_OK, Command, Invocation, add_json, common, json_dump, open_station
from examdesk.core.text import QT_TRANSLATE_NOOP, message

_HELP_STATION = QT_TRANSLATE_NOOP("Cli", "show or set the school's and the station's names (R-SIG-5)")
_HELP_SCHOOL = QT_TRANSLATE_NOOP("Cli", "the school's name, as reports print it")
_HELP_NAME = QT_TRANSLATE_NOOP("Cli", "the station's name, as reports print it")
_SCHOOL_LINE = QT_TRANSLATE_NOOP("Cli", "School: {school}")
_STATION_LINE = QT_TRANSLATE_NOOP("Cli", "Station: {name}")
_NOT_SET = QT_TRANSLATE_NOOP("Cli", "(not set yet)")
_CHANGED = QT_TRANSLATE_NOOP(
    "Cli", "Saved. Reports name them from now on; a certificate made from now on carries them."
)


def _add(sub: Any) -> None:
    station = sub.add_parser("station", help=i18n.render(_HELP_STATION))
    station.add_argument("--school", metavar="NAME", help=i18n.render(_HELP_SCHOOL))
    station.add_argument("--name", metavar="NAME", help=i18n.render(_HELP_NAME))
    add_json(station)
    common(station)


def _run(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import identity
    from examdesk.services.actors import command_line_operator

    arguments = invocation.arguments
    station = open_station(invocation)
    try:
        changing = arguments.school is not None or arguments.name is not None
        if changing:
            names = identity.set_station_names(
                station, command_line_operator(), school=arguments.school, name=arguments.name
            )
        else:
            names = identity.station_names(station)
    finally:
        station.close()
    if arguments.json:
        json_dump({"school": names.school, "name": names.station}, out)
    else:
        school = names.school or i18n.render(_NOT_SET)
        out.write(i18n.render(message(_SCHOOL_LINE, school=school)) + "\n")
        out.write(i18n.render(message(_STATION_LINE, name=names.station)) + "\n")
    if changing:
        err.write(i18n.render(_CHANGED) + "\n")
    return EXIT_OK


COMMANDS = (Command("station", _add, _run),)
