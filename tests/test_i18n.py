"""Languages and the translation catalogues (issue 2, item 12)."""

from __future__ import annotations

import locale

import pytest

from examdesk import i18n
from examdesk.core.text import message


def test_messages_render_in_dutch_and_english() -> None:
    from examdesk.services.accounts import _WRONG

    assert i18n.render(message(_WRONG), "en") == "The username or password is wrong."
    dutch = i18n.render(message(_WRONG), "nl")
    assert dutch and dutch != "The username or password is wrong."


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "fr_FR.UTF-8"}, "nl"),
        ({}, "nl"),
    ],
)
def test_system_language_is_dutch_unless_english(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(locale, "getlocale", lambda: (None, None))
    assert i18n.system_language() == expected


@pytest.mark.parametrize(
    ("platform_locale", "expected"),
    [("Dutch_Netherlands", "nl"), ("English_United Kingdom", "en"), ("nl_NL", "nl"), ("de_DE", "nl")],
)
def test_platform_locale_decides_when_no_variable_is_set(
    monkeypatch: pytest.MonkeyPatch, platform_locale: str, expected: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda: (platform_locale, "1252"))
    assert i18n.system_language() == expected


@pytest.mark.slow
def test_translations_are_up_to_date_and_complete() -> None:
    """A .ts file that lupdate would change, a stale .qm/.json, or an unfinished string fails."""
    from tools.translations import check

    assert check() == []
