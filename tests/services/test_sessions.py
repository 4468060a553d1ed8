"""Sessions and the surveillant's actions (R-SES, R-TIME, R-BSN-4, R-VOV-1..2, R-IRR-1, R-IRR-4, R-PV-2, R-PV-4)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from examdesk import i18n
from examdesk.core.clock import ClockState
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.services import accounts, events, packages, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.errors import InvalidInput, NotFound, PermissionDenied
from examdesk.services.sessions import planning
from examdesk.services.station import Station, open_station
from tests.services.sample_package import valid_package

PASSWORD = "correct horse battery"
START = datetime(2026, 6, 12, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam, the group's planned start


@pytest.fixture
def people(station: Station, beheerder: SignedIn):
    for name, roles in (
        ("secretaris", {Role.EXAMENSECRETARIS}),
        ("jansen", {Role.SURVEILLANT}),
        ("bakker", {Role.SURVEILLANT}),
    ):
        accounts.create_account(station, beheerder, name, name.title(), PASSWORD, frozenset(roles))
    return {name: accounts.sign_in(station, name, PASSWORD) for name in ("secretaris", "jansen", "bakker")}


@pytest.fixture
def running(station: Station, people, clock: ManualClock, tmp_path: Path):
    """A running session of the sample group; candidate 1001 has 30 minutes extra time granted,
    1002 the pauses accommodation (both with a valid VSV)."""
    data = valid_package()
    data.pop("results")
    data["groups"][0]["candidates"][1]["accommodations"] = [
        {"kind": "pauses", "statement_date": "2024-01-10"}
    ]
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), "utf-8")
    packages.import_package(station, people["secretaris"], path)
    clock.wall = START - timedelta(minutes=10)
    session_id = planning.plan_session(
        station,
        people["secretaris"],
        planning.PlanRequest("2026-06-12-CK-A", surveillants=[("jansen", True)]),
    )
    planning.start_session(station, people["jansen"], session_id)
    rows = {row.number: row.candidate_id for row in sessions.dashboard(station, people["jansen"], session_id)}
    return session_id, rows


def _checked_and_started(station: Station, actor, session_id, candidate_id) -> None:
    """The BSN check with every accommodation confirmed against the VSV (R-ACC-2), then the start."""
    _, _, accommodations = sessions.bsn_for_check(station, actor, session_id, candidate_id)
    sessions.record_bsn_check(
        station,
        actor,
        session_id,
        candidate_id,
        match=True,
        id_document="passport",
        confirmed=range(len(accommodations)),
    )
    sessions.start_candidate(station, actor, session_id, candidate_id)


def _row(station: Station, actor, session_id, candidate_id):
    return sessions.candidate_status(station, actor, session_id, candidate_id)


# R-SES-1
def test_a_planned_session_takes_the_groups_date_time_and_room_R_SES_1(
    station: Station, people, running
) -> None:
    session_id, _ = running
    (summary,) = sessions.list_sessions(station)
    assert summary.id == session_id and summary.state is sessions.SessionState.RUNNING
    assert (
        summary.room == "Lokaal 2.14"
        and summary.start_time == "09:00"
        and summary.surveillants == ("jansen",)
        and summary.surveillant_names == ("Jansen",)  # the display name, for the session list
    )


# R-SES-2, R-SES-3, R-SES-4, R-SES-5: planning and starting are proved in test_planning.py (domain rules v2).


# R-BSN-4
def test_no_start_without_a_recorded_bsn_match_R_BSN_4(station: Station, people, running) -> None:
    session_id, rows = running
    jansen = people["jansen"]
    with pytest.raises(InvalidInput, match="BSN check"):
        sessions.start_candidate(station, jansen, session_id, rows["1001"])
    grouped, name, _ = sessions.bsn_for_check(station, jansen, session_id, rows["1001"])
    assert grouped == "9999 93 653" and name == "Sanne de Vries"
    sessions.record_bsn_check(
        station,
        jansen,
        session_id,
        rows["1001"],
        match=False,
        id_document="identity_card",
        note="laatste cijfers anders",
    )
    with pytest.raises(InvalidInput, match="BSN check"):
        sessions.start_candidate(station, jansen, session_id, rows["1001"])
    with pytest.raises(InvalidInput, match="corrects the roster"):
        sessions.record_bsn_check(
            station, jansen, session_id, rows["1001"], match=True, id_document="identity_card"
        )
    with pytest.raises(PermissionDenied):
        sessions.correct_roster_bsn(
            station, jansen, session_id, rows["1001"], "999992077", "typfout in rooster"
        )
    sessions.correct_roster_bsn(
        station, people["secretaris"], session_id, rows["1001"], "999992077", "typfout in rooster"
    )
    sessions.record_bsn_check(
        station, jansen, session_id, rows["1001"], match=True, id_document="identity_card"
    )
    sessions.start_candidate(station, jansen, session_id, rows["1001"])
    assert _row(station, jansen, session_id, rows["1001"]).masked_bsn == "*****2077"


# R-TIME-1, R-TIME-5
def test_pause_stops_the_clock_and_resume_goes_on_R_TIME_1_R_TIME_5(
    station: Station, people, running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen, candidate = people["jansen"], rows["1002"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, candidate)
    clock.advance(timedelta(minutes=30))
    sessions.pause_candidate(station, jansen, session_id, candidate)
    clock.advance(timedelta(minutes=20))
    paused = _row(station, jansen, session_id, candidate)
    assert paused.clock.state is ClockState.PAUSED and paused.clock.remaining == timedelta(minutes=60)
    _, consult = sessions.resume_candidate(station, jansen, session_id, candidate)
    assert not consult
    clock.advance(timedelta(minutes=10))
    resumed = _row(station, jansen, session_id, candidate).clock
    assert resumed.remaining == timedelta(minutes=50) and resumed.total_pause == timedelta(minutes=20)


# R-TIME-5
def test_past_an_hour_of_pauses_the_pause_ends_unless_consulted_or_overridden_R_TIME_5(
    station: Station, people, running, clock: ManualClock
) -> None:
    """Without the CvTE consult on the pauses accommodation, the pause ends at the limit (60 minutes,
    configurable) and another is refused unless the examensecretaris overrides."""
    session_id, rows = running
    jansen, candidate = people["jansen"], rows["1002"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, candidate)
    sessions.pause_candidate(station, jansen, session_id, candidate)
    clock.advance(timedelta(minutes=61))
    status = _row(station, jansen, session_id, candidate)
    assert status.clock.state is ClockState.RUNNING and status.clock.total_pause == timedelta(minutes=60)
    assert status.clock.deadline == START + timedelta(minutes=150)
    with pytest.raises(InvalidInput, match="needs the CvTE consult"):
        sessions.pause_candidate(station, jansen, session_id, candidate)
    with pytest.raises(PermissionDenied):
        sessions.pause_candidate(
            station, jansen, session_id, candidate, override=sessions.Override(jansen, "misselijk")
        )
    sessions.pause_candidate(
        station, jansen, session_id, candidate, override=sessions.Override(people["secretaris"], "misselijk")
    )
    clock.advance(timedelta(minutes=5))
    assert _row(station, jansen, session_id, candidate).clock.total_pause == timedelta(minutes=65)


# R-TIME-5 (issue 14 finding 3)
def test_a_candidate_without_the_pauses_accommodation_is_not_paused_R_TIME_5(
    station: Station, people, running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen, secretaris, candidate = people["jansen"], people["secretaris"], rows["1001"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, candidate)
    clock.advance(timedelta(minutes=30))
    deadline = _row(station, jansen, session_id, candidate).clock.deadline
    with pytest.raises(InvalidInput, match="no pauses accommodation"):
        sessions.pause_candidate(station, jansen, session_id, candidate)
    clock.advance(timedelta(minutes=25))
    assert _row(station, jansen, session_id, candidate).clock.deadline == deadline  # nothing written
    assert not events.list_events(station, kinds=(EventKind.PAUSE_STARTED, EventKind.RULE_OVERRIDDEN))
    with pytest.raises(InvalidInput, match="written reason"):
        sessions.pause_candidate(
            station, jansen, session_id, candidate, override=sessions.Override(secretaris, " ")
        )
    pause = sessions.pause_candidate(
        station, jansen, session_id, candidate, override=sessions.Override(secretaris, "flauwte, arts gebeld")
    )
    (decided,) = events.list_events(station, kinds=(EventKind.RULE_OVERRIDDEN,))
    assert decided.actor == "secretaris" and decided.payload["rule"] == "R-TIME-5"
    assert decided.payload["reason"] == "flauwte, arts gebeld" and pause.payload["override"] == decided.id
    assert _row(station, jansen, session_id, candidate).overridden


# R-TIME-4 (issue 14 finding 15)
def test_the_grant_is_on_the_clock_from_the_start_R_TIME_4(
    station: Station, people, running, clock: ManualClock
) -> None:
    """30 minutes granted: the deadline includes them at once; the base end and the end with the grant
    are both there, and the grant used is the hand-in time past the base end."""
    session_id, rows = running
    jansen, candidate = people["jansen"], rows["1001"]  # 30 minutes granted (dyslexie)
    clock.wall = START
    _checked_and_started(station, jansen, session_id, candidate)
    status = _row(station, jansen, session_id, candidate)
    assert status.granted_extension == 30
    assert status.clock.base_end == START + timedelta(minutes=90)
    assert status.clock.deadline == status.clock.end_with_grant == START + timedelta(minutes=120)
    clock.advance(timedelta(minutes=91))
    assert _row(station, jansen, session_id, candidate).clock.state is ClockState.RUNNING  # not time up
    clock.advance(timedelta(minutes=11))
    sessions.hand_in(station, jansen, session_id, candidate)
    assert _row(station, jansen, session_id, candidate).clock.grant_used == timedelta(minutes=12)


# R-TIME-4, R-TIME-3 (issue 14 finding 1)
def test_more_time_than_granted_only_by_an_examensecretaris_override_R_TIME_4_R_TIME_3(
    station: Station, people, running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen, secretaris, candidate = people["jansen"], people["secretaris"], rows["1001"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, candidate)
    with pytest.raises(InvalidInput) as refused:
        sessions.apply_extension(station, jansen, session_id, candidate, 15)
    assert "irregularity" in i18n.render(refused.value.message)
    assert not events.list_events(station, kinds=(EventKind.EXTENSION_APPLIED, EventKind.RULE_OVERRIDDEN))
    with pytest.raises(PermissionDenied):  # a surveillant cannot override
        sessions.apply_extension(
            station, jansen, session_id, candidate, 15, override_reason="kandidaat vroeg erom"
        )
    with pytest.raises(PermissionDenied):
        sessions.apply_extension(
            station, jansen, session_id, candidate, 15, override=sessions.Override(jansen, "vroeg erom")
        )
    extension = sessions.apply_extension(
        station,
        jansen,
        session_id,
        candidate,
        15,
        override=sessions.Override(secretaris, "CvTE-overleg 2026-118"),
    )
    (decided,) = events.list_events(station, kinds=(EventKind.RULE_OVERRIDDEN,))
    assert decided.actor == "secretaris"
    assert decided.payload == {
        "rule": "R-TIME-4",
        "reason": "CvTE-overleg 2026-118",
        "examensecretaris": "secretaris",
        "minutes": 15,
        "accommodation": None,
    }
    assert extension.actor == "jansen" and extension.payload["override"] == decided.id
    status = _row(station, jansen, session_id, candidate)
    assert status.clock.applied_extension == timedelta(minutes=15) and status.more_time_than_granted
    assert status.clock.deadline == START + timedelta(minutes=135)


# R-TIME-7
def test_storing_compensation_never_exceeds_the_storing_R_TIME_7(
    station: Station, people, running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen, candidate = people["jansen"], rows["1002"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, candidate)
    clock.advance(timedelta(minutes=10))
    storing = sessions.start_storing(
        station, jansen, session_id, candidate, question="V3", pc_old="PC-07", pc_new="PC-12"
    )
    with pytest.raises(InvalidInput, match="once the storing has ended"):
        sessions.grant_compensation(station, jansen, session_id, candidate, storing.id, 5)
    clock.advance(timedelta(minutes=6))
    sessions.end_storing(station, jansen, session_id, candidate, storing.id, meldingsnummer="FH-2026-0042")
    assert _row(station, jansen, session_id, candidate).clock.remaining == timedelta(
        minutes=74
    )  # the clock ran on
    sessions.grant_compensation(station, jansen, session_id, candidate, storing.id, 4)
    with pytest.raises(InvalidInput, match="at most 2 min more"):
        sessions.grant_compensation(station, jansen, session_id, candidate, storing.id, 3)
    sessions.grant_compensation(station, jansen, session_id, candidate, storing.id, 2)
    status = _row(station, jansen, session_id, candidate)
    assert (
        status.clock.compensation == timedelta(minutes=6)
        and status.storingen == 1
        and status.open_storing is None
    )


# R-TIME-8
def test_late_arrival_within_thirty_minutes_keeps_the_planned_deadline_R_TIME_8(
    station: Station, people, running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen = people["jansen"]
    clock.wall = START + timedelta(minutes=25)
    sessions.record_bsn_check(station, jansen, session_id, rows["1002"], match=True, id_document="passport")
    sessions.start_candidate(station, jansen, session_id, rows["1002"], late_arrival=True)
    assert _row(station, jansen, session_id, rows["1002"]).clock.deadline == START + timedelta(minutes=90)
    clock.wall = START + timedelta(minutes=31)
    sessions.record_bsn_check(station, jansen, session_id, rows["1001"], match=True, id_document="passport")
    with pytest.raises(InvalidInput, match="at most 30 minutes late"):
        sessions.start_candidate(station, jansen, session_id, rows["1001"], late_arrival=True)


# R-TIME-9, R-IRR-4
def test_final_states_and_time_up_stamped_with_the_deadline_R_TIME_9_R_IRR_4(
    station: Station, people, running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen = people["jansen"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, rows["1001"])
    _checked_and_started(station, jansen, session_id, rows["1002"])
    left = sessions.leave_early(station, jansen, session_id, rows["1002"], reason="misselijk", ill=True)
    assert left.payload["ill"] is True
    clock.advance(timedelta(minutes=125))  # 1001's 30 minutes granted are on the clock (R-TIME-4)
    assert sessions.record_time_ups(station, session_id) == 1
    assert sessions.record_time_ups(station, session_id) == 0
    (time_up,) = events.list_events(station, kinds=(EventKind.TIME_UP,))
    assert (
        time_up.actor == "system"
        and time_up.payload["deadline"] == (START + timedelta(minutes=120)).isoformat()
    )
    states = {row.number: row.clock.state for row in sessions.dashboard(station, jansen, session_id)}
    assert states == {"1001": ClockState.TIME_UP, "1002": ClockState.LEFT_EARLY}


# R-VOV-1, R-VOV-2
def test_meldingen_of_three_kinds_with_question_numbers_R_VOV_1_R_VOV_2(
    station: Station, people, running
) -> None:
    session_id, rows = running
    jansen = people["jansen"]
    with pytest.raises(InvalidInput, match="question numbers"):
        sessions.record_melding(
            station, jansen, session_id, kind="examenvraag", candidate_text="vraag onduidelijk"
        )
    with pytest.raises(InvalidInput):
        sessions.record_melding(station, jansen, session_id, kind="lawaai", surveillant_text="x")
    collective = sessions.record_melding(
        station, jansen, session_id, kind="examenomstandigheden", surveillant_text="bouwlawaai"
    )
    assert collective.payload["collective"] is True
    vov = sessions.record_melding(
        station,
        jansen,
        session_id,
        kind="werking_examenbank",
        questions=["V3", "K1"],
        candidate_id=rows["1001"],
        candidate_text="keuzelijst bleef leeg",
        surveillant_text="gezien",
        duo_consulted=True,
        meldingsnummer="FH-77",
    )
    assert vov.payload["questions"] == ["V3", "K1"] and vov.candidate_id == rows["1001"]


# R-IRR-1
def test_irregularities_have_a_category_R_IRR_1(station: Station, people, running) -> None:
    session_id, rows = running
    with pytest.raises(InvalidInput, match="'g' is not one of"):
        sessions.record_irregularity(station, people["jansen"], session_id, category="g", description="x")
    event = sessions.record_irregularity(
        station,
        people["jansen"],
        session_id,
        category="a",
        description="telefoon op tafel",
        candidate_id=rows["1002"],
    )
    assert event.payload["category"] == "a"


# R-PV-2
def test_a_voiding_correction_takes_a_wrong_extension_out_of_the_clock_R_PV_2(
    station: Station, people, running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen, candidate = people["jansen"], rows["1001"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, candidate)
    wrong = sessions.apply_extension(
        station,
        jansen,
        session_id,
        candidate,
        10,
        override=sessions.Override(people["secretaris"], "te laat"),
    )
    fix = sessions.record_correction(
        station, jansen, session_id, wrong.id, "verkeerde kandidaat", void=True, candidate_id=candidate
    )
    assert fix.corrects_id == wrong.id
    assert _row(station, jansen, session_id, candidate).clock.applied_extension == timedelta(0)


# R-PV-2
def test_a_correction_stays_in_its_session_and_voids_only_clock_events_R_PV_2(
    station: Station, people, running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen, candidate = people["jansen"], rows["1002"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, candidate)
    pause = sessions.pause_candidate(station, jansen, session_id, candidate)
    remark = sessions.record_remark(station, jansen, session_id, "lokaal te warm")
    with pytest.raises(InvalidInput, match="taken out of the clock"):
        sessions.record_correction(station, jansen, session_id, remark.id, "verkeerd", void=True)
    with pytest.raises(NotFound, match="not part of this session"):
        sessions.record_correction(station, jansen, session_id, 999_999, "bestaat niet")
    with pytest.raises(InvalidInput, match="does not belong"):
        sessions.record_correction(station, jansen, session_id, pause.id, "x", candidate_id=rows["1001"])
    # The correction is about the corrected event's candidate even when the caller does not say so,
    # so that voiding reaches that candidate's clock.
    fix = sessions.record_correction(
        station, jansen, session_id, pause.id, "pauze bij verkeerde kandidaat", void=True
    )
    assert fix.candidate_id == candidate and fix.corrects_id == pause.id
    assert _row(station, jansen, session_id, candidate).clock.state is ClockState.RUNNING
    note = sessions.record_correction(station, jansen, session_id, remark.id, "bedoeld: lokaal 2.14")
    assert note.candidate_id is None and note.payload == {"text": "bedoeld: lokaal 2.14", "void": False}
    assert len(events.list_events(station, session_id=session_id, kinds=(EventKind.PAUSE_STARTED,))) == 1


# R-PV-4
def test_closing_needs_every_candidate_final_and_every_surveillants_password_R_PV_4(
    station: Station, people, running, clock: ManualClock
) -> None:
    session_id, rows = running
    jansen = people["jansen"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, rows["1001"])
    with pytest.raises(InvalidInput, match="not finished"):
        sessions.close_session(station, jansen, session_id, {"jansen": PASSWORD})
    sessions.hand_in(station, jansen, session_id, rows["1001"])
    sessions.mark_absent(station, jansen, session_id, rows["1002"])
    with pytest.raises(InvalidInput, match="The password of jansen is wrong"):
        sessions.close_session(station, jansen, session_id, {"jansen": "wrong"})
    closed = sessions.close_session(station, jansen, session_id, {"jansen": PASSWORD})
    assert closed.payload["confirmed_by"] == ["jansen"]
    with pytest.raises(InvalidInput, match="closed"):
        sessions.record_remark(station, jansen, session_id, "na sluiting")


# R-TIME-1
def test_after_a_restart_states_and_remaining_times_are_the_same_R_TIME_1(
    station: Station, people, running, clock: ManualClock, data_dir: Path
) -> None:
    session_id, rows = running
    jansen = people["jansen"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, rows["1001"])
    _checked_and_started(station, jansen, session_id, rows["1002"])
    clock.advance(timedelta(minutes=12))
    sessions.pause_candidate(station, jansen, session_id, rows["1002"])
    sessions.apply_extension(
        station,
        jansen,
        session_id,
        rows["1001"],
        30,
        override=sessions.Override(people["secretaris"], "CvTE"),
    )
    storing = sessions.start_storing(station, jansen, session_id, rows["1001"])
    clock.advance(timedelta(minutes=3))
    sessions.end_storing(station, jansen, session_id, rows["1001"], storing.id)
    sessions.grant_compensation(station, jansen, session_id, rows["1001"], storing.id, 3)
    clock.advance(timedelta(minutes=7))
    before = [(r.number, r.clock) for r in sessions.dashboard(station, jansen, session_id)]
    store = station.secrets()  # the same keys: a station reopened with other keys is refused (issue 13)
    station.close()
    clock.restart()  # a new run: the monotonic clock starts afresh; the wall clock goes on
    reopened = open_station(data_dir, clock=clock, secret_store=store)
    try:
        after = [(r.number, r.clock) for r in sessions.dashboard(reopened, jansen, session_id)]
    finally:
        reopened.close()
    assert after == before
    assert [c.state for _, c in after] == [ClockState.RUNNING, ClockState.PAUSED]


# R-ROLE-1
def test_only_the_examensecretaris_plans_sessions_R_ROLE_1(station: Station, people, running) -> None:
    with pytest.raises(PermissionDenied):
        planning.plan_session(
            station,
            people["jansen"],
            planning.PlanRequest("2026-06-12-CK-A", surveillants=[("jansen", True)]),
        )
    with pytest.raises(InvalidInput, match="not a surveillant"):
        planning.plan_session(
            station,
            people["secretaris"],
            planning.PlanRequest("2026-06-12-CK-A", surveillants=[("secretaris", True)]),
        )


# R-TIME-7, R-PV-2 (issue 12)
def test_a_voided_compensation_can_be_granted_again_R_TIME_7_R_PV_2(
    station: Station, people, running, clock: ManualClock
) -> None:
    """Issue 12: void a 10-minute compensation and grant it again; the service, the clock and the
    dialog's storing spans count the same (voided grants are out of every total)."""
    session_id, rows = running
    jansen, candidate = people["jansen"], rows["1002"]
    clock.wall = START
    _checked_and_started(station, jansen, session_id, candidate)
    storing = sessions.start_storing(station, jansen, session_id, candidate)
    clock.advance(timedelta(minutes=10))
    sessions.end_storing(station, jansen, session_id, candidate, storing.id)
    grant = sessions.grant_compensation(station, jansen, session_id, candidate, storing.id, 10)
    sessions.record_correction(
        station, jansen, session_id, grant.id, "voor de verkeerde storing", void=True, candidate_id=candidate
    )
    assert _row(station, jansen, session_id, candidate).clock.compensation == timedelta(0)
    (span,) = sessions.storing_spans(station, session_id, candidate)
    assert span.compensated == timedelta(0) and span.left == timedelta(minutes=10)
    sessions.grant_compensation(station, jansen, session_id, candidate, storing.id, 10)
    assert _row(station, jansen, session_id, candidate).clock.compensation == timedelta(minutes=10)
    (span,) = sessions.storing_spans(station, session_id, candidate)
    assert span.compensated == timedelta(minutes=10) and span.left == timedelta(0)
