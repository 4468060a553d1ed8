"""``examdesk transfer export SESSION --out FILE`` and ``transfer import FILE`` (cli.md, R-NET-4, R-SIG-4)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from examdesk.services import certificates
from tests.cli_runner import run
from tests.demo_station import CE_GROUP


@pytest.fixture
def receiver_template(other_running_demo: Path) -> Path:
    """A second demo station, written separately (so with its own station id): the run's
    ``other_running_demo`` (tests/demo_station.py), written on the same day."""
    return other_running_demo


def _copy(template: Path, target: Path) -> str:
    shutil.copytree(template, target)
    return str(target)


def _closed(folder: str) -> dict[str, str]:
    done = run("sessions", "--json", "--data-dir", folder)
    assert done.returncode == 0, done.stderr
    return next(s for s in json.loads(done.stdout)["sessions"] if s["group"] == CE_GROUP)


def test_transfer_export_then_import_on_a_trusting_station_lists_its_session_R_NET_4(
    demo_template: Path, receiver_template: Path, tmp_path: Path
) -> None:
    origin = _copy(demo_template, tmp_path / "origin")
    receiver = _copy(receiver_template, tmp_path / "receiver")
    session = _closed(origin)
    target = tmp_path / "lokaal.examdesk-transfer"
    done = run(
        "transfer", "export", session["id"], "--out", str(target), "--data-dir", origin, "--lang", "en"
    )
    assert done.returncode == 0, done.stderr
    assert "written to" in done.stderr and target.is_file()

    untrusted = run("transfer", "import", str(target), "--data-dir", receiver, "--lang", "en")
    assert untrusted.returncode == 2
    assert "does not trust" in untrusted.stderr and "Traceback" not in untrusted.stderr

    certificate = Path(origin) / certificates.SIGNING_FOLDER / certificates.CERTIFICATE_FILE
    assert run("trust", "add", str(certificate), "--data-dir", receiver).returncode == 0
    done = run("transfer", "import", str(target), "--data-dir", receiver, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "imported from lokaal.examdesk-transfer" in done.stderr
    again = run("transfer", "import", str(target), "--data-dir", receiver, "--lang", "nl")
    assert again.returncode == 0, again.stderr
    assert "niets veranderd" in again.stderr

    listed = json.loads(run("sessions", "--all-stations", "--json", "--data-dir", receiver).stdout)[
        "sessions"
    ]
    theirs = [s for s in listed if s["id"] == session["id"]]
    assert len(theirs) == 1 and theirs[0]["station"] != _station_id(receiver)
    assert theirs[0]["state"] == "closed"


def _station_id(folder: str) -> str:
    done = run("sessions", "--json", "--data-dir", folder)
    assert done.returncode == 0, done.stderr
    listed = json.loads(run("sessions", "--all-stations", "--json", "--data-dir", folder).stdout)["sessions"]
    own = {s["id"] for s in json.loads(done.stdout)["sessions"]}
    return str(next(s["station"] for s in listed if s["id"] in own))


def test_transfer_import_of_something_else_is_one_sentence_and_exit_2(
    receiver_template: Path, tmp_path: Path
) -> None:
    receiver = _copy(receiver_template, tmp_path / "receiver")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a transfer file", "utf-8")
    done = run("transfer", "import", str(notes), "--data-dir", receiver, "--lang", "en")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "not an examdesk transfer file" in done.stderr


def test_transfer_export_refuses_an_existing_file_and_an_unknown_session(
    demo_template: Path, tmp_path: Path
) -> None:
    origin = _copy(demo_template, tmp_path / "origin")
    existing = tmp_path / "there.examdesk-transfer"
    existing.write_bytes(b"keep me")
    done = run("transfer", "export", _closed(origin)["id"], "--out", str(existing), "--data-dir", origin)
    assert done.returncode == 2 and existing.read_bytes() == b"keep me"
    done = run(
        "transfer",
        "export",
        "no-such-session",
        "--out",
        str(tmp_path / "x"),
        "--data-dir",
        origin,
        "--lang",
        "en",
    )
    assert done.returncode == 2 and "no session" in done.stderr
    assert not (tmp_path / "x").exists()
