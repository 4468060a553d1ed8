"""Is there a screen for the application? Asked before Qt starts, because Qt aborts the whole process
(SIGABRT, exit 134) with a text about plugins when its platform plugin finds no display.

Only cheap checks run here (no child process): the environment variables, and on X11 whether the
display's socket is there and whether the one library Qt's X11 plugin needs beyond Qt itself is there.
"""

from __future__ import annotations

import os
import sys

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

_NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Display",
    "examdesk needs a screen, and there is none here: neither DISPLAY nor WAYLAND_DISPLAY is set. Start it from a desktop session (the commands work without one; see 'examdesk --help').",
)
_DISPLAY_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Display",
    "examdesk needs a screen, but the display {display} does not answer. Start it from a desktop session (the commands work without one; see 'examdesk --help').",
)
_NO_XCB_CURSOR = QT_TRANSLATE_NOOP(
    "Display",
    "examdesk cannot open a window on X11 without the library libxcb-cursor0: install it (sudo apt install libxcb-cursor0) and try again.",
)


def display_problem(environ: os._Environ[str] | dict[str, str] | None = None) -> Message | None:
    """One sentence saying what is missing for a window, or ``None`` when Qt can be tried."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None  # Windows and macOS always have a screen; a chosen platform is the user's call.
    if env.get("WAYLAND_DISPLAY"):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return message(_NO_DISPLAY)
    if not _x_display_answers(display):
        return message(_DISPLAY_UNREACHABLE, display=display)
    if not _has_xcb_cursor():
        return message(_NO_XCB_CURSOR)
    return None


def _x_display_answers(display: str) -> bool:
    """Whether a local X server has its socket for ``display`` (``:0``, ``:1.0``); unsure counts as yes.

    Only the socket file is looked at (examdesk opens no network connection, R-DAT-1): a remote display
    (``host:10.0``, ssh forwarding) is left to Qt.
    """
    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not number.isdigit() or host not in ("", "unix"):
        return True
    return os.path.exists(f"/tmp/.X11-unix/X{number}")


def _has_xcb_cursor() -> bool:
    import ctypes

    if getattr(sys, "frozen", False):
        return True  # a bundle carries what it needs next to Qt, where the system loader does not look
    try:
        ctypes.CDLL("libxcb-cursor.so.0")
    except OSError:
        return False
    return True
