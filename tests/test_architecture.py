"""The layers point one way (style.md): ui -> services -> store, reports -> core."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_are_kept() -> None:
    from importlinter.cli import lint_imports

    output = io.StringIO()
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(output):
            code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    finally:
        os.chdir(previous)
    assert code == 0, output.getvalue()


def test_core_has_no_clock_reads_or_file_access() -> None:
    """Core is pure: time is passed in, nothing is read from disk (style.md)."""
    forbidden = re.compile(r"datetime\.now\(|\btime\.(time|monotonic)|(?<![\w.])open\(|\bPath\(|os\.environ")
    for path in (ROOT / "examdesk" / "core").rglob("*.py"):
        found = forbidden.search(path.read_text("utf-8"))
        assert found is None, f"{path.name} uses {found.group(0) if found else ''}"


def test_only_paths_asks_platformdirs() -> None:
    users = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "examdesk").rglob("*.py")
        if "platformdirs" in p.read_text("utf-8")
    ]
    assert users == ["examdesk/paths.py"]
