"""Issue 17, findings 3 to 8: the command line as a new user meets it on a fresh clone.

No display is a sentence (not SIGABRT); read-only commands never create a station; every word in the
chosen language (argparse's, the operating system's, JSON's); plurals; the demo folder goes on exit;
SIGTERM closes the station cleanly.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from examdesk import app, cli
from examdesk.cli.display import display_problem
from tests.cli_runner import run


def main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = app.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# --- finding 3: no display, and the hidden command ----------------------------------------------------


def _headless() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, "LANG": "nl_NL.UTF-8"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display variables are Linux's")
@pytest.mark.parametrize("args", [(), ("--demo",)])
def test_without_a_display_the_application_exits_2_with_one_sentence(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    env = {**_headless(), "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "examdesk", *args], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 2, done.stderr  # not 134 (SIGABRT)
    assert done.stderr.count("\n") == 1 and "beeldscherm" in done.stderr
    assert "qt.qpa" not in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []  # no demo folder was made either


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 displays are Linux's here")
def test_a_display_that_does_not_answer_is_named() -> None:
    env = {**_headless(), "DISPLAY": ":87"}
    done = subprocess.run(
        [sys.executable, "-m", "examdesk", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 2 and ":87" in done.stderr and done.stderr.count("\n") == 1


def test_display_problem_trusts_a_chosen_platform_and_wayland(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert display_problem({}) is not None
    monkeypatch.setattr(sys, "platform", "win32")
    assert display_problem({}) is None


def test_the_hidden_qt_probe_is_not_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = main(capsys, "--help", "--lang", "en")
    assert code == 0 and "qt-probe" not in out
    assert "backup" in out and "restore" in out


# --- finding 4: read-only commands create nothing; a refused import leaves nothing ---------------------


@pytest.mark.parametrize(
    "args",
    [
        ("sessions",),
        ("sessions", "--json"),
        ("inzage-status", "GROUP"),
        ("report", "vov", "1", "--out", "vov.pdf"),
        ("backup", "--out", "backup.zip"),
    ],
)
def test_read_only_commands_refuse_a_folder_without_a_station_and_create_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    folder = tmp_path / "typo"
    code, out, err = main(capsys, *args, "--data-dir", str(folder), "--lang", "en")
    assert code == 2 and out == ""
    assert (
        err
        == f"There is no examdesk station in {folder}. Give the folder of an existing station with --data-dir, or make one with 'examdesk import' or the application.\n"
    )
    assert not folder.exists() and list(tmp_path.iterdir()) == []


def test_an_empty_existing_folder_stays_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = main(capsys, "sessions", "--data-dir", str(tmp_path), "--lang", "nl")
    assert code == 2 and "Er is geen examdesk-station in" in err
    assert list(tmp_path.iterdir()) == []


def test_a_refused_import_into_an_existing_folder_leaves_only_what_was_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXAMDESK_KEY_PASSPHRASE", "examenzaal 2026!")
    (tmp_path / "notes.txt").write_text("mine")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "examdesk-package", "version": 2, "exams": 3}')
    before = sorted(tmp_path.iterdir())
    code, _, err = main(capsys, "import", str(bad), "--data-dir", str(tmp_path), "--lang", "en")
    assert code == 2 and "was not imported" in err
    assert sorted(tmp_path.iterdir()) == before


def test_a_new_station_without_a_keyring_or_passphrase_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding 6: no 'that passphrase' where none exists yet; nothing is left behind."""
    from examdesk.services import secrets

    monkeypatch.delenv("EXAMDESK_KEY_PASSPHRASE", raising=False)
    monkeypatch.setattr(secrets, "system_keyring", lambda: None)
    package = Path(__file__).resolve().parent.parent / "examdesk" / "resources" / "demo" / "demo_package.json"
    folder = tmp_path / "new"
    code, _, err = main(capsys, "import", str(package), "--data-dir", str(folder), "--lang", "en")
    assert code == 2 and "holds no station yet" in err and "EXAMDESK_KEY_PASSPHRASE" in err
    assert not folder.exists()
    monkeypatch.setenv("EXAMDESK_KEY_PASSPHRASE", "examenzaal 2026!")
    code, _, err = main(capsys, "import", str(package), "--data-dir", str(folder), "--lang", "en")
    assert code == 0, err
    assert err.startswith(f"A new station was made in {folder}.") and "keep that passphrase" in err


