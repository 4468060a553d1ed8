"""Dates, durations and points as people read them, in the current language.

Dutch writes dates as 12-06-2026; English as 12 Jun 2026, with the month in words so that nobody has to
guess which number is the day. The month names are fixed here rather than taken from the system locale,
so that a Dutch school's station shows the same text on every computer.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from examdesk import i18n
from examdesk.core.localtime import AMSTERDAM as AMSTERDAM  # re-exported for the screens
from examdesk.core.numbers import format_points
from examdesk.core.text import QT_TRANSLATE_NOOP, Text

# Singular and plural of what the screens count; Dutch uses the same two forms.
COUNTS: dict[str, tuple[Text, Text]] = {
    "exams": (QT_TRANSLATE_NOOP("Counts", "1 exam"), QT_TRANSLATE_NOOP("Counts", "{count} exams")),
    "groups": (
        QT_TRANSLATE_NOOP("Counts", "1 afnamegroep"),
        QT_TRANSLATE_NOOP("Counts", "{count} afnamegroepen"),
    ),
    "candidates": (
        QT_TRANSLATE_NOOP("Counts", "1 candidate"),
        QT_TRANSLATE_NOOP("Counts", "{count} candidates"),
    ),
    "results": (QT_TRANSLATE_NOOP("Counts", "1 result"), QT_TRANSLATE_NOOP("Counts", "{count} results")),
    "already": (
        QT_TRANSLATE_NOOP("Counts", "1 was already there"),
        QT_TRANSLATE_NOOP("Counts", "{count} were already there"),
    ),
}

"""Exam times are Amsterdam's: the station shows them so, whatever the computer's own time zone."""

_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_text(day: dt.date, language: str | None = None) -> str:
    """``12-06-2026`` in Dutch, ``12 Jun 2026`` in English."""
    if (language or i18n.current_language()) == "nl":
        return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
    return f"{day.day} {_ENGLISH_MONTHS[day.month - 1]} {day.year:04d}"


def points_text(points: Fraction, language: str | None = None) -> str:
    """Points with the language's decimal sign and no trailing zeros (``1,5`` in Dutch)."""
    return format_points(points, language or i18n.current_language())


def minutes_text(minutes: int) -> str:
    """A duration in minutes, as ``90 min``."""
    return QCoreApplication.translate("Formats", "{minutes} min").format(minutes=minutes)


def factor_text(factor: str, language: str | None = None) -> str:
    """A duration factor as written in a package (``"1.25"``), with the language's decimal sign."""
    return factor.replace(".", ",") if (language or i18n.current_language()) == "nl" else factor


def count_text(kind: str, count: int) -> str:
    """``1 exam``, ``3 afnamegroepen``: a count with the right form of its noun (see ``COUNTS``)."""
    one, many = COUNTS[kind]
    if count == 1:
        return QCoreApplication.translate(one.context, str(one))
    return QCoreApplication.translate(many.context, str(many)).format(count=count)


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
