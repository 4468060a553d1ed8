"""The demo station shows domain rules v2 for planning and cases: a hospital session with two surveillants,
the Inspectie consulted and quarantine reported, ready to start (R-SES-2, R-SES-3); a PE case on DUO's path
with the due date of DUO's answer (R-IRR-5)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from examdesk.core.cases import CasePath, Step
from examdesk.services import cases, planning, sessions
from tests.demo_station import demo_actor


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
