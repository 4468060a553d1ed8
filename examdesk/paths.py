"""Where examdesk keeps its data. The only module that asks platformdirs (style.md).

``--data-dir`` overrides the platform's user data folder everywhere: every other module receives the
folder it should use and never looks it up itself.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from examdesk import APP_NAME
from examdesk.core.errors import ExamdeskError
from examdesk.core.text import QT_TRANSLATE_NOOP, message

DATABASE_NAME = "examdesk.sqlite3"
BACKUP_FOLDER = "backups"
LOG_FOLDER = "logs"
SECRETS_FILE = "secrets.enc.json"
UI_SETTINGS_FILE = "ui.ini"
DEMO_MARKER = "DEMO"

_NOT_A_FOLDER = QT_TRANSLATE_NOOP("Paths", "The data folder {path} is a file, not a folder.")
_CANNOT_CREATE = QT_TRANSLATE_NOOP("Paths", "The data folder {path} cannot be created: {reason}.")
_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Paths",
    "examdesk cannot write in the data folder {path}. Choose another folder with --data-dir or ask IT for write access.",
)


def default_data_dir() -> Path:
    """The platform's per-user data folder for examdesk."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(override: str | os.PathLike[str] | None) -> Path:
    """The data folder to use: ``override`` when given, else the platform default."""
    if override:
        return Path(override).expanduser().absolute()
    return default_data_dir()


def prepare_data_dir(data_dir: Path) -> Path:
    """Create ``data_dir`` if needed and prove it is writable; raise a clear error otherwise."""
    if data_dir.exists() and not data_dir.is_dir():
        raise ExamdeskError(message(_NOT_A_FOLDER, path=str(data_dir)))
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExamdeskError(message(_CANNOT_CREATE, path=str(data_dir), reason=exc.strerror or exc)) from exc
    try:
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise ExamdeskError(message(_NOT_WRITABLE, path=str(data_dir))) from exc
    return data_dir


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def log_dir(data_dir: Path) -> Path:
    return data_dir / LOG_FOLDER


def secrets_path(data_dir: Path) -> Path:
    return data_dir / SECRETS_FILE


def ui_settings_path(data_dir: Path) -> Path:
    return data_dir / UI_SETTINGS_FILE


def demo_marker_path(data_dir: Path) -> Path:
    return data_dir / DEMO_MARKER


def make_demo_dir() -> Path:
    """A fresh throwaway folder for ``--demo``."""
    return Path(tempfile.mkdtemp(prefix="examdesk-demo-"))
