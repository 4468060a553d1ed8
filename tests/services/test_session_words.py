"""One home for the words and lookups every session service shares (issue 12 #2): the time zone, the
sentence for a session this station does not hold, and the session → afnamegroep → exam lookup."""

from __future__ import annotations

import pathlib
import re
from collections.abc import Callable
from typing import Any

import pytest

from examdesk import i18n
from examdesk.core.roles import Role
from examdesk.services import accounts, proces_verbaal, session_bundle, sessions
from examdesk.services.errors import NotFound
from examdesk.services.sessions import log as session_log
from examdesk.services.sessions import planning

ROOT = pathlib.Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"


@pytest.fixture
def secretaris(station, beheerder):
    accounts.create_account(
        station, beheerder, "secretaris", "Secretaris", PASSWORD, frozenset({Role.EXAMENSECRETARIS})
    )
    return accounts.sign_in(station, "secretaris", PASSWORD)


def _lookups(station: Any, actor: Any) -> dict[str, Callable[[], object]]:
    return {
        "proces-verbaal": lambda: proces_verbaal.load(station, actor, "nope"),
        "addendum": lambda: proces_verbaal.addendum_refusal(station, actor, "nope"),
        "session log": lambda: session_log.session_log(station, actor, "nope"),
        "start check": lambda: planning.start_check(station, actor, "nope"),
        "questions": lambda: sessions.session_questions(station, "nope"),
        "transfer": lambda: session_bundle.bundle_of(station, "nope"),
    }


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_service_says_an_unknown_session_in_the_same_sentence(station, secretaris, language) -> None:
    expected = {
        "nl": "Er is geen afname nope op dit station.",
        "en": "There is no session nope on this station.",
    }
    for name, lookup in _lookups(station, secretaris).items():
        with pytest.raises(NotFound) as missing:
            lookup()
        assert i18n.render(missing.value.message, language) == expected[language], name


def _sources() -> list[tuple[pathlib.Path, str]]:
    return [(path, path.read_text("utf-8")) for path in sorted((ROOT / "examdesk").rglob("*.py"))]


def test_the_unknown_session_sentence_is_written_once() -> None:
    found = [path for path, text in _sources() if "There is no session {id} on this station." in text]
    assert found == [ROOT / "examdesk" / "services" / "sessions" / "base.py"]


def test_amsterdam_is_named_in_one_time_module() -> None:
    for folder in ("examdesk", "tests", "tools", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text("utf-8")
            if path not in (ROOT / "examdesk" / "core" / "localtime.py", pathlib.Path(__file__).resolve()):
                assert 'ZoneInfo("Europe/Amsterdam")' not in text and "AMSTERDAM =" not in text, path
    assert "AMSTERDAM" not in sessions.__all__  # no service hands the time zone on


def test_the_session_group_exam_lookup_is_written_once() -> None:
    """A session's group and then the group's exam are looked up in sessions.base.session_group_exam only."""
    lookup = re.compile(
        r"session\.get\(ExamGroupRow, \w+\.group_code\).*\n(.*\n){0,2}.*session\.get\(ExamRow, group\.exam_code\)"
    )
    found = [path for path, text in _sources() if lookup.search(text)]
    assert found == [ROOT / "examdesk" / "services" / "sessions" / "base.py"]
