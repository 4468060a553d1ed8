"""Is there a screen for the application? Asked before Qt starts, because Qt aborts the whole process
(SIGABRT, exit 134) with a text about plugins when its platform plugin finds no display.

Only cheap checks run here (no child process): the environment variables, and on X11 whether the
display's socket answers and whether the one library Qt's X11 plugin needs beyond Qt itself is there.
"""

from __future__ import annotations

import os
import socket
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
    """Whether an X server listens at ``display`` (``:0``, ``:1.0``, ``host:10.0``); unsure counts as yes."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not number.isdigit() or "/" in host:
        return True  # an unusual form (a launchd socket path on macOS's XQuartz, …): let Qt decide
    try:
        if host in ("", "unix"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(1)
                path = f"/tmp/.X11-unix/X{number}"
                try:
                    sock.connect("\0" + path)  # Linux's abstract socket, which Xorg and Xvfb open
                except OSError:
                    sock.connect(path)
            return True
        with socket.create_connection((host, 6000 + int(number)), timeout=1):
            return True
    except OSError:
        return False


def _has_xcb_cursor() -> bool:
    import ctypes

    if getattr(sys, "frozen", False):
        return True  # a bundle carries what it needs next to Qt, where the system loader does not look
    try:
        ctypes.CDLL("libxcb-cursor.so.0")
    except OSError:
        return False
    return True
