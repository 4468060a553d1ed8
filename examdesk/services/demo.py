"""Demo data: a throwaway station to explore examdesk with (``examdesk --demo``, ``examdesk demo``).

Everything here is invented: the station, one account per role, the demo package shipped in
``examdesk/resources/demo`` (a PE and a CE exam, three afnamegroepen, results with grades on both sides
of the cesuur), a closed session with its whole record, an open irregularity case from its storing, and a
session running now. All of it is written through the same services the windows use, with a clock that is
set to when each thing happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from examdesk import paths
from examdesk.core.errors import ExamdeskError
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import accounts, cases, keys, packages, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.station import Station, open_station
from examdesk.store.db import transaction
from examdesk.store.models import StationRow

DEMO_PASSWORD = "examdesk-demo"
DEMO_PACKAGE = "demo_package.json"
CLOSED_GROUP = "2026-05-20-EC-3B"
CLOSED_SESSION_START = datetime(2026, 5, 20, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam
RUNNING_GROUP = "2026-06-12-CK-A"
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
    # The station's history begins before the closed session, so the event log's times only go forward.
    clock = ManualClock(CLOSED_SESSION_START - timedelta(days=30))
    station = open_station(data_dir, clock=clock)
    try:
        with transaction(station.engine) as session:
            row = session.get(StationRow, station.station_id)
            assert row is not None
            row.name, row.school = DEMO_STATION, DEMO_SCHOOL
            session.add(row)
        beheerder = accounts.create_first_beheerder(
            station, BEHEERDER.username, BEHEERDER.display_name, DEMO_PASSWORD
        )
        for account in DEMO_ACCOUNTS:
            accounts.create_account(
                station, beheerder, account.username, account.display_name, DEMO_PASSWORD, account.roles
            )
        keys.data_key(station)
        accounts.sign_out(station, beheerder)
        secretaris = accounts.sign_in(station, "secretaris", DEMO_PASSWORD)
        with resources.as_file(resources.files("examdesk.resources.demo").joinpath(DEMO_PACKAGE)) as package:
            packages.import_package(station, secretaris, package)
        closed = _closed_session(station, clock, secretaris)
        _irregularity_case(station, clock, secretaris, closed)
        _running_session(station, clock, secretaris, now)
        accounts.sign_out(station, secretaris)
    finally:
        station.close()


def sign_in_demo(station: Station) -> SignedIn:
    """Sign in the demo account that holds every role."""
    return accounts.sign_in(station, DEMO_ACCOUNTS[0].username, DEMO_PASSWORD)


def _candidates(station: Station, actor: SignedIn, session_id: str) -> dict[str, int]:
    return {row.number: row.candidate_id for row in sessions.dashboard(station, actor, session_id)}


def _closed_session(station: Station, clock: ManualClock, secretaris: SignedIn) -> str:
    """The CE session of 20 May: pauses, an extension, a storing with compensation, a VOV, a late arrival,
    an absent candidate, and the surveillants' sign-off."""
    clock.set_wall(CLOSED_SESSION_START - timedelta(minutes=20))
    session_id = sessions.plan_session(
        station, secretaris, CLOSED_GROUP, surveillants=[("surveillant1", True), ("surveillant2", False)]
    )
    jansen = accounts.sign_in(station, "surveillant1", DEMO_PASSWORD)
    bakker = accounts.sign_in(station, "surveillant2", DEMO_PASSWORD)
    sessions.start_session(station, jansen, session_id)
    ids = _candidates(station, jansen, session_id)
    late, absent = "3004", "3008"
    clock.set_wall(CLOSED_SESSION_START - timedelta(minutes=2))
    for number, candidate in ids.items():
        if number in (late, absent):
            continue
        clock.advance(timedelta(seconds=40))
        sessions.record_bsn_check(
            station, jansen, session_id, candidate, match=True, id_document="identity_card"
        )
        sessions.start_candidate(station, jansen, session_id, candidate)
    sessions.apply_extension(
        station, jansen, session_id, ids["3002"], 60
    )  # dyslexie and NT2: 2 x 30 (R-TIME-3)
    sessions.apply_extension(station, jansen, session_id, ids["3003"], 30)
    clock.set_wall(CLOSED_SESSION_START + timedelta(minutes=18))
    sessions.record_bsn_check(
        station, bakker, session_id, ids[late], match=True, id_document="passport", note="bus had vertraging"
    )
    sessions.start_candidate(station, bakker, session_id, ids[late], late_arrival=True)
    clock.set_wall(CLOSED_SESSION_START + timedelta(minutes=25))
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
    clock.set_wall(CLOSED_SESSION_START + timedelta(minutes=45))
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
        clock.set_wall(CLOSED_SESSION_START + timedelta(minutes=minutes))
        sessions.hand_in(station, jansen, session_id, ids[number])
    clock.set_wall(CLOSED_SESSION_START + timedelta(minutes=150))
    sessions.record_time_ups(station, session_id)
    for number in ("3002", "3003"):
        status = sessions.candidate_status(station, jansen, session_id, ids[number])
        if not status.clock.is_final:
            sessions.hand_in(station, jansen, session_id, ids[number])
    sessions.close_session(
        station, jansen, session_id, {"surveillant1": DEMO_PASSWORD, "surveillant2": DEMO_PASSWORD}
    )
    accounts.sign_out(station, jansen)
    accounts.sign_out(station, bakker)
    return session_id


