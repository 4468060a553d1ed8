"""Planning and starting sessions, domain rules v2 (R-SES-2..5, R-IRR-2, R-ROLE-1), and who may act in a
session (issue 13 finding 7). Each test names the rule it proves; each failed on the version-1 code."""

from __future__ import annotations

import copy
import datetime as dt
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from examdesk import i18n
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.services import accounts, events, packages, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.errors import InvalidInput, PermissionDenied
from examdesk.services.packages import PackageRefused
from examdesk.services.sessions import planning
from examdesk.services.station import Station
from tests.services.sample_package import valid_package

PASSWORD = "correct horse battery"
START = datetime(2026, 6, 12, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam
GROUP = "2026-06-12-CK-A"
DAY = dt.date(2026, 6, 12)


@pytest.fixture
def people(station: Station, beheerder: SignedIn):
    for name, roles in (
        ("secretaris", {Role.EXAMENSECRETARIS}),
        ("jansen", {Role.SURVEILLANT}),
        ("bakker", {Role.SURVEILLANT}),
        ("smit", {Role.SURVEILLANT}),
    ):
        accounts.create_account(station, beheerder, name, name.title(), PASSWORD, frozenset(roles))
    return {n: accounts.sign_in(station, n, PASSWORD) for n in ("secretaris", "jansen", "bakker", "smit")}


def _group(
    code: str, date: str, start: str, kind: str = "school", exam: str = "WFT-CK-2026-1"
) -> dict[str, Any]:
    group: dict[str, Any] = copy.deepcopy(valid_package()["groups"][0])
    group.update(
        code=code, date=date, start_time=start, exam=exam, location={"kind": kind, "room": "Kamer 4"}
    )
    return group


def _import(station: Station, actor, tmp_path: Path, groups=(), exams=(), name="p.json") -> None:
    data = valid_package()
    data.pop("results")
    data["groups"] += list(groups)
    data["exams"] += list(exams)
    path = tmp_path / name
    path.write_text(json.dumps(data), "utf-8")
    packages.import_package(station, actor, path)


@pytest.fixture
def school(station: Station, people, clock: ManualClock, tmp_path: Path):
    """The sample group planned at school at 09:00 and a hospital group of the same exam; the clock at 08:50."""
    _import(station, people["secretaris"], tmp_path, [_group("H-13", "2026-06-12", "13:00", "hospital")])
    clock.wall = START - timedelta(minutes=10)
    return planning.plan_session(
        station, people["secretaris"], planning.PlanRequest(GROUP, surveillants=[("jansen", True)])
    )


def _render(error: Any) -> str:
    return i18n.render(error.value.message)


# R-SES-2, R-SES-3 (issue 14 finding 4)
def test_a_hospital_session_at_another_time_cannot_start_without_permission_and_quarantine_R_SES_2_R_SES_3(
    station: Station, people, school
) -> None:
    secretaris = people["secretaris"]
    bare = planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(
            "H-13", surveillants=[("bakker", True), ("smit", False)], date=dt.date(2026, 6, 12)
        ),
    )
    check = planning.start_check(station, secretaris, bare)
    assert not check.simultaneous and len(check.missing) == 4
    with pytest.raises(InvalidInput) as refused:
        planning.start_session(station, people["bakker"], bare)
    text = _render(refused)
    assert "consultation with the Inspectie" in text and "permission reference" in text
    assert "2026-06-12 09:00" in text  # the school's sitting it was compared with
    assert "quarantine" in text and "reported to the Inspectie" in text
    assert not events.list_events(station, session_id=bare, kinds=(EventKind.SESSION_STARTED,))
    complete = planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(
            "H-13",
            surveillants=[("bakker", True), ("smit", False)],
            consulted_on=dt.date(2026, 5, 20),
            permission_reference="INS-2026-0412",
            quarantine=True,
            quarantine_reported_on=dt.date(2026, 5, 21),
        ),
    )
    assert planning.start_check(station, secretaris, complete).ready
    planning.start_session(station, people["bakker"], complete)
    (planned,) = events.list_events(station, session_id=complete, kinds=(EventKind.SESSION_PLANNED,))
    assert planned.payload["quarantine"] is True and planned.payload["quarantine_reported_on"] == "2026-05-21"
    assert planned.payload["simultaneous"] is False


