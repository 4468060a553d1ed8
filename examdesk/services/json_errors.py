"""JSON's complaints (``json.JSONDecodeError.msg``, in English) in words the user's language has."""

from __future__ import annotations

from examdesk.core.text import QT_TRANSLATE_NOOP, Text

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
