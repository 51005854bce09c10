"""Storing outlets, articles and the figures extracted from them.

Every write function here commits its own transaction (or rolls it back on error), so an article
and its observations are stored together or not at all. Inserts use the dialect's
``INSERT ... ON CONFLICT DO NOTHING`` so two processes storing the same article end up with one.

An article is known by its canonical URL and by its URL key (:func:`storage.urls.url_key`: no
scheme, www/m/amp hosts folded); either one already stored makes :func:`store_article` a no-op.
Storing an article also files it into its story cluster (:mod:`storage.dedup`) and recomputes
the series points its figures (and its cluster's) belong to (:mod:`storage.points`), in the
same transaction, under :func:`storage.points.lock_series`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from extract.model import Figure
from storage.db import StorageError
from storage.models import Article, Observation, Outlet
from storage.periods import parse_as_of
from storage.urls import url_key

_Insert = postgresql.Insert | sqlite.Insert
_MINUTE = timedelta(minutes=1)


@dataclass(slots=True)
class ArticleRecord:
    """A fetched article as the crawler hands it over."""

    outlet_key: str
    url: str
    canonical_url: str
    title: str | None
    author: str | None
    section: str | None
    published_at: datetime | None  # aware; its offset is kept
    fetched_at: datetime  # aware
    text: str
    raw_html: bytes


@dataclass(frozen=True, slots=True)
class StoreResult:
    article_id: int
    created: bool
    observations_added: int


def insert_for(session: Session, model: type[Any]) -> _Insert:
    """The dialect's INSERT (with ``on_conflict_do_nothing/update``) for ``model``."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(model)
    if dialect == "sqlite":
        return sqlite.insert(model)
    raise StorageError(f"unsupported database dialect {dialect!r}")


def text_fingerprint(text: str) -> str:
    """Hex digest of the text with Unicode forms, case and whitespace normalized."""
    normalized = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.blake2b(normalized.encode("utf-8"), digest_size=20).hexdigest()


def observation_key(figure: Figure) -> str:
    """The natural key of a figure within its article (NULL-safe: None is part of the key)."""
    parts = [
        figure.metric,
        figure.segment,
        figure.region_code,
        figure.region_name,
        repr(float(figure.value)),
        figure.as_of,
        figure.start,
    ]
    encoded = json.dumps(parts, ensure_ascii=False).encode("utf-8")
    return hashlib.blake2b(encoded, digest_size=20).hexdigest()


def ensure_outlet(
    session: Session, key: str, name: str, base_url: str, region_code: str | None = None
) -> int:
    """Insert the outlet or update its name/base_url/region_code; return its id. Commits."""
    values = {"key": key, "name": name, "base_url": base_url, "region_code": region_code}
    statement = (
        insert_for(session, Outlet)
        .values(**values)
        .on_conflict_do_update(
            index_elements=[Outlet.key],
            set_={"name": name, "base_url": base_url, "region_code": region_code},
        )
        .returning(Outlet.id)
    )
    try:
        outlet_id = session.execute(statement).scalar_one()
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return outlet_id


def known_urls(session: Session, outlet_key: str | None = None) -> set[str]:
    """Both the first-fetched and the canonical URL of every stored article (of one outlet)."""
    query = select(Article.url, Article.canonical_url)
    if outlet_key is not None:
        query = query.join(Article.outlet).where(Outlet.key == outlet_key)
    urls: set[str] = set()
    for url, canonical_url in session.execute(query):
        urls.update((url, canonical_url))
    return urls


def store_article(
    session: Session, record: ArticleRecord, figures: list[Figure], *, extractor_version: str
) -> StoreResult:
    """Store an article and its figures in one transaction; a known canonical URL is a no-op.

    Commits on success; on any error rolls back (nothing of the article is left) and re-raises.
    Raises StorageError for an unknown outlet, ValueError for an invalid figure or naive datetime.
    """
    try:
        result = _store(session, record, figures, extractor_version)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return result


