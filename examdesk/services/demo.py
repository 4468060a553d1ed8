"""Demo data: a throwaway station to explore examdesk with (``examdesk --demo``, ``examdesk demo``).

Everything here is invented: the station, one account per role, the demo package shipped in
``examdesk/resources/demo`` (a PE and a CE exam, three afnamegroepen, results with grades on both sides
of the cesuur), a closed session with its whole record, an open irregularity case from its storing, a
session running now, and a signing certificate of its own. All of it is written through the same services
the windows use, with a clock that is set to when each thing happened.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from examdesk import paths
from examdesk.core.errors import ExamdeskError
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import (
    accounts,
    appointments,
    cases,
    certificates,
    demo_appointments,
    demo_rules,
    inspection,
    inzage_sessions,
    keys,
    packages,
    sessions,
)
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.sessions import planning
from examdesk.services.station import Station, open_station
from examdesk.store.db import transaction
from examdesk.store.models import StationRow

DEMO_PASSWORD = "examdesk-demo"
DEMO_PACKAGE = "demo_package.json"
CLOSED_GROUP = "2026-05-20-EC-3B"
CLOSED_SESSION_START = datetime(2026, 5, 20, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam
RUNNING_GROUP = "2026-06-12-CK-A"
INZAGE_GROUP = "2026-06-12-CK-B"
PACKAGE_DAY = date(2026, 6, 16)
"""The day the demo package's dates are written for: its PE results came out three days before and its CE
inspection period runs to 3 July. The demo moves every date of the package (and the group codes that start
with one) by the days from this day to today, so that inzage always shows candidates who may and who may not
(R-INZ-2, R-INZ-3)."""
RUNNING_FOR = timedelta(minutes=40)
DEMO_SCHOOL = "Demoschool De Horizon"
DEMO_STATION = "Demostation lokaal 1.14"
_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Demo", "The folder {path} already holds an examdesk database; demo data goes only into a new folder."
)
_MARKER_TEXT = "examdesk demo data folder: everything in it is invented and may be thrown away.\n"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    roles: frozenset[Role]


DEMO_ACCOUNTS = (
    DemoAccount("demo", "Demo (alle rollen)", frozenset(Role)),
    DemoAccount("secretaris", "M. de Vries", frozenset({Role.EXAMENSECRETARIS})),
    DemoAccount("surveillant1", "A. Jansen", frozenset({Role.SURVEILLANT})),
    DemoAccount("surveillant2", "R. Bakker", frozenset({Role.SURVEILLANT})),
)
BEHEERDER = DemoAccount("beheer", "J. Visser", frozenset({Role.BEHEERDER}))


def write_demo(data_dir: Path, now: datetime | None = None) -> None:
    """Fill a new data folder with the demo station; the running session started 40 minutes before ``now``."""
    paths.prepare_data_dir(data_dir)
    if paths.database_path(data_dir).exists():
        raise ExamdeskError(message(_NOT_EMPTY, path=str(data_dir)))
    paths.demo_marker_path(data_dir).write_text(_MARKER_TEXT, "utf-8")
    now = now or datetime.now(UTC)
    shift = now.astimezone(AMSTERDAM).date() - PACKAGE_DAY
    with resources.as_file(resources.files("examdesk.resources.demo").joinpath(DEMO_PACKAGE)) as package:
        dated, codes = dated_package(json.loads(package.read_text("utf-8")), shift)
    today = now.astimezone(AMSTERDAM).date()
    exam, version = dated["exams"][0], dated["version"]
    # The extra PE candidates of today's appointment list answered as two of the running group did.
    answers = [
        demo_appointments.responses_of(dated["results"], codes[RUNNING_GROUP], n) for n in ("1004", "1003")
    ]
    # The running group sits today: it has no results yet (issue 16 #13: none published before its sitting).
    dated["results"] = [r for r in dated["results"] if r["group"] != codes[RUNNING_GROUP]]
    closed_start = _local(CLOSED_SESSION_START.astimezone(AMSTERDAM).date() + shift, time(9, 0))
    # The station's history begins before the winter sitting's appointment, so the event log's times only go
    # forward.
    clock = ManualClock(demo_appointments.history_start(shift))
    station = open_station(data_dir, clock=clock)
    try:
        with transaction(station.engine) as session:
            row = session.get(StationRow, station.station_id)
            assert row is not None
            row.name, row.school = DEMO_STATION, DEMO_SCHOOL
            session.add(row)
        station.name, station.school = DEMO_STATION, DEMO_SCHOOL  # the certificate below names them
        station.write_identity()
        beheerder = accounts.create_first_beheerder(
            station, BEHEERDER.username, BEHEERDER.display_name, DEMO_PASSWORD
        )
        for account in DEMO_ACCOUNTS:
            accounts.create_account(
                station, beheerder, account.username, account.display_name, DEMO_PASSWORD, account.roles
            )
        keys.data_key(station)
        certificates.create_certificate(station, beheerder)  # R-SIG-2: the demo station signs its reports
        accounts.sign_out(station, beheerder)
        secretaris = accounts.sign_in(station, "secretaris", DEMO_PASSWORD)
        demo_appointments.lapsed_appointment(
            station, clock, secretaris, exam, version, answers[0], dated_package, shift, today
        )
        clock.set_wall(closed_start - timedelta(days=30))
        with tempfile.TemporaryDirectory() as folder:
            package_file = Path(folder) / DEMO_PACKAGE
            package_file.write_text(json.dumps(dated, ensure_ascii=False), "utf-8")
            packages.import_package(station, secretaris, package_file)
        closed = _closed_session(station, clock, secretaris, codes[CLOSED_GROUP], closed_start)
        _irregularity_case(station, clock, secretaris, closed, closed_start)
        # R-INZ-6: today's appointments: one held this morning, Noor's at 14:00, Bas's lapsed (R-INZ-3).
        held_at = demo_appointments.held_time(today, now, RUNNING_FOR)
        eva = demo_appointments.book_held(
            station, clock, secretaris, exam, version, answers[1], dated_package, shift, held_at
        )
        _appointment_held(station, clock, secretaris, codes[INZAGE_GROUP], PACKAGE_DAY + shift)
        _earlier_inzage(station, clock, secretaris, codes[INZAGE_GROUP], PACKAGE_DAY + shift)
        _appointment_today(station, clock, secretaris, codes[INZAGE_GROUP], PACKAGE_DAY + shift)
        demo_appointments.hold(station, clock, secretaris, eva, held_at)
        _running_session(station, clock, secretaris, now, codes[RUNNING_GROUP])
        # R-SES-2, R-SES-3, R-IRR-5: the demo's v2 planning and cases
        school = (now - RUNNING_FOR).astimezone(AMSTERDAM).strftime("%H:%M")
        demo_rules.hospital_session(station, secretaris, dated["exams"][0]["code"], today, school)
        demo_rules.duo_case(station, clock, secretaris, now)
        accounts.sign_out(station, secretaris)
    finally:
        station.close()


_DATED_CODE = re.compile(r"^(\d{4}-\d{2}-\d{2})(-.*)$")


def _local(day: date, at: time) -> datetime:
    """A wall-clock time in Amsterdam on ``day``, as a UTC moment."""
    return datetime.combine(day, at, tzinfo=AMSTERDAM).astimezone(UTC)


def _moved(text: str, shift: timedelta) -> str:
    if "T" in text:
        # Whole days on Amsterdam's wall clock: a submit at 10:52 in June is at 10:52 in December too, in
        # winter time (issue 16 #13), not an hour off as the same UTC offset would make it.
        local = datetime.fromisoformat(text).astimezone(AMSTERDAM).replace(tzinfo=None) + shift
        return local.replace(tzinfo=AMSTERDAM).isoformat()
    return (date.fromisoformat(text) + shift).isoformat()


def dated_package(package: dict[str, Any], shift: timedelta) -> tuple[dict[str, Any], dict[str, str]]:
    """The package with every date moved by ``shift`` (whole days) and group codes renamed to match.

    Returns the moved package and the new code of every group. Dates of documents (a VSV's date) stay:
    they lie years back and are what a candidate brought."""
    codes: dict[str, str] = {}
    for group in package["groups"]:
        match = _DATED_CODE.match(group["code"])
        codes[group["code"]] = _moved(match.group(1), shift) + match.group(2) if match else group["code"]
    for exam in package["exams"]:
        inspection_settings = exam.get("inspection") or {}
        if inspection_settings.get("until"):
            inspection_settings["until"] = _moved(inspection_settings["until"], shift)
    for group in package["groups"]:
        group["code"] = codes[group["code"]]
        group["date"] = _moved(group["date"], shift)
        if group.get("second_sitting_of"):
            group["second_sitting_of"] = codes.get(group["second_sitting_of"], group["second_sitting_of"])
    for result in package["results"]:
        result["group"] = codes.get(result["group"], result["group"])
        for moment in ("submitted_at", "published_at"):
            if result.get(moment):
                result[moment] = _moved(result[moment], shift)
    return package, codes


def sign_in_demo(station: Station) -> SignedIn:
    """Sign in the demo account that holds every role."""
    return accounts.sign_in(station, DEMO_ACCOUNTS[0].username, DEMO_PASSWORD)


def _candidates(station: Station, actor: SignedIn, session_id: str) -> dict[str, int]:
    return {row.number: row.candidate_id for row in sessions.dashboard(station, actor, session_id)}


def _closed_session(
    station: Station, clock: ManualClock, secretaris: SignedIn, group: str, start: datetime
) -> str:
    """The CE session (20 May in the package): pauses, an extension, a storing with compensation, VOVs, a late
    arrival, an absent candidate, and the surveillants' sign-off."""
    clock.set_wall(start - timedelta(minutes=20))
    session_id = planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(group, surveillants=[("surveillant1", True), ("surveillant2", False)]),
    )
    jansen = accounts.sign_in(station, "surveillant1", DEMO_PASSWORD)
    bakker = accounts.sign_in(station, "surveillant2", DEMO_PASSWORD)
    planning.start_session(station, jansen, session_id)
    ids = _candidates(station, jansen, session_id)
    late, absent = "3004", "3008"
    clock.set_wall(start - timedelta(minutes=2))
    for number, candidate in ids.items():
        if number in (late, absent):
            continue
        clock.advance(timedelta(seconds=40))
        _checked(station, jansen, session_id, candidate, "identity_card")
        sessions.start_candidate(station, jansen, session_id, candidate)
    # R-TIME-4: 3002's 60 minutes (dyslexia and NT2, R-TIME-3) and 3003's 30 are on their clocks from the start.
    clock.set_wall(start + timedelta(minutes=18))
    sessions.record_bsn_check(
        station, bakker, session_id, ids[late], match=True, id_document="passport", note="bus had vertraging"
    )
    sessions.start_candidate(station, bakker, session_id, ids[late], late_arrival=True)
    clock.set_wall(start + timedelta(minutes=25))
    storing = sessions.start_storing(
        station,
        jansen,
        session_id,
        ids["3001"],
        question="4",
        pc_old="PC-07",
        pc_new="PC-12",
        meldingsnummer="FH-2026-0519",
    )
    clock.advance(timedelta(minutes=7))
    sessions.end_storing(station, jansen, session_id, ids["3001"], storing.id)
    sessions.grant_compensation(station, jansen, session_id, ids["3001"], storing.id, 7)
    sessions.record_melding(
        station,
        jansen,
        session_id,
        kind="werking_examenbank",
        questions=["4"],
        candidate_id=ids["3001"],
        candidate_text="De keuzelijst bij vraag 4 bleef leeg.",
        surveillant_text="Computer vastgelopen; overgezet naar PC-12.",
        resolved=True,
        resolution="Na overzetten werkte de vraag.",
        duo_consulted=True,
        meldingsnummer="FH-2026-0519",
    )
    # R-VOV-3: a fault of the exam application that could not be solved, not even with the Facet helpdesk.
    sessions.record_melding(
        station,
        bakker,
        session_id,
        kind="werking_examenbank",
        questions=["1", "2"],
        candidate_id=ids["3007"],
        candidate_text="Bij vraag 1 en 2 verschenen de antwoordknoppen niet.",
        surveillant_text="Opnieuw laden en een andere pc hielpen niet; Facet-helpdesk gebeld.",
        resolved=False,
        duo_consulted=True,
        meldingsnummer="FH-2026-0522",
    )
    clock.set_wall(start + timedelta(minutes=45))
    sessions.pause_candidate(station, bakker, session_id, ids["3005"])
    clock.advance(timedelta(minutes=10))
    sessions.resume_candidate(station, bakker, session_id, ids["3005"])
    sessions.pause_candidate(station, jansen, session_id, ids["3006"])
    clock.advance(timedelta(minutes=5))
    sessions.resume_candidate(station, jansen, session_id, ids["3006"])
    sessions.record_remark(
        station, bakker, session_id, "Om 09:50 brandalarm getest in gebouw B; kort hoorbaar."
    )
    sessions.mark_absent(station, jansen, session_id, ids[absent])
    for number, minutes in (("3007", 70), ("3001", 80), ("3005", 86), ("3006", 88), (late, 89)):
        clock.set_wall(start + timedelta(minutes=minutes))
        sessions.hand_in(station, jansen, session_id, ids[number])
    # Time up is recorded at each deadline, as the station does while it runs (issue 16 #13).
    for number in ("3003", "3002"):
        deadline = sessions.candidate_status(station, jansen, session_id, ids[number]).clock.deadline
        assert deadline is not None
        clock.set_wall(deadline)
        sessions.record_time_ups(station, session_id)
    clock.set_wall(start + timedelta(minutes=150))
    sessions.close_session(
        station, jansen, session_id, {"surveillant1": DEMO_PASSWORD, "surveillant2": DEMO_PASSWORD}
    )
    accounts.sign_out(station, jansen)
    accounts.sign_out(station, bakker)
    return session_id


