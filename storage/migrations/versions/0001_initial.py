"""Initial schema: regions (from the bundled CSV), outlets, articles, observations.

Revision ID: 0001
Revises:
Create Date: 2026-11-21

The regions CSV is read with the csv module from ``extract/data`` next to the ``storage``
package (same layout in the repository and in an installed wheel); no extract code is imported.
A later change of the CSV needs a new data migration: this one must stay reproducible.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REGIONS_CSV = (
    Path(__file__).resolve().parents[3] / "extract" / "data" / "regions_kepmendagri_2025.csv"
)


def _regions() -> list[dict[str, str | None]]:
    with REGIONS_CSV.open(newline="", encoding="utf-8") as handle:
        rows = [
            {
                "code": row["code"].strip(),
                "name": row["name"].strip(),
                "level": row["level"].strip(),
                "parent_code": row["parent_code"].strip() or None,
            }
            for row in csv.DictReader(handle)
        ]
    if not rows:
        raise RuntimeError(f"no regions in {REGIONS_CSV}")
    return rows


def upgrade() -> None:
    regions = op.create_table(
        "regions",
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("parent_code", sa.String(16), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_regions")),
    )
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("base_url", sa.String(2048), nullable=False),
        sa.Column("region_code", sa.String(16), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlets")),
        sa.UniqueConstraint("key", name=op.f("uq_outlets_key")),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("canonical_url", sa.String(2048), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("section", sa.Text(), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_utc_offset_minutes", sa.Integer(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raw_html_gz", sa.LargeBinary(), nullable=True),
        sa.Column("text_fingerprint", sa.String(64), nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["outlet_id"], ["outlets.id"], name=op.f("fk_articles_outlet_id_outlets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("canonical_url", name=op.f("uq_articles_canonical_url")),
    )
    op.create_index(op.f("ix_articles_outlet_id"), "articles", ["outlet_id"])
    op.create_index(op.f("ix_articles_text_fingerprint"), "articles", ["text_fingerprint"])
    op.create_table(
        "observations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("natural_key", sa.String(40), nullable=False),
        sa.Column("region_code", sa.String(16), nullable=True),
        sa.Column("region_name", sa.String(255), nullable=True),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("segment", sa.String(16), nullable=True),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("as_of", sa.String(16), nullable=True),
        sa.Column("as_of_precision", sa.String(16), nullable=True),
        sa.Column("as_of_date", sa.Date(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("confidence", sa.Double(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=False),
        sa.CheckConstraint(
            "start_offset >= 0 AND end_offset >= start_offset",
            name=op.f("ck_observations_offsets"),
        ),
        sa.CheckConstraint(
            "confidence >= 0 AND confidence <= 1", name=op.f("ck_observations_confidence")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_observations_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observations")),
        sa.UniqueConstraint(
            "article_id", "natural_key", name=op.f("uq_observations_article_id_natural_key")
        ),
    )
    op.create_index(
        "ix_observations_series",
        "observations",
        ["region_code", "metric", "segment", "as_of_date"],
    )
    op.bulk_insert(regions, _regions())


def downgrade() -> None:
    op.drop_index("ix_observations_series", table_name="observations")
    op.drop_table("observations")
    op.drop_index(op.f("ix_articles_text_fingerprint"), table_name="articles")
    op.drop_index(op.f("ix_articles_outlet_id"), table_name="articles")
    op.drop_table("articles")
    op.drop_table("outlets")
    op.drop_table("regions")
