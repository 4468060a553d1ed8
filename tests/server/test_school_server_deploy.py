"""The school-server example in deploy/school-server works as docs/school-server.md says (issue 18)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from examdesk.services.station import Station
from examdesk.store import db
from tests.cli_runner import run
from tests.pg import PostgresServer

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


def _psql(postgres_server: PostgresServer, *args: str) -> None:
    """Run psql as the superuser over TCP, stopping at the first error (as the postgres image does)."""
    command = [
        str(postgres_server.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
        "-h", "127.0.0.1", "-p", str(postgres_server.port), "-U", postgres_server.superuser, *args,
    ]  # fmt: skip
    env = {**os.environ, "PGPASSWORD": postgres_server.password}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_the_steps_of_the_school_server_page_work_on_a_real_server(postgres_server: PostgresServer) -> None:
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


def _examdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return run("--lang", "en", *args, env={"EXAMDESK_SERVER_PASSWORD": None})


def test_a_station_connected_as_the_page_says_copies_everything_with_its_own_role(
    postgres_server: PostgresServer, tmp_path: Path, running_demo: Path
) -> None:
    """docs/school-server.md step 5 on a real server: ``server set`` with the station role's password in the
    URL (kept in the station's secret store, not in the URL it keeps), ``sync``, ``server status``,
    ``sessions --all-stations``. The station's role, a member of examdesk_station with only the rights
    ``server init`` gives, suffices for copying (R-NET-1, R-NET-2)."""
    from examdesk.services import school_server

    folder = tmp_path / "station"
    shutil.copytree(running_demo, folder)  # the run's demo station (what 'examdesk demo' writes), a copy
    try:
        _psql(postgres_server, "-d", "postgres", "-f", str(DEPLOY / "init" / "01-examdesk.sql"))
        postgres_server.execute("ALTER ROLE examdesk_owner PASSWORD 'owner password'")
        school_server.init_server(postgres_server.url("examdesk", "examdesk_owner", "owner password"))
        postgres_server.execute(
            "CREATE ROLE station_lokaal_12 LOGIN PASSWORD 'pw12' IN ROLE examdesk_station"
        )
        url = f"postgresql://station_lokaal_12:pw12@127.0.0.1:{postgres_server.port}/examdesk"
        done = _examdesk("server", "set", url, "--data-dir", str(folder))
        assert done.returncode == 0, done.stderr
        assert "pw12" not in done.stderr and "cannot be reached" not in done.stderr
        done = _examdesk("sync", "--json", "--data-dir", str(folder))
        assert done.returncode == 0, done.stderr
        copied = json.loads(done.stdout)
        assert copied["copied"] > 0 and copied["pending"] == 0
        done = _examdesk("server", "status", "--json", "--data-dir", str(folder))
        status = json.loads(done.stdout)
        assert status["pending"] == 0 and status["last_copied_at"]
        assert (
            status["url"].endswith(f"@127.0.0.1:{postgres_server.port}/examdesk")
            and "pw12" not in status["url"]
        )
        done = _examdesk("sync", "--json", "--data-dir", str(folder))
        assert json.loads(done.stdout) == {"copied": 0, "pending": 0}  # copying twice changes nothing
        engine = sa.create_engine(postgres_server.url("examdesk"))
        try:
            with engine.connect() as connection:
                held = connection.execute(sa.text("SELECT count(*) FROM copied_event")).scalar()
            assert held == copied["copied"]
        finally:
            engine.dispose()
        done = _examdesk("sessions", "--all-stations", "--json", "--data-dir", str(folder))
        assert done.returncode == 0, done.stderr
        assert "pw12" not in done.stdout + done.stderr
    finally:
        postgres_server.execute("DROP DATABASE IF EXISTS examdesk WITH (FORCE)")
        postgres_server.execute("DROP ROLE IF EXISTS station_lokaal_12")
        postgres_server.execute("DROP ROLE IF EXISTS examdesk_owner")


def test_server_set_keeps_the_url_without_the_password_it_was_given(station: Station) -> None:
    """docs/school-server.md step 5: the password goes to the secret store; the setting in the station's
    database (and so every backup of it) holds the URL without it."""
    from examdesk.services import school_server
    from examdesk.store.db import transaction
    from examdesk.store.models import SettingRow

    address = school_server.connect(station, "postgresql://station_lokaal_12:pw12@192.168.10.5/examdesk")
    with transaction(station.engine) as session:
        stored = session.get(SettingRow, school_server.SERVER_SETTING)
        assert stored is not None
        value = stored.value
    assert station.secrets().get(school_server.PASSWORD_SECRET) == "pw12"
    assert address.url.password is None
    assert "pw12" not in value
    assert address.shown == "postgresql://station_lokaal_12@192.168.10.5/examdesk"


def test_the_pg_hba_lines_of_the_page_let_in_the_owner_and_stations_and_no_one_else(
    postgres_server: PostgresServer,
) -> None:
    """docs/school-server.md, packages: the two ``host`` lines (here for 127.0.0.1 instead of the school
    network) let the owner and a station role into the examdesk database with their passwords, and
    nobody else over the network: not the superuser, not a station into another database (R-DAT-1)."""
    page = (ROOT / "docs" / "school-server.md").read_text("utf-8")
    lines = re.findall(r"^host .*$", page, re.M)
    assert len(lines) == 2 and all("192.168.10.0/24" in line for line in lines)
    # The session's server with the page's lines for the length of this test (a cluster of its own would
    # cost a second more); its own pg_hba.conf is put back before anything else connects.
    server = postgres_server
    own_lines = (server.data / "pg_hba.conf").read_text("utf-8")

    def connects(user: str, password: str, database: str = "examdesk") -> bool:
        engine = sa.create_engine(server.url(database, user, password))
        try:
            with engine.connect() as connection:
                return connection.execute(sa.text("SELECT current_user")).scalar() == user
        except sa.exc.OperationalError as refused:
            assert "no pg_hba.conf entry" in str(refused) or "authentication failed" in str(refused)
            return False
        finally:
            engine.dispose()

    def superuser_connects() -> bool:
        return connects(server.superuser, server.password, "postgres")

    try:
        _psql(server, "-d", "postgres", "-f", str(DEPLOY / "init" / "01-examdesk.sql"))
        server.execute("ALTER ROLE examdesk_owner PASSWORD 'owner pw'")
        server.execute("CREATE ROLE station_lokaal_12 LOGIN PASSWORD 'pw12' IN ROLE examdesk_station")
        server.execute("CREATE ROLE somebody LOGIN PASSWORD 'pw'")
        server.write_hba(
            "local all all trust\n" + "\n".join(lines).replace("192.168.10.0/24", "127.0.0.1/32") + "\n"
        )
        server.reload()
        _wait_for(lambda: not superuser_connects())  # the server has read the page's lines

        assert connects("examdesk_owner", "owner pw")
        assert connects("station_lokaal_12", "pw12")
        assert not connects("station_lokaal_12", "wrong")
        assert not connects("station_lokaal_12", "pw12", database="postgres")
        assert not connects("somebody", "pw")
        assert not connects(server.superuser, server.password)
    finally:
        server.write_hba(own_lines)
        server.reload()
        _wait_for(superuser_connects)
        server.execute("DROP DATABASE IF EXISTS examdesk WITH (FORCE)")
        for role in ("station_lokaal_12", "somebody", "examdesk_owner"):
            server.execute(f"DROP ROLE IF EXISTS {role}")


def _wait_for(condition: Callable[[], bool], timeout: float = 30) -> None:
    """Until ``condition()`` holds (a reload of the server's configuration takes effect a moment later)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the server did not take the new pg_hba.conf in time"
        time.sleep(0.02)


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
