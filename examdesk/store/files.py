"""Files the station keeps: exclusive locks, durable atomic writes and private permissions.

One small module, so that the key file, exported PDFs and the station's other files are written the same
way everywhere: to a temporary file beside the target, flushed to the disk, renamed over the target, and
the folder flushed too, so that a power cut leaves either the old or the new file, never half of one.
On POSIX every file the station writes is readable by its owner only (0600, folders 0700) whatever the
umask (issue 13, finding 8). On Windows the data folder and the key file get an access list of their own
(:func:`restrict_to_user`): the user, SYSTEM and the Administrators group, nothing inherited, so a data
folder outside the user's profile (``--data-dir D:\\examens``) is not readable by every user of the PC.
"""

from __future__ import annotations

import getpass
import logging
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_POSIX = os.name == "posix"
WINDOWS = sys.platform == "win32"  # a name of its own, so that tests can play Windows on any system

# Windows: well-known SIDs, the same in every language of Windows (the names are not: "Administrators").
SYSTEM_SID = "*S-1-5-18"
ADMINISTRATORS_SID = "*S-1-5-32-544"
ICACLS_TIMEOUT_SECONDS = 30
_NOT_RESTRICTED = QT_TRANSLATE_NOOP(
    "Files",
    "Access to {path} could not be limited to {user}: {reason}. Other users of this computer may be able to "
    "read it: ask IT to remove their access.",
)
_log = logging.getLogger("examdesk")

Runner = Callable[..., "subprocess.CompletedProcess[str]"]

_held: dict[str, tuple[int, int]] = {}
_held_guard = threading.RLock()


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if needed; on POSIX make it the owner's alone (0700).

    On Windows a folder inside the data folder inherits the data folder's own access list (set once per
    start by :func:`restrict_to_user` through ``paths.prepare_data_dir``): no icacls run per folder.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if not WINDOWS:
        restrict_to_user(folder, folder=True)
    return folder


def make_private(path: Path) -> None:
    """On POSIX, make the existing file ``path`` readable and writable by its owner only (0600).

    On Windows the file inherits the access list of the data folder it is in.
    """
    if not WINDOWS and path.exists():
        restrict_to_user(path, folder=False)


def windows_user() -> str:
    """The signed-in Windows user as icacls names them: ``DOMAIN\\name`` where Windows says the domain."""
    name = os.environ.get("USERNAME") or getpass.getuser()
    domain = os.environ.get("USERDOMAIN")
    return f"{domain}\\{name}" if domain else name


def icacls_command(path: Path, user: str, *, folder: bool) -> list[str]:
    """The icacls line that gives ``path`` to ``user`` (and SYSTEM and the Administrators) alone.

    ``/inheritance:r`` drops what the parent folder grants (Users, Everyone); ``/grant:r`` replaces any
    grant of these three. On a folder, ``(OI)(CI)`` passes the list on to every file and folder in it,
    the ones there now included, so the database, backups and logs inside are the user's alone too.
    """
    inherit = "(OI)(CI)" if folder else ""
    grants = [f"{who}:{inherit}F" for who in (user, SYSTEM_SID, ADMINISTRATORS_SID)]
    return ["icacls", str(path), "/inheritance:r", "/grant:r", *grants]


def restrict_to_user(path: Path, *, folder: bool, run: Runner | None = None) -> Message | None:
    """Make ``path`` readable by the current user only (issue 13, finding 8); the one platform switch.

    POSIX: mode 0700 (folder) or 0600. Windows: its own access list through ``icacls`` (no dependency).
    Returns ``None`` when done, or the sentence that says it could not be done; that sentence is logged
    too. A station whose folder stays readable by others still works: this never stops a start.
    """
    if not WINDOWS:
        with suppress(OSError):  # someone else's folder (a shared mount) keeps its mode
            os.chmod(path, FOLDER_MODE if folder else FILE_MODE)
        return None
    user = windows_user()
    try:
        done = (run or subprocess.run)(
            icacls_command(path, user, folder=folder),
            capture_output=True,
            text=True,
            errors="replace",  # icacls speaks the console's code page
            timeout=ICACLS_TIMEOUT_SECONDS,
            check=False,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flashing over the window
        )
    except (OSError, subprocess.SubprocessError) as exc:
        reason = str(exc) or type(exc).__name__
    else:
        if done.returncode == 0:
            return None
        lines = (done.stderr or done.stdout or "").strip().splitlines()
        reason = lines[0] if lines else f"icacls exit {done.returncode}"
    said = message(_NOT_RESTRICTED, path=str(path), user=user, reason=reason.rstrip(". "))
    _log.warning("%s", said)
    return said


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename in it) to the disk; a no-op where folders cannot be opened."""
    if not _POSIX:
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A private temporary file beside ``path``; renamed over ``path`` after it is flushed when the block ends.

    When the block raises (a full disk, a failed render) the temporary file is removed and ``path`` is left
    as it was. The temporary file is 0600 from its creation on, so personal data is never readable by others.
    """
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        flush_file(temporary)
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
    fsync_folder(path.parent)


