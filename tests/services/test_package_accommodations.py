"""Package version 2's structured accommodations, and version 1's basis read as a ground
(exam-package.md; R-ACC-1, R-ACC-4, R-TIME-3, R-TIME-6)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from examdesk import i18n
from examdesk.core.accommodations import Accommodation, Ground
from examdesk.core.package_format import parse_package
from examdesk.services import catalogue, packages
from examdesk.services.actors import SignedIn
from examdesk.services.packages import PackageRefused
from examdesk.services.station import Station
from tests.services import test_packages
from tests.services.sample_package import valid_package
from tests.services.test_packages import write

secretaris = test_packages.secretaris  # the fixture

WHERE = "groups[0].candidates[0].accommodations[0]"
STRUCTURED = {
    "kind": "extra_time",
    "minutes": 30,
    "ground": "dyslexia",
    "statement": {"date": "2023-09-01", "valid_until": None},
    "cvte_consult": None,
    "isd_reported_on": "2026-03-02",
}


def version_2(*accommodations: dict[str, Any]) -> dict[str, Any]:
    data = valid_package()
    data["version"] = 2
    data["groups"][0]["candidates"][0]["accommodations"] = list(accommodations)
    return data


def problems(data: dict[str, Any]) -> dict[str, str]:
    package, found = parse_package(data)
    assert package is None
    return {p.path: i18n.render(p.message) for p in found}


# R-ACC-1
def test_a_version_2_package_with_structured_accommodations_is_valid_R_ACC_1() -> None:
    nt2 = {"kind": "extra_time", "minutes": 30, "ground": "nt2", "nt2_school_years": 3}
    consulted = {
        "kind": "extra_time",
        "minutes": 45,
        "ground": "other",
        "note": "visuele beperking",
        "cvte_consult": {"date": "2026-04-01", "reference": "CvTE-2026-118", "minutes": 45},
    }
    package, found = parse_package(
        version_2(
            STRUCTURED, nt2, consulted, {"kind": "sign_language_interpreter"}, {"kind": "arithmetic_card"}
        )
    )
    assert found == [] and package is not None


# R-ACC-1, R-TIME-3 (issue 14 "Must show")
def test_an_unknown_ground_or_nt2_without_school_years_is_refused_with_paths_R_ACC_1_R_TIME_3() -> None:
    found = problems(
        version_2(
            {**STRUCTURED, "ground": "slechtziend"},
            {"kind": "extra_time", "minutes": 30, "ground": "nt2"},
        )
    )
    assert "slechtziend" in found[f"{WHERE}.ground"]
    assert "nt2_school_years" in found["groups[0].candidates[0].accommodations[1].nt2_school_years"]


# R-TIME-6, R-ACC-4
def test_more_than_thirty_minutes_needs_the_consult_in_the_package_R_TIME_6_R_ACC_4() -> None:
    found = problems(version_2({"kind": "extra_time", "minutes": 45, "ground": "other", "note": "visus"}))
    assert "CvTE consult" in found[f"{WHERE}.cvte_consult"]


# R-ACC-1
def test_each_version_has_its_own_fields() -> None:
    found = problems(
        version_2({"kind": "extra_time", "minutes": 30, "basis": "dyslexie", "ground": "dyslexia"})
    )
    assert "version 1" in found[f"{WHERE}.basis"]
    old = valid_package()
    old["groups"][0]["candidates"][0]["accommodations"][0]["ground"] = "dyslexia"
    assert "version 2" in problems(old)[f"{WHERE}.ground"]
    assert "large_print" in problems(version_2({"kind": "magnifier"}))[f"{WHERE}.kind"]


def _v1_package(*bases: str) -> dict[str, Any]:
    data = valid_package()
    data["groups"][0]["candidates"][0]["accommodations"] = [
        {"kind": "extra_time", "minutes": 30, "basis": basis, "statement_date": "2023-09-01"}
        for basis in bases
    ]
    return data


# R-ACC-1, R-TIME-3 (issue 14 finding 7)
def test_version_1_is_imported_with_every_ground_mapping_reported_R_ACC_1(
    station: Station, secretaris: SignedIn, tmp_path: Path
) -> None:
    data = _v1_package("dyslexie", "NT2, 8 jaar onderwijs in Nederland", "visuele beperking")
    report = packages.import_package(station, secretaris, write(tmp_path, data))
    lines = [i18n.render(line, "en") for line in report.ground_mappings]
    assert lines == [
        "1001: 'dyslexie' read as ground dyslexia",
        "1001: 'NT2, 8 jaar onderwijs in Nederland' read as ground nt2 with 8 school years in the Netherlands",
        "1001: 'visuele beperking' matches no keyword: ground other, with the text as its note",
    ]
    (entry, *_) = catalogue.roster(station, secretaris, "2026-06-12-CK-A")
    models = [a.model for a in entry.accommodations]
    assert [m.ground for m in models if m] == [Ground.DYSLEXIA, Ground.NT2, Ground.OTHER]
    assert models[2] is not None and models[2].note == "visuele beperking"
    # Stored in version 2's form; importing the same file again finds the same candidate.
    again = packages.import_package(station, secretaris, write(tmp_path, data))
    assert not again.changed_anything


def test_a_version_2_package_reports_no_mapping(
    station: Station, secretaris: SignedIn, tmp_path: Path
) -> None:
    report = packages.import_package(station, secretaris, write(tmp_path, version_2(STRUCTURED)))
    assert report.ground_mappings == ()
    (entry, *_) = catalogue.roster(station, secretaris, "2026-06-12-CK-A")
    assert entry.accommodations[0].model == Accommodation.from_json(STRUCTURED)
    assert entry.accommodations[0].isd_reported


def test_a_refused_v2_package_writes_nothing(station: Station, secretaris: SignedIn, tmp_path: Path) -> None:
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(
            station,
            secretaris,
            write(tmp_path, version_2({"kind": "extra_time", "minutes": 30, "ground": "nt2"})),
        )
    assert any(p.path.endswith("nt2_school_years") for p in refused.value.problems)
    assert catalogue.groups(station, secretaris) == []


def test_the_cli_import_prints_the_ground_mapping(tmp_path: Path) -> None:
    from tests.cli_runner import run

    path = write(tmp_path, _v1_package("dyslexie"))
    env = {"EXAMDESK_KEY_PASSPHRASE": "examenzaal 2026!"}
    done = run("import", str(path), "--data-dir", str(tmp_path / "station"), "--lang", "en", env=env)
    assert done.returncode == 0, done.stderr
    assert "1001: 'dyslexie' read as ground dyslexia" in done.stdout
    assert json.loads(path.read_text("utf-8"))["version"] == 1


# R-ACC-3
def test_spelling_check_is_refused_for_an_exam_of_nederlands_with_its_path_R_ACC_3() -> None:
    data = version_2({"kind": "spelling_check"})
    data["exams"][0]["subject"] = "Nederlands"
    found = problems(data)
    assert "Nederlands" in found[f"{WHERE}.kind"]
    data["exams"][0]["subject"] = "Economie"
    package, found_none = parse_package(data)
    assert found_none == [] and package is not None