def _irregularity_case(
    station: Station, clock: ManualClock, secretaris: SignedIn, session_id: str, start: datetime
) -> None:
    """An open technical case (R-IRR-2) from the storing of 3001 in the closed session: reported to the
    Examenloket and discussed with the Inspectie; the ISD form is what comes next."""
    storing = next(s for s in cases.case_sources(station, secretaris, session_id) if s.origin == "storing")
    clock.set_wall(start + timedelta(hours=5))
    case_id = cases.open_case(
        station,
        secretaris,
        session_id,
        candidates=list(storing.candidate_ids),
        category="other",
        technical=True,
        # As the VOV says (resolved): the question worked again after the move; what is in question is the
        # time and the answer given before it (issue 16 #13: the case does not contradict the VOV).
        description="Computer liep vast bij vraag 4; keuzelijst bleef leeg. Na overzetten naar PC-12 werkte "
        "de vraag weer; of de kandidaat daardoor benadeeld is, beoordeelt de Inspectie.",
        source_event=storing.event_id,
    )
    clock.set_wall(start + timedelta(days=1, hours=1))
    reported_on = clock.wall.astimezone(AMSTERDAM).date()
    cases.record_reported(
        station, secretaris, case_id, on=reported_on, channel="phone", note="Examenloket, 09:10"
    )
    clock.set_wall(start + timedelta(days=6, hours=5))
    cases.record_discussed(
        station,
        secretaris,
        case_id,
        on=clock.wall.astimezone(AMSTERDAM).date(),
        decision="De Inspectie verklaart het werk van 3001 ongeldig; tweede zitting in het volgende tijdvak.",
    )


