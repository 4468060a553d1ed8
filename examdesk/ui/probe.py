"""``examdesk qt-probe``: can Qt start here, and do the translations load? Run in a child process by
``examdesk self-test``, because Qt may end the whole process when its platform plugin cannot load."""

from __future__ import annotations

import sys

_CALLS = 100


def binding_problem() -> str | None:
    """A sentence when this PySide6 build miscounts references to ``None`` (else ``None``).

    PySide6 6.12.0 on Python 3.11 returns ``None`` from every void method without taking a reference;
    after enough calls Python frees ``None`` and the program aborts, in an exam that is mid-session.
    On Python 3.12+ ``None`` is immortal and the count does not move. pyproject.toml excludes that
    build; this check catches an installation that has it anyway.
    """
    import PySide6
    from PySide6.QtCore import QObject

    subject = QObject()
    before = sys.getrefcount(None)
    for _ in range(_CALLS):
        subject.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    if lost < _CALLS // 2:
        return None
    return (
        f"PySide6 {PySide6.__version__} loses a reference to None on every call under Python "
        f"{sys.version.split()[0]}, so examdesk would stop during a session; install "
        "PySide6-Essentials older than 6.12 or use Python 3.12 or newer"
    )


def probe(language: str) -> int:
    """Start a ``QGuiApplication`` and load the translators for ``language``; print one line, return 0/1."""
    from PySide6.QtGui import QGuiApplication

    from examdesk.ui import i18n_qt

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    platform_name = QGuiApplication.platformName() if app is not None else "none"
    loaded = i18n_qt.load(language)
    if not loaded.ok:
        print(f"platform {platform_name}; translations {language} not loaded: {'; '.join(loaded.problems)}")
        return 1
    line = f"platform {platform_name}; translations {language} loaded"
    problem = binding_problem()
    if problem is not None:
        print(f"{line}; but {problem}")
        return 1
    print(line)
    return 0