# --- finding 5: every word in the chosen language -----------------------------------------------------

_ENGLISH_LEFTOVERS = (
    "usage:",
    "positional arguments",
    "options:",
    "show this help message and exit",
    "invalid int value",
    "No such file or directory",
    "Is a directory",
    "Expecting",
    "translations nl loaded",
)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--help",), "toon deze hulp en stop"),
        (("import", "--help"), "gebruik: examdesk import"),
        (("report", "vov", "abc", "--out", "x.pdf"), "'abc' is geen geldig geheel getal"),
        (("restore", "missing.zip", "--data-dir", "restored"), "missing.zip bestaat niet."),
        (("import", "."), "dit is een map, geen pakketbestand"),
        (
            ("import", "bad.json"),
            "dit is geen geldige JSON: er werd een naam tussen dubbele aanhalingstekens verwacht (regel 1, kolom 2)",
        ),
        (
            ("score", "README.md"),
            "README.md is geen examdesk-pakket: dit is geen geldige JSON: er werd een waarde verwacht (regel 1, kolom 1).",
        ),
    ],
)
def test_dutch_messages_hold_no_english(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    expected: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EXAMDESK_KEY_PASSPHRASE", "examenzaal 2026!")
    # The default data folder, inside this test's folder and not the tester's own.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    (tmp_path / "bad.json").write_text("{,}")
    (tmp_path / "README.md").write_text("# not a package\n")
    code, out, err = main(capsys, *args, "--lang", "nl")
    text = out + err
    assert expected in text, text
    assert not [word for word in _ENGLISH_LEFTOVERS if word in text], text
    assert "Traceback" not in text
    if args[0] != "--help" and "--help" not in args:
        assert code == 2
        assert not (tmp_path / "restored").exists()
        assert not (tmp_path / "examdesk.sqlite3").exists()
        assert not (tmp_path / "data-home" / "examdesk").exists()  # a refused command makes no station


def test_score_of_a_file_that_is_no_package_does_not_speak_of_importing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# examdesk\n")
    code, _, err = main(capsys, "score", str(readme), "--lang", "en")
    assert code == 2
    assert (
        err
        == "README.md is not an examdesk package: this is not valid JSON: a value was expected (line 1, column 1).\n"
    )


@pytest.mark.parametrize(("problems", "word"), [(1, "1 probleem."), (2, "2 problemen.")])
def test_problems_are_counted_in_singular_and_plural(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], problems: int, word: str
) -> None:
    from tests.services.sample_package import valid_package

    data = valid_package()
    data["groups"][0]["candidates"][0]["bsn"] = "123456789"
    if problems == 2:
        data["exams"][0]["items"][0]["answer_key"] = "E"
    package = tmp_path / "p.json"
    package.write_text(json.dumps(data))
    code, _, err = main(capsys, "score", str(package), "--lang", "nl")
    assert code == 2 and f"p.json kan niet worden gescoord: {word}" in err


