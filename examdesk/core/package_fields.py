"""Bounded field types for the package models (spec/exam-package.md, Validation).

Every value a package (or a CSV roster) brings in passes through one of these: text without control
characters or bidirectional marks, dates between 1900 and 2199, timestamps that carry their UTC offset,
whole numbers that are not ``true``, and decimal numbers with a bounded size and number of decimals,
so that no huge ``Fraction`` can ever be built from package data. Nothing is coerced: a string is not a
number, ``0`` is not a date.

A refusal is raised as the ``examdesk`` error that ``package_format.pydantic_problems`` unpacks into a
:class:`~examdesk.core.package_format.Problem` with its JSON path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, GetCoreSchemaHandler, GetJsonSchemaHandler, Strict, ValidationInfo
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)
NUMBER_LIMIT = Decimal(10) ** 12
MAX_DECIMALS = 6

# What the package models validate with ``context=package_context(version)``: values straight from a
# file, where a number written as a string is refused. Definitions the station stored itself (pydantic
# writes a ``Decimal`` as a string) are read without it; their bounds are checked all the same.
_SOURCE = "source"
_PACKAGE = "package"


def package_context(version: int) -> dict[str, Any]:
    """The validation context of a package (or roster) of ``version``, read from a file."""
    return {"version": version, _SOURCE: _PACKAGE}


def _from_package(info: ValidationInfo) -> bool:
    return isinstance(info.context, dict) and info.context.get(_SOURCE) == _PACKAGE


_CONTROL = QT_TRANSLATE_NOOP(
    "Package",
    "contains the control character {character}; text may hold no control characters other than new lines and tabs",
)
_LINE_BREAK = QT_TRANSLATE_NOOP(
    "Package", "contains a line break or tab ({character}); this text must be a single line"
)
_BIDI = QT_TRANSLATE_NOOP(
    "Package",
    "contains the invisible direction mark {character}, which can make text read differently from how it is stored",
)
_BROKEN = QT_TRANSLATE_NOOP("Package", "contains {character}, which is not a character (broken text)")
_NOT_A_DATE = QT_TRANSLATE_NOOP("Package", "should be a date written as YYYY-MM-DD, e.g. 2026-06-12")
_DATE_RANGE = QT_TRANSLATE_NOOP("Package", "{value} is not between 1900-01-01 and 2199-12-31")
_NOT_A_TIMESTAMP = QT_TRANSLATE_NOOP(
    "Package",
    "should be a date and time with its UTC offset (ISO 8601), e.g. 2026-06-13T16:00:00+02:00",
)
_NO_OFFSET = QT_TRANSLATE_NOOP(
    "Package",
    "'{value}' has no UTC offset; write it with one, e.g. 2026-06-13T16:00:00+02:00",
)
_NUMBER_AS_TEXT = QT_TRANSLATE_NOOP("Package", "should be a number, written without quotes")
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Package", "should be a number")
_NOT_FINITE = QT_TRANSLATE_NOOP("Package", "'{value}' is not a number")
_TOO_MANY_DIGITS = QT_TRANSLATE_NOOP(
    "Package", "this number has too many digits; numbers lie within ±10^12 with at most 6 decimals"
)
_DECIMALS = QT_TRANSLATE_NOOP("Package", "{value} has more than {places} decimals")
_AT_LEAST = QT_TRANSLATE_NOOP("Package", "{value} is too small: at least {limit}")
_ABOVE = QT_TRANSLATE_NOOP("Package", "{value} is too small: it must be more than {limit}")
_AT_MOST = QT_TRANSLATE_NOOP("Package", "{value} is too large: at most {limit}")

# C0 and C1 control characters, DEL; lone surrogates (from "\ud800" escapes); the bidirectional
# embeddings, overrides, isolates and marks (U+061C, U+200E/F, U+202A-E, U+2066-9).
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_BIDI_MARKS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_SURROGATES = "\ud800-\udfff"
_UNSAFE_TEXT = re.compile(f"[{_CONTROLS}{_BIDI_MARKS}{_SURROGATES}]")
_UNSAFE_LINE = re.compile(f"[{_CONTROLS}\t\n\r\u2028\u2029{_BIDI_MARKS}{_SURROGATES}]")


def problem(text: Message) -> PydanticCustomError:
    """A refusal of the value being validated, unpacked by ``pydantic_problems`` with its path."""
    return PydanticCustomError("examdesk", "examdesk problems", {"problems": [((), text)]})


def character_name(character: str) -> str:
    """``U+202E``: how a refused invisible character is named in a sentence."""
    return f"U+{ord(character):04X}"


def text_problem(value: str, single_line: bool) -> Message | None:
    """What is wrong with a text's characters, or ``None`` (spec: no control characters, no bidi marks)."""
    found = (_UNSAFE_LINE if single_line else _UNSAFE_TEXT).search(value)
    if found is None:
        return None
    character = found.group()
    name = character_name(character)
    if character in "\t\n\r\u2028\u2029":
        return message(_LINE_BREAK, character=name)
    if "\ud800" <= character <= "\udfff":
        return message(_BROKEN, character=name)
    if re.match(f"[{_BIDI_MARKS}]", character):
        return message(_BIDI, character=name)
    return message(_CONTROL, character=name)


