"""Issue 15, findings 12 and 14: the clock keeps its size under high contrast, and the proctor's wordings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from examdesk.ui import style
from tests.ui.test_proctor_dashboard import dashboard, open_workspace  # noqa: F401

WAIT = 10_000


def test_high_contrast_after_zoom_keeps_the_time_now_clock_at_its_zoomed_size(
    dashboard,  # noqa: F811
    qtbot: QtBot,
) -> None:
    """Finding 12: Ctrl++ then Ctrl+Shift+H shrank the "Tijd nu" clock back to the normal size."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before_zoom = dashboard.now_label.font().pointSize()
    style.apply(app, style.current_look().zoomed(1))
    qtbot.waitUntil(lambda: dashboard.now_label.font().pointSize() > before_zoom, timeout=WAIT)
    zoomed = dashboard.now_label.font().pointSize()
    style.apply(app, replace(style.current_look(), high_contrast=True))
    for _ in range(5):  # the style change arrives as posted events; none may shrink the clock again
        QApplication.processEvents()
    assert dashboard.now_label.font().pointSize() >= zoomed
    style.apply(app, replace(style.current_look(), high_contrast=False))
    QApplication.processEvents()
    assert dashboard.now_label.font().pointSize() >= zoomed
