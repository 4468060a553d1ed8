"""Revision 0007 on the school server (a real PostgreSQL): the candidate id becomes an integer column, while
the copied chains, the proces-verbaal shown from them, the append-only triggers and the stations' grants stay
as they were (issue 12, finding 5; R-PV-2, R-PV-3, R-NET-2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from examdesk import i18n
from examdesk.core.errors import ExamdeskError
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.core.keyedchain import verify_keyed
from examdesk.services import chain, events, proces_verbaal, school_server, school_view, sync
from examdesk.services.actors import command_line_operator
from examdesk.services.station import Station
from examdesk.store import db, eventlog
from examdesk.store.db import transaction
from tests.server.school import School
from tests.services.demo_station import open_copy
from tests.store.test_migration_0007 import every_kind


@pytest.fixture
def server(school: School) -> dict[str, Any]:
    """The school database (``school``), and a new login in the stations' role for each station."""
    return {"owner": school.owner, "login_url": school.login_url}


def _step(engine: Engine, revision: str, *, down: bool = False) -> None:
    config = db._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _column_types(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT table_name, data_type FROM information_schema.columns "
                "WHERE column_name = 'candidate_id' AND table_name IN ('event', 'copied_event')"
            )
        ).all()
    return {str(table): str(kind) for table, kind in rows}


def _shown(office: Station, room: Station) -> dict[str, Any]:
    """What the office sees of the room's sessions on the server: each chain's verdict and proces-verbaal."""
    operator = command_line_operator()
    found: dict[str, Any] = {}
    for listed in school_view.school_sessions(office, operator):
        if listed.station_id != room.station_id:
            continue
        pv = school_view.remote_proces_verbaal(office, operator, room.station_id, listed.session_id)
        words = [
            (
                e.time_text,
                proces_verbaal.subject_text(e, "nl"),
                proces_verbaal.text(e, "nl"),
                proces_verbaal.text(e, "en"),
            )
            for e in pv.entries
        ]
        found[listed.session_id] = (listed.chain_ok, pv.header, pv.candidates, pv.entries, words)
    return found


def _own_events_into_the_event_table(owner: Engine, room: Station) -> int:
    """The room's events in the server's own event table too, as 0006 kept them (ids as text)."""
    with transaction(room.engine) as session:
        rows = list(eventlog.all_events(session))
    with owner.begin() as connection:
        connection.execute(
            sa.text("INSERT INTO station (id, name, school, created_at) VALUES (:id, :name, '', :at)"),
            {"id": room.station_id, "name": room.name, "at": rows[0].wall_utc},
        )
        for row in rows:
            values = {name: getattr(row, name) for name in eventlog.COPY_ORDER}
            values["candidate_id"] = None if row.candidate_id is None else str(row.candidate_id)
            connection.execute(
                sa.text(
                    f"INSERT INTO event ({', '.join(eventlog.COPY_ORDER)}) "
                    f"VALUES ({', '.join(':' + name for name in eventlog.COPY_ORDER)})"
                ),
                values,
            )
    return len(rows)


@pytest.mark.slow
def test_0007_on_the_school_server_keeps_chains_proces_verbaal_triggers_and_grants(
    demo_template: Path, server: dict[str, Any], tmp_path: Path, other_running_demo: Path
) -> None:
    owner: Engine = server["owner"]
    room, _ = open_copy(demo_template, tmp_path / "room")
    office, _ = open_copy(other_running_demo, tmp_path / "office")  # another station id
    try:
        every_kind(room)
        chain.anchor_now(room)
        address = school_server.connect(room, server["login_url"]())
        engine = school_server.engine_for(address, school_server.password_for(room))
        try:
            assert sync.copy_pending(room, engine, address).pending == 0
            school_server.connect(office, server["login_url"]())
            before = _shown(office, room)
            assert before and all(verdict[0] for verdict in before.values())
            # The server as 0006 kept it.
            _step(owner, "0006", down=True)
            assert _column_types(owner) == {"event": "character varying", "copied_event": "character varying"}
            count = _own_events_into_the_event_table(owner, room)
            _step(owner, "head")
            assert _column_types(owner) == {"event": "integer", "copied_event": "integer"}
            assert _shown(office, room) == before
            # The server's own event table verifies with the room's key, up to the anchor the room confirmed.
            with Session(owner) as session, transaction(room.engine) as local:
                through, digest = chain.seal_of(local, room.station_id)
                verified = verify_keyed(
                    eventlog.chain_rows(session, room.station_id),
                    chain.chain_key(room),
                    station_id=room.station_id,
                    anchor=chain.read_anchor(room),
                    sealed_through=through,
                    seal_digest=digest,
                )
            assert verified.ok and verified.count == count
            # R-NET-2: the station's login copies on (INSERT, the sequence trigger) and still changes nothing.
            sid = next(iter(before))
            candidate = before[sid][2][0].candidate_id
            events.record(
                room, None, EventKind.REMARK, session_id=sid, candidate_id=candidate, facts=Remark("na")
            )
            assert sync.copy_pending(room, engine, address).copied >= 1
            for statement in ("UPDATE copied_event SET candidate_id = 1", "DELETE FROM copied_event"):
                with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as connection:
                    connection.execute(sa.text(statement))
        finally:
            engine.dispose()
        after = _shown(office, room)
        assert all(verdict[0] for verdict in after.values())
        assert len(after[sid][3]) == len(before[sid][3]) + 1
        with owner.connect() as connection:
            latest = connection.execute(
                sa.text(
                    "SELECT candidate_id FROM copied_event WHERE station_id = :s ORDER BY seq DESC LIMIT 1"
                ),
                {"s": room.station_id},
            ).scalar()
        assert latest == candidate
    finally:
        room.close()
        office.close()
    # R-PV-2: the owner (who may do anything the triggers allow) still cannot change or remove an event.
    for table in ("event", "copied_event"):
        for statement in (
            f"UPDATE {table} SET candidate_id = 1",
            f"DELETE FROM {table}",
            f"TRUNCATE {table}",
        ):
            with pytest.raises(DBAPIError, match="append-only"), owner.begin() as connection:
                connection.execute(sa.text(statement))


@pytest.mark.slow
@pytest.mark.parametrize("table", ["event", "copied_event"])
def test_0007_on_the_school_server_refuses_a_candidate_id_that_is_not_an_id(
    school_db: str, table: str
) -> None:
    engine = sa.create_engine(school_db)
    try:
        _step(engine, "0006")
        with engine.begin() as connection:
            connection.execute(
                sa.text("INSERT INTO station (id, name, school, created_at) VALUES ('st1', 'L', '', now())")
            )
            origin = "id" if table == "event" else "origin_id"
            connection.execute(
                sa.text(
                    f"INSERT INTO {table} (station_id, {origin}, seq, wall_utc, monotonic_ns, run_id, actor, kind, "
                    "candidate_id, payload, prev_hash, hash) VALUES ('st1', 1, 1, now(), 1, 'run', 'beheer', "
                    "'remark', 'k12', '{}', repeat('0', 64), repeat('a', 64))"
                )
            )
        with pytest.raises(ExamdeskError) as refused:
            school_server.init_server(make_url(school_db).render_as_string(hide_password=False))
        assert "names the candidate “k12”, which is not a candidate id" in i18n.render(
            refused.value.message, "en"
        )
        assert _column_types(engine) == {"event": "character varying", "copied_event": "character varying"}
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "0006"
            assert connection.execute(sa.text(f"SELECT candidate_id FROM {table}")).scalar() == "k12"
    finally:
        engine.dispose()