# R-SES-2
def test_off_site_needs_consultation_two_surveillants_and_a_qualified_teacher_R_SES_2(
    station: Station, people, school
) -> None:
    secretaris = people["secretaris"]
    alone = planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(
            "H-13", surveillants=[("bakker", False)], start_time="09:00", date=dt.date(2026, 6, 12)
        ),
    )
    missing = [i18n.render(m) for m in planning.start_check(station, secretaris, alone).missing]
    assert (
        len(missing) == 3
    )  # consultation, a second surveillant, a qualified teacher; simultaneous: no permission
    assert planning.start_check(station, secretaris, alone).simultaneous
    with pytest.raises(InvalidInput, match="at least two surveillants"):
        planning.start_session(station, people["bakker"], alone)
    pair = planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(
            "H-13",
            surveillants=[("bakker", False), ("smit", True)],
            start_time="09:00",
            consulted_on=dt.date(2026, 5, 20),
        ),
    )
    planning.start_session(station, people["smit"], pair)  # simultaneous: no permission, no quarantine needed


# R-SES-2: simultaneous is computed from the group's school_sitting when the school's session is elsewhere
def test_simultaneous_is_computed_from_the_groups_school_sitting_R_SES_2(
    station: Station, people, clock: ManualClock, tmp_path: Path
) -> None:
    home = _group("HOME-1", "2026-06-12", "09:00", "home")
    home["candidates"] = [{"number": "2001", "name": "Daan Visser", "bsn": "999990482"}]
    home["school_sitting"] = {"date": "2026-06-12", "start_time": "09:00"}
    home["inspectie"] = {"consulted_on": "2026-05-20"}
    late = _group("HOME-2", "2026-06-12", "11:00", "home")
    late["candidates"] = [{"number": "2002", "name": "Sem de Boer", "bsn": "999990408"}]
    late["school_sitting"] = {"date": "2026-06-12", "start_time": "09:00"}
    late["inspectie"] = {"consulted_on": "2026-05-20", "permission_reference": "INS-9"}
    late["quarantine"] = {"reported_on": "2026-05-21"}
    _import(station, people["secretaris"], tmp_path, [home, late])
    clock.wall = START - timedelta(minutes=10)
    pair = [("bakker", True), ("smit", False)]
    first = planning.plan_session(
        station, people["secretaris"], planning.PlanRequest("HOME-1", surveillants=pair)
    )
    assert planning.start_check(station, people["secretaris"], first).simultaneous
    planning.start_session(station, people["bakker"], first)
    second = planning.plan_session(
        station,
        people["secretaris"],
        planning.PlanRequest("HOME-2", surveillants=[("jansen", True), ("smit", False)]),
    )
    check = planning.start_check(station, people["secretaris"], second)
    assert not check.simultaneous and check.ready  # the group's permission and quarantine stand
    planning.start_session(station, people["jansen"], second)


# R-SES-2: the examensecretaris may override with a reason, recorded as its own event
def test_the_examensecretaris_overrides_an_off_site_refusal_with_a_reason_R_SES_2(
    station: Station, people, school
) -> None:
    secretaris = people["secretaris"]
    bare = planning.plan_session(
        station, secretaris, planning.PlanRequest("H-13", surveillants=[("bakker", True), ("smit", False)])
    )
    with pytest.raises(InvalidInput):
        planning.start_session(station, people["bakker"], bare, override_reason="Inspectie belde")
    planning.start_session(station, secretaris, bare, override_reason="Toestemming telefonisch, brief volgt")
    found = events.list_events(station, session_id=bare, kinds=(EventKind.RULE_OVERRIDDEN,))
    assert [o.payload["rule"] for o in found] == ["R-SES-2", "R-SES-3"]
    assert all(o.actor == "secretaris" and "brief volgt" in o.payload["reason"] for o in found)
    assert "permission reference" in found[0].payload["refusal"]


def _other_exams() -> list[dict[str, Any]]:
    other = {**valid_package()["exams"][0], "code": "WFT-HYP-2026-1", "title": "Hypothecair krediet"}
    third = {**valid_package()["exams"][0], "code": "WFT-SCH-2026-1", "title": "Schade particulier"}
    return [other, third]