def _appointment_held(
    station: Station, clock: ManualClock, secretaris: SignedIn, group: str, package_day: date
) -> None:
    """R-INZ-6: Kim de Graaf asked for inzage on the result's day; the earlier inzage below is held at it."""
    clock.set_wall(_local(package_day - timedelta(days=2), time(9, 30)))
    kim = _candidate_number(station, secretaris, group, "2002")
    appointments.book(
        station,
        secretaris,
        kim,
        requested_on=package_day - timedelta(days=3),
        on=package_day - timedelta(days=2),
        at="10:00",
    )


def _appointment_today(
    station: Station, clock: ManualClock, secretaris: SignedIn, group: str, package_day: date
) -> None:
    """R-INZ-6: Noor Hendriks asked yesterday; her appointment is today at 14:00 (today's list starts it)."""
    clock.set_wall(_local(package_day - timedelta(days=1), time(16, 0)))
    noor = _candidate_number(station, secretaris, group, "2003")
    appointments.book(
        station, secretaris, noor, requested_on=package_day - timedelta(days=1), on=package_day, at="14:00"
    )


def _candidate_number(station: Station, secretaris: SignedIn, group: str, number: str) -> int:
    results = inspection.group_results(station, secretaris, group)
    return next(row.candidate_id for row in results.candidates if row.number == number)


