"""Domain rules version 2 for inzage through the services: appointments (R-INZ-3, R-INZ-6), an inzage that
survives a crash (R-INZ-7), the proces-verbaal of the result's own sitting (R-PV-5), question numbers as the
candidate saw them (R-INZ-9) and a VOV made during an inzage (R-VOV-4)."""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from examdesk.core.appointments import AppointmentState
from examdesk.core.eventkinds import EventKind
from examdesk.core.inspection import Refusal
from examdesk.services import appointments, events, inspection, inzage_sessions, sessions
from examdesk.services.errors import InvalidInput
from examdesk.services.sessions import planning
from tests import raw_db
from tests.demo_station import PE_GROUP, PE_MORNING, candidate_id, demo_actor

AMSTERDAM_10 = timedelta(hours=8)  # 10:00 in Amsterdam in summer, from midnight UTC


@pytest.fixture
def secretaris(demo_station: Any) -> Any:
    return demo_actor(demo_station, "secretaris")


def _at(day: dt.date, hour: int = 10) -> datetime:
    return datetime.combine(day, dt.time(hour - 2), tzinfo=UTC)  # summer: Amsterdam is UTC+2


def _event_count(station: Any) -> int:
    with raw_db.connect(station) as connection:
        count: int = connection.execute("SELECT count(*) FROM event").fetchone()[0]
    return count


def _noor(station: Any, actor: Any) -> int:
    return candidate_id(inspection.group_results(station, actor, PE_GROUP), "2003")


def _start_pe(station: Any, actor: Any, who: int) -> inspection.InzageSession:
    inspection.record_bsn_check(station, actor, who, match=True, id_document="passport")
    return inzage_sessions.start_inzage(station, actor, who, supervisor_present=True)


# --- R-INZ-3, R-INZ-6: by appointment ----------------------------------------------------------------------


def test_r_inz_3_the_14_days_bound_the_request_not_the_inzage(
    demo_station: Any, demo_clock: Any, secretaris: Any
) -> None:
    """Issue 14 #5: result mail 13 June, grade 4, requested on 20 June, inzage on 3 July: allowed."""
    noor = _noor(demo_station, secretaris)
    demo_clock.set_wall(_at(dt.date(2026, 6, 20)))
    booked = appointments.book(
        demo_station, secretaris, noor, requested_on=dt.date(2026, 6, 20), on=dt.date(2026, 7, 3), at="10:30"
    )
    demo_clock.set_wall(_at(dt.date(2026, 7, 3)))
    row = next(
        r
        for r in inspection.group_results(demo_station, secretaris, PE_GROUP).candidates
        if r.number == "2003"
    )
    assert row.eligibility.allowed, row.eligibility.explanation
    assert row.eligibility.until == dt.date(2026, 6, 27) and row.appointment == dt.date(2026, 7, 3)
    started = _start_pe(demo_station, secretaris, noor)
    (entry,) = [
        e for e in inzage_sessions.inzage_log(demo_station, secretaris, PE_GROUP) if e.inzage_id == started.id
    ]
    assert entry.appointment == booked.id
    (listed,) = appointments.appointments(demo_station, secretaris, dt.date(2026, 7, 3))
    assert (
        listed.id == booked.id
        and listed.state is AppointmentState.HELD
        and listed.requested_on == dt.date(2026, 6, 20)
    )


def test_r_inz_3_a_request_after_the_14_days_is_refused_and_writes_nothing(
    demo_station: Any, demo_clock: Any, secretaris: Any
) -> None:
    noor = _noor(demo_station, secretaris)
    demo_clock.set_wall(_at(dt.date(2026, 6, 28)))
    before = _event_count(demo_station)
    with pytest.raises(InvalidInput) as refused:
        appointments.book(
            demo_station, secretaris, noor, requested_on=dt.date(2026, 6, 28), on=dt.date(2026, 7, 3)
        )
    assert "had to be requested within 14 days" in str(refused.value.message)
    assert _event_count(demo_station) == before
    # Without an appointment the inzage is refused after the request period, as before.
    row = next(
        r
        for r in inspection.group_results(demo_station, secretaris, PE_GROUP).candidates
        if r.number == "2003"
    )
    assert row.eligibility.refusal is Refusal.REQUEST_PERIOD_OVER


