"""Translatable text for code that must not import Qt.

Strings are marked with ``QT_TRANSLATE_NOOP(context, source)`` so that ``pyside6-lupdate`` extracts them
into ``translations/*.ts``; the mark returns a :class:`Text` that remembers its context. A
:class:`Message` is such a text with named parameters, rendered later in the user's language by
``examdesk.i18n.render``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt  # kept out of the import: examdesk check-bsn imports this module


class Text(str):
    """A source string (English) that remembers its translation context."""

    context: str

    def __new__(cls, context: str, source: str) -> Text:
        obj = super().__new__(cls, source)
        obj.context = context
        return obj


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation in ``context`` without translating it now."""
    return Text(context, source)


@dataclass(frozen=True)
class Message:
    """A translatable sentence with named ``{placeholders}``."""

    text: Text
    params: Mapping[str, object] = field(default_factory=dict)

    def format_with(self, template: str) -> str:
        """Fill ``template`` (the translated text) with this message's parameters."""
        return template.format(**self.params)

    def __str__(self) -> str:
        return self.format_with(str(self.text))


def message(text: Text, /, **params: object) -> Message:
    """Build a :class:`Message` from a marked text and its parameters."""
    return Message(text, params)


@dataclass(frozen=True)
class PluralMessage(Message):
    """A sentence with a form per plural category; the reader's language's plural rule picks one.

    ``text`` is the ``other`` form (what ``str()`` shows); ``forms`` maps the Unicode CLDR categories
    the sentence has (``one``, ``other``) to their texts; ``examdesk.i18n.render`` chooses by ``count``.
    """

    count: int = 0
    forms: Mapping[str, Text] = field(default_factory=dict)


def plural(count: int, one: Text, other: Text, /, **params: object) -> PluralMessage:
    """A :class:`PluralMessage` with a singular and a plural form; ``{count}`` is a parameter too."""
    return PluralMessage(other, {"count": count, **params}, count, {"one": one, "other": other})


@dataclass(frozen=True)
class LongDate:
    """A message parameter: ``day`` with its month in words (``20 mei 2026``), in the reader's language."""

    day: dt.date

    def __str__(self) -> str:
        return self.day.isoformat()
