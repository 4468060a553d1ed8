"""The background copier of an open station (issue 18, R-NET-1): never on an exam-room action's path.

One thread per open station. It looks every :data:`POLL_SECONDS` whether events wait, copies them
(``services.sync.copy_pending``), and while the server cannot be reached it waits longer each time
(1, 2, 4 … :data:`MAX_BACKOFF_SECONDS`). Its :class:`SyncState` is what the header says in words.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, replace

from sqlalchemy import Engine

from examdesk.core.errors import ExamdeskError
from examdesk.core.text import Message
from examdesk.services import school_server, sync
from examdesk.services.errors import SecretsUnavailable
from examdesk.services.station_base import Station

POLL_SECONDS = 0.5
FIRST_BACKOFF_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 60.0
_WORKER = "sync.worker"


@dataclass(frozen=True)
class SyncState:
    """Where the copying stands, for the header (and ``examdesk server status``)."""

    configured: bool
    server: str = ""  # the address without its password
    pending: int = 0
    last_copied_at: dt.datetime | None = None
    unreachable_since: dt.datetime | None = None
    problem: Message | None = None  # a refusal that retrying will not cure (R-NET-2), or the last error
    locked: bool = False  # the station's keys are locked: copying waits for them

    @property
    def up_to_date(self) -> bool:
        return (
            self.configured and self.pending == 0 and self.unreachable_since is None and self.problem is None
        )


def state_now(station: Station) -> SyncState:
    """The state from the station's own records alone, without asking the server."""
    address = school_server.configured(station)
    if address is None:
        return SyncState(configured=False)
    known = sync.progress(station)
    return SyncState(
        configured=True,
        server=address.shown,
        pending=sync.pending(station),
        last_copied_at=known.at if known else None,
    )


class SyncWorker:
    """Copies in the background; :meth:`state` is safe to read from the UI thread."""

    def __init__(self, station: Station, *, poll_seconds: float = POLL_SECONDS) -> None:
        self._station = station
        self._poll = poll_seconds
        self._guard = threading.Lock()
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._state = state_now(station)
        self._engine: Engine | None = None
        self._engine_for: str | None = None
        self._thread = threading.Thread(target=self._run, name="examdesk-sync", daemon=True)

    def start(self) -> SyncWorker:
        self._thread.start()
        return self

    def state(self) -> SyncState:
        with self._guard:
            return self._state

    def wake(self) -> None:
        """Look now (after ``server set``, or when the user asks to copy)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopped.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        if self._engine is not None:
            self._engine.dispose()

    def _set(self, state: SyncState) -> None:
        with self._guard:
            self._state = state

    def _sleep(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _run(self) -> None:
        backoff = FIRST_BACKOFF_SECONDS
        while not self._stopped.is_set():
            wait = self._poll
            try:
                wait, backoff = self._round(backoff)
            except Exception:  # noqa: BLE001 - the copier never takes the station down; it tries again
                wait = MAX_BACKOFF_SECONDS
            self._sleep(wait)

    def _round(self, backoff: float) -> tuple[float, float]:
        station = self._station
        address = school_server.configured(station)
        if address is None:
            self._set(SyncState(configured=False))
            return self._poll * 4, FIRST_BACKOFF_SECONDS
        before = self.state()
        base = state_now(station)
        if base.pending == 0 and before.unreachable_since is None and before.problem is None and self._engine:
            self._set(base)
            return self._poll, FIRST_BACKOFF_SECONDS
        try:
            engine = self._engine_of(address)
            result = sync.copy_pending(station, engine, address)
        except SecretsUnavailable:
            self._set(replace(base, locked=True))
            return self._poll * 4, backoff
        except sync.ServerUnreachable as exc:
            since = before.unreachable_since or station.clock.read().wall
            self._set(replace(base, unreachable_since=since, problem=exc.message))
            return backoff, min(backoff * 2, MAX_BACKOFF_SECONDS)
        except ExamdeskError as exc:  # refused (R-NET-2) or a server not set up: said, retried slowly
            self._set(replace(base, problem=exc.message))
            return MAX_BACKOFF_SECONDS, backoff
        known = sync.progress(station)
        self._set(replace(base, pending=result.pending, last_copied_at=known.at if known else None))
        return self._poll, FIRST_BACKOFF_SECONDS

    def _engine_of(self, address: school_server.ServerAddress) -> Engine:
        """The engine on the server, kept once the server said it is set up for this examdesk (a database
        that ``server init`` did not set up is said as such, not as the SQL error of a missing table)."""
        shown = address.url.render_as_string(hide_password=False)
        if self._engine is None or self._engine_for != shown:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
            engine = school_server.engine_for(address, school_server.password_for(self._station))
            try:
                school_server.check_schema(engine, address)
            except school_server.Unreachable as away:
                engine.dispose()
                raise sync.ServerUnreachable(away.message) from away
            except BaseException:
                engine.dispose()
                raise
            self._engine, self._engine_for = engine, shown
        return self._engine


def start(station: Station, *, poll_seconds: float = POLL_SECONDS) -> SyncWorker:
    """The station's copier, started once; closing the station stops it (:func:`stop`)."""
    worker = station.cache.get(_WORKER)
    if not isinstance(worker, SyncWorker):
        worker = SyncWorker(station, poll_seconds=poll_seconds).start()
        station.cache[_WORKER] = worker
    return worker


def worker_of(station: Station) -> SyncWorker | None:
    worker = station.cache.get(_WORKER)
    return worker if isinstance(worker, SyncWorker) else None


def stop(station: Station) -> None:
    worker = station.cache.pop(_WORKER, None)
    if isinstance(worker, SyncWorker):
        worker.stop()
