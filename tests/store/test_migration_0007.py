"""Revision 0007 on a station (SQLite, encrypted): the candidate id becomes an integer column, the chain and
the proces-verbaal stay exactly as they were (issue 12, finding 5; R-PV-2, R-PV-3)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from examdesk import i18n
from examdesk.core.eventchain import EventRecord
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.core.keyedchain import ChainRow, verify_keyed
from examdesk.services import chain, events, proces_verbaal, sessions
from examdesk.services.actors import command_line_operator
from examdesk.services.station import Station, open_station
from examdesk.store import db
from examdesk.store.db import DatabaseProblem, make_engine, open_database, read_revision, transaction


def _step(engine: Engine, revision: str, *, down: bool = False) -> None:
    config = db._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _proces_verbalen(station: Station) -> dict[str, tuple[Any, ...]]:
    """Every session's proces-verbaal as shown (its chain check and time of making aside), and its words."""
    operator = command_line_operator()
    found: dict[str, tuple[Any, ...]] = {}
    for summary in sessions.list_sessions(station):
        pv = proces_verbaal.load(station, operator, summary.id)
        words = [
            (
                e.time_text,
                proces_verbaal.kind_text(e, language),
                proces_verbaal.subject_text(e, language),
                proces_verbaal.text(e, language),
            )
            for e in pv.entries
            for language in ("nl", "en")
        ]
        found[summary.id] = (pv.header, pv.candidates, pv.entries, words)
    return found


def _candidate_types(engine: Engine, table: str) -> set[tuple[str, int]]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            f"SELECT typeof(candidate_id), count(*) FROM {table} WHERE candidate_id IS NOT NULL GROUP BY 1"
        ).all()
    return {(str(kind), int(count)) for kind, count in rows}


def _copied_chain(station: Station) -> list[ChainRow]:
    with station.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT origin_id, station_id, seq, wall_utc, monotonic_ns, run_id, actor, kind, session_id, "
            "candidate_id, payload, corrects_id, prev_hash, hash FROM copied_event ORDER BY seq"
        ).all()
    return [
        ChainRow(
            row[0],
            EventRecord(
                row[1],
                row[2],
                datetime.fromisoformat(row[3]),
                *row[4:13],  # as the station recorded it
            ),
            row[13],
        )
        for row in rows
    ]


def every_kind(station: Station) -> None:
    """Events of every kind the demo does not record itself, about a candidate of a session (the facts are
    the ones tests/core/test_facts.py pins: every kind but six case steps, which wrap the same facts, and
    settings_changed, which nothing writes; chain_sealed aside), so that they all pass through the conversion."""
    from tests.core.test_facts import OLD_WRITERS

    with station.engine.connect() as connection:
        # A seal says the events before it were recorded unkeyed: the verifier acts on it, so none is invented.
        present = {
            EventKind.CHAIN_SEALED,
            *connection.exec_driver_sql("SELECT DISTINCT kind FROM event").scalars(),
        }
        session_id, candidate = connection.exec_driver_sql(
            "SELECT session_id, candidate_id FROM event WHERE candidate_id IS NOT NULL ORDER BY seq LIMIT 1"
        ).one()
    for kind, fact, _ in OLD_WRITERS:
        if kind not in present:
            present.add(kind)
            events.record(station, None, kind, session_id=session_id, candidate_id=candidate, facts=fact)
    assert present >= {kind for kind, _, _ in OLD_WRITERS}


