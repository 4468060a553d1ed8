"""The inzage finds a result's sitting held on another station through the school server (R-PV-5 via
R-NET-3, issue 18), on a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from examdesk.services import inspection, school_server, school_view, sync
from examdesk.services.actors import command_line_operator
from tests.demo_station import CE_GROUP, candidate_id
from tests.services.demo_station import open_copy
from tests.services.transfer_stations import closed_session

STATION_PASSWORD = "station-password-2"


@pytest.fixture
def station_url(
    initialized_school_db: str, postgres_server: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A station's login on a school database set up by ``server init`` (a copy of the run's: ``init`` here
    has nothing left to migrate, and grants the login)."""
    url = make_url(initialized_school_db)
    school_server.init_server(url.render_as_string(hide_password=False))
    login = f"station_{url.database}"
    postgres_server.create_login_role(login, STATION_PASSWORD, in_role=school_server.STATION_ROLE)
    monkeypatch.setenv(school_server.PASSWORD_ENV, STATION_PASSWORD)
    yield f"postgresql://{login}@{url.host}:{url.port}/{url.database}"


def test_r_pv_5_find_sitting_finds_the_session_copied_by_another_station(
    station_url: str, tmp_path: Path, running_demo: Path, other_running_demo: Path
) -> None:
    room, _ = open_copy(running_demo, tmp_path / "room-copy")
    office, _ = open_copy(other_running_demo, tmp_path / "office-copy")
    try:
        address = school_server.connect(room, station_url)
        engine = school_server.engine_for(address, school_server.password_for(room))
        try:
            sync.copy_pending(room, engine, address)
        finally:
            engine.dispose()
        school_server.connect(office, station_url)
        operator = command_line_operator()
        there = candidate_id(inspection.group_results(room, operator, CE_GROUP), "3001")
        sitting = school_view.find_sitting(office, CE_GROUP, "3001")
        assert sitting is not None
        assert (sitting.station_id, sitting.session_id) == (room.station_id, closed_session(room))
        assert sitting.origin_candidate_id == there and sitting.station_name == room.name
        # Only a sitting in which the candidate sat: a number that is on no roster finds nothing.
        assert school_view.find_sitting(office, CE_GROUP, "9999") is None
    finally:
        room.close()
        office.close()
