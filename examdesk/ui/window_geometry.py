"""Where the main window opens: inside the screen's available area (a task bar never cuts it off), at the
size and maximised state it had last time (issue 15: 1200×768 at y=40 was cut off on a 1366×768 laptop)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget

GEOMETRY_KEY = "window/geometry"
MAXIMISED_KEY = "window/maximised"
DEFAULT_SIZE = (1200, 780)
# What a window manager adds around the window (title bar, borders), when the frame is not known yet.
FRAME_ALLOWANCE = (16, 40)


def fitted(available: QRect, width: int, height: int) -> QRect:
    """A frame of at most ``width``×``height`` centred in ``available``, with room for the window's frame."""
    w = min(width, available.width() - FRAME_ALLOWANCE[0])
    h = min(height, available.height() - FRAME_ALLOWANCE[1])
    x = available.x() + (available.width() - w) // 2
    y = available.y() + max(FRAME_ALLOWANCE[1] - 8, (available.height() - h) // 2)
    return QRect(x, y, w, h)


def place(window: QWidget, settings: QSettings | None) -> None:
    """Restore the last size and state, or open at the default size inside the available area."""
    screen = window.screen() or QApplication.primaryScreen()
    restored = False
    if settings is not None:
        saved = settings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
            restored = True
    if screen is not None:
        available = screen.availableGeometry()
        if not restored or not available.intersects(window.frameGeometry()):
            window.setGeometry(fitted(available, *DEFAULT_SIZE))
        elif not available.contains(window.frameGeometry()):
            frame = window.geometry()
            window.setGeometry(fitted(available, frame.width(), frame.height()))
    if settings is not None and str(settings.value(MAXIMISED_KEY, "false")).lower() == "true":
        window.setWindowState(window.windowState() | window.windowState().WindowMaximized)


def remember(window: QWidget, settings: QSettings | None) -> None:
    if settings is None:
        return
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(MAXIMISED_KEY, window.isMaximized())
    settings.sync()
