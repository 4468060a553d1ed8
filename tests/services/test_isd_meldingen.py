"""R-ACC-3: the ISD melding date per ISD accommodation of an afnamegroep (issue 14)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from examdesk.core.accommodations import AccommodationKind
from examdesk.core.roles import Role
from examdesk.services import accounts, packages
from examdesk.services.actors import SignedIn
from examdesk.services.errors import NotFound, PermissionDenied
from examdesk.services.isd_meldingen import isd_meldingen, unreported_count
from examdesk.services.station import Station
from tests.services.sample_package import valid_package

PASSWORD = "correct horse battery"
GROUP = "2026-06-12-CK-A"


def isd_package() -> dict[str, Any]:
    """Version 2: 1001 extra time reported on 2 March 2026, 1002 extra time not reported plus large print."""
    data = valid_package()
    data["version"] = 2
    first, second = data["groups"][0]["candidates"]
    first["accommodations"] = [
        {
            "kind": "extra_time",
            "minutes": 30,
            "ground": "dyslexia",
            "statement": {"date": "2023-09-01", "valid_until": None},
            "isd_reported_on": "2026-03-02",
        }
    ]
    second["accommodations"] = [
        {
            "kind": "extra_time",
            "minutes": 30,
            "ground": "adhd",
            "statement": {"date": "2024-09-01", "valid_until": None},
        },
        {"kind": "large_print"},
    ]
    return data


@pytest.fixture
def secretaris(station: Station, beheerder: SignedIn, tmp_path: Path):
    accounts.create_account(
        station, beheerder, "secretaris", "M. de Vries", PASSWORD, frozenset({Role.EXAMENSECRETARIS})
    )
    actor = accounts.sign_in(station, "secretaris", PASSWORD)
    path = tmp_path / "p.json"
    path.write_text(json.dumps(isd_package()), "utf-8")
    packages.import_package(station, actor, path)
    return actor


def test_extra_time_without_isd_reported_on_is_flagged_not_reported_R_ACC_3(
    station: Station, secretaris
) -> None:
    found = isd_meldingen(station, secretaris, GROUP)
    assert [(m.number, m.accommodation.kind) for m in found] == [
        ("1001", AccommodationKind.EXTRA_TIME),
        ("1002", AccommodationKind.EXTRA_TIME),  # large print needs no ISD melding
    ]
    unreported = found[1]
    assert unreported.reported_on is None and not unreported.reported
    assert unreported_count(found) == 1


def test_extra_time_with_isd_reported_on_gives_the_date_R_ACC_3(station: Station, secretaris) -> None:
    reported = isd_meldingen(station, secretaris, GROUP)[0]
    assert reported.name == "Sanne de Vries"
    assert reported.reported and reported.reported_on == dt.date(2026, 3, 2)


def test_only_the_examensecretaris_sees_the_isd_meldingen_R_ACC_3(
    station: Station, secretaris, beheerder: SignedIn
) -> None:
    accounts.create_account(
        station, beheerder, "surveillant", "J. Jansen", PASSWORD, frozenset({Role.SURVEILLANT})
    )
    surveillant = accounts.sign_in(station, "surveillant", PASSWORD)
    with pytest.raises(PermissionDenied):
        isd_meldingen(station, surveillant, GROUP)
    with pytest.raises(NotFound):
        isd_meldingen(station, secretaris, "no-such-group")
