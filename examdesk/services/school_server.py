"""The school's own PostgreSQL server (issue 18, R-NET-1, R-DAT-1): where it is, and setting it up.

A station stores only the server's address without the password (the ``school_server`` setting). The
password comes from ``EXAMDESK_SERVER_PASSWORD`` or from the station's secret store (the keyring, or the
key file where there is none). Nothing here is on an exam-room action's path: the copying runs in the
background (``services.sync``), and the station works the same whether the server answers or not.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import Engine, create_engine, delete, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlmodel import col

from examdesk.core.errors import ExamdeskError
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services.errors import InvalidInput, SecretsUnavailable
from examdesk.services.station_base import Station
from examdesk.store.db import known_revisions, read_transaction, transaction
from examdesk.store.models import SettingRow

SERVER_SETTING = "school_server"
PASSWORD_ENV = "EXAMDESK_SERVER_PASSWORD"
PASSWORD_SECRET = "school-server-password"
STATION_ROLE = "examdesk_station"
CONNECT_TIMEOUT_SECONDS = 3

_NOT_POSTGRES = QT_TRANSLATE_NOOP(
    "SchoolServer",
    "'{url}' is not the address of a PostgreSQL database: write it as postgresql://USER@HOST[:PORT]/DATABASE.",
)
_NO_DATABASE = QT_TRANSLATE_NOOP(
    "SchoolServer",
    "The address '{url}' names no database: add it at the end, as in postgresql://USER@HOST/examdesk.",
)
_NO_USER = QT_TRANSLATE_NOOP(
    "SchoolServer", "The address '{url}' names no user: write it as postgresql://USER@HOST/DATABASE."
)
_UNREACHABLE = QT_TRANSLATE_NOOP("SchoolServer", "The school server at {url} cannot be reached: {reason}")
_NOT_INITIALISED = QT_TRANSLATE_NOOP(
    "SchoolServer",
    "The database at {url} is not set up for examdesk (revision {found}, this examdesk needs {needed}): "
    "school IT runs 'examdesk server init' on it first.",
)
_NEWER = QT_TRANSLATE_NOOP(
    "SchoolServer",
    "The database at {url} was set up by a newer examdesk (revision {found}): update this station first.",
)
_NOT_SET = QT_TRANSLATE_NOOP(
    "SchoolServer",
    "This station is not connected to a school server: connect it with 'examdesk server set URL'.",
)
_NO_ROLE_RIGHTS = QT_TRANSLATE_NOOP(
    "SchoolServer",
    "The user in {url} may not create the role {role}: run 'examdesk server init' as the database's owner "
    "with the right to create roles (CREATEROLE), or create the role {role} first.",
)
_INIT_FAILED = QT_TRANSLATE_NOOP("SchoolServer", "The school database at {url} could not be set up: {reason}")


class Unreachable(InvalidInput):
    """The school server is set but cannot be reached now (store and forward goes on, R-NET-1)."""


@dataclass(frozen=True)
class ServerAddress:
    """Where the school server is: a PostgreSQL URL, never with its password."""

    url: URL

    @property
    def shown(self) -> str:
        """The address as people see it (no driver name, no password)."""
        return _without_password(self.url.set(drivername="postgresql")).render_as_string(hide_password=False)

    @staticmethod
    def parse(text_url: str) -> tuple[ServerAddress, str | None]:
        """The address in ``text_url`` and the password written in it, if any; a sentence when it is not one."""
        try:
            url = make_url(text_url.strip())
        except ArgumentError as exc:
            raise InvalidInput(message(_NOT_POSTGRES, url=text_url)) from exc
        if url.get_backend_name() not in ("postgresql", "postgres"):
            raise InvalidInput(message(_NOT_POSTGRES, url=_hidden(url)))
        if not url.database:
            raise InvalidInput(message(_NO_DATABASE, url=_hidden(url)))
        if not url.username:
            raise InvalidInput(message(_NO_USER, url=_hidden(url)))
        password = url.password if url.password else None
        return ServerAddress(_without_password(url.set(drivername="postgresql+psycopg"))), (
            str(password) if password is not None else None
        )


def _without_password(url: URL) -> URL:
    """``url`` with no password at all (``URL.set(password=None)`` would leave it in place)."""
    return URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )


def _hidden(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def configured(station: Station) -> ServerAddress | None:
    """The school server this station copies to, or ``None`` (the default: the station alone)."""
    with read_transaction(station.engine) as session:
        row = session.get(SettingRow, SERVER_SETTING)
        if row is None:
            return None
        value = json.loads(row.value)
    url = value.get("url") if isinstance(value, dict) else None
    return ServerAddress(make_url(url)) if url else None


def password_for(station: Station | None) -> str | None:
    """The server password: ``EXAMDESK_SERVER_PASSWORD``, else the station's secret store (if open)."""
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if station is None:
        return None
    try:
        return station.secrets().get(PASSWORD_SECRET)
    except (SecretsUnavailable, ExamdeskError, OSError):
        return None


def engine_for(address: ServerAddress, password: str | None) -> Engine:
    """An engine on the server that gives up quickly when it cannot be reached (nothing waits on it)."""
    url = address.url.set(password=password) if password else address.url
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=2,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "examdesk"},
    )


@dataclass(frozen=True)
class DriverFacts:
    """What ``self-test`` says of the PostgreSQL driver a station would use."""

    version: str
    implementation: str  # "binary" (psycopg_binary's libpq) or "python" (the system's libpq)
    libpq: str


