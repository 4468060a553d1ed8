"""A session as it travels to another station (issue 18, R-NET-3, R-NET-4, R-PV-5).

A *bundle* is what a session's proces-verbaal needs besides its events: the session, its afnamegroep and
exam, the roster (numbers, names, the BSN's last four digits and accommodations, never the sealed BSN), the
variants sat, the surveillants and the names of everyone who recorded something, and the station's rule
settings. It is plain JSON, so the school server and a transfer file carry it the same way.

:func:`replica` turns a bundle and the session's events back into a read-only station in memory, so that
the very same :func:`examdesk.services.proces_verbaal.load` that shows a session on its own station shows
it on any other: one proces-verbaal, never a second rendering of it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, create_engine
from sqlalchemy.pool import StaticPool
from sqlmodel import SQLModel, col, select

from examdesk.core.eventchain import ChainVerification, canonical_json
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services.errors import InvalidInput
from examdesk.services.sessions.base import session_group_exam
from examdesk.services.station_base import Station
from examdesk.settings import DEFAULTS
from examdesk.store import packages as package_store
from examdesk.store import sessions as session_store
from examdesk.store.db import MigrationReport, transaction
from examdesk.store.models import (
    AccountRow,
    CandidateRow,
    EventRow,
    ExamGroupRow,
    ExamRow,
    ExamSessionRow,
    ResultRow,
    SessionSurveillantRow,
    StationRow,
)
from examdesk.store.types import ModelJson, UtcDateTime

FORMAT = "examdesk-session-bundle"
VERSION = 1

_BAD_BUNDLE = QT_TRANSLATE_NOOP("Transfer", "The session's description cannot be read: {reason}.")

# The tables a bundle carries, in the order their rows can be inserted (foreign keys first).
_TABLES: tuple[type[SQLModel], ...] = (
    ExamRow,
    ExamGroupRow,
    CandidateRow,
    ResultRow,
    AccountRow,
    ExamSessionRow,
    SessionSurveillantRow,
)
# What never leaves the station: the sealed BSN and its keyed hash (R-BSN-6), password hashes, the work.
_WITHHELD = {
    "candidate": {"bsn_sealed": "", "bsn_hash": ""},
    "account": {"password_hash": "!"},
    "result": {"responses": "{}"},
}


@dataclass(frozen=True)
class Bundle:
    """One session's description, as JSON-ready data, with where it comes from."""

    station_id: str
    station_name: str
    school: str
    session_id: str
    date: dt.date
    room: str
    data: Mapping[str, Any]

    def to_json(self) -> str:
        return canonical_json(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()

    @staticmethod
    def from_json(text: str) -> Bundle:
        """Read a bundle; anything not a bundle of this version is refused with the reason."""
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("it is not a session description of this examdesk version")
            station = data["station"]
            session = data["tables"]["exam_session"][0]
            return Bundle(
                str(station["id"]),
                str(station["name"]),
                str(station.get("school", "")),
                str(session["id"]),
                dt.date.fromisoformat(session["date"]),
                str(session["room"]),
                data,
            )
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
            raise InvalidInput(message(_BAD_BUNDLE, reason=str(exc))) from exc


def _encode(column_type: Any, value: Any) -> Any:
    if isinstance(column_type, ModelJson) and value is not None:
        return column_type.dumps(value)  # the text the station stores (an exam's definition)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _decode(table: Table, name: str, value: Any) -> Any:
    if value is None:
        return None
    column_type = table.c[name].type
    if isinstance(column_type, UtcDateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column_type, ModelJson):
        return column_type.loads(value)
    if column_type.python_type is dt.date:
        return dt.date.fromisoformat(value)
    return value


def _table(model: type[SQLModel]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def _row_data(model: type[SQLModel], row: SQLModel) -> dict[str, Any]:
    table = _table(model)
    withheld = _WITHHELD.get(table.name, {})
    return {c.name: withheld.get(c.name, _encode(c.type, getattr(row, c.name))) for c in table.columns}


def bundle_of(station: Station, session_id: str, actors: Iterable[str] = ()) -> Bundle:
    """The description of ``session_id`` on ``station``; ``actors``: usernames whose names it must carry."""
    with transaction(station.engine) as session:
        row, group, exam = session_group_exam(session, session_id)
        candidates = package_store.candidates_of(session, group.code)
        results = [result for _, result in package_store.results_of_group(session, group.code)]
        assigned = [assignment for assignment, _ in session_store.surveillants_of(session, session_id)]
        names = set(actors) | {name for _, name in session_store.surveillants_of(session, session_id)}
        accounts = list(
            session.execute(select(AccountRow).where(col(AccountRow.username).in_(sorted(names)))).scalars()
        )
        tables: dict[str, list[dict[str, Any]]] = {
            "exam": [_row_data(ExamRow, exam)] if exam is not None else [],
            "exam_group": [_row_data(ExamGroupRow, group)],
            "candidate": [_row_data(CandidateRow, c) for c in candidates],
            "result": [_row_data(ResultRow, r) for r in results],
            "account": [_row_data(AccountRow, a) for a in accounts],
            "exam_session": [_row_data(ExamSessionRow, row)],
            "session_surveillant": [_row_data(SessionSurveillantRow, s) for s in assigned],
        }
        data = {
            "format": FORMAT,
            "version": VERSION,
            "station": {"id": station.station_id, "name": station.name, "school": station.school},
            "settings": dataclasses.asdict(station.settings),
            "tables": tables,
        }
        return Bundle(station.station_id, station.name, station.school, session_id, row.date, row.room, data)


def replica(
    bundle: Bundle, events: Sequence[EventRow], viewer: Station, verification: ChainVerification
) -> Station:
    """A read-only station in memory holding ``bundle`` and ``events`` (rows with their origin ids), for
    :func:`examdesk.services.proces_verbaal.load`. ``verification`` is what is known of the origin chain."""
    engine = create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}, future=True
    )
    SQLModel.metadata.create_all(engine)  # every table, empty but for what the bundle holds
    tables = bundle.data.get("tables", {})
    try:
        with engine.begin() as connection:
            connection.execute(
                _table(StationRow).insert(),
                [
                    {
                        "id": bundle.station_id,
                        "name": bundle.station_name,
                        "school": bundle.school,
                        "created_at": dt.datetime.now(dt.UTC),
                    }
                ],
            )
            for model in _TABLES:
                table = _table(model)
                rows = [
                    {name: _decode(table, name, value) for name, value in row.items() if name in table.c}
                    for row in tables.get(table.name, [])
                ]
                if rows:
                    connection.execute(table.insert(), rows)
            if events:
                connection.execute(
                    _table(EventRow).insert(),
                    [{c.name: getattr(e, c.name) for c in _table(EventRow).columns} for e in events],
                )
    except Exception as exc:  # a bundle that does not fit the tables is a damaged bundle, said in words
        engine.dispose()
        raise InvalidInput(message(_BAD_BUNDLE, reason=str(exc).splitlines()[0])) from exc
    settings = DEFAULTS.with_overrides(dict(bundle.data.get("settings") or {}))
    station = Station(
        data_dir=viewer.data_dir,
        _engine=engine,
        station_id=bundle.station_id,
        name=bundle.station_name,
        school=bundle.school,
        clock=viewer.clock,
        settings=settings,
        secrets_choice=viewer.secrets_choice,
        is_demo=viewer.is_demo,
        _migration=MigrationReport(None, viewer.migration.to_revision, None),
        replica_chain=verification,
    )
    return station
