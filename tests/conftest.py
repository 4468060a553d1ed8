"""Test configuration shared by every test: offscreen Qt, a fresh data folder, injected clock and secrets."""

from __future__ import annotations

import os

# Set before anything imports Qt (style.md: the test configuration sets offscreen).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("EXAMDESK_KEY_PASSPHRASE", None)

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from examdesk import i18n  # noqa: E402

# The demo station as a fixture (demo_station, demo_clock), for the inzage tests.
pytest_plugins = ("tests.demo_station",)

# Hypothesis' per-example deadline makes results depend on the machine's load; CI machines vary.
settings.register_profile("examdesk", deadline=None, print_blob=True)
settings.load_profile("examdesk")


@pytest.fixture(autouse=True)
def _english_by_default() -> Iterator[None]:
    """Tests read messages in English unless they switch; the language is reset afterwards."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder for this test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def clock():
    from examdesk.services.clock import ManualClock

    return ManualClock(datetime(2026, 6, 12, 7, 30, tzinfo=UTC))


@pytest.fixture
def station(data_dir: Path, clock):
    """An open station on a fresh database, with in-memory secrets and a manual clock."""
    from examdesk.services.secrets import MemoryStore
    from examdesk.services.station import open_station

    opened = open_station(data_dir, clock=clock, secret_store=MemoryStore())
    yield opened
    opened.close()


@pytest.fixture
def beheerder(station):
    from examdesk.services import accounts

    return accounts.create_first_beheerder(station, "beheer", "J. Visser", "correct horse battery")


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for this test session (tests/pg.py), removed at the end.

    Skipped when PostgreSQL is not installed, except under ``CI=true``: there it fails (issue 18).
    """
    from tests.pg import start_or_skip

    server = start_or_skip()
    yield server
    server.destroy()


@pytest.fixture
def school_db(postgres_server):
    """A fresh, empty database on the test session's PostgreSQL server; its superuser URL.

    Afterwards the server runs again (a test may stop it) and the database is dropped.
    """
    import secrets

    name = f"school_{secrets.token_hex(6)}"
    url = postgres_server.create_database(name)
    yield url
    if not postgres_server.running:
        postgres_server.start()
    postgres_server.drop_database(name)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that needs a Qt widget as ``gui``: ``./dev test -m "not gui"`` is the fast loop.

    A test is a GUI test when it lives under ``tests/ui`` or asks for ``qtbot`` or ``qapp``.
    """
    gui = pytest.mark.gui
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "tests/ui/" in item.nodeid or "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(gui)
