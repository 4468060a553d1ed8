"""``vovs SESSION``, ``inzages GROUP`` and ``cases`` (spec/cli.md): what the ``report`` commands take, so that a
report can be scripted without reading numbers off the screen. Each lists ids with candidate, time and kind,
as text or as ``--json``."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TextIO

from examdesk import i18n
from examdesk.cli.base import (
    EXIT_OK,
    HELP_JSON,
    Command,
    Invocation,
    common,
    json_dump,
    open_station,
)
from examdesk.core.text import QT_TRANSLATE_NOOP

_HELP_VOVS = QT_TRANSLATE_NOOP("Cli", "list a session's meldingen (VOVs): what 'report vov' takes")
_HELP_INZAGES = QT_TRANSLATE_NOOP("Cli", "list an afnamegroep's inzages: what 'report inzage' takes")
_HELP_CASES = QT_TRANSLATE_NOOP("Cli", "list the irregularity cases: what 'report case' takes")
_HELP_SESSION = QT_TRANSLATE_NOOP("Cli", "the session's id (see 'examdesk sessions')")
_HELP_GROUP = QT_TRANSLATE_NOOP("Cli", "the afnamegroep's code")
_WHAT_SESSION = QT_TRANSLATE_NOOP("Cli", "a session id")
_WHAT_GROUP = QT_TRANSLATE_NOOP("Cli", "an afnamegroep's code")


def _time(moment: datetime) -> str:
    from examdesk.core.localtime import AMSTERDAM  # imported when used: the command line starts light

    return moment.astimezone(AMSTERDAM).isoformat(timespec="seconds")


def _parser(sub: Any, name: str, help_text: Any, argument: tuple[str, Any] | None) -> None:
    parser = sub.add_parser(name, help=i18n.render(help_text))
    if argument is not None:
        parser.add_argument(argument[0].lower(), metavar=argument[0], help=i18n.render(argument[1]))
    parser.add_argument("--json", action="store_true", help=i18n.render(HELP_JSON))
    common(parser)


def _write(invocation: Invocation, out: TextIO, key: str, rows: list[dict[str, Any]]) -> int:
    if invocation.arguments.json:
        json_dump({key: rows}, out)
        return EXIT_OK
    for row in rows:
        cells = [row["id"], row["candidate"] or "-", row.get("name") or "", row["time"], row["kind"]]
        out.write("\t".join(str(cell) for cell in cells) + "\n")
    return EXIT_OK


def _vovs(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import reports
    from examdesk.services.actors import command_line_operator

    station = open_station(invocation)
    try:
        found = reports.meldingen(station, command_line_operator(), invocation.arguments.session)
    finally:
        station.close()
    rows = []
    for melding in found:
        number, _, name = melding.candidate.partition(" ")
        rows.append(
            {
                "id": melding.id,
                "candidate": number or None,
                "name": name,
                "time": _time(melding.at),
                "kind": melding.kind,
                "questions": list(melding.questions),
            }
        )
    return _write(invocation, out, "vovs", rows)


def _inzages(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import inzage_sessions
    from examdesk.services.actors import command_line_operator

    station = open_station(invocation)
    try:
        found = inzage_sessions.inzage_log(station, command_line_operator(), invocation.arguments.group)
    finally:
        station.close()
    rows = [
        {
            "id": entry.inzage_id,
            "candidate": entry.candidate_number,
            "name": entry.candidate_name,
            "time": _time(entry.started_at),
            "kind": entry.exam_kind,
            "ended": None if entry.ended_at is None else _time(entry.ended_at),
            "end_reason": entry.end_reason,
        }
        for entry in found
    ]
    return _write(invocation, out, "inzages", rows)


def _cases(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import cases
    from examdesk.services.actors import command_line_operator

    station = open_station(invocation)
    try:
        found = cases.list_cases(station, command_line_operator())
    finally:
        station.close()
    rows = [
        {
            "id": case.id,
            "candidate": ", ".join(c.number for c in case.candidates) or None,
            "name": ", ".join(c.name for c in case.candidates),
            "time": case.opened_on.isoformat(),
            "kind": case.category.value,
            "session": case.session_id,
            "step": case.current.value,
            "closed": case.closed,
        }
        for case in found
    ]
    return _write(invocation, out, "cases", rows)


COMMANDS = (
    Command(
        "vovs",
        lambda sub: _parser(sub, "vovs", _HELP_VOVS, ("SESSION", _HELP_SESSION)),
        _vovs,
        needs=(("vovs", _WHAT_SESSION),),
    ),
    Command(
        "inzages",
        lambda sub: _parser(sub, "inzages", _HELP_INZAGES, ("GROUP", _HELP_GROUP)),
        _inzages,
        needs=(("inzages", _WHAT_GROUP),),
    ),
    Command("cases", lambda sub: _parser(sub, "cases", _HELP_CASES, None), _cases),
)