def _three_groups(station: Station, people, tmp_path: Path) -> None:
    """Two sittings on 12 June (the sample group at 09:00 and HYP-A at 13:00) and SCH-A on 13 June: a package
    may not put a third on one day (R-SES-3 at import), so planning makes it one by moving SCH-A's date."""
    _import(
        station,
        people["secretaris"],
        tmp_path,
        [
            _group("HYP-A", "2026-06-12", "13:00", exam="WFT-HYP-2026-1"),
            _group("SCH-A", "2026-06-13", "16:00", exam="WFT-SCH-2026-1"),
        ],
        _other_exams(),
    )


# R-SES-3 (issue 14 finding 14)
def test_a_third_sitting_the_same_day_is_refused_naming_the_other_two_R_SES_3(
    station: Station, people, clock: ManualClock, tmp_path: Path
) -> None:
    _three_groups(station, people, tmp_path)
    secretaris = people["secretaris"]
    clock.wall = START - timedelta(hours=2)
    planning.plan_session(station, secretaris, planning.PlanRequest(GROUP, surveillants=[("jansen", True)]))
    planning.plan_session(station, secretaris, planning.PlanRequest("HYP-A", surveillants=[("jansen", True)]))
    assert planning.planning_refusals(station, secretaris, "SCH-A") == []  # on its own date, 13 June
    assert len(planning.planning_refusals(station, secretaris, "SCH-A", DAY)) == 2
    with pytest.raises(InvalidInput) as refused:
        planning.plan_session(
            station, secretaris, planning.PlanRequest("SCH-A", surveillants=[("jansen", True)], date=DAY)
        )
    text = _render(refused)
    assert "Sanne de Vries (1001) already sits two exams on 2026-06-12" in text
    assert "2026-06-12-CK-A" in text and "HYP-A" in text
    assert len(events.list_events(station, kinds=(EventKind.SESSION_PLANNED,))) == 2  # nothing written
    planned = planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(
            "SCH-A", surveillants=[("jansen", True)], date=DAY, override_reason="Herkansing op verzoek"
        ),
    )
    found = events.list_events(station, session_id=planned, kinds=(EventKind.RULE_OVERRIDDEN,))
    assert [(o.payload["rule"], o.candidate_id is not None) for o in found] == [("R-SES-3", True)] * 2


# R-SES-3: at roster import too
def test_a_roster_that_makes_a_third_sitting_is_refused_at_import_R_SES_3(
    station: Station, people, clock: ManualClock, tmp_path: Path
) -> None:
    _three_groups(station, people, tmp_path)
    secretaris = people["secretaris"]
    lone = _group("SCH-B", "2026-06-12", "16:00", exam="WFT-SCH-2026-1")
    lone["candidates"] = []
    _import(station, secretaris, tmp_path, [lone], name="lone.json")
    roster = tmp_path / "r.csv"
    roster.write_text("number;name;bsn;accommodations\n1001;Sanne de Vries;999993653;\n", "utf-8")
    with pytest.raises(PackageRefused) as refused:
        packages.import_roster(station, secretaris, "SCH-B", roster)
    (problem,) = refused.value.problems
    assert problem.path == "row 2" and "already sits two exams" in i18n.render(problem.message)


# R-SES-3 at package import: the package's groups are rosters too (issue 14 finding 14)
def test_a_package_whose_groups_make_a_third_sitting_is_refused_at_its_paths_R_SES_3(
    station: Station, people, tmp_path: Path
) -> None:
    data = valid_package()
    data["exams"] += _other_exams()
    data["groups"] += [
        _group("SCH-A", "2026-06-12", "16:00", exam="WFT-SCH-2026-1"),
        _group("HYP-A", "2026-06-12", "13:00", exam="WFT-HYP-2026-1"),
    ]
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(station, people["secretaris"], path)
    # Only the third sitting of the day (SCH-A at 16:00, groups[1]) is refused, for each of its candidates.
    assert [p.path for p in refused.value.problems] == ["groups[1].candidates[0]", "groups[1].candidates[1]"]
    text = i18n.render(refused.value.problems[0].message)
    assert "Sanne de Vries (1001) already sits two exams on 2026-06-12" in text
    assert "2026-06-12-CK-A" in text and "HYP-A" in text
    assert planning.plannable_groups(station, people["secretaris"]) == []  # nothing written
    assert not events.list_events(station, kinds=(EventKind.PACKAGE_IMPORTED,))


