"""Inzage through the services on the demo station (R-INZ-1..5, R-ROLE-2, R-VOV-3)."""

from __future__ import annotations

import datetime as dt
from datetime import timedelta
from fractions import Fraction
from typing import Any

import pytest

from examdesk import i18n
from examdesk.core.eventkinds import EventKind
from examdesk.core.inspection import Refusal
from examdesk.core.scoring import ScoreStatus
from examdesk.services import adjustment, events, inspection, inzage_sessions
from examdesk.services.errors import InvalidInput, NotFound, PermissionDenied
from examdesk.services.sessions import planning
from tests.demo_station import CE_GROUP, PE_GROUP, PE_MORNING, candidate_id, demo_actor

TODAY = dt.date(2026, 6, 16)


@pytest.fixture
def secretaris(demo_station: Any) -> Any:
    return demo_actor(demo_station, "secretaris")


def _row(results: inspection.GroupResults, number: str) -> inspection.CandidateResult:
    return next(row for row in results.candidates if row.number == number)


# --- R-ROLE-2 --------------------------------------------------------------------------------------------


def test_r_role_2_a_surveillant_gets_nothing_of_the_inzage(demo_station: Any, secretaris: Any) -> None:
    surveillant = demo_actor(demo_station, "surveillant1")
    someone = candidate_id(inspection.group_results(demo_station, secretaris, PE_GROUP), "2003")
    calls = [
        lambda: inspection.groups(demo_station, surveillant),
        lambda: inspection.group_results(demo_station, surveillant, PE_GROUP),
        lambda: inspection.candidate_work(demo_station, surveillant, someone),
        lambda: inspection.bsn_for_check(demo_station, surveillant, someone),
        lambda: inspection.record_bsn_check(
            demo_station, surveillant, someone, match=True, id_document="passport"
        ),
        lambda: inzage_sessions.start_inzage(demo_station, surveillant, someone, supervisor_present=True),
        lambda: inzage_sessions.inzage_log(demo_station, surveillant, PE_GROUP),
        lambda: adjustment.fault_meldingen(demo_station, surveillant, someone),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()


# --- eligibility through the service, on the demo's data ---------------------------------------------------


def test_groups_list_every_afnamegroep_with_its_exam(demo_station: Any, secretaris: Any) -> None:
    found = {group.code: group for group in inspection.groups(demo_station, secretaris)}
    # The demo's hospital group of today (R-SES-2, R-SES-3) sits the PE exam too, and so did the winter sitting
    # and the extra group of 10 June of today's appointments (R-INZ-6).
    hospital = f"{TODAY.isoformat()}-CK-H"
    extra = {"2026-01-27-CK-W", "2026-06-10-CK-C"}
    assert set(found) == {PE_GROUP, PE_MORNING, CE_GROUP, hospital} | extra
    assert found[PE_GROUP].exam_kind == "pe" and found[CE_GROUP].exam_kind == "ce"
    assert found[PE_GROUP].result_count == 6 and found[PE_GROUP].candidate_count == 7


def test_r_inz_3_pe_group_today_grades_4_and_5_until_14_days_after_the_result(
    demo_station: Any, secretaris: Any
) -> None:
    results = inspection.group_results(demo_station, secretaris, PE_GROUP)
    assert results.on == TODAY
    noor = _row(results, "2003")  # grade 4
    assert noor.grade == 4 and noor.passed is False
    assert noor.eligibility.allowed and noor.eligibility.until == dt.date(2026, 6, 27)
    assert noor.result_day == dt.date(2026, 6, 13)
    assert _row(results, "2001").eligibility.refusal is Refusal.GRADE  # grade 6
    assert _row(results, "2007").eligibility.refusal is Refusal.GRADE  # grade 2
    assert _row(results, "2006").eligibility.refusal is Refusal.NO_RESULT  # absent
    assert _row(results, "2006").grade is None
    # Kim de Graaf had inzage in the demo on 14 June (R-INZ-3: once per half year, six calendar months).
    kim = _row(results, "2002").eligibility
    assert kim.refusal is Refusal.RECENT_INZAGE and kim.next_possible == dt.date(2026, 12, 14)
    assert "already had inzage of this exam on 14 Jun 2026" in i18n.render(kim.explanation)


def test_r_inz_3_r_inz_5_the_last_day_counts_and_the_next_does_not(
    demo_station: Any, secretaris: Any
) -> None:
    last = inspection.group_results(demo_station, secretaris, PE_GROUP, on=dt.date(2026, 6, 27))
    assert _row(last, "2003").eligibility.allowed
    after = inspection.group_results(demo_station, secretaris, PE_GROUP, on=dt.date(2026, 6, 28))
    assert _row(after, "2003").eligibility.refusal is Refusal.REQUEST_PERIOD_OVER


def test_r_inz_2_ce_group_within_and_after_its_period(demo_station: Any, secretaris: Any) -> None:
    within = inspection.group_results(demo_station, secretaris, CE_GROUP)
    assert within.rules.refer_to_cvte and not within.rules.wrong_only
    for row in within.candidates:
        if row.has_result:
            assert row.eligibility.allowed and row.eligibility.until == dt.date(2026, 7, 3), row.number
    after = inspection.group_results(demo_station, secretaris, CE_GROUP, on=dt.date(2026, 7, 4))
    refusal = _row(after, "3004").eligibility
    assert refusal.refusal is Refusal.PERIOD_EXPIRED
    assert "College voor Toetsen en Examens (CvTE)" in i18n.render(refusal.explanation)


def test_results_carry_score_maximum_percentage_and_grade(demo_station: Any, secretaris: Any) -> None:
    row = _row(inspection.group_results(demo_station, secretaris, CE_GROUP), "3007")
    assert (row.points, row.max_points, row.passed) == (Fraction(5), Fraction(11), False)
    assert row.percent is not None and round(float(row.percent), 2) == 45.45
    assert row.grade is not None and float(row.grade) == 4.7 and row.grade_decimals == 1


def test_an_unknown_group_is_named(demo_station: Any, secretaris: Any) -> None:
    with pytest.raises(NotFound, match="NOPE"):
        inspection.group_results(demo_station, secretaris, "NOPE")


# --- R-INZ-3: the PE inzage session --------------------------------------------------------------------------


def test_r_inz_3_pe_inzage_needs_a_matching_id_check_and_a_supervisor(
    demo_station: Any, secretaris: Any
) -> None:
    noor = candidate_id(inspection.group_results(demo_station, secretaris, PE_GROUP), "2003")
    with pytest.raises(InvalidInput, match="ID check on the start screen"):
        inzage_sessions.start_inzage(demo_station, secretaris, noor, supervisor_present=True)
    with pytest.raises(InvalidInput, match="what differs"):
        inspection.record_bsn_check(demo_station, secretaris, noor, match=False, id_document="passport")
    inspection.record_bsn_check(
        demo_station, secretaris, noor, match=False, id_document="passport", note="Andere geboortedatum"
    )
    with pytest.raises(InvalidInput, match="ID check on the start screen"):
        inzage_sessions.start_inzage(demo_station, secretaris, noor, supervisor_present=True)
    inspection.record_bsn_check(demo_station, secretaris, noor, match=True, id_document="passport")
    assert inspection.candidate_work(demo_station, secretaris, noor).id_check is True
    with pytest.raises(InvalidInput, match="supervisor"):
        inzage_sessions.start_inzage(demo_station, secretaris, noor, supervisor_present=False)
    started = inzage_sessions.start_inzage(demo_station, secretaris, noor, supervisor_present=True)
    assert started.time_limit == timedelta(minutes=20) and started.wrong_only


def test_r_bsn_4_the_check_shows_the_whole_bsn_grouped(demo_station: Any, secretaris: Any) -> None:
    noor = candidate_id(inspection.group_results(demo_station, secretaris, PE_GROUP), "2003")
    grouped, name = inspection.bsn_for_check(demo_station, secretaris, noor)
    assert name == "Noor Hendriks" and len(grouped.replace(" ", "")) == 9 and grouped.count(" ") == 2


def _start_pe(station: Any, actor: Any, number: str = "2003") -> inspection.InzageSession:
    who = candidate_id(inspection.group_results(station, actor, PE_GROUP), number)
    inspection.record_bsn_check(station, actor, who, match=True, id_document="identity_card")
    return inzage_sessions.start_inzage(station, actor, who, supervisor_present=True)


def test_r_inz_3_pe_inzage_shows_only_the_wrongly_answered_items(demo_station: Any, secretaris: Any) -> None:
    started = _start_pe(demo_station, secretaris)
    work = inspection.candidate_work(demo_station, secretaris, started.candidate_id)
    wrong = [w.item.id for w in work.items if w.score.status is not ScoreStatus.CORRECT]
    assert [w.item.id for w in started.items] == wrong and 0 < len(wrong) < len(work.items)
    assert [w.item.id for w in work.shown] == wrong
    assert all(w.score.points < w.score.max_points for w in started.items)


def test_r_inz_4_the_log_records_who_when_items_and_keys(
    demo_station: Any, secretaris: Any, demo_clock: Any
) -> None:
    started = _start_pe(demo_station, secretaris)
    first, second = started.items[0].item.id, started.items[1].item.id
    demo_clock.advance(timedelta(minutes=1))
    inzage_sessions.record_item_opened(demo_station, secretaris, started.id, first)
    inzage_sessions.record_answer_shown(demo_station, secretaris, started.id, first, inspection.KEY)
    inzage_sessions.record_item_opened(demo_station, secretaris, started.id, second)
    inzage_sessions.record_item_opened(
        demo_station, secretaris, started.id, first
    )  # opened again: listed once
    with pytest.raises(InvalidInput, match="not part of this inzage"):
        inzage_sessions.record_item_opened(demo_station, secretaris, started.id, "K999")
    demo_clock.advance(timedelta(minutes=20))
    inzage_sessions.end_inzage(demo_station, secretaris, started.id, reason=inspection.END_TIME_UP)
    with pytest.raises(InvalidInput, match="already ended"):
        inzage_sessions.record_item_opened(demo_station, secretaris, started.id, first)

    log = inzage_sessions.inzage_log(demo_station, secretaris, PE_GROUP)
    assert [entry.candidate_number for entry in log] == ["2002", "2003"]  # the demo's own, then this one
    entry = log[-1]
    assert entry == inzage_sessions.inzage_entry(demo_station, secretaris, started.id)
    assert (entry.conducted_by, entry.conducted_by_name) == ("secretaris", "M. de Vries")
    assert entry.candidate_name == "Noor Hendriks" and entry.exam_kind == "pe"
    assert entry.started_at == started.started_at
    assert entry.duration == timedelta(minutes=21) and entry.end_reason == "time_up"
    assert entry.items_opened == (first, second)
    assert entry.keys_shown == (first,) and entry.key_shown and not entry.marking_scheme_shown
    assert entry.supervisor_present and entry.id_check == "match" and entry.id_document == "identity_card"
    assert entry.time_limit_minutes == 20 and entry.wrong_only
    # Tamper-evident: the entry's events are links of the verified chain.
    assert events.verify(demo_station).ok
    recorded = {e.id: e for e in events.list_events(demo_station, candidate_id=started.candidate_id)}
    assert set(entry.event_ids) <= set(recorded) and recorded[entry.event_ids[-1]].hash == entry.last_hash
    assert recorded[entry.event_ids[-1]].kind == EventKind.INZAGE_ENDED
    # The log of the other PE group holds neither.
    assert inzage_sessions.inzage_log(demo_station, secretaris, PE_MORNING) == []


def test_r_inz_3_after_an_inzage_the_next_is_refused_for_half_a_year(
    demo_station: Any, secretaris: Any
) -> None:
    started = _start_pe(demo_station, secretaris)
    inzage_sessions.end_inzage(demo_station, secretaris, started.id)
    row = _row(inspection.group_results(demo_station, secretaris, PE_GROUP), "2003")
    assert row.eligibility.refusal is Refusal.RECENT_INZAGE
    assert row.eligibility.next_possible == dt.date(2026, 12, 16)  # six calendar months
    with pytest.raises(InvalidInput, match="already had inzage"):
        _start_pe(demo_station, secretaris)


def test_an_ineligible_candidate_is_refused_with_the_reason(demo_station: Any, secretaris: Any) -> None:
    with pytest.raises(InvalidInput) as refused:
        _start_pe(demo_station, secretaris, "2001")
    assert i18n.render(refused.value.message) == (
        "Inzage for Thijs Mulder is not possible: Inzage of this exam is only for a grade 4 or 5; the grade is 6."
    )
    assert i18n.render(refused.value.message, "nl").startswith("Inzage voor Thijs Mulder is niet mogelijk")


def test_r_inz_1_ce_inzage_shows_every_item_without_a_start_screen_check(
    demo_station: Any, secretaris: Any
) -> None:
    results = inspection.group_results(demo_station, secretaris, CE_GROUP)
    jayden = candidate_id(results, "3004")
    work = inspection.candidate_work(demo_station, secretaris, jayden)
    assert not work.needs_id_check and work.shown == work.items and len(work.items) == 6
    assert [w.number for w in work.items] == [1, 2, 3, 4, 5, 6]
    started = inzage_sessions.start_inzage(demo_station, secretaris, jayden)
    assert started.time_limit is None and not started.wrong_only and len(started.items) == 6
    closed = next(w.item.id for w in started.items if w.item.closed)
    open_item = next(w.item.id for w in started.items if not w.item.closed)
    inzage_sessions.record_answer_shown(demo_station, secretaris, started.id, closed, inspection.KEY)
    inzage_sessions.record_answer_shown(
        demo_station, secretaris, started.id, open_item, inspection.MARKING_SCHEME
    )
    inzage_sessions.end_inzage(demo_station, secretaris, started.id)
    (entry,) = inzage_sessions.inzage_log(demo_station, secretaris, CE_GROUP)
    assert entry.keys_shown == (closed,) and entry.marking_schemes_shown == (open_item,)
    assert entry.id_check is None and entry.end_reason == "closed"


def test_unknown_inzage_and_bad_values_are_refused(demo_station: Any, secretaris: Any) -> None:
    with pytest.raises(NotFound):
        inzage_sessions.record_item_opened(demo_station, secretaris, 999_999, "K1")
    started = _start_pe(demo_station, secretaris)
    with pytest.raises(InvalidInput, match="'answer' is not one of"):
        inzage_sessions.record_answer_shown(
            demo_station, secretaris, started.id, started.items[0].item.id, "answer"
        )
    with pytest.raises(InvalidInput, match="'crashed' is not one of"):
        inzage_sessions.end_inzage(demo_station, secretaris, started.id, reason="crashed")


# --- R-VOV-3 ------------------------------------------------------------------------------------------------


def test_r_vov_3_preview_of_the_demo_fault_from_fail_to_pass(demo_station: Any, secretaris: Any) -> None:
    zoe = candidate_id(inspection.group_results(demo_station, secretaris, CE_GROUP), "3007")
    (fault,) = adjustment.fault_meldingen(demo_station, secretaris, zoe)
    assert fault.questions == ("1", "2") and not fault.resolved and fault.duo_consulted
    preview = adjustment.preview_adjustment(
        demo_station, secretaris, zoe, fault.event_id, representative=False
    )
    assert (preview.before.points, preview.before.max_points, preview.before.passed) == (
        Fraction(5),
        Fraction(11),
        False,
    )
    assert preview.after is not None
    assert (preview.after.points, preview.after.max_points, preview.after.passed) == (
        Fraction(5),
        Fraction(8),
        True,
    )
    assert preview.changes_to_pass and not preview.all_conditions_met  # condition 5 not ticked
    before = len(events.list_events(demo_station, kinds=(EventKind.ADJUSTMENT_PREVIEWED,)))
    assert before == 0  # looking is not saving

    saved, event = adjustment.save_adjustment_preview(
        demo_station, secretaris, zoe, fault.event_id, representative=True
    )
    assert saved.all_conditions_met
    assert event.kind == EventKind.ADJUSTMENT_PREVIEWED and event.actor == "secretaris"
    assert event.payload["before"] == {"points": "5", "max_points": "11", "grade": "47/10", "passed": False}
    assert event.payload["after"] == {"points": "5", "max_points": "8", "grade": "63/10", "passed": True}
    assert event.payload["conditions"] == {str(n): True for n in range(1, 7)}
    assert event.payload["preview_only"] and event.payload["excluded"] == ["1", "2"]
    assert event.session_id is None and event.payload["session"] == fault.session_id


def test_r_vov_3_a_resolved_fault_fails_condition_3(demo_station: Any, secretaris: Any) -> None:
    daan = candidate_id(inspection.group_results(demo_station, secretaris, CE_GROUP), "3001")
    (fault,) = adjustment.fault_meldingen(demo_station, secretaris, daan)
    preview = adjustment.preview_adjustment(
        demo_station, secretaris, daan, fault.event_id, representative=True
    )
    assert preview.conditions[3] is False and not preview.changes_to_pass


def test_r_vov_3_another_candidates_melding_is_not_found(demo_station: Any, secretaris: Any) -> None:
    results = inspection.group_results(demo_station, secretaris, CE_GROUP)
    daan, zoe = candidate_id(results, "3001"), candidate_id(results, "3007")
    (fault,) = adjustment.fault_meldingen(demo_station, secretaris, zoe)
    with pytest.raises(NotFound):
        adjustment.preview_adjustment(demo_station, secretaris, daan, fault.event_id, representative=True)
    assert adjustment.fault_meldingen(demo_station, secretaris, candidate_id(results, "3002")) == []


# --- R-PV-5: the proces-verbaal beside the work -------------------------------------------------------------


def test_r_pv_5_the_afname_names_the_session_whose_proces_verbaal_goes_with_the_work(
    demo_station: Any, secretaris: Any
) -> None:
    from examdesk.services import proces_verbaal

    ce = candidate_id(inspection.group_results(demo_station, secretaris, CE_GROUP), "3001")
    work = inspection.candidate_work(demo_station, secretaris, ce)
    (session_id,) = work.sessions
    assert work.proces_verbaal_session == session_id
    document = proces_verbaal.load(demo_station, secretaris, session_id)
    assert ce in {record.candidate_id for record in document.candidates}
    # The PE results came with the package: no session of that group was held on this station.
    pe = candidate_id(inspection.group_results(demo_station, secretaris, PE_GROUP), "2003")
    pe_work = inspection.candidate_work(demo_station, secretaris, pe)
    assert pe_work.sessions == () and pe_work.proces_verbaal_session is None


def test_r_pv_5_a_planned_session_without_anything_about_the_candidate_is_not_theirs(
    demo_station: Any, secretaris: Any
) -> None:

    pe = candidate_id(inspection.group_results(demo_station, secretaris, PE_GROUP), "2003")
    planning.plan_session(
        demo_station, secretaris, planning.PlanRequest(PE_GROUP, surveillants=[("surveillant1", True)])
    )
    assert inspection.candidate_work(demo_station, secretaris, pe).sessions == ()
