"""Store and forward to a real PostgreSQL school server (issue 18, R-NET-1, R-NET-2, R-NET-3).

Two demo stations with their own ids copy to one school database; the server is stopped in the middle of
a batch; a tampered local chain and a forked server copy are refused; the background copier says where it
stands in words.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.services import events, school_server, school_view, sessions, sync, sync_worker
from examdesk.services.actors import command_line_operator
from examdesk.services.station import Station
from examdesk.store import copies, eventlog
from examdesk.store.db import read_transaction
from tests import raw_db
from tests.server.school import STATION_PASSWORD, School
from tests.services.demo_station import open_copy


@pytest.fixture
def templates(running_demo: Path, other_running_demo: Path) -> tuple[Path, Path]:
    """Two demo stations written separately: two different station ids."""
    return running_demo, other_running_demo


@pytest.fixture
def server(school: School) -> dict[str, Any]:
    """The school database (``school``), and a login for each station that copies to it."""
    logins: dict[str, str] = {}

    def url_for(station: Station) -> str:
        if station.station_id not in logins:
            logins[station.station_id] = school.login_url()
        return logins[station.station_id]

    return {"owner": school.owner, "url_for": url_for, "pg": school.server}


def _open(template: Path, tmp_path: Path, name: str) -> Station:
    station, _ = open_copy(template, tmp_path / name)
    return station


def _engine(station: Station, server: dict[str, Any]) -> tuple[Engine, school_server.ServerAddress]:
    address = school_server.connect(station, server["url_for"](station))
    return school_server.engine_for(address, school_server.password_for(station)), address


def _local_count(station: Station) -> int:
    with station.engine.connect() as connection:
        return int(
            connection.execute(
                sa.text("SELECT count(*) FROM event WHERE station_id = :s"), {"s": station.station_id}
            ).scalar()
            or 0
        )


def _server_count(owner: Engine, station_id: str) -> int:
    with owner.connect() as connection:
        return copies.event_count(connection, station_id)


def _intact_on_server(owner: Engine, station: Station) -> None:
    """R-NET-2: the server's copy is the station's chain: same numbers, same hashes, linked, no doubles."""
    with owner.connect() as connection:
        assert copies.first_unlinked(connection, station.station_id) is None
        copied = connection.execute(
            sa.text("SELECT seq, hash FROM copied_event WHERE station_id = :s ORDER BY seq"),
            {"s": station.station_id},
        ).all()
    with station.engine.connect() as connection:
        local = connection.execute(
            sa.text("SELECT seq, hash FROM event WHERE station_id = :s ORDER BY seq"),
            {"s": station.station_id},
        ).all()
    assert [tuple(r) for r in copied] == [tuple(r) for r in local]


def test_r_net_2_a_station_copies_its_chain_once_and_copying_twice_changes_nothing(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path
) -> None:
    station = _open(templates[0], tmp_path, "a")
    try:
        engine, address = _engine(station, server)
        school_server.check_schema(engine, address)
        first = sync.copy_pending(station, engine, address)
        assert first.copied == _local_count(station) and first.pending == 0
        again = sync.copy_pending(station, engine, address)
        assert again.copied == 0 and again.pending == 0
        _intact_on_server(server["owner"], station)
        assert sync.pending(station) == 0
        engine.dispose()
    finally:
        station.close()


def test_r_net_2_copies_are_append_only_by_role_and_by_trigger(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path
) -> None:
    station = _open(templates[0], tmp_path, "a")
    try:
        engine, address = _engine(station, server)
        sync.copy_pending(station, engine, address)
        for statement in (
            "UPDATE copied_event SET kind = 'x' WHERE seq = 1",
            "DELETE FROM copied_event WHERE seq = 1",
            "DELETE FROM copied_file",
            "SELECT count(*) FROM event",  # the stations' own tables are not theirs to read on the server
        ):
            with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as connection:
                connection.execute(sa.text(statement))
        for statement in ("UPDATE copied_event SET kind = 'x' WHERE seq = 1", "DELETE FROM copied_event"):
            with pytest.raises(DBAPIError, match="append-only"), server["owner"].begin() as connection:
                connection.execute(sa.text(statement))
        engine.dispose()
        _intact_on_server(server["owner"], station)
    finally:
        station.close()


def test_r_net_2_the_server_accepts_events_only_in_sequence_and_linked(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path
) -> None:
    station = _open(templates[0], tmp_path, "a")
    try:
        engine, address = _engine(station, server)
        sync.copy_pending(station, engine, address)
        engine.dispose()
        copy_last = (
            "INSERT INTO copied_event SELECT station_id, seq + {step}, origin_id + 1000, wall_utc, monotonic_ns,"
            " run_id, actor, kind, session_id, candidate_id, payload, corrects_id, {prev}, md5(hash) || md5(hash)"
            " FROM copied_event WHERE station_id = :s ORDER BY seq DESC LIMIT 1"
        )
        for step, prev in ((2, "hash"), (1, "prev_hash")):  # a gap; a link to the wrong event
            with pytest.raises(DBAPIError, match="does not follow"), server["owner"].begin() as connection:
                connection.execute(sa.text(copy_last.format(step=step, prev=prev)), {"s": station.station_id})
        _intact_on_server(server["owner"], station)
    finally:
        station.close()


def _busy(station: Station, session_id: str, count: int) -> None:
    actor = command_line_operator()
    for n in range(count):
        events.record(station, actor, EventKind.REMARK, session_id=session_id, facts=Remark(f"remark {n}"))


def _running_session(station: Station) -> str:
    found = [s for s in sessions.list_sessions(station) if s.state.value == "running"]
    assert found, "the demo has a running session"
    return found[0].id


def test_r_net_1_two_stations_copy_the_same_hour_concurrently(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path
) -> None:
    stations = [_open(templates[0], tmp_path, "a"), _open(templates[1], tmp_path, "b")]
    assert stations[0].station_id != stations[1].station_id
    for station in stations:
        server["url_for"](station)  # their logins, made before they start
    problems: list[BaseException] = []

    def work(station: Station) -> None:
        try:
            engine, address = _engine(station, server)
            session_id = _running_session(station)
            for _ in range(5):
                _busy(station, session_id, 20)
                sync.copy_pending(station, engine, address, batch=25)
            engine.dispose()
        except BaseException as exc:  # noqa: BLE001 - reported below
            problems.append(exc)

    threads = [threading.Thread(target=work, args=(s,)) for s in stations]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not problems, problems
        for station in stations:
            _intact_on_server(server["owner"], station)
            assert _server_count(server["owner"], station.station_id) == _local_count(station)
    finally:
        for station in stations:
            station.close()


def test_r_net_2_the_server_stopped_mid_batch_loses_nothing_and_doubles_nothing(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    station = _open(templates[0], tmp_path, "a")
    pg = server["pg"]
    try:
        engine, address = _engine(station, server)
        real_insert = copies.insert_events
        calls = {"n": 0}

        def insert_then_crash(connection: Any, values: Any) -> None:
            calls["n"] += 1
            real_insert(connection, values)
            if calls["n"] == 2:  # the second batch is written but not committed: the server goes away
                pg.stop("immediate")

        monkeypatch.setattr(copies, "insert_events", insert_then_crash)
        with pytest.raises(sync.ServerUnreachable) as refused:
            sync.copy_pending(station, engine, address, batch=40)
        assert "cannot be reached" in str(refused.value.message)
        pg.start()
        assert _server_count(server["owner"], station.station_id) == 40  # the first batch, whole
        progress = sync.progress(station)
        assert progress is not None and progress.seq == 40
        monkeypatch.setattr(copies, "insert_events", real_insert)
        engine.dispose()
        engine = school_server.engine_for(address, STATION_PASSWORD)
        result = sync.copy_pending(station, engine, address, batch=40)
        assert result.pending == 0
        _intact_on_server(server["owner"], station)
        engine.dispose()
    finally:
        if not pg.running:
            pg.start()
        station.close()


def _tamper(station: Station, seq: int) -> None:
    """Change one recorded event behind the station's back, as someone with the file could."""
    station.close()
    with raw_db.connect(station) as connection:
        connection.execute("DROP TRIGGER event_no_update")
        connection.execute(
            'UPDATE event SET payload = \'{"text":"changed"}\' WHERE seq = ? AND station_id = ?',
            (seq, station.station_id),
        )


