"""An event's candidate id is an integer column, as it is everywhere else (issue 12, finding 5).

``event.candidate_id`` and ``copied_event.candidate_id`` held the candidate's row id as text. Every value
written was the decimal text of an integer; a value that is anything else (not digits, a leading zero, too
large) is refused with a sentence before anything changes, because the chain hashes the id as that text
(R-PV-3, ``core.eventchain.candidate_text``): an id whose text the integer would not give back would break
its event's hash.

The events themselves are not changed (R-PV-2): their hashes stay valid, because the integer is hashed as
the same decimal text. The rows move into a table of the new shape, and the append-only triggers, indexes
and (on PostgreSQL) the grants stay as they were.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from examdesk.core.errors import ExamdeskError
from examdesk.core.text import message
from examdesk.store.migration_words import COPIED_CANDIDATE_NOT_AN_ID, EVENT_CANDIDATE_NOT_AN_ID
from examdesk.store.types import UtcDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_NOT_AN_ID = {"event": EVENT_CANDIDATE_NOT_AN_ID, "copied_event": COPIED_CANDIDATE_NOT_AN_ID}

# The decimal text of an integer exactly as str(int) writes it (no sign, no leading zero), small enough for
# PostgreSQL's integer.
_ID_TEXT = re.compile(r"0|[1-9][0-9]{0,9}")
_LARGEST = 2**31 - 1


def _is_id_text(value: object) -> bool:
    return isinstance(value, str) and _ID_TEXT.fullmatch(value) is not None and int(value) <= _LARGEST


def _refuse_other_values(connection: sa.Connection) -> None:
    """Raise a sentence for the first candidate id that is not an integer's decimal text; change nothing."""
    for table, text in _NOT_AN_ID.items():
        found = connection.execute(
            sa.text(f"SELECT DISTINCT candidate_id FROM {table} WHERE candidate_id IS NOT NULL")  # noqa: S608
        ).scalars()
        bad = next((value for value in found if not _is_id_text(value)), None)
        if bad is None:
            continue
        first = connection.execute(
            sa.text(
                f"SELECT station_id, seq FROM {table} WHERE candidate_id = :value"  # noqa: S608
                " ORDER BY station_id, seq LIMIT 1"
            ),
            {"value": bad},
        ).one()
        raise ExamdeskError(message(text, seq=first.seq, station=first.station_id, value=str(bad)))


def _event_columns(candidate: sa.types.TypeEngine[object], name: str) -> list[sa.schema.SchemaItem]:
    """The event table as 0001 made it, with ``candidate`` as the candidate id's type (``name``: the table
    the corrections refer to, itself)."""
    return [
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("station_id", sa.String(32), sa.ForeignKey("station.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("wall_utc", UtcDateTime(), nullable=False),
        sa.Column("monotonic_ns", sa.BigInteger(), nullable=False),
        sa.Column("run_id", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=True),
        sa.Column("candidate_id", candidate, nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), sa.ForeignKey(f"{name}.id"), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
        sa.UniqueConstraint("station_id", "seq", name="uq_event_station_seq"),
    ]


def _copied_event_columns(candidate: sa.types.TypeEngine[object], _name: str) -> list[sa.schema.SchemaItem]:
    """The copied_event table as 0005 made it, with ``candidate`` as the candidate id's type."""
    return [
        sa.Column("station_id", sa.String(32), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("origin_id", sa.Integer(), nullable=False),
        sa.Column("wall_utc", UtcDateTime(), nullable=False),
        sa.Column("monotonic_ns", sa.BigInteger(), nullable=False),
        sa.Column("run_id", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=True),
        sa.Column("candidate_id", candidate, nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("station_id", "origin_id", name="uq_copied_event_origin"),
    ]


_TABLES: dict[str, Callable[[sa.types.TypeEngine[object], str], list[sa.schema.SchemaItem]]] = {
    "event": _event_columns,
    "copied_event": _copied_event_columns,
}
_ORDER = {"event": "id", "copied_event": "station_id, seq"}


def _rebuild_sqlite(table: str, candidate: sa.types.TypeEngine[object], cast: str) -> None:
    """Dialect-specific (SQLite cannot change a column's type): move ``table``'s rows into a table of the new
    shape, in the migration's one transaction, and give it back its indexes and append-only triggers.

    The new table is built under another name and renamed: SQLite then points the corrections' foreign key
    (which refers to the table itself) at the renamed table. ``DROP TABLE`` runs no trigger (the append-only
    triggers refuse only a DELETE statement) and takes the old triggers and indexes with it; they are made
    again from their own SQL, read from the schema before the drop. Foreign keys stay on (they cannot be
    switched off inside a transaction): the drop checks every correction against the rows it removes, which
    an index on ``corrects_id`` for the length of the drop keeps quick.
    """
    connection = op.get_bind()
    schema = connection.execute(
        sa.text(
            "SELECT sql FROM sqlite_master WHERE tbl_name = :table AND type IN ('index', 'trigger')"
            " AND sql IS NOT NULL ORDER BY type, name"
        ),
        {"table": table},
    ).scalars()
    recreate = list(schema)
    new = f"{table}_0007"
    op.create_table(new, *_TABLES[table](candidate, new))
    names = [column.name for column in _TABLES[table](candidate, new) if isinstance(column, sa.Column)]
    chosen = ", ".join(cast if name == "candidate_id" else name for name in names)
    op.execute(
        f"INSERT INTO {new} ({', '.join(names)}) SELECT {chosen} FROM {table} ORDER BY {_ORDER[table]}"  # noqa: S608
    )
    if table == "event":
        op.execute("CREATE INDEX ix_event_0007_corrects ON event (corrects_id)")
    op.execute(f"DROP TABLE {table}")
    op.execute(f"ALTER TABLE {new} RENAME TO {table}")
    for statement in recreate:
        op.execute(statement)


def upgrade() -> None:
    _refuse_other_values(op.get_bind())
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in _TABLES:
            _rebuild_sqlite(table, sa.Integer(), "CAST(candidate_id AS INTEGER)")
    elif dialect == "postgresql":
        # Dialect-specific: the column changes type in place. No row trigger fires for it, and the table keeps
        # its triggers, indexes and grants (0005, 0006, services.school_server).
        for table in _TABLES:
            op.execute(
                f"ALTER TABLE {table} ALTER COLUMN candidate_id TYPE integer USING candidate_id::integer"
            )
    else:
        raise RuntimeError(f"no conversion written for the {dialect} database")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in _TABLES:
            _rebuild_sqlite(table, sa.String(64), "CAST(candidate_id AS TEXT)")
    elif dialect == "postgresql":
        for table in _TABLES:
            op.execute(
                f"ALTER TABLE {table} ALTER COLUMN candidate_id TYPE varchar(64) USING candidate_id::text"
            )
    else:
        raise RuntimeError(f"no conversion written for the {dialect} database")
