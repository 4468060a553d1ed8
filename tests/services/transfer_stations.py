"""Two stations for the transfer-file tests (R-NET-4): the demo station, where a session was held, and a
second station of the same school that holds the same exam package (so the same results) but no session."""

from __future__ import annotations

import json
import tempfile
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from examdesk.core.roles import Role
from examdesk.services import accounts, certificates, demo, keys, packages, trust
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from tests.new_station import Schema, open_new_station

RECEIVER_NAME = "Inzagestation mediatheek"


def closed_session(station: Station) -> str:
    """The demo's closed session (the afnamegroep whose results the inzage shows)."""
    from examdesk.services import sessions

    return next(s.id for s in sessions.list_sessions(station) if s.group_code == demo.CLOSED_GROUP)


def receiving_station(
    folder: Path, clock: Any, schema: Schema, *, trusting: Station | None = None
) -> Station:
    """A second station of the school: its own id, the demo package (results, no sessions), and, when
    ``trusting`` is given, that station's certificate among its trusted signers (R-SIG-4).

    It starts as a new station from the run's migrated schema (``new_station_schema``, tests/new_station.py).
    """
    station = open_new_station(folder, clock, schema)
    station.name = RECEIVER_NAME
    beheerder = accounts.create_first_beheerder(station, "beheer", "J. Visser", demo.DEMO_PASSWORD)
    accounts.create_account(
        station,
        beheerder,
        "secretaris",
        "M. de Vries",
        demo.DEMO_PASSWORD,
        frozenset({Role.EXAMENSECRETARIS}),
    )
    keys.data_key(station)
    certificates.create_certificate(station, beheerder)
    if trusting is not None:
        trust_station(station, beheerder, trusting)
    secretaris = accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD)
    with resources.as_file(resources.files("examdesk.resources.demo").joinpath(demo.DEMO_PACKAGE)) as package:
        dated, codes = demo.dated_package(json.loads(package.read_text("utf-8")), timedelta(0))
    dated["results"] = [r for r in dated["results"] if r["group"] != codes[demo.RUNNING_GROUP]]
    with tempfile.TemporaryDirectory() as temporary:
        package_file = Path(temporary) / demo.DEMO_PACKAGE
        package_file.write_text(json.dumps(dated, ensure_ascii=False), "utf-8")
        packages.import_package(station, secretaris, package_file)
    return station


def trust_station(station: Station, beheerder: SignedIn, other: Station) -> None:
    trust.add_trusted(
        station, beheerder, other.data_dir / certificates.SIGNING_FOLDER / certificates.CERTIFICATE_FILE
    )
