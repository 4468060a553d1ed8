"""Issue 17: an existing station's sign-in page is painted before the station opens (its name from the
identity file of issue 13), with nothing heavy imported; a sign-in typed meanwhile waits for the station."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from examdesk import paths
from examdesk.core.roles import Role
from examdesk.services import accounts
from examdesk.services.station import open_station
from examdesk.ui.sign_in import EarlyStation, early_station

PASSWORD = "correct horse battery"
HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "pyhanko",
    "alembic",
    "reportlab",
    "argon2",
    "sqlcipher3",
    "examdesk.services",
)


def test_the_sign_in_page_and_the_window_import_nothing_heavy() -> None:
    code = (
        "import json, sys\n"
        "import examdesk.ui.sign_in, examdesk.ui.main_window, examdesk.ui.application\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(done.stdout)
    assert [name for name in loaded if name.startswith(HEAVY)] == []


def test_only_an_existing_station_is_shown_early_and_a_passphrase_station_with_its_passphrase_page(
    station: Any, tmp_path: Path
) -> None:
    assert early_station(station.data_dir) == EarlyStation(station.name, station.school, False)
    assert early_station(tmp_path / "new") is None
    passphrase_station = tmp_path / "passphrase"
    open_station(passphrase_station, keyring_backend=None, passphrase="examenzaal 2026!").close()
    early = early_station(
        passphrase_station
    )  # it asks for its passphrase first (tests/ui/test_passphrase_sign_in.py)
    assert early is not None and early.asks_passphrase and not early.is_demo


def test_a_sign_in_typed_before_the_station_is_open_waits_for_it(
    station: Any, beheerder: Any, open_window: Any, wait_page: Any, qtbot: Any
) -> None:
    accounts.create_account(
        station, beheerder, "ajansen", "A. Jansen", PASSWORD, frozenset({Role.SURVEILLANT})
    )
    may_open = threading.Event()

    def opener() -> Any:
        may_open.wait(30)
        return station

    early = early_station(station.data_dir)
    assert early is not None
    window = open_window(opener, early=early)
    wait_page(window, "login")
    assert window.station is None and window.login_page.station is None
    assert window.header.station_label.text() == station.name
    qtbot.keyClicks(window.login_page.username_edit, "ajansen")
    qtbot.keyClicks(window.login_page.password_edit, PASSWORD)
    qtbot.keyClick(window.login_page.password_edit, Qt.Key.Key_Return)
    assert not window.login_page.submit_button.isEnabled()  # waiting for the station, not refused
    assert window.current_page_name() == "login"
    may_open.set()
    wait_page(window, "workspaces")
    assert window.actor is not None and window.actor.username == "ajansen"
    assert paths.identity_path(station.data_dir).exists()
