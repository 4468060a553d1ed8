"""Store-and-forward benchmark (issue 18). Run on demand: ``python bench/sync.py`` (needs PostgreSQL's
server programs installed; it starts a throw-away server of its own, as the tests do, unless ``--server``
names one).

In one run:
- **bulk**: a station with 100,000 events (keyed chain, 8 sessions) copies them all to the school server
  with ``services.sync.copy_pending`` (reading, verifying the chain with the station's key, the sessions'
  bundles, COPY into the server's append-only, sequence-checked table), beside a bare psycopg ``COPY`` of
  the same 100,000 rows, already in memory, into the same table of a second database. Budget: 2x.
- **latency**: with the station's background copier running and the server up, 300 events recorded one by
  one (``services.events.record``, 20 per second); for each, the time from recording to its being on the
  server (polled every 10 ms). Budget: p99 under 2 s.
Exit 1 when a budget is exceeded; ``--json`` prints the figures. ``--server URL`` uses a PostgreSQL
server that runs already instead of starting one (``postgresql+psycopg://user:password@host:port/postgres``,
a superuser: the benchmark makes its databases there and drops them at the end).
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BULK_BUDGET = 2.0
LATENCY_BUDGET_S = 2.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class ExistingServer:
    """A PostgreSQL server that runs already (``--server``), reached with a superuser's URL: the benchmark's
    databases get names of their own there (a random suffix) and are dropped by :meth:`destroy`."""

    def __init__(self, url: str) -> None:
        import sqlalchemy as sa

        self._url = sa.engine.make_url(url).set(drivername="postgresql+psycopg")
        self.password = self._url.password
        self._suffix = secrets.token_hex(4)
        self._made: list[str] = []

    def create_database(self, name: str) -> str:
        """A new, empty database; its SQLAlchemy URL (with the password)."""
        full = f"{name}_{self._suffix}"
        self._execute(f'CREATE DATABASE "{full}"')
        self._made.append(full)
        return self._url.set(database=full).render_as_string(hide_password=False)

    def destroy(self) -> None:
        for name in self._made:
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host=self._url.host,
            port=self._url.port,
            user=self._url.username,
            password=self._url.password,
            dbname=self._url.database or "postgres",
            autocommit=True,
        ) as connection:
            connection.execute(sql.encode("utf-8"))


def make_station(folder: Path, count: int) -> Any:
    """A fresh station whose chain holds ``count`` keyed events, written in one transaction."""
    from examdesk.core.eventchain import EventRecord, canonical_json
    from examdesk.core.keyedchain import keyed_hash
    from examdesk.services import chain
    from examdesk.services.clock import ManualClock
    from examdesk.services.secrets import MemoryStore
    from examdesk.services.station import open_station
    from examdesk.store import eventlog

    clock = ManualClock(datetime(2026, 6, 12, 7, 0, tzinfo=UTC))
    station = open_station(folder, clock=clock, secret_store=MemoryStore())
    key = chain.chain_key(station)
    with eventlog.write_transaction(station.engine) as driver:
        link = eventlog.last_link(driver, station.station_id)
        assert link is not None
        seq, previous, row_id = link.seq, link.hash, link.id
        rows = []
        start = datetime(2026, 6, 12, 7, 30, tzinfo=UTC)
        for n in range(count):
            seq += 1
            row_id += 1
            record = EventRecord(
                station.station_id,
                seq,
                start + timedelta(milliseconds=40 * n),
                1_000_000 + n * 40_000_000,
                "bench",
                "surveillant",
                "remark",
                None,
                1 + n % 30,
                canonical_json({"text": f"opmerking {n}", "question": n % 40}),
                None,
                previous,
            )
            digest = keyed_hash(key, row_id, record)
            rows.append(
                (
                    row_id,
                    record.station_id,
                    seq,
                    record.wall_utc.replace(tzinfo=None).isoformat(sep=" "),
                    record.monotonic_ns,
                    record.run_id,
                    record.actor,
                    record.kind,
                    record.session_id,
                    record.candidate_id,
                    record.payload,
                    None,
                    previous,
                    digest,
                )
            )
            previous = digest
        cursor = driver.connection.cursor()
        cursor.executemany(
            "INSERT INTO event (id, station_id, seq, wall_utc, monotonic_ns, run_id, actor, kind, session_id,"
            " candidate_id, payload, corrects_id, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    chain.anchor_now(station)
    return station


def bulk(server: Any, count: int) -> dict[str, float]:
    import psycopg
    import sqlalchemy as sa

    from examdesk.services import school_server, sync
    from examdesk.store import copies, db

    ours_url = server.create_database("bench_ours")
    bare_url = server.create_database("bench_bare")
    for url in (ours_url, bare_url):
        engine = sa.create_engine(url)
        db.upgrade(engine)
        engine.dispose()
    with tempfile.TemporaryDirectory() as folder:
        station = make_station(Path(folder) / "station", count)
        try:
            address, _ = school_server.ServerAddress.parse(ours_url.replace("+psycopg", ""))
            engine = school_server.engine_for(address, server.password)
            started = time.perf_counter()
            result = sync.copy_pending(station, engine, address)
            ours = time.perf_counter() - started
            engine.dispose()
            assert result.pending == 0 and result.copied >= count, result
            # The same rows, already in memory, by a bare COPY into the same table of another database.
            from sqlmodel import Session, col, select

            from examdesk.store.models import EventRow

            with Session(station.engine) as session:
                rows = [
                    copies.event_values(r)
                    for r in session.execute(select(EventRow).order_by(col(EventRow.seq))).scalars()
                ]
        finally:
            station.close()
    plain = sa.engine.make_url(bare_url)
    started = time.perf_counter()
    with psycopg.connect(
        host=plain.host, port=plain.port, user=plain.username, password=plain.password, dbname=plain.database
    ) as connection:
        with (
            connection.cursor() as cursor,
            cursor.copy(f"COPY copied_event ({', '.join(copies.EVENT_COLUMNS)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row((*row[:3], row[3].replace(tzinfo=None), *row[4:]))
        connection.commit()
    bare = time.perf_counter() - started
    return {"events": float(len(rows)), "ours_s": ours, "bare_copy_s": bare, "ratio": ours / bare}


def latency(server: Any, events_count: int) -> dict[str, float]:
    import sqlalchemy as sa

    from examdesk.core.eventkinds import EventKind
    from examdesk.core.facts.session import Remark
    from examdesk.services import events, school_server, sync_worker
    from examdesk.services.actors import command_line_operator
    from examdesk.store import db

    url = server.create_database("bench_latency")
    engine = sa.create_engine(url)
    db.upgrade(engine)
    with tempfile.TemporaryDirectory() as folder:
        station = make_station(Path(folder) / "station", 10)
        try:
            school_server.connect(station, url)  # the superuser's password goes to the (memory) secret store
            worker = sync_worker.start(station)
            while not worker.state().up_to_date:
                time.sleep(0.01)
            seen: dict[int, float] = {}
            recorded: dict[int, float] = {}
            stop = threading.Event()

            def watch() -> None:
                with engine.connect() as connection:
                    while not stop.is_set():
                        head = connection.execute(
                            sa.text("SELECT max(seq) FROM copied_event WHERE station_id = :s"),
                            {"s": station.station_id},
                        ).scalar()
                        connection.commit()
                        now = time.perf_counter()
                        for seq in list(recorded):
                            if seq not in seen and head is not None and seq <= head:
                                seen[seq] = now
                        time.sleep(0.01)

            watcher = threading.Thread(target=watch, daemon=True)
            watcher.start()
            actor = command_line_operator()
            for n in range(events_count):
                event = events.record(station, actor, EventKind.REMARK, facts=Remark(f"latency {n}"))
                recorded[event.seq] = time.perf_counter()
                time.sleep(0.05)
            deadline = time.monotonic() + 30
            while len(seen) < len(recorded) and time.monotonic() < deadline:
                time.sleep(0.05)
            stop.set()
            watcher.join(5)
        finally:
            station.close()
    engine.dispose()
    delays = [seen[seq] - at for seq, at in recorded.items() if seq in seen]
    missing = len(recorded) - len(delays)
    return {
        "events": float(len(recorded)),
        "missing": float(missing),
        "p50_s": statistics.median(delays) if delays else float("inf"),
        "p99_s": percentile(delays, 0.99) if delays else float("inf"),
        "max_s": max(delays) if delays else float("inf"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--latency-events", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--server",
        metavar="URL",
        help="a running PostgreSQL server's superuser URL (postgresql+psycopg://user:password@host:port/postgres)"
        " to use instead of starting a throw-away one; the benchmark's databases there are dropped at the end",
    )
    arguments = parser.parse_args(argv)
    server: Any
    if arguments.server:
        server = ExistingServer(arguments.server)
    else:
        from tests.pg import PostgresServer

        server = PostgresServer.create()
    try:
        figures = {
            "bulk": bulk(server, arguments.events),
            "latency": latency(server, arguments.latency_events),
        }
    finally:
        server.destroy()
    ok = figures["bulk"]["ratio"] <= BULK_BUDGET and figures["latency"]["p99_s"] < LATENCY_BUDGET_S
    ok = ok and figures["latency"]["missing"] == 0
    if arguments.json:
        print(json.dumps(figures, indent=2))
    else:
        b, lat = figures["bulk"], figures["latency"]
        print(
            f"bulk: {int(b['events'])} events copied in {b['ours_s']:.2f} s; bare COPY {b['bare_copy_s']:.2f} s; "
            f"ratio {b['ratio']:.2f} (budget {BULK_BUDGET})"
        )
        print(
            f"latency: {int(lat['events'])} events, p50 {lat['p50_s'] * 1000:.0f} ms, p99 {lat['p99_s'] * 1000:.0f} ms,"
            f" max {lat['max_s'] * 1000:.0f} ms (budget p99 < {LATENCY_BUDGET_S} s), missing {int(lat['missing'])}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
