"""The one background-task helper: results and failures come back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from examdesk.core.errors import ExamdeskError
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.ui import errors
from examdesk.ui.tasks import run_task, running_tasks

_PROBLEM = QT_TRANSLATE_NOOP("Accounts", "The username or password is wrong.")


def _problem_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "problemBox"
    ]


def _close_boxes() -> None:
    for box in _problem_boxes():
        box.close()


def test_success_is_delivered_on_the_gui_thread_after_work_on_another(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.get_ident()
        return 42

    def on_success(result: int) -> None:
        seen["result"] = result
        seen["callback_thread"] = threading.get_ident()

    run_task(parent, work, on_success)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["callback_thread"] == threading.main_thread().ident
    assert seen["work_thread"] != threading.main_thread().ident
    qtbot.waitUntil(lambda: running_tasks() == 0)


def test_expected_problem_goes_to_on_failure_on_the_gui_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[tuple[BaseException, int | None]] = []
    successes: list[object] = []

    def work() -> None:
        raise ExamdeskError(message(_PROBLEM))

    run_task(parent, work, successes.append, lambda error: failures.append((error, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(failures))
    error, thread = failures[0]
    assert isinstance(error, ExamdeskError)
    assert errors.describe(error) == "The username or password is wrong."
    assert thread == threading.main_thread().ident
    assert successes == []


def test_expected_problem_without_on_failure_is_shown_in_a_message_box(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    finished: list[bool] = []

    def work() -> None:
        raise ExamdeskError(message(_PROBLEM))

    run_task(parent, work, lambda _: None, on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished))
    boxes = [box for box in parent.findChildren(QMessageBox) if box.objectName() == "problemBox"]
    assert [box.text() for box in boxes] == ["The username or password is wrong."]
    for box in boxes:
        box.close()


def test_bug_is_logged_with_its_traceback_and_explained_in_one_sentence(qtbot: QtBot, log_folder) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []

    def work() -> None:
        raise RuntimeError("a bug in the work")

    run_task(parent, work, lambda _: None, failures.append, label="bug test")
    qtbot.waitUntil(lambda: bool(failures))
    log = log_folder / errors.LOG_FILE_NAME
    written = log.read_text("utf-8")
    assert "Traceback" in written and "RuntimeError: a bug in the work" in written
    sentence = errors.describe(failures[0])
    assert str(log) in sentence
    assert "internal error" in sentence


def test_busy_dialog_appears_only_for_work_longer_than_half_a_second(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    done: list[str] = []

    run_task(parent, lambda: "quick", done.append, label="Quick")
    qtbot.waitUntil(lambda: done == ["quick"])
    assert parent.findChildren(QProgressDialog) == []

    release = threading.Event()

    def slow() -> str:
        release.wait(5)
        return "slow"

    run_task(parent, slow, done.append, label="Slow work")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=3000)
    dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
    assert dialog.labelText() == "Slow work"
    release.set()
    qtbot.waitUntil(lambda: done == ["quick", "slow"])
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in parent.findChildren(QProgressDialog)))


def test_work_outliving_its_window_does_not_call_back(qtbot: QtBot) -> None:
    parent = QWidget()
    called: list[object] = []
    release = threading.Event()

    def work() -> str:
        release.wait(5)
        return "late"

    run_task(parent, work, called.append, show_progress=False)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    release.set()
    # running_tasks() drops a task as it delivers its result (ui/tasks.py: _deliver), so the decision not
    # to call back has been made by now.
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert called == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
