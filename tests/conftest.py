"""Test configuration shared by every test: offscreen Qt, a fresh data folder, injected clock and secrets."""

from __future__ import annotations

import os

# Set before anything imports Qt (style.md: the test configuration sets offscreen).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("EXAMDESK_KEY_PASSPHRASE", None)

from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from examdesk import i18n  # noqa: E402

if TYPE_CHECKING:
    from argon2 import PasswordHasher

# The demo station as a fixture (demo_station, demo_clock), for the inzage tests.
pytest_plugins = ("tests.demo_station",)

# Hypothesis' per-example deadline makes results depend on the machine's load; CI machines vary.
settings.register_profile("examdesk", deadline=None, print_blob=True)
settings.load_profile("examdesk")


# argon2id at the real cost takes about 0.4 s per password hash or key file on a loaded machine, and the
# suite makes thousands of throwaway accounts, sign-ins and key files: three quarters of its time went there.
# The suite runs with argon2's minimum cost (its tests prove who may do what, not how hard a hash is to
# crack); a test that asks for `real_key_derivation` gets the production code's own cost back.
@dataclass(frozen=True)
class KeyDerivation:
    """What the production code derives keys with: the password hasher and a new key file's cost."""

    hasher: Callable[[], PasswordHasher]
    passphrase_cost: dict[str, int]


def _use(patch: pytest.MonkeyPatch, derivation: KeyDerivation) -> None:
    from examdesk.services import accounts, secrets

    patch.setattr(accounts, "_hasher", derivation.hasher)
    patch.setattr(secrets, "PASSPHRASE_KDF_COST", derivation.passphrase_cost)
    accounts._dummy_hash.cache_clear()  # the hash an unknown user's password is checked against


@pytest.fixture(scope="session", autouse=True)
def _cheap_key_derivation() -> Iterator[KeyDerivation]:
    """The whole run derives keys at argon2's minimum cost; yields the production derivation."""
    from argon2 import PasswordHasher

    from examdesk.services import accounts, secrets

    production = KeyDerivation(accounts._hasher, secrets.PASSPHRASE_KDF_COST)
    cheap_hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    cheap = KeyDerivation(lambda: cheap_hasher, {"t": 1, "m": 8, "p": 1})
    with pytest.MonkeyPatch.context() as patch:
        _use(patch, cheap)
        yield production
    accounts._dummy_hash.cache_clear()


@pytest.fixture
def real_key_derivation(_cheap_key_derivation: KeyDerivation) -> Iterator[None]:
    """This test derives keys as the application does (passwords, new key files); cheap again afterwards."""
    with pytest.MonkeyPatch.context() as patch:
        _use(patch, _cheap_key_derivation)
        yield
    from examdesk.services import accounts

    accounts._dummy_hash.cache_clear()


@pytest.fixture(autouse=True)
def _english_by_default() -> Iterator[None]:
    """Tests read messages in English unless they switch; the language is reset afterwards."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder for this test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def clock():
    from examdesk.services.clock import ManualClock

    return ManualClock(datetime(2026, 6, 12, 7, 30, tzinfo=UTC))


@pytest.fixture(scope="session")
def new_station_schema(tmp_path_factory: pytest.TempPathFactory):
    """A new station's database as the migrations build it, made once per run (tests/new_station.py)."""
    from tests.new_station import make_schema

    return make_schema(tmp_path_factory.mktemp("new-station-schema"))


@pytest.fixture
def station(data_dir: Path, clock, new_station_schema):
    """An open station on a fresh database, with in-memory secrets and a manual clock.

    Its own station id, database key, data key and database file (tests/new_station.py: the migrations
    run once per run, and each station gets a copy of their schema under a key of its own).
    """
    from tests.new_station import open_new_station

    opened = open_new_station(data_dir, clock, new_station_schema)
    yield opened
    opened.close()


