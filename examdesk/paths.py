"""Where examdesk keeps its data. The only module that asks platformdirs (style.md).

``--data-dir`` overrides the platform's user data folder everywhere: every other module receives the
folder it should use and never looks it up itself.
"""

from __future__ import annotations

import os
from pathlib import Path

from examdesk import APP_NAME
from examdesk.core.errors import ExamdeskError
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

DATABASE_NAME = "examdesk.sqlite3"
BACKUP_FOLDER = "backups"
LOG_FOLDER = "logs"
SECRETS_FILE = "secrets.enc.json"
IDENTITY_FILE = "station.json"
THROTTLE_FILE = "throttle.json"
UI_SETTINGS_FILE = "ui.ini"
DEMO_MARKER = "DEMO"

_NOT_A_FOLDER = QT_TRANSLATE_NOOP("Paths", "The data folder {path} is a file, not a folder.")
_CANNOT_CREATE = QT_TRANSLATE_NOOP("Paths", "The data folder {path} cannot be created: {reason}.")
_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Paths",
    "examdesk cannot write in the data folder {path}. Choose another folder with --data-dir or ask IT for write access.",
)


_FULL_AT_START = QT_TRANSLATE_NOOP(
    "Paths",
    "The disk that holds the data folder {path} is full ({free} MB free; examdesk needs {needed} MB to start "
    "safely). Free space on that disk: old exported reports, backups in {backups} that you have copied "
    "elsewhere, or other programs' files. The station's data is intact: do not restore it from a backup, "
    "that would lose its latest events.",
)
MIN_FREE_BYTES = 8 * 1024 * 1024


def default_data_dir() -> Path:
    """The platform's per-user data folder for examdesk."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(override: str | os.PathLike[str] | None) -> Path:
    """The data folder to use: ``override`` when given, else the platform default."""
    if override:
        return Path(override).expanduser().absolute()
    return default_data_dir()


def prepare_data_dir(data_dir: Path) -> Message | None:
    """Create ``data_dir`` if needed (the owner's alone, issue 13) and prove it is writable and has room.

    A full disk is told as such, with what to free (issue 13, finding 11), never as a damaged station.
    Returns the sentence to show when the folder could not be made the user's alone (Windows: icacls
    failed, issue 13 finding 8); the station works all the same.
    """
    import errno

    from examdesk.store import files

    if data_dir.exists() and not data_dir.is_dir():
        raise ExamdeskError(message(_NOT_A_FOLDER, path=str(data_dir)))
    try:
        files.private_folder(data_dir)
    except OSError as exc:
        raise ExamdeskError(message(_CANNOT_CREATE, path=str(data_dir), reason=exc.strerror or exc)) from exc
    not_private = files.restrict_to_user(data_dir, folder=True)
    full = False
    try:
        import tempfile

        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-test-") as probe:
            probe.write(b"examdesk")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise ExamdeskError(message(_NOT_WRITABLE, path=str(data_dir))) from exc
        full = True
    free = free_bytes(data_dir)
    if full or free < MIN_FREE_BYTES:
        raise ExamdeskError(
            message(
                _FULL_AT_START,
                path=str(data_dir),
                free=free // (1024 * 1024),
                needed=MIN_FREE_BYTES // (1024 * 1024),
                backups=str(backup_dir(data_dir)),
            )
        )
    return not_private


def free_bytes(folder: Path) -> int:
    """The space left on the disk that holds ``folder``."""
    import shutil

    return shutil.disk_usage(folder).free


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def log_dir(data_dir: Path) -> Path:
    return data_dir / LOG_FOLDER


def secrets_path(data_dir: Path) -> Path:
    return data_dir / SECRETS_FILE


def identity_path(data_dir: Path) -> Path:
    """The station's plain identity file: its id, name and school, read before the database (issue 13)."""
    return data_dir / IDENTITY_FILE


def throttle_path(data_dir: Path) -> Path:
    """The count of wrong station passphrases, kept while the database is still locked (issue 13)."""
    return data_dir / THROTTLE_FILE


def ui_settings_path(data_dir: Path) -> Path:
    return data_dir / UI_SETTINGS_FILE


def demo_marker_path(data_dir: Path) -> Path:
    return data_dir / DEMO_MARKER


def make_demo_dir() -> Path:
    """A fresh throwaway folder for ``--demo``."""
    import tempfile

    return Path(tempfile.mkdtemp(prefix="examdesk-demo-"))