def _demo_appointment(station: Any, actor: Any, number: str) -> appointments.Appointment:
    return next(a for a in appointments.appointments(station, actor) if a.candidate_number == number)


def test_r_inz_6_the_demo_has_todays_appointment_and_one_held(demo_station: Any, secretaris: Any) -> None:
    today = appointments.appointments(demo_station, secretaris, dt.date(2026, 6, 16))
    assert [(a.candidate_number, a.at, a.state) for a in today] == [
        ("5001", "08:20", AppointmentState.HELD),  # the demo's of this morning (R-INZ-6)
        ("4004", "11:00", AppointmentState.LAPSED),  # passed since (R-INZ-3)
        ("2003", "14:00", AppointmentState.BOOKED),
    ]
    kim = _demo_appointment(demo_station, secretaris, "2002")
    assert kim.state is AppointmentState.HELD and kim.on == dt.date(2026, 6, 14)
    (entry,) = inzage_sessions.inzage_log(demo_station, secretaris, PE_GROUP)
    assert entry.appointment == kim.id


def test_r_inz_6_cancel_no_show_and_bad_input(demo_station: Any, demo_clock: Any, secretaris: Any) -> None:
    noor = _noor(demo_station, secretaris)
    demo = _demo_appointment(demo_station, secretaris, "2003")
    with pytest.raises(InvalidInput):  # one booked appointment at a time
        appointments.book(
            demo_station, secretaris, noor, requested_on=dt.date(2026, 6, 16), on=dt.date(2026, 6, 19)
        )
    appointments.cancel(demo_station, secretaris, demo.id)
    with pytest.raises(InvalidInput):  # before the day it was requested
        appointments.book(
            demo_station, secretaris, noor, requested_on=dt.date(2026, 6, 16), on=dt.date(2026, 6, 15)
        )
    with pytest.raises(InvalidInput):  # not a time of day
        appointments.book(
            demo_station,
            secretaris,
            noor,
            requested_on=dt.date(2026, 6, 16),
            on=dt.date(2026, 6, 18),
            at="25:00",
        )
    first = appointments.book(
        demo_station,
        secretaris,
        noor,
        requested_on=dt.date(2026, 6, 16),
        on=dt.date(2026, 6, 18),
        at="09:00",
    )
    with pytest.raises(InvalidInput):  # a no-show only on or after the day
        appointments.record_no_show(demo_station, secretaris, first.id)
    appointments.cancel(demo_station, secretaris, first.id)
    with pytest.raises(InvalidInput):
        appointments.cancel(demo_station, secretaris, first.id)
    second = appointments.book(
        demo_station,
        secretaris,
        noor,
        requested_on=dt.date(2026, 6, 16),
        on=dt.date(2026, 6, 16),
        at="14:30",
    )
    appointments.record_no_show(demo_station, secretaris, second.id)
    states = {
        a.id: a.state
        for a in appointments.appointments(demo_station, secretaris)
        if a.candidate_number == "2003"
    }
    assert states == {
        demo.id: AppointmentState.CANCELLED,
        first.id: AppointmentState.CANCELLED,
        second.id: AppointmentState.NO_SHOW,
    }


def test_r_inz_6_a_lapse_is_recorded_and_ce_exams_take_no_appointment(
    demo_station: Any, secretaris: Any
) -> None:
    from tests.demo_station import CE_GROUP

    demo = _demo_appointment(demo_station, secretaris, "2003")
    appointments.record_lapse(demo_station, secretaris, demo.id, "Geslaagd bij een ander examencentrum.")
    assert _demo_appointment(demo_station, secretaris, "2003").state is AppointmentState.LAPSED
    ce = candidate_id(inspection.group_results(demo_station, secretaris, CE_GROUP), "3002")
    with pytest.raises(InvalidInput):
        appointments.book(
            demo_station, secretaris, ce, requested_on=dt.date(2026, 6, 16), on=dt.date(2026, 6, 17)
        )


