"""The command line (shared/spec/cli.md). Imports no Qt: commands that need no window stay light.

Exit codes: 0 success; 1 the thing checked is not valid; 2 unusable input or arguments; 3 an internal
error (a bug), reported in one sentence with the details written to a log file.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from examdesk import __version__, i18n, paths
from examdesk.core.errors import ExamdeskError
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

COMMANDS = (
    "check-bsn",
    "demo",
    "import",
    "inzage-status",
    "report",
    "schema",
    "score",
    "self-test",
    "sessions",
    "verify",
)
HIDDEN_COMMANDS = ("qt-probe",)

_VALID = QT_TRANSLATE_NOOP("Cli", "valid")
_INVALID = QT_TRANSLATE_NOOP("Cli", "invalid: {reason}")
_UNKNOWN_COMMAND = QT_TRANSLATE_NOOP("Cli", "Unknown command '{command}'. The commands are: {commands}.")
_BAD_ARGUMENTS = QT_TRANSLATE_NOOP("Cli", "The arguments are not right: {detail}. See 'examdesk --help'.")
_MISSING = QT_TRANSLATE_NOOP("Cli", "'{command}' needs {what}. See 'examdesk {command} --help'.")
_UNKNOWN_OPTION = QT_TRANSLATE_NOOP("Cli", "Unknown option '{option}'. See 'examdesk --help'.")
_BAD_LANGUAGE = QT_TRANSLATE_NOOP("Cli", "Unknown language '{value}': use nl or en.")
_DEMO_NEEDS_DIR = QT_TRANSLATE_NOOP(
    "Cli", "'examdesk demo' needs --data-dir DIR: the new folder to write the demo data into."
)
_DEMO_WRITTEN = QT_TRANSLATE_NOOP(
    "Cli", "Demo data written to {path}. Sign in as 'demo' with password '{password}'."
)
_INTERNAL = QT_TRANSLATE_NOOP(
    "Cli",
    "examdesk stopped because of an internal error. Nothing more was written; the details are in {log}.",
)
_CHECK_QT = QT_TRANSLATE_NOOP("SelfTest", "Qt platform plugin and translations")
_CHECK_DB = QT_TRANSLATE_NOOP("SelfTest", "database opens, migrates and keeps its event chain")
_CHECK_CATALOGUE = QT_TRANSLATE_NOOP("SelfTest", "translations for messages without a window")
_CHECK_SIGNING = QT_TRANSLATE_NOOP("SelfTest", "a PDF signs and verifies")
_PASSED = QT_TRANSLATE_NOOP("SelfTest", "ok")
_FAILED = QT_TRANSLATE_NOOP("SelfTest", "FAILED")
_SUMMARY = QT_TRANSLATE_NOOP("SelfTest", "{passed} of {total} checks passed.")

_HELP_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Cli", "examdesk: the exam-day station. Without a command it opens the application."
)
_HELP_DATA_DIR = QT_TRANSLATE_NOOP("Cli", "the data folder (default: the platform's user data folder)")
_HELP_LANG = QT_TRANSLATE_NOOP(
    "Cli", "language of messages and windows: nl or en (default: the system's, Dutch if unsure)"
)
_HELP_DEMO = QT_TRANSLATE_NOOP("Cli", "open the application on a fresh throwaway folder with demo data")
_HELP_VERSION = QT_TRANSLATE_NOOP("Cli", "print the version and stop")
_HELP_CHECK_BSN = QT_TRANSLATE_NOOP("Cli", "check the format of one or more BSNs (11-proef)")
_HELP_BSN = QT_TRANSLATE_NOOP("Cli", "a BSN; spaces and dots are ignored")
_HELP_SELF_TEST = QT_TRANSLATE_NOOP("Cli", "check this installation")
_HELP_DEMO_CMD = QT_TRANSLATE_NOOP(
    "Cli", "write demo data into a new folder (--data-dir) without opening a window"
)
_HELP_WHAT_BSN = QT_TRANSLATE_NOOP("Cli", "at least one BSN")
_HELP_WHAT_PACKAGE = QT_TRANSLATE_NOOP("Cli", "a package file (.json or .zip)")
_HELP_IMPORT = QT_TRANSLATE_NOOP("Cli", "validate a package and import it completely, or nothing")
_HELP_SCORE = QT_TRANSLATE_NOOP("Cli", "score the results in a package without importing anything")
_HELP_SCHEMA = QT_TRANSLATE_NOOP("Cli", "print the package format's JSON Schema")
_HELP_PACKAGE = QT_TRANSLATE_NOOP("Cli", "the package: a .json file or a .zip with package.json")
_HELP_EXCLUDE = QT_TRANSLATE_NOOP(
    "Cli", "leave this item out of score and maximum (a technical fault, R-SCO-9)"
)
_HELP_JSON = QT_TRANSLATE_NOOP("Cli", "machine-readable output on standard output")
_HELP_SESSIONS = QT_TRANSLATE_NOOP("Cli", "list the exam sessions on this station")
_STATE_WORDS = {
    "planned": QT_TRANSLATE_NOOP("Cli", "planned"),
    "running": QT_TRANSLATE_NOOP("Cli", "running"),
    "closed": QT_TRANSLATE_NOOP("Cli", "closed"),
}
_IMPORTED = QT_TRANSLATE_NOOP(
    "Cli",
    "{file} imported: {exams} exams, {groups} afnamegroepen, {candidates} candidates and {results} results added; {same} already on this station.",
)
_NOTHING_NEW = QT_TRANSLATE_NOOP(
    "Cli", "{file} holds nothing new: everything in it is already on this station."
)
_PASSED_WORD = QT_TRANSLATE_NOOP("Cli", "passed")
_FAILED_WORD = QT_TRANSLATE_NOOP("Cli", "failed")
_GRADE_LINE = QT_TRANSLATE_NOOP("Cli", "grade {grade}")


class UsageError(ExamdeskError):
    """Arguments that do not fit the command line."""


@dataclass(frozen=True)
class Invocation:
    """What the command line asked for."""

    command: str | None
    data_dir: str | None
    language: str
    demo: bool
    arguments: argparse.Namespace


class _Parser(argparse.ArgumentParser):
    """argparse, with its complaints turned into one translated sentence."""

    def error(self, text: str) -> NoReturn:
        raise UsageError(_usage_message(self.prog, text))


def _usage_message(prog: str, text: str) -> Message:
    command = prog.split()[-1] if " " in prog else ""
    if command in _REPORT_NEEDS and text.startswith("the following arguments are required"):
        return message(
            _MISSING, command=prog.removeprefix("examdesk "), what=i18n.render(_REPORT_NEEDS[command])
        )
    if text.startswith("the following arguments are required"):
        what = _HELP_WHAT_BSN if command == "check-bsn" else _HELP_WHAT_PACKAGE
        return message(_MISSING, command=command, what=i18n.render(what))
    if text.startswith("unrecognized arguments:"):
        return message(_UNKNOWN_OPTION, option=text.split(":", 1)[1].strip())
    if "invalid choice" in text and "--lang" in text:
        value = text.split("'")[1] if "'" in text else text
        return message(_BAD_LANGUAGE, value=value)
    return message(_BAD_ARGUMENTS, detail=text)


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default, help=i18n.render(_HELP_DATA_DIR))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=default, help=i18n.render(_HELP_LANG))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="examdesk", description=i18n.render(_HELP_DESCRIPTION))
    _common(parser, suppress=False)
    parser.add_argument("--demo", action="store_true", help=i18n.render(_HELP_DEMO))
    parser.add_argument(
        "--version", action="version", version=f"examdesk {__version__}", help=i18n.render(_HELP_VERSION)
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    check_bsn = sub.add_parser("check-bsn", help=i18n.render(_HELP_CHECK_BSN))
    check_bsn.add_argument("bsn", nargs="+", metavar="BSN", help=i18n.render(_HELP_BSN))
    _common(check_bsn, suppress=True)
    _common(sub.add_parser("self-test", help=i18n.render(_HELP_SELF_TEST)), suppress=True)
    _common(sub.add_parser("demo", help=i18n.render(_HELP_DEMO_CMD)), suppress=True)
    importing = sub.add_parser("import", help=i18n.render(_HELP_IMPORT))
    importing.add_argument("package", metavar="PACKAGE", help=i18n.render(_HELP_PACKAGE))
    _common(importing, suppress=True)
    scoring = sub.add_parser("score", help=i18n.render(_HELP_SCORE))
    scoring.add_argument("package", metavar="PACKAGE", help=i18n.render(_HELP_PACKAGE))
    scoring.add_argument(
        "--exclude", metavar="ITEM", action="append", default=[], help=i18n.render(_HELP_EXCLUDE)
    )
    scoring.add_argument("--json", action="store_true", help=i18n.render(_HELP_JSON))
    _common(scoring, suppress=True)
    _common(sub.add_parser("schema", help=i18n.render(_HELP_SCHEMA)), suppress=True)
    listing = sub.add_parser("sessions", help=i18n.render(_HELP_SESSIONS))
    listing.add_argument("--json", action="store_true", help=i18n.render(_HELP_JSON))
    _common(listing, suppress=True)
    _add_inzage_status(sub)
    _add_report_parsers(sub)
    _common(sub.add_parser("qt-probe"), suppress=True)
    return parser


def _prescan_language(argv: Sequence[str]) -> str:
    """The language to complain in, found before the arguments are parsed."""
    for index, value in enumerate(argv):
        if value == "--lang" and index + 1 < len(argv):
            return i18n.normalise_language(argv[index + 1]) or i18n.system_language()
        if value.startswith("--lang="):
            return i18n.normalise_language(value.split("=", 1)[1]) or i18n.system_language()
    return i18n.system_language()


def _first_positional(argv: Sequence[str]) -> str | None:
    skip = False
    for value in argv:
        if skip:
            skip = False
            continue
        if value in ("--data-dir", "--lang"):
            skip = True
            continue
        if not value.startswith("-"):
            return value
    return None


def parse(argv: Sequence[str]) -> Invocation:
    """Parse ``argv`` (without the program name); raises :class:`UsageError` in the user's language."""
    i18n.set_language(_prescan_language(argv))
    first = _first_positional(argv)
    if first is not None and first not in COMMANDS + HIDDEN_COMMANDS:
        raise UsageError(message(_UNKNOWN_COMMAND, command=first, commands=", ".join(COMMANDS)))
    arguments = build_parser().parse_args(list(argv))
    language = arguments.lang or i18n.current_language()
    i18n.set_language(language)
    return Invocation(
        arguments.command, arguments.data_dir, language, bool(getattr(arguments, "demo", False)), arguments
    )


