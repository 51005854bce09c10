"""Deduplication and series points: URL keys, story clusters, LSH bands, points, views.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21

Existing articles get ``url_key`` (their canonical URL without scheme, www/m/mobile/amp host
prefixes folded; a rare clash between old rows keeps the lowest id and suffixes the others with
``#id``) and ``story_key`` = their own text fingerprint (each its own story). Story clusters,
LSH bands and series points of articles stored before this revision are built by
``pantau series --rebuild`` (:func:`storage.points.rebuild_all`). The URL folding is a frozen
copy of :func:`storage.urls.url_key` for already canonical URLs, so this migration stays
reproducible whatever later code does.

The views ``series_view`` and ``observations_view`` are plain SQL, identical on SQLite and
PostgreSQL; they are not part of the SQLAlchemy metadata (``alembic check`` ignores views).
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")

SERIES_VIEW = """
CREATE VIEW series_view AS
SELECT p.id AS point_id,
       p.region_code,
       COALESCE(r.name, p.region_code) AS region_name,
       p.metric,
       p.segment,
       p.as_of,
       p.as_of_date,
       p.as_of_precision,
       p.value,
       p.unit,
       p.sources,
       p.total_sources,
       p.articles,
       p.values_count,
       p.conflict
FROM series_points p
LEFT JOIN regions r ON r.code = p.region_code
"""

OBSERVATIONS_VIEW = """
CREATE VIEW observations_view AS
SELECT o.id AS observation_id,
       o.region_code,
       o.region_name,
       o.metric,
       o.segment,
       o.value,
       o.unit,
       o.as_of,
       o.as_of_precision,
       o.as_of_date,
       o.evidence,
       o.confidence,
       a.id AS article_id,
       a.canonical_url AS article_url,
       a.title AS article_title,
       a.published_at AS article_published_at,
       a.story_key,
       ou.key AS outlet_key,
       ou.name AS outlet_name,
       po.point_id,
       po.headline
FROM observations o
JOIN articles a ON a.id = o.article_id
JOIN outlets ou ON ou.id = a.outlet_id
LEFT JOIN series_point_observations po ON po.observation_id = o.id
"""


def _fold(canonical_url: str) -> str:
    parts = urlsplit(canonical_url)
    host = parts.netloc.lower().rstrip(".")
    changed = True
    while changed:
        changed = False
        for prefix in _HOST_PREFIXES:
            rest = host.removeprefix(prefix)
            if rest != host and "." in rest:
                host, changed = rest, True
    path = parts.path if parts.path != "/" else ""
    return f"{host}{path}{'?' + parts.query if parts.query else ''}"


def _backfill_articles() -> None:
    connection = op.get_bind()
    articles = sa.table(
        "articles",
        sa.column("id", sa.Integer),
        sa.column("canonical_url", sa.String),
        sa.column("text_fingerprint", sa.String),
        sa.column("url_key", sa.String),
        sa.column("story_key", sa.String),
    )
    rows = connection.execute(
        sa.select(articles.c.id, articles.c.canonical_url).order_by(articles.c.id)
    ).all()
    seen: set[str] = set()
    for article_id, canonical_url in rows:
        key = _fold(canonical_url)
        if key in seen:
            key = f"{key}#{article_id}"
        seen.add(key)
        connection.execute(articles.update().where(articles.c.id == article_id).values(url_key=key))
    connection.execute(articles.update().values(story_key=articles.c.text_fingerprint))


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("url_key", sa.String(2048), nullable=True))
        batch.add_column(sa.Column("story_key", sa.String(64), nullable=True))
        batch.add_column(sa.Column("minhash", sa.LargeBinary(), nullable=True))
    _backfill_articles()
    with op.batch_alter_table("articles") as batch:
        batch.alter_column("url_key", existing_type=sa.String(2048), nullable=False)
        batch.alter_column("story_key", existing_type=sa.String(64), nullable=False)
        batch.create_unique_constraint(op.f("uq_articles_url_key"), ["url_key"])
        batch.create_index(op.f("ix_articles_story_key"), ["story_key"])
    op.create_table(
        "article_bands",
        sa.Column("band_key", sa.String(24), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_bands_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("band_key", "article_id", name=op.f("pk_article_bands")),
    )
    op.create_index(op.f("ix_article_bands_article_id"), "article_bands", ["article_id"])
    op.create_table(
        "series_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("point_key", sa.String(40), nullable=False),
        sa.Column("region_code", sa.String(16), nullable=False),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("segment", sa.String(16), nullable=True),
        sa.Column("as_of", sa.String(16), nullable=False),
        sa.Column("as_of_date", sa.Date(), nullable=False),
        sa.Column("as_of_precision", sa.String(16), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("total_sources", sa.Integer(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("values_count", sa.Integer(), nullable=False),
        sa.Column("conflict", sa.Boolean(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series_points")),
        sa.UniqueConstraint("point_key", name=op.f("uq_series_points_point_key")),
    )
    op.create_index(
        "ix_series_points_series",
        "series_points",
        ["region_code", "metric", "segment", "as_of_date"],
    )
    op.create_table(
        "series_point_observations",
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("headline", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["series_points.id"],
            name=op.f("fk_series_point_observations_point_id_series_points"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observations.id"],
            name=op.f("fk_series_point_observations_observation_id_observations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "point_id", "observation_id", name=op.f("pk_series_point_observations")
        ),
    )
    op.create_index(
        op.f("ix_series_point_observations_observation_id"),
        "series_point_observations",
        ["observation_id"],
    )
    op.execute(SERIES_VIEW)
    op.execute(OBSERVATIONS_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS observations_view")
    op.execute("DROP VIEW IF EXISTS series_view")
    op.drop_index(
        op.f("ix_series_point_observations_observation_id"),
        table_name="series_point_observations",
    )
    op.drop_table("series_point_observations")
    op.drop_index("ix_series_points_series", table_name="series_points")
    op.drop_table("series_points")
    op.drop_index(op.f("ix_article_bands_article_id"), table_name="article_bands")
    op.drop_table("article_bands")
    with op.batch_alter_table("articles") as batch:
        batch.drop_index(op.f("ix_articles_story_key"))
        batch.drop_constraint(op.f("uq_articles_url_key"), type_="unique")
        batch.drop_column("minhash")
        batch.drop_column("story_key")
        batch.drop_column("url_key")