def test_r_net_2_a_tampered_local_chain_is_refused_with_its_first_broken_link(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path
) -> None:
    from examdesk.services.station import open_station

    station = _open(templates[0], tmp_path, "a")
    folder = station.data_dir
    _tamper(station, 7)
    station = open_station(folder, keyring_backend=None)
    try:
        engine, address = _engine(station, server)
        with pytest.raises(sync.CopyRefused) as refused:
            sync.copy_pending(station, engine, address)
        assert "event 7 of station" in str(refused.value.message)
        assert _server_count(server["owner"], station.station_id) == 0
        engine.dispose()
    finally:
        station.close()


def test_r_net_2_a_server_that_holds_a_different_history_is_refused(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path
) -> None:
    """Two copies of one station's database (a backup put back and used on): the server keeps the first."""
    first = _open(templates[0], tmp_path, "a")
    second = _open(templates[0], tmp_path, "a-copy")
    try:
        assert first.station_id == second.station_id
        session_id = _running_session(first)
        _busy(first, session_id, 3)
        _busy(second, session_id, 3)
        engine, address = _engine(first, server)
        sync.copy_pending(first, engine, address)
        engine.dispose()
        engine, address = _engine(second, server)
        with pytest.raises(sync.CopyRefused) as refused:
            sync.copy_pending(second, engine, address)
        assert "different event" in str(refused.value.message)
        engine.dispose()
        _intact_on_server(server["owner"], first)
    finally:
        first.close()
        second.close()


