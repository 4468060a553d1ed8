"""Commands about the station and its packages: check-bsn, demo, import, sessions, schema, score, self-test."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, TextIO

from examdesk import i18n, paths
from examdesk.cli.base import (
    EXIT_INVALID,
    EXIT_OK,
    HELP_JSON,
    Command,
    Invocation,
    UsageError,
    common,
    has_station,
    json_dump,
    open_station,
    station_if_any,
)
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message, plural
from examdesk.core.words import SESSION_STATE_LABELS, label_of

_VALID = QT_TRANSLATE_NOOP("Cli", "valid")
_INVALID = QT_TRANSLATE_NOOP("Cli", "invalid: {reason}")
_DEMO_NEEDS_DIR = QT_TRANSLATE_NOOP(
    "Cli", "'examdesk demo' needs --data-dir DIR: the new folder to write the demo data into."
)
_DEMO_WRITTEN = QT_TRANSLATE_NOOP(
    "Cli", "Demo data written to {path}. Sign in as 'demo' with password '{password}'."
)
_CHECK_QT = QT_TRANSLATE_NOOP("SelfTest", "Qt platform plugin and translations")
_CHECK_DB = QT_TRANSLATE_NOOP("SelfTest", "database opens, migrates and keeps its event chain")
_CHECK_CATALOGUE = QT_TRANSLATE_NOOP("SelfTest", "translations for messages without a window")
_CHECK_SIGNING = QT_TRANSLATE_NOOP("SelfTest", "a PDF signs and verifies")
_CHECK_SERVER_DRIVER = QT_TRANSLATE_NOOP("SelfTest", "the school server's PostgreSQL driver loads")
_PASSED = QT_TRANSLATE_NOOP("SelfTest", "ok")
_FAILED = QT_TRANSLATE_NOOP("SelfTest", "FAILED")
_SUMMARY = QT_TRANSLATE_NOOP("SelfTest", "{passed} of {total} checks passed.")
_HELP_CHECK_BSN = QT_TRANSLATE_NOOP("Cli", "check the format of one or more BSNs (11-proef)")
_HELP_BSN = QT_TRANSLATE_NOOP("Cli", "a BSN; spaces and dots are ignored")
_HELP_SELF_TEST = QT_TRANSLATE_NOOP("Cli", "check this installation")
_HELP_DEMO_CMD = QT_TRANSLATE_NOOP(
    "Cli", "write demo data into a new folder (--data-dir) without opening a window"
)
_HELP_IMPORT = QT_TRANSLATE_NOOP("Cli", "validate a package and import it completely, or nothing")
_HELP_SCORE = QT_TRANSLATE_NOOP("Cli", "score the results in a package without importing anything")
_HELP_SCHEMA = QT_TRANSLATE_NOOP("Cli", "print the package format's JSON Schema")
_HELP_PACKAGE = QT_TRANSLATE_NOOP("Cli", "the package: a .json file or a .zip with package.json")
_HELP_EXCLUDE = QT_TRANSLATE_NOOP(
    "Cli", "leave this item out of score and maximum (a technical fault, R-SCO-9)"
)
_HELP_ALL_STATIONS = QT_TRANSLATE_NOOP(
    "Cli", "also the sessions of every other station on the school server or imported as transfer files"
)
_HELP_SESSIONS = QT_TRANSLATE_NOOP("Cli", "list the exam sessions on this station")
_IMPORTED = QT_TRANSLATE_NOOP(
    "Cli", "{file} imported: {exams}, {groups}, {candidates} and {results} added; {same}."
)
# Singular and plural of what an import counts (Dutch and English have the same two forms).
_COUNTS: dict[str, tuple[Text, Text]] = {
    "exams": (QT_TRANSLATE_NOOP("Cli", "1 exam"), QT_TRANSLATE_NOOP("Cli", "{count} exams")),
    "groups": (QT_TRANSLATE_NOOP("Cli", "1 afnamegroep"), QT_TRANSLATE_NOOP("Cli", "{count} afnamegroepen")),
    "candidates": (QT_TRANSLATE_NOOP("Cli", "1 candidate"), QT_TRANSLATE_NOOP("Cli", "{count} candidates")),
    "results": (QT_TRANSLATE_NOOP("Cli", "1 result"), QT_TRANSLATE_NOOP("Cli", "{count} results")),
    "same": (
        QT_TRANSLATE_NOOP("Cli", "1 was already on this station"),
        QT_TRANSLATE_NOOP("Cli", "{count} were already on this station"),
    ),
}
_NEW_STATION_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Cli",
    "A new station was made in {path}. This computer has no usable keyring, so its keys are in an encrypted file protected by the passphrase in EXAMDESK_KEY_PASSPHRASE: keep that passphrase, the station cannot be opened without it.",
)
_NEW_STATION_NEEDS_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Cli",
    "{path} holds no station yet, and this computer has no usable keyring: a new station keeps its keys in an encrypted file. Choose a station passphrase of at least 12 characters, set EXAMDESK_KEY_PASSPHRASE to it and import again. Nothing was written.",
)
_GROUNDS_READ = QT_TRANSLATE_NOOP(
    "Cli", "Version 1 package: the grounds of extra time were read from the basis text. Check them:"
)
_NOTHING_NEW = QT_TRANSLATE_NOOP(
    "Cli", "{file} holds nothing new: everything in it is already on this station."
)
_PASSED_WORD = QT_TRANSLATE_NOOP("Cli", "passed")
_FAILED_WORD = QT_TRANSLATE_NOOP("Cli", "failed")
_GRADE_LINE = QT_TRANSLATE_NOOP("Cli", "grade {grade}")


def _add_check_bsn(sub: Any) -> None:
    check_bsn = sub.add_parser("check-bsn", help=i18n.render(_HELP_CHECK_BSN))
    check_bsn.add_argument("bsn", nargs="+", metavar="BSN", help=i18n.render(_HELP_BSN))
    common(check_bsn)


def _add_plain(name: str, help_text: Text | None) -> Any:
    def add(sub: Any) -> None:
        kwargs = {} if help_text is None else {"help": i18n.render(help_text)}
        common(sub.add_parser(name, **kwargs))

    return add


def _add_import(sub: Any) -> None:
    importing = sub.add_parser("import", help=i18n.render(_HELP_IMPORT))
    importing.add_argument("package", metavar="PACKAGE", help=i18n.render(_HELP_PACKAGE))
    common(importing)


def _add_score(sub: Any) -> None:
    scoring = sub.add_parser("score", help=i18n.render(_HELP_SCORE))
    scoring.add_argument("package", metavar="PACKAGE", help=i18n.render(_HELP_PACKAGE))
    scoring.add_argument(
        "--exclude", metavar="ITEM", action="append", default=[], help=i18n.render(_HELP_EXCLUDE)
    )
    scoring.add_argument("--json", action="store_true", help=i18n.render(HELP_JSON))
    common(scoring)


def _add_sessions(sub: Any) -> None:
    listing = sub.add_parser("sessions", help=i18n.render(_HELP_SESSIONS))
    listing.add_argument("--all-stations", action="store_true", help=i18n.render(_HELP_ALL_STATIONS))
    listing.add_argument("--json", action="store_true", help=i18n.render(HELP_JSON))
    common(listing)


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


def _count(what: str, count: int) -> Message:
    one, many = _COUNTS[what]
    return plural(count, one, many)


def _import(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import packages
    from examdesk.services.actors import command_line_operator
    from examdesk.services.errors import SecretsUnavailable
    from examdesk.services.secrets import SecretsKind, passphrase_from_environment

    path = Path(invocation.arguments.package)
    folder = paths.resolve_data_dir(invocation.data_dir)
    new_station = not has_station(invocation)
    before = set(folder.iterdir()) if folder.is_dir() else None
    try:
        station = open_station(invocation, create=True)
        try:
            in_file = station.secrets_choice.kind is SecretsKind.PASSPHRASE_FILE
            try:
                report = packages.import_package(station, command_line_operator(), path)
            except SecretsUnavailable as locked:
                # "Set it to the station passphrase" means nothing where no station passphrase exists yet.
                if new_station and in_file and not passphrase_from_environment():
                    raise UsageError(message(_NEW_STATION_NEEDS_PASSPHRASE, path=str(folder))) from locked
                raise
        finally:
            station.close()
    except BaseException:
        if new_station:
            _remove_new_station(folder, before)
        raise
    if new_station and in_file:
        err.write(i18n.render(message(_NEW_STATION_PASSPHRASE, path=str(folder))) + "\n")
    if report.changed_anything:
        added = report.added
        text = message(
            _IMPORTED,
            file=path.name,
            exams=_count("exams", added["exams"]),
            groups=_count("groups", added["groups"]),
            candidates=_count("candidates", added["candidates"]),
            results=_count("results", added["results"]),
            same=_count("same", sum(report.unchanged.values())),
        )
    else:
        text = message(_NOTHING_NEW, file=path.name)
    err.write(i18n.render(text) + "\n")
    if report.ground_mappings:  # exam-package.md: a version 1 basis read as a ground, line by line
        out.write(i18n.render(message(_GROUNDS_READ)) + "\n")
        for line in report.ground_mappings:
            out.write("  " + i18n.render(line) + "\n")
    return EXIT_OK


def _remove_new_station(folder: Path, before: set[Path] | None) -> None:
    """A refused import into a folder without a station leaves the folder as it found it."""
    import shutil

    if before is None:
        shutil.rmtree(folder, ignore_errors=True)
        return
    if not folder.is_dir():
        return
    for entry in set(folder.iterdir()) - before:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def _sessions(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import sessions

    if invocation.arguments.all_stations:
        return _all_stations(invocation, out)
    station = open_station(invocation, reads_only=True)
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
        state = i18n.render(SESSION_STATE_LABELS[s.state])
        out.write(
            f"{s.id}\t{s.date.isoformat()} {s.start_time}\t{s.group_code}\t{s.exam_code}\t{s.room}\t{state}\n"
        )
    return EXIT_OK


def _all_stations(invocation: Invocation, out: TextIO) -> int:
    """R-NET-3: this station's sessions and every other station's that the school server holds or that
    were imported as transfer files, each with its station."""
    from examdesk.services import school_view, sessions
    from examdesk.services.actors import command_line_operator

    station = open_station(invocation)
    try:
        others = school_view.school_sessions(station, command_line_operator())
        own = sessions.list_sessions(station)
        own_id, own_name = station.station_id, station.name
    finally:
        station.close()
    rows = [
        (
            s.station_id,
            s.station_name,
            s.session_id,
            s.group_code,
            s.exam_code,
            s.date,
            s.start_time,
            s.room,
            s.state.value,
        )
        for s in others
        if s.station_id != own_id
    ]
    rows += [
        (own_id, own_name, s.id, s.group_code, s.exam_code, s.date, s.start_time, s.room, s.state.value)
        for s in own
    ]
    rows.sort(key=lambda r: (r[5], r[6], r[7], r[1]))
    if invocation.arguments.json:
        keys = ("station", "station_name", "id", "group", "exam", "date", "start", "room", "state")
        json_dump(
            {"sessions": [dict(zip(keys, (*r[:5], r[5].isoformat(), *r[6:]), strict=True)) for r in rows]},
            out,
        )
        return EXIT_OK
    for r in rows:
        state = i18n.render(label_of(SESSION_STATE_LABELS, r[8]))
        out.write(f"{r[1]}\t{r[2]}\t{r[5].isoformat()} {r[6]}\t{r[3]}\t{r[4]}\t{r[7]}\t{state}\n")
    return EXIT_OK


def _schema(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.core.package_format import json_schema

    json_dump(json_schema(), out)
    return EXIT_OK


def _score(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from fractions import Fraction

    from examdesk.core.grading import format_percent, shown_percent
    from examdesk.core.numbers import format_amount, round_half_up
    from examdesk.services import package_scoring

    path = Path(invocation.arguments.package)
    # Results may refer to exams already on the station, but scoring never creates a station.
    station = station_if_any(invocation)
    try:
        scored = package_scoring.score_package(path, invocation.arguments.exclude, station)
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
                        "percent": float(shown_percent(result.percent, 2)),  # R-GRD-4
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
        percent = format_percent(result.percent, 2, language)  # R-GRD-4: rounded down
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
        (_CHECK_SERVER_DRIVER, *selftest.check_server_driver()),
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
    if done.returncode == 0:
        return True, ""  # what loaded is the probe's business; a passed check needs no detail
    lines = (done.stdout.strip() or done.stderr.strip()).splitlines()
    return False, lines[-1] if lines else ""


COMMANDS = (
    Command("check-bsn", _add_check_bsn, _check_bsn),
    Command("demo", _add_plain("demo", _HELP_DEMO_CMD), _demo),
    Command("import", _add_import, _import),
    Command("schema", _add_plain("schema", _HELP_SCHEMA), _schema),
    Command("score", _add_score, _score),
    Command("self-test", _add_plain("self-test", _HELP_SELF_TEST), _self_test),
    Command("sessions", _add_sessions, _sessions),
)
