"""Fixtures for the window tests: examdesk's look, clean translators and a log folder per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from examdesk.ui import errors, i18n_qt, style
from examdesk.ui.main_window import MainWindow

PASSWORD = "correct horse battery"

# The offscreen platform plugin (QT_QPA_PLATFORM=offscreen, set for every test) cannot resize windows
# to their size hints and says so whenever a dialog with a size constraint is shown. Real platforms
# (xcb, Windows, macOS) support it; the message says nothing about examdesk.
OFFSCREEN_ONLY = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_ONLY))


@pytest.fixture(autouse=True)
def _examdesk_look(qapp: Any) -> None:
    """Every test sees the real style sheet, so that a style-sheet warning fails it."""
    style.apply(qapp, style.Look())  # normal size and contrast, whatever the test before chose


@pytest.fixture(autouse=True)
def _clean_translators() -> Iterator[None]:
    """Every test starts in English as the application shows it (with the English catalogue, whose plural
    forms say "1 exam" where the source says "%n exam(s)"); a test that switches language leaves it behind."""
    i18n_qt.install("en")
    yield
    i18n_qt.remove_all()


def _close_left_over_windows(qapp: Any) -> None:
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    qapp.processEvents()


@pytest.fixture(autouse=True)
def _no_window_of_another_test(qapp: Any) -> Iterator[None]:
    """Every test starts without a window of the one before. A window that a test did not hand to qtbot
    (a message box a late worker opened, a dialog shown with open()) stays on screen after it, and a modal
    one keeps every later window from becoming active: the next test's waitUntil(isActiveWindow) then
    timed out. Closed before the test, and again after it."""
    _close_left_over_windows(qapp)
    yield
    _close_left_over_windows(qapp)


@pytest.fixture(autouse=True)
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    errors.use_log_folder(folder)
    yield folder
    errors.use_log_folder(None)


@pytest.fixture
def open_window(qtbot: Any) -> Callable[..., MainWindow]:
    """Build, show and start a main window on an injected station opener."""

    def make(opener: Callable[[], Any], **options: Any) -> MainWindow:
        window = MainWindow(opener, **options)
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def wait_page(qtbot: Any) -> Callable[[MainWindow, str], None]:
    """Wait until ``window`` shows the page called ``name`` (see ``MainWindow.current_page_name``)."""

    def wait(window: MainWindow, name: str) -> None:
        qtbot.waitUntil(lambda: window.current_page_name() == name, timeout=15_000)

    return wait


@pytest.fixture
def secretaris(station: Any, beheerder: Any) -> Any:
    """A signed-in examensecretaris (the only role that opens the Exams workspace)."""
    from examdesk.core.roles import Role
    from examdesk.services import accounts

    accounts.create_account(
        station, beheerder, "mdevries", "M. de Vries", PASSWORD, frozenset({Role.EXAMENSECRETARIS})
    )
    return accounts.sign_in(station, "mdevries", PASSWORD)


@pytest.fixture
def write_package(tmp_path: Path) -> Callable[..., Path]:
    """Write a package (by default the shared valid sample) as JSON and return its path."""
    import json

    from tests.services.sample_package import valid_package

    def write(data: dict[str, Any] | None = None, name: str = "package.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(valid_package() if data is None else data), "utf-8")
        return path

    return write


# --- a running exam session, for the Proctor workspace ---------------------------------------------------

# 10:00 in Amsterdam: the session is planned an hour after the sample group's own start, so that the clock
# (07:30 UTC when the station is made) only moves forward; going back would be a clock anomaly (R-TIME-10).
SESSION_START = datetime(2026, 6, 12, 8, 0, tzinfo=UTC)
SAMPLE_GROUP = "2026-06-12-CK-A"


@pytest.fixture
def people(station: Any, beheerder: Any) -> dict[str, Any]:
    """A signed-in examensecretaris and two surveillants (jansen, bakker)."""
    from examdesk.core.roles import Role
    from examdesk.services import accounts

    for name, roles in (
        ("secretaris", {Role.EXAMENSECRETARIS}),
        ("jansen", {Role.SURVEILLANT}),
        ("bakker", {Role.SURVEILLANT}),
    ):
        accounts.create_account(station, beheerder, name, name.title(), PASSWORD, frozenset(roles))
    return {name: accounts.sign_in(station, name, PASSWORD) for name in ("secretaris", "jansen", "bakker")}


@pytest.fixture
def imported(station: Any, people: Any, write_package: Callable[..., Path]) -> None:
    """The sample package on the station (without results: nobody has sat the exam yet)."""
    from examdesk.services import packages
    from tests.services.sample_package import valid_package

    data = valid_package()
    data.pop("results")
    packages.import_package(station, people["secretaris"], write_package(data))


@pytest.fixture
def running_session(station: Any, people: Any, imported: None, clock: Any) -> str:
    """A running session of the sample group at 10:00, supervised by jansen (qualified teacher) and
    bakker; the clock stands ten minutes before the planned start."""
    from examdesk.services.sessions import planning

    clock.wall = SESSION_START - timedelta(minutes=10)
    session_id: str = planning.plan_session(
        station,
        people["secretaris"],
        planning.PlanRequest(
            SAMPLE_GROUP, surveillants=[("jansen", True), ("bakker", False)], start_time="10:00"
        ),
    )
    planning.start_session(station, people["jansen"], session_id)
    return session_id
