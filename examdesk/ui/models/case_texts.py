"""The words of the Cases workspace: the rules' messages with dates written the language's way."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from examdesk import i18n
from examdesk.core.cases import CATEGORY_LABELS, ORIGIN_LABELS, STEP_LABELS, Category, Origin, Step
from examdesk.core.text import Message
from examdesk.ui.formats import date_text
from examdesk.ui.models.base import tr

_ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DUTCH_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def say(value: Message) -> str:
    """A message in the current language, its dates (and those of nested messages) as ``date_text``."""

    def localised(param: object) -> object:
        if isinstance(param, dt.date) and not isinstance(param, dt.datetime):
            return date_text(param)
        if isinstance(param, Message):
            return say(param)
        return param

    return i18n.render(Message(value.text, {name: localised(p) for name, p in value.params.items()}))


def step_text(step: Step) -> str:
    return tr(STEP_LABELS[step])


def category_text(category: Category) -> str:
    return tr(CATEGORY_LABELS[category])


def category_short(category: Category) -> str:
    """``a``–``f`` as the letter, ``other`` as a word: for a narrow column (the tooltip has the whole label)."""
    if category is Category.OTHER:
        return QCoreApplication.translate("CasesWorkspace", "other")
    return category.value


def origin_text(origin: Origin) -> str:
    return tr(ORIGIN_LABELS[origin])


def period_text(period: tuple[int, int]) -> str:
    """An exam period (year, month) as ``May 2026`` / ``mei 2026``."""
    year, month = period
    months = _DUTCH_MONTHS if i18n.current_language() == "nl" else _ENGLISH_MONTHS
    return f"{months[month - 1]} {year}"


def days_text(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("CasesWorkspace", "1 day")
    return QCoreApplication.translate("CasesWorkspace", "{count} days").format(count=days)