# R-SES-3 at package import: against the groups already on the station
def test_a_package_adding_a_third_sitting_to_the_station_is_refused_R_SES_3(
    station: Station, people, tmp_path: Path
) -> None:
    _import(station, people["secretaris"], tmp_path, [_group("HYP-A", "2026-06-12", "13:00")])
    data = valid_package()
    data.pop("results")
    data["exams"] = _other_exams()[1:]
    data["groups"] = [_group("SCH-A", "2026-06-12", "08:00", exam="WFT-SCH-2026-1")]
    data["groups"][0]["candidates"] = data["groups"][0]["candidates"][1:]  # Ahmed Yilmaz only
    path = tmp_path / "later.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(station, people["secretaris"], path)
    (problem,) = refused.value.problems
    assert problem.path == "groups[0].candidates[0]"
    assert "Ahmed Yilmaz (1002) already sits two exams" in i18n.render(problem.message)
    assert "SCH-A" not in {g.code for g in planning.plannable_groups(station, people["secretaris"])}


# R-SES-4 at package import
def test_a_package_with_a_pe_qualification_again_within_four_months_is_refused_R_SES_4(
    station: Station, people, tmp_path: Path
) -> None:
    exam = valid_package()["exams"][0]
    data = valid_package()
    data["exams"] = [
        {**exam, "qualification": "Wft Consumptief Krediet"},
        {**exam, "code": "WFT-CK-2026-2", "qualification": "Wft Consumptief Krediet"},
    ]
    data["groups"].append(_group("CK-SEP", "2026-09-01", "09:00", exam="WFT-CK-2026-2"))
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(station, people["secretaris"], path)
    # Sanne has a result of 12 June (a counted sitting); Ahmed has none, so his September sitting stands.
    (problem,) = refused.value.problems
    assert problem.path == "groups[1].candidates[0]"
    text = i18n.render(problem.message)
    assert "Sanne de Vries (1001) sat Wft Consumptief Krediet on 2026-06-12" in text
    assert "allowed from 2026-10-12" in text
    assert planning.plannable_groups(station, people["secretaris"]) == []  # nothing written
    data["groups"][1]["date"] = "2026-10-12"  # from the same day four months later (R-SES-4)
    path.write_text(json.dumps(data), "utf-8")
    packages.import_package(station, people["secretaris"], path)


# R-SES-4, R-IRR-2: a tweede zitting's first sitting does not count against it at import
def test_a_second_sitting_in_a_package_is_not_refused_for_its_first_R_SES_4_R_IRR_2(
    station: Station, people, tmp_path: Path
) -> None:
    data = valid_package()
    data["exams"][0]["qualification"] = "Wft Consumptief Krediet"
    second = _group("CK-2E", "2026-07-01", "09:00")
    second["second_sitting_of"] = GROUP
    data["groups"].append(second)
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), "utf-8")
    report = packages.import_package(station, people["secretaris"], path)
    assert report.added["groups"] == 2


# R-SES-4
def test_a_pe_qualification_is_sat_at_most_once_per_four_months_R_SES_4(
    station: Station, people, clock: ManualClock, tmp_path: Path
) -> None:
    exam = valid_package()["exams"][0]
    first = {**exam, "qualification": "Wft Consumptief Krediet"}
    later = {**exam, "code": "WFT-CK-2026-2", "qualification": "Wft Consumptief Krediet"}
    data = valid_package()
    data["exams"] = [first, later]
    data["groups"] += [
        # Dated after the four months (a package may not break R-SES-4 at import); planned earlier below.
        _group("CK-SEP", "2026-10-20", "09:00", exam="WFT-CK-2026-2"),
        _group("CK-OKT", "2026-10-12", "09:00", exam="WFT-CK-2026-2"),
    ]
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), "utf-8")
    packages.import_package(station, people["secretaris"], path)  # the results count as sittings of 12 June
    clock.wall = START - timedelta(days=1)
    with pytest.raises(InvalidInput) as refused:
        planning.plan_session(
            station,
            people["secretaris"],
            planning.PlanRequest("CK-SEP", surveillants=[("jansen", True)], date=dt.date(2026, 9, 1)),
        )
    text = _render(refused)
    assert "Sanne de Vries (1001) sat Wft Consumptief Krediet on 2026-06-12" in text
    assert "allowed from 2026-10-12" in text
    planning.plan_session(
        station, people["secretaris"], planning.PlanRequest("CK-OKT", surveillants=[("jansen", True)])
    )


