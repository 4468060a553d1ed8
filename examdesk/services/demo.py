"""Demo data: a throwaway station to explore examdesk with (``examdesk --demo``, ``examdesk demo``).

Everything here is invented: the station, one account per role, and the demo package shipped in
``examdesk/resources/demo`` (a PE and a CE exam, three afnamegroepen, results with grades on both sides
of the cesuur), imported through the same service as any package. Sessions come with the proctoring
feature.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from examdesk import paths
from examdesk.core.errors import ExamdeskError
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import accounts, keys, packages
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station, open_station
from examdesk.store.db import transaction
from examdesk.store.models import StationRow

DEMO_PASSWORD = "examdesk-demo"
DEMO_PACKAGE = "demo_package.json"
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


def write_demo(data_dir: Path) -> None:
    """Fill a new data folder with the demo station."""
    paths.prepare_data_dir(data_dir)
    if paths.database_path(data_dir).exists():
        raise ExamdeskError(message(_NOT_EMPTY, path=str(data_dir)))
    paths.demo_marker_path(data_dir).write_text(_MARKER_TEXT, "utf-8")
    station = open_station(data_dir)
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
        accounts.sign_out(station, secretaris)
    finally:
        station.close()


def sign_in_demo(station: Station) -> SignedIn:
    """Sign in the demo account that holds every role."""
    return accounts.sign_in(station, DEMO_ACCOUNTS[0].username, DEMO_PASSWORD)
