"""Reading package and roster files that may be hostile (spec/exam-package.md, Validation).

Limits are checked before anything is parsed: the file's size, a zip's member count (from its end
record) and unpacked sizes, a JSON text's nesting depth and number of values. JSON is then read with
duplicate keys refused, numbers kept exact and bounded in length, and every string and key checked
for control characters; CSV is read in any line ending, as UTF-8 or UTF-16 with a byte order mark.
Every refusal is a :class:`Problem` with where (a JSON path, a zip member, a CSV row) and a sentence.
"""

from __future__ import annotations

import csv
import io
import json
import lzma
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from examdesk.core.package_fields import Oversized, printable, text_problem
from examdesk.core.package_format import Problem, json_path
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services.json_errors import json_error_text

FILE = "(file)"
MAX_DEPTH = 32
# A package at the 50 MB limit holds some 1.3 million objects and lists; these leave room for that
# and keep a hostile file of "[[],[],...]" from filling the memory.
MAX_CONTAINERS = 2_000_000
MAX_VALUES = 10_000_000
MAX_ZIP_MEMBERS = 1_000
# A number of more digits than this is never a value the format allows (±10^12, 6 decimals).
MAX_NUMBER_CHARACTERS = 40

_MISSING_FILE = QT_TRANSLATE_NOOP("Import", "the file does not exist")
_A_FOLDER = QT_TRANSLATE_NOOP("Import", "this is a folder, not a package file")
_UNREADABLE = QT_TRANSLATE_NOOP("Import", "the file cannot be read: {reason}")
_TOO_BIG = QT_TRANSLATE_NOOP("Import", "the file is {size} MB; a package may be at most {limit} MB")
_BAD_ZIP = QT_TRANSLATE_NOOP("Import", "the zip archive is damaged or not a zip archive")
_NO_PACKAGE_JSON = QT_TRANSLATE_NOOP("Import", "the zip archive has no package.json")
_NOT_UTF8 = QT_TRANSLATE_NOOP("Import", "the file is not UTF-8 text")
_NOT_JSON = QT_TRANSLATE_NOOP("Import", "this is not valid JSON: {detail} (line {line}, column {column})")
_CSV_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Import", "the file is not UTF-8 text; save it from the spreadsheet as 'CSV UTF-8'"
)
_WIDE_TEXT = QT_TRANSLATE_NOOP(
    "Import", "the file is {encoding} text, not UTF-8; save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')"
)
_NO_BOM = QT_TRANSLATE_NOOP(
    "Import",
    "the file holds NUL bytes: it is probably UTF-16 text without a byte order mark; save it from the spreadsheet as 'CSV UTF-8'",
)
_BAD_UTF16 = QT_TRANSLATE_NOOP(
    "Import", "the file starts as UTF-16 text but is damaged; save it from the spreadsheet as 'CSV UTF-8'"
)
_TOO_DEEP = QT_TRANSLATE_NOOP(
    "Import", "lists and objects are nested more than {limit} levels deep; a package never needs that"
)
_TOO_MANY_VALUES = QT_TRANSLATE_NOOP(
    "Import", "the file holds more than {limit} values; a package never needs that many"
)
_DUPLICATE_KEY = QT_TRANSLATE_NOOP("Import", "'{key}' is given more than once in this object")
_BAD_KEY = QT_TRANSLATE_NOOP("Import", "a field name here {problem}")
_TOO_MANY_DIGITS = QT_TRANSLATE_NOOP(
    "Import", "this number has {count} characters; numbers lie within ±10^12 with at most 6 decimals"
)
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Import", "{value} is not a number JSON allows")
_ZIP_MEMBERS = QT_TRANSLATE_NOOP(
    "Import", "the zip archive holds {count} files; a package may hold at most {limit}"
)
_ZIP_UNPACKED = QT_TRANSLATE_NOOP(
    "Import", "the zip archive unpacks to {size} MB; a package may be at most {limit} MB"
)
_ZIP_TWICE = QT_TRANSLATE_NOOP("Import", "the zip archive holds this name more than once")
_ZIP_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Import", "this file in the zip archive is encrypted; examdesk reads only unencrypted packages"
)
_ZIP_METHOD = QT_TRANSLATE_NOOP(
    "Import",
    "this file in the zip archive is compressed in a way examdesk cannot read; use plain zip (deflate)",
)
_ZIP_DAMAGED = QT_TRANSLATE_NOOP("Import", "this file in the zip archive is damaged and cannot be unpacked")
_CSV_FIELD = QT_TRANSLATE_NOOP(
    "Import", "a cell in this row is longer than {limit} characters; a roster never needs that"
)
_CSV_BROKEN = QT_TRANSLATE_NOOP("Import", "this row cannot be read as CSV (a quote that is never closed?)")
_CSV_TOO_MANY = QT_TRANSLATE_NOOP("Import", "the file has more than {limit} rows")
_ROW = QT_TRANSLATE_NOOP("Import", "row {row}")


