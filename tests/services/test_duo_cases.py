"""R-IRR-5 through the services: a case of a PE session takes DUO's path; the overview shows the due date of
DUO's answer on a technical fault and flags it when passed. A CE case keeps the Inspectie's (test_cases.py)."""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from examdesk.core.cases import CasePath, Step
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.services import accounts, cases, events, packages, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.errors import InvalidInput
from examdesk.services.sessions import planning
from examdesk.services.station import Station
from tests.services.sample_package import valid_package

PASSWORD = "correct horse battery"
START = datetime(2026, 6, 12, 7, 0, tzinfo=UTC)
DAY = dt.date(2026, 6, 12)


@pytest.fixture
def pe_case(station: Station, beheerder: SignedIn, clock: ManualClock, tmp_path: Path):
    for name, roles in (("secretaris", {Role.EXAMENSECRETARIS}), ("jansen", {Role.SURVEILLANT})):
        accounts.create_account(station, beheerder, name, name.title(), PASSWORD, frozenset(roles))
    secretaris = accounts.sign_in(station, "secretaris", PASSWORD)
    jansen = accounts.sign_in(station, "jansen", PASSWORD)
    data = valid_package()  # a PE exam
    data.pop("results")
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), "utf-8")
    packages.import_package(station, secretaris, path)
    clock.wall = START - timedelta(minutes=10)
    session_id = planning.plan_session(
        station, secretaris, planning.PlanRequest("2026-06-12-CK-A", surveillants=[("jansen", True)])
    )
    planning.start_session(station, jansen, session_id)
    ids = {row.number: row.candidate_id for row in sessions.dashboard(station, jansen, session_id)}
    melding = sessions.record_melding(
        station,
        jansen,
        session_id,
        kind="werking_examenbank",
        questions=["V2"],
        candidate_id=ids["1001"],
        surveillant_text="Vraag laadde niet",
        meldingsnummer="FH-78",
    )
    clock.wall = START + timedelta(hours=3)
    case_id = cases.open_case(
        station,
        secretaris,
        session_id,
        candidates=[ids["1001"]],
        category="other",
        technical=True,
        description="Vraag V2 laadde niet",
        source_event=melding.id,
    )
    return secretaris, case_id, ids


# R-IRR-5
def test_a_pe_case_follows_duos_path_with_the_due_date_R_IRR_5(
    station: Station, clock: ManualClock, pe_case
) -> None:
    secretaris, case_id, ids = pe_case
    (summary,) = cases.list_cases(station, secretaris)
    assert summary.path is CasePath.DUO and summary.next_step is Step.DUO_REPORTED
    assert summary.duo_due == dt.date(2026, 8, 7) and not summary.duo_overdue
    with pytest.raises(InvalidInput):  # the Inspectie's step is not on a PE case's path
        cases.record_reported(station, secretaris, case_id, on=DAY, channel="phone")
    cases.record_duo_reported(station, secretaris, case_id, on=DAY, note="Servicedesk DUO gebeld")
    cases.record_aangifte(station, secretaris, case_id, on=DAY, consulted="DUO")
    clock.wall = START + timedelta(days=60)
    (summary,) = cases.list_cases(station, secretaris)
    assert summary.duo_overdue  # eight weeks passed, no answer recorded
    with pytest.raises(InvalidInput, match="not one of"):
        cases.record_duo_decision(
            station, secretaris, case_id, on=DAY, invalid={ids["1001"]: True}, certificate="x"
        )
    cases.record_duo_decision(
        station,
        secretaris,
        case_id,
        on=DAY + timedelta(days=59),
        invalid={ids["1001"]: True},
        certificate="withheld",
    )
    detail = cases.case_detail(station, secretaris, case_id)
    assert detail.summary.closed and not detail.summary.duo_overdue
    assert detail.case.invalid_candidates == (ids["1001"],)
    kinds = [e.kind for e in events.list_events(station, kinds=cases.CASE_KINDS)]
    assert kinds == ["case_opened", "case_duo_reported", "case_aangifte", "case_duo_decision"]
    assert EventKind.CASE_DUO_DECISION.value in kinds
