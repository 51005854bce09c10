"""The ANTARA family spider: site search per keyword, then the RSS feeds."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response

from crawler.outlets import antara
from crawler.spiders.base import OutletSpider
from crawler.spiders.feeds import MalformedFeed, parse_feed
from extract.pagedates import parse_listing_time


class AntaraSpider(OutletSpider):
    """Crawls one ANTARA site; concrete subclasses are made per outlet in ``crawler.spiders``."""

    def discover(self) -> Iterable[scrapy.Request]:
        methods = self.outlet.discovery
        if "search" in methods:
            for keyword in self.gate.keywords:
                url = self.outlet.url(antara.SEARCH_PATH + "?" + urlencode({"q": keyword}))
                yield self.discovery_request(url, self.parse_search, "search")
        if "feed" in methods:
            for path in self.outlet.feeds:
                yield self.discovery_request(self.outlet.url(path), self.parse_feed, "feed")

    def parse_search(self, response: Response, method: str) -> Iterator[Any]:
        self.note_discovery(response)
        items = response.css(antara.LISTING_ITEM_CSS)
        older = known = 0
        for item in items:
            href = item.css(antara.LISTING_LINK_CSS).get()
            if not href or antara.ARTICLE_PATH_PREFIX not in href:
                continue
            url = response.urljoin(href)
            stamp = " ".join(item.css(antara.LISTING_TIME_CSS + " ::text").getall())
            published = parse_listing_time(stamp, default_tz=self.outlet.hints.default_tz)
            if published and self.since and published.date() < self.since:
                older += 1
            if self.is_known(url):
                known += 1
            request = self.article_request(url, method, published)
            if request is not None:
                yield request
        next_href = response.css(antara.NEXT_PAGE_CSS).get()
        if not next_href or not items:
            return
        if older:
            self._inc("pantau/discovery/stopped_at_since")
        elif known == len(items) and self.caught_up():
            self._inc("pantau/discovery/stopped_at_known")
        else:
            yield self.discovery_request(response.urljoin(next_href), self.parse_search, method)

    def parse_feed(self, response: Response, method: str) -> Iterator[Any]:
        self.note_discovery(response)
        try:
            items = parse_feed(response.body)
        except MalformedFeed as exc:
            self._inc("pantau/discovery/errors")
            self._inc("pantau/discovery/errors/malformed_feed")
            message = " ".join(str(exc).split())
            self.logger.warning(
                "%s: %s (%d items recovered)", response.url, message, len(exc.items)
            )
            items = exc.items
        for item in items:
            if not self.gate.matches(item.title, item.snippet):
                self._inc("pantau/articles/skipped_off_topic")
                continue
            request = self.article_request(response.urljoin(item.link), method, item.published)
            if request is not None:
                yield request
