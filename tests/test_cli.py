"""The command line (spec/cli.md): output, exit codes, languages, and no traceback for the user."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from examdesk import app, cli


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "LANG": "nl_NL.UTF-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "examdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )


# R-BSN-2
def test_check_bsn_prints_one_line_per_number_and_exits_0_when_all_valid_R_BSN_2() -> None:
    done = run("check-bsn", "999993653", "0000 09 921", "00009921")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "999993653\tgeldig\n000009921\tgeldig\n000009921\tgeldig\n"


# R-BSN-1, R-BSN-2
def test_check_bsn_exits_1_and_gives_the_reason_in_dutch_R_BSN_1_R_BSN_2() -> None:
    done = run("check-bsn", "999993653", "123456789", "12345678a")
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0] == "999993653\tgeldig"
    assert lines[1].startswith("123456789\tongeldig: ") and "11-proef" in lines[1]
    assert lines[2].startswith("12345678a\tongeldig: ")


def test_check_bsn_speaks_english_with_lang_en_before_or_after_the_command() -> None:
    before = run("--lang", "en", "check-bsn", "999993653", "123456789")
    after = run("check-bsn", "999993653", "123456789", "--lang", "en")
    assert before.stdout == after.stdout
    assert before.stdout.splitlines()[0] == "999993653\tvalid"
    assert before.stdout.splitlines()[1].startswith("123456789\tinvalid: ")


def test_unknown_command_is_one_sentence_and_exit_2() -> None:
    done = run("frobnicate")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().count("\n") == 0
    assert "frobnicate" in done.stderr and "Traceback" not in done.stderr
    english = run("--lang", "en", "frobnicate")
    assert english.stderr.startswith("Unknown command 'frobnicate'")
    assert english.stderr != done.stderr


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("check-bsn",), "check-bsn"),
        (("check-bsn", "1", "--bogus"), "--bogus"),
        (("--lang", "fr", "check-bsn", "1"), "'fr'"),
    ],
)
def test_bad_arguments_exit_2_with_a_sentence(args: tuple[str, ...], fragment: str) -> None:
    done = run(*args)
    assert done.returncode == 2 and fragment in done.stderr and "Traceback" not in done.stderr
    assert "usage:" not in done.stderr


def test_version() -> None:
    from examdesk import __version__

    done = run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"examdesk {__version__}"


def test_cli_commands_that_need_no_window_import_no_qt() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from examdesk.app import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['check-bsn', '999993653'])\n"
        "heavy = [m for m in ('PySide6', 'sqlalchemy', 'sqlmodel', 'pyhanko', 'alembic') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_demo_command_writes_a_demo_folder(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    done = run("demo", "--data-dir", str(target))
    assert done.returncode == 0, done.stderr
    assert (target / "examdesk.sqlite3").exists() and (target / "DEMO").exists()
    again = run("demo", "--data-dir", str(target))
    assert again.returncode == 2 and "Traceback" not in again.stderr


def test_demo_command_needs_a_folder() -> None:
    done = run("demo")
    assert done.returncode == 2 and "--data-dir" in done.stderr


def test_self_test_passes_on_this_installation() -> None:
    done = run("self-test", "--lang", "en")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 of 3 checks passed." in done.stdout


def test_an_internal_error_is_one_sentence_and_the_trace_goes_to_a_log(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(invocation, out, err):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(cli, "_check_bsn", broken)
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    code = app.main(["check-bsn", "999993653", "--data-dir", str(tmp_path), "--lang", "en"])
    assert code == cli.EXIT_INTERNAL
    text = err.getvalue()
    assert "Traceback" not in text and text.count("\n") == 1 and "internal error" in text
    logs = list((tmp_path / "logs").glob("crash-*.log"))
    assert len(logs) == 1 and "ZeroDivisionError" in logs[0].read_text("utf-8")


def test_unusable_data_folder_is_exit_2_with_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    done = run("demo", "--data-dir", str(blocker))
    assert done.returncode == 2 and "Traceback" not in done.stderr and str(blocker) in done.stderr
