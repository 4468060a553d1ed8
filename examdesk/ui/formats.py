"""Dates, durations and points as people read them, in the current language.

Dutch writes dates as 12-06-2026; English as 12 Jun 2026, with the month in words so that nobody has to
guess which number is the day. Qt's locale for the language writes them (its month names from the Unicode
CLDR, as Babel's outside Qt), with the pattern fixed here rather than the system's, so that a Dutch
school's station shows the same text on every computer.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from examdesk import i18n
from examdesk.core.localtime import AMSTERDAM as AMSTERDAM  # re-exported for the screens
from examdesk.core.numbers import format_points

"""Exam times are Amsterdam's: the station shows them so, whatever the computer's own time zone."""

_DATE_PATTERNS = {"nl": "dd-MM-yyyy", "en": "d MMM yyyy"}  # as i18n.day_text writes them without Qt
_MONTH_PATTERN = "MMMM yyyy"


def qt_locale(language: str | None = None) -> QLocale:
    """Qt's locale for the language (default: the current one): Dutch of the Netherlands, or US English."""
    if (i18n.normalise_language(language) or i18n.current_language()) == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _language(language: str | None) -> str:
    return i18n.normalise_language(language) or i18n.current_language()


def date_text(day: dt.date, language: str | None = None) -> str:
    """``12-06-2026`` in Dutch, ``12 Jun 2026`` in English."""
    language = _language(language)
    return qt_locale(language).toString(QDate(day.year, day.month, day.day), _DATE_PATTERNS[language])


def month_text(year: int, month: int, language: str | None = None) -> str:
    """A month of a year: ``mei 2026``, ``May 2026``."""
    return qt_locale(language).toString(QDate(year, month, 1), _MONTH_PATTERN)


def points_text(points: Fraction, language: str | None = None) -> str:
    """Points with the language's decimal sign and no trailing zeros (``1,5`` in Dutch)."""
    return format_points(points, language or i18n.current_language())


def minutes_text(minutes: int) -> str:
    """A duration in minutes, as ``90 min``."""
    return QCoreApplication.translate("Formats", "{minutes} min").format(minutes=minutes)


def factor_text(factor: str, language: str | None = None) -> str:
    """A duration factor as written in a package (``"1.25"``), with the language's decimal sign."""
    return factor.replace(".", ",") if (language or i18n.current_language()) == "nl" else factor


class Counts(QObject):
    """What the screens count, with the noun in the form Qt picks by the language's plural rule (``%n``).

    ``self.tr`` is what the translation tools read plural forms from; the English catalogue holds the
    English forms, as the sources are written once for both.
    """

    def text(self, kind: str, count: int) -> str:
        if kind == "exams":
            return self.tr("%n exam(s)", "", count)
        if kind == "groups":
            return self.tr("%n afnamegroep(en)", "", count)
        if kind == "candidates":
            return self.tr("%n candidate(s)", "", count)
        if kind == "results":
            return self.tr("%n result(s)", "", count)
        if kind == "already":
            return self.tr("%n was/were already there", "", count)
        raise ValueError(kind)


def count_text(kind: str, count: int) -> str:
    """``1 exam``, ``3 afnamegroepen``: a count with the right form of its noun (see ``Counts``)."""
    return Counts().text(kind, count)


def clock_text(duration: dt.timedelta) -> str:
    """A remaining time as a clock shows it: ``1:07:32`` (hours, minutes, seconds; never negative)."""
    seconds = max(0, int(duration.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def local_time_text(moment: dt.datetime) -> str:
    """A moment as Amsterdam's wall clock reads it, ``09:42``."""
    return moment.astimezone(AMSTERDAM).strftime("%H:%M")


def whole_minutes(duration: dt.timedelta) -> int:
    return max(0, int(duration.total_seconds()) // 60)
