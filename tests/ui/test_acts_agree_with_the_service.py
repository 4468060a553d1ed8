"""The dashboard's act table and the session service decide alike (issue 12 #7).

For every clock state a candidate can be in, the acts the dashboard enables for that candidate are exactly
what ``core.actions.allowed_actions`` permits, and the service refuses every other act without recording
anything. The act table (``ui/proctor/acts.py``) asks ``core.actions`` through each act's check; the
service asks the same module in ``services/sessions/actions.refuse_unless`` (R-TIME-3..9, R-BSN-4).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from examdesk.core.actions import CandidateAct, allowed_actions
from examdesk.core.clock import ClockState
from examdesk.services import events, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.errors import InvalidInput, NotFound, PermissionDenied
from examdesk.services.sessions import CandidateStatus
from examdesk.services.station import Station
from examdesk.ui.proctor.acts import ACTS, Act, Selection, facts, pause_act, storing_act
from tests.ui.conftest import SESSION_START

NUMBER = "1001"  # Sanne de Vries: no pauses accommodation, so her pause is the examensecretaris's override

# Each dashboard act on one candidate and the candidate action it stands for (two acts toggle).
ACT_OF: dict[Act, Callable[[CandidateStatus], CandidateAct]] = {
    Act.BSN_CHECK: lambda _: CandidateAct.BSN_CHECK,
    Act.ROSTER: lambda _: CandidateAct.ROSTER,
    Act.START: lambda _: CandidateAct.START,
    Act.LATE_START: lambda _: CandidateAct.LATE_START,
    Act.PAUSE: pause_act,
    Act.EXTENSION: lambda _: CandidateAct.EXTENSION,
    Act.STORING: storing_act,
    Act.COMPENSATION: lambda _: CandidateAct.COMPENSATION,
    Act.HAND_IN: lambda _: CandidateAct.HAND_IN,
    Act.LEFT_EARLY: lambda _: CandidateAct.LEFT_EARLY,
    Act.ABSENT: lambda _: CandidateAct.ABSENT,
}


def _status(station: Station, actor: SignedIn, session_id: str) -> CandidateStatus:
    return next(s for s in sessions.dashboard(station, actor, session_id) if s.number == NUMBER)


def _bring_to(
    state: str, station: Station, people: dict[str, SignedIn], session_id: str, clock: ManualClock
) -> None:
    """Record what puts the candidate in ``state``, as a surveillant (jansen) does on the dashboard."""
    jansen, secretaris = people["jansen"], people["secretaris"]
    clock.wall = SESSION_START
    candidate = _status(station, jansen, session_id).candidate_id
    if state == "not_started_unchecked":
        return
    if state == "absent":
        sessions.mark_absent(station, jansen, session_id, candidate)
        return
    sessions.record_bsn_check(station, jansen, session_id, candidate, match=True, id_document="passport")
    if state == "not_started_matched":
        return
    sessions.start_candidate(station, jansen, session_id, candidate)
    clock.advance(timedelta(minutes=5))
    if state == "running":
        return
    if state == "storing":
        sessions.start_storing(station, jansen, session_id, candidate)
    elif state == "paused":
        sessions.pause_candidate(
            station, jansen, session_id, candidate, override=sessions.Override(secretaris, "onwel")
        )
    elif state == "finished":
        sessions.hand_in(station, jansen, session_id, candidate)
    elif state == "left_early":
        sessions.leave_early(station, jansen, session_id, candidate, reason="Onwel geworden", ill=True)
    elif state == "time_up":
        clock.advance(timedelta(hours=6))
        sessions.record_time_ups(station, session_id)
    else:
        raise AssertionError(state)


def _attempt(
    act: CandidateAct, station: Station, people: dict[str, SignedIn], session_id: str, status: CandidateStatus
) -> None:
    """Ask the service for ``act`` on the candidate, as the dashboard's handler would."""
    jansen = people["jansen"]
    candidate = status.candidate_id
    storing = status.open_storing or 1
    match act:
        case CandidateAct.BSN_CHECK:
            sessions.record_bsn_check(
                station, jansen, session_id, candidate, match=True, id_document="passport"
            )
        case CandidateAct.ROSTER:
            sessions.correct_roster_bsn(station, jansen, session_id, candidate, "999993653", "Typefout")
        case CandidateAct.START:
            sessions.start_candidate(station, jansen, session_id, candidate)
        case CandidateAct.LATE_START:
            sessions.start_candidate(station, jansen, session_id, candidate, late_arrival=True)
        case CandidateAct.PAUSE:
            sessions.pause_candidate(station, jansen, session_id, candidate)
        case CandidateAct.RESUME:
            sessions.resume_candidate(station, jansen, session_id, candidate)
        case CandidateAct.EXTENSION:
            sessions.apply_extension(station, jansen, session_id, candidate, 10)
        case CandidateAct.STORING:
            sessions.start_storing(station, jansen, session_id, candidate)
        case CandidateAct.END_STORING:
            sessions.end_storing(station, jansen, session_id, candidate, storing)
        case CandidateAct.COMPENSATION:
            sessions.grant_compensation(station, jansen, session_id, candidate, storing, 5)
        case CandidateAct.HAND_IN:
            sessions.hand_in(station, jansen, session_id, candidate)
        case CandidateAct.LEFT_EARLY:
            sessions.leave_early(station, jansen, session_id, candidate, reason="Weg", ill=False)
        case CandidateAct.ABSENT:
            sessions.mark_absent(station, jansen, session_id, candidate)
        case _:
            raise AssertionError(act)


@pytest.mark.parametrize(
    ("state", "clock_state"),
    [
        ("not_started_unchecked", ClockState.NOT_STARTED),
        ("not_started_matched", ClockState.NOT_STARTED),
        ("running", ClockState.RUNNING),
        ("storing", ClockState.RUNNING),
        ("paused", ClockState.PAUSED),
        ("finished", ClockState.FINISHED),
        ("time_up", ClockState.TIME_UP),
        ("left_early", ClockState.LEFT_EARLY),
        ("absent", ClockState.ABSENT),
    ],
)
def test_the_dashboard_enables_what_the_rules_allow_and_the_service_refuses_the_rest_R_TIME_3(
    state: str,
    clock_state: ClockState,
    station: Station,
    people: dict[str, SignedIn],
    running_session: str,
    clock: ManualClock,
) -> None:
    _bring_to(state, station, people, running_session, clock)
    status = _status(station, people["jansen"], running_session)
    assert status.clock.state is clock_state
    allowed = allowed_actions(facts(status), examensecretaris=False)
    selection = Selection(chosen=[status], running=True, examensecretaris=False, session_state="running")

    candidate_specs = [spec for spec in ACTS if spec.candidate]
    assert {spec.act for spec in candidate_specs} == set(ACT_OF)
    enabled = {ACT_OF[spec.act](status) for spec in candidate_specs if spec.check(selection) is None}
    shown = {ACT_OF[spec.act](status) for spec in candidate_specs}
    assert enabled == allowed & shown, state

    recorded = len(events.list_events(station, session_id=running_session))
    for act in sorted(shown - enabled):
        with pytest.raises((InvalidInput, PermissionDenied, NotFound)):
            _attempt(act, station, people, running_session, status)
        assert len(events.list_events(station, session_id=running_session)) == recorded, act
        assert _status(station, people["jansen"], running_session).clock.state is clock_state, act
