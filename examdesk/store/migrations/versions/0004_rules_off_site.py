"""Off-site facts: a group's school sitting, Inspectie consultation and permission, quarantine reported;
a session's consultation and quarantine dates (R-SES-2, R-SES-3).

Revision ID: 0004_rules
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_rules"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exam_group") as batch:
        batch.add_column(sa.Column("school_sitting_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("school_sitting_start", sa.String(5), nullable=True))
        batch.add_column(sa.Column("consulted_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("permission_reference", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("quarantine_reported_on", sa.Date(), nullable=True))
    with op.batch_alter_table("exam_session") as batch:
        batch.add_column(sa.Column("consulted_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("quarantine_reported_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exam_session") as batch:
        batch.drop_column("quarantine_reported_on")
        batch.drop_column("consulted_on")
    with op.batch_alter_table("exam_group") as batch:
        batch.drop_column("quarantine_reported_on")
        batch.drop_column("permission_reference")
        batch.drop_column("consulted_on")
        batch.drop_column("school_sitting_start")
        batch.drop_column("school_sitting_date")
