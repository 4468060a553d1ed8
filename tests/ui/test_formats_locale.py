"""Inside the UI, Qt writes dates (QLocale) and picks plural forms (``%n``) for both languages (issue 12 #6)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from examdesk import i18n
from examdesk.ui import i18n_qt
from examdesk.ui.formats import count_text, date_text, month_text
from examdesk.ui.models.case_texts import days_text, period_text


@pytest.mark.parametrize(
    ("day", "language", "expected"),
    [
        (dt.date(2026, 6, 12), "nl", "12-06-2026"),
        (dt.date(2026, 6, 12), "en", "12 Jun 2026"),
        (dt.date(2026, 9, 3), "en", "3 Sep 2026"),
    ],
)
def test_qt_writes_a_date_as_babel_does_outside_qt(
    qapp: Any, day: dt.date, language: str, expected: str
) -> None:
    assert date_text(day, language) == expected == i18n.day_text(day, language)


def test_a_cases_period_is_the_month_in_the_current_language(qapp: Any) -> None:
    i18n_qt.install("nl")
    assert period_text((2026, 5)) == "mei 2026" == i18n.month_text(2026, 5, "nl")
    i18n_qt.install("en")
    assert period_text((2026, 5)) == "May 2026"
    assert month_text(2026, 3, "nl") == "maart 2026"


def test_counts_take_the_form_of_the_languages_plural_rule(qapp: Any) -> None:
    i18n_qt.install("nl")
    assert [count_text("exams", n) for n in (0, 1, 2)] == ["0 examens", "1 examen", "2 examens"]
    assert count_text("already", 1) == "1 stond er al"
    assert [days_text(n) for n in (1, 4)] == ["1 dag", "4 dagen"]
    i18n_qt.install("en")
    assert [count_text("candidates", n) for n in (1, 2)] == ["1 candidate", "2 candidates"]
    assert count_text("groups", 3) == "3 afnamegroepen"
    assert [days_text(n) for n in (1, 4)] == ["1 day", "4 days"]