def driver_facts() -> DriverFacts:
    """Load the driver as a connection to the server would, without a server (issue 18: a frozen bundle
    missing psycopg, its compiled libpq binding or its adapters fails here, not when a school connects).

    Raises ImportError (psycopg's own when no libpq can be loaded), or RuntimeError for a missing adapter.
    """
    engine = create_engine("postgresql+psycopg://self-test@127.0.0.1/self-test")  # no connection is made
    try:
        driver = engine.dialect.loaded_dbapi
    finally:
        engine.dispose()
    transformer = driver.adapt.Transformer()
    try:
        for value in ("self-test", 12, Decimal("1.5"), datetime(2026, 6, 12, 7, 30, tzinfo=UTC), b"\x00"):
            transformer.get_dumper(value, driver.adapt.PyFormat.TEXT).dump(value)
    except driver.Error as exc:  # an adapter the bundle lacks: "cannot adapt type ..."
        raise RuntimeError(str(exc)) from exc
    libpq = int(driver.pq.version())
    return DriverFacts(str(driver.__version__), str(driver.pq.__impl__), f"{libpq // 10000}.{libpq % 10000}")


def unreachable(address: ServerAddress, error: BaseException) -> Message:
    """The refusal for a server that does not answer, with the driver's first line as the reason."""
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()
    return message(_UNREACHABLE, url=address.shown, reason=reason[0] if reason else type(error).__name__)


def check_schema(engine: Engine, address: ServerAddress) -> None:
    """Refuse a server database that ``server init`` did not set up for this examdesk."""
    known, head = known_revisions()
    try:
        with engine.connect() as connection:
            found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError as exc:
        if "alembic_version" in str(exc):
            raise InvalidInput(message(_NOT_INITIALISED, url=address.shown, found="—", needed=head)) from exc
        raise Unreachable(unreachable(address, exc)) from exc
    if found == head:
        return
    if found not in known:
        raise InvalidInput(message(_NEWER, url=address.shown, found=found))
    raise InvalidInput(message(_NOT_INITIALISED, url=address.shown, found=found, needed=head))


def connect(station: Station, address: str) -> ServerAddress:
    """``examdesk server set URL``: remember the server; a password in the URL goes to the secret store.

    The server need not answer now (store and forward, R-NET-1); the copying starts when it does.
    """
    parsed, password = ServerAddress.parse(address)
    if password is not None:
        station.secrets().set(PASSWORD_SECRET, password)
    with transaction(station.engine) as session:
        row = session.get(SettingRow, SERVER_SETTING) or SettingRow(key=SERVER_SETTING, value="")
        row.value = json.dumps({"url": parsed.url.render_as_string(hide_password=False)})
        session.add(row)
    return parsed


def disconnect(station: Station) -> None:
    """Stop copying to a school server (what was copied stays there)."""
    with transaction(station.engine) as session:
        session.execute(delete(SettingRow).where(col(SettingRow.key) == SERVER_SETTING))


def require_configured(station: Station) -> ServerAddress:
    address = configured(station)
    if address is None:
        raise InvalidInput(message(_NOT_SET))
    return address


# R-NET-2: a station's login may add copies and read them, never change or remove them.
_GRANTS = (
    "GRANT USAGE ON SCHEMA public TO {role}",
    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
    "GRANT SELECT, INSERT ON copied_event, copied_file TO {role}",
    "GRANT SELECT, INSERT, UPDATE ON copied_station, copied_session TO {role}",
    "GRANT SELECT ON alembic_version TO {role}",
)


def init_server(address_text: str) -> tuple[ServerAddress, str]:
    """``examdesk server init URL``: create or upgrade the school database and the stations' role.

    Run by school IT as the database's owner. Running it again changes nothing. Returns the address and
    the schema revision the database is at.
    """
    from examdesk.store.db import upgrade

    address, password = ServerAddress.parse(address_text)
    engine = engine_for(address, password or os.environ.get(PASSWORD_ENV))
    try:
        try:
            with engine.connect():
                pass
        except SQLAlchemyError as exc:
            raise Unreachable(unreachable(address, exc)) from exc
        try:
            upgrade(engine)
        except SQLAlchemyError as exc:
            raise InvalidInput(message(_INIT_FAILED, url=address.shown, reason=_first_line(exc))) from exc
        try:
            with engine.begin() as connection:
                exists = connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": STATION_ROLE}
                ).first()
                if exists is None:
                    connection.execute(text(f"CREATE ROLE {STATION_ROLE} NOLOGIN"))
                database = connection.execute(text("SELECT current_database()")).scalar()
                connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {STATION_ROLE}'))
                for grant in _GRANTS:
                    connection.execute(text(grant.format(role=STATION_ROLE)))
        except SQLAlchemyError as exc:
            if "permission denied" in str(exc) or "must have" in str(exc):
                raise InvalidInput(message(_NO_ROLE_RIGHTS, url=address.shown, role=STATION_ROLE)) from exc
            raise InvalidInput(message(_INIT_FAILED, url=address.shown, reason=_first_line(exc))) from exc
        _, head = known_revisions()
        return address, head
    finally:
        engine.dispose()


def _first_line(error: BaseException) -> str:
    lines = str(getattr(error, "orig", None) or error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
