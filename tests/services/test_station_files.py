"""Issue 13, findings 8, 10 and 11: private files, durable exports, a full disk, throttling, one window."""

from __future__ import annotations

import json
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from examdesk import i18n, paths
from examdesk.core.errors import ExamdeskError
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.services import accounts, events, instance
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.errors import AuthenticationFailed, SecretsUnavailable
from examdesk.services.station import Station, open_station
from examdesk.store import db, files

PASSPHRASE = "examenzaal 2026!"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_station_files_are_the_owners_alone_whatever_the_umask(data_dir: Path) -> None:
    """Finding 8: with umask 022 the database, WAL, backups, logs and key file were 0644."""
    previous = os.umask(0o022)
    try:
        data_dir.rmdir()
        station = open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE)
        events.record(station, None, EventKind.REMARK, facts=Remark("x"))
        from examdesk.services import certificates

        beheerder = accounts.create_first_beheerder(station, "beheer", "J. Visser", "correct horse battery")
        certificates.create_certificate(station, beheerder)
        backup = db.copy_aside(
            paths.database_path(data_dir), paths.backup_dir(data_dir), "0003", station.database_key()
        )
        station.close()
        from examdesk.cli.base import report_internal_error

        try:
            raise RuntimeError("a bug")
        except RuntimeError:
            import io

            report_internal_error(str(data_dir), io.StringIO())
    finally:
        os.umask(previous)
    for folder in [data_dir, paths.backup_dir(data_dir), paths.log_dir(data_dir)] + [
        p for p in data_dir.rglob("*") if p.is_dir()
    ]:
        assert _mode(folder) == 0o700, folder
    written = [p for p in data_dir.rglob("*") if p.is_file()]
    assert backup in written and any(p.parent == paths.log_dir(data_dir) for p in written)
    assert paths.secrets_path(data_dir) in written and paths.database_path(data_dir) in written
    assert any(p.name.endswith(".pem") for p in written)  # the signing key and certificate
    for path in written:
        assert _mode(path) & 0o077 == 0, path


def test_crash_logs_hold_no_sql_values(station: Station) -> None:
    """Finding 8: an error's text used to carry the statement's parameters (answers, names)."""
    from sqlalchemy.exc import IntegrityError

    from examdesk.store.db import transaction
    from examdesk.store.models import SettingRow

    with pytest.raises(IntegrityError) as raised:
        with transaction(station.engine) as session:
            session.add(SettingRow(key="local_station_id", value="geheim antwoord B"))
    assert "geheim antwoord B" not in str(raised.value)


def test_a_full_disk_is_a_sentence_and_loses_nothing(station: Station) -> None:
    """Finding 11: SQLITE_FULL used to be an internal error (exit 3)."""
    kept = events.record(station, None, EventKind.REMARK, facts=Remark("before"))
    engine = station.engine
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _full(dbapi_connection, _record) -> None:
        (pages,) = dbapi_connection.execute("PRAGMA page_count").fetchone()
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(db.DiskFull) as raised:
        for n in range(200):
            events.record(station, None, EventKind.REMARK, facts=Remark("x" * 4000 + str(n)))
    assert raised.value.exit_code == 2 and "is full. Nothing was lost" in i18n.render(raised.value.message)
    event.remove(engine, "connect", _full)
    engine.dispose()
    assert kept.id in [e.id for e in events.list_events(station)]
    assert events.verify(station).ok