# --- R-INZ-3: the half year per qualification ---------------------------------------------------------------


def _two_periods(title_2: str, qualification: str | None) -> dict[str, Any]:
    from tests.services.sample_package import valid_package

    package = valid_package()
    first = package["exams"][0]
    second = json.loads(json.dumps(first))
    second["code"], second["title"] = "WFT-CK-2026-2", title_2
    if qualification is not None:
        first["qualification"] = second["qualification"] = qualification
    package["exams"].append(second)
    group = package["groups"][0]
    later = json.loads(json.dumps(group))
    later.update(code="2026-10-20-CK-A", exam="WFT-CK-2026-2", date="2026-10-20")
    package["groups"].append(later)
    # 7 of 12 points: grade 5 (R-INZ-3 allows inzage).
    wrong = {"K1": "B", "V1": ["A", "C"], "V2": "10.000,00", "V3": {"a": "lager", "b": "korter"}}
    package["results"] = [
        {
            "candidate": "1002",
            "group": code,
            "exam": exam,
            "variant": "A",
            "submitted_at": f"{day}T10:31:00+02:00",
            "published_at": f"{day}T16:00:00+02:00",
            "responses": {**wrong, "O1": {"text": "Twee", "awarded": 2}},
        }
        for code, exam, day in (
            ("2026-06-12-CK-A", "WFT-CK-2026-1", "2026-06-13"),
            ("2026-10-20-CK-A", "WFT-CK-2026-2", "2026-10-21"),
        )
    ]
    return package


@pytest.mark.parametrize(
    ("title_2", "qualification"),
    [
        ("Bijzonder Examen Adviseur Consumptief krediet", None),  # version 1: the title stands in
        ("Wft Consumptief Krediet, tweede periode", "Wft Consumptief Krediet"),
    ],
)
def test_r_inz_3_the_half_year_counts_per_qualification_not_per_package_code(
    station: Any, clock: Any, beheerder: Any, tmp_path: Path, title_2: str, qualification: str | None
) -> None:
    """Issue 14 #6: an inzage on 20 June under WFT-CK-2026-1 blocks one on 28 October under WFT-CK-2026-2."""
    from examdesk.core.roles import Role
    from examdesk.services import accounts, packages

    accounts.create_account(
        station,
        beheerder,
        "secretaris",
        "M. de Vries",
        "correct horse battery",
        frozenset({Role.EXAMENSECRETARIS}),
    )
    actor = accounts.sign_in(station, "secretaris", "correct horse battery")
    path = tmp_path / "two.examdesk.json"
    path.write_text(json.dumps(_two_periods(title_2, qualification)), "utf-8")
    packages.import_package(station, actor, path)
    clock.set_wall(_at(dt.date(2026, 6, 20)))
    first = candidate_id(inspection.group_results(station, actor, "2026-06-12-CK-A"), "1002")
    _start_pe(station, actor, first)
    inzage_sessions.end_inzage(station, actor, inzage_sessions.inzage_log(station, actor)[-1].inzage_id)
    clock.set_wall(_at(dt.date(2026, 10, 28)))
    row = next(
        r
        for r in inspection.group_results(station, actor, "2026-10-20-CK-A").candidates
        if r.number == "1002"
    )
    assert row.grade is not None and row.grade <= 5
    assert row.eligibility.refusal is Refusal.RECENT_INZAGE


# --- R-INZ-7: an inzage survives a crash -------------------------------------------------------------------


