"""``examdesk log SESSION [--json]``: a session's events in order with the chain check (cli.md, R-PV-3)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from examdesk import i18n
from examdesk.cli.base import (
    EXIT_INVALID,
    EXIT_OK,
    HELP_JSON,
    Command,
    Invocation,
    common,
    json_dump,
    open_station,
)
from examdesk.core.text import QT_TRANSLATE_NOOP, message

_HELP_LOG = QT_TRANSLATE_NOOP("Cli", "a session's events in order, with the check of the event chain")
_HELP_SESSION = QT_TRANSLATE_NOOP("Cli", "the session's id (see 'examdesk sessions')")
_WHAT_SESSION = QT_TRANSLATE_NOOP("Cli", "a session id")
_INTACT = QT_TRANSLATE_NOOP("Cli", "Event chain intact: {count} events checked, head {head}.")
_BROKEN = QT_TRANSLATE_NOOP("Cli", "Event chain BROKEN: {reason}.")
_NO_EVENTS = QT_TRANSLATE_NOOP("Cli", "Session {session} has no events yet.")


def _add_log(sub: Any) -> None:
    log = sub.add_parser("log", help=i18n.render(_HELP_LOG))
    log.add_argument("session", metavar="SESSION", help=i18n.render(_HELP_SESSION))
    log.add_argument("--json", action="store_true", help=i18n.render(HELP_JSON))
    common(log)


def _log(invocation: Invocation, out: TextIO, err: TextIO) -> int:

    from examdesk.core.localtime import AMSTERDAM as amsterdam
    from examdesk.services.actors import command_line_operator
    from examdesk.services.sessions import log as session_log

    station = open_station(invocation, reads_only=True)
    try:
        found = session_log.session_log(station, command_line_operator(), invocation.arguments.session)
        head = found.chain.heads.get(station.station_id, "")
    finally:
        station.close()
    rows = [
        {
            "seq": event.seq,
            "at": event.wall_utc.astimezone(amsterdam).isoformat(),
            "actor": event.actor,
            "kind": event.kind,
            # cli.md's contract as it was printed before the column became an integer (issue 12): text.
            "candidate": None if event.candidate_id is None else str(event.candidate_id),
            "payload": session_log.mask_bsns(dict(event.payload)),
            "corrects": event.corrects_id,
        }
        for event in found.events
    ]
    broken = found.chain.broken
    if invocation.arguments.json:
        document: dict[str, Any] = {"chain_intact": broken is None, "events": rows}
        if broken is not None:
            document["chain_problem"] = i18n.render(broken.reason)
        json_dump(document, out)
    else:
        for row in rows:
            payload = json.dumps(row["payload"], ensure_ascii=False, sort_keys=True)
            candidate = f" [{row['candidate']}]" if row["candidate"] else ""
            corrects = f" (→ {row['corrects']})" if row["corrects"] else ""
            out.write(
                f"{row['seq']:>6}  {row['at']}  {row['actor']}  {row['kind']}{candidate}{corrects}  {payload}\n"
            )
        if not rows:
            out.write(i18n.render(message(_NO_EVENTS, session=found.session_id)) + "\n")
        if broken is None:
            out.write(i18n.render(message(_INTACT, count=found.chain.count, head=head)) + "\n")
        else:
            out.write(i18n.render(message(_BROKEN, reason=i18n.render(broken.reason))) + "\n")
    return EXIT_OK if broken is None else EXIT_INVALID


COMMANDS = (Command("log", _add_log, _log, needs=(("log", _WHAT_SESSION),)),)
