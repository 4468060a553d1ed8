"""Start-up migrations: empty to head, refusal of newer and foreign databases, the copy aside first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from examdesk import i18n
from examdesk.store import cipher, db
from examdesk.store.db import DatabaseProblem, known_revisions, make_engine, open_database, read_revision


def _paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "examdesk.sqlite3", tmp_path / "backups"


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_empty_folder_migrates_to_head(tmp_path: Path) -> None:
    path, backups = _paths(tmp_path)
    engine, report = open_database(path, backups)
    engine.dispose()
    _, head = known_revisions()
    assert report.from_revision is None and report.to_revision == head and report.backup is None
    assert {"station", "setting", "account", "account_role", "event", "alembic_version"} <= _tables(path)
    assert read_revision(path) == head


def test_models_and_migrations_describe_the_same_schema(tmp_path: Path) -> None:
    """New tables come as new revisions: the models may not drift from what the migrations build."""
    path, backups = _paths(tmp_path)
    engine, _ = open_database(path, backups)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_every_revision_upgrades_from_the_one_before(tmp_path: Path) -> None:
    """Tests migrate a database made by every earlier revision (style.md)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db._alembic_config())
    revisions = list(reversed(list(script.walk_revisions())))
    path, backups = _paths(tmp_path)
    engine = make_engine(path)
    config = db._alembic_config()
    for revision in revisions:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision.revision)
        assert read_revision(path) == revision.revision
    engine.dispose()


def test_database_from_a_newer_examdesk_is_refused_untouched(tmp_path: Path) -> None:
    path, backups = _paths(tmp_path)
    engine, _ = open_database(path, backups)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem) as raised:
        open_database(path, backups)
    assert "newer examdesk" in i18n.render(raised.value.message)
    assert path.read_bytes() == before
    assert not backups.exists()


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path, backups = _paths(tmp_path)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem) as raised:
        open_database(path, backups)
    assert "not an examdesk database" in i18n.render(raised.value.message)
    assert path.read_bytes() == before


def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path, backups = _paths(tmp_path)
    path.write_text("name;bsn\nJan;123\n", "utf-8")
    with pytest.raises(DatabaseProblem) as raised:
        open_database(path, backups)
    assert "not an examdesk database" in i18n.render(raised.value.message)
    assert path.read_text("utf-8") == "name;bsn\nJan;123\n"


def test_damaged_sqlite_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path, backups = _paths(tmp_path)
    path.write_bytes(cipher.SQLITE_HEADER + b"\x00garbage" * 100)
    with pytest.raises(DatabaseProblem) as raised:
        open_database(path, backups)
    assert "cannot be read" in i18n.render(raised.value.message)


def _older_database(path: Path, backups: Path) -> None:
    """A database at the base revision that holds user data (the migration must keep it safe)."""
    engine, _ = open_database(path, backups)
    config = db._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        connection.exec_driver_sql("CREATE TABLE keepsake (value TEXT)")
        connection.exec_driver_sql("INSERT INTO keepsake VALUES ('work of candidate 1001')")
    engine.dispose()


def test_older_database_is_copied_aside_before_it_is_migrated(tmp_path: Path) -> None:
    path, backups = _paths(tmp_path)
    _older_database(path, backups)
    engine, report = open_database(path, backups)
    engine.dispose()
    assert report.backup is not None and report.backup.parent == backups
    with sqlite3.connect(report.backup) as connection:
        assert connection.execute("SELECT value FROM keepsake").fetchone() == ("work of candidate 1001",)
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == []
    assert read_revision(path) == report.to_revision


def test_failed_migration_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migrations run in one transaction: a failure half-way rolls every step back."""
    path, backups = _paths(tmp_path)
    _older_database(path, backups)
    real_migrate = db._migrate_to_head  # every migration to head, inside open_database's transaction

    def migrate_then_fail(connection) -> None:
        real_migrate(connection)
        raise RuntimeError("disk full")

    monkeypatch.setattr(db, "_migrate_to_head", migrate_then_fail)
    with pytest.raises(DatabaseProblem) as raised:
        open_database(path, backups)
    text = i18n.render(raised.value.message)
    assert "disk full" in text and "left as it was" in text
    assert "event" not in _tables(path)
    assert read_revision(path) is None
    assert list(backups.iterdir())


def test_connections_use_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    path, backups = _paths(tmp_path)
    engine, _ = open_database(path, backups)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_a_database_in_use_at_revision_0001_upgrades_keeping_its_data(tmp_path: Path) -> None:
    """A station made by the first release (accounts, events) upgrades at start-up with its data intact."""
    path, backups = _paths(tmp_path)
    engine = make_engine(path)
    config = db._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO account (username, display_name, password_hash, active, created_at) "
            "VALUES ('beheer', 'J. Visser', 'x', 1, '2026-06-01 08:00:00')"
        )
    engine.dispose()
    engine, report = open_database(path, backups)
    engine.dispose()
    assert report.from_revision == "0001" and report.to_revision == known_revisions()[1]
    assert report.backup is not None
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT username FROM account").fetchall() == [("beheer",)]
        assert connection.execute("SELECT count(*) FROM exam").fetchone() == (0,)
    with sqlite3.connect(report.backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
