"""The demo station as a test fixture: written once per test run on the demo package's own day (once for
all pytest-xdist workers: tests/run_once.py), copied for each test that uses it, and opened with a manual
clock."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.run_once import made_once

# 10:00 in Amsterdam on the day the demo package's dates are written for (services.demo.PACKAGE_DAY), so the
# demo's dates are the package's own: PE results of 13 June 2026, the CE inspection period to 3 July 2026.
DEMO_NOW = datetime(2026, 6, 16, 8, 0, tzinfo=UTC)
PE_GROUP = "2026-06-12-CK-B"
PE_MORNING = "2026-06-12-CK-A"
CE_GROUP = "2026-05-20-EC-3B"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from examdesk.services import demo

    def write(folder: Path) -> None:
        demo.write_demo(folder / "data", now=DEMO_NOW)

    return made_once(tmp_path_factory, "demo-template", write) / "data"


@pytest.fixture(scope="session")
def running_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo written 40 minutes into its running session (``tests/services/demo_station.DEMO_NOW``),
    once per run: the proces-verbaal and school-server tests copy it (``open_copy``)."""
    from tests.services.demo_station import write_template

    return made_once(tmp_path_factory, "running-demo", write_template) / "demo"


@pytest.fixture(scope="session")
def other_running_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second station written as ``running_demo`` is: the same day and data, its own station id."""
    from tests.services.demo_station import write_template

    return made_once(tmp_path_factory, "other-running-demo", write_template) / "demo"


@pytest.fixture
def demo_clock() -> Any:
    from examdesk.services.clock import ManualClock

    return ManualClock(DEMO_NOW.replace(hour=9))


@pytest.fixture
def demo_station(demo_template: Path, tmp_path: Path, demo_clock: Any) -> Iterator[Any]:
    """A fresh copy of the demo station, its clock at 11:00 in Amsterdam on 16 June 2026."""
    from examdesk.services.station import open_station

    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    station = open_station(folder, clock=demo_clock, keyring_backend=None)
    yield station
    station.close()


def demo_actor(station: Any, username: str) -> Any:
    from examdesk.services import accounts, demo

    return accounts.sign_in(station, username, demo.DEMO_PASSWORD)


def candidate_id(results: Any, number: str) -> int:
    found: int = next(row.candidate_id for row in results.candidates if row.number == number)
    return found
