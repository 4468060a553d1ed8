"""Problems with a package: the :class:`Problem` (a JSON path and one sentence), and the translation of
pydantic's validation errors into problems people can act on, in their language.

The package models (:mod:`examdesk.core.package_format`) raise what their validators find through
:func:`raise_problems`; :func:`pydantic_problems` unpacks it with the paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic_core import PydanticCustomError

from examdesk.core.package_fields import printable
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

# The forms a code, a key and a time of day must have: the models in package_format use them, and
# _PATTERNS below says each in words when a value does not fit.
CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
KEY_PATTERN = r"^[A-Za-z0-9._-]+$"
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"

_MISSING = QT_TRANSLATE_NOOP("Package", "is missing")
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Package", "is not a field of the package format (a typo?)")
_WRONG_TYPE = QT_TRANSLATE_NOOP("Package", "should be {expected}")
TOO_LONG = QT_TRANSLATE_NOOP("Package", "is too long: at most {limit}")
_TOO_SHORT = QT_TRANSLATE_NOOP("Package", "is too short: at least {limit}")
# An empty required text is not "too short: at least 1" (issue 15, finding 14): it says what to do.
_NAME_REQUIRED = QT_TRANSLATE_NOOP("Package", "is empty: enter a name")
_TEXT_REQUIRED = QT_TRANSLATE_NOOP("Package", "is empty: fill it in")
_NOT_ALLOWED = QT_TRANSLATE_NOOP("Package", "'{value}' is not allowed here; use one of: {allowed}")
_RANGE = QT_TRANSLATE_NOOP("Package", "{value} is out of range ({detail})")
_OTHER = QT_TRANSLATE_NOOP("Package", "is not valid: {detail}")
_FORM = QT_TRANSLATE_NOOP("Package", "'{value}' does not have the required form: {pattern}")
_PATTERNS = {
    CODE_PATTERN: QT_TRANSLATE_NOOP(
        "Package", "letters, digits, '.', '_' or '-', starting with a letter or digit"
    ),
    KEY_PATTERN: QT_TRANSLATE_NOOP("Package", "letters, digits, '.', '_' or '-'"),
    TIME_PATTERN: QT_TRANSLATE_NOOP("Package", "hours and minutes as HH:MM, e.g. 09:00"),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a package: where (a JSON path or file position) and what."""

    path: str
    message: Message


def raise_problems(problems: list[tuple[tuple[str | int, ...], Message]]) -> None:
    """Raise the problems a validator found, for :func:`pydantic_problems` to unpack with their paths."""
    if problems:
        raise PydanticCustomError("examdesk", "examdesk problems", {"problems": problems})


def json_path(location: Iterable[str | int]) -> str:
    """``('groups', 0, 'candidates', 3, 'bsn')`` → ``groups[0].candidates[3].bsn``."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            text += ("." if text else "") + part
        else:
            text += f"[{part!r}]"
    return text or "(package)"


_TEXT = QT_TRANSLATE_NOOP("Package", "text")
_WHOLE = QT_TRANSLATE_NOOP("Package", "a whole number")
_NUMBER = QT_TRANSLATE_NOOP("Package", "a number")
_BOOL = QT_TRANSLATE_NOOP("Package", "true or false")
_LIST = QT_TRANSLATE_NOOP("Package", "a list")
_OBJECT = QT_TRANSLATE_NOOP("Package", "an object")
_DATE = QT_TRANSLATE_NOOP("Package", "a date (YYYY-MM-DD)")
_DATETIME = QT_TRANSLATE_NOOP("Package", "a date and time (ISO 8601, e.g. 2026-06-12T10:31:00+02:00)")
_TYPE_WORDS = {
    "string_type": _TEXT,
    "int_type": _WHOLE,
    "int_parsing": _WHOLE,
    "int_from_float": _WHOLE,
    "decimal_type": _NUMBER,
    "decimal_parsing": _NUMBER,
    "bool_type": _BOOL,
    "bool_parsing": _BOOL,
    "list_type": _LIST,
    "dict_type": _OBJECT,
    "model_type": _OBJECT,
    "model_attributes_type": _OBJECT,
    "date_type": _DATE,
    "date_parsing": _DATE,
    "date_from_datetime_parsing": _DATE,
    "date_from_datetime_inexact": _DATE,
    "datetime_type": _DATETIME,
    "datetime_parsing": _DATETIME,
    "datetime_from_date_parsing": _DATETIME,
}


def pydantic_problems(error: Mapping[str, Any]) -> list[Problem]:
    kind = error["type"]
    location = tuple(part for part in error["loc"] if not _is_union_tag(part))
    context = error.get("ctx") or {}
    if kind == "examdesk":
        return [Problem(json_path((*location, *sub)), text) for sub, text in context["problems"]]
    if kind == "union_tag_invalid":
        tags = str(context.get("expected_tags", "")).replace("'", "")
        return [
            Problem(
                json_path((*location, "type")),
                message(_NOT_ALLOWED, value=short_value(context.get("tag", "")), allowed=tags),
            )
        ]
    if kind == "string_pattern_mismatch":
        pattern = context.get("pattern", "")
        form = _PATTERNS.get(pattern, pattern)
        return [
            Problem(json_path(location), message(_FORM, value=short_value(error.get("input")), pattern=form))
        ]
    if kind == "missing":
        text = message(_MISSING)
    elif kind == "extra_forbidden":
        text = message(_UNKNOWN_FIELD)
    elif kind in ("literal_error", "enum", "union_tag_invalid"):
        allowed = context.get("expected", "")
        text = message(
            _NOT_ALLOWED, value=short_value(error.get("input")), allowed=str(allowed).replace("'", "")
        )
    elif kind in ("string_too_long", "too_long"):
        text = message(TOO_LONG, limit=context.get("max_length", ""))
    elif kind == "string_too_short" and str(context.get("min_length", "")) == "1":
        text = message(_NAME_REQUIRED if location and location[-1] == "name" else _TEXT_REQUIRED)
    elif kind in ("string_too_short", "too_short"):
        text = message(_TOO_SHORT, limit=context.get("min_length", ""))
    elif kind in (
        "greater_than",
        "greater_than_equal",
        "less_than",
        "less_than_equal",
        "decimal_max_digits",
        "decimal_max_places",
        "decimal_whole_digits",
    ):
        text = message(_RANGE, value=short_value(error.get("input")), detail=error["msg"])
    elif kind in _TYPE_WORDS:
        text = message(_WRONG_TYPE, expected=_TYPE_WORDS[kind])
    else:
        text = message(_OTHER, detail=error["msg"])
    return [Problem(json_path(location), text)]


_ITEM_TYPES = frozenset(
    {"multiple_choice", "multiple_select", "numeric", "multiple_dropdown", "ordering", "open"}
)


def _is_union_tag(part: object) -> bool:
    """pydantic adds the union member's name to error locations; people do not need it."""
    return isinstance(part, str) and (
        part.endswith("Model") or part in _ITEM_TYPES or part in ("str", "list[str]", "dict[str,str]")
    )


def short_value(value: object) -> str:
    return printable(value)