# R-SES-5
def test_only_a_planned_surveillant_or_the_examensecretaris_starts_a_session_R_SES_5(
    station: Station, people, school
) -> None:
    with pytest.raises(PermissionDenied, match="not planned on this session"):
        planning.start_session(station, people["bakker"], school)
    assert not events.list_events(station, session_id=school, kinds=(EventKind.SESSION_STARTED,))
    planning.start_session(station, people["secretaris"], school)


# R-SES-5
def test_a_session_of_another_day_starts_only_with_a_confirmed_reason_R_SES_5(
    station: Station, people, school, clock: ManualClock
) -> None:
    clock.wall = START - timedelta(days=1)
    with pytest.raises(InvalidInput, match="planned for 2026-06-12, not today"):
        planning.start_session(station, people["jansen"], school)
    planning.start_session(station, people["jansen"], school, other_day_reason="Generale repetitie")
    (confirmed,) = events.list_events(
        station, session_id=school, kinds=(EventKind.SESSION_OTHER_DAY_CONFIRMED,)
    )
    assert confirmed.payload["reason"] == "Generale repetitie" and confirmed.actor == "jansen"


# R-SES-5
def test_past_and_running_groups_are_not_offered_and_a_surveillant_twice_is_a_sentence_R_SES_5(
    station: Station, people, school, clock: ManualClock
) -> None:
    secretaris = people["secretaris"]
    assert {g.code for g in planning.plannable_groups(station, secretaris)} == {GROUP, "H-13"}
    planning.start_session(station, people["jansen"], school)
    assert {g.code for g in planning.plannable_groups(station, secretaris)} == {"H-13"}
    clock.wall = START + timedelta(days=1)
    assert planning.plannable_groups(station, secretaris) == []
    with pytest.raises(InvalidInput, match="jansen is planned twice"):
        planning.plan_session(
            station,
            secretaris,
            planning.PlanRequest("H-13", surveillants=[("jansen", True), ("jansen", False)]),
        )


# R-IRR-2 (issue 14 finding 2)
def test_a_group_is_not_planned_again_for_candidates_who_handed_in_R_IRR_2(
    station: Station, people, school, clock: ManualClock
) -> None:
    jansen = people["jansen"]
    planning.start_session(station, jansen, school)
    ids = {row.number: row.candidate_id for row in sessions.dashboard(station, jansen, school)}
    clock.wall = START + timedelta(minutes=1)
    sessions.record_bsn_check(station, jansen, school, ids["1001"], match=True, id_document="passport")
    sessions.start_candidate(station, jansen, school, ids["1001"])
    sessions.hand_in(station, jansen, school, ids["1001"])
    with pytest.raises(InvalidInput) as refused:
        planning.plan_session(
            station,
            people["secretaris"],
            planning.PlanRequest(GROUP, surveillants=[("bakker", True)], override_reason="toch"),
        )
    assert "Sanne de Vries (1001) already handed in WFT-CK-2026-1" in _render(refused)


# R-IRR-2 (issue 14 finding 2)
def test_a_group_marked_as_second_sitting_is_not_planned_as_a_plain_session_R_IRR_2(
    station: Station, people, clock: ManualClock, tmp_path: Path
) -> None:
    resit = _group("CK-RESIT", "2026-07-01", "09:00")
    resit["second_sitting_of"] = GROUP
    _import(station, people["secretaris"], tmp_path, [resit])
    with pytest.raises(InvalidInput, match="marked as a second sitting of 2026-06-12-CK-A"):
        planning.plan_session(
            station, people["secretaris"], planning.PlanRequest("CK-RESIT", surveillants=[("jansen", True)])
        )


