"""Issue 13: one window per data folder, and a second look that reads only.

While another process holds the data folder (the examdesk window), the command line's read commands
(``sessions``, ``log``, ``inzage-status``, ``verify``) open the station read-only: they answer as before, say that they
read only and who holds the station, and write nothing (no event, no anchor, no migration). Every write
through such a station is refused with that sentence, in SQLite itself as well as in the services.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from examdesk import app, i18n
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.services import events, instance, school_server, sessions
from examdesk.services.station import open_station
from examdesk.store.db import ReadOnlyStation

HOLD = (
    "import sys; from pathlib import Path; from examdesk.services import instance; "
    "lock = instance.claim(Path(sys.argv[1])); print('held', flush=True); sys.stdin.read(); lock.release()"
)


@pytest.fixture
def template(running_demo: Path) -> Path:
    return running_demo


@pytest.fixture
def folder(template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "station"
    shutil.copytree(template, target)
    return target


@contextmanager
def held(folder: Path) -> Iterator[int]:
    """Another process holds ``folder`` as the examdesk window does, for the block; its process id."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        try:
            yield holder.pid
        finally:
            holder.stdin.close()
            holder.wait(timeout=30)


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file of the station but the lock's own, by content (the WAL is folded into the database
    by nobody here: the holder keeps it open)."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith("examdesk.lock")
    }


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = app.main([*args, "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def _demo_facts(folder: Path) -> tuple[str, str]:
    """A session id and a group code of the demo station (read before anyone holds it)."""
    station = open_station(folder, keyring_backend=None)
    try:
        found = sessions.list_sessions(station)
    finally:
        station.close()
    return found[0].id, found[0].group_code


@pytest.mark.slow
@pytest.mark.parametrize("command", ["sessions", "log", "inzage-status", "verify"])
def test_a_read_command_works_while_another_process_holds_the_station_and_writes_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    session_id, group = _demo_facts(folder)
    pdf = folder.parent / "pv.pdf"
    if command == "verify":  # a proces-verbaal this station signed, exported before the window opens
        exported = _run(
            capsys, "report", "proces-verbaal", session_id, "--out", str(pdf), "--data-dir", str(folder)
        )
        assert exported[0] == 0, exported[2]
    argument = {"sessions": [], "log": [session_id], "inzage-status": [group], "verify": [str(pdf)]}[command]
    free = _run(capsys, command, *argument, "--data-dir", str(folder))
    assert free[0] == 0, free[2]
    before = _fingerprint(folder)
    with held(folder) as pid:
        code, out, err = _run(capsys, command, *argument, "--data-dir", str(folder))
        after = _fingerprint(folder)
    assert code == 0, err
    assert out == free[1]  # the same answer as without the window
    assert err.startswith("Read only: this station is open in another window (by ")
    assert f"process {pid}, since " in err and "Traceback" not in err
    assert after == before  # no event, no anchor, no migration, no throttle count: nothing written


def test_every_write_through_a_read_only_station_is_refused_naming_the_holder(folder: Path) -> None:
    """The services refuse a recording; SQLite itself refuses any other write (query_only); the secret
    store refuses a change. Each says the same sentence, which names the window that holds the station."""
    _demo_facts(folder)
    before = _fingerprint(folder)
    with held(folder) as pid:
        reason = instance.held_by_another(folder)
        assert reason is not None
        sentence = i18n.render(reason, "en")
        assert f"process {pid}, since " in sentence
        station = open_station(folder, keyring_backend=None, read_only=reason)
        try:
            assert station.read_only == reason and sessions.list_sessions(station)
            with pytest.raises(ReadOnlyStation) as recording:
                events.record(station, None, EventKind.REMARK, facts=Remark("from the second window"))
            with pytest.raises(ReadOnlyStation) as setting:  # a plain write, past the event services
                school_server.connect(station, "postgresql://examdesk_station@192.168.10.5/examdesk")
            with pytest.raises(ReadOnlyStation) as secret:
                station.secrets().set(school_server.PASSWORD_SECRET, "not kept")
        finally:
            station.close()
        after = _fingerprint(folder)
    for refused in (recording.value, setting.value, secret.value):
        assert i18n.render(refused.message, "en") == sentence
    assert "Alleen lezen: dit station is geopend in een ander venster (door " in i18n.render(reason, "nl")
    assert after == before


def test_no_holder_no_read_only_and_no_lock_file_made(tmp_path: Path, folder: Path) -> None:
    assert instance.held_by_another(tmp_path) is None
    assert not (tmp_path / instance.LOCK_NAME).exists()
    lock = instance.claim(folder)
    lock.release()
    assert instance.held_by_another(folder) is None  # a window that closed holds nothing


def test_a_folder_held_by_a_window_that_left_no_holder_file_still_reads_only(folder: Path) -> None:
    with held(folder):
        (folder / "examdesk.lock.json").unlink()
        reason = instance.held_by_another(folder)
    assert reason is not None
    assert i18n.render(reason, "en").startswith("Read only: this station is open in another window. ")


def test_a_station_that_would_need_an_update_is_not_read_but_refused(folder: Path) -> None:
    """Only the window that holds a station may migrate it; a read-only look changes nothing, so a
    database at another schema is refused with a sentence (and left exactly as it was)."""
    from examdesk.store.db import DatabaseProblem, known_revisions
    from tests import raw_db

    _demo_facts(folder)
    database = folder / "examdesk.sqlite3"
    connection = raw_db.connect(folder)  # as an older examdesk left it (the demo's key file, issue 13)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.close()
    before = _fingerprint(folder)
    with held(folder):
        reason = instance.held_by_another(folder)
        assert reason is not None
        with pytest.raises(DatabaseProblem) as refused:
            open_station(folder, keyring_backend=None, read_only=reason)
        after = _fingerprint(folder)
    said = i18n.render(refused.value.message, "en")
    head = known_revisions()[1]  # the newest revision, whichever it is
    assert said.startswith(f"The database {database} is at schema 0005 and this examdesk reads schema {head}")
    assert "Read only: this station is open in another window (by " in said
    # Not migrated and not copied aside (SQLite may tidy away an empty WAL that nobody holds open)
    kept = {name: digest for name, digest in before.items() if "sqlite3-" not in name}
    assert {name: digest for name, digest in after.items() if "sqlite3-" not in name} == kept
