"""Long work off the GUI thread through one helper (in the manner of Anki's ``QueryOp``).

``run_task`` runs ``work`` on a thread-pool worker and brings its result or its failure back to the GUI
thread. A busy dialog appears only when the work takes longer than half a second. Failures reach one
place: an :class:`ExamdeskError` goes to ``on_failure`` when given (for inline form errors) or is
shown to the person; any other exception is logged with its traceback first (see :mod:`errors`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from examdesk.core.errors import ExamdeskError
from examdesk.ui import errors

T = TypeVar("T")

PROGRESS_DELAY_MS = 500

# Tasks whose result has not been delivered yet.
_running: set[Task] = set()

# Every task stays referenced here until its result is delivered AND its worker has let go of it, so that
# the last reference is always dropped on the GUI thread: a Task dropped last by a worker would be deleted
# on that thread while its deferred deletion is pending in the GUI thread, and the program would crash.
_alive: dict[int, Task] = {}


class _WorkerRelay(QObject):
    """Tells the GUI thread that a worker has finished with its task (by key, holding no reference)."""

    released = Signal(object)  # the task's key (a Python int, too large for a C int)


_relay: _WorkerRelay | None = None


def _worker_relay() -> _WorkerRelay:
    """The relay, made on the GUI thread (where the first task is started) and kept for the program's life."""
    global _relay
    if _relay is None:
        _relay = _WorkerRelay()
        _relay.released.connect(_worker_released)
    return _relay


def _worker_released(key: int) -> None:
    task = _alive.get(key)
    if task is not None:
        task._worker_done = True
        task._release_if_done()


class Task(QObject):
    """One piece of work in flight; use :func:`run_task` to start one."""

    # Emitted from the worker thread; delivered on the GUI thread (queued: this object lives there).
    _done = Signal(object, object)
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None,
        on_finished: Callable[[], None] | None,
        label: str,
        show_progress: bool,
    ) -> None:
        super().__init__(None)
        self._parent = parent
        self._work = work
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_finished = on_finished
        self._label = label
        self._progress: Any = None  # the busy dialog, once shown
        self._timer: QTimer | None = None
        self.running = True
        self._worker_done = False
        self._done.connect(self._deliver)
        if show_progress:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_progress)

    def start(self) -> None:
        _running.add(self)
        _alive[id(self)] = self
        if self._timer is not None:
            self._timer.start(PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(_Worker(self, _worker_relay()))

    def _release_if_done(self) -> None:
        """Let go of the task once it has delivered and its worker has let go of it (GUI thread)."""
        if not self.running and self._worker_done and _alive.pop(id(self), None) is not None:
            self.deleteLater()

    def run_work(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self._work()
        except BaseException as error:  # noqa: BLE001 - every failure is delivered to the GUI thread
            self._done.emit(None, error)
        else:
            self._done.emit(result, None)

    def _parent_alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _show_progress(self) -> None:
        if not self.running or not self._parent_alive():
            return
        from PySide6.QtCore import Qt  # neither is needed before the first paint
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(self._parent)
        dialog.setObjectName("taskProgress")
        dialog.setWindowTitle("examdesk")
        dialog.setLabelText(self._label or QCoreApplication.translate("Tasks", "Working…"))
        dialog.setAccessibleName(dialog.labelText())
        dialog.setCancelButton(None)
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(
            Qt.WindowModality.WindowModal if self._parent else Qt.WindowModality.ApplicationModal
        )
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        self._progress = dialog

    def _deliver(self, result: object, error: object) -> None:
        self.running = False
        if self._timer is not None:
            self._timer.stop()
        if self._progress is not None:
            if shiboken6.isValid(self._progress):
                self._progress.close()
                self._progress.deleteLater()
            self._progress = None
        _running.discard(self)
        try:
            if error is not None:
                assert isinstance(error, BaseException)
                self._fail(error)
            elif self._parent_alive():
                self._on_success(result)
        finally:
            if self._on_finished is not None and self._parent_alive():
                self._on_finished()
            self.finished.emit()
            self._release_if_done()

    def _fail(self, error: BaseException) -> None:
        if not isinstance(error, ExamdeskError):
            errors.log_bug(error, self._label)
        if not self._parent_alive():
            return
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            errors.show_problem(self._parent, errors.describe(error))


class _Worker(QRunnable):
    def __init__(self, task: Task, relay: _WorkerRelay) -> None:
        super().__init__()
        self._task: Task | None = task
        self._relay = relay

    def run(self) -> None:
        task, self._task = self._task, None
        assert task is not None
        key = id(task)
        try:
            task.run_work()
        finally:
            # Drop this thread's reference before saying so: the GUI thread then holds the last one.
            del task
            self._relay.released.emit(key)


def run_task(
    parent: QWidget | None,
    work: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    label: str = "",
    *,
    on_finished: Callable[[], None] | None = None,
    show_progress: bool = True,
) -> Task:
    """Run ``work`` off the GUI thread; ``on_success(result)`` or the failure path runs on the GUI thread.

    ``on_failure`` receives every failure; bugs have been logged before it is called, and
    ``errors.describe(error)`` gives the sentence to show. Without ``on_failure`` the failure is shown in a
    message box. ``on_finished`` runs after either. ``label`` is the busy dialog's text, shown when the work
    takes over half a second (unless ``show_progress`` is false, for pages with their own indicator).
    """
    task = Task(parent, work, on_success, on_failure, on_finished, label, show_progress)
    task.start()
    return task


def running_tasks() -> int:
    """How many tasks have not delivered their result yet."""
    return len(_running)