def flush_file(path: Path) -> None:
    """Force the file's content to the disk."""
    descriptor = os.open(path, os.O_RDWR if sys.platform == "win32" else os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` durably: temporary file, fsync, rename, folder fsync."""
    with atomic_target(path) as temporary:
        with temporary.open("wb") as handle:
            handle.write(data)


@contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the lock file ``path`` (created if needed) for the block.

    Processes wait for each other (fcntl on POSIX, msvcrt on Windows); within one process the lock is
    re-entrant, so a store that locks inside a locked update does not wait for itself.
    """
    key = str(path)
    with _held_guard:
        if key in _held:
            descriptor, depth = _held[key]
            _held[key] = (descriptor, depth + 1)
            owned = False
        else:
            owned = True
    if owned:
        _held_guard.acquire()  # one thread of this process at a time holds a given lock
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
            _lock(descriptor)
        except BaseException:
            _held_guard.release()
            raise
        _held[key] = (descriptor, 1)
    try:
        yield
    finally:
        descriptor, depth = _held[key]
        if depth > 1:
            _held[key] = (descriptor, depth - 1)
        else:
            del _held[key]
            try:
                _unlock(descriptor)
            finally:
                os.close(descriptor)
                _held_guard.release()


def _lock(descriptor: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        while True:
            try:
                msvcrt.locking(descriptor, msvcrt.LK_LOCK, 1)
                return
            except OSError:
                continue  # LK_LOCK gives up after ten seconds; a lock is waited for as long as it is held
    else:
        import fcntl

        fcntl.flock(descriptor, fcntl.LOCK_EX)


def _unlock(descriptor: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(descriptor, fcntl.LOCK_UN)


def try_lock(path: Path) -> int | None:
    """Take the exclusive lock on ``path`` without waiting: its descriptor (keep it open to hold it), or ``None``."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        return None
    return descriptor


class Staged:
    """A file's new content, flushed to the disk but not yet visible under its name.

    On Linux the content lives in an anonymous file (O_TMPFILE) until :meth:`commit`: a process killed
    before then leaves nothing behind, no hidden ``.partial`` with personal data (issue 13, finding 10).
    Elsewhere a private hidden temporary file is used, and a stale one of the same target is removed the
    next time that target is written.
    """

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        for stale in path.parent.glob(f".{path.name}.*.partial"):
            with suppress(OSError):
                stale.unlink()
        self._descriptor: int | None = None
        self._named: Path | None = None
        flags = getattr(os, "O_TMPFILE", 0)
        try:
            if flags and sys.platform.startswith("linux"):
                try:
                    self._descriptor = os.open(path.parent, flags | os.O_WRONLY, FILE_MODE)
                except OSError:  # a file system without anonymous files
                    self._descriptor = None
            if self._descriptor is None:
                descriptor, name = tempfile.mkstemp(
                    dir=path.parent, prefix=f".{path.name}.", suffix=".partial"
                )
                self._descriptor, self._named = descriptor, Path(name)
            view = memoryview(data)
            while view:
                written = os.write(self._descriptor, view)
                view = view[written:]
            os.fsync(self._descriptor)
        except BaseException:
            self.discard()
            raise

    def commit(self) -> None:
        """Put the content under its name (atomically, replacing what was there) and flush the folder."""
        assert self._descriptor is not None
        if self._named is None:
            named = self.path.with_name(f".{self.path.name}.{os.getpid()}.partial")
            with suppress(FileNotFoundError):
                named.unlink()
            # linkat(AT_SYMLINK_FOLLOW) gives the anonymous file a name; a folder descriptor makes Python
            # call linkat rather than link, which would not follow the /proc link.
            folder = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.link(
                    f"/proc/self/fd/{self._descriptor}", named.name, dst_dir_fd=folder, follow_symlinks=True
                )
            finally:
                os.close(folder)
            self._named = named
        os.close(self._descriptor)  # Windows renames no file that is still open
        self._descriptor = None
        os.replace(self._named, self.path)
        self._named = None
        fsync_folder(self.path.parent)

    def discard(self) -> None:
        if self._descriptor is not None:
            with suppress(OSError):
                os.close(self._descriptor)
            self._descriptor = None
        if self._named is not None:
            with suppress(OSError):
                self._named.unlink()
            self._named = None
