"""Start-up reads the migrations' revisions without Alembic (issue 17, start-up measured): the same answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from examdesk.store import db


def test_revisions_read_from_the_files_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db._alembic_config())
    assert db.known_revisions() == (
        {rev.revision for rev in script.walk_revisions()},
        script.get_current_head(),
    )


def test_two_heads_are_left_to_alembic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (versions / "b.py").write_text('revision: str = "b"\ndown_revision = "a"\n')
    (versions / "c.py").write_text('revision = "c"\ndown_revision = ("a",)\n')
    assert db._declared_revisions(versions) == ({"a", "b", "c"}, {"a"})
    (versions / "d.py").write_text("revision = make()\n")
    assert db._declared_revisions(versions) is None
