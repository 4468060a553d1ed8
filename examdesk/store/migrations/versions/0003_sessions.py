"""Sessions: an afnamegroep's sitting and its surveillants (everything that happens in it is events).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from examdesk.store.types import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exam_session",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("group_code", sa.String(64), sa.ForeignKey("exam_group.code"), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(5), nullable=False),
        sa.Column("location_kind", sa.String(16), nullable=False),
        sa.Column("room", sa.String(200), nullable=False),
        sa.Column("quarantine", sa.Boolean(), nullable=False),
        sa.Column("simultaneous", sa.Boolean(), nullable=False),
        sa.Column("permission_reference", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_exam_session_group_code", "exam_session", ["group_code"])
    op.create_table(
        "session_surveillant",
        sa.Column("session_id", sa.String(32), sa.ForeignKey("exam_session.id"), primary_key=True),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("account.id"), primary_key=True),
        sa.Column("qualified_teacher", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("session_surveillant")
    op.drop_index("ix_exam_session_group_code", table_name="exam_session")
    op.drop_table("exam_session")
