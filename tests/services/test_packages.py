"""Importing packages and rosters, and scoring without importing (spec/exam-package.md)."""

from __future__ import annotations

import copy
import json
import zipfile
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from examdesk import i18n, paths
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.core.scoring import ScoreStatus
from examdesk.services import accounts, events, package_scoring, packages
from examdesk.services.actors import SignedIn
from examdesk.services.errors import PermissionDenied
from examdesk.services.packages import PackageRefused
from examdesk.services.station import Station
from tests import raw_db
from tests.services.sample_package import valid_package

PASSWORD = "correct horse battery"


@pytest.fixture
def secretaris(station: Station, beheerder: SignedIn):
    accounts.create_account(
        station, beheerder, "secretaris", "M. de Vries", PASSWORD, frozenset({Role.EXAMENSECRETARIS})
    )
    return accounts.sign_in(station, "secretaris", PASSWORD)


def write(tmp_path: Path, data: Any, name: str = "package.examdesk.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def table_counts(station: Station) -> dict[str, int]:
    with raw_db.connect(station) as connection:
        return {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("exam", "exam_group", "candidate", "result", "event")
        }


def test_a_valid_package_is_imported_whole(station: Station, secretaris, tmp_path: Path) -> None:
    report = packages.import_package(station, secretaris, write(tmp_path, valid_package()))
    assert report.added == {"exams": 1, "groups": 1, "candidates": 2, "results": 1}
    imported = events.list_events(station, kinds=(EventKind.PACKAGE_IMPORTED,))
    assert len(imported) == 1 and imported[0].actor == "secretaris"
    assert imported[0].payload["sha256"] == report.sha256


# R-BSN-6
def test_bsns_are_stored_encrypted_never_in_plain_text_R_BSN_6(
    station: Station, secretaris, tmp_path: Path
) -> None:
    packages.import_package(station, secretaris, write(tmp_path, valid_package()))
    with raw_db.connect(station) as connection:
        connection.execute("PRAGMA wal_checkpoint(FULL)")
        rows = connection.execute(
            "SELECT bsn_sealed, bsn_hash, bsn_last4 FROM candidate ORDER BY number"
        ).fetchall()
    assert [row[2] for row in rows] == ["3653", "3847"]
    raw = paths.database_path(station.data_dir).read_bytes()
    assert b"999993653" not in raw and b"999993847" not in raw


def test_importing_the_same_package_again_changes_nothing(
    station: Station, secretaris, tmp_path: Path
) -> None:
    path = write(tmp_path, valid_package())
    packages.import_package(station, secretaris, path)
    before = table_counts(station)
    again = packages.import_package(station, secretaris, path)
    assert not again.changed_anything and again.unchanged == {
        "exams": 1,
        "groups": 1,
        "candidates": 2,
        "results": 1,
    }
    assert table_counts(station) == before


def test_a_package_with_several_errors_lists_them_all_and_writes_nothing(
    station: Station, secretaris, tmp_path: Path
) -> None:
    data = valid_package()
    data["exams"][0]["items"][0]["answer_key"] = "E"
    data["groups"][0]["candidates"][1]["bsn"] = "123456789"
    data["groups"][0]["colour"] = "blue"
    before = table_counts(station)
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(station, secretaris, write(tmp_path, data))
    assert {p.path for p in refused.value.problems} == {
        "exams[0].items[0].answer_key",
        "groups[0].candidates[1].bsn",
        "groups[0].colour",
    }
    assert "3 problems" in i18n.render(refused.value.message)
    assert table_counts(station) == before


# R-BSN-5
def test_a_roster_bsn_failing_the_eleven_test_is_rejected_naming_the_candidate_R_BSN_5(
    station: Station, secretaris, tmp_path: Path
) -> None:
    data = valid_package()
    data["groups"][0]["candidates"][0]["bsn"] = "999993654"
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(station, secretaris, write(tmp_path, data))
    (problem,) = refused.value.problems
    assert problem.path == "groups[0].candidates[0].bsn" and "candidate 1001" in i18n.render(problem.message)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b'{"format": "examdesk-package", "version": 1,', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"PK\x03\x04 this is no zip", "damaged or not a zip"),
    ],
)
def test_unreadable_files_are_one_clear_problem(
    station: Station, secretaris, tmp_path: Path, content: bytes, fragment: str
) -> None:
    path = tmp_path / "package.json"
    path.write_bytes(content)
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(station, secretaris, path)
    assert fragment in i18n.render(refused.value.problems[0].message)


def test_a_missing_file_is_named(station: Station, secretaris, tmp_path: Path) -> None:
    with pytest.raises(PackageRefused, match="nothing|Nothing"):
        packages.import_package(station, secretaris, tmp_path / "nowhere.json")


def test_a_zip_with_package_json_is_imported_and_one_without_is_refused(
    station: Station, secretaris, tmp_path: Path
) -> None:
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w") as archive:
        archive.writestr("package.json", json.dumps(valid_package()))
    assert packages.import_package(station, secretaris, good).added["exams"] == 1
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "no package here")
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(station, secretaris, empty)
    assert "no package.json" in i18n.render(refused.value.problems[0].message)


def test_sizes_are_limited_before_reading_and_after_unzipping(
    station: Station, secretaris, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packages, "MAX_PACKAGE_BYTES", 2000)
    big = write(tmp_path, valid_package())
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(station, secretaris, big)
    assert "at most" in i18n.render(refused.value.problems[0].message)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("package.json", " " * 100_000)
    assert bomb.stat().st_size < 2000
    with pytest.raises(PackageRefused):
        packages.import_package(station, secretaris, bomb)


