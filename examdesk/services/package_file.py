"""How a package file is refused: its headline (in singular or plural), and JSON's complaints in words."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from examdesk.core.package_format import Problem
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message, plural
from examdesk.services.package_input import FILE

_REFUSED = QT_TRANSLATE_NOOP("Import", "{path} was not imported: {count} problems. Nothing was changed.")
_REFUSED_ONE = QT_TRANSLATE_NOOP("Import", "{path} was not imported: 1 problem. Nothing was changed.")
_NOT_SCORED = QT_TRANSLATE_NOOP("Import", "{path} cannot be scored: {count} problems.")
_NOT_SCORED_ONE = QT_TRANSLATE_NOOP("Import", "{path} cannot be scored: 1 problem.")
_NOT_A_PACKAGE = QT_TRANSLATE_NOOP("Import", "{path} is not an examdesk package: {problem}.")

# What Python's JSON reader says (json.JSONDecodeError.msg), in words the user's language has.
_JSON_ERRORS: dict[str, Text] = {
    "Expecting value": QT_TRANSLATE_NOOP("Json", "a value was expected"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "Json", "a name in double quotes was expected"
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("Json", "a ':' was expected"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("Json", "a ',' was expected"),
    "Extra data": QT_TRANSLATE_NOOP("Json", "there is more text after the end"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP("Json", "a text is not closed with a double quote"),
    "Invalid control character at": QT_TRANSLATE_NOOP("Json", "a text holds a control character"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("Json", "a text holds a backslash that escapes nothing"),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP("Json", "a text holds a broken unicode escape"),
    "Illegal trailing comma before end of object": QT_TRANSLATE_NOOP(
        "Json", "a ',' before the end of an object"
    ),
    "Illegal trailing comma before end of array": QT_TRANSLATE_NOOP("Json", "a ',' before the end of a list"),
}
_JSON_OTHER = QT_TRANSLATE_NOOP("Json", "the text is not JSON")


def json_error_text(detail: str) -> Text:
    """JSON's English complaint as translatable text."""
    return _JSON_ERRORS.get(detail, _JSON_OTHER)


def refusal_headline(path: Path, problems: Sequence[Problem], scoring: bool = False) -> Message:
    """The first line of a refusal: one problem or several; scoring imports nothing, so it says so."""
    if scoring and len(problems) == 1 and problems[0].path == FILE:
        # A file that is no package at all (README.md) is simply that.
        return message(_NOT_A_PACKAGE, path=path.name, problem=problems[0].message)
    if scoring:
        return plural(len(problems), _NOT_SCORED_ONE, _NOT_SCORED, path=path.name)
    return plural(len(problems), _REFUSED_ONE, _REFUSED, path=path.name)
