"""The command line (spec/cli.md): output, exit codes, languages, and no traceback for the user."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from examdesk import app, cli
from examdesk.core import bsn
from tests.cli_runner import run, run_process


# R-BSN-2
def test_check_bsn_prints_one_line_per_number_and_exits_0_when_all_valid_R_BSN_2() -> None:
    # As a process of its own: the installed entry point, its exit code as a shell sees it.
    done = run_process("check-bsn", "999993653", "0000 09 921", "00009921")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "999993653\tgeldig\n000009921\tgeldig\n000009921\tgeldig\n"


# R-BSN-1, R-BSN-2
def test_check_bsn_exits_1_and_gives_the_reason_in_dutch_R_BSN_1_R_BSN_2() -> None:
    done = run_process("check-bsn", "999993653", "123456789", "12345678a")
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


@pytest.mark.slow
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
    assert "5 of 5 checks passed." in done.stdout
    assert "ok     the school server's PostgreSQL driver loads: psycopg " in done.stdout  # issue 18
    assert "ok     a PDF signs and verifies" in done.stdout  # R-SIG-1


def test_an_internal_error_is_one_sentence_and_the_trace_goes_to_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(raw) -> None:
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(bsn, "check", broken)
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


def _package_file(tmp_path: Path, change=None) -> Path:
    import json

    from tests.services.sample_package import valid_package

    data = valid_package()
    if change:
        change(data)
    path = tmp_path / "package.examdesk.json"
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_import_writes_everything_and_again_nothing(tmp_path: Path) -> None:
    package = _package_file(tmp_path)
    env = {"EXAMDESK_KEY_PASSPHRASE": "examenzaal 2026!"}
    first = run("import", str(package), "--data-dir", str(tmp_path / "station"), "--lang", "en", env=env)
    assert first.returncode == 0, first.stderr
    assert "1 exam, 1 afnamegroep, 2 candidates and 1 result added" in first.stderr  # plurals (issue 17)
    again = run("import", str(package), "--data-dir", str(tmp_path / "station"), "--lang", "en", env=env)
    assert again.returncode == 0 and "nothing new" in again.stderr


def test_import_without_keyring_or_passphrase_says_what_to_set(tmp_path: Path) -> None:
    done = run(
        "import", str(_package_file(tmp_path)), "--data-dir", str(tmp_path / "station"), "--lang", "en"
    )
    assert (
        done.returncode == 2 and "EXAMDESK_KEY_PASSPHRASE" in done.stderr and "Traceback" not in done.stderr
    )


def test_import_of_a_bad_package_lists_every_problem_and_exits_2(tmp_path: Path) -> None:
    def spoil(data) -> None:
        data["exams"][0]["items"][0]["answer_key"] = "E"
        data["groups"][0]["candidates"][0]["bsn"] = "123456789"

    done = run(
        "import", str(_package_file(tmp_path, spoil)), "--data-dir", str(tmp_path / "s"), "--lang", "en"
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "exams[0].items[0].answer_key: 'E' is not one of this item's options" in done.stderr
    assert "groups[0].candidates[0].bsn: 123456789 is not a valid BSN of candidate 1001" in done.stderr


def test_import_of_a_package_with_a_third_sitting_a_day_exits_2_and_writes_nothing_R_SES_3(
    tmp_path: Path,
) -> None:
    def third(data) -> None:
        for code, start in (("2026-06-12-HYP", "13:00"), ("2026-06-12-SCH", "16:00")):
            data["groups"].append({**data["groups"][0], "code": code, "start_time": start})

    station = tmp_path / "station"
    env = {"EXAMDESK_KEY_PASSPHRASE": "examenzaal 2026!"}
    done = run(
        "import", str(_package_file(tmp_path, third)), "--data-dir", str(station), "--lang", "en", env=env
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert (
        "groups[2].candidates[0]: Sanne de Vries (1001) already sits two exams on 2026-06-12" in done.stderr
    )
    plain = tmp_path / "plain"
    plain.mkdir()
    again = run("import", str(_package_file(plain)), "--data-dir", str(station), "--lang", "en", env=env)
    assert "1 exam, 1 afnamegroep, 2 candidates and 1 result added" in again.stderr  # nothing was written


def test_score_json_has_exactly_the_documented_shape(tmp_path: Path) -> None:
    import json

    done = run("score", str(_package_file(tmp_path)), "--json", "--data-dir", str(tmp_path / "none"))
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)["results"]
    assert list(result) == [
        "candidate",
        "exam",
        "variant",
        "points",
        "max_points",
        "percent",
        "grade",
        "passed",
        "items",
    ]
    assert (
        result["points"] == 8.17 and result["max_points"] == 12.0 and result["percent"] == 68.05
    )  # R-GRD-4: down
    assert result["grade"] == 6 and result["passed"] is True
    assert list(result["items"][0]) == ["item", "points", "max_points", "status", "explanation"]
    assert not (tmp_path / "none").exists()  # scoring creates no station


def test_score_excludes_items_R_SCO_9(tmp_path: Path) -> None:
    import json

    done = run("score", str(_package_file(tmp_path)), "--json", "--exclude", "V3", "--exclude", "O1")
    (result,) = json.loads(done.stdout)["results"]
    assert result["max_points"] == 7.0
    assert [i["status"] for i in result["items"] if i["item"] in ("V3", "O1")] == ["excluded", "excluded"]


def test_schema_prints_the_json_schema() -> None:
    import json

    done = run("schema")
    assert (
        done.returncode == 0
        and json.loads(done.stdout)["properties"]["format"]["const"] == "examdesk-package"
    )


@pytest.mark.slow
def test_a_closed_pipe_ends_quietly() -> None:
    """`examdesk score … --json | head -1` is no internal error (the output is larger than a pipe holds)."""
    from examdesk.services.demo import DEMO_PACKAGE

    package = Path(__file__).resolve().parent.parent / "examdesk" / "resources" / "demo" / DEMO_PACKAGE
    with subprocess.Popen(
        [sys.executable, "-m", "examdesk", "score", str(package), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read()
        process.wait(timeout=60)
    assert b"internal error" not in errors and b"Traceback" not in errors
    assert process.returncode in (0, 1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("several.json", None),
        ("unknown-field.json", '{"format": "examdesk-package", "version": 1, "exams": [], "extra": 1}'),
        ("broken.json", '{"format": "examdesk-package", "version": 1, "exams": ['),
        ("missing.json", "MISSING"),
        ("wrong.zip", "PK\x03\x04 not really a zip"),
        ("long-text.json", "LONG"),
        ("duplicates.json", "DUPLICATES"),
        ("unknown-refs.json", "UNKNOWN"),
    ],
)
def test_every_kind_of_bad_package_is_exit_2_without_trace_or_partial_write(
    tmp_path: Path, name: str, content: str | None
) -> None:
    import json

    from tests.services.sample_package import valid_package

    data = valid_package()
    path = tmp_path / name
    if content is None:
        data["exams"][0]["items"][0]["answer_key"] = "E"
        data["groups"][0]["candidates"][0]["bsn"] = "123456789"
        content = json.dumps(data)
    elif content == "LONG":
        data["exams"][0]["items"][0]["stem"] = "x" * 20_001
        content = json.dumps(data)
    elif content == "DUPLICATES":
        data["groups"][0]["candidates"][1]["number"] = "1001"
        content = json.dumps(data)
    elif content == "UNKNOWN":
        data["results"][0]["candidate"] = "9999"
        data["results"][0]["responses"]["Q9"] = "A"
        content = json.dumps(data)
    if content != "MISSING":
        path.write_text(content, "utf-8")
    station = tmp_path / "station"
    done = run(
        "import",
        str(path),
        "--data-dir",
        str(station),
        "--lang",
        "en",
        env={"EXAMDESK_KEY_PASSPHRASE": "examenzaal 2026!"},
    )
    assert done.returncode == 2, done.stderr
    assert (
        "Traceback" not in done.stderr
        and "was not imported" in done.stderr
        and "Nothing was changed" in done.stderr
    )
    # Nothing written at all (issue 17): not even an empty database in the new folder.
    assert not station.exists()


def test_sessions_json_lists_the_demo_sessions_with_their_states(demo_template: Path, tmp_path: Path) -> None:
    import json
    import shutil

    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)  # the run's demo station (tests/demo_station.py), a copy
    done = run("sessions", "--json", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)["sessions"]
    assert [list(s) for s in listed] == [["id", "group", "exam", "date", "state"]] * 3
    assert sorted(s["state"] for s in listed) == ["closed", "planned", "running"]  # planned: the hospital
