"""The school server from the command line (cli.md, R-NET-1..3): ``server init|set|status`` and ``sync``."""

from __future__ import annotations

from typing import Any, TextIO

from examdesk import i18n
from examdesk.cli.base import (
    EXIT_OK,
    HELP_JSON,
    Command,
    Invocation,
    Parser,
    common,
    json_dump,
    open_station,
)
from examdesk.core.text import QT_TRANSLATE_NOOP, message

_HELP_SERVER = QT_TRANSLATE_NOOP("Cli", "the school's PostgreSQL server: set it up, connect to it, its state")
_HELP_INIT = QT_TRANSLATE_NOOP(
    "Cli",
    "create or upgrade the school database on a PostgreSQL server (school IT, once; again changes nothing)",
)
_HELP_SET = QT_TRANSLATE_NOOP("Cli", "connect this station to the school server")
_HELP_STATUS = QT_TRANSLATE_NOOP("Cli", "what is still to be copied to the school server")
_HELP_URL = QT_TRANSLATE_NOOP(
    "Cli",
    "postgresql://USER@HOST[:PORT]/DATABASE (the password from the keyring or EXAMDESK_SERVER_PASSWORD)",
)
_HELP_SYNC = QT_TRANSLATE_NOOP("Cli", "copy what waits to the school server now")
_WHAT_URL = QT_TRANSLATE_NOOP("Cli", "the server's address, postgresql://USER@HOST/DATABASE")

_INITIALISED = QT_TRANSLATE_NOOP(
    "Cli",
    "The school database at {url} is ready (schema {revision}). Give each station its own login in the role "
    "{role}, then connect it with 'examdesk server set'.",
)
_CONNECTED = QT_TRANSLATE_NOOP(
    "Cli", "This station now copies to the school server {url}; {pending} events wait to be copied."
)
_CONNECTED_DOWN = QT_TRANSLATE_NOOP(
    "Cli",
    "This station now copies to the school server {url}. It cannot be reached now ({reason}); the station "
    "keeps working and copies as soon as it can.",
)
_COPIED = QT_TRANSLATE_NOOP(
    "Cli", "{copied} events copied to the school server {url}; {pending} still waiting."
)
_STATUS = QT_TRANSLATE_NOOP("Cli", "School server {url}: {pending} events waiting; last copied {when}.")
_NEVER = QT_TRANSLATE_NOOP("Cli", "never")
_NOT_SET = QT_TRANSLATE_NOOP("Cli", "This station is not connected to a school server.")


def _add(sub: Any) -> None:
    server = sub.add_parser("server", help=i18n.render(_HELP_SERVER))
    common(server)
    actions = server.add_subparsers(dest="server_action", parser_class=Parser, required=True)
    init = actions.add_parser("init", help=i18n.render(_HELP_INIT))
    init.add_argument("url", metavar="URL", help=i18n.render(_HELP_URL))
    common(init)
    set_ = actions.add_parser("set", help=i18n.render(_HELP_SET))
    set_.add_argument("url", metavar="URL", help=i18n.render(_HELP_URL))
    common(set_)
    status = actions.add_parser("status", help=i18n.render(_HELP_STATUS))
    status.add_argument("--json", action="store_true", help=i18n.render(HELP_JSON))
    common(status)


def _add_sync(sub: Any) -> None:
    parser = sub.add_parser("sync", help=i18n.render(_HELP_SYNC))
    parser.add_argument("--json", action="store_true", help=i18n.render(HELP_JSON))
    common(parser)


def _server(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import school_server

    arguments = invocation.arguments
    if arguments.server_action == "init":
        address, revision = school_server.init_server(arguments.url)
        text = message(_INITIALISED, url=address.shown, revision=revision, role=school_server.STATION_ROLE)
        err.write(i18n.render(text) + "\n")
        return EXIT_OK
    station = open_station(invocation)
    try:
        if arguments.server_action == "set":
            return _set(station, arguments.url, err)
        return _status(station, arguments.json, out)
    finally:
        station.close()


def _set(station: Any, url: str, err: TextIO) -> int:
    from examdesk.services import school_server, sync
    from examdesk.services.errors import InvalidInput

    address = school_server.connect(station, url)
    engine = school_server.engine_for(address, school_server.password_for(station))
    try:
        school_server.check_schema(engine, address)
        text = message(_CONNECTED, url=address.shown, pending=sync.pending(station))
    except InvalidInput as refused:
        text = message(_CONNECTED_DOWN, url=address.shown, reason=i18n.render(refused.message))
    finally:
        engine.dispose()
    err.write(i18n.render(text) + "\n")
    return EXIT_OK


def _status(station: Any, as_json: bool, out: TextIO) -> int:
    from examdesk.services import school_server, sync

    address = school_server.configured(station)
    known = sync.progress(station)
    pending = sync.pending(station)
    last = known.at.isoformat() if known else None
    if as_json:
        json_dump(
            {"url": address.shown if address else None, "pending": pending, "last_copied_at": last}, out
        )
        return EXIT_OK
    if address is None:
        out.write(i18n.render(_NOT_SET) + "\n")
        return EXIT_OK
    when = _local(known.at) if known else i18n.render(_NEVER)
    out.write(i18n.render(message(_STATUS, url=address.shown, pending=pending, when=when)) + "\n")
    return EXIT_OK


def _local(moment: Any) -> str:
    from examdesk.core.localtime import AMSTERDAM

    return str(moment.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M"))


def _sync(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import school_server, sync

    station = open_station(invocation)
    try:
        address = school_server.require_configured(station)
        engine = school_server.engine_for(address, school_server.password_for(station))
        try:
            school_server.check_schema(engine, address)
            result = sync.copy_pending(station, engine, address)
        finally:
            engine.dispose()
    finally:
        station.close()
    if invocation.arguments.json:
        json_dump({"copied": result.copied, "pending": result.pending}, out)
    else:
        text = message(_COPIED, copied=result.copied, url=address.shown, pending=result.pending)
        err.write(i18n.render(text) + "\n")
    return EXIT_OK


COMMANDS = (
    Command("server", _add, _server, needs=(("init", _WHAT_URL), ("set", _WHAT_URL))),
    Command("sync", _add_sync, _sync),
)
