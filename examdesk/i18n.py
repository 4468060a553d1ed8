"""The user's language, and translation for code that runs without Qt (the CLI, service messages).

The ``.ts`` files in ``translations/`` are the one source of every translation. ``tools/translations.py``
compiles them into ``.qm`` files for Qt and into small JSON catalogues read here, so that a CLI command
can speak Dutch without importing Qt.
"""

from __future__ import annotations

import locale
import os
from functools import cache
from typing import TYPE_CHECKING

from examdesk.core.text import LongDate, Message, PluralMessage, Text
from examdesk.resources import I18N

if TYPE_CHECKING:
    import datetime as dt

# Kept light: ``examdesk check-bsn`` imports this module, so json, re, decimal, fractions and
# datetime are imported where they are first needed, not here (bench/startup.py measures it).

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

_current = DEFAULT_LANGUAGE


def system_language() -> str:
    """The language of the system locale when it is one examdesk speaks; Dutch if unsure.

    The first locale variable that is set decides (POSIX order). The C and POSIX locales say nothing
    about a person's language, so they count as unsure, although Python reads C.UTF-8 as en_US.
    Without any variable (Windows, some macOS set-ups) the platform's locale decides; Windows spells
    it out ("Dutch_Netherlands").
    """
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return _language_of(value)
    for value in os.environ.get("LANGUAGE", "").split(":"):
        if value:
            return _language_of(value)
    try:
        platform_locale = locale.getlocale()[0] or ""
    except ValueError:
        platform_locale = ""
    return _language_of(platform_locale)


def _language_of(value: str) -> str:
    if value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
        return DEFAULT_LANGUAGE
    lowered = value.lower()
    if lowered.startswith("english"):
        return "en"
    if lowered.startswith("dutch"):
        return "nl"
    return normalise_language(value) or DEFAULT_LANGUAGE


def normalise_language(value: str | None) -> str | None:
    """``nl`` or ``en`` for a language name or locale (``nl_NL``, ``EN``); ``None`` when unknown."""
    if not value:
        return None
    code = value.strip()[:2].lower()
    return code if code in LANGUAGES else None


def set_language(language: str) -> None:
    global _current
    _current = normalise_language(language) or DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    try:
        data = (I18N / f"examdesk_{language}.json").read_text("utf-8")
    except FileNotFoundError:
        return {}
    import json

    entries = json.loads(data)
    return {(e["context"], e["source"]): e["translation"] for e in entries}


def translate(context: str, source: str, language: str | None = None) -> str:
    """``source`` in ``language`` (default: the current one); the source itself when untranslated."""
    translated = _catalogue(language or _current).get((context, source)) or source
    return pseudo(translated) if _pseudo else translated


# --- pseudo-translation --------------------------------------------------------------------------------
# A test language that makes every string about 40 % longer and visibly different, keeping placeholders,
# so clipped labels and strings that escaped translation show up on screen (issue 8).

PSEUDO_ENV = "EXAMDESK_PSEUDO_TRANSLATION"
_pseudo = False
_ACCENTED = str.maketrans(
    "abcdeghiklmnorstuwyzABCDEGHIKLMNORSTUWYZ",
    "áƀçđéĝĥíķĺɱñóŕšţúŵýžÁƁÇĐÉĜĤÍĶĹṀÑÓŔŠŢÚŴÝŽ",
)
# {name} placeholders, %n / %1 Qt arguments, argparse's %s / %(name)s, &-accelerators and HTML-like tags
# are kept as they are.
_KEEP_PATTERN = r"(\{[^{}]*\}|%n|%L?\d|%(?:\([a-z_]+\))?[sr]|&&|&(?=\w)|<[^<>]+>|\n)"


def set_pseudo(enabled: bool) -> None:
    """Switch pseudo-translation on or off for every string rendered from now on."""
    global _pseudo
    _pseudo = enabled


def pseudo_enabled() -> bool:
    return _pseudo


def pseudo(text: str) -> str:
    """``text`` accented and lengthened by about 40 % between brackets, placeholders untouched."""
    if not text or text.startswith("⟦"):
        return text
    import re

    keep = re.compile(_KEEP_PATTERN)
    parts = keep.split(text)
    changed = "".join(part if keep.fullmatch(part) else part.translate(_ACCENTED) for part in parts)
    letters = sum(1 for part in parts if not keep.fullmatch(part) for _ in part)
    padding = "·" * max(1, round(letters * 0.4))
    return f"⟦{changed}{padding}⟧"


def render(value: Message | Text | str, language: str | None = None) -> str:
    """A message, marked text or plain string as the user reads it.

    Parameters are written in the same language: exact numbers the Dutch or English way
    (``1,33`` / ``1.33``), nested messages and marked texts translated.
    """
    language = language or _current
    if isinstance(value, Message):
        text = value.text
        if isinstance(value, PluralMessage):
            text = value.forms.get(plural_category(value.count, language), text)
        template = translate(text.context, text, language)
        return template.format(**{name: _localise(param, language) for name, param in value.params.items()})
    if isinstance(value, Text):
        return translate(value.context, value, language)
    return value


def _localise(value: object, language: str) -> object:
    if isinstance(value, Message | Text):
        return render(value, language)
    if isinstance(value, str | int | float | bool) or value is None:
        return value  # the common case, decided before anything else is imported
    import datetime as dt
    from decimal import Decimal
    from fractions import Fraction

    from examdesk.core.numbers import format_amount, format_points

    if isinstance(value, Message | Text):
        return render(value, language)
    if isinstance(value, Fraction):
        return format_points(value, language)
    if isinstance(value, Decimal):
        return format_amount(value, None, language)
    if isinstance(value, LongDate):
        return long_day_text(value.day, language)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return day_text(value, language)
    return value


# --- dates and plural forms ----------------------------------------------------------------------------
# Month names and plural rules come from Babel (the Unicode CLDR), imported when first needed. The
# patterns are chosen here rather than Babel's "medium" or "long", so that every screen, document and
# command writes a date the same way on every computer: 27-06-2026 / 27 Jun 2026, 27 juni 2026.

_DAY_PATTERNS = {"nl": "dd-MM-yyyy", "en": "d MMM yyyy"}
_LONG_DAY_PATTERN = "d MMMM yyyy"
_MONTH_PATTERN = "LLLL yyyy"  # the month's standalone name (the same word in Dutch and English)


def _format_date(day: dt.date, pattern: str, language: str) -> str:
    from babel.dates import format_date

    return format_date(day, pattern, locale=language)


def _language(language: str | None) -> str:
    return normalise_language(language) or _current


def day_text(day: dt.date, language: str | None = None) -> str:
    """A date as the language writes it: ``27-06-2026`` in Dutch, ``27 Jun 2026`` in English (as the screens)."""
    language = _language(language)
    return _format_date(day, _DAY_PATTERNS[language], language)


def long_day_text(day: dt.date, language: str | None = None) -> str:
    """A date with its month in words, as a document writes it: ``27 juni 2026``, ``27 June 2026``."""
    return _format_date(day, _LONG_DAY_PATTERN, _language(language))


def month_text(year: int, month: int, language: str | None = None) -> str:
    """A month of a year: ``mei 2026``, ``May 2026``."""
    import datetime as dt

    return _format_date(dt.date(year, month, 1), _MONTH_PATTERN, _language(language))


def plural_category(count: int, language: str | None = None) -> str:
    """The language's plural category for ``count`` (Unicode CLDR): ``one`` or ``other`` in Dutch and English."""
    from babel import Locale

    return Locale.parse(_language(language)).plural_form(count)
