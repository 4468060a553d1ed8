"""Issue 8: every main screen can be used by keyboard alone. Tabbing through a workspace reaches every enabled
control on it, and every control it reaches has a name a screen reader can say."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from examdesk.ui.application import DEFAULT_SIZE
from examdesk.ui.main_window import MainWindow
from examdesk.ui.tasks import running_tasks
from tests.ui.windows import make_active

WAIT = 60_000  # the demo data is written first


def _focusable(root: QWidget) -> set[QWidget]:
    """The controls on ``root`` that Tab should reach: shown, enabled, taking focus by Tab."""
    found = set()
    for widget in root.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and not isinstance(widget, QLabel)
            and not isinstance(widget.parentWidget(), QComboBox)  # a combo box's own line edit
            and widget.objectName() != "qt_scrollarea_viewport"
        ):
            found.add(widget)
    return found


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.placeholderText()
    return ""


def _tour(qtbot: Any, window: QWidget, root: QWidget, limit: int = 250) -> list[QWidget]:
    visited: list[QWidget] = []
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None:
            break
        if visited and now is visited[0]:
            break
        visited.append(now)
    return visited


@pytest.fixture
def demo_window(open_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot):
    from examdesk.ui.application import demo_opener, demo_sign_in

    window = open_window(demo_opener(tmp_path / "demo"), auto_sign_in=demo_sign_in, demo=True)
    window.resize(*DEFAULT_SIZE)
    make_active(qtbot, window)
    qtbot.waitUntil(lambda: window.current_page_name() == "workspaces", timeout=WAIT)
    return window


def test_tab_reaches_every_control_of_every_workspace_and_each_has_a_name(demo_window, qtbot: QtBot) -> None:
    page = demo_window.workspaces_page
    problems: list[str] = []
    for index in range(page.tabs.count()):
        page.switch_to(index)
        workspace = page.tabs.widget(index)
        # The workspace loads its tables in the background (ui/tasks.py): wait until every load is in.
        qtbot.waitUntil(lambda: page.tabs.currentWidget().isVisible() and running_tasks() == 0, timeout=WAIT)
        make_active(qtbot, demo_window)
        page.tabs.tabBar().setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        visited = _tour(qtbot, demo_window, workspace)
        missing = _focusable(workspace) - set(visited)
        title = page.tabs.tabText(index)
        reached = [w for w in dict.fromkeys(visited) if workspace.isAncestorOf(w)]
        if len(reached) < 2:  # at least a table and its action
            problems.append(f"{title}: Tab reaches only {len(reached)} controls")
        problems += [
            f"{title}: Tab never reaches {type(w).__name__} {w.objectName()!r} {_name(w)!r}" for w in missing
        ]
        problems += [
            f"{title}: {type(w).__name__} {w.objectName()!r} has no accessible name"
            for w in dict.fromkeys(visited)
            if workspace.isAncestorOf(w) and not _name(w).strip()
        ]
    assert problems == [], "\n".join(problems)
