"""The school's and the station's names (R-SIG-5): set by the beheerder, printed by every report, carried by
the certificate the station creates; ``examdesk station``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.services import accounts, certificates, events, identity
from examdesk.services.errors import InvalidInput, PermissionDenied
from examdesk.services.station import open_station
from tests.cli_runner import run

PASSWORD = "correct horse battery"


# R-SIG-5
def test_the_beheerder_names_school_and_station_and_the_certificate_carries_them_R_SIG_5(
    station: Any, beheerder: Any, data_dir: Path
) -> None:
    assert not identity.station_names(station).complete
    names = identity.set_station_names(station, beheerder, school="  Het Nieuwe  Lyceum ", name="Lokaal 2.14")
    assert (names.school, names.station) == ("Het Nieuwe Lyceum", "Lokaal 2.14") and names.complete
    (event,) = events.list_events(station, kinds=(EventKind.STATION_RENAMED,))
    assert event.payload["school"] == "Het Nieuwe Lyceum" and event.actor == "beheer"
    info = certificates.create_certificate(station, beheerder)
    assert "CN=examdesk station Lokaal 2.14" in info.subject and "O=Het Nieuwe Lyceum" in info.subject
    # Saving the same names again records nothing.
    identity.set_station_names(station, beheerder, school="Het Nieuwe Lyceum")
    assert len(events.list_events(station, kinds=(EventKind.STATION_RENAMED,))) == 1


# R-SIG-5
def test_names_are_checked_and_only_the_beheerder_sets_them_R_SIG_5(station: Any, beheerder: Any) -> None:
    accounts.create_account(
        station, beheerder, "jansen", "A. Jansen", PASSWORD, frozenset({Role.SURVEILLANT})
    )
    jansen = accounts.sign_in(station, "jansen", PASSWORD)
    with pytest.raises(PermissionDenied):
        identity.set_station_names(station, jansen, school="X")
    for bad in ("   ", "A\x00B", "x" * 201):
        with pytest.raises(InvalidInput):
            identity.set_station_names(station, beheerder, school=bad)
    assert station.school == ""


# R-SIG-5
def test_cli_station_shows_and_sets_the_names_R_SIG_5(demo_dir: Path) -> None:
    shown = run("station", "--json", "--data-dir", str(demo_dir))
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == {"school": "Demoschool De Horizon", "name": "Demostation lokaal 1.14"}
    done = run("station", "--school", "Łyceum Nguyễn", "--name", "Zaal B", "--data-dir", str(demo_dir))
    assert done.returncode == 0 and "Łyceum Nguyễn" in done.stdout and "Zaal B" in done.stdout
    station = open_station(demo_dir)
    try:
        assert (station.school, station.name) == ("Łyceum Nguyễn", "Zaal B")
    finally:
        station.close()
    empty = run("station", "--school", " ", "--data-dir", str(demo_dir), "--lang", "en")
    assert empty.returncode == 2 and "cannot be empty" in empty.stderr


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the run's demo station (tests/demo_station.py)."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    return folder
