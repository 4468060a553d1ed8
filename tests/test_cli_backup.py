"""``examdesk backup`` and ``restore`` (docs/cli.md): a consistent copy of the whole station while it runs,
and its restoration into an empty folder only after a complete check (issue 17)."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest

from examdesk import app
from examdesk.core.facts.session import Remark

PASSPHRASE = "examenzaal 2026!"
PACKAGE = Path(__file__).resolve().parent.parent / "examdesk" / "resources" / "demo" / "demo_package.json"


def main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = app.main([*args, "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def station_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    from examdesk.services import secrets

    monkeypatch.setattr(secrets, "system_keyring", lambda: None)  # keys in the key file, as on a locked PC
    monkeypatch.setenv("EXAMDESK_KEY_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "station"
    code, _, err = main(capsys, "import", str(PACKAGE), "--data-dir", str(folder))
    assert code == 0, err
    return folder


def _open(folder: Path):
    from examdesk.services.station import open_station

    return open_station(folder, passphrase=PASSPHRASE)


def test_backup_then_restore_gives_the_same_station(
    station_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from examdesk.services import events

    archive = tmp_path / "backup.zip"
    code, _, err = main(capsys, "backup", "--out", str(archive), "--data-dir", str(station_dir))
    assert code == 0, err
    assert "written to" in err
    with zipfile.ZipFile(archive) as opened:
        names = set(opened.namelist())
    assert {"examdesk-backup.json", "examdesk.sqlite3", "secrets.enc.json"} <= names
    restored = tmp_path / "restored"
    code, _, err = main(capsys, "restore", str(archive), "--data-dir", str(restored))
    assert code == 0, err
    before, after = _open(station_dir), _open(restored)
    try:
        assert after.station_id == before.station_id
        assert [e.seq for e in events.list_events(after)] == [e.seq for e in events.list_events(before)]
        assert events.verify(after).ok  # R-PV-3: the restored chain verifies with the restored key
    finally:
        before.close()
        after.close()


def test_backup_is_consistent_while_the_station_writes(
    station_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from examdesk.core.eventkinds import EventKind
    from examdesk.services import backup, events

    station = _open(station_dir)
    stop = threading.Event()

    def write() -> None:
        while not stop.is_set():
            events.record(station, None, EventKind.REMARK, facts=Remark("tick"))

    writer = threading.Thread(target=write)
    writer.start()
    try:
        archives = [tmp_path / f"b{n}.zip" for n in range(3)]
        for archive in archives:
            backup.make_backup(station, archive)
    finally:
        stop.set()
        writer.join()
        station.close()
    for number, archive in enumerate(archives):
        target = tmp_path / f"r{number}"
        backup.restore_backup(archive, target)
        copy = _open(target)
        try:
            assert events.verify(copy).ok
        finally:
            copy.close()


def test_restore_refuses_a_folder_that_is_not_empty(
    station_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "backup.zip"
    assert main(capsys, "backup", "--out", str(archive), "--data-dir", str(station_dir))[0] == 0
    code, _, err = main(capsys, "restore", str(archive), "--data-dir", str(station_dir))
    assert code == 2 and "is not empty" in err


def test_a_damaged_backup_is_refused_and_nothing_is_written(
    station_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "backup.zip"
    assert main(capsys, "backup", "--out", str(archive), "--data-dir", str(station_dir))[0] == 0
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "examdesk.sqlite3":
                data = data[:-1] + bytes([data[-1] ^ 1])
            target.writestr(info, data)
    restored = tmp_path / "restored"
    code, _, err = main(capsys, "restore", str(damaged), "--data-dir", str(restored))
    assert code == 2 and "damaged" in err and "examdesk.sqlite3" in err
    assert not restored.exists()


def test_restore_refuses_what_is_not_a_backup_and_needs_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("../escape.txt", "x")
    code, _, err = main(capsys, "restore", str(other), "--data-dir", str(tmp_path / "r"))
    assert code == 2 and err == "other.zip is not an examdesk backup.\n"
    code, _, err = main(capsys, "restore", str(other))
    assert code == 2 and "--data-dir" in err
    assert not (tmp_path / "r").exists() and not (tmp_path.parent / "escape.txt").exists()


def test_backup_never_overwrites_a_file(
    station_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "keep.zip"
    existing.write_text("mine")
    code, _, err = main(capsys, "backup", "--out", str(existing), "--data-dir", str(station_dir))
    assert code == 2 and "already exists" in err and existing.read_text() == "mine"


def test_mutated_backups_are_each_refused_in_a_sentence_and_nothing_is_restored(
    station_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Flipped bits and cut ends anywhere in a backup file: exit 2 with a sentence, never an internal error
    (a damaged deflate stream used to escape as one), and the target folder is not made."""
    import random

    archive = tmp_path / "backup.zip"
    assert main(capsys, "backup", "--out", str(archive), "--data-dir", str(station_dir))[0] == 0
    original = archive.read_bytes()
    chance = random.Random(17)
    for n in range(40):
        data = bytearray(original)
        where = chance.randrange(len(data))
        if n % 2:
            data[where] ^= 1 << chance.randrange(8)
        else:
            del data[where:]
        mutated = tmp_path / f"mutated-{n}.zip"
        mutated.write_bytes(bytes(data))
        restored = tmp_path / f"restored-{n}"
        code, _, err = main(capsys, "restore", str(mutated), "--data-dir", str(restored))
        if code == 0:  # a bit no check reads (a header's spare field): the restore is whole
            continue
        assert code == 2 and "Traceback" not in err and err.strip(), (n, err)
        assert not restored.exists(), n
