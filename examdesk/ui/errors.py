"""The one place where failures reach the person: expected problems are shown, bugs are logged.

An :class:`ExamdeskError` is an expected problem; its sentence is shown in the person's language. Any
other exception is a bug: its traceback goes to a log file in the data folder and the person reads one
sentence saying where the details are.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from examdesk import i18n
from examdesk.core.errors import ExamdeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

LOG_FILE_NAME = "examdesk.log"
_LOGGER_NAME = "examdesk"

_handler: logging.FileHandler | None = None
_log_file: Path | None = None


def use_log_folder(folder: Path | None) -> None:
    """Write the log to ``folder/examdesk.log`` from now on (``None``: stop writing a file)."""
    global _handler, _log_file
    logger = logging.getLogger(_LOGGER_NAME)
    # A library that configures logging may disable every logger that exists by then (dictConfig's
    # disable_existing_loggers): examdesk's bug reports are not to be lost to that.
    logger.disabled = False
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None
    _log_file = None
    if folder is None:
        return
    _log_file = folder / LOG_FILE_NAME
    # The file is created on the first record only: a station without problems gets no log.
    _handler = _FolderFileHandler(_log_file)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(_handler)
    logger.setLevel(logging.INFO)


class _FolderFileHandler(logging.FileHandler):
    """A file handler that creates its folder when it first writes."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)

    def _open(self):  # type: ignore[no-untyped-def]
        # Issue 13, finding 8: a log may name candidates; it is the owner's alone whatever the umask.
        folder = Path(self.baseFilename).parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        stream = super()._open()
        if os.name == "posix":
            os.chmod(folder, 0o700)
            os.chmod(self.baseFilename, 0o600)
        return stream


def log_file() -> Path:
    """Where bug reports are written now (a temporary folder before any data folder is known)."""
    if _log_file is None:
        use_log_folder(Path(tempfile.gettempdir()) / "examdesk-logs")
    assert _log_file is not None
    return _log_file


def log_bug(error: BaseException, context: str = "") -> Path:
    """Write ``error`` with its traceback to the log file and return the file's path."""
    path = log_file()
    logging.getLogger(_LOGGER_NAME).error(
        "internal error%s",
        f" ({context})" if context else "",
        exc_info=(type(error), error, error.__traceback__),
    )
    if _handler is not None:
        _handler.flush()
    return path


def describe(error: BaseException) -> str:
    """The sentence the person reads about ``error`` (a bug must have been logged with :func:`log_bug`)."""
    if isinstance(error, ExamdeskError):
        return " ".join([i18n.render(error.message), *(i18n.render(detail) for detail in error.details)])
    return QCoreApplication.translate(
        "Errors", "examdesk ran into an internal error and could not finish this. The details are in {log}."
    ).format(log=str(log_file()))


def show_problem(parent: QWidget | None, text: str) -> QMessageBox:
    """Show ``text`` in a message box that does not block the caller; returns the box."""
    # Imported here: the window is painted before any message box is needed (start-up time).
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "examdesk: problem"))
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    without_icons(box)
    box.setAccessibleName(QCoreApplication.translate("Errors", "Problem"))
    box.setAccessibleDescription(text)
    box.setObjectName("problemBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def report(parent: QWidget | None, error: BaseException, context: str = "") -> QMessageBox:
    """Show an expected problem, or log a bug and say where its details are."""
    if not isinstance(error, ExamdeskError):
        log_bug(error, context)
    return show_problem(parent, describe(error))


def without_icons(widget: QWidget) -> None:
    """Take the desktop's icons off a dialog's buttons: the words say enough, and icons differ per desktop."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QAbstractButton

    for button in widget.findChildren(QAbstractButton):
        button.setIcon(QIcon())
