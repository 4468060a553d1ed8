"""The throw-away PostgreSQL server the school-server tests stand on (tests/pg.py, issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from tests import pg
from tests.pg import PostgresServer


def test_a_fresh_database_is_reached_with_psycopg_through_sqlalchemy(school_db: str) -> None:
    assert school_db.startswith("postgresql+psycopg://")
    engine = sa.create_engine(school_db)
    try:
        with engine.connect() as connection:
            assert engine.dialect.driver == "psycopg"
            assert str(connection.execute(sa.text("SELECT current_database()")).scalar()) in school_db
            tables = connection.execute(
                sa.text("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
            ).scalar()
            assert tables == 0
            assert int(connection.execute(sa.text("SHOW server_version_num")).scalar_one()) >= 130000
    finally:
        engine.dispose()


def test_each_test_gets_its_own_database(postgres_server: PostgresServer, school_db: str) -> None:
    other = postgres_server.create_database("fixture_other")
    try:
        assert other != school_db and other.rsplit("/", 1)[1] == "fixture_other"
    finally:
        postgres_server.drop_database("fixture_other")


def test_stopping_and_starting_keeps_the_data_and_the_port(
    postgres_server: PostgresServer, school_db: str
) -> None:
    port = postgres_server.port
    engine = sa.create_engine(school_db, pool_pre_ping=True)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE kept (value text)"))
            connection.execute(sa.text("INSERT INTO kept VALUES ('work of candidate 1001')"))
        postgres_server.stop()
        assert not postgres_server.running
        with pytest.raises(OperationalError):
            with sa.create_engine(school_db).connect():
                pass
        postgres_server.start()
        assert postgres_server.running and postgres_server.port == port
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT value FROM kept")).scalars().all() == [
                "work of candidate 1001"
            ]
    finally:
        engine.dispose()


def test_a_login_role_in_a_group_connects_with_its_password(
    postgres_server: PostgresServer, school_db: str
) -> None:
    postgres_server.execute("CREATE ROLE fixture_group NOLOGIN")
    try:
        postgres_server.create_login_role("fixture_station", "s3cret 'quoted'", in_role="fixture_group")
        database = school_db.rsplit("/", 1)[1]
        url = postgres_server.url(database, "fixture_station", "s3cret 'quoted'")
        engine = sa.create_engine(url)
        try:
            with engine.connect() as connection:
                assert connection.execute(sa.text("SELECT current_user")).scalar() == "fixture_station"
                assert connection.execute(sa.text("SELECT pg_has_role('fixture_group', 'MEMBER')")).scalar()
        finally:
            engine.dispose()
        wrong = sa.create_engine(postgres_server.url(database, "fixture_station", "wrong"))
        with pytest.raises(OperationalError, match="password authentication failed"):
            with wrong.connect():
                pass
        wrong.dispose()
    finally:
        postgres_server.execute("DROP ROLE IF EXISTS fixture_station")
        postgres_server.execute("DROP ROLE IF EXISTS fixture_group")


def _no_postgresql() -> Path:
    raise pg.PostgresUnavailable("initdb is not installed")


def test_without_postgresql_the_tests_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg, "find_bindir", _no_postgresql)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no PostgreSQL on this machine: initdb is not installed"):
        pg.start_or_skip()


def test_without_postgresql_under_ci_the_tests_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18: the school-server tests are never skipped when CI=true."""
    monkeypatch.setattr(pg, "find_bindir", _no_postgresql)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true and no PostgreSQL"):
        pg.start_or_skip()


def test_the_server_runs_from_the_installed_binaries_and_cleans_up_after_itself(
    postgres_server: PostgresServer,
) -> None:
    assert pg.find_bindir() == postgres_server.bindir
    assert postgres_server.data.is_dir() and postgres_server.running
    assert postgres_server.superuser_url == postgres_server.url("postgres")
    assert f"@127.0.0.1:{postgres_server.port}/postgres" in postgres_server.superuser_url


def test_a_crash_like_stop_keeps_what_was_committed(postgres_server: PostgresServer, school_db: str) -> None:
    """``stop("immediate")`` is a crash for the clients and the server; the restart recovers every commit."""
    engine = sa.create_engine(school_db, pool_pre_ping=True)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE kept (value int)"))
            connection.execute(sa.text("INSERT INTO kept SELECT generate_series(1, 1000)"))
        open_transaction = engine.connect()
        open_transaction.begin()
        open_transaction.execute(sa.text("INSERT INTO kept VALUES (1001)"))
        postgres_server.stop("immediate")
        with pytest.raises(OperationalError):
            open_transaction.execute(sa.text("COMMIT"))
        open_transaction.invalidate()
        open_transaction.close()
        postgres_server.start()
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT count(*), max(value) FROM kept")).one() == (1000, 1000)
    finally:
        engine.dispose()
