"""Dates and plural forms outside Qt come from Babel (issue 12 #6), with the text every screen had before."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from examdesk import i18n
from examdesk.core.text import QT_TRANSLATE_NOOP, LongDate, message, plural
from examdesk.services import pv_describe, selftest

ROOT = pathlib.Path(__file__).resolve().parents[1]

_ONE = QT_TRANSLATE_NOOP("Test", "1 problem")
_MANY = QT_TRANSLATE_NOOP("Test", "{count} problems in {path}")


@pytest.mark.parametrize(
    ("day", "language", "expected"),
    [
        (dt.date(2026, 6, 12), "nl", "12-06-2026"),
        (dt.date(2024, 1, 9), "nl", "09-01-2024"),
        (dt.date(2026, 6, 12), "en", "12 Jun 2026"),
        (dt.date(2026, 9, 3), "en", "3 Sep 2026"),
    ],
)
def test_a_day_is_written_as_the_screens_write_it(day: dt.date, language: str, expected: str) -> None:
    assert i18n.day_text(day, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"), [("nl", "12 juni 2026"), ("en", "12 June 2026"), ("NL_nl", "12 juni 2026")]
)
def test_a_long_day_has_its_month_in_the_languages_words(language: str, expected: str) -> None:
    assert i18n.long_day_text(dt.date(2026, 6, 12), language) == expected


def test_a_month_of_a_year_is_named_in_either_language() -> None:
    assert i18n.month_text(2026, 5, "nl") == "mei 2026"
    assert i18n.month_text(2026, 5, "en") == "May 2026"
    assert i18n.month_text(2026, 3, "nl") == "maart 2026"


def test_the_proces_verbaal_date_is_written_in_the_readers_language_when_rendered() -> None:
    """The same recorded date reads "20 mei 2026" to a Dutch reader and "20 May 2026" to an English one."""
    sentence = message(
        QT_TRANSLATE_NOOP("Test", "Planned for {date}"), date=pv_describe.date_message(dt.date(2026, 5, 20))
    )
    assert i18n.render(sentence, "nl") == "Planned for 20 mei 2026"
    assert i18n.render(sentence, "en") == "Planned for 20 May 2026"
    assert isinstance(sentence.params["date"], LongDate)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_plural_rule_of_each_language_picks_the_form(language: str) -> None:
    assert [i18n.plural_category(n, language) for n in (0, 1, 2, 21)] == ["other", "one", "other", "other"]
    assert i18n.render(plural(1, _ONE, _MANY, path="a.json"), language) == "1 problem"
    assert i18n.render(plural(3, _ONE, _MANY, path="a.json"), language) == "3 problems in a.json"
    assert i18n.render(plural(0, _ONE, _MANY, path="a.json"), language) == "0 problems in a.json"


def test_a_plural_message_shows_its_other_form_as_plain_text() -> None:
    assert str(plural(2, _ONE, _MANY, path="b")) == "2 problems in b"


def test_the_package_refusal_headline_is_singular_or_plural_by_the_rule() -> None:
    from examdesk.core.package_problems import Problem
    from examdesk.services.package_file import refusal_headline

    one = refusal_headline(pathlib.Path("p.json"), [Problem("exams", message(_ONE))])
    two = refusal_headline(pathlib.Path("p.json"), [Problem("exams", message(_ONE))] * 2)
    assert i18n.render(one, "nl") == "p.json is niet geïmporteerd: 1 probleem. Er is niets veranderd."
    assert i18n.render(two, "en") == "p.json was not imported: 2 problems. Nothing was changed."


def test_no_hand_written_month_table_is_left() -> None:
    for path in (ROOT / "examdesk").rglob("*.py"):
        text = path.read_text("utf-8")
        assert '"januari"' not in text and '"Jan"' not in text and '"January"' not in text, path


def test_the_self_test_writes_a_dutch_date_with_babel() -> None:
    assert selftest.check_catalogues() == (True, "")


def test_the_frozen_build_carries_babels_calendar_data() -> None:
    spec = (ROOT / "packaging" / "examdesk.spec").read_text("utf-8")
    assert '"babel", includes=["global.dat"' in spec and '"locale-data/nl.dat"' in spec
    assert 'collect_submodules("babel")' in spec
    check = (ROOT / "packaging" / "check").read_text("utf-8")
    assert "babel/locale-data/nl.dat" in check
