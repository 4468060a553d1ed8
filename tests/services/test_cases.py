"""Irregularity cases through the services: the procedure's steps in order, the meldingsnummer of a technical
case, and the tweede zitting with a variant without overlap (R-IRR-1..4, R-ROLE-1, R-PV-2)."""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from examdesk import i18n
from examdesk.core.cases import Channel, FormCompleted, Reported, ResitPlanned, Step
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.services import accounts, cases, catalogue, events, packages, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.errors import InvalidInput, NotFound, PermissionDenied
from examdesk.services.sessions import planning
from examdesk.services.station import Station
from tests.services.sample_package import valid_package

PASSWORD = "correct horse battery"
START = datetime(2026, 6, 12, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam, the group's planned start
GROUP = "2026-06-12-CK-A"
DAY = dt.date(2026, 6, 12)


def package() -> dict[str, Any]:
    """The sample package with three variants; 1001 sat A, 1002 sat B. A CE exam: its cases take the
    Inspectie's path (R-IRR-2); a PE exam's go to DUO (R-IRR-5, test_duo_cases.py)."""
    data = valid_package()
    data["exams"][0]["kind"] = "ce"
    data["exams"][0]["variants"] = [
        {"code": "A", "items": ["K1", "V1", "V2"]},
        {"code": "B", "items": ["V3", "V4", "O1"]},
        {"code": "C", "items": ["V4", "K1"]},
    ]
    data["results"][0]["responses"] = {"K1": "B", "V1": ["A", "C"], "V2": "10.000,00"}
    data["results"].append(
        {
            "candidate": "1002",
            "group": GROUP,
            "exam": "WFT-CK-2026-1",
            "variant": "B",
            "responses": {"V3": {"a": "hoger", "b": "langer"}},
        }
    )
    return data


@pytest.fixture
def people(station: Station, beheerder: SignedIn):
    for name, roles in (("secretaris", {Role.EXAMENSECRETARIS}), ("jansen", {Role.SURVEILLANT})):
        accounts.create_account(station, beheerder, name, name.title(), PASSWORD, frozenset(roles))
    return {name: accounts.sign_in(station, name, PASSWORD) for name in ("secretaris", "jansen")}


@pytest.fixture
def sat(station: Station, people, clock: ManualClock, tmp_path: Path):
    """A closed session of the sample group: 1001 had a storing (meldingsnummer FH-77) and an
    irregularity; 1002 left early, ill; a technical melding about question V2."""
    path = tmp_path / "p.json"
    path.write_text(json.dumps(package()), "utf-8")
    packages.import_package(station, people["secretaris"], path)
    clock.wall = START - timedelta(minutes=10)
    jansen = people["jansen"]
    session_id = planning.plan_session(
        station, people["secretaris"], planning.PlanRequest(GROUP, surveillants=[("jansen", True)])
    )
    planning.start_session(station, jansen, session_id)
    ids = {row.number: row.candidate_id for row in sessions.dashboard(station, jansen, session_id)}
    clock.wall = START
    for candidate in ids.values():
        sessions.record_bsn_check(station, jansen, session_id, candidate, match=True, id_document="passport")
        sessions.start_candidate(station, jansen, session_id, candidate)
    clock.advance(timedelta(minutes=10))
    storing = sessions.start_storing(station, jansen, session_id, ids["1001"], question="V2")
    clock.advance(timedelta(minutes=5))
    sessions.end_storing(station, jansen, session_id, ids["1001"], storing.id, meldingsnummer="FH-77")
    irregularity = sessions.record_irregularity(
        station, jansen, session_id, category="a", description="Telefoon op tafel", candidate_id=ids["1001"]
    )
    melding = sessions.record_melding(
        station,
        jansen,
        session_id,
        kind="werking_examenbank",
        questions=["V2"],
        surveillant_text="Vraag laadde niet",
        meldingsnummer="FH-78",
    )
    ill = sessions.leave_early(station, jansen, session_id, ids["1002"], reason="Misselijk", ill=True)
    clock.advance(timedelta(minutes=20))
    sessions.hand_in(station, jansen, session_id, ids["1001"])
    sessions.close_session(station, jansen, session_id, {"jansen": PASSWORD})
    return {
        "session": session_id,
        "ids": ids,
        "storing": storing.id,
        "irregularity": irregularity.id,
        "melding": melding.id,
        "ill": ill.id,
    }


def _days(clock: ManualClock, days: int) -> dt.date:
    clock.wall = START + timedelta(days=days)
    return DAY + timedelta(days=days)


def _technical_case(station: Station, people, sat) -> int:
    return cases.open_case(
        station,
        people["secretaris"],
        sat["session"],
        candidates=[sat["ids"]["1001"]],
        category="other",
        technical=True,
        description="Computer vastgelopen bij V2",
        source_event=sat["storing"],
    )


def _up_to_decision(station: Station, people, clock: ManualClock, case_id, invalid: dict[int, bool]) -> None:
    secretaris = people["secretaris"]
    cases.record_reported(station, secretaris, case_id, on=_days(clock, 1), channel="phone")
    cases.record_discussed(station, secretaris, case_id, on=_days(clock, 3), decision="Werk ongeldig")
    cases.record_form_completed(station, secretaris, case_id, on=_days(clock, 4), meldingsnummer="FH-77")
    cases.record_decision(
        station, secretaris, case_id, on=_days(clock, 8), invalid=invalid, reference="ISD-1"
    )


def _case_events(station: Station) -> list[events.Event]:
    return events.list_events(station, kinds=cases.CASE_KINDS)


# --- R-ROLE-1 -----------------------------------------------------------------------------------------------


# R-ROLE-1: cases are the examensecretaris's; a surveillant is refused in the service, not only by the screen.
def test_only_the_examensecretaris_handles_cases_R_ROLE_1(station: Station, people, sat) -> None:
    jansen = people["jansen"]
    with pytest.raises(PermissionDenied):
        cases.list_cases(station, jansen)
    with pytest.raises(PermissionDenied):
        cases.open_case(
            station,
            jansen,
            sat["session"],
            candidates=[sat["ids"]["1001"]],
            category="a",
            technical=False,
            description="x",
        )
    case_id = _technical_case(station, people, sat)
    with pytest.raises(PermissionDenied):
        cases.record_reported(station, jansen, case_id, on=DAY, channel="phone")
    with pytest.raises(PermissionDenied):
        cases.case_detail(station, jansen, case_id)


# --- opening -----------------------------------------------------------------------------------------------------


# R-IRR-1, R-IRR-4: the session's irregularity, storing, illness and technical melding can each open a case.
def test_a_session_offers_its_irregularity_storing_illness_and_melding_R_IRR_1_R_IRR_4(
    station: Station, people, sat
) -> None:
    found = {s.event_id: s for s in cases.case_sources(station, people["secretaris"], sat["session"])}
    assert set(found) == {sat["storing"], sat["irregularity"], sat["melding"], sat["ill"]}
    storing = found[sat["storing"]]
    assert storing.origin == "storing" and storing.technical and storing.meldingsnummer == "FH-77"
    assert storing.candidate_ids == (sat["ids"]["1001"],) and storing.question == "V2"
    irregularity = found[sat["irregularity"]]
    assert irregularity.category == "a" and not irregularity.technical
    assert found[sat["ill"]].origin == "illness" and found[sat["ill"]].text == "Misselijk"
    melding = found[sat["melding"]]
    assert melding.technical and melding.meldingsnummer == "FH-78"
    assert set(melding.candidate_ids) == set(sat["ids"].values())  # a collective melding concerns everyone


def test_opening_records_one_event_with_its_category_and_technical_flag_R_IRR_1(
    station: Station, people, sat
) -> None:
    case_id = _technical_case(station, people, sat)
    (event,) = _case_events(station)
    assert event.id == case_id and event.kind == EventKind.CASE_OPENED and event.actor == "secretaris"
    assert event.payload["category"] == "other" and event.payload["technical"] is True
    assert event.payload["origin"] == "storing" and event.payload["meldingsnummer"] == "FH-77"
    detail = cases.case_detail(station, people["secretaris"], case_id)
    assert detail.summary.current is Step.OPENED and detail.summary.next_step is Step.REPORTED
    assert [c.label for c in detail.summary.candidates] == ["Sanne de Vries (1001)"]
    assert detail.summary.candidates[0].masked_bsn == "*****3653"  # R-BSN-6
    assert any(e.id == sat["storing"] for e in detail.related)
    assert "FH-77" in " ".join(i18n.render(m) for m in detail.checklist)


def test_one_entry_opens_one_case(station: Station, people, sat) -> None:
    case_id = _technical_case(station, people, sat)
    with pytest.raises(InvalidInput) as refused:
        _technical_case(station, people, sat)
    assert str(case_id) in i18n.render(refused.value.message)
    (source,) = [
        s
        for s in cases.case_sources(station, people["secretaris"], sat["session"])
        if s.event_id == sat["storing"]
    ]
    assert source.case_id == case_id


def test_opening_is_refused_for_a_stranger_an_unknown_category_or_no_description(
    station: Station, people, sat
) -> None:
    secretaris, session_id = people["secretaris"], sat["session"]
    with pytest.raises(InvalidInput):
        cases.open_case(
            station, secretaris, session_id, candidates=[9999], category="a", technical=False, description="x"
        )
    with pytest.raises(InvalidInput):
        cases.open_case(
            station,
            secretaris,
            session_id,
            candidates=[sat["ids"]["1001"]],
            category="z",
            technical=False,
            description="x",
        )
    with pytest.raises(InvalidInput):
        cases.open_case(
            station,
            secretaris,
            session_id,
            candidates=[sat["ids"]["1001"]],
            category="a",
            technical=False,
            description=" ",
        )
    with pytest.raises(InvalidInput):
        cases.open_case(
            station, secretaris, session_id, candidates=[], category="a", technical=False, description="x"
        )
    with pytest.raises(NotFound):
        cases.open_case(
            station, secretaris, "nosuch", candidates=[1], category="a", technical=False, description="x"
        )
    assert _case_events(station) == []


# --- the steps (R-IRR-2) -----------------------------------------------------------------------------------------


# R-IRR-2
def test_steps_are_recorded_in_order_only_each_as_one_event_R_IRR_2(
    station: Station, people, clock: ManualClock, sat
) -> None:
    secretaris = people["secretaris"]
    case_id = _technical_case(station, people, sat)
    with pytest.raises(InvalidInput) as skipped:
        cases.record_discussed(station, secretaris, case_id, on=_days(clock, 1), decision="x")
    assert "Reported to the Inspectie" in i18n.render(skipped.value.message)
    with pytest.raises(InvalidInput):
        cases.record_decision(
            station, secretaris, case_id, on=_days(clock, 1), invalid={sat["ids"]["1001"]: True}
        )
    assert len(_case_events(station)) == 1
    cases.record_reported(
        station, secretaris, case_id, on=_days(clock, 1), channel="email", note="mail 10:02"
    )
    with pytest.raises(InvalidInput):
        cases.record_reported(station, secretaris, case_id, on=_days(clock, 1), channel="phone")
    cases.record_discussed(station, secretaris, case_id, on=_days(clock, 2), decision="Werk ongeldig")
    kinds = [e.kind for e in _case_events(station)]
    assert kinds == [EventKind.CASE_OPENED, EventKind.CASE_REPORTED, EventKind.CASE_DISCUSSED]
    assert all(e.payload.get("case", e.id) == case_id for e in _case_events(station))
    assert cases.case_detail(station, secretaris, case_id).summary.current is Step.DISCUSSED


def test_a_wrong_channel_or_a_future_date_is_refused_R_IRR_2(
    station: Station, people, clock: ManualClock, sat
) -> None:
    secretaris = people["secretaris"]
    case_id = _technical_case(station, people, sat)
    with pytest.raises(InvalidInput):
        cases.record_reported(station, secretaris, case_id, on=DAY, channel="pigeon")
    with pytest.raises(InvalidInput) as future:
        cases.record_reported(station, secretaris, case_id, on=DAY + timedelta(days=1), channel="phone")
    assert "future" in i18n.render(future.value.message)


# R-IRR-2: the Facet meldingsnummer is mandatory on the form of a technical case.
def test_a_technical_case_is_refused_at_the_form_without_a_meldingsnummer_R_IRR_2(
    station: Station, people, clock: ManualClock, sat
) -> None:
    secretaris = people["secretaris"]
    case_id = _technical_case(station, people, sat)
    cases.record_reported(station, secretaris, case_id, on=_days(clock, 1), channel="phone")
    cases.record_discussed(station, secretaris, case_id, on=_days(clock, 2), decision="Werk ongeldig")
    with pytest.raises(InvalidInput) as refused:
        cases.record_form_completed(station, secretaris, case_id, on=_days(clock, 3), meldingsnummer="  ")
    assert "meldingsnummer" in i18n.render(refused.value.message)
    assert cases.case_detail(station, secretaris, case_id).summary.current is Step.DISCUSSED
    cases.record_form_completed(station, secretaris, case_id, on=_days(clock, 3), meldingsnummer="FH-77")
    assert cases.case_detail(station, secretaris, case_id).summary.current is Step.FORM_COMPLETED


def test_a_case_that_is_not_technical_completes_the_form_without_one_R_IRR_2(
    station: Station, people, clock: ManualClock, sat
) -> None:
    secretaris = people["secretaris"]
    case_id = cases.open_case(
        station,
        secretaris,
        sat["session"],
        candidates=[sat["ids"]["1001"]],
        category="a",
        technical=False,
        description="Telefoon op tafel",
        source_event=sat["irregularity"],
    )
    cases.record_reported(station, secretaris, case_id, on=_days(clock, 1), channel="phone")
    cases.record_discussed(station, secretaris, case_id, on=_days(clock, 2), decision="Werk ongeldig")
    completed = cases.record_form_completed(station, secretaris, case_id, on=_days(clock, 3))
    assert completed.kind == EventKind.CASE_FORM_COMPLETED
    detail = cases.case_detail(station, secretaris, case_id)
    assert not detail.case.opened.technical and detail.summary.current is Step.FORM_COMPLETED
    form = detail.case.steps[Step.FORM_COMPLETED]
    assert isinstance(form, FormCompleted)
    assert form.on == _days(clock, 3) and form.meldingsnummer == ""  # none asked, none stored (R-IRR-2)
    assert detail.case.step_events[Step.FORM_COMPLETED] == completed.id


# R-PV-2 for cases: a wrong entry is corrected by a new event; the history keeps both.
def test_a_wrong_entry_is_corrected_by_a_new_event_R_PV_2(
    station: Station, people, clock: ManualClock, sat
) -> None:
    secretaris = people["secretaris"]
    case_id = _technical_case(station, people, sat)
    reported = cases.record_reported(station, secretaris, case_id, on=_days(clock, 1), channel="phone")
    fixed = Reported(DAY, Channel.EMAIL, "per mail")
    correction = cases.correct_step(station, secretaris, case_id, reported.id, fixed, "Het was een mail")
    assert correction.kind == EventKind.CASE_CORRECTED and correction.corrects_id == reported.id
    detail = cases.case_detail(station, secretaris, case_id)
    assert detail.case.steps[Step.REPORTED] == fixed
    assert [h.event_id for h in detail.history] == [case_id, reported.id, correction.id]
    assert detail.history[-1].reason == "Het was een mail" and detail.history[-1].actor_name == "Secretaris"
    with pytest.raises(InvalidInput):
        cases.correct_step(station, secretaris, case_id, reported.id, fixed, "  ")
    assert events.verify(station).ok


# --- the overview ---------------------------------------------------------------------------------------


def test_the_overview_shows_open_cases_first_with_their_step_and_age(
    station: Station, people, clock: ManualClock, sat
) -> None:
    secretaris = people["secretaris"]
    first = _technical_case(station, people, sat)
    second = cases.open_case(
        station,
        secretaris,
        sat["session"],
        candidates=[sat["ids"]["1002"]],
        category="other",
        technical=False,
        description="Ziek vertrokken",
        source_event=sat["ill"],
    )
    _up_to_decision(station, people, clock, second, {sat["ids"]["1002"]: False})
    _days(clock, 20)
    listed = cases.list_cases(station, secretaris)
    assert [s.id for s in listed] == [first, second]
    assert not listed[0].closed and listed[0].current is Step.OPENED and listed[0].age_days == 20
    assert listed[1].closed and listed[1].current is Step.DECISION_RECEIVED  # no work invalid: done
    assert listed[0].period == (2026, 6) and listed[0].group_code == GROUP
    assert [s.id for s in cases.list_cases(station, secretaris, include_closed=False)] == [first]


# --- the tweede zitting (R-IRR-2, R-IRR-3) --------------------------------------------------------------------


# R-IRR-2: no tweede zitting without an invalidation decision.
def test_a_second_sitting_is_refused_without_an_invalidation_decision_R_IRR_2(
    station: Station, people, clock: ManualClock, sat
) -> None:
    secretaris = people["secretaris"]
    case_id = _technical_case(station, people, sat)
    plan: dict[str, Any] = {
        "variant": "B",
        "date": DAY + timedelta(days=30),
        "start_time": "09:00",
        "surveillants": [("jansen", True)],
    }
    with pytest.raises(InvalidInput):  # the decision has not even come yet
        cases.plan_second_sitting(station, secretaris, case_id, **plan)
    _up_to_decision(station, people, clock, case_id, {sat["ids"]["1001"]: False})
    with pytest.raises(InvalidInput) as refused:
        cases.plan_second_sitting(station, secretaris, case_id, **plan)
    assert "declared invalid" in i18n.render(refused.value.message)
    assert [g.code for g in catalogue.groups(station, secretaris)] == [GROUP]  # nothing written


# R-IRR-2: the planner itself refuses a second sitting for a candidate without an invalidation decision.
def test_planning_a_second_sitting_group_directly_needs_the_decision_R_IRR_2(
    station: Station, people, clock: ManualClock, sat, tmp_path: Path
) -> None:
    secretaris = people["secretaris"]
    data = package()
    second = json.loads(json.dumps(data["groups"][0]))
    second.update(code="2026-07-01-CK-A-2", date="2026-07-01", second_sitting_of=GROUP)
    second["candidates"] = second["candidates"][:1]
    path = tmp_path / "second.json"
    path.write_text(json.dumps({"format": "examdesk-package", "version": 1, "groups": [second]}), "utf-8")
    packages.import_package(station, secretaris, path)
    with pytest.raises(InvalidInput) as refused:
        planning.plan_session(
            station,
            secretaris,
            planning.PlanRequest(
                "2026-07-01-CK-A-2",
                surveillants=[("jansen", True)],
                variant="B",
                second_sitting_of=sat["session"],
            ),
        )
    assert "Sanne de Vries (1001)" in i18n.render(refused.value.message)
    case_id = _technical_case(station, people, sat)
    _up_to_decision(station, people, clock, case_id, {sat["ids"]["1001"]: True})
    planned = planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(
            "2026-07-01-CK-A-2",
            surveillants=[("jansen", True)],
            variant="B",
            second_sitting_of=sat["session"],
        ),
    )
    (event,) = events.list_events(station, session_id=planned, kinds=(EventKind.SESSION_PLANNED,))
    assert event.payload["second_sitting_of"] == sat["session"] and event.payload["variant"] == "B"
    with pytest.raises(InvalidInput):  # a group that is no second sitting of the first session's group
        planning.plan_session(
            station,
            secretaris,
            planning.PlanRequest(
                GROUP, surveillants=[("jansen", True)], variant="B", second_sitting_of=sat["session"]
            ),
        )