def _earlier_inzage(
    station: Station, clock: ManualClock, secretaris: SignedIn, group: str, package_day: date
) -> None:
    """An inzage the day after the PE result (R-INZ-3: grade 5, ID checked, supervisor present), with items
    opened and answers shown: it stands in the inzage log (R-INZ-4) and is why a second one is refused."""
    clock.set_wall(_local(package_day - timedelta(days=2), time(10, 0)))
    results = inspection.group_results(station, secretaris, group)
    candidate = next(row for row in results.candidates if row.number == "2002")
    inspection.record_bsn_check(
        station, secretaris, candidate.candidate_id, match=True, id_document="identity_card"
    )
    clock.advance(timedelta(minutes=1))
    started = inzage_sessions.start_inzage(
        station, secretaris, candidate.candidate_id, supervisor_present=True
    )
    for work in started.items[:4]:
        clock.advance(timedelta(seconds=100))
        inzage_sessions.record_item_opened(station, secretaris, started.id, work.item.id)
        what = inspection.KEY if work.item.closed else inspection.MARKING_SCHEME
        inzage_sessions.record_answer_shown(station, secretaris, started.id, work.item.id, what)
    clock.advance(timedelta(minutes=9))
    inzage_sessions.end_inzage(station, secretaris, started.id)


