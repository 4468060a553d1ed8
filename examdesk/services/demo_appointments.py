"""The demo station's list of today's PE inzage appointments (R-INZ-6): one held this morning, one booked for
the afternoon (Noor Hendriks, booked in ``services.demo``) and one lapsed (R-INZ-3).

Two small packages come in besides the demo package, as results do from DUO: a winter sitting of the PE exam
and a small extra group of 10 June, each with one candidate. Their dates are written for the demo package's
own day (``demo.PACKAGE_DAY``) and moved to today as the package's are.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from examdesk.core.localtime import AMSTERDAM
from examdesk.services import appointments, inspection, inzage_sessions, packages
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.station import Station

WINTER_GROUP = "2026-01-27-CK-W"
WINTER_DAY = date(2026, 1, 27)
LATE_GROUP = "2026-06-10-CK-C"
LATE_DAY = date(2026, 6, 10)
# Bas Kuipers (2004 in the 13:30 group of 12 June, where he passed) sat the winter sitting too.
LAPSED_NUMBER, LAPSED_NAME, LAPSED_BSN = "4004", "Bas Kuipers", "999918357"
HELD_NUMBER, HELD_NAME, HELD_BSN = "5001", "Eva Jacobs", "999922002"
LAPSED_AT = "11:00"
HELD_BEFORE = time(8, 30)

Dated = Callable[[dict[str, Any], timedelta], tuple[dict[str, Any], dict[str, str]]]


def _local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=AMSTERDAM).astimezone(UTC)


def history_start(shift: timedelta) -> datetime:
    """When the demo station's history begins: the morning the winter sitting's results came out."""
    return _local(WINTER_DAY + shift + timedelta(days=1), time(9, 0))


def _package(
    exam: dict[str, Any],
    version: int,
    code: str,
    day: date,
    start: str,
    name: str,
    candidate: tuple[str, str, str],
    answers: dict[str, Any],
    submitted: str,
    dated: Dated,
    shift: timedelta,
) -> tuple[dict[str, Any], str]:
    number, person, bsn = candidate
    data: dict[str, Any] = {
        "format": "examdesk-package",
        "version": version,
        "exams": [],
        "groups": [
            {
                "code": code,
                "exam": exam["code"],
                "name": name,
                "date": day.isoformat(),
                "start_time": start,
                "location": {"kind": "school", "room": "Lokaal 1.14"},
                "candidates": [{"number": number, "name": person, "bsn": bsn}],
            }
        ],
        "results": [
            {
                "candidate": number,
                "group": code,
                "exam": exam["code"],
                "variant": answers["variant"],
                "submitted_at": f"{day.isoformat()}T{submitted}",
                "published_at": datetime.combine(
                    day + timedelta(days=1), time(16, 0), tzinfo=AMSTERDAM
                ).isoformat(),
                "responses": answers["responses"],
            }
        ],
    }
    moved, codes = dated(data, shift)
    moved["exams"] = [exam]  # already dated with the demo package
    return moved, codes[code]


def _import(station: Station, secretaris: SignedIn, data: dict[str, Any], name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        packages.import_package(station, secretaris, path)


def _only_candidate(station: Station, secretaris: SignedIn, group: str) -> int:
    (row,) = inspection.group_results(station, secretaris, group).candidates
    return row.candidate_id


def lapsed_appointment(
    station: Station,
    clock: ManualClock,
    secretaris: SignedIn,
    exam: dict[str, Any],
    version: int,
    answers: dict[str, Any],
    dated: Dated,
    shift: timedelta,
    today: date,
) -> None:
    """Bas Kuipers failed the winter sitting (grade 4, result on 28 January); he asked for inzage within the
    14 days (R-INZ-3) and it was set for today at 11:00. He passed the same qualification on 12 June, in the
    demo package's afternoon group, so the appointment has lapsed.

    The lapse is derived, not recorded (``appointments.record_lapse`` is for a pass the station does not
    hold): the station holds the pass of 12 June, and R-INZ-3 says the appointment lapses once the candidate
    has passed since. So this runs before the demo package is imported; at the booking that pass is not yet
    known. A pass since lies at least four months after the failed sitting (R-SES-4), so an appointment that
    lapses was always requested months before its day."""
    data, group = _package(
        exam,
        version,
        WINTER_GROUP,
        WINTER_DAY,
        "09:00",
        "Wintersessie",
        (LAPSED_NUMBER, LAPSED_NAME, LAPSED_BSN),
        answers,
        "10:42:00+01:00",
        dated,
        shift,
    )
    results_day = WINTER_DAY + shift + timedelta(days=1)
    clock.set_wall(_local(results_day, time(17, 0)))
    _import(station, secretaris, data, "wintersessie.examdesk.json")
    requested = results_day + timedelta(days=5)
    clock.set_wall(_local(requested, time(10, 0)))
    appointments.book(
        station,
        secretaris,
        _only_candidate(station, secretaris, group),
        requested_on=requested,
        on=today,
        at=LAPSED_AT,
    )


def held_time(today: date, now: datetime, running_for: timedelta) -> datetime:
    """When the held inzage took place: at 08:30 this morning, or earlier when the demo is written early (an
    hour before the running session was planned), on five whole minutes.

    Written in the first hour and forty minutes after midnight, that is yesterday evening: the inzage's events
    come before the running session's, so the event log's wall times only go forward (R-TIME-10; a clamp to
    midnight made the demo record a clock warning of its own).
    """
    latest = now - running_for - timedelta(hours=1)
    return min(
        _local(today, HELD_BEFORE),
        latest.replace(minute=latest.minute - latest.minute % 5, second=0, microsecond=0),
    )


def book_held(
    station: Station,
    clock: ManualClock,
    secretaris: SignedIn,
    exam: dict[str, Any],
    version: int,
    answers: dict[str, Any],
    dated: Dated,
    shift: timedelta,
    held_at: datetime,
) -> int:
    """Eva Jacobs sat a small extra group on 10 June (grade 5, result on 11 June); she asked for inzage on
    12 June (R-INZ-3), for ``held_at`` (this morning; see ``held_time``). Returns her candidate id."""
    data, group = _package(
        exam,
        version,
        LATE_GROUP,
        LATE_DAY,
        "13:30",
        "Extra sessie",
        (HELD_NUMBER, HELD_NAME, HELD_BSN),
        answers,
        "15:05:00+02:00",
        dated,
        shift,
    )
    results_day = LATE_DAY + shift + timedelta(days=1)
    clock.set_wall(_local(results_day, time(17, 0)))
    _import(station, secretaris, data, "extra-sessie.examdesk.json")
    candidate = _only_candidate(station, secretaris, group)
    clock.set_wall(_local(results_day + timedelta(days=1), time(11, 0)))
    appointments.book(
        station,
        secretaris,
        candidate,
        requested_on=results_day + timedelta(days=1),
        on=held_at.astimezone(AMSTERDAM).date(),  # today, or yesterday evening (held_time)
        at=held_at.astimezone(AMSTERDAM).strftime("%H:%M"),
    )
    return candidate


def hold(
    station: Station, clock: ManualClock, secretaris: SignedIn, candidate: int, held_at: datetime
) -> None:
    """This morning's inzage at Eva's appointment: the ID checked on the start screen (R-INZ-3), a supervisor
    present, three wrongly answered items opened with their key, closed after twelve minutes."""
    clock.set_wall(held_at)
    inspection.record_bsn_check(station, secretaris, candidate, match=True, id_document="identity_card")
    clock.advance(timedelta(minutes=1))
    started = inzage_sessions.start_inzage(station, secretaris, candidate, supervisor_present=True)
    for work in started.items[:3]:
        clock.advance(timedelta(seconds=150))
        inzage_sessions.record_item_opened(station, secretaris, started.id, work.item.id)
        what = inspection.KEY if work.item.closed else inspection.MARKING_SCHEME
        inzage_sessions.record_answer_shown(station, secretaris, started.id, work.item.id, what)
    clock.advance(timedelta(minutes=4))
    inzage_sessions.end_inzage(station, secretaris, started.id)


def responses_of(results: Sequence[dict[str, Any]], group: str, number: str) -> dict[str, Any]:
    """The variant and responses of one result in the demo package (reused for the extra candidates)."""
    found = next(r for r in results if r["group"] == group and r["candidate"] == number)
    return {"variant": found["variant"], "responses": found["responses"]}
