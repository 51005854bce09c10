"""StorePipeline: one transaction per article (article row + its observations), or nothing.

Switched off (NotConfigured) when the ``PANTAU_DB_URL`` setting is the empty string.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from crawler.database import CrawlDatabase
from crawler.items import ArticlePage
from crawler.outlets import get_outlet, load_registry
from extract.figures import EXTRACTOR_VERSION
from storage.articles import ArticleRecord, ensure_outlet, store_article


class StorePipeline:
    def __init__(self, crawler: Crawler) -> None:
        if crawler.settings.get("PANTAU_DB_URL") == "":
            raise NotConfigured("PANTAU_DB_URL is empty: nothing is stored")
        self.crawler = crawler
        self.base_urls = crawler.settings.getdict("PANTAU_BASE_URLS")
        self.registry = load_registry(crawler.settings.get("PANTAU_OUTLETS_FILE"))
        self.db: CrawlDatabase | None = None
        self.outlets_seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        self.db = CrawlDatabase.for_crawler(self.crawler)

    def close_spider(self, spider: Any = None) -> None:
        if self.db is not None:
            self.db.close()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, ArticlePage) or item.article is None:
            return item
        assert self.db is not None, "open_spider() was not called"
        article = item.article
        record = ArticleRecord(
            outlet_key=item.outlet_key,
            url=item.url,
            canonical_url=article.canonical_url,
            title=article.title,
            author=article.author,
            section=article.section,
            published_at=article.published,
            fetched_at=item.fetched_at,
            text=article.text,
            raw_html=item.html,
        )
        with self.db.sessions() as session:
            if item.outlet_key not in self.outlets_seen:
                outlet = get_outlet(item.outlet_key, self.base_urls, self.registry)
                ensure_outlet(session, outlet.key, outlet.name, outlet.base_url, outlet.region_code)
                session.commit()
                self.outlets_seen.add(item.outlet_key)
            result = store_article(
                session, record, item.figures, extractor_version=EXTRACTOR_VERSION
            )
        stats = self.crawler.stats
        if not result.created:
            if stats is not None:
                stats.inc_value("pantau/articles/dropped/duplicate")
            raise DropItem(f"already stored: {article.canonical_url}")
        if stats is not None:
            stats.inc_value("pantau/articles/stored")
            stats.inc_value("pantau/figures/stored", result.observations_added)
        return item