def test_self_test_prints_no_debugging_detail_for_a_passed_check() -> None:
    done = run("self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "translations" not in done.stdout and "loaded" not in done.stdout
    assert "goed   Qt-platformplug-in en vertalingen\n" in done.stdout


def test_an_os_error_in_a_command_is_a_translated_sentence_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = main(capsys, "restore", str(tmp_path), "--data-dir", str(tmp_path / "r"), "--lang", "nl")
    assert code == 2 and err == f"{tmp_path} is een map, geen bestand.\n"
    assert cli.EXIT_USAGE == 2


# --- finding 7: the documented command line is the real one -----------------------------------------


def test_the_readme_says_where_report_ids_come_from() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    assert "sessions --json" in readme and "report proces-verbaal SESSION_ID" in readme
    assert "report case" in readme


def test_docs_cli_names_every_command() -> None:
    text = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text("utf-8")
    missing = [name for name in cli.command_names() if f"examdesk {name}" not in text]
    assert missing == []


# --- finding 8: the demo folder goes; SIGTERM closes the station ---------------------------------------


@contextmanager
def _application(tmp_path: Path, *args: str) -> Iterator[subprocess.Popen[str]]:
    """The desktop application as a process of its own (its temporary folder in ``tmp_path``); killed
    afterwards if a test's check failed before it ended."""
    env = {
        **os.environ,
        "TMPDIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "EXAMDESK_REPORT_PAGES": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "examdesk", *args, "--lang", "en"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        yield process
    finally:
        process.kill()
        process.communicate()


def _terminate(process: subprocess.Popen[str]) -> str:
    """SIGTERM, as a shutdown or ``kill`` sends it: the application ends with exit code 0; its standard error."""
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return err


def _wait_for_page(process: subprocess.Popen[str], *pages: str) -> None:
    """Read the application's page lines until one of ``pages`` is shown (at most 90 seconds)."""
    import selectors

    assert process.stdout is not None
    wanted = {f"examdesk-page {page}" for page in pages}
    deadline = time.monotonic() + 90
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=deadline - time.monotonic()):
                break
            line = process.stdout.readline()
            if not line:
                break
            if line.strip() in wanted:
                return
    raise AssertionError(f"the application did not show {pages}")


@pytest.mark.slow
@pytest.mark.gui  # the desktop application, in a process of its own
@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX's")
def test_sigterm_ends_the_demo_cleanly_and_removes_its_folder(tmp_path: Path) -> None:
    """Finding 8: even while the demo data is still being written in the background."""
    with _application(tmp_path, "--demo") as process:
        _wait_for_page(process, "starting")
        [folder] = list(tmp_path.glob("examdesk-demo-*"))
        _terminate(process)
    assert not folder.exists()


@pytest.mark.slow
@pytest.mark.gui  # the desktop application, in a process of its own
@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX's")
def test_with_keep_the_demo_folder_stays_and_is_named(tmp_path: Path) -> None:
    with _application(tmp_path, "--demo", "--keep") as process:
        _wait_for_page(process, "starting")
        [folder] = list(tmp_path.glob("examdesk-demo-*"))
        assert str(folder) in _terminate(process)
    assert (folder / "examdesk.sqlite3").exists()


@pytest.mark.slow
@pytest.mark.gui  # the desktop application, in a process of its own
@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX's")
def test_sigterm_closes_an_open_station_without_wal_or_shm(tmp_path: Path) -> None:
    # A station whose keys open by themselves (a demo folder's): a passphrase station's database stays closed
    # until its passphrase is typed (issue 13).
    folder = tmp_path / "station"
    made = run("demo", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    with _application(tmp_path, "--data-dir", str(folder)) as process:
        _wait_for_page(process, "login")
        # Issue 17: the sign-in page is shown before the station opens; it opens right behind it.
        deadline = time.monotonic() + 120
        while not (folder / "examdesk.sqlite3-wal").exists():
            assert time.monotonic() < deadline, "the station did not open"
            time.sleep(0.05)
        _terminate(process)
    assert not list(folder.glob("*-wal")) and not list(folder.glob("*-shm"))


@pytest.mark.slow
@pytest.mark.gui  # the desktop application, in a process of its own
@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX's")
def test_sigterm_with_a_session_running_closes_without_asking(tmp_path: Path) -> None:
    """A shutdown or ``kill`` is nobody at the keyboard: the question "sessions running, close?" must not hold
    the application open (it did: Qt 6's quit asks each window to close, and the window asked). The clocks
    go on regardless; the station closes cleanly and the demo folder goes."""
    with _application(tmp_path, "--demo") as process:
        _wait_for_page(process, "workspaces")  # the demo's running session is on the dashboard
        [folder] = list(tmp_path.glob("examdesk-demo-*"))
        _terminate(process)
    assert not folder.exists()