def test_a_changed_exam_under_the_same_code_is_refused(station: Station, secretaris, tmp_path: Path) -> None:
    packages.import_package(station, secretaris, write(tmp_path, valid_package()))
    changed = valid_package()
    changed["exams"][0]["items"][0]["answer_key"] = "C"
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(station, secretaris, write(tmp_path, changed, "changed.json"))
    assert "different content" in i18n.render(refused.value.problems[0].message)


def test_results_may_refer_to_what_the_station_holds(station: Station, secretaris, tmp_path: Path) -> None:
    data = valid_package()
    results = data.pop("results")
    packages.import_package(station, secretaris, write(tmp_path, data))
    more = {"format": "examdesk-package", "version": 1, "results": results}
    report = packages.import_package(station, secretaris, write(tmp_path, more, "results.json"))
    assert report.added["results"] == 1


def test_results_for_unknown_candidates_or_items_are_refused(
    station: Station, secretaris, tmp_path: Path
) -> None:
    data = valid_package()
    extra = copy.deepcopy(data["results"][0])
    extra["candidate"] = "9999"
    data["results"].append(extra)
    data["results"][0]["responses"]["Q77"] = "A"
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(station, secretaris, write(tmp_path, data))
    assert {p.path for p in refused.value.problems} == {"results[1].candidate", "results[0].responses.Q77"}


# R-ROLE-1
def test_only_an_examensecretaris_imports_R_ROLE_1(
    station: Station, beheerder: SignedIn, tmp_path: Path
) -> None:
    accounts.create_account(
        station, beheerder, "jansen", "A. Jansen", PASSWORD, frozenset({Role.SURVEILLANT})
    )
    surveillant = accounts.sign_in(station, "jansen", PASSWORD)
    with pytest.raises(PermissionDenied):
        packages.import_package(station, surveillant, write(tmp_path, valid_package()))


def _roster(tmp_path: Path, text: str, bom: bool = True) -> Path:
    path = tmp_path / "rooster.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def test_a_csv_roster_joins_an_existing_group(station: Station, secretaris, tmp_path: Path) -> None:
    data = valid_package()
    data.pop("results")
    packages.import_package(station, secretaris, write(tmp_path, data))
    csv_text = (
        "number;name;bsn;accommodations\r\n"
        "1003;Fatima el Amrani;999992077;extra_time:30:dyslexie:2024-02-01|large_print\r\n"
        "1004;Daan Visser;9999.90.482;\r\n"
    )
    report = packages.import_roster(station, secretaris, "2026-06-12-CK-A", _roster(tmp_path, csv_text))
    assert report.added["candidates"] == 2
    assert events.list_events(station, kinds=(EventKind.ROSTER_IMPORTED,))[0].payload["added"] == 2


# R-BSN-5
def test_roster_problems_name_row_and_column_and_nothing_is_written_R_BSN_5(
    station: Station, secretaris, tmp_path: Path
) -> None:
    data = valid_package()
    data.pop("results")
    packages.import_package(station, secretaris, write(tmp_path, data))
    before = table_counts(station)
    csv_text = (
        "number;name;bsn;accommodations\n"
        "1003;Fatima el Amrani;123456789;\n"
        "1004;;999990482;\n"
        "1005;Daan Visser;999995017;vliegen:zeer\n"
        "1006;Sem;999990408\n"
        "1006;Sem de Boer;999990408;\n"
    )
    with pytest.raises(PackageRefused) as refused:
        packages.import_roster(station, secretaris, "2026-06-12-CK-A", _roster(tmp_path, csv_text, bom=False))
    places = [p.path for p in refused.value.problems]
    assert places == [
        "row 2, column bsn",
        "row 3, column name",
        "row 4, column accommodations",
        "row 6, column number",
    ]
    assert table_counts(station) == before


def test_a_roster_for_an_unknown_group_or_with_a_wrong_header_is_refused(
    station: Station, secretaris, tmp_path: Path
) -> None:
    with pytest.raises(PackageRefused, match="Nothing"):
        packages.import_roster(
            station, secretaris, "GEEN", _roster(tmp_path, "number;name;bsn;accommodations\n1;A;999993653;\n")
        )
    with pytest.raises(PackageRefused) as refused:
        packages.import_roster(station, secretaris, "GEEN", _roster(tmp_path, "nummer,naam\n1,A\n"))
    assert refused.value.problems[0].path == "row 1"


def test_a_roster_that_is_not_utf8_says_how_to_save_it(station: Station, secretaris, tmp_path: Path) -> None:
    path = tmp_path / "rooster.csv"
    path.write_bytes("number;name;bsn;accommodations\n1;Zoë;999993653;\n".encode("cp1252"))
    with pytest.raises(PackageRefused) as refused:
        packages.import_roster(station, secretaris, "X", path)
    assert "CSV UTF-8" in i18n.render(refused.value.problems[0].message)


# R-SCO-8, R-SCO-9, R-GRD-1
def test_scoring_a_package_imports_nothing_and_uses_exact_totals_R_SCO_8_R_SCO_9_R_GRD_1(
    station: Station, tmp_path: Path
) -> None:
    path = write(tmp_path, valid_package())
    before = table_counts(station)
    (result,) = package_scoring.score_package(path)
    # K1 1 + V1 2 + V2 2 + V3 1 (1 of 2 dropdowns) + V4 2/3 (1 of 3 in place) + O1 1,5 = 8 1/6 of 12
    assert result.score.points == Fraction(49, 6) and result.score.max_points == 12
    assert result.grade is not None and result.grade.passed and result.grade.rounded == 6
    (excluded,) = package_scoring.score_package(path, excluded=["V3"])
    assert excluded.score.max_points == 10 and excluded.score.items[3].status is ScoreStatus.EXCLUDED
    assert table_counts(station) == before
