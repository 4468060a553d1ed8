"""The demo's records agree with themselves and with today's date (issue 16 #13), also in winter time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from examdesk.core.appointments import AppointmentState
from examdesk.core.cases import Opened
from examdesk.core.eventkinds import EventKind
from examdesk.core.localtime import AMSTERDAM
from examdesk.services import (
    accounts,
    appointments,
    cases,
    demo,
    demo_appointments,
    events,
    inspection,
    sessions,
)
from examdesk.services.clock import ManualClock
from examdesk.services.station import open_station

WINTER_NOW = dt.datetime(2026, 12, 4, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def winter_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("winter") / "demo"
    demo.write_demo(folder, now=WINTER_NOW)
    return folder


@pytest.fixture
def station(winter_demo: Path) -> Any:
    opened = open_station(winter_demo)
    yield opened
    opened.close()


def test_a_submit_time_stays_on_amsterdams_wall_clock_across_the_winter_shift() -> None:
    package = {
        "exams": [],
        "groups": [{"code": "2026-06-12-X", "date": "2026-06-12"}],
        "results": [{"group": "2026-06-12-X", "submitted_at": "2026-06-12T10:52:00+02:00"}],
    }
    moved, _ = demo.dated_package(package, dt.timedelta(days=171))  # to 30 November: winter time
    submitted = dt.datetime.fromisoformat(moved["results"][0]["submitted_at"])
    local = submitted.astimezone(AMSTERDAM)
    assert (local.date(), local.hour, local.minute) == (dt.date(2026, 11, 30), 10, 52)


def test_no_result_is_published_before_its_group_sits(station: Any) -> None:
    secretaris = accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD)
    running = next(s for s in sessions.list_sessions(station) if s.state.value == "running")
    for group in inspection.groups(station, secretaris):
        results = inspection.group_results(station, secretaris, group.code).candidates
        if group.code == running.group_code:
            assert not any(r.has_result for r in results)  # it sits today
        for row in results:
            if row.result_day is not None:
                assert row.result_day > dt.date.fromisoformat(group.code[:10]), (group.code, row.number)


def test_time_up_is_recorded_at_the_deadline(station: Any) -> None:
    found = events.list_events(station, kinds=(EventKind.TIME_UP,))
    assert found
    for event in found:
        assert event.wall_utc == dt.datetime.fromisoformat(event.payload["deadline"])


def test_the_case_does_not_contradict_its_resolved_vov(station: Any) -> None:
    secretaris = accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD)
    (summary,) = [c for c in cases.list_cases(station, secretaris) if c.path.value == "inspectie"]  # CE
    detail = cases.case_detail(station, secretaris, summary.id)
    vov = next(
        e
        for e in events.list_events(station, kinds=(EventKind.MELDING,))
        if e.payload.get("meldingsnummer") == "FH-2026-0519"
    )
    assert vov.payload["resolved"] is True
    opened = detail.case.steps[next(iter(detail.case.steps))]
    assert isinstance(opened, Opened)
    assert "niet terug te vinden" not in opened.description


def test_todays_appointments_stay_today_in_winter_time_R_INZ_6(winter_demo: Path) -> None:
    """Written at 11:00 in Amsterdam on 4 December (winter time): held, lapsed and booked, all of that day."""
    opened = open_station(winter_demo, clock=ManualClock(WINTER_NOW + dt.timedelta(minutes=1)))
    try:
        secretaris = accounts.sign_in(opened, "secretaris", demo.DEMO_PASSWORD)
        today = dt.date(2026, 12, 4)
        found = [a for a in appointments.appointments(opened, secretaris) if a.on == today]
        assert [(a.candidate_name, a.at, a.state) for a in found] == [
            ("Eva Jacobs", "08:30", AppointmentState.HELD),
            ("Bas Kuipers", "11:00", AppointmentState.LAPSED),
            ("Noor Hendriks", "14:00", AppointmentState.BOOKED),
        ]
        (inzage,) = [
            e
            for e in events.list_events(opened, kinds=(EventKind.INZAGE_STARTED,))
            if e.wall_utc.astimezone(AMSTERDAM).date() == today
        ]
        assert inzage.wall_utc.astimezone(AMSTERDAM).strftime("%H:%M") == "08:31"  # at the appointment
    finally:
        opened.close()


def test_the_held_inzage_is_this_morning_even_when_the_demo_is_written_early() -> None:
    early = dt.datetime(2026, 6, 16, 5, 10, tzinfo=dt.UTC)  # 07:10 in Amsterdam
    held = demo_appointments.held_time(dt.date(2026, 6, 16), early, demo.RUNNING_FOR)
    assert held.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M") == "2026-06-16 05:30"
    night = dt.datetime(2026, 6, 15, 22, 30, tzinfo=dt.UTC)  # 00:30
    held = demo_appointments.held_time(dt.date(2026, 6, 16), night, demo.RUNNING_FOR)
    # No room after midnight before the running session: yesterday evening, so the log only goes forward.
    assert held.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M") == "2026-06-15 22:50"


def test_a_demo_written_just_after_midnight_records_no_clock_warning_R_TIME_10(tmp_path: Path) -> None:
    """Written at 00:53 in Amsterdam, the held inzage went before the running session: every event's wall time
    follows the one before it, and the demo records no clock warning of its own (it did: held at midnight)."""
    folder = tmp_path / "demo"
    demo.write_demo(folder, now=dt.datetime(2026, 12, 5, 23, 53, tzinfo=dt.UTC))
    opened = open_station(folder)
    try:
        assert events.clock_anomalies(opened) == []
        walls = [e.wall_utc for e in events.list_events(opened)]
        assert walls == sorted(walls)
        held = events.list_events(opened, kinds=(EventKind.INZAGE_STARTED,))[-1]
        assert (
            held.wall_utc.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M") == "2026-12-05 23:11"
        )  # booked 23:10, ID checked first
    finally:
        opened.close()
