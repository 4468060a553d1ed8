"""Files the station keeps: exclusive locks, durable atomic writes and private permissions.

One small module, so that the key file, exported PDFs and the station's other files are written the same
way everywhere: to a temporary file beside the target, flushed to the disk, renamed over the target, and
the folder flushed too, so that a power cut leaves either the old or the new file, never half of one.
On POSIX every file the station writes is readable by its owner only (0600, folders 0700) whatever the
umask (issue 13, finding 8); on Windows the user's profile folder already limits access to that user.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_POSIX = os.name == "posix"

_held: dict[str, tuple[int, int]] = {}
_held_guard = threading.RLock()


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if needed; on POSIX make it the owner's alone (0700)."""
    folder.mkdir(parents=True, exist_ok=True)
    if _POSIX:
        with suppress(OSError):  # a folder of someone else's (a shared mount) keeps its mode
            os.chmod(folder, FOLDER_MODE)
    return folder


def make_private(path: Path) -> None:
    """On POSIX, make the existing file ``path`` readable and writable by its owner only (0600)."""
    if _POSIX:
        with suppress(FileNotFoundError):
            os.chmod(path, FILE_MODE)


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
