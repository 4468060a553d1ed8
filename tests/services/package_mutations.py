"""Mutations of valid packages and rosters, for the fuzz test and ``bench/fuzz.py`` (issue 13 #6).

Each mutation starts from a valid input (the sample package, the demo package, a sample roster) and
spoils it the way a hostile or broken file would: values of the wrong type or size, hostile text,
duplicate keys, deep nesting, long numbers, damaged bytes, other encodings and line endings, zip
archives with duplicate, encrypted or corrupt entries. :func:`run_case` imports one and says how it
ended: imported, refused with sentences, or something else (an exception or a partial write).
"""

from __future__ import annotations

import copy
import io
import json
import random
import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from tests.services.sample_package import valid_package

GROUP = "2026-06-12-CK-A"

HOSTILE_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1.5,
    10**30,
    1e308,
    "",
    "1E-999999999",
    "90",
    "x" * 25_000,
    "Sanne\u202ede Vries",
    "a\x00b",
    "a\x85b",
    "\ud800",
    "line\nbreak",
    "9999-12-31",
    "0001-01-01",
    "2026-06-13T16:00:00",
    "2026-06-13T16:00:00+02:00",
    "2026-02-30",
    "{a}",
    "A",
    "WFT-CK-2026-1",
    GROUP,
    [],
    {},
    json.loads("[" * 40 + "]" * 40),
    {"text": "x", "awarded": "1E-999999999"},
    {"kind": "extra_time", "minutes": True},
]

# Raw JSON literals that json.dumps cannot write: long numbers, huge exponents, NaN.
RAW_LITERALS = ["1E-999999999", "1e999999999", "9" * 5000, "-0.0000001", "NaN", "Infinity", "1e3", "1.0"]
_MARK = "__fuzz_literal__"


def sample_packages() -> list[dict[str, Any]]:
    demo = json.loads(
        resources.files("examdesk.resources.demo").joinpath("demo_package.json").read_text("utf-8")
    )
    return [valid_package(), demo]


def sample_roster() -> str:
    return (
        "number;name;bsn;accommodations\r\n"
        "1003;Fatima el Amrani;999992077;extra_time:30:dyslexie:2024-02-01|large_print\r\n"
        "1004;Daan Visser;9999.90.482;\r\n"
        '1005;"Visser; Daan";999995017;extended_duration:1,5\r\n'
    )


def _places(value: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [where]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*where, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*where, index))
    return found


def _at(value: Any, where: tuple[Any, ...]) -> Any:
    for part in where:
        value = value[part]
    return value


def mutate_tree(rng: random.Random, data: Any) -> Any:
    """One to three changes at random places of the parsed package."""
    for _ in range(rng.randint(1, 3)):
        places = _places(data)
        where = rng.choice(places)
        if not where:
            continue
        parent, key = _at(data, where[:-1]), where[-1]
        choice = rng.random()
        if choice < 0.45:
            parent[key] = copy.deepcopy(rng.choice(HOSTILE_VALUES))
        elif choice < 0.55:
            parent[key] = f"{_MARK}{rng.randrange(len(RAW_LITERALS))}"
        elif choice < 0.65:
            del parent[key]
        elif choice < 0.75 and isinstance(parent, list):
            parent.insert(rng.randrange(len(parent) + 1), parent[key])
        elif choice < 0.8 and isinstance(parent, dict):
            parent[rng.choice(["colour", "Name", "name\u202e", "\x00", "x" * 300])] = 1
        elif choice < 0.9 and isinstance(parent[key], str):
            text = parent[key]
            cut = rng.randrange(len(text) + 1)
            parent[key] = (
                text[:cut] + rng.choice(["\u2066", "\x1b", "\t", "\r\n", "é", "\ufeff", "'"]) + text[cut:]
            )
        else:
            # Point a group at another as its first sitting (earlier, later, itself, unknown).
            groups = data.get("groups") if isinstance(data, dict) else None
            if isinstance(groups, list) and groups and isinstance(groups[0], dict):
                codes = [g.get("code") for g in groups if isinstance(g, dict)] + ["NOWHERE"]
                target = rng.choice(groups)
                if isinstance(target, dict):
                    target["second_sitting_of"] = rng.choice(codes)
    return data


