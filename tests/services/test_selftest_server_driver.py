"""``self-test`` proves the school server's PostgreSQL driver loads (issue 18): a frozen station missing
psycopg, its compiled libpq or its adapters would otherwise fail only when a school connects it."""

from __future__ import annotations

import socket

import pytest

from examdesk import i18n
from examdesk.services import school_server, selftest


def test_the_driver_loads_and_converts_values_without_a_server(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    ok, detail = selftest.check_server_driver()
    assert ok, detail
    facts = school_server.driver_facts()
    assert facts.implementation in {"binary", "c", "python"}
    assert (
        i18n.render(detail, "en") == f"psycopg {facts.version} ({facts.implementation}), libpq {facts.libpq}"
    )


@pytest.mark.parametrize(
    "error",
    [
        ImportError("no pq wrapper available"),
        RuntimeError("cannot adapt type 'datetime'"),
    ],
)
def test_a_driver_that_does_not_load_is_said_in_a_sentence(
    monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    def broken() -> school_server.DriverFacts:
        raise error

    monkeypatch.setattr(school_server, "driver_facts", broken)
    ok, detail = selftest.check_server_driver()
    assert not ok
    assert i18n.render(detail, "en") == f"the PostgreSQL driver cannot be loaded: {error}"