# Issue 13 finding 7: assignment is enforced in every session action
def test_a_surveillant_not_planned_on_a_session_cannot_act_in_it(station: Station, people, school) -> None:
    jansen, bakker = people["jansen"], people["bakker"]
    planning.start_session(station, jansen, school)
    candidate = sessions.dashboard(station, jansen, school)[0].candidate_id
    for act in (
        lambda: sessions.dashboard(station, bakker, school),
        lambda: sessions.bsn_for_check(station, bakker, school, candidate),
        lambda: sessions.record_bsn_check(
            station, bakker, school, candidate, match=True, id_document="passport"
        ),
        lambda: sessions.record_remark(station, bakker, school, "Ik kijk even mee"),
        lambda: sessions.pause_candidate(station, bakker, school, candidate),
        lambda: sessions.close_session(station, bakker, school, {}),
    ):
        with pytest.raises(PermissionDenied, match="bakker is not planned on this session"):
            act()
    assert not events.list_events(station, session_id=school, kinds=(EventKind.REMARK, EventKind.BSN_CHECKED))


# Issue 13 finding 7: reading a full BSN is an event; not for a surveillant once the session is closed
def test_reading_a_full_bsn_is_recorded_and_closed_sessions_keep_it_from_surveillants(
    station: Station, people, school, clock: ManualClock
) -> None:
    jansen = people["jansen"]
    planning.start_session(station, jansen, school)
    ids = {row.number: row.candidate_id for row in sessions.dashboard(station, jansen, school)}
    grouped, _, _ = sessions.bsn_for_check(station, jansen, school, ids["1001"])
    assert grouped == "9999 93 653"
    (read,) = events.list_events(station, session_id=school, kinds=(EventKind.BSN_READ,))
    assert read.actor == "jansen" and read.candidate_id == ids["1001"]
    for candidate in ids.values():
        sessions.mark_absent(station, jansen, school, candidate)
    sessions.close_session(station, jansen, school, {"jansen": PASSWORD})
    with pytest.raises(PermissionDenied, match="session is closed"):
        sessions.bsn_for_check(station, jansen, school, ids["1001"])
    sessions.bsn_for_check(station, people["secretaris"], school, ids["1001"])
    assert len(events.list_events(station, session_id=school, kinds=(EventKind.BSN_READ,))) == 2


# Issue 13 finding 7: the examensecretaris's roster read of a full BSN is recorded too
def test_the_roster_read_of_a_full_bsn_is_recorded(station: Station, people, school) -> None:
    from examdesk.services import catalogue

    assert catalogue.full_bsn(station, people["secretaris"], GROUP, "1001") == "999993653"
    (read,) = events.list_events(station, kinds=(EventKind.BSN_READ,))
    assert read.actor == "secretaris" and read.payload["purpose"] == "roster"
    with pytest.raises(PermissionDenied):
        catalogue.full_bsn(station, people["jansen"], GROUP, "1001")


# Issue 12 #5: one planning request and one function, in its own transaction or in the caller's.
def test_one_plan_session_plans_in_the_callers_transaction_and_rolls_back_with_it(
    station, people, clock, tmp_path
) -> None:
    from examdesk.store.db import transaction

    _import(station, people["secretaris"], tmp_path)
    clock.wall = START - timedelta(minutes=10)
    request = planning.PlanRequest(GROUP, surveillants=[("jansen", True)], room="Aula")
    with pytest.raises(RuntimeError), transaction(station.engine) as session:
        assert planning.plan_session(station, people["secretaris"], request, session=session)
        raise RuntimeError("the caller's work fails after planning")
    assert not events.list_events(station, kinds=(EventKind.SESSION_PLANNED,))  # rolled back with it
    planned = planning.plan_session(station, people["secretaris"], request)
    (event,) = events.list_events(station, session_id=planned, kinds=(EventKind.SESSION_PLANNED,))
    assert event.payload["room"] == "Aula" and event.payload["surveillants"] == ["jansen"]
    assert not hasattr(planning, "plan_session_in")
    with pytest.raises(AttributeError):
        request.room = "Kamer 4"  # type: ignore[misc]
