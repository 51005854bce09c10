"""SQLAlchemy 2.0 models: outlets, articles, observations (stated figures) and regions.

Schema decisions (see also ``migrations/versions/0001_initial.py``, which must match):

* Timestamps are stored in UTC through :class:`UTCDateTime`, which always hands back aware UTC
  datetimes (SQLite keeps no offset, PostgreSQL ``timestamptz`` keeps none either); the page's own
  offset survives in ``articles.published_utc_offset_minutes``.
* ``observations.value`` is a double (``Double``): figures arrive as Python floats, counts up to
  2**53 are exact, percentages need fractions, and both backends return the same Python type
  (``Numeric`` would return ``Decimal`` on PostgreSQL and warn on SQLite).
* ``observations.natural_key`` is a hex digest of the figure's identifying fields computed in
  Python (:func:`storage.articles.observation_key`). The unique constraint is
  ``(article_id, natural_key)``: NULL segment/region/as_of values take part in the key as
  sentinels, so re-storing the same figures never duplicates on either backend (a plain unique
  constraint over nullable columns treats NULLs as distinct).
* ``observations.as_of_date`` is the LAST day of the ``as_of`` period (``2025-Q2`` ->
  2025-06-30), NULL when ``as_of`` is NULL; it orders series and filters windows.
* Deduplication (``migrations/versions/0003_series_points.py``): ``articles.url_key`` is the
  scheme-less, host-folded URL (:func:`storage.urls.url_key`), unique; ``articles.story_key``
  names the story cluster (near-duplicate copies, see :mod:`storage.dedup`); ``article_bands``
  holds the MinHash LSH bands so candidate lookups are indexed; ``series_points`` holds one
  point per (region, metric, segment, as_of period) and ``series_point_observations`` links
  every observation to its point (see :mod:`storage.points`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Dialect,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import DateTime, TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored in UTC; naive values are rejected."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: pantau stores aware datetimes only")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = metadata


class Region(Base):
    """An Indonesian province, regency or city (Kepmendagri 2025 codes)."""

    __tablename__ = "regions"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    level: Mapped[str] = mapped_column(String(16))  # province | regency | city (| country)
    parent_code: Mapped[str | None] = mapped_column(String(16))


class Outlet(Base):
    """A news site pantau crawls."""

    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    base_url: Mapped[str] = mapped_column(String(2048))
    region_code: Mapped[str | None] = mapped_column(String(16))
    enabled: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    articles: Mapped[list[Article]] = relationship(back_populates="outlet")


class Article(Base):
    """One fetched article page, its cleaned text and its compressed raw HTML."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id"), index=True)
    url: Mapped[str] = mapped_column(String(2048))
    canonical_url: Mapped[str] = mapped_column(String(2048), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    published_utc_offset_minutes: Mapped[int | None] = mapped_column(Integer)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime())
    text: Mapped[str] = mapped_column(Text)
    raw_html_gz: Mapped[bytes | None] = mapped_column(LargeBinary)
    text_fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    extractor_version: Mapped[str] = mapped_column(String(64))
    url_key: Mapped[str] = mapped_column(String(2048), unique=True)
    story_key: Mapped[str] = mapped_column(String(64), index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)

    outlet: Mapped[Outlet] = relationship(back_populates="articles")
    observations: Mapped[list[Observation]] = relationship(
        back_populates="article", passive_deletes=True
    )

    @property
    def published_local(self) -> datetime | None:
        """``published_at`` in the page's own UTC offset (UTC when the page gave none)."""
        if self.published_at is None:
            return None
        offset = timedelta(minutes=self.published_utc_offset_minutes or 0)
        return self.published_at.astimezone(timezone(offset))


class Observation(Base):
    """One figure an article states: region, metric, segment, value and period."""

    __tablename__ = "observations"
    __table_args__ = (
        UniqueConstraint("article_id", "natural_key"),
        Index("ix_observations_series", "region_code", "metric", "segment", "as_of_date"),
        CheckConstraint("start_offset >= 0 AND end_offset >= start_offset", name="offsets"),
        CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    natural_key: Mapped[str] = mapped_column(String(40))
    region_code: Mapped[str | None] = mapped_column(String(16))  # "ID" = national
    region_name: Mapped[str | None] = mapped_column(String(255))
    metric: Mapped[str] = mapped_column(String(64))
    segment: Mapped[str | None] = mapped_column(String(16))
    value: Mapped[float] = mapped_column(Double())
    unit: Mapped[str] = mapped_column(String(16))
    as_of: Mapped[str | None] = mapped_column(String(16))
    as_of_precision: Mapped[str | None] = mapped_column(String(16))
    as_of_date: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Double())
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    extractor_version: Mapped[str] = mapped_column(String(64))

    article: Mapped[Article] = relationship(back_populates="observations")


class SkippedUrl(Base):
    """An article link fetched once and not stored, so the next crawls need not fetch it again.

    ``permanent`` reasons (404/410, no date, off topic, no text) are never retried; transient
    ones (5xx, timeouts, refused connections) are retried after ``retry_after``, which backs off
    with every attempt.
    """

    __tablename__ = "skipped_urls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    canonical_url: Mapped[str] = mapped_column(String(2048), unique=True)
    reason: Mapped[str] = mapped_column(String(64))
    permanent: Mapped[bool] = mapped_column(default=False)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    last_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    retry_after: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ArticleBand(Base):
    """One MinHash LSH band of an article: articles sharing a band key are candidate copies."""

    __tablename__ = "article_bands"

    band_key: Mapped[str] = mapped_column(String(24), primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class SeriesPoint(Base):
    """One point of a series: region, metric, segment and as_of period, with its headline value.

    ``sources`` counts the independent sources (story clusters) of the headline value,
    ``total_sources`` those of every value, ``articles`` the articles; ``conflict`` is true when
    the linked observations disagree on the value (``values_count`` > 1).
    """

    __tablename__ = "series_points"
    __table_args__ = (
        Index("ix_series_points_series", "region_code", "metric", "segment", "as_of_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    point_key: Mapped[str] = mapped_column(String(40), unique=True)
    region_code: Mapped[str] = mapped_column(String(16))
    metric: Mapped[str] = mapped_column(String(64))
    segment: Mapped[str | None] = mapped_column(String(16))
    as_of: Mapped[str] = mapped_column(String(16))
    as_of_date: Mapped[date] = mapped_column(Date)
    as_of_precision: Mapped[str] = mapped_column(String(16))
    value: Mapped[float] = mapped_column(Double())
    unit: Mapped[str] = mapped_column(String(16))
    sources: Mapped[int] = mapped_column(Integer)
    total_sources: Mapped[int] = mapped_column(Integer)
    articles: Mapped[int] = mapped_column(Integer)
    values_count: Mapped[int] = mapped_column(Integer)
    conflict: Mapped[bool] = mapped_column(Boolean)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)


class SeriesPointObservation(Base):
    """Which observations a point is made of; ``headline`` marks those stating its value."""

    __tablename__ = "series_point_observations"

    point_id: Mapped[int] = mapped_column(
        ForeignKey("series_points.id", ondelete="CASCADE"), primary_key=True
    )
    observation_id: Mapped[int] = mapped_column(
        ForeignKey("observations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    headline: Mapped[bool] = mapped_column(Boolean)
