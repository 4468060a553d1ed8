"""Signed transfer files (cli.md, R-NET-4): ``transfer export SESSION --out FILE`` and ``transfer import FILE``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from examdesk import i18n
from examdesk.cli.base import EXIT_OK, Command, Invocation, Parser, common, open_station
from examdesk.core.text import QT_TRANSLATE_NOOP, message

_HELP_TRANSFER = QT_TRANSLATE_NOOP(
    "Cli", "carry a session to another station as one signed file, for a station without a network"
)
_HELP_EXPORT = QT_TRANSLATE_NOOP(
    "Cli", "write a session's signed transfer file (its events, chain and signed proces-verbaal)"
)
_HELP_IMPORT = QT_TRANSLATE_NOOP(
    "Cli", "check a transfer file (signer, chain, contents), then keep its session read-only"
)
_HELP_SESSION = QT_TRANSLATE_NOOP("Cli", "the session's id (as 'examdesk sessions' lists it)")
_HELP_OUT = QT_TRANSLATE_NOOP("Cli", "the transfer file to write (it must not exist yet)")
_HELP_FILE = QT_TRANSLATE_NOOP("Cli", "the transfer file made by 'examdesk transfer export'")
_WHAT_EXPORT = QT_TRANSLATE_NOOP("Cli", "a session id and --out FILE: the transfer file to write")
_WHAT_IMPORT = QT_TRANSLATE_NOOP("Cli", "the transfer file to import")
_WHAT_ACTION = QT_TRANSLATE_NOOP("Cli", "export or import")

_EXPORTED = QT_TRANSLATE_NOOP(
    "Cli",
    "Transfer file of session {session} written to {file}: {events} events, the chain up to event {head}, "
    "signed by station {station}.",
)
_OUTCOMES = {
    "new": QT_TRANSLATE_NOOP(
        "Cli",
        "Session {session} of station {station} imported from {file} ({events} events, its chain checked up "
        "to event {head}); it is kept read-only, apart from this station's own log.",
    ),
    "extended": QT_TRANSLATE_NOOP(
        "Cli",
        "Session {session} of station {station} brought up to date from {file} ({events} events, its chain "
        "checked up to event {head}).",
    ),
    "unchanged": QT_TRANSLATE_NOOP(
        "Cli", "{file} was imported before: nothing changed (session {session} of station {station})."
    ),
    "older": QT_TRANSLATE_NOOP(
        "Cli",
        "This station already holds a later transfer file of session {session} of station {station}: "
        "{file} changed nothing.",
    ),
}


def _add(sub: Any) -> None:
    parser = sub.add_parser("transfer", help=i18n.render(_HELP_TRANSFER))
    common(parser)
    actions = parser.add_subparsers(dest="transfer_action", parser_class=Parser, required=True)
    export = actions.add_parser("export", help=i18n.render(_HELP_EXPORT))
    export.add_argument("session", metavar="SESSION", help=i18n.render(_HELP_SESSION))
    export.add_argument("--out", metavar="FILE", required=True, help=i18n.render(_HELP_OUT))
    common(export)
    load = actions.add_parser("import", help=i18n.render(_HELP_IMPORT))
    load.add_argument("file", metavar="FILE", help=i18n.render(_HELP_FILE))
    common(load)


def _transfer(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import transfer
    from examdesk.services.actors import command_line_operator

    arguments = invocation.arguments
    station = open_station(invocation)
    try:
        if arguments.transfer_action == "export":
            target = Path(arguments.out).expanduser().absolute()
            done = transfer.export(
                station, command_line_operator(), arguments.session, target, language=invocation.language
            )
            text = message(
                _EXPORTED,
                session=done.session_id,
                file=str(target),
                events=done.events,
                head=done.head_seq,
                station=station.name,
            )
        else:
            source = Path(arguments.file).expanduser()
            result = transfer.import_file(station, command_line_operator(), source)
            text = message(
                _OUTCOMES[result.outcome.value],
                session=result.session_id,
                station=result.station_name or result.station_id,
                file=source.name,
                events=result.events,
                head=result.head_seq,
            )
    finally:
        station.close()
    err.write(i18n.render(text) + "\n")
    return EXIT_OK


COMMANDS = (
    Command(
        "transfer",
        _add,
        _transfer,
        needs=(
            ("transfer", _WHAT_ACTION),
            ("transfer export", _WHAT_EXPORT),
            ("transfer import", _WHAT_IMPORT),
        ),
    ),
)
