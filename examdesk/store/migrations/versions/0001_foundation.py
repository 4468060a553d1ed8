"""Foundation: station, settings, accounts with roles, the append-only event log.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from examdesk.store.types import UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# R-PV-2: the database itself refuses to change or remove an event. Dialect-specific.
_SQLITE_TRIGGERS = (
    """CREATE TRIGGER event_no_update BEFORE UPDATE ON event
       BEGIN SELECT RAISE(ABORT, 'the event log is append-only: events cannot be changed'); END""",
    """CREATE TRIGGER event_no_delete BEFORE DELETE ON event
       BEGIN SELECT RAISE(ABORT, 'the event log is append-only: events cannot be deleted'); END""",
)
_POSTGRESQL_TRIGGERS = (
    """CREATE FUNCTION event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'the event log is append-only: events cannot be changed or deleted'; END $$""",
    """CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON event
       FOR EACH ROW EXECUTE FUNCTION event_append_only()""",
)


def upgrade() -> None:
    op.create_table(
        "station",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("school", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "account_role",
        sa.Column(
            "account_id", sa.Integer(), sa.ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("role", sa.String(32), primary_key=True),
    )
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("station_id", sa.String(32), sa.ForeignKey("station.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("wall_utc", UtcDateTime(), nullable=False),
        sa.Column("monotonic_ns", sa.BigInteger(), nullable=False),
        sa.Column("run_id", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=True),
        sa.Column("candidate_id", sa.String(64), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), sa.ForeignKey("event.id"), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
        sa.UniqueConstraint("station_id", "seq", name="uq_event_station_seq"),
    )
    op.create_index("ix_event_kind", "event", ["kind"])
    op.create_index("ix_event_session_id", "event", ["session_id"])
    op.create_index("ix_event_candidate_id", "event", ["candidate_id"])

    dialect = op.get_bind().dialect.name
    triggers = {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRESQL_TRIGGERS}.get(dialect)
    if triggers is None:
        raise RuntimeError(f"no append-only triggers written for the {dialect} database")
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS event_no_update")
        op.execute("DROP TRIGGER IF EXISTS event_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS event_append_only ON event")
        op.execute("DROP FUNCTION IF EXISTS event_append_only()")
    op.drop_index("ix_event_candidate_id", table_name="event")
    op.drop_index("ix_event_session_id", table_name="event")
    op.drop_index("ix_event_kind", table_name="event")
    op.drop_table("event")
    op.drop_table("account_role")
    op.drop_table("account")
    op.drop_table("setting")
    op.drop_table("station")