def serialise(rng: random.Random, data: Any) -> bytes:
    """The mutated package as JSON text, sometimes with a duplicate key or a damaged byte."""
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    text = re.sub(f'"{_MARK}([0-9]+)"', lambda m: RAW_LITERALS[int(m.group(1))], text)
    choice = rng.random()
    if choice < 0.1:
        keys = re.findall(r'"([a-z_]+)": ', text)
        if keys:
            key = rng.choice(keys)
            text = text.replace(f'"{key}": ', f'"{key}": 1, "{key}": ', 1)
    elif choice < 0.15:
        text = text[: rng.randrange(len(text))]
    elif choice < 0.2:
        depth = rng.choice([31, 33, 200, 5000])
        text = text.replace('"exams": ', '"exams": ' + "[" * depth + "]" * depth + ', "x": ', 1)
    raw = text.encode("utf-8", "surrogatepass")  # a lone surrogate becomes invalid UTF-8, as in the wild
    if rng.random() < 0.1:
        raw = mutate_bytes(rng, raw)
    if rng.random() < 0.05:
        raw = rng.choice(
            [b"\xef\xbb\xbf" + raw, text.encode("utf-16", "surrogatepass"), raw.replace(b"e", b"\xe9", 1)]
        )
    return raw


def mutate_bytes(rng: random.Random, raw: bytes) -> bytes:
    spoiled = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        if not spoiled:
            break
        at = rng.randrange(len(spoiled))
        action = rng.random()
        if action < 0.5:
            spoiled[at] = rng.randrange(256)
        elif action < 0.75:
            del spoiled[at]
        else:
            spoiled.insert(at, rng.randrange(256))
    return bytes(spoiled)


def as_zip(rng: random.Random, payload: bytes) -> bytes:
    """The payload as a zip package, sometimes twice, encrypted (flag), damaged or missing."""
    buffer = io.BytesIO()
    compression = rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
    choice = rng.random()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        name = "package.json" if choice > 0.1 else rng.choice(["Package.json", "dir/package.json", "p.json"])
        archive.writestr(name, payload)
        if choice > 0.85:
            with warnings.catch_warnings():  # zipfile warns of the duplicate it is asked to write
                warnings.simplefilter("ignore", UserWarning)
                archive.writestr(rng.choice(["package.json", "PACKAGE.JSON"]), payload)
        if rng.random() < 0.3:
            archive.writestr("images/item.png", bytes(rng.randrange(256) for _ in range(200)))
    raw = bytearray(buffer.getvalue())
    if rng.random() < 0.15:
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = raw.find(signature)
            if at >= 0:
                raw[at + offset] |= 0x1
    if rng.random() < 0.2:
        return mutate_bytes(rng, bytes(raw))
    return bytes(raw)


_NAMES = ["Zoë Çelik", "Jürgen Müßig", "Ångström", "李小龙", "O'Brien-van der Berg", "Noor\u200bAli"]


def fresh(rng: random.Random, data: dict[str, Any]) -> dict[str, Any]:
    """The same package under new exam and afnamegroep codes (so that it imports), with valid variations:
    other names, a second sitting placed before its first, texts over several lines."""
    suffix = f"-F{rng.randrange(10**9)}"
    for exam in data.get("exams", []):
        exam["code"] += suffix
    groups = data.get("groups", [])
    for group in groups:
        group["code"] += suffix
        group["exam"] += suffix
        for candidate in group.get("candidates", []):
            if rng.random() < 0.3:
                candidate["name"] = rng.choice(_NAMES)
    for result in data.get("results", []):
        result["group"] += suffix
        result["exam"] += suffix
    if groups and rng.random() < 0.5:
        second = copy.deepcopy(groups[0])
        second["code"] += "-2"
        second["second_sitting_of"] = groups[0]["code"]
        second["candidates"] = second["candidates"][:1]
        groups.insert(0, second)
    for exam in data.get("exams", []):
        for item in exam.get("items", []):
            if rng.random() < 0.1:
                item["stem"] += "\n\n\tMet een tweede alinea.\r\nEn een derde."
    return data


