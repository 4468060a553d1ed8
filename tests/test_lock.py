"""The lock files pin every declared dependency, with hashes, for Linux, Windows and macOS (issue 12)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tools import lock


def test_every_declared_dependency_is_pinned_with_hashes_in_each_lock() -> None:
    said = [line for name, extras in lock.LOCKS.items() for line in lock.problems(name, extras)]
    assert said == [], "pyproject.toml and requirements/ disagree; run ./dev lock:\n" + "\n".join(said)


def test_the_locks_pin_a_package_they_share_alike() -> None:
    assert lock.disagreements() == []


def test_a_dependency_added_without_locking_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "requirements").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        textwrap.dedent(
            """
            [project]
            dependencies = ["alembic>=1.13", "babel>=2.14", "tzdata>=2024.1; sys_platform == 'win32'"]
            """
        )
    )
    (tmp_path / "requirements" / "lock.txt").write_text(
        "alembic==1.20.1 \\\n    --hash=sha256:00\n    # via examdesk (pyproject.toml)\n"
    )
    monkeypatch.setattr(lock, "ROOT", tmp_path)
    monkeypatch.setattr(lock, "LOCK_DIR", tmp_path / "requirements")
    said = lock.problems("lock.txt", ())
    assert "lock.txt: babel>=2.14 is declared but not pinned for linux; run ./dev lock" in said
    assert any("tzdata" in line and "win32" in line for line in said)
    assert not any("tzdata" in line and ("linux" in line or "darwin" in line) for line in said)
    assert not any(line.startswith("lock.txt: alembic") for line in said)