def test_r_net_1_the_copier_follows_the_station_and_says_when_the_server_is_away(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    station = _open(templates[0], tmp_path, "a")
    pg = server["pg"]
    # While the server is away the copier waits longer each time, here from 0.05 s up to 0.2 s (1 s up to a
    # minute in the application): it still has to find the server back by itself, without waiting seconds.
    monkeypatch.setattr(sync_worker, "FIRST_BACKOFF_SECONDS", 0.05)
    monkeypatch.setattr(sync_worker, "MAX_BACKOFF_SECONDS", 0.2)
    try:
        school_server.connect(station, server["url_for"](station))
        worker = sync_worker.start(station, poll_seconds=0.05)
        _wait(lambda: worker.state().up_to_date)
        session_id = _running_session(station)
        _busy(station, session_id, 1)
        _wait(lambda: _server_count(server["owner"], station.station_id) == _local_count(station))
        pg.stop("immediate")
        try:
            _busy(station, session_id, 2)  # recording never waits on the server (R-NET-1)
            # The state is the worker's last look: under load it may first say the server is away with the
            # count it read before the second event, then the count of both.
            _wait(lambda: worker.state().unreachable_since is not None and worker.state().pending == 2)
            state = worker.state()
            assert state.pending == 2 and not state.up_to_date
        finally:
            pg.start()
        _wait(lambda: worker.state().up_to_date, timeout=90)
        _intact_on_server(server["owner"], station)
    finally:
        station.close()
    assert sync_worker.worker_of(station) is None


def _wait(condition: Any, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the condition was not met in time")
        time.sleep(0.05)  # a poll of the condition (no Qt event loop here), not a fixed wait


def test_r_net_3_the_school_sees_another_stations_sessions_and_proces_verbaal(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path
) -> None:
    room = _open(templates[0], tmp_path, "a")
    office = _open(templates[1], tmp_path, "b")
    try:
        engine, address = _engine(room, server)
        sync.copy_pending(room, engine, address)
        engine.dispose()
        school_server.connect(office, server["url_for"](office))
        listed = school_view.school_sessions(office, command_line_operator())
        mine = sessions.list_sessions(room)
        theirs = [s for s in listed if s.station_id == room.station_id]
        assert {s.session_id for s in theirs} == {s.id for s in mine}
        running = next(s for s in theirs if s.state.value == "running")
        assert running.working + running.paused + running.finished + running.not_started == running.candidates
        assert running.chain_ok and running.station_name == room.name
        pv = school_view.remote_proces_verbaal(
            office, command_line_operator(), room.station_id, running.session_id
        )
        from examdesk.services import proces_verbaal

        original = proces_verbaal.load(room, command_line_operator(), running.session_id)
        assert [proces_verbaal.text(e) for e in pv.entries] == [
            proces_verbaal.text(e) for e in original.entries
        ]
        assert pv.header.station_name == room.name and pv.chain.verified
    finally:
        room.close()
        office.close()


def test_r_net_1_a_signed_report_goes_along_with_the_events(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path
) -> None:
    """The signed proces-verbaal this station exported is on the server byte for byte, once."""
    from examdesk.services import reports

    station = _open(templates[0], tmp_path, "a")
    try:
        session_id = _running_session(station)
        exported = reports.export_proces_verbaal(
            station, command_line_operator(), session_id, tmp_path / "pv.pdf", language="nl"
        )
        engine, address = _engine(station, server)
        first = sync.copy_pending(station, engine, address)
        again = sync.copy_pending(station, engine, address)
        engine.dispose()
        assert first.files == 1 and again.files == 0
        with server["owner"].connect() as connection:
            stored = copies.file_content(connection, exported.sha256)
        assert stored == (tmp_path / "pv.pdf").read_bytes()
    finally:
        station.close()


def test_r_net_2_a_stations_login_copies_for_that_station_only(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path
) -> None:
    """The first station a login copies binds it: it may not copy another's events, nor another login its."""
    room_a = _open(templates[0], tmp_path, "a")
    room_b = _open(templates[1], tmp_path, "b")
    try:
        engine, address = _engine(room_a, server)
        sync.copy_pending(room_a, engine, address)
        engine.dispose()
        # room B's station uses room A's login: refused by the server, nothing of B kept
        address = school_server.connect(room_b, server["url_for"](room_a))
        engine = school_server.engine_for(address, STATION_PASSWORD)
        with pytest.raises(sync.CopyRefused) as refused:
            sync.copy_pending(room_b, engine, address)
        assert "refused" in str(refused.value.message) and room_b.station_id in str(refused.value.message)
        engine.dispose()
        assert _server_count(server["owner"], room_b.station_id) == 0
        # and room A's station can't be written through room B's own login either
        url_b = server["url_for"](room_b)
        engine = sa.create_engine(
            url_b.replace("postgresql://", "postgresql+psycopg://").replace("@", f":{STATION_PASSWORD}@")
        )
        with pytest.raises(DBAPIError, match="another login"), engine.begin() as connection:
            copies.save_station(connection, room_a.station_id, "forged", "", datetime.now(UTC))
        engine.dispose()
        _intact_on_server(server["owner"], room_a)
    finally:
        room_a.close()
        room_b.close()


def test_r_net_2_two_copiers_of_one_station_at_once_double_nothing(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path
) -> None:
    """The application's copier and an `examdesk sync` at the same moment: each batch goes once."""
    station = _open(templates[0], tmp_path, "a")
    try:
        _busy(station, _running_session(station), 200)
        engine, address = _engine(station, server)
        problems: list[BaseException] = []
        results: list[sync.SyncResult] = []

        def copy() -> None:
            try:
                results.append(sync.copy_pending(station, engine, address, batch=15))
            except BaseException as exc:  # noqa: BLE001 - reported below
                problems.append(exc)

        threads = [threading.Thread(target=copy) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        engine.dispose()
        assert not problems, problems
        assert sum(r.copied for r in results) == _local_count(station)  # every event copied exactly once
        assert all(r.pending == 0 for r in results)
        _intact_on_server(server["owner"], station)
    finally:
        station.close()


def test_a_database_server_init_did_not_set_up_is_said_as_such_in_the_header_state(
    templates: tuple[Path, Path], school_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not 'relation copied_event does not exist': the copier says school IT must run server init first."""
    url = make_url(school_db)
    monkeypatch.setenv(school_server.PASSWORD_ENV, str(url.password))
    station = _open(templates[0], tmp_path, "a")
    try:
        school_server.connect(station, f"postgresql://{url.username}@{url.host}:{url.port}/{url.database}")
        worker = sync_worker.start(station, poll_seconds=0.05)
        _wait(lambda: worker.state().problem is not None)
        state = worker.state()
        assert "not set up for examdesk" in str(state.problem) and "server init" in str(state.problem)
        assert state.unreachable_since is None and not state.up_to_date
    finally:
        station.close()


def test_r_net_2_the_server_holds_each_event_as_recorded_whatever_the_sessions_time_zone(
    templates: tuple[Path, Path], server: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every column of every copied event, the wall time in UTC included, is the station's own, even when
    the copier's server session runs in another time zone (the COPY's spelling of a time, issue 18)."""
    monkeypatch.setenv("PGTZ", "Europe/Amsterdam")
    station = _open(templates[0], tmp_path, "a")
    try:
        engine, address = _engine(station, server)
        sync.copy_pending(station, engine, address)
        engine.dispose()
        columns = ", ".join(copies.EVENT_COLUMNS)
        with server["owner"].connect() as connection:
            copied = connection.execute(
                sa.text(f"SELECT {columns} FROM copied_event WHERE station_id = :s ORDER BY seq"),
                {"s": station.station_id},
            ).all()
        with read_transaction(station.engine) as session:
            local = eventlog.rows_after(session, station.station_id, 0, 10_000)
        assert len(copied) == len(local) > 1
        wall = copies.EVENT_COLUMNS.index("wall_utc")
        times = [eventlog.stored_wall(row[wall]) for row in local]
        expected = [
            (*row[:wall], t.replace(tzinfo=None), *row[wall + 1 :])
            for row, t in zip(local, times, strict=True)
        ]
        assert all(t.tzinfo is UTC for t in times)
        assert [tuple(row) for row in copied] == expected
    finally:
        station.close()
