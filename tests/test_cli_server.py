"""The school server's commands without a server (issue 18, cli.md): addresses, passwords, refusals, status.

What they do against a real PostgreSQL is in tests/server/.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from examdesk import app

PASSPHRASE = "examenzaal 2026!"
PACKAGE = Path(__file__).resolve().parent.parent / "examdesk" / "resources" / "demo" / "demo_package.json"


def main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = app.main([*args, "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def imported_station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station that ``examdesk import`` made from the demo package, its keys in the key file under
    PASSPHRASE; once for this module (0.2-0.4 s), copied for each test."""
    from tests.cli_runner import run

    folder = tmp_path_factory.mktemp("cli-server") / "station"
    done = run(
        "import",
        str(PACKAGE),
        "--data-dir",
        str(folder),
        "--lang",
        "en",
        env={"EXAMDESK_KEY_PASSPHRASE": PASSPHRASE, "EXAMDESK_SERVER_PASSWORD": None},
    )
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture
def station_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, imported_station: Path) -> Path:
    """A fresh copy of ``imported_station``."""
    import shutil

    from examdesk.services import secrets

    monkeypatch.setattr(secrets, "system_keyring", lambda: None)  # the key file: no desktop keyring here
    monkeypatch.setenv("EXAMDESK_KEY_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("EXAMDESK_SERVER_PASSWORD", raising=False)
    folder = tmp_path / "station"
    shutil.copytree(imported_station, folder)
    return folder


def test_status_of_a_station_without_a_server(station_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = main(capsys, "server", "status", "--json", "--data-dir", str(station_dir))
    assert code == 0
    assert json.loads(out)["url"] is None
    code, _, err = main(capsys, "sync", "--data-dir", str(station_dir))
    assert code == 2 and "not connected to a school server" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("mysql://school@server/examdesk", "not the address of a PostgreSQL database"),
        ("postgresql://school@server", "names no database"),
        ("postgresql://server/examdesk", "names no user"),
        ("::::", "not the address of a PostgreSQL database"),
    ],
)
def test_a_wrong_address_is_refused_in_a_sentence(
    station_dir: Path, capsys: pytest.CaptureFixture[str], url: str, said: str
) -> None:
    code, _, err = main(capsys, "server", "set", url, "--data-dir", str(station_dir))
    assert code == 2 and said in err and "Traceback" not in err
    code, out, _ = main(capsys, "server", "status", "--json", "--data-dir", str(station_dir))
    assert json.loads(out)["url"] is None  # nothing was stored


def test_r_net_1_a_server_that_cannot_be_reached_is_still_set_and_its_password_kept_out_of_the_database(
    station_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql://lokaal12:geheim-wachtwoord@127.0.0.1:1/examdesk"
    code, _, err = main(capsys, "server", "set", url, "--data-dir", str(station_dir))
    assert code == 0 and "cannot be reached" in err and "geheim" not in err
    code, out, _ = main(capsys, "server", "status", "--json", "--data-dir", str(station_dir))
    status = json.loads(out)
    assert status["url"] == "postgresql://lokaal12@127.0.0.1:1/examdesk"
    assert status["pending"] > 0 and status["last_copied_at"] is None
    database = (station_dir / "examdesk.sqlite3").read_bytes()
    assert b"geheim-wachtwoord" not in database  # the password went to the key file, encrypted
    from examdesk.services import school_server
    from examdesk.services.station import open_station

    station = open_station(station_dir, passphrase=PASSPHRASE)
    try:
        assert school_server.password_for(station) == "geheim-wachtwoord"
    finally:
        station.close()
    code, _, err = main(capsys, "sync", "--data-dir", str(station_dir))
    assert code == 2 and "cannot be reached" in err and "Traceback" not in err
