"""resources/ is the source of the icons; the package carries them compiled (issue 17 #10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tools import resources


def test_the_compiled_qt_resources_are_up_to_date() -> None:
    assert resources.check() == 0, "run: .venv/bin/python tools/resources.py compile"


def test_a_stale_compiled_module_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = tmp_path / "resources_rc.py"
    stale.write_text("# an older icon\n")
    monkeypatch.setattr(resources, "COMPILED", stale)
    assert resources.check() == 1
    assert "resources_rc.py is stale: run tools/resources.py compile" in capsys.readouterr().err


def test_the_window_icon_comes_from_the_compiled_resources(qapp: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from examdesk.ui import resources_rc  # noqa: F401 - registers :/icons

    icon = QIcon(":/icons/examdesk.png")
    assert not icon.isNull() and icon.availableSizes()[0].width() == 256
