"""The inzage finds a result's sitting held on another station through the school server (R-PV-5 via
R-NET-3, issue 18), on a real PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from examdesk.services import inspection, school_server, school_view, sync
from examdesk.services.actors import command_line_operator
from tests.demo_station import CE_GROUP, candidate_id
from tests.server.school import School
from tests.services.demo_station import open_copy
from tests.services.transfer_stations import closed_session


@pytest.fixture
def station_url(school: School) -> str:
    """A station's login on the school database (``school``)."""
    return school.login_url()


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
