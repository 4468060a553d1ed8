"""The words of the Cases workspace: the rules' messages with dates written the language's way."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject

from examdesk import i18n
from examdesk.core.cases import CATEGORY_LABELS, ORIGIN_LABELS, STEP_LABELS, Category, Origin, Step
from examdesk.core.text import Message
from examdesk.ui.formats import date_text, month_text
from examdesk.ui.models.base import tr


def say(value: Message) -> str:
    """A message in the current language, its dates (and those of nested messages) as ``date_text``."""

    def localised(param: object) -> object:
        if isinstance(param, dt.date) and not isinstance(param, dt.datetime):
            return date_text(param)
        if isinstance(param, Message):
            return say(param)
        return param

    return i18n.render(replace(value, params={name: localised(p) for name, p in value.params.items()}))


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
    return month_text(year, month)


class CaseCounts(QObject):
    """The workspace's counts, in the form Qt picks by the language's plural rule (``%n``)."""

    def days(self, days: int) -> str:
        return self.tr("%n day(s)", "", days)


def days_text(days: int) -> str:
    """``1 day``, ``3 days``."""
    return CaseCounts().days(days)
