"""The demo station (services/demo.py) for tests: written once per test run, copied for each test."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from examdesk.services import demo
from examdesk.services.clock import ManualClock
from examdesk.services.station import Station, open_station

DEMO_NOW = datetime(2026, 6, 16, 9, 40, tzinfo=UTC)  # on services.demo.PACKAGE_DAY: the package's own dates
"""When the demo was written: its running session started 40 minutes before (11:00 in Amsterdam)."""


def write_template(folder: Path) -> Path:
    """The demo written at ``DEMO_NOW`` into ``folder / "demo"``; that folder."""
    target = folder / "demo"
    demo.write_demo(target, now=DEMO_NOW)
    return target


def open_copy(template: Path, target: Path, minutes_later: float = 1) -> tuple[Station, ManualClock]:
    """A fresh copy of the demo station, its clock ``minutes_later`` after the demo was written."""
    shutil.copytree(template, target)
    clock = ManualClock(DEMO_NOW + timedelta(minutes=minutes_later))
    return open_station(target, clock=clock, keyring_backend=None), clock
