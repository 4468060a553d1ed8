"""Starting the application: the light first import, the first-paint hook, language choice, the probe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from examdesk import paths
from examdesk.ui import application, i18n_qt
from examdesk.ui.application import FIRST_PAINT_LINE, choose_language
from examdesk.ui.probe import probe


def test_importing_the_application_loads_no_database_or_signing_library() -> None:
    code = (
        "import sys, examdesk.ui.application\n"
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'pyhanko', 'examdesk.services', 'examdesk.store')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == ""


def test_first_paint_hook_prints_its_line_and_exits_before_opening_the_station(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    env = dict(os.environ, EXAMDESK_BENCH_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "examdesk", "--data-dir", str(data_dir), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [FIRST_PAINT_LINE]
    assert not paths.database_path(data_dir).exists()


def test_the_first_paint_builds_no_qt_namespace_and_no_command_parsers(tmp_path: Path) -> None:
    """Start-up budget (bench/startup.py): PySide6 builds the hundred enums of ``Qt`` on its first import
    (about 20 ms), and the commands' modules and parsers took 50 ms; the first paint needs neither."""
    code = (
        "import sys\n"
        "from examdesk.app import main\n"
        "code = main(['--data-dir', sys.argv[1], '--lang', 'nl'])\n"
        "import PySide6.QtCore\n"
        "late = [m for m in ('examdesk.cli.reports', 'examdesk.cli.station') if m in sys.modules]\n"
        "late += ['Qt'] if 'Qt' in PySide6.QtCore.__dict__ else []\n"
        "print(code, ','.join(late))\n"
    )
    env = dict(os.environ, EXAMDESK_BENCH_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "station")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.stdout.splitlines()[-1].strip() == "0", done.stdout + done.stderr


def test_language_comes_from_the_command_line_then_the_settings_then_the_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert choose_language(None, settings) == "en"
    settings.setValue("language", "nl")
    assert choose_language(None, settings) == "nl"
    assert choose_language("en", settings) == "en"


def test_ui_settings_live_in_the_data_folder(tmp_path: Path) -> None:
    settings = application.ui_settings(tmp_path)
    assert settings.fileName() == str(paths.ui_settings_path(tmp_path))


def test_probe_loads_dutch_translations_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert probe("nl") == 0
    assert capsys.readouterr().out.startswith("platform offscreen; translations nl loaded")
    assert probe("en") == 0


def test_probe_fails_on_a_binding_that_miscounts_none(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Such a binding aborts Python mid-session, so self-test must not pass it."""
    from examdesk.ui import probe as probe_module

    monkeypatch.setattr(probe_module, "binding_problem", lambda: "PySide6 9.9 loses a reference to None")
    assert probe("nl") == 1
    assert capsys.readouterr().out.strip() == (
        "platform offscreen; translations nl loaded; but PySide6 9.9 loses a reference to None"
    )


def test_this_installation_has_a_sound_binding() -> None:
    from examdesk.ui.probe import binding_problem

    assert binding_problem() is None


def test_installing_dutch_translates_qt_and_examdesk_strings() -> None:
    from PySide6.QtCore import QCoreApplication

    loaded = i18n_qt.install("nl")
    assert loaded.ok and len(loaded.translators) == 2
    assert QCoreApplication.translate("MainWindow", "Sign out") == "Afmelden"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    i18n_qt.install("en")
    assert QCoreApplication.translate("MainWindow", "Sign out") == "Sign out"


def test_a_second_window_on_the_same_data_folder_is_refused_with_who_holds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:
    """Issue 13, finding 11: two windows on one data folder both opened, without a word. Since the read-only
    window (tests/ui/test_read_only_window.py) the start asks first; "Close" refuses as before."""
    from examdesk.services import instance

    folder = tmp_path / "station"
    held = instance.claim(folder)
    told: list[str] = []

    def close(text: str) -> bool:
        told.append(text)
        return False

    monkeypatch.setattr(application, "offer_read_only", close)
    monkeypatch.setattr(application, "refuse_start", told.append)
    try:
        assert application.run(str(folder), "en") == 2
    finally:
        held.release()
    assert (
        len(told) == 1
        and "already open on the data folder" in told[0]
        and f"(process {os.getpid()})" in told[0]
    )
    assert not paths.database_path(folder).exists()
