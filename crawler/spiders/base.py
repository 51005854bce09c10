"""OutletSpider: what every outlet's spider shares (window, known URLs, errors, article pages).

Discovery is table-driven: a family spider maps method names to :class:`Method` objects
(``METHODS``); the crawl runs the methods chosen for the outlet (``--methods``, or the
cheapest that reach back to ``--since``) and :meth:`OutletSpider.parse_discovery` turns each
discovery page into article requests. Multi-page articles are joined before cleaning.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import date, datetime
from typing import Any, ClassVar

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.database import CrawlDatabase
from crawler.outlets import Outlet, get_outlet, load_registry, parse_methods
from crawler.spiders.discovery import GENERIC_METHODS, Method, Plan
from crawler.spiders.multipage import MultipageMixin
from crawler.topic import DEFAULT_KEYWORDS, TopicGate
from storage.urls import url_key

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


class OutletSpider(MultipageMixin, scrapy.Spider):
    """Base class; a concrete spider sets ``outlet_key`` (and its ``name`` equals it)."""

    outlet_key: ClassVar[str] = ""
    METHODS: ClassVar[dict[str, Method]] = GENERIC_METHODS
    outlet: Outlet
    plan: Plan
    methods: tuple[str, ...]
    requested: set[str]
    gate: TopicGate
    known: set[str]
    covered_since: date | None
    storing: bool

    def __init__(
        self,
        since: str | date | None = None,
        until: str | date | None = None,
        refresh: str | bool = False,
        methods: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.wanted_methods = parse_methods(methods)
        self.requested = set()
        self.since = parse_day(since, "since")
        self.until = parse_day(until, "until")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        self.refresh = str(refresh).lower() in ("1", "true", "yes")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> OutletSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        registry = load_registry(settings.get("PANTAU_OUTLETS_FILE"))
        spider.outlet = get_outlet(cls.outlet_key, settings.getdict("PANTAU_BASE_URLS"), registry)
        spider.gate = TopicGate(settings.getlist("PANTAU_KEYWORDS") or DEFAULT_KEYWORDS)
        wanted = spider.wanted_methods or parse_methods(
            ",".join(settings.getlist("PANTAU_METHODS"))
        )
        spider.methods = tuple(
            m for m in spider.outlet.choose_methods(wanted, spider.since) if m in cls.METHODS
        )
        spider.plan = Plan(spider.gate.keywords, spider.since, spider.until)
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
        """Start requests of every chosen method (see :meth:`Outlet.choose_methods`)."""
        if not self.methods:
            self.logger.warning("%s offers none of the methods asked for", self.outlet.key)
        for name in self.methods:
            for start in self.METHODS[name].start(self.outlet, self.plan):
                yield self.discovery_request(start.url, name, gated=start.gated, day=start.day)

    def discovery_request(
        self, url: str, method: str, *, gated: bool = True, day: date | None = None
    ) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_discovery,
            errback=self.discovery_failed,
            meta={"pantau_kind": "discovery", "pantau_method": method, "pantau_gated": gated,
                  "pantau_day": day},
            cb_kwargs={"method": method},
        )  # fmt: skip

    def note_discovery(self, response: Response) -> None:
        self._inc(f"pantau/discovery/{response.meta.get('pantau_method', 'other')}/pages")
        self._inc("pantau/discovery/pages")

    def parse_discovery(self, response: Response, method: str) -> Iterator[scrapy.Request]:
        """Read one discovery page: request new article links, follow children and the next
        page unless the page went past ``--since`` or held only stored links (caught up)."""
        self.note_discovery(response)
        page = self.METHODS[method].parse(self.outlet, response.body, response.url, self.plan)
        if page.error:
            self._inc("pantau/discovery/errors")
            self._inc(f"pantau/discovery/errors/{page.error}")
            self.logger.warning(
                "%s: %s (%d items recovered)", response.url, page.message, len(page.links)
            )
        gated, day = response.meta.get("pantau_gated", True), response.meta.get("pantau_day")
        older = known = 0
        for link in page.links:
            if link.published and self.since and link.published.date() < self.since:
                older += 1
            if self.is_known(link.url):
                known += 1
            if (
                gated
                and (link.title or link.snippet)
                and not self.gate.matches(link.title, link.snippet)
            ):
                self._inc("pantau/articles/skipped_off_topic")
                continue
            if link.updated and self.since and link.updated.date() < self.since:
                self._inc("pantau/articles/discovered")
                self._inc("pantau/articles/outside_window")
                continue
            request = self.article_request(link.url, method, link.published, day)
            if request is not None:
                yield request
        for child in page.children:
            yield self.discovery_request(child, method, gated=gated, day=day)
        if not page.next_url or not page.links:
            return
        if older:
            self._inc("pantau/discovery/stopped_at_since")
        elif known == len(page.links) and self.caught_up():
            self._inc("pantau/discovery/stopped_at_known")
        else:
            yield self.discovery_request(page.next_url, method, gated=gated, day=day)

    def in_window(self, published: datetime | None) -> bool:
        """Whether a listing's time falls in ``--since``..``--until`` (unknown times do)."""
        if published is None:
            return True
        day = published.date()
        return not (self.since and day < self.since) and not (self.until and day > self.until)

    def is_known(self, url: str) -> bool:
        return url_key(url) in self.known

    def caught_up(self) -> bool:
        """Stored articles reach back to ``--since``: a page of known links ends pagination."""
        if self.refresh:
            return False
        return self.covered_since is not None and (
            self.since is None or self.covered_since <= self.since
        )

    def article_request(
        self,
        url: str,
        via: str,
        listing_published: datetime | None = None,
        listing_day: date | None = None,
    ) -> scrapy.Request | None:
        """The request for an article link, or None when it is stored, already requested in
        this run, or out of the window."""
        self._inc("pantau/articles/discovered")
        if not self.in_window(listing_published):
            self._inc("pantau/articles/outside_window")
            return None
        key = url_key(url)
        if key in self.known:
            self._inc("pantau/articles/skipped_known")
            return None
        if key in self.requested:
            return None
        self.requested.add(key)
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={
                "pantau_kind": "article",
                "pantau_via": via,
                "pantau_listing_published": listing_published,
                "pantau_listing_day": listing_day,
            },
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
