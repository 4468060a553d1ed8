"""TRUNCATE refused on the append-only tables of the school server (issue 18, R-PV-2, R-NET-2).

The row triggers of 0001 and 0005 refuse UPDATE and DELETE, but PostgreSQL's TRUNCATE fires no row
trigger: without a statement trigger the table's owner (school IT) could empty the event log in one
statement, or as a cascade from ``TRUNCATE station CASCADE``. SQLite has no TRUNCATE (its ``DELETE FROM``
without WHERE runs the row triggers), so this revision changes nothing there.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The tables whose rows 0001 (event) and 0005 (copied_event, copied_file) make append-only. 0005 already
# gave copied_event a TRUNCATE trigger (copied_event_no_truncate); it is replaced here so that every
# append-only table refuses TRUNCATE with the same sentence.
APPEND_ONLY_TABLES = ("event", "copied_event", "copied_file")

# R-PV-2, R-NET-2: dialect-specific (PostgreSQL only; SQLite has no TRUNCATE).
_POSTGRESQL_FUNCTION = """CREATE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION '% is append-only: it cannot be truncated (examdesk keeps every row)', TG_TABLE_NAME;
   END $$"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return
    if dialect != "postgresql":
        raise RuntimeError(f"no append-only triggers written for the {dialect} database")
    op.execute("DROP TRIGGER IF EXISTS copied_event_no_truncate ON copied_event")
    op.execute(_POSTGRESQL_FUNCTION)
    for table in APPEND_ONLY_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in APPEND_ONLY_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    op.execute("DROP FUNCTION IF EXISTS refuse_truncate()")
    # 0005's own trigger, as it was.
    op.execute(
        "CREATE TRIGGER copied_event_no_truncate BEFORE TRUNCATE ON copied_event "
        "FOR EACH STATEMENT EXECUTE FUNCTION copied_append_only()"
    )
