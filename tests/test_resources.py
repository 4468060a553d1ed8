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
    stale = tmp_path / "icons.rcc"
    stale.write_bytes(resources.COMPILED.read_bytes()[:-1] + b"\x00")  # one byte of an older icon
    monkeypatch.setattr(resources, "COMPILED", stale)
    assert resources.check() == 1
    assert "icons.rcc is stale: run tools/resources.py compile" in capsys.readouterr().err


def test_the_window_icon_comes_from_the_compiled_resources(qapp: QApplication) -> None:
    from examdesk.ui import icons

    icon = icons.window_icon()
    assert icons.register() and not icon.isNull() and icon.availableSizes()[0].width() == 256


def test_the_package_carries_the_icons_as_one_resource_file_no_generated_module() -> None:
    """Issue 12: the icons' bytes are a data file the wheel and the bundle carry, not 674 lines of Python."""
    from examdesk import resources as data

    assert data.ICONS.is_file() and data.ICONS.read_bytes()[:4] == b"qres"
    assert not (Path(data.__file__).parent.parent / "ui" / "resources_rc.py").exists()
