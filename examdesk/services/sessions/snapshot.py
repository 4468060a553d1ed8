"""The proctor dashboard's one fetch (issue 12): the session as it is now, every candidate's clock and the
clock anomalies, read together in one transaction so the three never disagree.

Time-ups that are due are recorded first (R-TIME-9), except in a read-only window (issue 13), which
leaves that to the window holding the station. That is the only write, and it happens only when a
clock has run out without its time-up event: the usual refresh is a single read transaction that never
makes an exam-room event wait for SQLite's write lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from examdesk.core.clock import ClockState
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.services import events
from examdesk.services.actors import SignedIn, require
from examdesk.services.events import Event
from examdesk.services.sessions.actions import record_time_ups
from examdesk.services.sessions.assignment import require_on_session
from examdesk.services.sessions.base import SessionState, session_row
from examdesk.services.sessions.clocks import CandidateStatus, Context, all_contexts, status_of
from examdesk.services.sessions.records import SessionSummary, summary_in
from examdesk.services.station import Station
from examdesk.store.db import read_transaction


@dataclass(frozen=True)
class DashboardSnapshot:
    """One fetch of the dashboard."""

    session: SessionSummary
    rows: list[CandidateStatus]
    anomalies: list[Event]  # R-TIME-10: every recorded wall-clock jump back, oldest first


def snapshot(station: Station, actor: SignedIn, session_id: str) -> DashboardSnapshot:
    """The dashboard of ``session_id`` now, with every due time-up recorded before it is read (R-TIME-9)."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    taken, due = _read(station, actor, session_id)
    # A read-only window (issue 13) shows the clocks as they stand; the window holding the station records.
    if due and station.read_only is None and record_time_ups(station, session_id):
        taken, _ = _read(station, actor, session_id)
    return taken


def _read(station: Station, actor: SignedIn, session_id: str) -> tuple[DashboardSnapshot, bool]:
    now = station.clock.read().wall
    with read_transaction(station.engine) as session:
        require_on_session(session, actor, session_id)  # issue 13: only the session's own surveillants
        summary = summary_in(session, station, session_row(session, session_id))
        contexts = all_contexts(session, station, session_id)
        anomalies = events.list_events(station, kinds=(EventKind.CLOCK_ANOMALY,), within=session)
    due = summary.state is SessionState.RUNNING and any(_time_up_due(c, now) for c in contexts)
    rows = [status_of(context, now, station.settings) for context in contexts]
    return DashboardSnapshot(summary, rows, anomalies), due


def _time_up_due(context: Context, now: datetime) -> bool:
    """Whether the candidate's time ran out and its time-up event is not recorded yet (R-TIME-9)."""
    return context.clock(now).state is ClockState.TIME_UP and not any(
        event.kind == EventKind.TIME_UP for event in context.events
    )
