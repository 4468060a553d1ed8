"""Issue 13, finding 8 on Windows: the data folder and the key file get an access list of the user (and
SYSTEM and the Administrators) alone, through icacls; a failure is logged and said, never a traceback.

Run on any system: the module's Windows switch and the program runner are replaced, and the exact command lines
icacls would receive are compared.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from examdesk import i18n, paths
from examdesk.services.secrets import MemoryStore
from examdesk.services.station import open_station
from examdesk.store import files

USER = "SCHOOL\\jvisser"
FOLDER_GRANTS = [f"{USER}:(OI)(CI)F", "*S-1-5-18:(OI)(CI)F", "*S-1-5-32-544:(OI)(CI)F"]


class Icacls:
    """Stands in for subprocess.run: records each command line, answers with ``returncode``."""

    def __init__(self, returncode: int = 0, stderr: str = "", error: BaseException | None = None) -> None:
        self.calls: list[list[str]] = []
        self.returncode, self.stderr, self.error = returncode, stderr, error

    def __call__(self, command: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
        assert options["check"] is False and options["timeout"] == files.ICACLS_TIMEOUT_SECONDS
        assert options["capture_output"] and "creationflags" in options  # quiet, and no console window
        self.calls.append(command)
        if self.error is not None:
            raise self.error
        return subprocess.CompletedProcess(command, self.returncode, "", self.stderr)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Icacls:
    """examdesk's files as on Windows, signed in as SCHOOL\\jvisser, with icacls replaced (only the
    access-list switch plays Windows: the file locks stay this system's own)."""
    monkeypatch.setattr(files, "WINDOWS", True)
    monkeypatch.setenv("USERNAME", "jvisser")
    monkeypatch.setenv("USERDOMAIN", "SCHOOL")
    runner = Icacls()
    monkeypatch.setattr(subprocess, "run", runner)
    return runner


def test_the_icacls_command_lines_for_a_folder_and_a_file() -> None:
    folder, key = Path("D:/examens/examdesk"), Path("D:/examens/examdesk/secrets.enc.json")
    assert files.icacls_command(folder, USER, folder=True) == [
        "icacls", str(folder), "/inheritance:r", "/grant:r", *FOLDER_GRANTS
    ]  # fmt: skip
    assert files.icacls_command(key, USER, folder=False) == [
        "icacls", str(key), "/inheritance:r", "/grant:r", f"{USER}:F", "*S-1-5-18:F", "*S-1-5-32-544:F"
    ]  # fmt: skip


def test_the_user_without_a_domain_is_the_signed_in_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USERNAME", "jvisser")
    monkeypatch.delenv("USERDOMAIN", raising=False)
    assert files.windows_user() == "jvisser"


def test_on_windows_the_data_folder_gets_its_own_access_list_at_every_start(
    windows: Icacls, tmp_path: Path
) -> None:
    folder = tmp_path / "examdesk"
    assert paths.prepare_data_dir(folder) is None
    assert folder.is_dir()
    assert windows.calls == [["icacls", str(folder), "/inheritance:r", "/grant:r", *FOLDER_GRANTS]]


def test_on_windows_a_new_key_file_gets_its_own_access_list(windows: Icacls, tmp_path: Path) -> None:
    from examdesk.services.secrets import PassphraseFileStore

    key_file = tmp_path / paths.SECRETS_FILE
    store = PassphraseFileStore(key_file, "correct horse battery staple")
    store.set("school-server-password", "s3cret")
    file_lines = [call for call in windows.calls if call[1] == str(key_file)]
    assert file_lines and all(
        call == ["icacls", str(key_file), "/inheritance:r", "/grant:r", f"{USER}:F", "*S-1-5-18:F", "*S-1-5-32-544:F"]
        for call in file_lines
    )  # fmt: skip


def test_on_windows_no_icacls_runs_per_inner_folder_or_database_file(windows: Icacls, tmp_path: Path) -> None:
    """Inner folders and files inherit the data folder's list: one icacls per start, not one per file."""
    station = open_station(tmp_path / "examdesk", secret_store=MemoryStore())
    station.close()
    assert [call[1] for call in windows.calls] == [str(tmp_path / "examdesk")]
    assert station.notices == ()


@pytest.mark.parametrize(
    ("runner", "reason"),
    [
        (Icacls(returncode=1332, stderr="No mapping between account names and security IDs was done.\n"),
         "No mapping between account names and security IDs was done"),
        (Icacls(error=FileNotFoundError(2, "The system cannot find the file specified")),
         "[Errno 2] The system cannot find the file specified"),
        (Icacls(error=subprocess.TimeoutExpired("icacls", 30)),
         "Command 'icacls' timed out after 30 seconds"),
    ],
)  # fmt: skip
def test_when_icacls_fails_it_is_logged_and_said_and_the_station_opens(
    windows: Icacls,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    runner: Icacls,
    reason: str,
) -> None:
    monkeypatch.setattr(subprocess, "run", runner)
    folder = tmp_path / "examdesk"
    with caplog.at_level(logging.WARNING, logger="examdesk"):
        station = open_station(folder, secret_store=MemoryStore())
    station.close()
    said = (
        f"Access to {folder} could not be limited to {USER}: {reason}. Other users of this computer may be "
        "able to read it: ask IT to remove their access."
    )
    assert [i18n.render(notice, "en") for notice in station.notices] == [said]
    assert [record.getMessage() for record in caplog.records] == [said]
    assert all(record.exc_info is None for record in caplog.records)  # a sentence, not a traceback
    assert "Toegang tot" in i18n.render(station.notices[0], "nl")


def test_the_command_line_says_the_sentence_and_goes_on(
    windows: Icacls,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    running_demo: Path,
) -> None:
    import shutil

    from examdesk import app

    template = tmp_path / "template"
    shutil.copytree(running_demo, template)
    monkeypatch.setattr(subprocess, "run", Icacls(returncode=5, stderr="Access is denied.\n"))
    code = app.main(["sessions", "--data-dir", str(template), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert err.startswith(f"Access to {template} could not be limited to {USER}: Access is denied.")
    assert "Traceback" not in err


def test_on_posix_nothing_runs_and_the_modes_are_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover
        pytest.skip("POSIX modes")
    calls: list[object] = []
    monkeypatch.setattr(subprocess, "run", lambda *args, **kwargs: calls.append(args))
    folder = tmp_path / "examdesk"
    folder.mkdir(mode=0o755)
    assert files.restrict_to_user(folder, folder=True) is None
    assert calls == [] and folder.stat().st_mode & 0o777 == 0o700
