"""One examdesk window per data folder (issue 13, finding 11): a lock file says who holds the folder.

Two windows on one station would each show a dashboard the other does not update, and each would take
actions the other does not see. The lock is the operating system's (it goes with the process, also when
the process is killed); the file beside it names the holder for the sentence a second start shows.
Command-line commands do not take it: an administrator may import or export while the window is open.
The commands that only read (``sessions``, ``log``, ``verify``, ``inzage-status``) open a held station
read-only (:func:`held_by_another`): they then migrate, record and anchor nothing beside the window.
"""

from __future__ import annotations

import getpass
import json
import os
import platform
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from examdesk.core.errors import ExamdeskError
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.store import files

LOCK_NAME = "examdesk.lock"
_HOLDER_NAME = "examdesk.lock.json"
_HELD = QT_TRANSLATE_NOOP(
    "Instance",
    "examdesk is already open on the data folder {folder}: by {user} on {host} (process {pid}), since {since}. "
    "Use that window, or close it first; two windows on one station would not see each other's actions.",
)
_HELD_UNKNOWN = QT_TRANSLATE_NOOP(
    "Instance",
    "examdesk is already open on the data folder {folder}. Use that window, or close it first; two windows "
    "on one station would not see each other's actions.",
)


_READ_ONLY = QT_TRANSLATE_NOOP(
    "Instance",
    "Read only: this station is open in another window (by {user} on {host}, process {pid}, since {since}). "
    "Nothing can be recorded or changed here: do it in that window, or close that window first.",
)
_READ_ONLY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Instance",
    "Read only: this station is open in another window. Nothing can be recorded or changed here: do it in "
    "that window, or close that window first.",
)


class AlreadyOpen(ExamdeskError):
    """Another examdesk window holds this data folder."""


@dataclass
class InstanceLock:
    """The held lock of one data folder; released when the program ends or :meth:`release` is called."""

    folder: Path
    descriptor: int | None

    def release(self) -> None:
        if self.descriptor is not None:
            (self.folder / _HOLDER_NAME).unlink(missing_ok=True)
            os.close(self.descriptor)
            self.descriptor = None


def claim(folder: Path) -> InstanceLock:
    """Hold ``folder`` for this process, or raise :class:`AlreadyOpen` naming who holds it."""
    files.private_folder(folder)
    descriptor = files.try_lock(folder / LOCK_NAME)
    if descriptor is None:
        raise _already_open(folder)
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    holder = {
        "pid": os.getpid(),
        "host": platform.node(),
        "user": user,
        # Amsterdam time, as every other time examdesk shows (not the computer's own zone, which may differ).
        "since": datetime.now(UTC).astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M"),
    }
    files.write_atomically(folder / _HOLDER_NAME, json.dumps(holder).encode("utf-8"))
    return InstanceLock(folder, descriptor)


def held_by_another(folder: Path) -> Message | None:
    """Whether another process holds ``folder``: then the read-only sentence that names it, else ``None``.

    Takes no lock and leaves none (the lock is tried and let go at once), and creates nothing in a folder
    no window ever held. Command-line commands that only read use it to open the station read-only.
    """
    lock = folder / LOCK_NAME
    if not lock.is_file():
        return None
    descriptor = files.try_lock(lock)
    if descriptor is not None:
        os.close(descriptor)  # as InstanceLock.release: closing lets go of the lock
        return None
    holder = _holder(folder)
    if holder is None:
        return message(_READ_ONLY_UNKNOWN)
    return message(_READ_ONLY, **holder)


def _holder(folder: Path) -> dict[str, object] | None:
    """Who holds ``folder``, as its holder file says; ``None`` when the file is missing or unreadable."""
    try:
        holder = json.loads((folder / _HOLDER_NAME).read_text("utf-8"))
        return {
            "user": str(holder["user"]),
            "host": str(holder["host"]),
            "pid": int(holder["pid"]),
            "since": str(holder["since"]),
        }
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _already_open(folder: Path) -> AlreadyOpen:
    holder = _holder(folder)
    if holder is None:
        return AlreadyOpen(message(_HELD_UNKNOWN, folder=str(folder)))
    return AlreadyOpen(message(_HELD, folder=str(folder), **holder))
