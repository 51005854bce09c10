"""CleanPipeline: article HTML -> CleanedArticle; drops pages that are not usable articles.

Dropped, counted and logged: pages trafilatura finds no text in, pages with no publication date
(pantau dates every figure by its article, so an undated page is not stored), pages outside the
crawl's window, and pages whose text does not mention a topic keyword.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from typing import Any, NoReturn

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.database import CrawlDatabase
from crawler.items import ArticlePage
from crawler.outlets import get_outlet, load_registry
from crawler.spiders.base import OutletSpider
from crawler.topic import DEFAULT_KEYWORDS, TopicGate
from extract.clean import CleaningError, clean_html


class CleanPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.base_urls = crawler.settings.getdict("PANTAU_BASE_URLS")
        self.registry = load_registry(crawler.settings.get("PANTAU_OUTLETS_FILE"))
        self.gate = TopicGate(crawler.settings.getlist("PANTAU_KEYWORDS") or DEFAULT_KEYWORDS)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanPipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        outlet = get_outlet(item.outlet_key, self.base_urls, self.registry)
        try:
            article = clean_html(item.html, item.url, outlet.hints)
        except CleaningError as exc:
            self._drop(item, "no_text", f"{exc}", permanent=True)
        if article.published is None and item.listing_day is not None:
            # No date on the page (WahanaNews): the archive day that listed it dates it.
            article = replace(article, published=datetime.combine(
                item.listing_day, time(), tzinfo=outlet.hints.default_tz))  # fmt: skip
        if article.published is None:
            self._drop(item, "no_date", f"no publication date on {item.url}", permanent=True)
        spider = self.crawler.spider
        if isinstance(spider, OutletSpider) and not spider.in_window(article.published):
            message = f"{item.url} published {article.published.date()}, outside the window"
            self._drop(item, "outside_window", message, permanent=None)
        if not self.gate.matches(article.title, article.text):
            self._drop(item, "off_topic", f"no topic keyword in {item.url}", permanent=True)
        item.article = article
        return item

    def _drop(
        self, item: ArticlePage, reason: str, message: str, permanent: bool | None
    ) -> NoReturn:
        """Count, remember (unless ``permanent`` is None: another window may want it), drop."""
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"pantau/articles/dropped/{reason}")
        if permanent is not None and self.crawler.settings.get("PANTAU_DB_URL") != "":
            CrawlDatabase.for_crawler(self.crawler).skip(
                item.outlet_key, item.url, reason, permanent=permanent
            )
        raise DropItem(message)
