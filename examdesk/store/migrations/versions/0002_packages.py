"""Packages: exams, afnamegroepen, candidates (BSN encrypted) and results.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from examdesk.store.types import UtcDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exam",
        sa.Column("code", sa.String(64), primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "exam_group",
        sa.Column("code", sa.String(64), primary_key=True),
        sa.Column("exam_code", sa.String(64), sa.ForeignKey("exam.code"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(5), nullable=False),
        sa.Column("location_kind", sa.String(16), nullable=False),
        sa.Column("room", sa.String(200), nullable=False),
        sa.Column("second_sitting_of", sa.String(64), sa.ForeignKey("exam_group.code"), nullable=True),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_exam_group_exam_code", "exam_group", ["exam_code"])
    op.create_table(
        "candidate",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("group_code", sa.String(64), sa.ForeignKey("exam_group.code"), nullable=False),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("bsn_sealed", sa.Text(), nullable=False),
        sa.Column("bsn_hash", sa.String(64), nullable=False),
        sa.Column("bsn_last4", sa.String(4), nullable=False),
        sa.Column("accommodations", sa.Text(), nullable=False),
        sa.UniqueConstraint("group_code", "number", name="uq_candidate_group_number"),
    )
    op.create_index("ix_candidate_bsn_hash", "candidate", ["bsn_hash"])
    op.create_table(
        "result",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("candidate_id", sa.Integer(), sa.ForeignKey("candidate.id"), nullable=False),
        sa.Column("exam_code", sa.String(64), sa.ForeignKey("exam.code"), nullable=False),
        sa.Column("variant", sa.String(20), nullable=False),
        sa.Column("submitted_at", UtcDateTime(), nullable=True),
        sa.Column("published_at", UtcDateTime(), nullable=True),
        sa.Column("responses", sa.Text(), nullable=False),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("candidate_id", "exam_code", name="uq_result_candidate_exam"),
    )
    op.create_index("ix_result_exam_code", "result", ["exam_code"])


def downgrade() -> None:
    op.drop_index("ix_result_exam_code", table_name="result")
    op.drop_table("result")
    op.drop_index("ix_candidate_bsn_hash", table_name="candidate")
    op.drop_table("candidate")
    op.drop_index("ix_exam_group_exam_code", table_name="exam_group")
    op.drop_table("exam_group")
    op.drop_table("exam")
