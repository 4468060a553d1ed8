"""Hostile input (issue 13 #3, #4, #6; issue 14 #11): every refusal a sentence with its place, nothing written.

spec/exam-package.md, Validation: no coercion, duplicate keys and zip entries refused, control characters
and bidi marks refused, numbers bounded, dates within 1900-2199, depth and size limits before parsing.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from examdesk import i18n
from examdesk.core.accommodations import AccommodationKind, check_vsv, vsv_valid_until
from examdesk.core.package_format import parse_package
from examdesk.core.roles import Role
from examdesk.services import accounts, package_input, packages
from examdesk.services.actors import SignedIn
from examdesk.services.packages import PackageRefused
from examdesk.services.station import Station
from tests import raw_db
from tests.cli_runner import run
from tests.services.sample_package import valid_package

PASSWORD = "correct horse battery"
GROUP = "2026-06-12-CK-A"
ROSTER_HEADER = "number;name;bsn;accommodations"


@pytest.fixture
def secretaris(station: Station, beheerder: SignedIn):
    accounts.create_account(
        station, beheerder, "secretaris", "M. de Vries", PASSWORD, frozenset({Role.EXAMENSECRETARIS})
    )
    return accounts.sign_in(station, "secretaris", PASSWORD)


def database_rows(station: Station) -> dict[str, int]:
    with raw_db.connect(station) as connection:
        return {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("exam", "exam_group", "candidate", "result", "event")
        }


def _file(tmp_path: Path, content: str | bytes, name: str = "package.examdesk.json") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _refused(station: Station, secretaris, path: Path) -> dict[str, str]:
    """The problems of a refused import by place, in English; asserts nothing was written."""
    before = database_rows(station)
    with pytest.raises(PackageRefused) as refused:
        packages.import_package(station, secretaris, path)
    assert database_rows(station) == before
    return {p.path: i18n.render(p.message) for p in refused.value.problems}


def _changed(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = valid_package()
    change(data)
    return data


def _problems(data: Any) -> dict[str, str]:
    package, problems = parse_package(data)
    assert package is None
    return {p.path: i18n.render(p.message) for p in problems}


ACCOMMODATION = "groups[0].candidates[0].accommodations[0]"


# --- issue 13 #3: dates ----------------------------------------------------------------------------


# R-ACC-2
def test_a_vsv_dated_9999_12_31_is_refused_at_import_with_its_path_R_ACC_2(
    station: Station, secretaris, tmp_path: Path
) -> None:
    def far(data: dict[str, Any]) -> None:
        data["groups"][0]["candidates"][0]["accommodations"] = [
            {"kind": "extra_time", "minutes": 30, "basis": "dyslexie", "statement_date": "9999-12-31"}
        ]

    problems = _refused(station, secretaris, _file(tmp_path, json.dumps(_changed(far))))
    assert (
        "9999-12-31 is not between 1900-01-01 and 2199-12-31" in problems[f"{ACCOMMODATION}.statement_date"]
    )


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("groups", 0, "date"), "1899-12-31"),
        (("groups", 0, "date"), "2200-01-01"),
        (("exams", 0, "inspection", "until"), "0001-01-01"),
        (("results", 0, "published_at"), "9999-12-31T23:59:00+01:00"),
    ],
)
def test_every_date_lies_between_1900_and_2199(where: tuple[str | int, ...], value: str) -> None:
    data = valid_package()
    target: Any = data
    for part in where[:-1]:
        target = target.setdefault(part, {}) if isinstance(target, dict) else target[part]
    target[where[-1]] = value
    (text,) = _problems(data).values()
    assert "between 1900-01-01 and 2199-12-31" in text


# R-ACC-2
def test_five_years_past_the_calendars_end_never_raise_R_ACC_2() -> None:
    assert vsv_valid_until(dt.date(9999, 12, 31)) == dt.date.max
    assert vsv_valid_until(dt.date(9996, 2, 29)) == dt.date.max
    assert vsv_valid_until(dt.date(9994, 2, 28)) == dt.date(9999, 2, 27)
    check = check_vsv(AccommodationKind.EXTRA_TIME, "pe", dt.date(9999, 12, 31), dt.date(2026, 6, 12))
    assert check.valid_until == dt.date.max


# --- issue 13 #4: numbers ------------------------------------------------------------------------------

_HUGE_EXPONENT = "1E-999999999"


def _set_number(data: dict[str, Any], field: str, value: Any) -> str:
    """Put ``value`` in ``field`` of the sample package; the JSON path of that place."""
    exam = data["exams"][0]
    places: dict[str, tuple[dict[str, Any], str]] = {
        "penalty_per_error": (exam["items"][1], "exams[0].items[1]"),
        "cesuur_percent": (exam["grading"], "exams[0].grading"),
        "floor": (exam["grading"], "exams[0].grading"),
        "points": (exam["items"][0], "exams[0].items[0]"),
        "tolerance": (exam["items"][2], "exams[0].items[2]"),
        "answer_key": (exam["items"][2], "exams[0].items[2]"),
        "awarded": (data["results"][0]["responses"]["O1"], "results[0].responses.O1"),
        "duration_minutes": (exam, "exams[0]"),
    }
    if field in ("factor", "minutes"):
        kind = "extended_duration" if field == "factor" else "extra_time"
        data["groups"][0]["candidates"][0]["accommodations"] = [{"kind": kind, field: value}]
        return f"{ACCOMMODATION}.{field}"
    target, where = places[field]
    target[field] = value
    return f"{where}.{field}"


NUMBER_FIELDS = (
    "penalty_per_error",
    "cesuur_percent",
    "floor",
    "awarded",
    "tolerance",
    "points",
    "factor",
    "answer_key",
)


@pytest.mark.parametrize("field", NUMBER_FIELDS)
def test_a_number_written_as_a_string_is_refused_with_its_path(field: str) -> None:
    data = valid_package()
    where = _set_number(data, field, _HUGE_EXPONENT)
    problems = _problems(data)
    assert "written without quotes" in problems[where]


@pytest.mark.parametrize("field", NUMBER_FIELDS)
def test_a_number_with_a_huge_exponent_is_refused_with_its_path(
    station: Station, secretaris, tmp_path: Path, field: str
) -> None:
    data = valid_package()
    where = _set_number(data, field, 12345)
    text = json.dumps(data).replace("12345", _HUGE_EXPONENT)
    problems = _refused(station, secretaris, _file(tmp_path, text))
    assert "too many digits" in problems[where]


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("penalty_per_error", "0.0000001", "more than 6 decimals"),
        ("answer_key", "10000000000000", "too large: at most ±10^12"),
        ("answer_key", "10000000000000.5", "is too large: at most 1"),
        ("tolerance", "-1", "at least 0"),
        ("points", "0", "more than 0"),
        ("factor", "1", "more than 1"),
        ("cesuur_percent", "1e3", "at most 100"),
    ],
)
def test_numbers_are_bounded_in_size_and_decimals(
    station: Station, secretaris, tmp_path: Path, field: str, value: str, fragment: str
) -> None:
    data = valid_package()
    where = _set_number(data, field, 12345)
    problems = _refused(station, secretaris, _file(tmp_path, json.dumps(data).replace("12345", value)))
    assert fragment in problems[where]


def test_an_integer_of_5000_digits_is_refused_with_its_path(
    station: Station, secretaris, tmp_path: Path
) -> None:
    data = valid_package()
    data["exams"][0]["duration_minutes"] = 12345
    text = json.dumps(data).replace("12345", "9" * 5000)
    problems = _refused(station, secretaris, _file(tmp_path, text))
    assert "5000 characters" in problems["exams[0].duration_minutes"]


def test_nan_and_infinity_are_not_numbers(station: Station, secretaris, tmp_path: Path) -> None:
    data = valid_package()
    data["exams"][0]["grading"]["floor"] = 12345
    problems = _refused(station, secretaris, _file(tmp_path, json.dumps(data).replace("12345", "NaN")))
    assert "NaN is not a number JSON allows" in problems["exams[0].grading.floor"]


# --- issue 13 #6, issue 14 #11: no coercion -----------------------------------------------------------------


def test_a_timestamp_without_offset_is_a_problem_with_its_path_issue_14_11(
    station: Station, secretaris, tmp_path: Path
) -> None:
    def naive(data: dict[str, Any]) -> None:
        data["results"][0]["published_at"] = "2026-06-13T16:00:00"

    problems = _refused(station, secretaris, _file(tmp_path, json.dumps(_changed(naive))))
    assert "has no UTC offset" in problems["results[0].published_at"]


def test_a_timestamp_without_offset_exits_2_from_the_command_line_issue_14_11(tmp_path: Path) -> None:
    def naive(data: dict[str, Any]) -> None:
        data["results"][0]["published_at"] = "2026-06-13T16:00:00"

    path = _file(tmp_path, json.dumps(_changed(naive)))
    done = run(
        "import",
        str(path),
        "--data-dir",
        str(tmp_path / "s"),
        "--lang",
        "en",
        env={"EXAMDESK_KEY_PASSPHRASE": "examenzaal 2026!"},
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "results[0].published_at: '2026-06-13T16:00:00' has no UTC offset" in done.stderr


@pytest.mark.parametrize(
    ("change", "where", "fragment"),
    [
        (lambda d: d["exams"][0].update(duration_minutes=True), "exams[0].duration_minutes", "whole number"),
        (lambda d: d["exams"][0].update(duration_minutes="90"), "exams[0].duration_minutes", "whole number"),
        (lambda d: d["exams"][0].update(duration_minutes=90.0), "exams[0].duration_minutes", "whole number"),
        (lambda d: d["groups"][0].update(date=0), "groups[0].date", "YYYY-MM-DD"),
        (lambda d: d["groups"][0].update(date="2026-06-12T00:00"), "groups[0].date", "YYYY-MM-DD"),
        (
            lambda d: d["exams"][0]["items"][1].update(correct_count_shown=1),
            "exams[0].items[1].correct_count_shown",
            "true or false",
        ),
        (
            lambda d: d["exams"][0]["items"][0].update(points=True),
            "exams[0].items[0].points",
            "should be a number",
        ),
        (lambda d: d["exams"][0].update(title=7), "exams[0].title", "text"),
        (
            lambda d: d["groups"][0]["candidates"][0].update(
                accommodations=[{"kind": "extra_time", "minutes": True}]
            ),
            f"{ACCOMMODATION}.minutes",
            "whole number",
        ),
    ],
)
def test_values_are_never_coerced(change, where: str, fragment: str) -> None:
    problems = _problems(_changed(change))
    assert fragment in problems[where], problems


def test_a_key_given_twice_is_refused_with_its_path(station: Station, secretaris, tmp_path: Path) -> None:
    text = json.dumps(valid_package()).replace('"name": "Ochtend"', '"name": "Ochtend", "name": "Middag"')
    assert text.count('"name": "Middag"') == 1
    problems = _refused(station, secretaris, _file(tmp_path, text))
    assert problems == {"groups[0].name": "'name' is given more than once in this object"}


@pytest.mark.parametrize(
    ("character", "fragment"),
    [
        ("\x00", "control character U+0000"),
        ("\x1b", "control character U+001B"),
        ("\x85", "control character U+0085"),
        ("\u202e", "direction mark U+202E"),
        ("\u2066", "direction mark U+2066"),
        ("\u200f", "direction mark U+200F"),
        ("\n", "single line"),
        ("\t", "single line"),
    ],
)
def test_names_refuse_control_characters_and_bidi_marks(
    station: Station, secretaris, tmp_path: Path, character: str, fragment: str
) -> None:
    def spoil(data: dict[str, Any]) -> None:
        data["groups"][0]["candidates"][0]["name"] = f"Sanne{character}de Vries"

    problems = _refused(station, secretaris, _file(tmp_path, json.dumps(_changed(spoil))))
    assert fragment in problems["groups[0].candidates[0].name"]


def test_free_texts_keep_new_lines_and_tabs(station: Station, secretaris, tmp_path: Path) -> None:
    def multiline(data: dict[str, Any]) -> None:
        data["exams"][0]["items"][5]["stem"] = "Leg uit.\n\n\tEerste alinea.\r\nTweede."

    report = packages.import_package(station, secretaris, _file(tmp_path, json.dumps(_changed(multiline))))
    assert report.added["exams"] == 1


def test_broken_text_from_a_lone_surrogate_escape_is_refused(
    station: Station, secretaris, tmp_path: Path
) -> None:
    text = json.dumps(valid_package()).replace('"Ochtend"', '"Och\\ud800tend"')
    problems = _refused(station, secretaris, _file(tmp_path, text))
    assert "U+D800" in problems["groups[0].name"]
    text = json.dumps(valid_package()).replace('"K1": "B"', '"K\\u202e1": "B"')
    (where,) = _refused(station, secretaris, _file(tmp_path, text))
    assert "\u202e" not in where and "u202e" in where


# --- issue 13 #6: second sittings --------------------------------------------------------------------


# R-IRR-2
def test_a_second_sitting_may_name_a_group_later_in_the_package_R_IRR_2(
    station: Station, secretaris, tmp_path: Path
) -> None:
    data = valid_package()
    first = data["groups"][0]
    second = copy.deepcopy(first) | {"code": "2026-06-19-CK-A", "date": "2026-06-19"}
    second["second_sitting_of"] = first["code"]
    second["candidates"] = second["candidates"][:1]
    data["groups"] = [second, first]
    report = packages.import_package(station, secretaris, _file(tmp_path, json.dumps(data)))
    assert report.added["groups"] == 2


def test_a_group_cannot_be_its_own_second_sitting(station: Station, secretaris, tmp_path: Path) -> None:
    data = valid_package()
    data.pop("results")
    first = data["groups"][0]
    second = copy.deepcopy(first) | {"code": "B", "second_sitting_of": first["code"]}
    first["second_sitting_of"] = "B"
    data["groups"].append(second)
    problems = _refused(station, secretaris, _file(tmp_path, json.dumps(data)))
    assert set(problems) == {"groups[0].second_sitting_of", "groups[1].second_sitting_of"}
    data["groups"] = [first | {"second_sitting_of": first["code"]}]
    problems = _refused(station, secretaris, _file(tmp_path, json.dumps(data)))
    assert "second sitting of itself" in problems["groups[0].second_sitting_of"]


# --- depth and size limits, before parsing --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "examdesk-package", "version": 1, "x": ' + "[" * 40 + "]" * 40 + "}",
        "[" * 100_000 + "]" * 100_000,
        "[" * 100_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
    ],
    ids=["40", "100000", "unclosed", "objects"],
)
def test_deep_nesting_is_refused_before_parsing(
    station: Station, secretaris, tmp_path: Path, text: str
) -> None:
    problems = _refused(station, secretaris, _file(tmp_path, text))
    assert "nested more than 32 levels" in problems["(file)"]


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"a": "[" * 100, "b": '\\"[[[' * 10, "c": [[[1]]]})
    assert package_input.load_json(text.encode()).data == json.loads(text)


def test_a_file_of_millions_of_values_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package_input, "MAX_CONTAINERS", 1000)
    with pytest.raises(package_input.InputRefused) as refused:
        package_input.load_json(("[" + "[]," * 2000 + "[]]").encode())
    assert "more than" in i18n.render(refused.value.problems[0].message)


def _zip(path: Path, members: Sequence[tuple[str, str | bytes]], **options: Any) -> Path:
    with zipfile.ZipFile(path, "w", **options) as archive:
        for name, content in members:
            archive.writestr(name, content)
    return path


def test_two_package_json_in_a_zip_are_refused(station: Station, secretaris, tmp_path: Path) -> None:
    content = json.dumps(valid_package())
    with pytest.warns(UserWarning, match="Duplicate name"):
        twice = _zip(tmp_path / "twice.zip", [("package.json", content), ("package.json", content)])
    problems = _refused(station, secretaris, twice)
    assert "more than once" in problems["package.json"]
    cased = _zip(tmp_path / "cased.zip", [("package.json", content), ("PACKAGE.JSON", content)])
    assert "more than once" in _refused(station, secretaris, cased)["PACKAGE.JSON"]


def test_an_encrypted_zip_entry_is_refused_by_name(station: Station, secretaris, tmp_path: Path) -> None:
    path = _zip(tmp_path / "locked.zip", [("package.json", json.dumps(valid_package()))])
    raw = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # local header, central directory
        at = raw.find(signature)
        raw[at + offset] |= 0x1
    path.write_bytes(bytes(raw))
    assert "encrypted" in _refused(station, secretaris, path)["package.json"]


def test_a_corrupt_zip_entry_is_refused_by_name(station: Station, secretaris, tmp_path: Path) -> None:
    path = _zip(
        tmp_path / "broken.zip",
        [("package.json", json.dumps(valid_package()))],
        compression=zipfile.ZIP_DEFLATED,
    )
    raw = bytearray(path.read_bytes())
    start = raw.find(b"package.json") + len("package.json")
    for index in range(start + 20, start + 60):
        raw[index] ^= 0x5A
    path.write_bytes(bytes(raw))
    assert "damaged" in _refused(station, secretaris, path)["package.json"]


def test_a_zip_bomb_is_refused_before_unpacking(
    station: Station, secretaris, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packages, "MAX_PACKAGE_BYTES", 50_000)
    members = [("package.json", json.dumps(valid_package()))] + [
        (f"img/{i}.png", b"\0" * 20_000) for i in range(3)
    ]
    bomb = _zip(tmp_path / "bomb.zip", members, compression=zipfile.ZIP_DEFLATED)
    assert bomb.stat().st_size < 50_000
    problems = _refused(station, secretaris, bomb)
    assert "unpacks to" in problems["(file)"]
    opened: list[str] = []
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, name, *a, **k: opened.append(str(name)))
    with pytest.raises(PackageRefused):
        packages.import_package(station, secretaris, bomb)
    assert opened == []


def test_a_zip_of_too_many_members_is_refused_before_its_directory_is_read(
    station: Station, secretaris, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _zip(tmp_path / "many.zip", [(f"{i}.txt", "") for i in range(20)] + [("package.json", "{}")])
    monkeypatch.setattr(package_input, "MAX_ZIP_MEMBERS", 10)
    monkeypatch.setattr(zipfile, "ZipFile", None)  # never reached
    assert "21 files" in _refused(station, secretaris, path)["(file)"]


def test_a_json_package_in_utf16_is_refused_by_a_sentence(
    station: Station, secretaris, tmp_path: Path
) -> None:
    path = _file(tmp_path, json.dumps(valid_package()).encode("utf-16"))
    assert "UTF-16" in _refused(station, secretaris, path)["(file)"]


# --- CSV rosters ------------------------------------------------------------------------------------------


@pytest.fixture
def group(station: Station, secretaris, tmp_path: Path) -> str:
    data = valid_package()
    data.pop("results")
    packages.import_package(station, secretaris, _file(tmp_path, json.dumps(data), "group.json"))
    return GROUP


_ROWS = ["1003;Fatima el Amrani;999992077;extra_time:30:dyslexie:2024-02-01", "1004;Daan Visser;999990482;"]


@pytest.mark.parametrize(
    ("ending", "encoding"),
    [
        ("\r", "utf-8"),
        ("\r\n", "utf-8-sig"),
        ("\n", "utf-16"),  # with BOM, little-endian here
        ("\r\n", "utf-16-be-bom"),
        ("\r", "utf-16-le-bom"),
    ],
)
def test_a_roster_is_read_in_any_line_ending_and_in_utf16_with_bom(
    station: Station, secretaris, tmp_path: Path, group: str, ending: str, encoding: str
) -> None:
    text = ending.join([ROSTER_HEADER, *_ROWS]) + ending
    if encoding.endswith("-bom"):
        raw = ("\ufeff" + text).encode(encoding.removesuffix("-bom"))
    else:
        raw = text.encode(encoding)
    report = packages.import_roster(station, secretaris, group, _file(tmp_path, raw, "rooster.csv"))
    assert report.added["candidates"] == 2


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("\n".join([ROSTER_HEADER, *_ROWS]).encode("utf-32"), "UTF-32"),
        ("\n".join([ROSTER_HEADER, *_ROWS]).encode("utf-16-le"), "without a byte order mark"),
        ("\n".join([ROSTER_HEADER, *_ROWS]).encode("cp1252") + "é".encode("cp1252"), "CSV UTF-8"),
        (b"\xff\xfe" + b"\x00\xd8a\x00", "damaged"),
    ],
)
def test_other_encodings_are_refused_by_a_sentence(
    station: Station, secretaris, tmp_path: Path, group: str, raw: bytes, fragment: str
) -> None:
    before = database_rows(station)
    with pytest.raises(PackageRefused) as refused:
        packages.import_roster(station, secretaris, group, _file(tmp_path, raw, "rooster.csv"))
    assert fragment in i18n.render(refused.value.problems[0].message)
    assert database_rows(station) == before


def test_a_csv_cell_over_131072_characters_is_refused_with_its_row(
    station: Station, secretaris, tmp_path: Path, group: str
) -> None:
    text = "\n".join([ROSTER_HEADER, _ROWS[0], "1004;" + "x" * 140_000 + ";999990482;"])
    with pytest.raises(PackageRefused) as refused:
        packages.import_roster(station, secretaris, group, _file(tmp_path, text, "rooster.csv"))
    (problem,) = refused.value.problems
    assert problem.path == "row 3" and "131072 characters" in i18n.render(problem.message)


def test_roster_cells_refuse_control_characters_and_coercion(
    station: Station, secretaris, tmp_path: Path, group: str
) -> None:
    text = "\n".join(
        [
            ROSTER_HEADER,
            "1003;Fatima\u202eel Amrani;999992077;",
            "1004;Daan\x00Visser;999990482;",
            "1005;Sem;999995017;extra_time:3_0",
            "1006;Noor;999990408;extra_time:30:dyslexie:9999-12-31",
            "1007;Lotte;999991024;extended_duration:1E-999999999",
        ]
    )
    with pytest.raises(PackageRefused) as refused:
        packages.import_roster(station, secretaris, group, _file(tmp_path, text, "rooster.csv"))
    problems = {p.path: i18n.render(p.message) for p in refused.value.problems}
    assert "U+202E" in problems["row 2, column name"]
    assert "U+0000" in problems["row 3, column name"]
    assert "extra_time:3_0" in problems["row 4, column accommodations"]
    assert "between 1900-01-01" in problems["row 5, column accommodations"]
    assert "1E-999999999" in problems["row 6, column accommodations"]


def test_refusals_speak_dutch(station: Station, secretaris, tmp_path: Path) -> None:
    def naive(data: dict[str, Any]) -> None:
        data["results"][0]["published_at"] = "2026-06-13T16:00:00"
        data["groups"][0]["name"] = "Och\u202etend"

    i18n.set_language("nl")
    problems = _refused(station, secretaris, _file(tmp_path, json.dumps(_changed(naive))))
    assert "UTC" in problems["results[0].published_at"]
    assert "has no" not in problems["results[0].published_at"]
    assert "U+202E" in problems["groups[0].name"] and "direction" not in problems["groups[0].name"]


# --- version 2's fields are hardened the same way ----------------------------------------------------------


def _version_2(**changes: Any) -> dict[str, Any]:
    data = valid_package()
    data["version"] = 2
    accommodation = {
        "kind": "extra_time",
        "minutes": 30,
        "ground": "nt2",
        "nt2_school_years": 3,
        "statement": {"date": "2023-09-01", "valid_until": None},
        "isd_reported_on": "2026-03-02",
    }
    accommodation.update(changes)
    data["groups"][0]["candidates"][0]["accommodations"] = [accommodation]
    return data


# R-ACC-2
@pytest.mark.parametrize(
    ("change", "where", "fragment"),
    [
        ({"statement": {"date": "9999-12-31"}}, "statement.date", "between 1900-01-01 and 2199-12-31"),
        ({"statement": {"date": "2023-09-01", "valid_until": 0}}, "statement.valid_until", "YYYY-MM-DD"),
        ({"isd_reported_on": "2026-03-02T10:00"}, "isd_reported_on", "YYYY-MM-DD"),
        ({"nt2_school_years": True}, "nt2_school_years", "whole number"),
        ({"minutes": "30"}, "minutes", "whole number"),
        ({"note": "zie\u202edossier"}, "note", "U+202E"),
        (
            {"cvte_consult": {"date": "2026-04-01", "reference": "CvTE\n118", "minutes": 30}},
            "cvte_consult.reference",
            "single line",
        ),
    ],
)
def test_version_2_accommodations_refuse_far_dates_coercion_and_control_characters_R_ACC_2(
    change: dict[str, Any], where: str, fragment: str
) -> None:
    problems = _problems(_version_2(**change))
    assert fragment in problems[f"{ACCOMMODATION}.{where}"], problems


def test_off_site_facts_take_only_real_dates() -> None:
    data = valid_package()
    data["version"] = 2
    data["groups"][0]["location"] = {"kind": "hospital", "room": "Kamer 12"}
    data["groups"][0]["inspectie"] = {"consulted_on": 0}
    data["groups"][0]["quarantine"] = {"reported_on": "9999-12-31"}
    problems = _problems(data)
    assert "YYYY-MM-DD" in problems["groups[0].inspectie.consulted_on"]
    assert "between 1900-01-01" in problems["groups[0].quarantine.reported_on"]


@pytest.mark.parametrize("ascii_only", [True, False], ids=["escaped", "raw"])
def test_unsafe_text_is_found_written_raw_or_escaped(ascii_only: bool) -> None:
    data = valid_package()
    data["groups"][0]["name"] = "Och\u2067tend"
    data["exams"][0]["items"][0]["stem"] = "Wat is\b de BKR?"
    data["results"][0]["responses"]["V3"] = {"a\nb": "hoger"}
    loaded = package_input.load_json(json.dumps(data, ensure_ascii=ascii_only).encode())
    found = {p.path: i18n.render(p.message) for p in loaded.problems}
    assert "U+2067" in found["groups[0].name"]
    assert "U+0008" in found["exams[0].items[0].stem"]
    assert "single line" in found["results[0].responses.V3['a\\nb']"]
    assert (
        package_input.load_json(json.dumps(valid_package(), ensure_ascii=ascii_only).encode()).problems == []
    )