# R-IRR-3: an overlapping variant is refused, naming the shared items; nothing is written.
def test_a_second_sitting_with_an_overlapping_variant_is_refused_naming_the_shared_items_R_IRR_3(
    station: Station, people, clock: ManualClock, sat
) -> None:
    secretaris = people["secretaris"]
    case_id = _technical_case(station, people, sat)
    _up_to_decision(station, people, clock, case_id, {sat["ids"]["1001"]: True})
    options = cases.second_sitting_options(station, secretaris, case_id)
    assert [c.variant_sat for c in options.candidates] == ["A"]
    assert {v.code: v.shared for v in options.variants} == {"A": ("K1", "V1", "V2"), "B": (), "C": ("K1",)}
    plan: dict[str, Any] = {
        "date": DAY + timedelta(days=30),
        "start_time": "13:30",
        "surveillants": [("jansen", True)],
    }
    for variant, shared in (("A", "K1, V1, V2"), ("C", "K1")):
        with pytest.raises(InvalidInput) as refused:
            cases.plan_second_sitting(station, secretaris, case_id, variant=variant, **plan)
        text = i18n.render(refused.value.message)
        assert shared in text and "Sanne de Vries (1001)" in text and "variant A" in text
    assert [g.code for g in catalogue.groups(station, secretaris)] == [GROUP]
    assert len(sessions.list_sessions(station)) == 1
    with pytest.raises(InvalidInput):
        cases.plan_second_sitting(station, secretaris, case_id, variant="Q", **plan)