def _store(
    session: Session, record: ArticleRecord, figures: list[Figure], extractor_version: str
) -> StoreResult:
    from storage.dedup import assign_story
    from storage.points import keys_of_articles, lock_series, refresh_points

    outlet_id = session.scalar(select(Outlet.id).where(Outlet.key == record.outlet_key))
    if outlet_id is None:
        raise StorageError(f"unknown outlet {record.outlet_key!r}: call ensure_outlet first")
    values = _article_values(record, outlet_id, extractor_version)
    lock_series(session)
    statement = (
        insert_for(session, Article)
        .values(**values)
        .on_conflict_do_nothing()  # canonical_url or url_key already stored
        .returning(Article.id)
    )
    article_id = session.execute(statement).scalar_one_or_none()
    if article_id is None:
        existing = select(Article.id).where(
            (Article.canonical_url == record.canonical_url) | (Article.url_key == values["url_key"])
        )
        known = session.execute(existing.order_by(Article.id)).scalars().first()
        assert known is not None, "conflicting article vanished"
        return StoreResult(known, False, 0)
    added = add_observations(session, article_id, figures, extractor_version=extractor_version)
    changed = assign_story(session, article_id)
    refresh_points(session, keys_of_articles(session, changed))
    return StoreResult(article_id, True, added)


def _require_aware(name: str, value: datetime | None) -> None:
    if value is not None and value.utcoffset() is None:
        raise ValueError(f"{name} {value.isoformat()} is a naive datetime: give it an offset")


def _article_values(record: ArticleRecord, outlet_id: int, extractor_version: str) -> dict:
    _require_aware("published_at", record.published_at)
    _require_aware("fetched_at", record.fetched_at)
    offset = record.published_at.utcoffset() if record.published_at else None
    fingerprint = text_fingerprint(record.text)
    return {
        "outlet_id": outlet_id,
        "url": record.url,
        "canonical_url": record.canonical_url,
        "title": record.title,
        "author": record.author,
        "section": record.section,
        "published_at": record.published_at,
        "published_utc_offset_minutes": None if offset is None else offset // _MINUTE,
        "fetched_at": record.fetched_at,
        "text": record.text,
        "raw_html_gz": gzip.compress(record.raw_html, mtime=0),
        "text_fingerprint": fingerprint,
        "extractor_version": extractor_version,
        "url_key": url_key(record.canonical_url),
        "story_key": fingerprint,
    }


def add_observations(
    session: Session, article_id: int, figures: list[Figure], *, extractor_version: str
) -> int:
    """Insert the figures of a stored article, skipping ones already stored; return how many
    were added. Runs in the caller's transaction (does not commit) and does not touch series
    points: call :func:`storage.points.refresh_points` for the figures' keys afterwards."""
    if not figures:
        return 0
    rows = [_observation_values(article_id, figure, extractor_version) for figure in figures]
    statement = (
        insert_for(session, Observation)
        .values(rows)
        .on_conflict_do_nothing(index_elements=[Observation.article_id, Observation.natural_key])
        .returning(Observation.id)
    )
    return len(session.execute(statement).scalars().all())


def _observation_values(article_id: int, figure: Figure, extractor_version: str) -> dict:
    if not math.isfinite(figure.value):
        raise ValueError(f"figure value {figure.value!r} is not a finite number")
    precision, as_of_date = parse_as_of(figure.as_of) if figure.as_of else (None, None)
    if figure.as_of_precision is not None and figure.as_of_precision != precision:
        raise ValueError(
            f"as_of {figure.as_of!r} has precision {precision}, figure says "
            f"{figure.as_of_precision}"
        )
    return {
        "article_id": article_id,
        "natural_key": observation_key(figure),
        "region_code": figure.region_code,
        "region_name": figure.region_name,
        "metric": figure.metric,
        "segment": figure.segment,
        "value": float(figure.value),
        "unit": figure.unit,
        "as_of": figure.as_of,
        "as_of_precision": precision,
        "as_of_date": as_of_date,
        "evidence": figure.evidence,
        "start_offset": figure.start,
        "end_offset": figure.end,
        "confidence": figure.confidence,
        "flags": list(figure.flags),
        "extractor_version": figure.extractor_version or extractor_version,
    }


def raw_html(article: Article) -> bytes | None:
    """The stored raw HTML of an article, decompressed."""
    return None if article.raw_html_gz is None else gzip.decompress(article.raw_html_gz)
