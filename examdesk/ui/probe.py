"""``examdesk qt-probe``: can Qt start here, and do the translations load? Run in a child process by
``examdesk self-test``, because Qt may end the whole process when its platform plugin cannot load."""

from __future__ import annotations

import sys


def probe(language: str) -> int:
    """Start a ``QGuiApplication`` and load the translators for ``language``; print one line, return 0/1."""
    from PySide6.QtGui import QGuiApplication

    from examdesk.ui import i18n_qt

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    platform = QGuiApplication.platformName() if app is not None else "none"
    loaded = i18n_qt.load(language)
    if not loaded.ok:
        print(f"platform {platform}; translations {language} not loaded: {'; '.join(loaded.problems)}")
        return 1
    print(f"platform {platform}; translations {language} loaded")
    return 0
