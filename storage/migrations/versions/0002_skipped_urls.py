"""Skipped URLs: article links fetched once and not stored (so later crawls skip them).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "skipped_urls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("canonical_url", sa.String(length=2048), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.Column("permanent", sa.Boolean(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retry_after", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["outlet_id"], ["outlets.id"], name=op.f("fk_skipped_urls_outlet_id_outlets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skipped_urls")),
        sa.UniqueConstraint("canonical_url", name=op.f("uq_skipped_urls_canonical_url")),
    )
    op.create_index(op.f("ix_skipped_urls_outlet_id"), "skipped_urls", ["outlet_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_skipped_urls_outlet_id"), table_name="skipped_urls")
    op.drop_table("skipped_urls")
