"""The school's view for ``tools/screenshots.py --school`` (issue 18, R-NET-1, R-NET-3): the "Today" page with
three exam rooms, each on its own station, and the header's school-server state: up to date, then with the
server down. At the window a 1366×768 laptop gives (maximised, less the task bar and title), in one language.

The three room stations copy their events with the real copier code (``services.sync.copy_pending``) into a
database with the school server's tables. A SQLite file stands in for the school's PostgreSQL here, so that
the screenshots need no server; "the server down" is a real connection to a closed port.

Names: ``school_today_1366_{language}.png``, ``school_proces_verbaal_1366_{language}.png`` (a row opened),
``school_server_down_1366_{language}.png``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.engine import Engine

from examdesk.core.roles import Role
from examdesk.services import accounts, demo, identity, packages, school_server, secrets, sessions, sync
from examdesk.services.clock import ManualClock
from examdesk.services.sessions import planning
from examdesk.services.sessions.actions import Override
from examdesk.services.station import Station, open_station
from examdesk.store.db import make_engine, upgrade
from examdesk.ui.school.workspace import SchoolWorkspace
from examdesk.ui.workspaces import WorkspaceKey

SIZE = (1366, 698)  # as tools/screenshots_proctor.SCREENS["1366"]
SCHOOL = "Demoschool De Horizon"
SERVER = "postgresql://examdesk@schoolserver/examdesk"
DOWN = "postgresql://examdesk@127.0.0.1:1/examdesk"  # nothing listens there: the server is down
ROOMS = (
    ("1.05", "Lokaal 1.05", "2026-06-12-CK-A", "Consumptief krediet ochtend"),
    ("2.14", "Lokaal 2.14", "2026-06-12-CK-B", "Consumptief krediet ochtend (2)"),
    ("gym", "Gymzaal", "2026-06-12-CK-C", "Consumptief krediet ochtend (3)"),
)


def _tools() -> Any:
    from tools import screenshots

    return screenshots


def _at(clock: ManualClock, hours: int, minutes: int) -> None:
    clock.wall = datetime(2026, 6, 12, hours - 2, minutes, tzinfo=UTC)  # Amsterdam summer time


def _people(station: Station, name: str) -> tuple[Any, Any, Any]:
    beheerder = accounts.create_first_beheerder(station, "beheer", "J. Visser", demo.DEMO_PASSWORD)
    identity.set_station_names(station, beheerder, school=SCHOOL, name=name)
    for username, person, roles in (
        ("secretaris", "M. de Vries", {Role.EXAMENSECRETARIS}),
        ("surveillant1", "A. Jansen", {Role.SURVEILLANT}),
    ):
        accounts.create_account(station, beheerder, username, person, demo.DEMO_PASSWORD, frozenset(roles))
    return (
        beheerder,
        accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD),
        accounts.sign_in(station, "surveillant1", demo.DEMO_PASSWORD),
    )


def room_station(work: Path, number: int) -> Station:
    """One exam room's station at 09:47: its own group of the same exam, each room at its own point."""
    shots = _tools()
    key, room, code, name = ROOMS[number]
    clock = ManualClock(datetime(2026, 6, 12, 6, 30, tzinfo=UTC))
    station = open_station(work / f"room-{key}", clock=clock, secret_store=secrets.MemoryStore())
    _beheerder, secretaris, jansen = _people(station, f"PC {room.lower()}")
    package = shots.exam_day_package()
    group = package["groups"][0]
    group.update(code=code, name=name, location={"kind": "school", "room": room})
    package["groups"] = [group] + ([package["groups"][1]] if number == 2 else [])
    path = work / f"room-{key}.json"
    shots.write_json(path, package)
    packages.import_package(station, secretaris, path)
    if number == 2:  # the hospital sitting of the afternoon, planned from the gym's station
        planning.plan_session(
            station,
            secretaris,
            planning.PlanRequest("2026-06-12-CK-Z", surveillants=[("surveillant1", True)]),
        )
    session_id = planning.plan_session(
        station, secretaris, planning.PlanRequest(code, surveillants=[("surveillant1", True)])
    )
    supervised = Override(secretaris, "begeleide pauze, met de examensecretaris overlegd")
    _at(clock, 8, 50 + number * 3)
    planning.start_session(station, jansen, session_id)
    ids = {r.number: r.candidate_id for r in sessions.dashboard(station, jansen, session_id)}
    started = ("1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008")[: (8, 7, 5)[number]]
    _at(clock, 9, number * 4)
    for candidate in started:
        sessions.record_bsn_check(
            station, jansen, session_id, ids[candidate], match=True, id_document="passport"
        )
        sessions.start_candidate(station, jansen, session_id, ids[candidate])
    if number == 0:
        _at(clock, 9, 35)
        sessions.hand_in(station, jansen, session_id, ids["1006"])
        _at(clock, 9, 44)
        sessions.pause_candidate(station, jansen, session_id, ids["1002"], override=supervised)
    elif number == 1:
        _at(clock, 9, 31)
        sessions.record_melding(
            station,
            jansen,
            session_id,
            kind="examenvraag",
            questions=["K4"],
            candidate_id=ids["1005"],
            candidate_text="Bij K4 lijken twee antwoorden goed.",
            surveillant_text="Vraag genoteerd; kandidaat werkt door.",
        )
        _at(clock, 9, 43)
        sessions.start_storing(station, jansen, session_id, ids["1003"], question="V3", pc_old="PC-07")
    else:
        _at(clock, 9, 45)
        sessions.hand_in(station, jansen, session_id, ids["1001"])
    clock.wall = datetime(2026, 6, 12, 7, 47, 12, tzinfo=UTC)
    return station


