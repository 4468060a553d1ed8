"""The station's migrations on a real PostgreSQL server (issue 18): same schema, same append-only event log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

import examdesk.store.models  # noqa: F401 - registers the tables on SQLModel.metadata
from examdesk.store import db


@pytest.fixture
def migrated(school_db: str) -> Iterator[Engine]:
    """An empty PostgreSQL database taken to head by the station's own migration code."""
    engine = sa.create_engine(school_db)
    db.upgrade(engine)
    yield engine
    engine.dispose()


def _revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def test_an_empty_database_migrates_to_head(migrated: Engine) -> None:
    assert _revision(migrated) == db.known_revisions()[1]
    tables = set(sa.inspect(migrated).get_table_names())
    assert {"station", "setting", "account", "account_role", "event", "exam", "exam_session"} <= tables
    assert set(SQLModel.metadata.tables) <= tables


def test_models_and_migrations_describe_the_same_schema_on_postgresql(migrated: Engine) -> None:
    with migrated.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []


def test_migrating_again_changes_nothing(migrated: Engine) -> None:
    db.upgrade(migrated)
    assert _revision(migrated) == db.known_revisions()[1]


def _one_event(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO station (id, name, school, created_at) VALUES ('st1', 'Lokaal 12', 'X', :t)"
            ),
            {"t": datetime(2026, 6, 12, 7, 30)},
        )
        connection.execute(
            sa.text(
                "INSERT INTO event (station_id, seq, wall_utc, monotonic_ns, run_id, actor, kind, payload, "
                "prev_hash, hash) VALUES ('st1', 1, :t, 1, 'run', 'beheer', 'station.created', '{}', "
                "repeat('0', 64), repeat('a', 64))"
            ),
            {"t": datetime(2026, 6, 12, 7, 30)},
        )


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE event SET payload = '{\"changed\": true}'",
        "UPDATE event SET seq = 2 WHERE seq = 1",
        "DELETE FROM event",
    ],
)
def test_the_event_table_refuses_update_and_delete_by_trigger(migrated: Engine, statement: str) -> None:
    """R-PV-2: on the school's server too, the database itself refuses to change or remove an event."""
    _one_event(migrated)
    with pytest.raises(DBAPIError, match="the event log is append-only"):
        with migrated.begin() as connection:
            connection.execute(sa.text(statement))
    with migrated.connect() as connection:
        assert connection.execute(sa.text("SELECT seq, payload FROM event")).all() == [(1, "{}")]


def test_the_trigger_also_binds_the_owner_of_the_table(migrated: Engine) -> None:
    """The superuser owns the tables here; a trigger is not a permission, so it binds the owner too."""
    _one_event(migrated)
    with migrated.connect() as connection:
        owner = connection.execute(
            sa.text("SELECT tableowner FROM pg_tables WHERE tablename = 'event'")
        ).scalar()
        assert owner == connection.execute(sa.text("SELECT current_user")).scalar()
    with pytest.raises(DBAPIError, match="append-only"):
        with migrated.begin() as connection:
            connection.execute(sa.text("DELETE FROM event WHERE seq = 1"))


def test_every_revision_upgrades_from_the_one_before_and_down_again(school_db: str) -> None:
    """Each revision runs on PostgreSQL in turn (style.md: migrate from every earlier revision), and back."""
    from alembic import command
    from alembic.script import ScriptDirectory

    config = db._alembic_config()
    revisions = [
        each.revision for each in reversed(list(ScriptDirectory.from_config(config).walk_revisions()))
    ]
    engine = sa.create_engine(school_db)
    try:
        for revision in revisions:
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
            assert _revision(engine) == revision
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert _revision(engine) is None
        assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()
