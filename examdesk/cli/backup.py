"""Commands that copy a whole station: backup (while it runs) and restore (into an empty folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from examdesk import i18n, paths
from examdesk.cli.base import EXIT_OK, Command, Invocation, UsageError, common, open_station
from examdesk.core.text import QT_TRANSLATE_NOOP, message

_HELP_BACKUP = QT_TRANSLATE_NOOP(
    "Cli", "copy the whole station (database, keys file, certificates) into one file"
)
_HELP_RESTORE = QT_TRANSLATE_NOOP(
    "Cli", "restore a backup into an empty folder (--data-dir), after checking it"
)
_HELP_OUT = QT_TRANSLATE_NOOP("Cli", "the backup file to write (it must not exist yet)")
_HELP_FILE = QT_TRANSLATE_NOOP("Cli", "the backup file made by 'examdesk backup'")
_WHAT_OUT = QT_TRANSLATE_NOOP("Cli", "--out FILE: the backup file to write")
_WHAT_RESTORE = QT_TRANSLATE_NOOP(
    "Cli", "the backup file and --data-dir DIR, the empty folder to restore into"
)
_RESTORE_NEEDS_DIR = QT_TRANSLATE_NOOP(
    "Cli", "'examdesk restore' needs --data-dir DIR: the empty or new folder to restore the station into."
)
_BACKED_UP = QT_TRANSLATE_NOOP("Cli", "Backup of station {station} written to {file}.")
_RESTORED = QT_TRANSLATE_NOOP(
    "Cli",
    "The backup of {created} was checked and restored into {path}. Start examdesk with --data-dir {path}.",
)
_KEYRING_NOTE = QT_TRANSLATE_NOOP(
    "Cli",
    "This station keeps its keys in the system keyring, which a backup cannot hold: restored on another computer, "
    "its encrypted database cannot be opened until the keyring entries examdesk/{station} are copied there.",
)


def _add_backup(sub: Any) -> None:
    parser = sub.add_parser("backup", help=i18n.render(_HELP_BACKUP))
    parser.add_argument("--out", metavar="FILE", required=True, help=i18n.render(_HELP_OUT))
    common(parser)


def _add_restore(sub: Any) -> None:
    parser = sub.add_parser("restore", help=i18n.render(_HELP_RESTORE))
    parser.add_argument("file", metavar="FILE", help=i18n.render(_HELP_FILE))
    common(parser)


def _backup(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import backup
    from examdesk.services.secrets import SecretsKind

    target = Path(invocation.arguments.out).expanduser().absolute()
    station = open_station(invocation)
    try:
        summary = backup.make_backup(station, target)
        in_keyring = station.secrets_choice.kind is SecretsKind.KEYRING
    finally:
        station.close()
    err.write(i18n.render(message(_BACKED_UP, station=summary.station_id, file=str(target))) + "\n")
    if in_keyring:
        err.write(i18n.render(message(_KEYRING_NOTE, station=summary.station_id)) + "\n")
    return EXIT_OK


def _restore(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import backup

    if not invocation.data_dir:
        raise UsageError(message(_RESTORE_NEEDS_DIR))
    target = paths.resolve_data_dir(invocation.data_dir)
    summary = backup.restore_backup(Path(invocation.arguments.file), target)
    err.write(i18n.render(message(_RESTORED, created=summary.created_at, path=str(target))) + "\n")
    return EXIT_OK


COMMANDS = (
    Command("backup", _add_backup, _backup, needs=(("backup", _WHAT_OUT),)),
    Command("restore", _add_restore, _restore, needs=(("restore", _WHAT_RESTORE),)),
)
