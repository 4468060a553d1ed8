"""The school-server example in deploy/school-server works as docs/school-server.md says (issue 18)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from examdesk.store import db

ROOT = Path(__file__).resolve().parent.parent.parent
DEPLOY = ROOT / "deploy" / "school-server"


def test_compose_runs_postgresql_16_on_the_school_network_only_with_a_named_volume() -> None:
    """R-DAT-1: published on one address of the school network, never on every interface."""
    text = (DEPLOY / "compose.yaml").read_text("utf-8")
    assert re.search(r"^\s+image: postgres:16\s*$", text, re.M)
    ports = re.findall(r'^\s+- "([^"]*):5432:5432"\s*$', text, re.M)
    assert ports and all(address.startswith("${EXAMDESK_LISTEN:?") for address in ports)
    published = [line for line in text.splitlines() if ":5432" in line and not line.lstrip().startswith("#")]
    assert len(published) == len(ports)
    assert re.search(r"^\s+- examdesk-db:/var/lib/postgresql/data\s*$", text, re.M)
    assert re.search(r"^volumes:\n  examdesk-db:\s*$", text, re.M)
    assert "./init:/docker-entrypoint-initdb.d:ro" in text
    assert "POSTGRES_PASSWORD_FILE" in text and "POSTGRES_PASSWORD:" not in text
    ignored = (DEPLOY / ".gitignore").read_text("utf-8").split()
    assert "postgres-password.txt" in ignored and ".env" in ignored


def _psql(postgres_server, *args: str) -> None:  # type: ignore[no-untyped-def]
    """Run psql as the superuser over TCP, stopping at the first error (as the postgres image does)."""
    command = [
        str(postgres_server.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
        "-h", "127.0.0.1", "-p", str(postgres_server.port), "-U", postgres_server.superuser, *args,
    ]  # fmt: skip
    env = {**os.environ, "PGPASSWORD": postgres_server.password}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_the_steps_of_the_school_server_page_work_on_a_real_server(postgres_server) -> None:  # type: ignore[no-untyped-def]
    """docs/school-server.md steps 1-4: the init SQL, the owner's password, ``server init`` as that owner
    (no superuser, no right to create roles), a station's own login role; the station may add and read
    copied events and not change them (R-NET-2)."""
    from examdesk.services import school_server

    try:
        _psql(postgres_server, "-d", "postgres", "-f", str(DEPLOY / "init" / "01-examdesk.sql"))
        postgres_server.execute("ALTER ROLE examdesk_owner PASSWORD 'owner password'")
        owner_url = postgres_server.url("examdesk", "examdesk_owner", "owner password")
        _, revision = school_server.init_server(owner_url.replace("+psycopg", ""))
        assert revision == db.known_revisions()[1]
        assert school_server.init_server(owner_url)[1] == revision  # running it again changes nothing
        engine = sa.create_engine(owner_url)
        try:
            with engine.connect() as connection:
                owner = connection.execute(
                    sa.text("SELECT tableowner FROM pg_tables WHERE tablename = 'copied_event'")
                ).scalar()
                superuser, createrole = connection.execute(
                    sa.text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")
                ).one()
            assert owner == "examdesk_owner" and not superuser and not createrole
        finally:
            engine.dispose()

        postgres_server.execute(
            "CREATE ROLE station_lokaal_12 LOGIN PASSWORD 'a long random password' IN ROLE examdesk_station"
        )
        station = sa.create_engine(
            postgres_server.url("examdesk", "station_lokaal_12", "a long random password")
        )
        try:
            with station.connect() as connection:
                assert connection.execute(sa.text("SELECT count(*) FROM copied_event")).scalar() == 0
            for statement in (
                "UPDATE copied_event SET kind = 'x'",
                "DELETE FROM copied_event",
                "DELETE FROM event",
            ):
                with pytest.raises(DBAPIError, match="permission denied"):
                    with station.begin() as connection:
                        connection.execute(sa.text(statement))
        finally:
            station.dispose()
    finally:
        postgres_server.execute("DROP DATABASE IF EXISTS examdesk WITH (FORCE)")
        postgres_server.execute("DROP ROLE IF EXISTS station_lokaal_12")
        postgres_server.execute("DROP ROLE IF EXISTS examdesk_owner")


def _slug(heading: str) -> str:
    """The anchor a Markdown renderer gives a heading (lower case, punctuation dropped, spaces to dashes)."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_the_school_server_page_links_only_to_what_exists() -> None:
    page = ROOT / "docs" / "school-server.md"
    text = page.read_text("utf-8")
    anchors = {_slug(heading) for heading in re.findall(r"^#+ (.+)$", text, re.M)}
    for target in re.findall(r"\]\(([^)]+)\)", text):
        path, _, anchor = target.partition("#")
        if not path:
            assert anchor in anchors, target
        else:
            assert (page.parent / path).is_file(), target
    for mentioned in re.findall(r"`(deploy/school-server/[^`\s]+)`", text):
        assert (ROOT / mentioned.rstrip("/")).exists(), mentioned
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "## A school server (optional)" in readme and "(docs/school-server.md)" in readme
