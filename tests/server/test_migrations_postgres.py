"""The station's migrations on a real PostgreSQL server (issue 18): same schema, same append-only event log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

import examdesk.store.models  # noqa: F401 - registers the tables on SQLModel.metadata
from examdesk.services import school_server
from examdesk.store import db


@pytest.fixture
def migrated(initialized_school_db: str) -> Iterator[Engine]:
    """An empty PostgreSQL database taken to head by the station's own migration code: a copy of the run's
    ``school_template``, which ``server init`` took to head from empty with ``db.upgrade`` once (the
    migrations take 0.3 s; a copy costs no more than a new empty database)."""
    engine = sa.create_engine(initialized_school_db)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def migrated_with_rows(postgres_server: Any, school_template: str) -> Iterator[Engine]:
    """As ``migrated``, with one row in every append-only table, made once for the tests of this module that
    leave it as they found it: they read it, migrate it again, or try a change the database refuses (and
    check that nothing changed). Each new database costs 0.2-0.3 s, more than these tests themselves."""
    import secrets

    name = f"school_{secrets.token_hex(6)}"
    engine = sa.create_engine(postgres_server.create_database(name, template=school_template))
    try:
        _one_of_each(engine)
        yield engine
    finally:
        engine.dispose()
        if not postgres_server.running:
            postgres_server.start()
        postgres_server.drop_database(name)


def _revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def test_an_empty_database_migrates_to_head(school_db: str) -> None:
    engine = sa.create_engine(school_db)
    try:
        assert sa.inspect(engine).get_table_names() == []
        db.upgrade(engine)
        assert _revision(engine) == db.known_revisions()[1]
        tables = set(sa.inspect(engine).get_table_names())
        assert {"station", "setting", "account", "account_role", "event", "exam", "exam_session"} <= tables
        assert set(SQLModel.metadata.tables) <= tables
    finally:
        engine.dispose()


def test_models_and_migrations_describe_the_same_schema_on_postgresql(migrated_with_rows: Engine) -> None:
    with migrated_with_rows.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []


def test_migrating_again_changes_nothing(migrated_with_rows: Engine) -> None:
    db.upgrade(migrated_with_rows)
    assert _revision(migrated_with_rows) == db.known_revisions()[1]


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
def test_the_event_table_refuses_update_and_delete_by_trigger(
    migrated_with_rows: Engine, statement: str
) -> None:
    """R-PV-2: on the school's server too, the database itself refuses to change or remove an event."""
    migrated = migrated_with_rows
    with pytest.raises(DBAPIError, match="the event log is append-only"):
        with migrated.begin() as connection:
            connection.execute(sa.text(statement))
    with migrated.connect() as connection:
        assert connection.execute(sa.text("SELECT seq, payload FROM event")).all() == [(1, "{}")]


def test_the_trigger_also_binds_the_owner_of_the_table(migrated_with_rows: Engine) -> None:
    """The superuser owns the tables here; a trigger is not a permission, so it binds the owner too."""
    migrated = migrated_with_rows
    with migrated.connect() as connection:
        owner = connection.execute(
            sa.text("SELECT tableowner FROM pg_tables WHERE tablename = 'event'")
        ).scalar()
        assert owner == connection.execute(sa.text("SELECT current_user")).scalar()
    with pytest.raises(DBAPIError, match="append-only"):
        with migrated.begin() as connection:
            connection.execute(sa.text("DELETE FROM event WHERE seq = 1"))
    assert _counts(migrated) == dict.fromkeys(APPEND_ONLY_TABLES, 1)


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


# The tables whose rows are append-only (0001: event; 0005: copied_event, copied_file).
APPEND_ONLY_TABLES = ("event", "copied_event", "copied_file")


@pytest.fixture(scope="module")
def owned_by_school_it(postgres_server: Any) -> Iterator[tuple[Engine, str]]:
    """A database owned by a plain owner role (no superuser), as docs/school-server.md sets it up, taken to
    head by ``server init`` as that owner, with one row in every append-only table; its engine and the
    owner's URL. Made once for this module (0.6 s): its tests only try changes the database refuses, and
    check that nothing changed."""
    import secrets

    suffix = secrets.token_hex(4)
    owner, database = f"owner_{suffix}", f"school_owned_{suffix}"
    postgres_server.create_login_role(owner, "owner-password")
    postgres_server.execute(f'CREATE DATABASE "{database}" OWNER "{owner}"')
    # The init script of docs/school-server.md makes the stations' group role; the owner cannot.
    role = school_server.STATION_ROLE
    postgres_server.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role}; "
        "END IF; END $$"
    )
    url = postgres_server.url(database, owner, "owner-password")
    school_server.init_server(url)
    engine = sa.create_engine(url)
    try:
        _one_of_each(engine)
        yield engine, url
    finally:
        engine.dispose()
        if not postgres_server.running:
            postgres_server.start()
        postgres_server.drop_database(database)
        postgres_server.execute(f'DROP OWNED BY "{owner}"; DROP ROLE "{owner}"')


