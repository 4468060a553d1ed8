"""The command line (docs/cli.md). Imports no Qt: commands that need no window stay light.

Each feature's commands live in their own module as a tuple of :class:`~examdesk.cli.base.Command`;
this module only collects them, parses and dispatches. A new command is a ``Command`` in the module
of its feature, listed in ``_MODULES`` below.

Opening the application (no command: ``examdesk [--data-dir DIR] [--lang nl|en] [--demo [--keep]]``) is
parsed without importing the commands' modules or building their parsers: that took 50 ms before the
first paint (bench/startup.py). Anything else on the line goes through the whole parser.

Exit codes: 0 success; 1 the thing checked is not valid; 2 unusable input or arguments; 3 an internal
error (a bug), reported in one sentence with the details written to a log file.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from functools import cache
from typing import TextIO

from examdesk import __version__, i18n
from examdesk.cli.base import (
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    REQUIRED,
    Command,
    Complaint,
    Invocation,
    Parser,
    UsageError,
    common,
    crash_log_path,
    json_dump,
    print_error,
    report_internal_error,
)
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_USAGE",
    "Invocation",
    "UsageError",
    "build_parser",
    "command_names",
    "crash_log_path",
    "json_dump",
    "parse",
    "print_error",
    "report_internal_error",
    "run_command",
]

_MODULES = (
    "station",
    "identity",
    "inzage",
    "reports",
    "trust",
    "log",
    "appointments",
    "listings",
    "backup",
    "transfer",
    "server",
)
_QT_PROBE = Command(
    "qt-probe", lambda sub: common(sub.add_parser("qt-probe")), lambda i, o, e: 0, hidden=True
)
# What opens the application, and which of them take a value (the only words the light parse accepts).
_APPLICATION_OPTIONS = ("--data-dir", "--lang", "--demo", "--keep")
_WITH_VALUE = ("--data-dir", "--lang")


@cache
def _all() -> tuple[Command, ...]:
    """Every command, from its feature's module (imported on first use)."""
    modules = [importlib.import_module(f"{__name__}.{name}") for name in _MODULES]
    found: list[Command] = [command for module in modules for command in module.COMMANDS]
    return (*sorted(found, key=lambda c: c.name), _QT_PROBE)


def command_names(*, hidden: bool = False) -> tuple[str, ...]:
    """The commands ``--help`` lists (or, with ``hidden``, the ones it does not)."""
    return tuple(command.name for command in _all() if command.hidden == hidden)


def _needs() -> dict[str, Text]:
    return {word: what for command in _all() for word, what in command.needs}


_UNKNOWN_COMMAND = QT_TRANSLATE_NOOP("Cli", "Unknown command '{command}'. The commands are: {commands}.")
_BAD_ARGUMENTS = QT_TRANSLATE_NOOP("Cli", "The arguments are not right: {detail}. See 'examdesk --help'.")
_MISSING = QT_TRANSLATE_NOOP("Cli", "'{command}' needs {what}. See 'examdesk {command} --help'.")
_HELP_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Cli", "examdesk: the exam-day station. Without a command it opens the application."
)
_HELP_DEMO = QT_TRANSLATE_NOOP("Cli", "open the application on a fresh throwaway folder with demo data")
_HELP_KEEP = QT_TRANSLATE_NOOP("Cli", "with --demo: keep the demo folder when the application closes")
_HELP_VERSION = QT_TRANSLATE_NOOP("Cli", "print the version and stop")
_HELP_WHAT_BSN = QT_TRANSLATE_NOOP("Cli", "at least one BSN")
_HELP_WHAT_PACKAGE = QT_TRANSLATE_NOOP("Cli", "a package file (.json or .zip)")


def _usage_message(prog: str, text: str) -> Message:
    """argparse's complaint as one sentence; missing arguments are named by what the command needs.

    Unknown options are refused in ``Parser.parse_args`` and an unknown language by its type function,
    so what reaches here is told apart by its message id (``Complaint``), never by its words.
    """
    command = prog.split()[-1] if " " in prog else ""
    words = prog.removeprefix("examdesk ")
    required = isinstance(text, Complaint) and text.source == REQUIRED
    needs = _needs() if required else {}
    if words in needs:
        return message(_MISSING, command=words, what=i18n.render(needs[words]))
    if command in needs:
        return message(_MISSING, command=words, what=i18n.render(needs[command]))
    if required:
        what = _HELP_WHAT_BSN if command == "check-bsn" else _HELP_WHAT_PACKAGE
        return message(_MISSING, command=command, what=i18n.render(what))
    return message(_BAD_ARGUMENTS, detail=str(text))


Parser.usage_message = staticmethod(_usage_message)


def build_parser(*, commands: bool = True) -> Parser:
    """The whole command line; without ``commands``, only what opens the application."""
    parser = Parser(prog="examdesk", description=i18n.render(_HELP_DESCRIPTION))
    common(parser, suppress=False)
    parser.add_argument("--demo", action="store_true", help=i18n.render(_HELP_DEMO))
    parser.add_argument("--keep", action="store_true", help=i18n.render(_HELP_KEEP))
    parser.add_argument(
        "--version", action="version", version=f"examdesk {__version__}", help=i18n.render(_HELP_VERSION)
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    # The hidden commands stay out of the list of choices that --help and the usage line show.
    listed = "{" + ",".join(command_names()) + "}"
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar=listed)
    for command in _all():
        command.add(sub)
    return parser


def _opens_the_application(argv: Sequence[str]) -> bool:
    """Whether ``argv`` holds only the application's own options (spelled out whole) and their values."""
    words = list(argv)
    index = 0
    while index < len(words):
        name = words[index].split("=", 1)[0]
        if name not in _APPLICATION_OPTIONS:
            return False
        index += 2 if name in _WITH_VALUE and "=" not in words[index] else 1
    return index == len(words)


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
    if first is not None and first not in command_names() + command_names(hidden=True):
        raise UsageError(message(_UNKNOWN_COMMAND, command=first, commands=", ".join(command_names())))
    arguments = build_parser(commands=not _opens_the_application(argv)).parse_args(list(argv))
    language = arguments.lang or i18n.current_language()
    i18n.set_language(language)
    return Invocation(
        arguments.command, arguments.data_dir, language, bool(getattr(arguments, "demo", False)), arguments
    )


def run_command(invocation: Invocation, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a parsed command (not the GUI) and return its exit code."""
    handlers = {command.name: command.run for command in _all()}
    assert invocation.command is not None
    return handlers[invocation.command](invocation, out or sys.stdout, err or sys.stderr)