@pytest.fixture
def beheerder(station):
    from examdesk.services import accounts

    return accounts.create_first_beheerder(station, "beheer", "J. Visser", "correct horse battery")


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for this test session (tests/pg.py), removed at the end.

    Skipped when PostgreSQL is not installed, except under ``CI=true``: there it fails (issue 18).
    """
    from tests.pg import start_or_skip

    server = start_or_skip()
    yield server
    server.destroy()


def _throwaway_database(server, template: str | None = None):
    """A new database on ``server`` (a copy of ``template``, if given) for one test; its superuser URL.
    Afterwards the server runs again (a test may stop it) and the database is dropped."""
    import secrets

    name = f"school_{secrets.token_hex(6)}"
    url = server.create_database(name, template=template)
    yield url
    if not server.running:
        server.start()
    server.drop_database(name)


@pytest.fixture
def school_db(postgres_server):
    """A fresh, empty database on the test session's PostgreSQL server; its superuser URL."""
    yield from _throwaway_database(postgres_server)


@pytest.fixture(scope="session")
def school_template(postgres_server) -> str:
    """A school database that ``server init`` set up, once per run: the migrations, the stations' role and
    its grants. Its name, for ``initialized_school_db`` to copy."""
    from examdesk.services import school_server

    name = "school_template"
    url = postgres_server.create_database(name)
    school_server.init_server(url.replace("+psycopg", ""))
    return name


@pytest.fixture
def initialized_school_db(postgres_server, school_template: str):
    """A fresh copy of ``school_template`` (PostgreSQL's CREATE DATABASE ... TEMPLATE); its superuser URL.

    ``server init`` on it has nothing left to migrate, which saves each test the migrations (0.4 s). The
    grant to connect belongs to a database's name, not its contents: ``server init`` run on the copy gives
    it, as it does on a school's database that was set up before.
    """
    yield from _throwaway_database(postgres_server, school_template)


_UI_TESTS = Path(__file__).resolve().parent / "ui"


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """The run is over: the interpreter's last garbage collections at its exit need not walk the millions of
    objects the tests left behind (a second and more at every exit, and pytest-xdist waits for each
    worker's). They stay where they are until the process ends."""
    import gc

    gc.freeze()


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """``tests/ui`` holds GUI tests only (``pytest_collection_modifyitems`` marks each ``gui``): a run whose
    ``-m`` leaves out every GUI test does not import them either (half a second of Qt and test modules in
    each pytest-xdist worker)."""
    if collection_path == _UI_TESTS and config.option.markexpr:
        from tools.test_workers import excludes_gui

        if excludes_gui(config.option.markexpr):
            return True
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the GUI tests ``gui`` and the PostgreSQL tests ``slow``: ``-m "not gui and not slow"`` is the
    inner loop, the default run (and CI) runs everything.

    A test is a GUI test when it lives under ``tests/ui`` or asks for ``qtbot`` or ``qapp``. A test that shows
    windows in a process of its own cannot be told from its fixtures and carries ``@pytest.mark.gui`` itself:
    the desktop application started as a program (``tests/test_cli_fresh.py``) and the benchmarks that open
    windows (``tests/test_bench.py``). Every test under ``tests/server`` or asking for ``postgres_server`` or
    ``school_db`` starts or uses a real PostgreSQL server. Other tests slow by nature (a process of their
    own, SIGKILL, fuzzing, a demo station written or a PDF rendered, about a second or more) carry
    ``@pytest.mark.slow`` themselves; the command line run in the test's process (``tests/cli_runner.run``)
    is not slow.
    """
    gui = pytest.mark.gui
    slow = pytest.mark.slow
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "tests/ui/" in item.nodeid or "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(gui)
        if "tests/server/" in item.nodeid or "postgres_server" in fixtures or "school_db" in fixtures:
            item.add_marker(slow)
    # The slow tests first (a stable sort: each keeps its place among its kind). pytest-xdist hands each
    # worker a run of consecutive tests and the rest on demand: a slow test left for the end kept one worker
    # busy for seconds after the other had finished (6 s of a 90 s run).
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
