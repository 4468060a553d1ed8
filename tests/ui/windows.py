"""Making a window the active one, as a person does by clicking it, in the window tests.

Keys and shortcuts reach the active window only. One ``activateWindow()`` is a request: the platform
answers it later, and a focus change still queued from the test before (a dialog that was just closed hands
the focus back to its parent) can answer after it and leave another window active. Once in about two
thousand tests on CI the wait then ran out. So the request is repeated until the window is active, and a
window that cannot become active says which one is, and which modal window blocks it.
"""

from __future__ import annotations

from typing import Any

WAIT_MS = 10_000
EVERY_MS = 100


def make_active(qtbot: Any, window: Any, timeout: int = WAIT_MS) -> None:
    """Activate ``window`` and wait until it is the active window; fail with what is active instead."""
    from PySide6.QtWidgets import QApplication

    waited = 0
    while True:
        window.activateWindow()
        try:
            qtbot.waitUntil(window.isActiveWindow, timeout=EVERY_MS)
            return
        except qtbot.TimeoutError:
            waited += EVERY_MS
            if waited >= timeout:
                break
    active = QApplication.activeWindow()
    modal = QApplication.activeModalWidget()
    shown = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
    raise AssertionError(
        f"{type(window).__name__} did not become the active window in {timeout} ms: "
        f"active is {type(active).__name__ if active else None}, "
        f"modal is {type(modal).__name__ if modal else None}, shown: {shown}"
    )


def press_in(qtbot: Any, window: Any, widget: Any, key: Any, modifier: Any) -> None:
    """``key`` with ``modifier`` as a person presses it in ``widget``: ``window`` active and the focus in the
    widget. A shortcut of a page (``WidgetWithChildrenShortcut``) answers only so: a key sent while the
    focus had moved elsewhere, or the window had stopped being the active one, missed it (once in CI)."""
    make_active(qtbot, window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(widget, key, modifier)
