"""What every command shares: the invocation, the parser, the command registry, exit codes and output."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from examdesk import i18n, paths
from examdesk.core.errors import ExamdeskError
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

_INTERNAL = QT_TRANSLATE_NOOP(
    "Cli",
    "examdesk stopped because of an internal error. Nothing more was written; the details are in {log}.",
)
HELP_DATA_DIR = QT_TRANSLATE_NOOP("Cli", "the data folder (default: the platform's user data folder)")
HELP_LANG = QT_TRANSLATE_NOOP(
    "Cli", "language of messages and windows: nl or en (default: the system's, Dutch if unsure)"
)
HELP_JSON = QT_TRANSLATE_NOOP("Cli", "machine-readable output on standard output")


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


Handler = Callable[[Invocation, TextIO, TextIO], int]


@dataclass(frozen=True)
class Command:
    """One command: its name, how it adds its parser to the subparsers, and what runs it.

    ``needs`` maps a (sub)parser's last word to what it needs when arguments are missing, so the
    complaint names them ("'report vov' needs a melding number and --out FILE.pdf").
    """

    name: str
    add: Callable[[Any], None]
    run: Handler
    hidden: bool = False
    needs: tuple[tuple[str, Text], ...] = ()


class Parser(argparse.ArgumentParser):
    """argparse, with its complaints turned into one translated sentence."""

    usage_message: Callable[[str, str], Message] | None = None

    def error(self, text: str) -> NoReturn:
        assert Parser.usage_message is not None
        raise UsageError(Parser.usage_message(self.prog, text))


def common(parser: argparse.ArgumentParser, suppress: bool = True) -> None:
    """The options every command accepts before or after its name."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default, help=i18n.render(HELP_DATA_DIR))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=default, help=i18n.render(HELP_LANG))


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=i18n.render(HELP_JSON))


def open_station(invocation: Invocation) -> Any:
    """The station of ``--data-dir`` (or the default folder); the key passphrase from the environment."""
    from examdesk.services.secrets import passphrase_from_environment
    from examdesk.services.station import open_station as open_

    return open_(paths.resolve_data_dir(invocation.data_dir), passphrase=passphrase_from_environment())


def crash_log_path(data_dir: str | None) -> Path:
    """Where an internal error's details go: the data folder's log folder, else the temporary folder."""
    import tempfile

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    if data_dir:
        folder = paths.log_dir(paths.resolve_data_dir(data_dir))
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            return folder / f"crash-{stamp}.log"
        except OSError:
            pass
    return Path(tempfile.gettempdir()) / f"examdesk-crash-{stamp}.log"


def report_internal_error(data_dir: str | None, err: TextIO) -> int:
    """Write the current exception's trace to a log file and one sentence to ``err``."""
    import logging
    import os
    import traceback

    log = crash_log_path(data_dir)
    try:
        # Issue 13, finding 8: the owner's alone (0600) whatever the umask; the engine hides SQL parameters.
        descriptor = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(traceback.format_exc())
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