def test_r_inz_7_an_inzage_the_station_stopped_during_is_open_and_resumes_for_its_remaining_minutes(
    demo_station: Any, demo_clock: Any, secretaris: Any
) -> None:
    noor = _noor(demo_station, secretaris)
    started = _start_pe(demo_station, secretaris, noor)
    demo_clock.advance(timedelta(minutes=6))
    inzage_sessions.record_item_opened(demo_station, secretaris, started.id, started.items[0].item.id)
    demo_clock.advance(timedelta(minutes=30))  # the crash, and the restart
    (found,) = inzage_sessions.open_inzages(demo_station, secretaris)
    assert found.entry.inzage_id == started.id and found.resumable
    assert found.remaining == timedelta(minutes=14)
    # Nothing else starts while it is open (R-INZ-8).
    with pytest.raises(InvalidInput):
        inzage_sessions.start_inzage(demo_station, secretaris, noor, supervisor_present=True)
    resumed = inzage_sessions.resume_inzage(demo_station, secretaris, started.id)
    assert resumed.resumed and resumed.time_limit == timedelta(minutes=14)
    assert [w.item.id for w in resumed.items] == [w.item.id for w in started.items]
    demo_clock.advance(timedelta(minutes=2))
    inzage_sessions.end_inzage(demo_station, secretaris, started.id, reason=inspection.END_TIME_UP)
    assert inzage_sessions.open_inzages(demo_station, secretaris) == []
    (entry,) = [e for e in inzage_sessions.inzage_log(demo_station, secretaris) if e.inzage_id == started.id]
    assert entry.counts and len(entry.resumed_at) == 1


def test_r_inz_7_closed_as_interrupted_it_does_not_count_unless_recorded_with_a_reason(
    demo_station: Any, demo_clock: Any, secretaris: Any
) -> None:
    noor = _noor(demo_station, secretaris)
    started = _start_pe(demo_station, secretaris, noor)
    demo_clock.advance(timedelta(days=1))
    (found,) = inzage_sessions.open_inzages(demo_station, secretaris)
    assert not found.resumable  # another day: only closing is left
    with pytest.raises(InvalidInput):
        inzage_sessions.resume_inzage(demo_station, secretaris, started.id)
    with pytest.raises(InvalidInput):  # counting needs a reason
        inzage_sessions.close_interrupted(demo_station, secretaris, started.id, counts=True)
    inzage_sessions.close_interrupted(demo_station, secretaris, started.id)
    row = next(
        r
        for r in inspection.group_results(demo_station, secretaris, PE_GROUP).candidates
        if r.number == "2003"
    )
    assert row.eligibility.allowed  # the interrupted inzage does not count against the half year
    ended = [
        e
        for e in events.list_events(demo_station, kinds=(EventKind.INZAGE_ENDED,))
        if e.payload["inzage"] == started.id
    ]
    assert ended[0].payload["reason"] == "interrupted" and ended[0].payload["counts"] is False


def test_r_inz_7_an_interrupted_inzage_recorded_as_counting_blocks_the_half_year(
    demo_station: Any, demo_clock: Any, secretaris: Any
) -> None:
    noor = _noor(demo_station, secretaris)
    started = _start_pe(demo_station, secretaris, noor)
    inzage_sessions.close_interrupted(
        demo_station,
        secretaris,
        started.id,
        counts=True,
        reason="De kandidaat zag alle vragen voor de storing.",
    )
    row = next(
        r
        for r in inspection.group_results(demo_station, secretaris, PE_GROUP).candidates
        if r.number == "2003"
    )
    assert row.eligibility.refusal is Refusal.RECENT_INZAGE


# --- R-PV-5 -------------------------------------------------------------------------------------------------


