"""OutletSpider: what every outlet's spider shares (window, known URLs, errors, article pages).

A family spider implements :meth:`OutletSpider.discover`, yielding discovery requests whose
callbacks call :meth:`OutletSpider.article_request` for every article link they find.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from datetime import UTC, date, datetime
from typing import Any, ClassVar

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.database import CrawlDatabase
from crawler.items import ArticlePage
from crawler.outlets import Outlet, get_outlet
from crawler.topic import DEFAULT_KEYWORDS, TopicGate
from extract.urls import canonicalize

# Statuses that say an article link is gone for good; other failures are retried in later runs.
GONE_STATUSES = frozenset({404, 410})


def parse_day(value: str | date | None, name: str) -> date | None:
    """``--since``/``--until`` values: ``YYYY-MM-DD`` (or a date); a clear error otherwise."""
    if isinstance(value, date):
        return value
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{name} must be a date as YYYY-MM-DD, got {value!r}") from None


class OutletSpider(scrapy.Spider):
    """Base class; a concrete spider sets ``outlet_key`` (and its ``name`` equals it)."""

    outlet_key: ClassVar[str] = ""
    outlet: Outlet
    gate: TopicGate
    known: set[str]
    covered_since: date | None
    storing: bool

    def __init__(
        self,
        since: str | date | None = None,
        until: str | date | None = None,
        refresh: str | bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.since = parse_day(since, "since")
        self.until = parse_day(until, "until")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        self.refresh = str(refresh).lower() in ("1", "true", "yes")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> OutletSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.outlet = get_outlet(cls.outlet_key, settings.getdict("PANTAU_BASE_URLS"))
        spider.gate = TopicGate(settings.getlist("PANTAU_KEYWORDS") or DEFAULT_KEYWORDS)
        spider.storing = settings.get("PANTAU_DB_URL") != ""
        if not spider.storing:  # storage switched off (benchmarks)
            spider.known, spider.covered_since = set(), None
        else:
            db = CrawlDatabase.for_crawler(crawler)
            spider.known = set() if spider.refresh else db.known_article_urls()
            spider.covered_since = db.oldest_published(spider.outlet.key)
        return spider

    # -- discovery ---------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        for request in self.discover():
            yield request

    def discover(self) -> Iterable[scrapy.Request]:
        raise NotImplementedError(f"{type(self).__name__} must implement discover()")

    def discovery_request(self, url: str, callback: Any, method: str) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.discovery_failed,
            meta={"pantau_kind": "discovery", "pantau_method": method},
            cb_kwargs={"method": method},
        )

    def note_discovery(self, response: Response) -> None:
        self._inc(f"pantau/discovery/{response.meta.get('pantau_method', 'other')}/pages")
        self._inc("pantau/discovery/pages")

    def in_window(self, published: datetime | None) -> bool:
        """Whether a listing's time falls in ``--since``..``--until`` (unknown times do)."""
        if published is None:
            return True
        day = published.date()
        return not (self.since and day < self.since) and not (self.until and day > self.until)

    def is_known(self, url: str) -> bool:
        return canonicalize(url) in self.known

    def caught_up(self) -> bool:
        """Stored articles reach back to ``--since``: a page of known links ends pagination."""
        if self.refresh:
            return False
        return self.covered_since is not None and (
            self.since is None or self.covered_since <= self.since
        )

    def article_request(
        self, url: str, via: str, listing_published: datetime | None = None
    ) -> scrapy.Request | None:
        """The request for an article link, or None when it is stored or out of the window."""
        self._inc("pantau/articles/discovered")
        if not self.in_window(listing_published):
            self._inc("pantau/articles/outside_window")
            return None
        if self.is_known(url):
            self._inc("pantau/articles/skipped_known")
            return None
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={
                "pantau_kind": "article",
                "pantau_via": via,
                "pantau_listing_published": listing_published,
            },
        )

    # -- article pages ----------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterable[ArticlePage]:
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        if content_type and "html" not in content_type:
            self._inc("pantau/articles/errors/not_html")
            self.logger.warning("not an HTML page: %s (%s)", response.url, content_type)
            return
        self._inc("pantau/articles/fetched")
        yield ArticlePage(
            outlet_key=self.outlet.key,
            url=response.meta.get("redirect_urls", [response.url])[0],
            html=response.body,
            fetched_at=datetime.now(UTC),
            discovered_via=response.meta.get("pantau_via", ""),
            listing_published=response.meta.get("pantau_listing_published"),
        )

    # -- failures ---------------------------------------------------------------------------

    def discovery_failed(self, failure: Failure) -> None:
        self._failed(failure, "discovery")

    def article_failed(self, failure: Failure) -> None:
        self._failed(failure, "articles")

    def _failed(self, failure: Failure, kind: str) -> None:
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        error = failure.value
        status = error.response.status if isinstance(error, HttpError) else None
        if failure.check(IgnoreRequest) and status is None:
            self._inc(f"pantau/{kind}/ignored")
            self.logger.info("not fetched (%s): %s", failure.getErrorMessage(), url)
            return
        reason = f"http_{status}" if status else type(failure.value).__name__
        self._inc(f"pantau/{kind}/errors")
        self._inc(f"pantau/{kind}/errors/{reason}")
        self.logger.warning("%s request failed (%s): %s", kind, reason, url)
        if kind == "articles" and request is not None and self.storing:
            link = request.meta.get("redirect_urls", [url])[0]
            gone = status in GONE_STATUSES
            CrawlDatabase.for_crawler(self.crawler).skip(
                self.outlet.key, link, reason, permanent=gone
            )

    def _inc(self, key: str, count: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, count)
