"""Issue 13, the second window: signing in to a read-only station checks the password and records nothing.

A real second process holds the station (as the examdesk window does). The normal sign-in writes a
``signed_in`` event (or ``sign_in_failed``), the throttle's count (in the database and in a file beside
it) and, now and then, a new password hash; the read-only sign-in writes none of them. A wrong password is
refused all the same, and after a few the wait grows as in the holder's window, counted in memory only.
A recording service called on the read-only station is refused with the sentence that names the holder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from examdesk import i18n
from examdesk.services import accounts, events, instance, sessions, throttle
from examdesk.services.demo import DEMO_PASSWORD
from examdesk.services.errors import AuthenticationFailed
from examdesk.services.station import Station, open_station
from examdesk.store.db import ReadOnlyStation
from tests.services.test_read_only_station import _fingerprint, held


@pytest.fixture
def template(running_demo: Path) -> Path:
    return running_demo


@pytest.fixture
def folder(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "station"
    shutil.copytree(template, target)
    station = open_station(target, keyring_backend=None)  # as the holder left it: opened and closed once
    station.close()
    return target


def _read_only(folder: Path) -> Station:
    reason = instance.held_by_another(folder)
    assert reason is not None
    return open_station(folder, keyring_backend=None, read_only=reason)


def test_a_read_only_sign_in_checks_the_password_and_records_nothing(folder: Path) -> None:
    before = _fingerprint(folder)
    with held(folder):
        station = _read_only(folder)
        try:
            count = len(events.list_events(station))
            actor = accounts.sign_in(station, "secretaris", DEMO_PASSWORD)
            assert actor.username == "secretaris"
            with pytest.raises(AuthenticationFailed) as wrong:
                accounts.sign_in(station, "secretaris", "not the password")
            assert i18n.render(wrong.value.message, "en") == "The username or password is wrong."
            with pytest.raises(AuthenticationFailed):
                accounts.sign_in(station, "nobody-here", DEMO_PASSWORD)
            accounts.sign_out(station, actor)
            assert len(events.list_events(station)) == count  # no signed_in, sign_in_failed, signed_out
        finally:
            station.close()
        after = _fingerprint(folder)
    assert after == before  # no event, no throttle count (database or file), no new hash


def test_read_only_guesses_are_slowed_in_memory_and_still_refused(folder: Path) -> None:
    before = _fingerprint(folder)
    with held(folder):
        station = _read_only(folder)
        try:
            said = []
            for _ in range(throttle.FREE_ATTEMPTS):
                with pytest.raises(AuthenticationFailed) as wrong:
                    accounts.sign_in(station, "secretaris", "guess")
                said.append(i18n.render(wrong.value.message, "en"))
            assert said[-1].endswith(f"Wait {throttle.FIRST_WAIT_SECONDS} seconds before you try again.")
            with pytest.raises(AuthenticationFailed) as waiting:  # even the right password waits now
                accounts.sign_in(station, "secretaris", DEMO_PASSWORD)
            assert "Wait" in i18n.render(waiting.value.message, "en")
        finally:
            station.close()
        after = _fingerprint(folder)
    assert after == before


def test_a_recording_service_on_the_read_only_station_is_refused_with_the_holder_named(folder: Path) -> None:
    with held(folder) as pid:
        station = _read_only(folder)
        try:
            actor = accounts.sign_in(station, "secretaris", DEMO_PASSWORD)
            running = next(
                s for s in sessions.list_sessions(station) if s.state is sessions.SessionState.RUNNING
            )
            with pytest.raises(ReadOnlyStation) as refused:
                sessions.record_melding(
                    station,
                    actor,
                    running.id,
                    kind="examenomstandigheden",
                    surveillant_text="from the second window",
                )
        finally:
            station.close()
    sentence = i18n.render(refused.value.message, "en")
    assert sentence.startswith("Read only: this station is open in another window (by ")
    assert f"process {pid}, since " in sentence