# R-PV-2, R-PV-3
def test_0007_converts_a_demo_station_keeping_its_chain_anchor_and_proces_verbaal(
    demo_template: Path, tmp_path: Path, demo_clock: Any
) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    station = open_station(folder, clock=demo_clock, keyring_backend=None)
    try:
        every_kind(station)
        before = _proces_verbalen(station)
        assert chain.verify(station).ok
        # The station as 0006 kept it: the ids as text. Its own events are also copied into copied_event,
        # as a school server (or a station's import) holds another station's chain.
        _step(station.engine, "0006", down=True)
        with station.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO copied_event (station_id, seq, origin_id, wall_utc, monotonic_ns, run_id, actor, "
                "kind, session_id, candidate_id, payload, corrects_id, prev_hash, hash) SELECT station_id, seq, "
                "id, wall_utc, monotonic_ns, run_id, actor, kind, session_id, candidate_id, payload, "
                "corrects_id, prev_hash, hash FROM event ORDER BY seq"
            )
        as_text = _candidate_types(station.engine, "event")
        assert {kind for kind, _ in as_text} == {"text"}
        assert _candidate_types(station.engine, "copied_event") == as_text
    finally:
        station.close()
    # Opening the station migrates it, through the encrypted database's own path (a copy aside first).
    station = open_station(folder, clock=demo_clock, keyring_backend=None)
    try:
        assert station._migration is not None and station._migration.from_revision == "0006"
        assert _candidate_types(station.engine, "event") == {("integer", as_text.pop()[1])}
        verified = chain.verify(station)
        assert verified.ok and chain.read_anchor(station) is not None
        assert _proces_verbalen(station) == before
        # The copied chain verifies with the station's key, as it was recorded.
        with transaction(station.engine) as session:
            through, digest = chain.seal_of(session, station.station_id)
        copied = verify_keyed(
            _copied_chain(station),
            chain.chain_key(station),
            station_id=station.station_id,
            anchor=None,
            sealed_through=through,
            seal_digest=digest,
        )
        assert copied.ok and copied.count > 100
        # The schema is the models' (indexes and constraints included), and new events chain on.
        with station.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
        session_id = next(iter(before))
        candidate = before[session_id][1][0].candidate_id
        recorded = events.record(
            station,
            None,
            EventKind.REMARK,
            session_id=session_id,
            candidate_id=candidate,
            facts=Remark("na 0007"),
        )
        assert recorded.candidate_id == candidate and chain.verify(station).ok
        assert (
            events.list_events(station, candidate_id=candidate, kinds=(EventKind.REMARK,))[-1].id
            == recorded.id
        )
    finally:
        station.close()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE event SET candidate_id = 1",
        "UPDATE event SET payload = '{}'",
        "DELETE FROM event",
        "UPDATE copied_event SET candidate_id = 1",
        "DELETE FROM copied_event",
    ],
)
def test_r_pv_2_after_0007_the_triggers_still_refuse_update_and_delete(
    tmp_path: Path, statement: str
) -> None:
    path = tmp_path / "examdesk.sqlite3"
    engine = make_engine(path)
    _step(engine, "0006")
    _one_event_each(engine, "1042")
    _step(engine, "head")
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
        connection.exec_driver_sql(statement)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT candidate_id, payload FROM event").fetchall() == [(1042, "{}")]
        assert connection.execute("SELECT candidate_id FROM copied_event").fetchall() == [(1042,)]
        names = {
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    assert {"event_no_update", "event_no_delete", "copied_event_no_update", "copied_event_no_delete"} <= names
    assert "copied_event_in_sequence" in names


def _one_event_each(engine: Engine, candidate: str, copied: str | None = None) -> None:
    """One event and one copied event (of another station) at 0006, with these candidate ids as text."""
    values = "1, '2026-06-12 07:30:00.000000', 1, 'run', 'beheer', 'remark', :candidate, '{}', :prev, :hash"
    columns = "seq, wall_utc, monotonic_ns, run_id, actor, kind, candidate_id, payload, prev_hash, hash"
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO station (id, name, school, created_at) VALUES ('st1', 'Lokaal 12', 'X', :t)"
            ),
            {"t": "2026-06-12 07:30:00.000000"},
        )
        chained = {"prev": "0" * 64, "hash": "a" * 64}
        connection.execute(
            sa.text(f"INSERT INTO event (station_id, id, {columns}) VALUES ('st1', 1, {values})"),
            {"candidate": candidate, **chained},
        )
        connection.execute(
            sa.text(
                f"INSERT INTO copied_event (station_id, origin_id, {columns}) VALUES ('st2', 1, {values})"
            ),
            {"candidate": candidate if copied is None else copied, **chained},
        )


@pytest.mark.parametrize("table", ["event", "copied_event"])
@pytest.mark.parametrize("value", ["abc", "012", "-3", "7.0", " 7", "99999999999"])
def test_0007_refuses_a_candidate_id_that_is_not_an_id_and_changes_nothing(
    tmp_path: Path, table: str, value: str
) -> None:
    path, backups = tmp_path / "examdesk.sqlite3", tmp_path / "backups"
    engine = make_engine(path)
    _step(engine, "0006")
    _one_event_each(engine, value if table == "event" else "12", value if table == "copied_event" else None)
    engine.dispose()
    with pytest.raises(DatabaseProblem) as refused:
        open_database(path, backups)
    text = i18n.render(refused.value.message, "en")
    assert f"names the candidate “{value}”, which is not a candidate id" in text
    assert "left as it was" in text and ("copied event" in text) == (table == "copied_event")
    assert "Traceback" not in text and "\n" not in text
    assert "niet als getal" in i18n.render(refused.value.message, "nl")
    assert read_revision(path) == "0006"
    with sqlite3.connect(path) as connection:
        assert connection.execute(f"SELECT candidate_id FROM {table}").fetchall() == [(value,)]
        kind = connection.execute("SELECT type FROM pragma_table_info('event') WHERE name = 'candidate_id'")
        assert kind.fetchone() == ("VARCHAR(64)",)