# R-IRR-2, R-IRR-3: the whole way, from the report to a planned tweede zitting.
def test_a_technical_case_ends_in_a_flagged_linked_second_sitting_R_IRR_2_R_IRR_3(
    station: Station, people, clock: ManualClock, sat
) -> None:
    secretaris = people["secretaris"]
    case_id = _technical_case(station, people, sat)
    ids = sat["ids"]
    _up_to_decision(station, people, clock, case_id, {ids["1001"]: True})
    new_session = cases.plan_second_sitting(
        station,
        secretaris,
        case_id,
        variant="B",
        date=DAY + timedelta(days=30),
        start_time="13:30",
        surveillants=[("jansen", True)],
        room="Lokaal 0.01",
    )
    group = next(g for g in catalogue.groups(station, secretaris) if g.code != GROUP)
    assert group.second_sitting_of == GROUP and group.code == GROUP + "-2Z" and group.candidate_count == 1
    roster = catalogue.roster(station, secretaris, group.code)
    assert [(r.number, r.name, r.masked_bsn) for r in roster] == [("1001", "Sanne de Vries", "*****3653")]
    summary = next(s for s in sessions.list_sessions(station) if s.id == new_session)
    assert (
        summary.date == DAY + timedelta(days=30)
        and summary.start_time == "13:30"
        and summary.room == "Lokaal 0.01"
    )
    (planned,) = events.list_events(station, session_id=new_session, kinds=(EventKind.SESSION_PLANNED,))
    assert planned.payload["second_sitting_of"] == sat["session"] and planned.payload["variant"] == "B"
    detail = cases.case_detail(station, secretaris, case_id)
    assert detail.summary.closed and detail.summary.current is Step.RESIT_PLANNED
    resit = detail.case.steps[Step.RESIT_PLANNED]
    assert isinstance(resit, ResitPlanned)
    assert resit.session_id == new_session and resit.group == group.code and resit.variant == "B"
    assert [e.kind for e in _case_events(station)] == [
        EventKind.CASE_OPENED,
        EventKind.CASE_REPORTED,
        EventKind.CASE_DISCUSSED,
        EventKind.CASE_FORM_COMPLETED,
        EventKind.CASE_DECISION_RECEIVED,
        EventKind.CASE_RESIT_PLANNED,
    ]
    with pytest.raises(InvalidInput):
        cases.plan_second_sitting(
            station,
            secretaris,
            case_id,
            variant="B",
            date=DAY + timedelta(days=31),
            start_time="09:00",
            surveillants=[("jansen", True)],
        )
    assert events.verify(station).ok


