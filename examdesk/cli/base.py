"""What every command shares: the invocation, the parser, the command registry, exit codes and output."""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable
from dataclasses import dataclass
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
_NO_STATION = QT_TRANSLATE_NOOP(
    "Cli",
    "There is no examdesk station in {path}. Give the folder of an existing station with --data-dir, or make one with 'examdesk import' or the application.",
)
_NOT_WHOLE = QT_TRANSLATE_NOOP("Cli", "'{value}' is not a whole number")
_UNKNOWN_OPTION = QT_TRANSLATE_NOOP("Cli", "Unknown option '{option}'. See 'examdesk --help'.")
_BAD_LANGUAGE = QT_TRANSLATE_NOOP("Cli", "Unknown language '{value}': use nl or en.")

# argparse's own words (it looks them up through gettext): help headings, usage and its complaints.
_ARGPARSE: dict[str, Text] = {
    str(text): text
    for text in (
        QT_TRANSLATE_NOOP("argparse", "usage: "),
        QT_TRANSLATE_NOOP("argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("argparse", "options"),
        QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
        QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    )
}
# Operating-system errors, by errno, as a sentence that names the file.
_OS_ERRORS: dict[int, Text] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Cli", "{path} does not exist."),
    errno.EISDIR: QT_TRANSLATE_NOOP("Cli", "{path} is a folder, not a file."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Cli", "{path} is not a folder."),
    errno.EACCES: QT_TRANSLATE_NOOP("Cli", "examdesk may not read or write {path} (permission denied)."),
    errno.EPERM: QT_TRANSLATE_NOOP("Cli", "examdesk may not read or write {path} (permission denied)."),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Cli", "There is no room left on the disk for {path}."),
    errno.EROFS: QT_TRANSLATE_NOOP("Cli", "{path} is on a disk that cannot be written to."),
    errno.EEXIST: QT_TRANSLATE_NOOP("Cli", "{path} already exists."),
}
_OS_OTHER = QT_TRANSLATE_NOOP("Cli", "{path} cannot be used: the operating system says '{reason}'.")


REQUIRED = "the following arguments are required: %s"
"""The message id of argparse's complaint about missing arguments (see :class:`Complaint`)."""


class Complaint(str):
    """argparse's words in the current language that remember their message id (``source``).

    argparse fills them in with ``%``, which keeps the id, so :meth:`Parser.error` tells its complaints
    apart by id and never by reading their text, in English or in Dutch.
    """

    source: str

    def __new__(cls, text: str, source: str) -> Complaint:
        obj = super().__new__(cls, text)
        obj.source = source
        return obj

    def __mod__(self, values: Any) -> Complaint:
        return Complaint(str.__mod__(self, values), self.source)


def argparse_text(source: str) -> str:
    """argparse's English ``source`` in the current language (the gettext function argparse calls)."""
    text = _ARGPARSE.get(source)
    return Complaint(source if text is None else i18n.render(text), source)


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    return argparse_text(singular if i18n.plural_category(count) == "one" else plural)


# argparse calls the module-level names ``_`` and ``ngettext`` it took from gettext at import time.
argparse._ = argparse_text  # type: ignore[attr-defined]
argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


def _whole_number(value: str) -> int:
    """argparse's ``type`` for a whole number: its complaint is ours, in the user's language."""
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(i18n.render(message(_NOT_WHOLE, value=value))) from None


def _language(value: str) -> str:
    """argparse's ``type`` for ``--lang``: an unknown language is said as such, before anything else."""
    if value not in i18n.LANGUAGES:
        raise UsageError(message(_BAD_LANGUAGE, value=value))
    return value


def os_error_message(error: OSError) -> Message:
    """An operating-system error as one sentence in the user's language, naming the file."""
    path = error.filename if error.filename is not None else ""
    text = _OS_ERRORS.get(error.errno or 0)
    if text is None:
        return message(_OS_OTHER, path=str(path), reason=error.strerror or str(error))
    return message(text, path=str(path))


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

    def add_argument(self, *args: Any, **kwargs: Any) -> Any:
        # A whole number's complaint comes from its type function, not from argparse's words about int.
        if kwargs.get("type") is int:
            kwargs["type"] = _whole_number
        return super().add_argument(*args, **kwargs)

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:
        """The arguments; what no (sub)parser knows is refused by name (argparse's own check never runs)."""
        parsed, extra = self.parse_known_args(args, namespace)
        if extra:
            raise UsageError(message(_UNKNOWN_OPTION, option=" ".join(extra)))
        return parsed

    def error(self, text: str) -> NoReturn:
        assert Parser.usage_message is not None
        raise UsageError(Parser.usage_message(self.prog, text))


def common(parser: argparse.ArgumentParser, suppress: bool = True) -> None:
    """The options every command accepts before or after its name."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default, help=i18n.render(HELP_DATA_DIR))
    parser.add_argument(
        "--lang",
        type=_language,
        metavar="{" + ",".join(i18n.LANGUAGES) + "}",
        default=default,
        help=i18n.render(HELP_LANG),
    )


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=i18n.render(HELP_JSON))


def has_station(invocation: Invocation) -> bool:
    """Whether the data folder of ``invocation`` holds a station (without creating anything)."""
    return paths.database_path(paths.resolve_data_dir(invocation.data_dir)).is_file()


def open_station(invocation: Invocation, create: bool = False, *, reads_only: bool = False) -> Any:
    """The station of ``--data-dir`` (or the default folder); the key passphrase from the environment.

    Only ``demo``, ``import`` and the application make a station where there is none (``create``);
    every other command refuses a folder without one and writes nothing there. A command that
    ``reads_only`` opens a station that an examdesk window holds read-only (issue 13), and says so.
    """
    from examdesk.services.secrets import passphrase_from_environment
    from examdesk.services.station import open_station as open_

    folder = paths.resolve_data_dir(invocation.data_dir)
    if not create and not paths.database_path(folder).is_file():
        raise UsageError(message(_NO_STATION, path=str(folder)))
    held = None
    if reads_only:
        from examdesk.services.instance import held_by_another

        held = held_by_another(folder)
        if held is not None:
            print(i18n.render(held), file=sys.stderr)
    station = open_(folder, passphrase=passphrase_from_environment(), read_only=held)
    for notice in station.notices:  # issue 13, finding 8: a folder others may read is said, not hidden
        print(i18n.render(notice), file=sys.stderr)
    return station


def station_if_any(invocation: Invocation, *, reads_only: bool = False) -> Any | None:
    """For commands that use a station only when there is one (score, verify): it, or ``None``.

    They work on a file the person names and never create a station, whatever ``--data-dir`` says.
    """
    return open_station(invocation, reads_only=reads_only) if has_station(invocation) else None


def crash_log_path(data_dir: str | None) -> Path:
    """Where an internal error's details go: the data folder's log folder when the folder exists, else the
    temporary folder (a folder that is still to be made, as restore's, is never made by a crash log)."""
    import tempfile
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    if data_dir and paths.resolve_data_dir(data_dir).is_dir():
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
