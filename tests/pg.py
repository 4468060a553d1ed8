"""A throw-away PostgreSQL server for the tests (issue 18): a real cluster in a temporary folder.

The server binaries come from the operating system's packages (Debian: ``postgresql``), found with
``pg_config --bindir`` or under ``/usr/lib/postgresql/*/bin``. PostgreSQL refuses to run as root, so a
test process running as root runs ``initdb`` and ``pg_ctl`` as the ``postgres`` user (``runuser``) in a
folder that user owns. The cluster trusts its own unix socket and asks a password (SCRAM) on TCP, as a
school's server does; the tests connect over TCP on 127.0.0.1 with psycopg 3 through SQLAlchemy.

Use it through the fixtures ``postgres_server`` (one per test session) and ``school_db`` (a fresh, empty
database per test) in ``tests/conftest.py``.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "examdesk_test"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_RUN_AS = "postgres"


class PostgresUnavailable(RuntimeError):
    """PostgreSQL's server binaries (or a user to run them as) are not on this machine."""


def find_bindir() -> Path:
    """The folder with ``initdb`` and ``pg_ctl``; the newest installed version wins."""
    candidates: list[Path] = []
    configured = os.environ.get("EXAMDESK_PG_BINDIR")
    if configured:
        candidates.append(Path(configured))
    if shutil.which("pg_config"):
        try:
            out = subprocess.run(
                ["pg_config", "--bindir"], capture_output=True, text=True, check=True, timeout=30
            ).stdout.strip()
            candidates.append(Path(out))
        except (OSError, subprocess.SubprocessError):
            pass

    def version(path: str) -> tuple[int, ...]:
        digits = re.findall(r"\d+", Path(path).parent.name)
        return tuple(int(d) for d in digits)

    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)]
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise PostgresUnavailable(
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed: "
        "install the 'postgresql' package (Debian/Ubuntu: apt install postgresql)"
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _reachable_by_others(folder: Path) -> bool:
    """Whether every folder on the way to ``folder`` lets other users pass (``o+x``)."""
    import stat

    resolved = folder.resolve()
    return all(each.stat().st_mode & stat.S_IXOTH for each in [resolved, *resolved.parents])


def _quote_ident(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"not a plain PostgreSQL name: {name!r}")
    return f'"{name}"'


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def start_or_skip() -> PostgresServer:
    """A new server; without PostgreSQL the test skips, except under ``CI=true``, where it fails (issue 18)."""
    import pytest

    try:
        return PostgresServer.create()
    except PostgresUnavailable as missing:
        if os.environ.get("CI", "").strip().lower() == "true":
            pytest.fail(f"CI=true and no PostgreSQL for the school-server tests: {missing}", pytrace=False)
        pytest.skip(f"no PostgreSQL on this machine: {missing}")


class PostgresServer:
    """One throw-away cluster: created by :meth:`create`, removed by :meth:`destroy`.

    ``superuser_url`` and the URLs :meth:`create_database` and :meth:`url` return are SQLAlchemy URLs
    (``postgresql+psycopg://user:password@127.0.0.1:port/database``).
    """

    def __init__(self, bindir: Path, folder: Path, port: int, password: str, run_as: str | None) -> None:
        self.bindir = bindir
        self.folder = folder
        self.data = folder / "data"
        self.socket_dir = folder / "socket"
        self.log = folder / "server.log"
        self.port = port
        self.superuser = SUPERUSER
        self.password = password
        self._run_as = run_as
        self.running = False

    # --- life cycle -----------------------------------------------------------------------------

    @classmethod
    def create(cls) -> PostgresServer:
        """initdb a new cluster in a new temporary folder and start it on a free port."""
        bindir = find_bindir()
        run_as = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(_RUN_AS)
            except KeyError as exc:
                raise PostgresUnavailable(
                    "the tests run as root and PostgreSQL refuses root, but there is no 'postgres' user "
                    "to run it as (the Debian package 'postgresql' creates it)"
                ) from exc
            if not shutil.which("runuser"):
                raise PostgresUnavailable("the tests run as root and 'runuser' is not installed")
            run_as = _RUN_AS
        base = Path(tempfile.gettempdir())
        if run_as and not _reachable_by_others(base):
            base = Path("/tmp")  # the postgres user must be able to reach the cluster's folder
        folder = Path(tempfile.mkdtemp(prefix="examdesk-pg-", dir=base))
        server = cls(bindir, folder, 0, secrets.token_urlsafe(18), run_as)
        try:
            server._initdb()
            server._start_on_a_free_port()
        except BaseException:
            server.destroy()
            raise
        return server

    def _initdb(self) -> None:
        self.socket_dir.mkdir()
        pwfile = self.folder / "pwfile"
        pwfile.write_text(self.password + "\n", "utf-8")
        pwfile.chmod(0o600)
        if self._run_as:
            entry = pwd.getpwnam(self._run_as)
            for path in (self.folder, self.socket_dir, pwfile):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self._run(
            "initdb",
            "-D", str(self.data),
            "-U", self.superuser,
            f"--pwfile={pwfile}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )  # fmt: skip
        pwfile.unlink()

    def _start_on_a_free_port(self) -> None:
        # Another process may take the port between the probe and the start: try a few.
        for attempt in range(5):
            self.port = free_port()
            try:
                self.start()
                return
            except RuntimeError:
                if attempt == 4:
                    raise

    def start(self) -> None:
        """Start the server (again) on :attr:`port` with the same data; waits until it accepts connections."""
        options = " ".join(
            [
                "-c listen_addresses=127.0.0.1",
                f"-c port={self.port}",
                f"-c unix_socket_directories={self.socket_dir}",
                # A throw-away cluster need not survive a power cut of the machine: no fsync, which makes the
                # tests faster. Commits still reach the WAL before they return (synchronous_commit stays
                # on), so a server killed or stopped with "immediate" keeps every commit, as a real one.
                "-c fsync=off",
                "-c full_page_writes=off",
                "-c max_connections=100",
            ]
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start"
        )
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``fast``: disconnect clients and shut down cleanly; ``immediate``: as a crash)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")
        self.running = False

    def reload(self) -> None:
        """Make the running server read its configuration files (``pg_hba.conf``) again."""
        self._run("pg_ctl", "-D", str(self.data), "reload")

    def write_hba(self, text: str) -> None:
        """Replace the cluster's ``pg_hba.conf`` (who may connect how) with ``text``; :meth:`reload` applies it."""
        path = self.data / "pg_hba.conf"
        stat = path.stat()
        path.write_text(text, "utf-8")
        os.chown(path, stat.st_uid, stat.st_gid)

    def destroy(self) -> None:
        """Stop the server if it runs and remove its folder."""
        try:
            if self.running:
                self.stop("immediate")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bindir / program), *args]
        if self._run_as:
            command = ["runuser", "-u", self._run_as, "--", *command]
        done = subprocess.run(command, cwd=self.folder, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.log.read_text("utf-8", errors="replace")[-3000:] if self.log.exists() else ""
            raise RuntimeError(
                f"{program} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}\n{log}"
            )

    # --- URLs, databases and roles --------------------------------------------------------------

    def url(self, database: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        """A SQLAlchemy URL for ``database`` as ``user`` (default: the superuser with its password)."""
        from urllib.parse import quote

        if user is None:
            user, password = self.superuser, self.password
        credentials = quote(user, safe="")
        if password is not None:
            credentials += ":" + quote(password, safe="")
        return f"postgresql+psycopg://{credentials}@127.0.0.1:{self.port}/{quote(database, safe='')}"

    @property
    def superuser_url(self) -> str:
        return self.url("postgres")

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run ``sql`` as the superuser outside a transaction (CREATE DATABASE needs that)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=self.superuser,
            password=self.password,
            dbname=database,
            autocommit=True,
            connect_timeout=10,
        ) as connection:
            connection.execute(sql.encode("utf-8"))

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database owned by the superuser, empty or a copy of ``template``; returns its superuser URL."""
        copy = f" TEMPLATE {_quote_ident(template)}" if template else ""
        self.execute(f"CREATE DATABASE {_quote_ident(name)}{copy} OWNER {_quote_ident(self.superuser)}")
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Remove a database, disconnecting whoever is still connected to it."""
        self.execute(f"DROP DATABASE IF EXISTS {_quote_ident(name)} WITH (FORCE)")

    def create_login_role(self, name: str, password: str, in_role: str | None = None) -> None:
        """A role that can log in with ``password``, a member of ``in_role`` (a group role) if given."""
        sql = f"CREATE ROLE {_quote_ident(name)} LOGIN PASSWORD {_quote_literal(password)}"
        if in_role is not None:
            sql += f" IN ROLE {_quote_ident(in_role)}"
        self.execute(sql)
