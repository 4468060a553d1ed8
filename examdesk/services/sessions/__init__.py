"""Exam sessions in the proctor workspace, as one package (issue 12).

- ``planning``: planning and starting a session (R-SES-1..5), with ``sittings`` (R-SES-3, R-SES-4) and
  ``second_sitting`` (R-IRR-2, R-IRR-3).
- ``clocks``: every candidate's clock as the event log, the roster and "now" give it (R-TIME-1).
- ``actions``: every surveillant action on a candidate's clock, each one event.
- ``records``: meldingen, irregularities, remarks, corrections and the roster's BSN; the session list;
  closing the session.
- ``base``: what they share (a session's row, group and exam, its state); ``assignment``: who may act in it;
  ``snapshot``: the dashboard's one read; ``log``: the session's events with the chain check.

Callers use the names below (``sessions.start_candidate(...)``); the modules of the package import each
other directly, never through this facade. The facade imports a module only when one of its names is first
asked for, so that importing ``sessions.base`` (as the station's copier does) does not pull in every other
module of the package, nor this package into the station's start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from examdesk.services.sessions.actions import (
        ID_DOCUMENTS,
        OverridableRefusal,
        Override,
        apply_accommodation,
        apply_extension,
        bsn_for_check,
        end_storing,
        grant_compensation,
        hand_in,
        leave_early,
        mark_absent,
        pause_candidate,
        record_bsn_check,
        record_time_ups,
        resume_candidate,
        start_candidate,
        start_storing,
    )
    from examdesk.services.sessions.base import SessionState, planned_start, session_questions, session_state
    from examdesk.services.sessions.clocks import (
        CandidateStatus,
        StoringSpan,
        all_contexts,
        candidate_status,
        clock_events,
        dashboard,
        storing_spans,
    )
    from examdesk.services.sessions.clocks import Context as CandidateContext
    from examdesk.services.sessions.records import (
        VOIDABLE_KINDS,
        SessionSummary,
        close_session,
        correct_roster_bsn,
        list_sessions,
        record_correction,
        record_irregularity,
        record_melding,
        record_remark,
        summary_in,
    )

# Each name of the facade: the module of this package that defines it, and its name there.
_WHERE: dict[str, tuple[str, str]] = {
    "CandidateContext": ("clocks", "Context"),
    "CandidateStatus": ("clocks", "CandidateStatus"),
    "ID_DOCUMENTS": ("actions", "ID_DOCUMENTS"),
    "OverridableRefusal": ("actions", "OverridableRefusal"),
    "Override": ("actions", "Override"),
    "SessionState": ("base", "SessionState"),
    "SessionSummary": ("records", "SessionSummary"),
    "StoringSpan": ("clocks", "StoringSpan"),
    "VOIDABLE_KINDS": ("records", "VOIDABLE_KINDS"),
    "all_contexts": ("clocks", "all_contexts"),
    "apply_accommodation": ("actions", "apply_accommodation"),
    "apply_extension": ("actions", "apply_extension"),
    "bsn_for_check": ("actions", "bsn_for_check"),
    "candidate_status": ("clocks", "candidate_status"),
    "clock_events": ("clocks", "clock_events"),
    "close_session": ("records", "close_session"),
    "correct_roster_bsn": ("records", "correct_roster_bsn"),
    "dashboard": ("clocks", "dashboard"),
    "end_storing": ("actions", "end_storing"),
    "grant_compensation": ("actions", "grant_compensation"),
    "hand_in": ("actions", "hand_in"),
    "leave_early": ("actions", "leave_early"),
    "list_sessions": ("records", "list_sessions"),
    "mark_absent": ("actions", "mark_absent"),
    "pause_candidate": ("actions", "pause_candidate"),
    "planned_start": ("base", "planned_start"),
    "record_bsn_check": ("actions", "record_bsn_check"),
    "record_correction": ("records", "record_correction"),
    "record_irregularity": ("records", "record_irregularity"),
    "record_melding": ("records", "record_melding"),
    "record_remark": ("records", "record_remark"),
    "record_time_ups": ("actions", "record_time_ups"),
    "resume_candidate": ("actions", "resume_candidate"),
    "session_questions": ("base", "session_questions"),
    "session_state": ("base", "session_state"),
    "start_candidate": ("actions", "start_candidate"),
    "start_storing": ("actions", "start_storing"),
    "storing_spans": ("clocks", "storing_spans"),
    "summary_in": ("records", "summary_in"),
}


def __getattr__(name: str) -> Any:
    """PEP 562: a facade name is looked up in its module on first use."""
    try:
        module, original = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), original)
    globals()[name] = value
    return value


__all__ = [
    "ID_DOCUMENTS",
    "VOIDABLE_KINDS",
    "CandidateContext",
    "CandidateStatus",
    "OverridableRefusal",
    "Override",
    "SessionState",
    "SessionSummary",
    "StoringSpan",
    "all_contexts",
    "apply_accommodation",
    "apply_extension",
    "bsn_for_check",
    "candidate_status",
    "clock_events",
    "close_session",
    "correct_roster_bsn",
    "dashboard",
    "end_storing",
    "grant_compensation",
    "hand_in",
    "leave_early",
    "list_sessions",
    "mark_absent",
    "pause_candidate",
    "planned_start",
    "record_bsn_check",
    "record_correction",
    "record_irregularity",
    "record_melding",
    "record_remark",
    "record_time_ups",
    "resume_candidate",
    "session_questions",
    "session_state",
    "start_candidate",
    "start_storing",
    "storing_spans",
    "summary_in",
]