def shoot_school(
    folder: Path,
    language: str,
    work: Path,
    window: Callable[..., Any],
    keep: list[QWidget],
) -> None:
    """The "Today" page of the examensecretaris's station with three rooms' stations copied to the school
    server, the header up to date; then the server down: the header and the page each say so."""
    shots = _tools()
    work = work / f"school-{language}"
    work.mkdir()
    server = make_engine(work / "schoolserver.sqlite")
    upgrade(server)
    address, _ = school_server.ServerAddress.parse(SERVER)
    for number in range(len(ROOMS)):
        room = room_station(work, number)
        sync.copy_pending(room, server, address)
        room.close()
    real_engine_for = school_server.engine_for

    stand_in = address.shown

    def engine_for(address: school_server.ServerAddress, password: str | None) -> Engine:
        """The stand-in for the school's server; any other address as the application reaches it."""
        return server if address.shown == stand_in else real_engine_for(address, password)

    school_server.engine_for = engine_for
    clock = ManualClock(datetime(2026, 6, 12, 7, 47, 12, tzinfo=UTC))
    viewer = open_station(work / "secretariaat", clock=clock, secret_store=secrets.MemoryStore())
    beheerder, _secretaris, _jansen = _people(viewer, "Secretariaat")
    school_server.connect(viewer, SERVER)
    try:
        shown = window(
            lambda: viewer, auto_sign_in=lambda s: accounts.sign_in(s, "secretaris", demo.DEMO_PASSWORD)
        )
        shown.resize(*SIZE)
        shots.wait_until(lambda: shown.current_page_name() == "workspaces")
        shown.workspaces_page.show_key(WorkspaceKey.SCHOOL)
        school = shown.workspaces_page.workspace(WorkspaceKey.SCHOOL)
        assert isinstance(school, SchoolWorkspace)
        today = school.today
        shots.wait_until(lambda: today.model.rowCount() == 4 and today.reading is not None)
        status = shown.sync_status
        shots.wait_until(lambda: status is not None and status.isVisible() and bool(status.state.up_to_date))
        today.table.selectRow(1)
        today.table.setFocus()
        shots.save(shown, folder, f"school_today_1366_{language}")
        view = school.open_session(today.model.row(1))  # as Enter does
        shots.wait_until(lambda: view.document is not None)
        shots.save(shown, folder, f"school_proces_verbaal_1366_{language}")
        school.show_today()

        school_server.connect(viewer, DOWN)
        _at(clock, 9, 52)
        for _ in range(6):  # the secretariaat's own events go on being recorded while the server is down
            accounts.sign_out(viewer, accounts.sign_in(viewer, "beheer", demo.DEMO_PASSWORD))
        del beheerder
        shots.wait_until(lambda: status.state is not None and status.state.unreachable_since is not None)
        today.refresh()
        shots.wait_until(today.message.is_refusal)
        shots.save(shown, folder, f"school_server_down_1366_{language}")
        shown.close()
    finally:
        school_server.engine_for = real_engine_for
        viewer.close()
        server.dispose()
