"""Issue 12: the revision files are read once per process, and every new database still runs every migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import util
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from examdesk.store import db


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _triggers(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}


def test_later_databases_run_every_migration_without_reading_the_revision_files_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "first.sqlite3"
    engine, _ = db.open_database(first, tmp_path / "backups")
    engine.dispose()
    loaded: list[str] = []
    real_load = util.load_python_file

    def counting(dir_: str, filename: str) -> object:
        loaded.append(filename)
        return real_load(dir_, filename)

    monkeypatch.setattr(util, "load_python_file", counting)  # what Alembic loads every file with
    monkeypatch.setattr(db, "_declared_revisions", lambda folder: pytest.fail("revision files read again"))
    ran: list[str] = []
    real_steps = db._script_directory()._upgrade_revs

    def counting_steps(destination: str, current: object) -> object:
        steps = real_steps(destination, current)
        ran.extend(step.revision.revision for step in steps)
        return steps

    monkeypatch.setattr(db._script_directory(), "_upgrade_revs", counting_steps)
    second = tmp_path / "second.sqlite3"
    engine, report = db.open_database(second, tmp_path / "backups")
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()
    assert loaded == ["env.py"]  # only Alembic's environment script, which runs the migrations
    every = db.known_revisions()[0]
    assert sorted(ran) == sorted(every) and len(ran) == len(every)
    assert report.from_revision is None and report.to_revision == db.known_revisions()[1]
    assert db.read_revision(second) == report.to_revision
    assert diff == []
    assert _tables(second) == _tables(first) and _triggers(second) == _triggers(first)
    assert _triggers(second)  # the dialect-specific parts of the revisions ran too


def test_known_revisions_cannot_be_changed_by_a_caller() -> None:
    revisions, head = db.known_revisions()
    revisions.clear()
    assert head in db.known_revisions()[0]