def mutate_package(rng: random.Random, seeds: list[dict[str, Any]]) -> tuple[str, bytes]:
    """A file name and content: a mutated JSON package, or one in a zip.

    Half are the valid package under fresh codes (to be imported), of which most are then spoiled.
    """
    data = json.loads(json.dumps(rng.choice(seeds)))
    if rng.random() < 0.5:
        data = fresh(rng, data)
        if rng.random() < 0.6:
            data = mutate_tree(rng, data)
    else:
        data = mutate_tree(rng, data)
    payload = serialise(rng, data)
    if rng.random() < 0.25:
        return "package.zip", as_zip(rng, payload)
    return "package.examdesk.json", payload


_CELLS = [
    "",
    "x" * 140_000,
    '"',
    '"unclosed',
    "Fatima\u202eel Amrani",
    "a\x00b",
    "123456789",
    "extra_time:3_0",
    "extra_time:30:dyslexie:9999-12-31",
    "extended_duration:1E-999999999",
    "extended_duration:1,5",
    "pauses",
    "vliegen:zeer",
    "١٠٠٣",
    "1003",
    "a;b;c;d;e",
]


def mutate_roster(rng: random.Random) -> bytes:
    """A spoiled roster: hostile cells, other line endings and encodings, damaged bytes."""
    rows = [row.split(";") for row in sample_roster().strip().split("\r\n")]
    for _ in range(rng.randint(1, 3)):
        row = rng.choice(rows)
        if rng.random() < 0.8 and row:
            row[rng.randrange(len(row))] = rng.choice(_CELLS)
        else:
            rows.insert(rng.randrange(len(rows) + 1), list(rng.choice(rows)))
    ending = rng.choice(["\r\n", "\n", "\r", "\n\r"])
    text = ending.join(";".join(row) for row in rows) + rng.choice([ending, ""])
    encoding = rng.choice(
        ["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252"]
    )
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        raw = text.encode("utf-8")
    if rng.random() < 0.15:
        raw = mutate_bytes(rng, raw)
    return raw


# --- running one case ------------------------------------------------------------------------------------


def table_rows(station: Any) -> tuple[int, ...]:
    """How many rows each table of the station's (encrypted) database holds, read behind its back."""
    from tests import raw_db

    connection = raw_db.connect(station)
    try:
        return tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("exam", "exam_group", "candidate", "result", "event")
        )
    finally:
        connection.close()


@dataclass(frozen=True)
class Outcome:
    kind: str  # "imported", "refused", "exception", "partial"
    detail: str = ""


def run_case(do_import: Callable[[Path], object], path: Path, content: bytes, station: Any) -> Outcome:
    """Import ``content`` written to ``path``: imported, refused with sentences, or what went wrong."""
    from examdesk import i18n
    from examdesk.core.errors import ExamdeskError
    from examdesk.services.packages import PackageRefused

    path.write_bytes(content)
    before = table_rows(station)
    try:
        do_import(path)
    except PackageRefused as refused:
        if table_rows(station) != before:
            return Outcome("partial", "rows changed by a refused import")
        sentences = [i18n.render(refused.message)] + [i18n.render(d) for d in refused.details]
        if not refused.problems or not all(s.strip() for s in sentences):
            return Outcome("exception", "a refusal without sentences")
        for language in ("nl", "en"):  # every refusal renders in both languages, and prints
            for problem in refused.problems:
                i18n.render(problem.message, language).encode("utf-8")
                problem.path.encode("utf-8")
        return Outcome("refused")
    except ExamdeskError as error:
        if table_rows(station) != before:
            return Outcome("partial", f"rows changed by a refused import ({error})")
        return Outcome("refused")
    except Exception as error:  # noqa: BLE001 - counting exactly these is the point
        return Outcome("exception", f"{type(error).__name__}: {str(error)[:200]}")
    return Outcome("imported")
