"""Alerts at the end of a candidate's time: once at five minutes left, once when the time is up (issue 15).

The dashboard asks every tick; each alert is given once per candidate, and a candidate who gets time back
(extra time, compensation) can be alerted again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from examdesk.core.clock import ClockState
from examdesk.services.sessions import CandidateStatus

FIVE_MINUTES = timedelta(minutes=5)


class AlertKind(StrEnum):
    FIVE_MINUTES = "five_minutes"
    TIME_UP = "time_up"


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    candidate: CandidateStatus


class TimeAlerts:
    """Which candidates have just reached five minutes left or the end of their time."""

    def __init__(self) -> None:
        self._given: dict[int, AlertKind] = {}

    def check(self, rows: Sequence[CandidateStatus], now: datetime) -> list[Alert]:
        found: list[Alert] = []
        for row in rows:
            clock = row.clock
            if clock.state is not ClockState.RUNNING or clock.deadline is None:
                continue
            left = clock.deadline - now
            given = self._given.get(row.candidate_id)
            if left <= timedelta(0):
                if given is not AlertKind.TIME_UP:
                    self._given[row.candidate_id] = AlertKind.TIME_UP
                    found.append(Alert(AlertKind.TIME_UP, row))
            elif left <= FIVE_MINUTES:
                if given is None:
                    self._given[row.candidate_id] = AlertKind.FIVE_MINUTES
                    # Only within the last five minutes as they pass: a session opened later does not alarm.
                    if left > FIVE_MINUTES - timedelta(seconds=30):
                        found.append(Alert(AlertKind.FIVE_MINUTES, row))
            elif given is not None:
                del self._given[row.candidate_id]  # time was given back
        return found
