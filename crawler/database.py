"""The crawl's link to storage: one engine per crawler, and what is already stored."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from sqlalchemy import func, select

from extract.urls import canonicalize
from storage.articles import known_urls
from storage.db import database_url, open_engine, session_factory
from storage.models import Article
from storage.models import Outlet as OutletRow
from storage.skips import record_skip, skipped_urls
from storage.urls import url_key

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

_BY_CRAWLER: WeakKeyDictionary[Crawler, CrawlDatabase] = WeakKeyDictionary()


class CrawlDatabase:
    """The database a crawl writes into (``PANTAU_DB_URL`` setting)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = open_engine(url)
        self.sessions: sessionmaker[Session] = session_factory(self.engine)

    @classmethod
    def for_crawler(cls, crawler: Crawler) -> CrawlDatabase:
        """The crawler's database, opened once and shared by its spider and pipelines."""
        if crawler not in _BY_CRAWLER:
            _BY_CRAWLER[crawler] = cls(database_url(crawler.settings.get("PANTAU_DB_URL")))
        return _BY_CRAWLER[crawler]

    def known_article_urls(self) -> set[str]:
        """URL keys (:func:`storage.urls.url_key`: scheme, www/m/amp hosts and tracking folded)
        not to fetch: stored articles, whichever link led to them, and links skipped before
        (see :mod:`storage.skips`)."""
        with self.sessions() as session:
            urls = known_urls(session) | skipped_urls(session)
        return {url_key(u) for u in urls}

    def skip(self, outlet_key: str, url: str, reason: str, *, permanent: bool) -> None:
        """Remember a fetched link that was not stored."""
        with self.sessions() as session:
            record_skip(session, outlet_key, canonicalize(url), reason, permanent=permanent)

    def oldest_published(self, outlet_key: str) -> date | None:
        """Publication day of the outlet's oldest stored article: how far back it is covered."""
        query = (
            select(func.min(Article.published_at))
            .join(OutletRow, Article.outlet_id == OutletRow.id)
            .where(OutletRow.key == outlet_key)
        )
        with self.sessions() as session:
            oldest = session.execute(query).scalar_one_or_none()
        return oldest.date() if oldest else None

    def close(self) -> None:
        self.engine.dispose()
