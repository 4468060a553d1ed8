"""Pseudo-translation (issue 8): every string about 40 % longer, and no label or button clipped on the main
screens at the default window size, in pseudo-translation and in Dutch at large print.

Run the application the same way to look for yourself: ``EXAMDESK_PSEUDO_TRANSLATION=1 ./dev demo``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from examdesk import i18n
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.station import Station
from examdesk.ui import i18n_qt
from examdesk.ui.application import DEFAULT_SIZE
from examdesk.ui.main_window import MainWindow
from examdesk.ui.tasks import running_tasks

WAIT = 15_000


@pytest.fixture
def pseudo() -> Iterator[None]:
    i18n.set_pseudo(True)
    i18n_qt.install("en")
    yield
    i18n.set_pseudo(False)
    i18n_qt.remove_all()
    i18n.set_language("en")


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (word-wrapped labels wrap instead)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or not widget.pixmap().isNull():
                continue
        elif not isinstance(widget, QAbstractButton) or not widget.text():
            continue
        corner = widget.mapTo(root, widget.rect().bottomRight())
        if corner.y() > root.height() or corner.x() > root.width():
            if not _inside_scroll_area(widget):
                found.append(
                    f"{type(widget).__name__} {widget.objectName() or '?'} {widget.text()!r}: outside the window"
                )
            continue
        needed = widget.sizeHint().width()
        if widget.width() + 1 < needed:
            found.append(
                f"{type(widget).__name__} {widget.objectName() or '?'} {widget.text()!r}: {widget.width()} < {needed}"
            )
    return found


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def test_pseudo_translation_keeps_placeholders_and_lengthens(pseudo: None) -> None:
    text = i18n.pseudo("Start {count} candidates (%n) &Save")
    assert "{count}" in text and "%n" in text and "&" in text
    assert len(text) >= len("Start {count} candidates (%n) &Save") * 1.3
    assert i18n.pseudo(text) == text  # not twice


def test_no_label_or_button_is_clipped_on_the_main_screens_in_pseudo_translation(
    pseudo, open_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot
) -> None:
    assert _clipped_on_main_screens(open_window, tmp_path, qtbot) == ""


def test_no_label_or_button_is_clipped_in_large_print(
    open_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot, qapp
) -> None:
    """Dutch (the longer language) at 150 % in the default window."""
    from examdesk.ui import style

    i18n_qt.install("nl")
    style.apply(qapp, style.Look(zoom=1.5))
    assert _clipped_on_main_screens(open_window, tmp_path, qtbot) == ""


def _clipped_on_main_screens(open_window: Any, tmp_path: Any, qtbot: Any) -> str:
    from examdesk.ui.application import demo_opener, demo_sign_in

    window = open_window(demo_opener(tmp_path / "demo"), auto_sign_in=demo_sign_in, demo=True)
    window.resize(*DEFAULT_SIZE)
    qtbot.waitUntil(lambda: window.current_page_name() == "workspaces", timeout=WAIT)
    page = window.workspaces_page
    assert page is not None
    tabs: QTabWidget = page.tabs
    problems: dict[str, list[str]] = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        # The workspace loads its tables in the background (ui/tasks.py): wait until every load is in.
        qtbot.waitUntil(lambda: tabs.currentWidget().isVisible() and running_tasks() == 0, timeout=WAIT)
        name = tabs.tabText(index)
        found = clipped(window)
        if found:
            problems[name] = found
    window.close()
    return "\n".join(f"{k}: {p}" for k, v in problems.items() for p in v)


# --- issue 15: every proctor dialog fits a 1366×768 laptop, at 100 % and at 150 % ------------------------

LAPTOP = (1366, 768 - 70)  # the screen less a task bar and a title bar


def overlapping(root: QWidget) -> list[str]:
    """Visible controls of ``root`` that lie on top of each other (neither inside the other)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    kinds = (
        QLabel,
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QPlainTextEdit,
        QAbstractScrollArea,
    )
    shown: list[tuple[QWidget, QRect]] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        if isinstance(widget.parentWidget(), kinds):  # a part of a control (a combo's line edit)
            continue
        top_left = widget.mapTo(root, widget.rect().topLeft())
        rect = QRect(top_left, widget.size()).adjusted(1, 1, -1, -1)
        area = _scroll_area_of(widget)
        if area is not None:  # only the part in the scroll area's view is on the screen
            view = area.viewport()
            rect = rect.intersected(QRect(view.mapTo(root, view.rect().topLeft()), view.size()))
            if rect.isEmpty():
                continue
        shown.append((widget, rect))
    found = []
    for i, (a, rect_a) in enumerate(shown):
        for b, rect_b in shown[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if rect_a.intersects(rect_b):
                found.append(
                    f"{type(a).__name__} {a.objectName() or '?'} over {type(b).__name__} {b.objectName() or '?'}"
                )
    return found


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _proctor_dialogs(board: Any, station: Any, people: Any) -> list[tuple[str, Any]]:
    from examdesk.ui.dialogs.plan_session import PlanSessionDialog

    def extension() -> Any:
        board.select("1001")
        dialog = board.open_extension()
        dialog.minutes_spin.setValue(100)
        return dialog

    def plan() -> Any:
        dialog = PlanSessionDialog(station, people["secretaris"], board)
        dialog.surveillant_rows[0].name_combo.setEditText("jansen")
        dialog.add_surveillant().name_combo.setEditText("jansen")
        return dialog

    def select(number: str, opener: Any) -> Any:
        board.select(number)
        return opener()

    return [
        ("extension", extension),
        ("storing", lambda: select("1001", board.open_storing)),
        ("left_early", lambda: select("1001", board.open_left_early)),
        ("melding", lambda: select("1001", board.open_melding)),
        ("irregularity", lambda: select("1001", board.open_irregularity)),
        ("remark", lambda: select("1001", board.open_remark)),
        ("correction", lambda: select("1001", board.open_correction)),
        ("close", board.open_close),
        ("bsn_check", lambda: select("1002", board.open_bsn_check)),
        ("plan", plan),
    ]


@pytest.mark.parametrize("zoom", [1.0, 1.5])
def test_every_proctor_dialog_fits_a_laptop_with_its_refusal_showing(
    zoom,
    station: Station,
    people: dict[str, SignedIn],
    running_session: str,
    qtbot: QtBot,
    qapp,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No clipped label and no widget over another, with the refusal shown, at 1366×768 (issue 15, #4)."""
    from examdesk.services import sessions
    from examdesk.ui import style
    from examdesk.ui.proctor.workspace import ProctorWorkspace
    from examdesk.ui.widgets import service_dialog
    from tests.ui.conftest import SESSION_START

    monkeypatch.setattr(
        service_dialog, "available_height", lambda _widget: LAPTOP[1]
    )  # the offscreen screen is 800×600
    i18n_qt.install("nl")  # the longer language
    style.apply(qapp, style.Look(zoom=zoom))
    clock.wall = SESSION_START
    jansen = people["jansen"]
    workspace = ProctorWorkspace(station, jansen)
    qtbot.addWidget(workspace)
    workspace.resize(*LAPTOP)
    workspace.show()
    qtbot.waitUntil(
        lambda: workspace.dashboard is not None and workspace.dashboard.model.rowCount() == 2, timeout=WAIT
    )
    board = workspace.dashboard
    first = next(r for r in board.model.rows() if r.number == "1001").candidate_id
    sessions.record_bsn_check(station, jansen, running_session, first, match=True, id_document="passport")
    sessions.start_candidate(station, jansen, running_session, first)
    board.refresh()
    qtbot.waitUntil(lambda: any(r.clock.state.value == "running" for r in board.model.rows()), timeout=WAIT)
    problems: dict[str, list[str]] = {}
    for name, opener in _proctor_dialogs(board, station, people):
        dialog = opener()  # a child of the dashboard, closed (and deleted) below
        dialog.show()
        qtbot.waitExposed(dialog)
        if name == "plan":  # every group here is planned already: its refusal, as the duplicate gives it
            dialog.refuse(lambda: "jansen is twee keer gekozen; kies elke surveillant één keer.")
        elif name not in ("storing", "bsn_check", "correction"):  # these refuse nothing while empty
            dialog.submit()
            qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
        dialog.fit()  # offscreen windows do not follow their size hints by themselves
        dialog.resize(min(dialog.width(), LAPTOP[0]), dialog.height())
        dialog.layout().activate()
        found = clipped(dialog) + overlapping(dialog)
        if dialog.height() > LAPTOP[1]:
            found.append(f"{dialog.height()} px high")
        if found:
            problems[name] = found
        dialog.reject()
    assert problems == {}