def printable(value: object, limit: int = 60) -> str:
    """``value`` as it may be quoted in a sentence: shortened, invisible characters written as ``<U+XXXX>``."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return "".join(c if c.isprintable() or c == " " else f"<{character_name(c)}>" for c in text)


def _checked_text(single_line: bool) -> Callable[[object], object]:
    def check(value: object) -> object:
        if isinstance(value, str):
            found = text_problem(value, single_line)
            if found is not None:
                raise problem(found)
        return value

    return check


@dataclass(frozen=True)
class Line:
    """A single line of text (names, codes, titles): no control characters, tabs or line breaks.

    ``Annotated[str, Line(200)]``; ``pattern`` for codes and keys.
    """

    max_length: int
    min_length: int = 1
    pattern: str | None = None

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        inner = core_schema.str_schema(
            strict=True, min_length=self.min_length, max_length=self.max_length, pattern=self.pattern
        )
        if self.pattern is not None and self.pattern.isascii() and "\\s" not in self.pattern:
            # The pattern's printable ASCII already keeps control characters and bidi marks out, and
            # the check in C is what keeps 5,000 results of 50 answers fast (codes, keys, times).
            return inner
        return core_schema.no_info_before_validator_function(_checked_text(single_line=True), inner)


@dataclass(frozen=True)
class FreeText:
    """A free text (stems, descriptions): new lines and tabs allowed, other control characters not."""

    max_length: int

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        inner = core_schema.str_schema(strict=True, max_length=self.max_length)
        return core_schema.no_info_before_validator_function(_checked_text(single_line=False), inner)


@dataclass(frozen=True)
class Whole:
    """A whole number within bounds: ``Annotated[int, Whole(1, 600)]``. ``true``, ``1.0``, ``"1"`` are not."""

    ge: int
    le: int

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.int_schema(strict=True, ge=self.ge, le=self.le)


Flag = Annotated[bool, Strict()]

# --- dates and timestamps ---------------------------------------------------------------------------

_DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP_FORM = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})?"
)


def _in_range(day: dt.date, shown: object) -> None:
    if not EARLIEST <= day <= LATEST:
        raise problem(message(_DATE_RANGE, value=printable(shown)))


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, str | dt.date):
        raise problem(message(_NOT_A_DATE))
    if isinstance(value, str):
        if not _DATE_FORM.fullmatch(value):
            raise problem(message(_NOT_A_DATE))
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise problem(message(_NOT_A_DATE)) from None
    else:
        day = value
    _in_range(day, value)
    return day


def _timestamp(value: object) -> dt.datetime:
    if isinstance(value, str):
        if not _TIMESTAMP_FORM.fullmatch(value):
            raise problem(message(_NOT_A_TIMESTAMP))
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            raise problem(message(_NOT_A_TIMESTAMP)) from None
    elif isinstance(value, dt.datetime):
        moment = value
    else:
        raise problem(message(_NOT_A_TIMESTAMP))
    # Issue 14 #11: a moment without an offset is ambiguous (Amsterdam or UTC?); it is refused here.
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise problem(message(_NO_OFFSET, value=printable(value)))
    _in_range(moment.date(), value)
    return moment


# A date between 1900-01-01 and 2199-12-31, written YYYY-MM-DD (``0`` and datetimes are refused).
SafeDate = Annotated[dt.date, BeforeValidator(_date), Strict()]
# A date and time with its UTC offset (issue 14 #11), within the same years.
Timestamp = Annotated[dt.datetime, BeforeValidator(_timestamp), Strict()]

# --- numbers -------------------------------------------------------------------------------------------


class Oversized:
    """A JSON number too long to convert safely (over 4,300 digits raises; far fewer are refused).

    The package reader puts this in place of the number and refuses it with its path.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"Oversized({self.text[:20]}...)"