class InputRefused(Exception):
    """The file cannot be read as a package or roster; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


def _refuse(text: Message, where: str = FILE) -> InputRefused:
    return InputRefused([Problem(where, text)])


def _megabytes(size: int) -> float:
    return round(size / 1_048_576, 1)


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, refused before reading when it is missing or larger than ``limit``."""
    if path.is_dir():
        raise _refuse(message(_A_FOLDER))
    if not path.is_file():
        raise _refuse(message(_MISSING_FILE))
    try:
        size = path.stat().st_size
        if size > limit:
            raise _refuse(message(_TOO_BIG, size=_megabytes(size), limit=limit // 1_048_576))
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)  # the file may have grown since it was measured
    except OSError as error:
        raise _refuse(message(_UNREADABLE, reason=error.strerror or str(error))) from error
    if len(raw) > limit:
        raise _refuse(message(_TOO_BIG, size=_megabytes(len(raw)), limit=limit // 1_048_576))
    return raw


def is_zip(raw: bytes, path: Path) -> bool:
    return raw[:4] == b"PK\x03\x04" or path.suffix.lower() == ".zip"


# --- zip -------------------------------------------------------------------------------------------------


def _declared_members(raw: bytes) -> int | None:
    """The member count in the zip's end record, read before the central directory is parsed."""
    at = raw.rfind(b"PK\x05\x06", max(0, len(raw) - 65_557))
    if at < 0 or at + 22 > len(raw):
        return None
    return int.from_bytes(raw[at + 10 : at + 12], "little")


def package_json_from_zip(raw: bytes, limit: int) -> bytes:
    """The ``package.json`` of a zip package, after its member count and unpacked sizes are checked."""
    declared = _declared_members(raw)
    if declared is None:
        raise _refuse(message(_BAD_ZIP))
    # 0xFFFF means a ZIP64 count follows; no package needs that many files.
    if declared > MAX_ZIP_MEMBERS:
        raise _refuse(message(_ZIP_MEMBERS, count=declared, limit=MAX_ZIP_MEMBERS))
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = archive.infolist()
            _check_members(members, limit)
            found = [m for m in members if m.filename.lower() == "package.json"]
            if not found:
                raise _refuse(message(_NO_PACKAGE_JSON))
            if len(found) > 1:
                raise _refuse(message(_ZIP_TWICE), found[1].filename)
            return _unpack(archive, found[0], limit)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError) as error:
        raise _refuse(message(_BAD_ZIP)) from error


def _check_members(members: list[zipfile.ZipInfo], limit: int) -> None:
    if len(members) > MAX_ZIP_MEMBERS:
        raise _refuse(message(_ZIP_MEMBERS, count=len(members), limit=MAX_ZIP_MEMBERS))
    problems: list[Problem] = []
    seen: set[str] = set()
    for member in members:
        name = printable(member.filename, 200)
        if member.filename in seen:
            problems.append(Problem(name, message(_ZIP_TWICE)))
        seen.add(member.filename)
        if member.flag_bits & 0x1:
            problems.append(Problem(name, message(_ZIP_ENCRYPTED)))
    # A small zip can unpack to a huge file (a zip bomb): the limit counts what the members unpack to.
    unpacked = sum(member.file_size for member in members)
    if unpacked > limit:
        problems.append(
            Problem(FILE, message(_ZIP_UNPACKED, size=_megabytes(unpacked), limit=limit // 1_048_576))
        )
    if problems:
        raise InputRefused(problems)


_READABLE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


def _unpack(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> bytes:
    name = printable(member.filename, 200)
    if member.compress_type not in _READABLE_METHODS:
        raise _refuse(message(_ZIP_METHOD), name)
    try:
        with archive.open(member) as stream:
            # zipfile stops at the declared size and checks the CRC; the cap holds even if it did not.
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError) as error:
        raise _refuse(message(_ZIP_DAMAGED), name) from error
    except (NotImplementedError, RuntimeError) as error:  # an unknown method; encryption
        raise _refuse(message(_ZIP_METHOD), name) from error
    if len(data) > limit:
        raise _refuse(message(_ZIP_UNPACKED, size=_megabytes(len(data)), limit=limit // 1_048_576), name)
    return data


# --- JSON ------------------------------------------------------------------------------------------------

# Raw characters no text may hold (JSON whitespace \t \n \r aside), and the escapes that write them.
_UNSAFE_RAW = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_ESCAPE = re.compile(
    r"\\[bf]|\\u(?:00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|061[cC]|200[eEfF]|202[a-eA-E]|206[6-9]"
    r"|[dD][89a-fA-F][0-9a-fA-F]{2})"
)
_UNSAFE_KEY = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_NOT_STRUCTURE = bytes(byte for byte in range(256) if byte not in b'"[]{},')
_QUOTED = re.compile(rb'"[^"]*"')
_INNERMOST = re.compile(rb"[\[{][\]}]")


def _wide_encoding(raw: bytes) -> str | None:
    if raw[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "UTF-32"
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "UTF-16"
    return None


def check_shape(raw: bytes) -> None:
    """Refuse a JSON text nested deeper than :data:`MAX_DEPTH` or with too many values, before parsing.

    Only quotes, brackets and commas are kept (escapes dropped first, so quotes alternate between
    opening and closing); every string is then cut out, and each pass removes the innermost brackets,
    so a pair left after :data:`MAX_DEPTH` passes is nested deeper than that.
    """
    skeleton = _ESCAPE.sub(b"", raw).translate(None, _NOT_STRUCTURE)
    # Adjacent quotes are an empty string or the end of one and the start of the next (a colon or
    # white space between them was dropped): removing them in C first leaves few strings to cut out.
    bare = _QUOTED.sub(b"", skeleton.replace(b'""', b""))
    if bare.count(b"[") + bare.count(b"{") > MAX_CONTAINERS or bare.count(b",") > MAX_VALUES:
        raise _refuse(message(_TOO_MANY_VALUES, limit=MAX_VALUES))
    brackets = bare.translate(None, b",")
    for _ in range(MAX_DEPTH):
        brackets, removed = _INNERMOST.subn(b"", brackets)
        if not removed:
            return
    if _INNERMOST.search(brackets):
        raise _refuse(message(_TOO_DEEP, limit=MAX_DEPTH))


class _Duplicated(dict[str, Any]):
    """An object in which some key was given twice, or a key is unsafe (refused with its path after parsing)."""

    def __init__(self, pairs: list[tuple[str, Any]], twice: list[str]) -> None:
        super().__init__(pairs)
        self.twice = twice


class _NotANumber:
    def __init__(self, text: str) -> None:
        self.text = text


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        # A key with a line break, tab or other control character: marked for the walk (keys are names).
        return _Duplicated(pairs, []) if _UNSAFE_KEY.search("".join(result)) else result
    seen: set[str] = set()
    twice = [key for key, _ in pairs if key in seen or seen.add(key)]  # type: ignore[func-returns-value]
    return _Duplicated(pairs, twice)


def _integer(text: str) -> int | Oversized:
    # Python refuses to convert over 4,300 digits (a ValueError without a place); far fewer are too many.
    return Oversized(text) if len(text) > MAX_NUMBER_CHARACTERS else int(text)


def _fraction(text: str) -> Decimal | Oversized:
    # Exact, never a float; "1E-999999999" is a small Decimal here and refused by the field's bounds.
    if len(text) > MAX_NUMBER_CHARACTERS:
        return Oversized(text)
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the JSON scanner only passes valid numbers
        return Oversized(text)


@dataclass(frozen=True)
class Loaded:
    """Parsed JSON and what no field may hold in it (duplicate keys, control characters, long numbers).

    The data is still validated against the models, so that every problem is reported at once.
    """

    data: Any
    problems: list[Problem]


def later_problems(early: list[Problem], later: list[Problem]) -> list[Problem]:
    """``early`` and those of ``later`` not at or under a place ``early`` already names."""
    places = {problem.path for problem in early}

    def named(path: str) -> bool:
        return any(path == place or path.startswith((place + ".", place + "[")) for place in places)

    return early + [problem for problem in later if not named(problem.path)]


def load_json(raw: bytes) -> Loaded:
    """Parse a package's JSON text after checking its encoding and shape; find what is unsafe in it."""
    wide = _wide_encoding(raw)
    if wide is not None:
        raise _refuse(message(_WIDE_TEXT, encoding=wide))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _refuse(message(_NOT_UTF8)) from error
    check_shape(raw)
    marked: list[object] = []  # what the hooks made that the walk below must find

    def marking(hook: Any, plain: type) -> Any:
        def mark(value: Any) -> Any:
            made = hook(value)
            if type(made) is not plain:
                marked.append(made)
            return made

        return mark

    try:
        data = json.loads(
            text,
            object_pairs_hook=marking(_object, dict),
            parse_int=marking(_integer, int),
            parse_float=marking(_fraction, Decimal),
            parse_constant=marking(_NotANumber, type(None)),
        )
    except json.JSONDecodeError as error:
        detail = json_error_text(error.msg)
        raise _refuse(message(_NOT_JSON, detail=detail, line=error.lineno, column=error.colno)) from error
    except RecursionError as error:  # an unbalanced text the shape check could not pair up
        raise _refuse(message(_TOO_DEEP, limit=MAX_DEPTH)) from error
    # The walk over every value costs as much as the parse. Without an unsafe character or escape in the
    # text and with nothing marked by the hooks (a duplicate or unsafe key, a long number, NaN) it would
    # find nothing, and is skipped.
    if marked or _UNSAFE_RAW.search(text) or _UNSAFE_ESCAPE.search(text):
        return Loaded(data, list(_unsafe(data, ())))
    return Loaded(data, [])


def _unsafe(value: Any, where: tuple[str | int, ...]) -> Iterator[Problem]:
    """Everything in parsed JSON that no field may hold, wherever it is (keys included), with its path."""
    if isinstance(value, dict):
        for key in getattr(value, "twice", ()):
            yield Problem(json_path((*where, key)), message(_DUPLICATE_KEY, key=printable(key)))
        for key, item in value.items():
            found = text_problem(key, single_line=True)
            if found is not None:
                yield Problem(json_path((*where, key)), message(_BAD_KEY, problem=found))
                continue
            yield from _unsafe(item, (*where, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unsafe(item, (*where, index))
    elif isinstance(value, str):
        found = text_problem(value, single_line=False)
        if found is not None:
            yield Problem(json_path(where), found)
    elif isinstance(value, Oversized):
        yield Problem(json_path(where), message(_TOO_MANY_DIGITS, count=len(value.text)))
    elif isinstance(value, _NotANumber):
        yield Problem(json_path(where), message(_NOT_A_NUMBER, value=value.text))


def read_package(path: Path, limit: int) -> tuple[Loaded, bytes]:
    """The parsed JSON of a package file (JSON or zip) and the file's bytes; :class:`InputRefused` if not."""
    raw = read_limited(path, limit)
    content = package_json_from_zip(raw, limit) if is_zip(raw, path) else raw
    return load_json(content), raw


# --- CSV -------------------------------------------------------------------------------------------------


def decode_csv(raw: bytes) -> str:
    """A CSV file's text: UTF-8 with or without a byte order mark, or UTF-16 (LE or BE) with one."""
    if raw[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        raise _refuse(message(_WIDE_TEXT, encoding="UTF-32"))
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw[2:].decode("utf-16-le" if raw[:2] == b"\xff\xfe" else "utf-16-be")
        except UnicodeDecodeError as error:
            raise _refuse(message(_BAD_UTF16)) from error
    # UTF-16 without a BOM: a NUL in every other byte of Latin text. A stray NUL is left to the cells.
    if raw.count(b"\x00") * 4 > len(raw):
        raise _refuse(message(_NO_BOM))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _refuse(message(_CSV_NOT_UTF8)) from error


def csv_rows(text: str, max_rows: int) -> list[tuple[int, list[str]]]:
    """The non-empty rows of a semicolon-separated text with their row numbers (as a spreadsheet counts).

    Line endings may be CRLF, LF or CR alone (old Mac spreadsheets).
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    rows: list[tuple[int, list[str]]] = []
    number = 0
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return rows
        except csv.Error as error:
            where = _row_place(number)
            if "field larger than field limit" in str(error):
                raise _refuse(message(_CSV_FIELD, limit=csv.field_size_limit()), where) from error
            raise _refuse(message(_CSV_BROKEN), where) from error
        if any(cell.strip() for cell in row):
            rows.append((number, row))
            if len(rows) > max_rows:
                raise _refuse(message(_CSV_TOO_MANY, limit=max_rows))


def _row_place(row: int) -> str:
    from examdesk import i18n

    return i18n.render(message(_ROW, row=row))
