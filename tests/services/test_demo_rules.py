"""The demo station shows domain rules v2 for planning and cases: a hospital session with two surveillants,
the Inspectie consulted and quarantine reported, ready to start (R-SES-2, R-SES-3); a PE case on DUO's path
with the due date of DUO's answer (R-IRR-5); today's appointments held, lapsed and booked (R-INZ-6)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from examdesk.core.appointments import AppointmentState
from examdesk.core.cases import CasePath, Step
from examdesk.core.eventkinds import EventKind
from examdesk.core.localtime import AMSTERDAM
from examdesk.services import appointments, cases, events, sessions
from examdesk.services.sessions import planning
from tests.demo_station import DEMO_NOW, demo_actor


def test_the_demo_has_a_hospital_session_ready_to_start_R_SES_2_R_SES_3(demo_station: Any) -> None:
    secretaris = demo_actor(demo_station, "secretaris")
    (hospital,) = [s for s in sessions.list_sessions(demo_station) if s.location_kind == "hospital"]
    assert hospital.state is sessions.SessionState.PLANNED and hospital.quarantine
    assert len(hospital.surveillants) == 2
    check = planning.start_check(demo_station, secretaris, hospital.id)
    assert check.missing == () and not check.simultaneous  # at 13:30, with the Inspectie's permission


def test_the_demo_has_a_pe_case_on_duos_path_R_IRR_5(demo_station: Any) -> None:
    secretaris = demo_actor(demo_station, "secretaris")
    (duo,) = [c for c in cases.list_cases(demo_station, secretaris) if c.path is CasePath.DUO]
    assert duo.current is Step.DUO_REPORTED and duo.next_step is Step.DUO_DECISION
    assert duo.duo_due == duo.session_date + dt.timedelta(weeks=8) and not duo.duo_overdue


def test_the_demos_appointments_of_today_are_one_held_one_lapsed_one_booked_R_INZ_6_R_INZ_3(
    demo_station: Any,
) -> None:
    """In summer time (10:00 in Amsterdam): the list of today, where a PE inzage starts (R-INZ-6)."""
    secretaris = demo_actor(demo_station, "secretaris")
    today = DEMO_NOW.astimezone(AMSTERDAM).date()
    found = appointments.appointments(demo_station, secretaris, on=today)
    assert [(a.candidate_name, a.at, a.state) for a in found] == [
        ("Eva Jacobs", "08:20", AppointmentState.HELD),  # this morning, before the running session
        ("Bas Kuipers", "11:00", AppointmentState.LAPSED),
        ("Noor Hendriks", "14:00", AppointmentState.BOOKED),
    ]
    # R-INZ-3: Bas's appointment lapsed by his pass since (the station holds it), not by a recorded lapse; he
    # asked within 14 days of his winter result, and his pass came four months later (R-SES-4).
    assert not events.list_events(demo_station, kinds=(EventKind.APPOINTMENT_LAPSED,))
    bas = found[1]
    assert bas.requested_on == dt.date(2026, 2, 2) and bas.group_code == "2026-01-27-CK-W"