def test_a_variant_not_known_is_said_so_before_planning(
    station: Station, people, clock: ManualClock, sat, tmp_path: Path
) -> None:
    """1003 has no result, and the session fixed no variant: the planner cannot check overlap, and says so."""
    secretaris = people["secretaris"]
    data = package()
    data["groups"][0]["candidates"].append({"number": "1003", "name": "Lotte Bakker", "bsn": "999992077"})
    # The roster gains 1003 for a fresh session; its candidate left ill and has no result.
    path = tmp_path / "more.json"
    path.write_text(
        json.dumps({"format": "examdesk-package", "version": 1, "groups": data["groups"]}), "utf-8"
    )
    packages.import_package(station, secretaris, path)
    roster = {r.number: r.candidate_id for r in catalogue.roster(station, secretaris, GROUP)}
    case_id = cases.open_case(
        station,
        secretaris,
        sat["session"],
        candidates=[roster["1003"]],
        category="other",
        technical=False,
        description="Na de zitting gemeld",
    )
    _up_to_decision(station, people, clock, case_id, {roster["1003"]: True})
    options = cases.second_sitting_options(station, secretaris, case_id)
    assert options.unknown_variant == ("Lotte Bakker (1003)",)
    with pytest.raises(InvalidInput) as refused:
        cases.plan_second_sitting(
            station,
            secretaris,
            case_id,
            variant="B",
            date=DAY + timedelta(days=30),
            start_time="09:00",
            surveillants=[("jansen", True)],
        )
    assert "Lotte Bakker (1003)" in i18n.render(refused.value.message)


def test_a_plain_session_may_fix_its_variant_and_an_unknown_one_is_refused(
    station: Station, people, tmp_path: Path
) -> None:
    # Before anyone handed in: planning the group again after a sitting is R-IRR-2's (see test_planning.py).
    secretaris = people["secretaris"]
    path = tmp_path / "p.json"
    path.write_text(json.dumps(package()), "utf-8")
    packages.import_package(station, secretaris, path)
    with pytest.raises(InvalidInput):
        planning.plan_session(
            station, secretaris, planning.PlanRequest(GROUP, surveillants=[("jansen", True)], variant="Z")
        )
    planned = planning.plan_session(
        station, secretaris, planning.PlanRequest(GROUP, surveillants=[("jansen", True)], variant="C")
    )
    (event,) = events.list_events(station, session_id=planned, kinds=(EventKind.SESSION_PLANNED,))
    assert event.payload["variant"] == "C" and "second_sitting_of" not in event.payload