def _decimal(value: object, info: ValidationInfo) -> Decimal:
    if isinstance(value, bool) or isinstance(value, Oversized):
        raise problem(message(_TOO_MANY_DIGITS if isinstance(value, Oversized) else _NOT_A_NUMBER))
    if isinstance(value, str):
        if _from_package(info) or len(value) > 40:
            raise problem(message(_NUMBER_AS_TEXT))
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise problem(message(_NUMBER_AS_TEXT)) from None
    elif isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        if abs(value) > NUMBER_LIMIT:
            raise problem(message(_AT_MOST, value="±" + printable(abs(value), 30), limit="±10^12"))
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value)) if value == value and abs(value) != float("inf") else Decimal("NaN")
    else:
        raise problem(message(_NOT_A_NUMBER))
    if not number.is_finite():
        raise problem(message(_NOT_FINITE, value=printable(value)))
    return number


@dataclass(frozen=True)
class Bounded:
    """A decimal number: ``Annotated[Decimal, Bounded(gt=0, le=1000, places=3)]``.

    Within ``[ge, le]`` (or ``(gt, le]``) with at most ``places`` decimals, and within ±10^12 with at
    most 6 decimals in any case (spec: Validation). A number written as a string is refused in a
    package; the exponent is bounded before anything computes with the value.
    """

    ge: Decimal | int | str | None = None
    gt: Decimal | int | str | None = None
    le: Decimal | int | str = NUMBER_LIMIT
    places: int = MAX_DECIMALS

    def bounds(self) -> tuple[Decimal | None, Decimal | None, Decimal, int]:
        high = min(Decimal(self.le), NUMBER_LIMIT)
        if self.gt is not None:
            return None, Decimal(self.gt), high, min(self.places, MAX_DECIMALS)
        low = Decimal(self.ge) if self.ge is not None else -NUMBER_LIMIT
        return low, None, high, min(self.places, MAX_DECIMALS)

    def check(self, value: object, info: ValidationInfo) -> Decimal:
        low, above, high, places = self.bounds()
        number = _decimal(value, info)
        shown = printable(number, 30)
        sign, digits, exponent = number.as_tuple()
        assert isinstance(exponent, int)  # finite
        # "1E-999999999" is refused here, never turned into a Fraction with a billion-digit
        # denominator (issue 13 #4).
        if len(digits) > 30 or not -30 <= exponent <= 30:
            raise problem(message(_TOO_MANY_DIGITS))
        exponent = number.normalize().as_tuple().exponent
        assert isinstance(exponent, int)
        if -exponent > places:
            raise problem(message(_DECIMALS, value=shown, places=places))
        if number > high:
            raise problem(message(_AT_MOST, value=shown, limit=high))
        if low is not None and number < low:
            raise problem(message(_AT_LEAST, value=shown, limit=low))
        if above is not None and number <= above:
            raise problem(message(_ABOVE, value=shown, limit=above))
        return number

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.with_info_before_validator_function(
            self.check, core_schema.decimal_schema(strict=True)
        )

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        low, above, high, places = self.bounds()
        # multipleOf would be exact only in decimal arithmetic, which JSON Schema validators lack.
        found: JsonSchemaValue = {
            "type": "number",
            "maximum": float(high),
            "description": f"at most {places} decimals",
        }
        found.update({"minimum": float(low)} if low is not None else {"exclusiveMinimum": float(above or 0)})
        return found
