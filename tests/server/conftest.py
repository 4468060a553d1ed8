"""Fixtures for the school-server tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from examdesk.services import school_server
from examdesk.store import db
from tests.server.school import STATION_PASSWORD, School


@pytest.fixture
def school(
    initialized_school_db: str, postgres_server: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[School]:
    """A school database set up by ``server init`` as the owner: a copy of the run's initialised one, so
    ``init`` here has nothing left to migrate and grants the stations' connect. The stations' password is
    in their environment."""
    url = make_url(initialized_school_db)
    _, revision = school_server.init_server(url.render_as_string(hide_password=False))
    assert revision == db.known_revisions()[1]
    monkeypatch.setenv(school_server.PASSWORD_ENV, STATION_PASSWORD)
    owner = sa.create_engine(
        initialized_school_db, pool_pre_ping=True
    )  # a test may stop and start the server
    yield School(owner, url, postgres_server)
    owner.dispose()