def run_command(invocation: Invocation, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a parsed command (not the GUI) and return its exit code."""
    handlers: dict[str, Callable[[Invocation, TextIO, TextIO], int]] = {
        "check-bsn": _check_bsn,
        "demo": _demo,
        "import": _import,
        "schema": _schema,
        "score": _score,
        "self-test": _self_test,
        "sessions": _sessions,
        "inzage-status": _inzage_status,
        "report": _report,
        "verify": _verify,
    }
    assert invocation.command is not None
    return handlers[invocation.command](invocation, out or sys.stdout, err or sys.stderr)


def _check_bsn(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.core import bsn

    all_valid = True
    for raw in invocation.arguments.bsn:
        result = bsn.check(raw)
        if result.valid:
            verdict = i18n.render(_VALID)
        else:
            all_valid = False
            assert result.problem is not None
            verdict = i18n.render(message(_INVALID, reason=i18n.render(result.problem)))
        out.write(f"{result.normalised}\t{verdict}\n")
    return EXIT_OK if all_valid else EXIT_INVALID


def _demo(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    if not invocation.data_dir:
        raise UsageError(message(_DEMO_NEEDS_DIR))
    from examdesk.services import demo

    target = paths.resolve_data_dir(invocation.data_dir)
    demo.write_demo(target)
    err.write(i18n.render(message(_DEMO_WRITTEN, path=str(target), password=demo.DEMO_PASSWORD)) + "\n")
    return EXIT_OK


def _open_station(invocation: Invocation) -> Any:
    """The station of ``--data-dir`` (or the default folder); the key passphrase from the environment."""
    from examdesk.services.secrets import passphrase_from_environment
    from examdesk.services.station import open_station

    return open_station(paths.resolve_data_dir(invocation.data_dir), passphrase=passphrase_from_environment())


def _import(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import packages
    from examdesk.services.actors import command_line_operator

    path = Path(invocation.arguments.package)
    station = _open_station(invocation)
    try:
        report = packages.import_package(station, command_line_operator(), path)
    finally:
        station.close()
    if report.changed_anything:
        added = report.added
        text = message(
            _IMPORTED,
            file=path.name,
            exams=added["exams"],
            groups=added["groups"],
            candidates=added["candidates"],
            results=added["results"],
            same=sum(report.unchanged.values()),
        )
    else:
        text = message(_NOTHING_NEW, file=path.name)
    err.write(i18n.render(text) + "\n")
    return EXIT_OK


def _sessions(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import sessions

    station = _open_station(invocation)
    try:
        found = sessions.list_sessions(station)
    finally:
        station.close()
    if invocation.arguments.json:
        json_dump(
            {
                "sessions": [
                    {
                        "id": s.id,
                        "group": s.group_code,
                        "exam": s.exam_code,
                        "date": s.date.isoformat(),
                        "state": s.state.value,
                    }
                    for s in found
                ]
            },
            out,
        )
        return EXIT_OK
    for s in found:
        state = i18n.render(_STATE_WORDS[s.state.value])
        out.write(
            f"{s.id}\t{s.date.isoformat()} {s.start_time}\t{s.group_code}\t{s.exam_code}\t{s.room}\t{state}\n"
        )
    return EXIT_OK


# --- inzage-status (R-INZ-2, R-INZ-3, R-INZ-5) ---------------------------------------------------------

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
    status.add_argument("--json", action="store_true", help=i18n.render(_HELP_JSON))
    _common(status, suppress=True)


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
    station = _open_station(invocation)
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


def _schema(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services.package_format import json_schema

    json_dump(json_schema(), out)
    return EXIT_OK


def _score(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from fractions import Fraction

    from examdesk.core.numbers import format_amount, round_half_up
    from examdesk.services import packages

    path = Path(invocation.arguments.package)
    # Results may refer to exams already on the station, but scoring never creates a station.
    data_dir = paths.resolve_data_dir(invocation.data_dir)
    station = _open_station(invocation) if paths.database_path(data_dir).exists() else None
    try:
        scored = packages.score_package(path, invocation.arguments.exclude, station)
    finally:
        if station is not None:
            station.close()

    def number(value: Fraction) -> float:
        return float(round_half_up(value, 2))

    def shown_grade(result: Any) -> float | int | None:
        if result.grade is None:
            return None
        rounded = result.grade.rounded
        return int(rounded) if result.exam.grading.decimals == 0 else float(rounded)

    if invocation.arguments.json:
        json_dump(
            {
                "results": [
                    {
                        "candidate": result.candidate,
                        "exam": result.exam.code,
                        "variant": result.variant,
                        "points": number(result.score.points),
                        "max_points": number(result.score.max_points),
                        "percent": number(result.percent),
                        "grade": shown_grade(result),
                        "passed": bool(result.grade and result.grade.passed),
                        "items": [
                            {
                                "item": item.item_id,
                                "points": number(item.points),
                                "max_points": number(item.max_points),
                                "status": item.status.value,
                                "explanation": i18n.render(item.explanation),
                            }
                            for item in result.score.items
                        ],
                    }
                    for result in scored
                ]
            },
            out,
        )
        return EXIT_OK
    language = i18n.current_language()
    for result in scored:
        points = format_amount(result.score.points, 2, language)
        maximum = format_amount(result.score.max_points, 2, language)
        percent = format_amount(result.percent, 2, language)
        if result.grade is None:
            verdict = "-"
        else:
            decimals = result.exam.grading.decimals
            grade_text = i18n.render(
                message(_GRADE_LINE, grade=format_amount(result.grade.rounded, decimals, language))
            )
            verdict = grade_text + "\t" + i18n.render(_PASSED_WORD if result.grade.passed else _FAILED_WORD)
        out.write(
            f"{result.candidate}\t{result.exam.code}\t{result.variant}\t{points}/{maximum}\t{percent} %\t{verdict}\n"
        )
    return EXIT_OK


def _self_test(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import selftest

    results: list[tuple[Text, bool, Message | Text | str]] = [
        (_CHECK_CATALOGUE, *selftest.check_catalogues()),
        (_CHECK_DB, *selftest.check_database()),
        (_CHECK_SIGNING, *selftest.check_signing()),
        (_CHECK_QT, *_check_qt(invocation.language)),
    ]
    for name, ok, detail in results:
        mark = i18n.render(_PASSED if ok else _FAILED)
        out.write(f"{mark:6} {i18n.render(name)}" + (f": {i18n.render(detail)}" if detail else "") + "\n")
    passed = sum(1 for _, ok, _ in results if ok)
    out.write(i18n.render(message(_SUMMARY, passed=passed, total=len(results))) + "\n")
    return EXIT_OK if passed == len(results) else EXIT_INVALID


def _check_qt(language: str) -> tuple[bool, str]:
    """Qt may abort the whole process when its platform plugin cannot load, so probe in a child process.

    On a Linux machine without a screen (a build server, CI) the offscreen plugin is probed; elsewhere
    the plugin the application itself would use.
    """
    import subprocess

    command = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "examdesk"]
    env = dict(os.environ)
    headless = sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    if headless:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        done = subprocess.run(
            [*command, "qt-probe", "--lang", language], capture_output=True, text=True, timeout=60, env=env
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, str(exc)
    lines = (done.stdout.strip() or done.stderr.strip()).splitlines()
    return done.returncode == 0, lines[-1] if lines else ""


def crash_log_path(data_dir: str | None) -> Path:
    """Where an internal error's details go: the data folder's log folder, else the temporary folder."""
    import tempfile

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    if data_dir:
        folder = paths.log_dir(paths.resolve_data_dir(data_dir))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return folder / f"crash-{stamp}.log"
        except OSError:
            pass
    return Path(tempfile.gettempdir()) / f"examdesk-crash-{stamp}.log"


def report_internal_error(data_dir: str | None, err: TextIO) -> int:
    """Write the current exception's trace to a log file and one sentence to ``err``."""
    import logging
    import traceback

    log = crash_log_path(data_dir)
    try:
        log.write_text(traceback.format_exc(), "utf-8")
    except OSError:
        logging.getLogger("examdesk").exception("internal error")
    err.write(i18n.render(message(_INTERNAL, log=str(log))) + "\n")
    return EXIT_INTERNAL


def print_error(error: ExamdeskError, err: TextIO) -> None:
    err.write(i18n.render(error.message) + "\n")
    for detail in error.details:
        err.write("  " + i18n.render(detail) + "\n")


def json_dump(value: object, out: TextIO) -> None:
    import json

    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


# --- signed reports (R-SIG-1): `report` and `verify` ---------------------------------------------------------

_HELP_REPORT = QT_TRANSLATE_NOOP("Cli", "export a signed report as PDF")
_HELP_REPORT_PV = QT_TRANSLATE_NOOP("Cli", "the proces-verbaal of one session")
_HELP_SESSION_ID = QT_TRANSLATE_NOOP("Cli", "the session's id (see 'examdesk sessions')")
_WHAT_PV = QT_TRANSLATE_NOOP("Cli", "a session id and --out FILE.pdf")
_HELP_REPORT_INZAGE = QT_TRANSLATE_NOOP("Cli", "the report of one inzage")
_HELP_INZAGE_ID = QT_TRANSLATE_NOOP("Cli", "the inzage's number (as the inzage log shows it)")
_WHAT_INZAGE = QT_TRANSLATE_NOOP("Cli", "an inzage number and --out FILE.pdf")
_HELP_REPORT_VOV = QT_TRANSLATE_NOOP("Cli", "the verklaring van ordentelijk verloop of one melding")
_HELP_VOV_ID = QT_TRANSLATE_NOOP("Cli", "the melding's number (as the proces-verbaal shows it)")
_HELP_REPORT_CASE = QT_TRANSLATE_NOOP("Cli", "the dossier of one irregularity case")
_HELP_CASE_ID = QT_TRANSLATE_NOOP("Cli", "the case's number (as the Cases workspace shows it)")
_WHAT_CASE = QT_TRANSLATE_NOOP("Cli", "a case number and --out FILE.pdf")
_HELP_OUT = QT_TRANSLATE_NOOP("Cli", "the PDF file to write")
_HELP_VERIFY = QT_TRANSLATE_NOOP("Cli", "check the digital signatures of a PDF report")
_HELP_PDF = QT_TRANSLATE_NOOP("Cli", "the PDF file to check")
_WHAT_REPORT = QT_TRANSLATE_NOOP("Cli", "a kind of report: proces-verbaal, vov, inzage or case")
_WHAT_VOV = QT_TRANSLATE_NOOP("Cli", "a melding number and --out FILE.pdf")
_WHAT_PDF = QT_TRANSLATE_NOOP("Cli", "a PDF file")
_REPORT_NEEDS = {
    "report": _WHAT_REPORT,
    "proces-verbaal": _WHAT_PV,
    "inzage": _WHAT_INZAGE,
    "vov": _WHAT_VOV,
    "case": _WHAT_CASE,
    "verify": _WHAT_PDF,
}
_REPORT_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Signed report written to {path} (SHA-256 {digest}).")
_VERIFY_VALID = QT_TRANSLATE_NOOP(
    "Cli", "{file}: intact; every signature is valid and covers the whole document."
)
_VERIFY_INVALID = QT_TRANSLATE_NOOP("Cli", "{file}: NOT VALID.")
_VERIFY_INTACT = QT_TRANSLATE_NOOP("Cli", "intact")
_VERIFY_CHANGED = QT_TRANSLATE_NOOP(
    "Cli", "CHANGED after signing: the signed bytes no longer match the signature"
)
_VERIFY_WHOLE = QT_TRANSLATE_NOOP("Cli", "covers the whole document")
_VERIFY_PART = QT_TRANSLATE_NOOP(
    "Cli", "does NOT cover the whole document: something was added after signing"
)
_VERIFY_SIGNER = QT_TRANSLATE_NOOP("Cli", "signer: {signer}")
_VERIFY_SIGNED_AT = QT_TRANSLATE_NOOP("Cli", "signed: {time}")
_VERIFY_THIS_STATION = QT_TRANSLATE_NOOP("Cli", "this station's certificate: {answer}")
_YES = QT_TRANSLATE_NOOP("Cli", "yes")
_NO = QT_TRANSLATE_NOOP("Cli", "no")


def _add_report_parsers(sub: Any) -> None:
    report = sub.add_parser("report", help=i18n.render(_HELP_REPORT))
    _common(report, suppress=True)
    kinds = report.add_subparsers(dest="report_kind", parser_class=_Parser, required=True)
    pv = kinds.add_parser("proces-verbaal", help=i18n.render(_HELP_REPORT_PV))
    pv.add_argument("session", metavar="SESSION", help=i18n.render(_HELP_SESSION_ID))
    pv.add_argument("--out", metavar="FILE.pdf", required=True, help=i18n.render(_HELP_OUT))
    _common(pv, suppress=True)
    inzage = kinds.add_parser("inzage", help=i18n.render(_HELP_REPORT_INZAGE))
    inzage.add_argument("inzage_id", metavar="INZAGE_ID", type=int, help=i18n.render(_HELP_INZAGE_ID))
    inzage.add_argument("--out", metavar="FILE.pdf", required=True, help=i18n.render(_HELP_OUT))
    _common(inzage, suppress=True)
    vov = kinds.add_parser("vov", help=i18n.render(_HELP_REPORT_VOV))
    vov.add_argument("vov_id", metavar="VOV_ID", type=int, help=i18n.render(_HELP_VOV_ID))
    vov.add_argument("--out", metavar="FILE.pdf", required=True, help=i18n.render(_HELP_OUT))
    _common(vov, suppress=True)
    case = kinds.add_parser("case", help=i18n.render(_HELP_REPORT_CASE))
    case.add_argument("case_id", metavar="CASE_ID", type=int, help=i18n.render(_HELP_CASE_ID))
    case.add_argument("--out", metavar="FILE.pdf", required=True, help=i18n.render(_HELP_OUT))
    _common(case, suppress=True)
    verify = sub.add_parser("verify", help=i18n.render(_HELP_VERIFY))
    verify.add_argument("pdf", metavar="FILE.pdf", help=i18n.render(_HELP_PDF))
    verify.add_argument("--json", action="store_true", help=i18n.render(_HELP_JSON))
    _common(verify, suppress=True)


def _report(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import reports
    from examdesk.services.actors import command_line_operator

    arguments = invocation.arguments
    target = Path(arguments.out).expanduser().absolute()
    station = _open_station(invocation)
    try:
        operator = command_line_operator()
        if arguments.report_kind == "proces-verbaal":
            exported = reports.export_proces_verbaal(
                station, operator, arguments.session, target, language=invocation.language
            )
        elif arguments.report_kind == "inzage":
            exported = reports.export_inzage(
                station, operator, arguments.inzage_id, target, language=invocation.language
            )
        elif arguments.report_kind == "case":
            exported = reports.export_case(
                station, operator, arguments.case_id, target, language=invocation.language
            )
        else:
            exported = reports.export_vov(
                station, operator, arguments.vov_id, target, language=invocation.language
            )
    finally:
        station.close()
    err.write(i18n.render(message(_REPORT_WRITTEN, path=str(exported.path), digest=exported.sha256)) + "\n")
    return EXIT_OK


def _verify(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from zoneinfo import ZoneInfo

    from examdesk.services import reports

    amsterdam = ZoneInfo("Europe/Amsterdam")
    path = Path(invocation.arguments.pdf)
    # Verifying never creates a station; without one, no signer can be this station's.
    data_dir = paths.resolve_data_dir(invocation.data_dir)
    station = _open_station(invocation) if paths.database_path(data_dir).exists() else None
    try:
        result = reports.verify_file(path, station)
    finally:
        if station is not None:
            station.close()

    def signed_at(check: Any) -> str | None:
        return None if check.signed_at is None else check.signed_at.astimezone(amsterdam).isoformat()

    if invocation.arguments.json:
        document: dict[str, Any] = {
            "file": result.file,
            "valid": result.valid,
            "signatures": [
                {
                    "field": s.field,
                    "intact": s.intact,
                    "covers_whole_document": s.covers_whole_document,
                    "signer": s.signer,
                    "signed_at": signed_at(s),
                    "this_station": s.this_station,
                }
                | ({"problem": i18n.render(s.problem)} if s.problem else {})
                for s in result.signatures
            ],
        }
        if result.problem is not None:
            document["problem"] = i18n.render(result.problem)
        json_dump(document, out)
        return EXIT_OK if result.valid else EXIT_INVALID
    verdict = _VERIFY_VALID if result.valid else _VERIFY_INVALID
    out.write(i18n.render(message(verdict, file=result.file)) + "\n")
    if result.problem is not None:
        out.write("  " + i18n.render(result.problem) + "\n")
    for s in result.signatures:
        parts = [
            i18n.render(_VERIFY_INTACT if s.intact else _VERIFY_CHANGED),
            i18n.render(_VERIFY_WHOLE if s.covers_whole_document else _VERIFY_PART),
        ]
        out.write(f"  {s.field}: " + "; ".join(parts) + "\n")
        if s.problem is not None:
            out.write("    " + i18n.render(s.problem) + "\n")
        if s.signer:
            out.write("    " + i18n.render(message(_VERIFY_SIGNER, signer=s.signer)) + "\n")
        if s.signed_at is not None:
            out.write("    " + i18n.render(message(_VERIFY_SIGNED_AT, time=signed_at(s))) + "\n")
        answer = i18n.render(_YES if s.this_station else _NO)
        out.write("    " + i18n.render(message(_VERIFY_THIS_STATION, answer=answer)) + "\n")
    return EXIT_OK if result.valid else EXIT_INVALID
