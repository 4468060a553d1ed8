"""Reading the clocks. Core never reads a clock; services take one of these (R-TIME-10)."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from examdesk.core.eventchain import ClockReading

RUN_ID = uuid.uuid4().hex


class Clock(Protocol):
    def read(self) -> ClockReading:
        """The wall clock (UTC) and the monotonic clock, read together."""
        ...


class SystemClock:
    """The computer's clocks."""

    def read(self) -> ClockReading:
        return ClockReading(datetime.now(UTC), time.monotonic_ns(), RUN_ID)


@dataclass
class ManualClock:
    """A clock that moves only when told: for tests and for writing demo history."""

    wall: datetime
    monotonic_ns: int = 1_000_000_000
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def read(self) -> ClockReading:
        return ClockReading(self.wall, self.monotonic_ns, self.run_id)

    def advance(self, delta: timedelta) -> None:
        """Both clocks move forward by ``delta``."""
        self.wall += delta
        self.monotonic_ns += int(delta.total_seconds() * 1_000_000_000)

    def set_wall(self, wall: datetime) -> None:
        """The wall clock is set (forward or back) while the monotonic clock stands still."""
        self.wall = wall

    def restart(self) -> None:
        """A new run of the program: the monotonic clock starts from an unrelated value."""
        self.run_id = uuid.uuid4().hex
        self.monotonic_ns = 7_000_000_000
