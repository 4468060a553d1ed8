"""Exams, groups and rosters as the screens see them (R-ACC-2, R-ACC-3, R-BSN-6, R-ROLE-2)."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from pathlib import Path

import pytest

from examdesk.core.accommodations import VsvStatus
from examdesk.core.roles import Role
from examdesk.services import accounts, catalogue, packages
from examdesk.services.actors import SignedIn
from examdesk.services.errors import NotFound, PermissionDenied
from examdesk.services.station import Station
from tests.services.sample_package import valid_package

PASSWORD = "correct horse battery"


@pytest.fixture
def loaded(station: Station, beheerder: SignedIn, tmp_path: Path):
    accounts.create_account(
        station, beheerder, "secretaris", "M. de Vries", PASSWORD, frozenset({Role.EXAMENSECRETARIS})
    )
    secretaris = accounts.sign_in(station, "secretaris", PASSWORD)
    data = valid_package()
    data["groups"][0]["candidates"][1]["accommodations"] = [
        {"kind": "extra_time", "minutes": 30, "basis": "dyslexie", "statement_date": "2019-01-10"},
        {"kind": "large_print"},
    ]
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), "utf-8")
    packages.import_package(station, secretaris, path)
    return secretaris


def test_exam_summary_counts_items_points_and_sections(station: Station, loaded) -> None:
    (exam,) = catalogue.exams(station, loaded)
    assert exam.item_count == 6 and exam.max_points == 12 and exam.variants == ("A",)
    assert exam.points_per_section == {"": Fraction(12)}
    assert exam.items_per_type["multiple_choice"] == 1


# R-ACC-3
def test_groups_show_candidates_and_isd_meldingen_R_ACC_3(station: Station, loaded) -> None:
    (group,) = catalogue.groups(station, loaded)
    assert group.candidate_count == 2 and group.isd_melding_count == 2 and group.exam_kind == "pe"
    assert group.date == dt.date(2026, 6, 12) and group.room == "Lokaal 2.14"


# R-BSN-6, R-ACC-2, R-ACC-3
def test_roster_masks_bsns_and_checks_the_vsv_R_BSN_6_R_ACC_2_R_ACC_3(station: Station, loaded) -> None:
    first, second = catalogue.roster(station, loaded, "2026-06-12-CK-A")
    assert first.masked_bsn == "*****3653" and second.masked_bsn == "*****3847"
    assert first.accommodations[0].vsv.status is VsvStatus.VALID and first.needs_isd_melding
    extra_time, large_print = second.accommodations
    assert extra_time.vsv.status is VsvStatus.EXPIRED and extra_time.vsv.valid_until == dt.date(2024, 1, 9)
    assert large_print.vsv.status is VsvStatus.NOT_NEEDED and not large_print.isd_melding
    assert second.vsv_problem


# R-BSN-6, R-ROLE-2
def test_only_the_examensecretaris_sees_a_whole_bsn_R_BSN_6(
    station: Station, beheerder: SignedIn, loaded
) -> None:
    assert catalogue.full_bsn(station, loaded, "2026-06-12-CK-A", "1001") == "999993653"
    accounts.create_account(
        station, beheerder, "jansen", "A. Jansen", PASSWORD, frozenset({Role.SURVEILLANT})
    )
    surveillant = accounts.sign_in(station, "jansen", PASSWORD)
    with pytest.raises(PermissionDenied):
        catalogue.full_bsn(station, surveillant, "2026-06-12-CK-A", "1001")
    assert catalogue.roster(station, surveillant, "2026-06-12-CK-A")[0].masked_bsn == "*****3653"
    with pytest.raises(PermissionDenied):
        catalogue.exams(station, beheerder)


def test_an_unknown_group_is_named(station: Station, loaded) -> None:
    with pytest.raises(NotFound, match="NOPE"):
        catalogue.roster(station, loaded, "NOPE")