def _irregularity_case(station: Station, clock: ManualClock, secretaris: SignedIn, session_id: str) -> None:
    """An open technical case (R-IRR-2) from the storing of 3001 in the closed session: reported to the
    Examenloket and discussed with the Inspectie; the ISD form is what comes next."""
    storing = next(s for s in cases.case_sources(station, secretaris, session_id) if s.origin == "storing")
    clock.set_wall(CLOSED_SESSION_START + timedelta(hours=5))
    case_id = cases.open_case(
        station,
        secretaris,
        session_id,
        candidates=list(storing.candidate_ids),
        category="other",
        technical=True,
        description="Computer liep vast bij vraag 4; keuzelijst bleef leeg, ook na overzetten naar PC-12 "
        "was het antwoord op vraag 4 niet terug te vinden.",
        source_event=storing.event_id,
    )
    clock.set_wall(CLOSED_SESSION_START + timedelta(days=1, hours=2))
    cases.record_reported(
        station, secretaris, case_id, on=clock.wall.date(), channel="phone", note="Examenloket, 09:10"
    )
    clock.set_wall(CLOSED_SESSION_START + timedelta(days=6, hours=6))
    cases.record_discussed(
        station,
        secretaris,
        case_id,
        on=clock.wall.date(),
        decision="De Inspectie verklaart het werk van 3001 ongeldig; tweede zitting in het volgende tijdvak.",
    )


def _running_session(station: Station, clock: ManualClock, secretaris: SignedIn, now: datetime) -> None:
    """The PE group, today, started 40 minutes before ``now``: a pause in progress, an extension, a storing
    with compensation, a VOV."""
    started = now - RUNNING_FOR
    local = started.astimezone(ZoneInfo("Europe/Amsterdam"))
    clock.set_wall(started - timedelta(minutes=5))
    session_id = sessions.plan_session(
        station,
        secretaris,
        RUNNING_GROUP,
        surveillants=[("surveillant1", True)],
        date=local.date(),
        start_time=local.strftime("%H:%M"),
    )
    jansen = accounts.sign_in(station, "surveillant1", DEMO_PASSWORD)
    sessions.start_session(station, jansen, session_id)
    ids = _candidates(station, jansen, session_id)
    clock.set_wall(started)
    for number in ("1001", "1002", "1003", "1004", "1005", "1006"):
        clock.advance(timedelta(seconds=30))
        sessions.record_bsn_check(
            station, jansen, session_id, ids[number], match=True, id_document="passport"
        )
        sessions.start_candidate(station, jansen, session_id, ids[number])
    sessions.record_bsn_check(
        station,
        jansen,
        session_id,
        ids["1008"],
        match=False,
        id_document="identity_card",
        note="Laatste vier cijfers wijken af van het rooster.",
    )
    sessions.apply_extension(station, jansen, session_id, ids["1001"], 30)
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
