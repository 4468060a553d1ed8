"""The second window for ``tools/screenshots.py --read-only`` (issue 13): another process holds a demo
station, as the examdesk window does; the second start's question, then the read-only window's sign-in
page and its proctor dashboard, at the window a 1366×768 laptop gives, in one language.

Names: ``read_only_choice_{language}.png``, ``read_only_sign_in_1366_{language}.png``,
``read_only_dashboard_1366_{language}.png``; on a display (Xvfb with a window manager), also
``read_only_screen_1366_{language}.png``: the whole screen, with the window's title bar.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from examdesk import i18n
from examdesk.core.errors import ExamdeskError
from examdesk.services import demo, instance
from examdesk.ui.application import station_opener
from examdesk.ui.proctor.acts import Act
from examdesk.ui.read_only import SecondWindowBox
from examdesk.ui.sign_in import early_station
from examdesk.ui.workspaces import WorkspaceKey

SIZE = (1366, 698)  # as tools/screenshots_proctor.SCREENS["1366"]
HOLD = (
    "import sys; from pathlib import Path; from examdesk.services import instance; "
    "lock = instance.claim(Path(sys.argv[1])); print('held', flush=True); sys.stdin.read(); lock.release()"
)


def _tools() -> Any:
    from tools import screenshots

    return screenshots


def shoot_read_only(
    folder: Path, language: str, work: Path, window: Callable[..., Any], windows: list[QWidget]
) -> None:
    tools = _tools()
    data = work / f"read-only-{language}"
    demo.write_demo(data)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        try:
            _shoot(folder, language, data, window, windows, tools)
        finally:
            holder.stdin.close()
            holder.wait(timeout=30)


def _shoot(
    folder: Path, language: str, data: Path, window: Callable[..., Any], windows: list[QWidget], tools: Any
) -> None:
    try:
        instance.claim(data)
        raise SystemExit("the holder did not hold the folder")
    except ExamdeskError as refused:
        held = i18n.render(refused.message)
    box = SecondWindowBox(held)
    windows.append(box)
    box.show()
    tools.wait_until(box.isVisible)
    tools.save(box, folder, f"read_only_choice_{language}")
    box.close()

    reason = instance.held_by_another(data)
    assert reason is not None
    shown = window(station_opener(data, reason), early=early_station(data), read_only=reason)
    shown.resize(*SIZE)
    tools.wait_until(lambda: shown.current_page_name() == "login" and shown.station is not None)
    tools.save(shown, folder, f"read_only_sign_in_1366_{language}")
    page = shown.login_page
    page.username_edit.setText("secretaris")
    page.password_edit.setText(demo.DEMO_PASSWORD)
    page.submit()
    tools.wait_until(lambda: shown.current_page_name() == "workspaces")
    proctor = shown.workspaces_page.workspace(WorkspaceKey.PROCTOR)
    tools.wait_until(lambda: proctor.dashboard is not None and proctor.dashboard.model.rowCount() > 0)
    dashboard = proctor.dashboard
    dashboard.table.selectRow(0)
    dashboard.trigger(Act.START)  # as its key S: the message bar says why, and nothing is recorded
    tools.save(shown, folder, f"read_only_dashboard_1366_{language}")
    if os.environ.get("DISPLAY"):
        shown.showMaximized()
        tools.settle()
        screen = QApplication.primaryScreen().grabWindow(0)
        path = folder / f"read_only_screen_1366_{language}.png"
        screen.save(str(path))
        print(path)
    station = shown.station
    shown.close()
    if station is not None:
        station.close()