def _running_session(
    station: Station, clock: ManualClock, secretaris: SignedIn, now: datetime, group: str
) -> None:
    """The PE group, today, started 40 minutes before ``now``: a pause in progress, an extension, a storing
    with compensation, a VOV."""
    started = now - RUNNING_FOR
    local = started.astimezone(AMSTERDAM)
    clock.set_wall(started - timedelta(minutes=5))
    session_id = planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(
            group,
            surveillants=[("surveillant1", True)],
            date=local.date(),
            start_time=local.strftime("%H:%M"),
        ),
    )
    jansen = accounts.sign_in(station, "surveillant1", DEMO_PASSWORD)
    planning.start_session(station, jansen, session_id)
    ids = _candidates(station, jansen, session_id)
    clock.set_wall(started)
    for number in ("1001", "1002", "1003", "1004", "1005", "1006"):
        clock.advance(timedelta(seconds=30))
        _checked(station, jansen, session_id, ids[number], "passport")
        sessions.start_candidate(station, jansen, session_id, ids[number])
    _flagged_override(station, secretaris, jansen, session_id, ids["1004"])
    sessions.record_bsn_check(
        station,
        jansen,
        session_id,
        ids["1008"],
        match=False,
        id_document="identity_card",
        note="Laatste vier cijfers wijken af van het rooster.",
    )
    clock.set_wall(started + timedelta(minutes=12))
    storing = sessions.start_storing(
        station, jansen, session_id, ids["1003"], question="V2", pc_old="PC-03", pc_new="PC-09"
    )
    clock.advance(timedelta(minutes=4))
    sessions.end_storing(station, jansen, session_id, ids["1003"], storing.id, meldingsnummer="FH-2026-1108")
    sessions.grant_compensation(station, jansen, session_id, ids["1003"], storing.id, 4)
    sessions.record_melding(
        station,
        jansen,
        session_id,
        kind="examenvraag",
        questions=["K11"],
        candidate_id=ids["1005"],
        candidate_text="Bij K11 lijken twee antwoorden goed.",
        surveillant_text="Vraag genoteerd; kandidaat werkt door.",
    )
    clock.set_wall(now - timedelta(minutes=6))
    sessions.pause_candidate(station, jansen, session_id, ids["1006"])
    accounts.sign_out(station, jansen)


def _checked(station: Station, surveillant: SignedIn, session_id: str, candidate: int, document: str) -> None:
    """The BSN check, every accommodation whose VSV is valid confirmed against it (R-ACC-2)."""
    _, _, accommodations = sessions.bsn_for_check(station, surveillant, session_id, candidate)
    valid = [i for i, a in enumerate(accommodations) if a.vsv.status in ("valid", "not_needed")]
    sessions.record_bsn_check(
        station, surveillant, session_id, candidate, match=True, id_document=document, confirmed=valid
    )


def _flagged_override(
    station: Station, secretaris: SignedIn, surveillant: SignedIn, session_id: str, candidate: int
) -> None:
    """The demo's one override (R-ACC-2): 1004's VSV has expired; the examensecretaris saw the renewed one."""
    sessions.apply_accommodation(
        station,
        surveillant,
        session_id,
        candidate,
        0,
        sessions.Override(secretaris, "Nieuwe VSV van 2 juni gezien; de school stuurt hem na naar DUO."),
    )