def _one_of_each(engine: Engine) -> None:
    """One row in every append-only table (copied by the owner, who is bound to no station)."""
    _one_event(engine)
    t = datetime(2026, 6, 12, 7, 30)
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO copied_event (station_id, seq, origin_id, wall_utc, monotonic_ns, run_id, actor, "
                "kind, payload, prev_hash, hash) VALUES ('st1', 1, 1, :t, 1, 'run', 'beheer', "
                "'station.created', '{}', repeat('0', 64), repeat('a', 64))"
            ),
            {"t": t},
        )
        connection.execute(
            sa.text(
                "INSERT INTO copied_file (sha256, station_id, kind, name, content, received_at) "
                "VALUES (repeat('b', 64), 'st1', 'report', 'pv.pdf', 'x', :t)"
            ),
            {"t": t},
        )


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table: int(connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())
            for table in APPEND_ONLY_TABLES
        }


@pytest.mark.parametrize("table", APPEND_ONLY_TABLES)
def test_truncate_is_refused_on_every_append_only_table_for_the_superuser(
    migrated_with_rows: Engine, table: str
) -> None:
    """R-PV-2, R-NET-2: TRUNCATE fires no row trigger; a statement trigger (0006) refuses it."""
    migrated = migrated_with_rows
    assert _counts(migrated) == dict.fromkeys(APPEND_ONLY_TABLES, 1)
    with pytest.raises(DBAPIError, match=f"{table} is append-only: it cannot be truncated"):
        with migrated.begin() as connection:
            connection.execute(sa.text(f"TRUNCATE {table}"))
    assert _counts(migrated) == dict.fromkeys(APPEND_ONLY_TABLES, 1)


@pytest.mark.parametrize(
    "statement",
    [
        *(f"TRUNCATE {table}" for table in APPEND_ONLY_TABLES),
        "TRUNCATE station CASCADE",  # the event log would go with the station it refers to
        "TRUNCATE copied_event, copied_file, copied_session, copied_station",
    ],
)
def test_truncate_is_refused_for_the_owner_role_of_the_school_database(
    owned_by_school_it: tuple[Engine, str], statement: str
) -> None:
    """R-PV-2, R-NET-2: school IT's owner role owns the tables and may TRUNCATE them by right; the
    trigger refuses it all the same, also when the table is reached by a cascade or a list."""
    engine, _ = owned_by_school_it
    assert _counts(engine) == dict.fromkeys(APPEND_ONLY_TABLES, 1)
    with engine.connect() as connection:
        superuser = connection.execute(sa.text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
        assert superuser.scalar() is False
        owners = connection.execute(
            sa.text("SELECT DISTINCT tableowner FROM pg_tables WHERE tablename IN :tables").bindparams(
                sa.bindparam("tables", expanding=True)
            ),
            {"tables": list(APPEND_ONLY_TABLES)},
        ).scalars()
        assert list(owners) == [connection.execute(sa.text("SELECT current_user")).scalar()]
    with pytest.raises(DBAPIError, match="is append-only: it cannot be truncated"):
        with engine.begin() as connection:
            connection.execute(sa.text(statement))
    assert _counts(engine) == dict.fromkeys(APPEND_ONLY_TABLES, 1)


def test_the_station_role_still_cannot_update_delete_or_truncate(
    owned_by_school_it: tuple[Engine, str], postgres_server: Any
) -> None:
    """R-NET-2: after 0006 a station's login still only adds and reads copies."""
    engine, url = owned_by_school_it
    assert _counts(engine) == dict.fromkeys(APPEND_ONLY_TABLES, 1)
    login = f"station_{make_url(url).database}"
    postgres_server.create_login_role(login, "station-password", in_role=school_server.STATION_ROLE)
    station = sa.create_engine(postgres_server.url(make_url(url).database or "", login, "station-password"))
    try:
        for statement in (
            "UPDATE copied_event SET kind = 'x'",
            "DELETE FROM copied_event",
            "UPDATE copied_file SET name = 'x'",
            "DELETE FROM copied_file",
            *(f"TRUNCATE {table}" for table in APPEND_ONLY_TABLES),
        ):
            with pytest.raises(DBAPIError, match="permission denied"), station.begin() as connection:
                connection.execute(sa.text(statement))
    finally:
        station.dispose()
        postgres_server.execute(f'DROP ROLE "{login}"')
    assert _counts(engine) == dict.fromkeys(APPEND_ONLY_TABLES, 1)


def test_downgrading_0006_leaves_copied_event_refusing_truncate_as_0005_did(migrated: Engine) -> None:
    """0005 refused TRUNCATE on copied_event itself; stepping back from 0006 keeps that."""
    from alembic import command

    config = db._alembic_config()
    with migrated.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    _one_of_each(migrated)
    with pytest.raises(DBAPIError, match="copied_event is append-only"):
        with migrated.begin() as connection:
            connection.execute(sa.text("TRUNCATE copied_event"))
    with migrated.begin() as connection:  # 0005 left the event log open to TRUNCATE: the gap 0006 closes
        connection.execute(sa.text("TRUNCATE event"))
