"""Opening a station: data folder checks, identity, settings, the demo station."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from examdesk import i18n, paths
from examdesk.core.errors import ExamdeskError
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.services import demo, events, secrets
from examdesk.services.clock import ManualClock
from examdesk.services.secrets import MemoryStore
from examdesk.services.station import Station, open_station


def test_first_start_gives_the_station_an_identity(station: Station) -> None:
    assert len(station.station_id) == 32 and station.name
    first = events.list_events(station)[0]
    assert first.kind == EventKind.STATION_INITIALISED and first.seq == 1


def test_the_identity_survives_a_restart(data_dir: Path, clock: ManualClock) -> None:
    store = MemoryStore()  # the same keys: a station reopened with other keys is refused (issue 13)
    first = open_station(data_dir, clock=clock, secret_store=store)
    first.close()
    second = open_station(data_dir, clock=clock, secret_store=store)
    assert second.station_id == first.station_id
    assert len(events.list_events(second, kinds=(EventKind.STATION_INITIALISED,))) == 1
    second.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_data_folder_without_write_access_is_one_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExamdeskError) as raised:
            open_station(folder, secret_store=MemoryStore())
        assert "cannot write" in i18n.render(raised.value.message)
    finally:
        folder.chmod(stat.S_IRWXU)


def test_data_folder_without_write_access_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Also as root (CI): a folder where the write probe fails is refused before anything is written."""
    import tempfile

    def refuse(*args, **kwargs) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    with pytest.raises(ExamdeskError) as raised:
        open_station(tmp_path / "data", secret_store=MemoryStore())
    assert "cannot write in the data folder" in i18n.render(raised.value.message)
    assert not paths.database_path(tmp_path / "data").exists()


def test_a_file_where_the_folder_should_be_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "data"
    target.write_text("x")
    with pytest.raises(ExamdeskError, match="is a file"):
        open_station(target, secret_store=MemoryStore())


def test_rule_settings_have_the_rule_defaults(station: Station) -> None:
    assert station.settings.pause_consult_threshold_minutes == 60  # R-TIME-5
    assert station.settings.late_arrival_max_minutes == 30  # R-TIME-8
    assert station.settings.clock_jump_back_seconds == 5.0  # R-TIME-10
    assert station.settings.grade_floor == 1.0  # R-GRD-2


@pytest.fixture(scope="module")
def demo_written_now(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, datetime]:
    """The demo as ``examdesk demo`` writes it, and when: its running session started 40 minutes before.
    Written once for this module; each test opens a copy."""
    folder, now = tmp_path_factory.mktemp("demo-now") / "demo", datetime.now(UTC)
    demo.write_demo(folder, now=now)
    return folder, now


@pytest.mark.slow
def test_demo_station_has_an_account_per_role_and_needs_no_keyring(
    demo_written_now: tuple[Path, datetime], tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(demo_written_now[0], folder)
    station = open_station(folder, keyring_backend=None)
    assert station.is_demo and station.secrets_unlocked
    assert station.secrets_choice.kind is secrets.SecretsKind.DEMO
    signed_in = demo.sign_in_demo(station)
    assert signed_in.roles == set(Role)
    assert events.verify(station).ok
    station.close()


def test_demo_data_goes_only_into_a_new_folder(station: Station) -> None:
    with pytest.raises(ExamdeskError, match="already holds"):
        demo.write_demo(station.data_dir)


@pytest.mark.slow
def test_demo_has_a_closed_session_with_its_record_and_one_running_now(
    demo_written_now: tuple[Path, datetime], tmp_path: Path
) -> None:
    """Issue 4 demo: the closed session holds pauses, extensions, a storing with compensation, a VOV, a late
    arrival and an absent candidate; the running one started 40 minutes ago with a pause in progress."""
    from datetime import timedelta

    from examdesk.core.clock import ClockState
    from examdesk.services import sessions

    written, now = demo_written_now
    folder = tmp_path / "demo"
    shutil.copytree(written, folder)
    station = open_station(folder, keyring_backend=None)
    try:
        actor = demo.sign_in_demo(station)
        closed, running = sorted(  # the demo's hospital session is planned, not yet held (R-SES-2)
            (s for s in sessions.list_sessions(station) if s.state.value != "planned"), key=lambda s: s.date
        )
        assert closed.state is sessions.SessionState.CLOSED and running.state is sessions.SessionState.RUNNING
        kinds = [e.kind for e in events.list_events(station, session_id=closed.id)]
        for kind in (
            EventKind.PAUSE_STARTED,
            EventKind.STORING_STARTED,
            EventKind.COMPENSATION_GRANTED,
            EventKind.MELDING,
            EventKind.ABSENT,
            EventKind.SESSION_CLOSED,
        ):
            assert kind in kinds, kind
        started = [
            e
            for e in events.list_events(station, session_id=closed.id)
            if e.kind == EventKind.CANDIDATE_STARTED
        ]
        assert any(e.payload["late_arrival"] for e in started)
        states = {row.number: row.clock.state for row in sessions.dashboard(station, actor, running.id)}
        assert states["1006"] is ClockState.PAUSED and states["1001"] is ClockState.RUNNING
        run_kinds = [e.kind for e in events.list_events(station, session_id=running.id)]
        # Domain rules v2: the grants are on the clocks from the start (R-TIME-4); one override is flagged.
        assert EventKind.RULE_OVERRIDDEN in run_kinds and EventKind.COMPENSATION_GRANTED in run_kinds
        rows = {row.number: row for row in sessions.dashboard(station, actor, running.id)}
        assert rows["1001"].granted_extension == 30 and rows["1004"].overridden
        assert EventKind.MELDING in run_kinds
        first_start = min(
            e.wall_utc
            for e in events.list_events(station, session_id=running.id)
            if e.kind == EventKind.CANDIDATE_STARTED
        )
        assert now - first_start <= timedelta(minutes=40)
        assert events.verify(station).ok and events.clock_anomalies(station) == []
    finally:
        station.close()
