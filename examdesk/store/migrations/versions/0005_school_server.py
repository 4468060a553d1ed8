"""Copies from other stations: the school server's tables, also used for imported transfer files
(issue 18, R-NET-1..4).

Revision ID: 0005
Revises: 0004_rules
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from examdesk.store.types import UtcDateTime

revision = "0005"
down_revision = "0004_rules"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
STATION_ROLE = "examdesk_station"  # services.school_server.STATION_ROLE (migrations import no services)

# R-NET-2: the database itself keeps copied chains append-only and accepts a station's events only in
# sequence, each linked to the one before it. Dialect-specific.
_SQLITE_TRIGGERS = (
    """CREATE TRIGGER copied_event_no_update BEFORE UPDATE ON copied_event
       BEGIN SELECT RAISE(ABORT, 'copied events are append-only: they cannot be changed'); END""",
    """CREATE TRIGGER copied_event_no_delete BEFORE DELETE ON copied_event
       BEGIN SELECT RAISE(ABORT, 'copied events are append-only: they cannot be deleted'); END""",
    f"""CREATE TRIGGER copied_event_in_sequence BEFORE INSERT ON copied_event
       WHEN NOT ((NEW.seq = 1 AND NEW.prev_hash = '{GENESIS}') OR EXISTS (
           SELECT 1 FROM copied_event p
           WHERE p.station_id = NEW.station_id AND p.seq = NEW.seq - 1 AND p.hash = NEW.prev_hash))
       BEGIN SELECT RAISE(ABORT, 'a copied event must follow the event before it in its station''s chain'); END""",
    """CREATE TRIGGER copied_file_no_update BEFORE UPDATE ON copied_file
       BEGIN SELECT RAISE(ABORT, 'copied files are append-only: they cannot be changed'); END""",
    """CREATE TRIGGER copied_file_no_delete BEFORE DELETE ON copied_file
       BEGIN SELECT RAISE(ABORT, 'copied files are append-only: they cannot be deleted'); END""",
)
# On PostgreSQL the sequence check runs once per statement over all new rows (a COPY of a whole batch
# costs one join, not one lookup per row).
_POSTGRESQL_TRIGGERS = (
    """CREATE FUNCTION copied_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION '% is append-only: its rows cannot be changed or deleted', TG_TABLE_NAME; END $$""",
    """CREATE TRIGGER copied_event_append_only BEFORE UPDATE OR DELETE ON copied_event
       FOR EACH ROW EXECUTE FUNCTION copied_append_only()""",
    """CREATE TRIGGER copied_file_append_only BEFORE UPDATE OR DELETE ON copied_file
       FOR EACH ROW EXECUTE FUNCTION copied_append_only()""",
    """CREATE TRIGGER copied_event_no_truncate BEFORE TRUNCATE ON copied_event
       FOR EACH STATEMENT EXECUTE FUNCTION copied_append_only()""",
    # A station's login copies as that station only (R-NET-2: no station writes another's copies). The first
    # station a login copies binds it (trust on first use, kept in station_login); school IT's owner role is
    # not a station login and is not bound. SECURITY DEFINER: the binding table is not the stations' to write.
    f"""CREATE FUNCTION copying_station(claimed varchar) RETURNS void LANGUAGE plpgsql
       SECURITY DEFINER SET search_path = public AS $$
       DECLARE bound varchar;
       BEGIN
         IF NOT EXISTS (  -- a member of the stations' role by grant (a superuser "has" every role)
             SELECT FROM pg_auth_members m
               JOIN pg_roles g ON g.oid = m.roleid
               JOIN pg_roles u ON u.oid = m.member
              WHERE g.rolname = '{STATION_ROLE}' AND u.rolname = session_user) THEN
           RETURN;
         END IF;
         SELECT station_id INTO bound FROM station_login WHERE login = session_user;
         IF bound IS NULL THEN
           IF EXISTS (SELECT FROM station_login WHERE station_id = claimed) THEN
             RAISE EXCEPTION 'station % copies to this server with another login; % may not copy for it',
               claimed, session_user USING ERRCODE = 'insufficient_privilege';
           END IF;
           INSERT INTO station_login (login, station_id, bound_at) VALUES (session_user, claimed, now());
         ELSIF bound <> claimed THEN
           RAISE EXCEPTION 'the login % copies for station %, not for station %', session_user, bound, claimed
             USING ERRCODE = 'insufficient_privilege';
         END IF;
       END $$""",
    """CREATE FUNCTION copied_by_its_station() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_TABLE_NAME = 'copied_station' THEN
           PERFORM copying_station(NEW.id);
         ELSE
           PERFORM copying_station(NEW.station_id);
         END IF;
         RETURN NEW;
       END $$""",
    """CREATE TRIGGER copied_station_by_its_station BEFORE INSERT OR UPDATE ON copied_station
       FOR EACH ROW EXECUTE FUNCTION copied_by_its_station()""",
    """CREATE TRIGGER copied_session_by_its_station BEFORE INSERT OR UPDATE ON copied_session
       FOR EACH ROW EXECUTE FUNCTION copied_by_its_station()""",
    """CREATE TRIGGER copied_file_by_its_station BEFORE INSERT ON copied_file
       FOR EACH ROW EXECUTE FUNCTION copied_by_its_station()""",
    f"""CREATE FUNCTION copied_event_in_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE bad record; claimed record;
       BEGIN
         FOR claimed IN SELECT DISTINCT station_id FROM new_rows LOOP
           PERFORM copying_station(claimed.station_id);
         END LOOP;
         SELECT n.station_id, n.seq INTO bad
           FROM new_rows n
           LEFT JOIN copied_event p ON p.station_id = n.station_id AND p.seq = n.seq - 1
          WHERE NOT ((n.seq = 1 AND n.prev_hash = '{GENESIS}') OR COALESCE(p.hash = n.prev_hash, false))
          ORDER BY n.seq LIMIT 1;
         IF FOUND THEN
           RAISE EXCEPTION 'event % of station % does not follow the event before it in its chain',
             bad.seq, bad.station_id USING ERRCODE = 'integrity_constraint_violation';
         END IF;
         RETURN NULL;
       END $$""",
    """CREATE TRIGGER copied_event_in_sequence AFTER INSERT ON copied_event
       REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION copied_event_in_sequence()""",
)


def upgrade() -> None:
    op.create_table(
        "copied_station",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("school", sa.String(200), nullable=False, server_default=""),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "copied_event",
        sa.Column("station_id", sa.String(32), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("origin_id", sa.Integer(), nullable=False),
        sa.Column("wall_utc", UtcDateTime(), nullable=False),
        sa.Column("monotonic_ns", sa.BigInteger(), nullable=False),
        sa.Column("run_id", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=True),
        sa.Column("candidate_id", sa.String(64), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("station_id", "origin_id", name="uq_copied_event_origin"),
    )
    op.create_index("ix_copied_event_session_id", "copied_event", ["session_id"])
    op.create_table(
        "copied_session",
        sa.Column("station_id", sa.String(32), primary_key=True),
        sa.Column("session_id", sa.String(64), primary_key=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("room", sa.String(200), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("bundle", sa.Text(), nullable=False),
        sa.Column("bundle_sha256", sa.String(64), nullable=False),
        sa.Column("transfer_sha256", sa.String(64), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_copied_session_date", "copied_session", ["date"])
    op.create_table(
        "copied_file",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("station_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=True),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_copied_file_station_id", "copied_file", ["station_id"])
    op.create_table(
        "station_login",
        sa.Column("login", sa.String(63), primary_key=True),
        sa.Column("station_id", sa.String(32), nullable=False, unique=True),
        sa.Column("bound_at", UtcDateTime(), nullable=False),
    )
    dialect = op.get_bind().dialect.name
    triggers = {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRESQL_TRIGGERS}.get(dialect)
    if triggers is None:
        raise RuntimeError(f"no append-only triggers written for the {dialect} database")
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS copied_event_in_sequence() CASCADE")
        op.execute("DROP FUNCTION IF EXISTS copied_append_only() CASCADE")
        op.execute("DROP FUNCTION IF EXISTS copied_by_its_station() CASCADE")
        op.execute("DROP FUNCTION IF EXISTS copying_station() CASCADE")
    for table in ("station_login", "copied_file", "copied_session", "copied_event", "copied_station"):
        op.drop_table(table)
