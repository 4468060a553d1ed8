"""A school database for the school-server tests: set up by ``server init`` as docs/school-server.md says, with
a login in the stations' role for each station (step 4). The ``school`` fixture (tests/server/conftest.py)
gives one per test."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import URL, Engine

from examdesk.services import school_server

STATION_PASSWORD = "station-password-1"
"""Every station login's password; the stations read it from ``EXAMDESK_SERVER_PASSWORD``."""


@dataclass
class School:
    """The school database's owner engine, its address, and the server it is on."""

    owner: Engine
    url: URL
    server: Any  # tests.pg.PostgresServer
    _logins: list[str] = field(default_factory=list)

    def login_url(self) -> str:
        """A new login in the stations' role: its address, without the password."""
        login = f"station_{len(self._logins)}_{self.url.database}"
        self.server.create_login_role(login, STATION_PASSWORD, in_role=school_server.STATION_ROLE)
        self._logins.append(login)
        return f"postgresql://{login}@{self.url.host}:{self.url.port}/{self.url.database}"