def test_a_full_data_folder_at_start_up_says_what_to_free(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding 11: a full folder at start-up used to be told to restore from backups (losing recent events)."""
    monkeypatch.setattr(paths, "free_bytes", lambda _folder: 1024 * 1024)
    with pytest.raises(ExamdeskError) as raised:
        open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE)
    text = i18n.render(raised.value.message)
    assert "is full (1 MB free" in text and "Free space on that disk" in text and "do not restore" in text


def test_sign_in_slows_down_after_failures_and_says_the_wait(
    station: Station, beheerder: SignedIn, clock: ManualClock
) -> None:
    """Finding 11: about ten guesses a second used to be possible."""
    for _ in range(2):
        with pytest.raises(AuthenticationFailed, match=r"^The username or password is wrong\.$"):
            accounts.sign_in(station, "beheer", "wrong password")
    with pytest.raises(AuthenticationFailed, match="Wait 2 seconds"):
        accounts.sign_in(station, "beheer", "wrong password")
    with pytest.raises(AuthenticationFailed, match="Too many wrong attempts. Wait 2 seconds"):
        accounts.sign_in(station, "beheer", "correct horse battery")  # not even checked during the wait
    clock.advance(timedelta(seconds=2))
    with pytest.raises(AuthenticationFailed, match="Wait 4 seconds"):
        accounts.sign_in(station, "beheer", "wrong again")
    clock.advance(timedelta(seconds=4))
    assert accounts.sign_in(station, "beheer", "correct horse battery").username == "beheer"
    with pytest.raises(AuthenticationFailed, match=r"^The username or password is wrong\.$"):
        accounts.sign_in(station, "beheer", "wrong password")  # a success starts afresh


def test_the_station_passphrase_slows_down_after_failures(data_dir: Path) -> None:
    open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE).close()
    station = open_station(data_dir, keyring_backend=None)
    for _ in range(2):
        with pytest.raises(SecretsUnavailable, match=r"^The station passphrase is wrong\.$"):
            station.unlock("examenzaal 2025!")
    with pytest.raises(SecretsUnavailable, match="Wait 2 seconds"):
        station.unlock("examenzaal 2025!")
    with pytest.raises(SecretsUnavailable, match="Too many wrong attempts"):
        station.unlock(PASSPHRASE)
    assert not station.secrets_unlocked
    station.close()


def test_closing_and_opening_examdesk_does_not_start_the_count_afresh(data_dir: Path) -> None:
    """Finding 11: the counts lived in the open program only; a restart gave three free guesses again."""
    open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE).close()
    station = open_station(data_dir, keyring_backend=None)
    for _ in range(3):
        with pytest.raises(SecretsUnavailable, match="wrong"):
            station.unlock("examenzaal 2025!")
    station.close()
    again = open_station(data_dir, keyring_backend=None)
    try:
        with pytest.raises(SecretsUnavailable, match="Too many wrong attempts. Wait [12] seconds"):
            again.unlock(PASSPHRASE)
        assert not again.secrets_unlocked
    finally:
        again.close()


def test_a_second_window_on_one_data_folder_is_refused_naming_the_holder(data_dir: Path) -> None:
    """Finding 11: two instances on one folder both opened without a word."""
    held = instance.claim(data_dir)
    with pytest.raises(instance.AlreadyOpen) as raised:
        instance.claim(data_dir)
    text = i18n.render(raised.value.message)
    assert f"(process {os.getpid()})" in text and "already open on the data folder" in text
    held.release()
    instance.claim(data_dir).release()


def test_the_holder_is_named_with_the_time_in_amsterdam_whatever_the_computers_zone(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second window's question and banner said "since 11:59" beside the header's clock at 12:59: the lock
    wrote the computer's own zone (UTC on this one), while examdesk shows every time in Amsterdam's."""
    import time
    from datetime import UTC, datetime

    from examdesk.core.localtime import AMSTERDAM

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        held = instance.claim(data_dir)
        holder = json.loads((data_dir / instance._HOLDER_NAME).read_text("utf-8"))
        held.release()
    finally:
        monkeypatch.undo()
        time.tzset()
    written = datetime.strptime(holder["since"], "%Y-%m-%d %H:%M").replace(tzinfo=AMSTERDAM)
    assert abs((datetime.now(UTC) - written).total_seconds()) < 120


def test_a_staged_file_leaves_nothing_when_it_is_not_committed(tmp_path: Path) -> None:
    """Finding 10: an export killed before its rename left a hidden .partial with personal data."""
    target = tmp_path / "pv.pdf"
    staged = files.Staged(target, b"%PDF personal data")
    assert list(tmp_path.iterdir()) == [] or all(not p.name.endswith(".partial") for p in tmp_path.iterdir())
    staged.discard()
    assert list(tmp_path.iterdir()) == []
    (tmp_path / ".pv.pdf.123.partial").write_bytes(b"left by a killed export")
    done = files.Staged(target, b"%PDF new")
    done.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pv.pdf"] and target.read_bytes() == b"%PDF new"


def test_a_full_disk_during_an_import_is_exit_2_with_a_sentence_and_nothing_half_written(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding 11 at the command line: 'internal error' (exit 3) became one sentence and exit 2."""
    import json

    from examdesk import app
    from examdesk.services import secrets
    from examdesk.services.sessions import list_sessions
    from tests.services.sample_package import valid_package

    content = valid_package()
    for item in content["exams"][0]["items"]:
        item["stem"] = "Lees de casus goed. " * 900 + item["stem"]  # more than the database may still grow
    package = tmp_path / "package.json"
    package.write_text(json.dumps(content), "utf-8")
    open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE).close()
    monkeypatch.setenv(secrets.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setattr(secrets, "system_keyring", lambda: None)
    made = db.make_engine

    def full_engine(path: Path, key: bytes | None = None) -> Engine:
        engine = made(path, key)

        @event.listens_for(engine, "connect")
        def _full(dbapi_connection, _record) -> None:
            (pages,) = dbapi_connection.execute("PRAGMA page_count").fetchone()
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        return engine

    monkeypatch.setattr(db, "make_engine", full_engine)
    code = app.main(["import", str(package), "--data-dir", str(data_dir), "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2 and "is full. Nothing was lost" in err and "internal error" not in err, err
    monkeypatch.undo()
    station = open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE)
    try:
        assert events.verify(station).ok
        assert events.list_events(station, kinds=(EventKind.PACKAGE_IMPORTED,)) == []
        assert list_sessions(station) == []
    finally:
        station.close()
