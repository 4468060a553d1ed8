"""``examdesk log SESSION [--json]`` (cli.md): the session's events with the chain check (R-PV-3, issue 13)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from examdesk.services.sessions.log import mask_bsns
from tests import raw_db
from tests.cli_runner import run


@pytest.fixture(scope="module")
def demo_folder(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the run's demo station (tests/demo_station.py) for this module."""
    folder = tmp_path_factory.mktemp("log") / "demo"
    shutil.copytree(demo_template, folder)
    return folder


def _sessions(folder: Path) -> list[dict[str, str]]:
    done = run("sessions", "--json", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    listed: list[dict[str, str]] = json.loads(done.stdout)["sessions"]
    return listed


def test_log_json_lists_the_session_events_in_order_with_the_chain_check_R_PV_3(demo_folder: Path) -> None:
    closed = next(s for s in _sessions(demo_folder) if s["state"] == "closed")
    done = run("log", closed["id"], "--json", "--lang", "en", "--data-dir", str(demo_folder))
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["chain_intact"] is True and document["events"]
    assert [list(e) for e in document["events"]] == [
        ["seq", "at", "actor", "kind", "candidate", "payload", "corrects"]
    ] * len(document["events"])
    numbers = [e["seq"] for e in document["events"]]
    assert numbers == sorted(numbers)
    # cli.md's contract: the candidate stays the text it was before the column became an integer (issue 12),
    # for the scripts that read it.
    candidates = {e["candidate"] for e in document["events"]} - {None}
    assert candidates and all(type(c) is str and c.isdecimal() for c in candidates)
    assert not re.search(r"(?<!\d)\d{9}(?!\d)", done.stdout), "no full BSN in the log"
    text = run("log", closed["id"], "--lang", "en", "--data-dir", str(demo_folder))
    assert text.returncode == 0 and "Event chain intact" in text.stdout


def test_log_of_an_unknown_session_is_one_sentence_and_exit_2(demo_folder: Path) -> None:
    done = run("log", "no-such-session", "--lang", "en", "--data-dir", str(demo_folder))
    assert done.returncode == 2 and "There is no session no-such-session" in done.stderr


def test_log_names_events_cut_off_the_end_and_exits_1_R_PV_3(tmp_path: Path, demo_folder: Path) -> None:
    import shutil

    folder = tmp_path / "copy"
    shutil.copytree(demo_folder, folder)
    with raw_db.connect(folder) as connection:
        connection.execute("DROP TRIGGER event_no_delete")
        connection.execute("DELETE FROM event WHERE seq > (SELECT MAX(seq) - 3 FROM event)")
    session = _sessions(demo_folder)[0]["id"]
    done = run("log", session, "--json", "--lang", "en", "--data-dir", str(folder))
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout)
    assert document["chain_intact"] is False and "removed from the end" in document["chain_problem"]


def test_bsns_are_masked_wherever_they_appear() -> None:
    assert mask_bsns({"a": "BSN 999993653 en 1234 56 782", "b": [123456782, "12345678901"]}) == {
        "a": "BSN *****3653 en *****6782",
        "b": [123456782, "12345678901"],
    }
