"""The application's icons: Qt's binary resource file ``examdesk/resources/icons.rcc`` (``:/icons/...``).

``tools/resources.py compile`` writes the file from ``resources/examdesk.qrc``; registering it maps its
icons into Qt's resource system, once per process, after the first paint (``MainWindow``).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QResource
from PySide6.QtGui import QIcon

from examdesk.resources import ICONS

WINDOW_ICON = ":/icons/examdesk.png"


@cache
def register() -> bool:
    """Make ``:/icons/...`` readable; ``False`` when the file is missing or damaged (the window then has
    Qt's default icon, and nothing else changes)."""
    return QResource.registerResource(str(ICONS))


def window_icon() -> QIcon:
    """examdesk's own icon (256 px, drawn from resources/icons/examdesk.svg)."""
    register()
    return QIcon(WINDOW_ICON)