def test_r_pv_5_a_running_session_of_the_same_group_is_not_the_results_sitting(
    demo_station: Any, secretaris: Any
) -> None:
    """Issue 16 #3: the group sits again today; the result of 12 June has no sitting known on this station."""
    noor = _noor(demo_station, secretaris)
    session_id = planning.plan_session(
        demo_station,
        secretaris,
        planning.PlanRequest(
            PE_GROUP, surveillants=[("surveillant1", True)], date=dt.date(2026, 6, 16), start_time="11:00"
        ),
    )
    planning.start_session(demo_station, secretaris, session_id)
    sessions.record_bsn_check(demo_station, secretaris, session_id, noor, match=True, id_document="passport")
    work = inspection.candidate_work(demo_station, secretaris, noor)
    assert work.sessions == () and work.proces_verbaal_session is None


def test_r_pv_5_no_inzage_while_the_candidate_works_on_the_same_exam(
    demo_station: Any, secretaris: Any
) -> None:
    noor = _noor(demo_station, secretaris)
    session_id = planning.plan_session(
        demo_station,
        secretaris,
        planning.PlanRequest(
            PE_GROUP, surveillants=[("surveillant1", True)], date=dt.date(2026, 6, 16), start_time="11:00"
        ),
    )
    planning.start_session(demo_station, secretaris, session_id)
    sessions.record_bsn_check(demo_station, secretaris, session_id, noor, match=True, id_document="passport")
    sessions.start_candidate(demo_station, secretaris, session_id, noor)
    inspection.record_bsn_check(demo_station, secretaris, noor, match=True, id_document="passport")
    with pytest.raises(InvalidInput) as refused:
        inzage_sessions.start_inzage(demo_station, secretaris, noor, supervisor_present=True)
    assert "running session" in str(refused.value.message)
    sessions.hand_in(demo_station, secretaris, session_id, noor)
    assert inzage_sessions.start_inzage(demo_station, secretaris, noor, supervisor_present=True).items


# --- R-INZ-9 and R-VOV-4 ------------------------------------------------------------------------------------


def test_r_inz_9_the_log_names_questions_by_the_number_the_candidate_saw(
    demo_station: Any, secretaris: Any
) -> None:
    noor = _noor(demo_station, secretaris)
    started = _start_pe(demo_station, secretaris, noor)
    shown = started.items[0]
    (entry,) = [e for e in inzage_sessions.inzage_log(demo_station, secretaris) if e.inzage_id == started.id]
    assert entry.number_of(shown.item.id) == shown.number
    assert entry.question(shown.item.id) == f"{shown.number} ({shown.item.id})"


def test_r_vov_4_a_vov_about_the_content_made_during_the_inzage_is_linked_to_it(
    demo_station: Any, secretaris: Any
) -> None:
    noor = _noor(demo_station, secretaris)
    started = _start_pe(demo_station, secretaris, noor)
    shown = started.items[0]
    with pytest.raises(InvalidInput):
        inzage_sessions.record_vov(
            demo_station, secretaris, started.id, questions=[shown.number], candidate_text=" "
        )
    with pytest.raises(InvalidInput):
        inzage_sessions.record_vov(
            demo_station, secretaris, started.id, questions=[999], candidate_text="Onduidelijk"
        )
    made = inzage_sessions.record_vov(
        demo_station,
        secretaris,
        started.id,
        questions=[shown.number],
        candidate_text="De vraag is dubbelzinnig.",
    )
    assert made.kind == EventKind.MELDING and made.payload["inzage"] == started.id
    assert made.payload["kind"] == "examenvraag" and made.payload["items"] == [shown.item.id]
    (entry,) = [e for e in inzage_sessions.inzage_log(demo_station, secretaris) if e.inzage_id == started.id]
    assert entry.vovs == (made.id,)


def test_r_inz_6_the_morning_group_sits_today_and_has_no_results_to_book(
    demo_station: Any, secretaris: Any
) -> None:
    someone = next(iter(inspection.group_results(demo_station, secretaris, PE_MORNING).candidates))
    with pytest.raises(Exception):  # noqa: B017 - NotFound: no result, so no inzage to book
        appointments.book(
            demo_station,
            secretaris,
            someone.candidate_id,
            requested_on=dt.date(2026, 6, 16),
            on=dt.date(2026, 6, 17),
        )
