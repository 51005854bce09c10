"""The ANTARA family: its site search and tag listings share one card markup, read here with
the listing time ("11 Juni 2025 14:05" or "26 menit lalu") so pagination stops at ``--since``.
Feeds and sitemaps use the generic methods."""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import urljoin

from parsel import Selector

from crawler.outlets import Outlet, antara
from crawler.spiders.base import OutletSpider
from crawler.spiders.discovery import (
    GENERIC_METHODS,
    Link,
    ListingMethod,
    Method,
    Page,
    Plan,
    SearchMethod,
)
from extract.pagedates import parse_listing_time


def card_page(outlet: Outlet, body: bytes, url: str) -> Page:
    """Search results and listing cards: link, title, snippet, listing time; next page."""
    selector = Selector(body=body or b"<html></html>", base_url=url)
    page = Page()
    for item in selector.css(antara.LISTING_ITEM_CSS):
        href = item.css(antara.LISTING_LINK_CSS).get()
        if not href or antara.ARTICLE_PATH_PREFIX not in href:
            continue
        stamp = _text(item, antara.LISTING_TIME_CSS)
        page.links.append(
            Link(
                url=urljoin(url, href),
                title=_text(item, antara.LISTING_TITLE_CSS),
                snippet=_text(item, antara.LISTING_SNIPPET_CSS),
                published=parse_listing_time(stamp, default_tz=outlet.hints.default_tz),
            )
        )
    next_href = selector.css(antara.NEXT_PAGE_CSS).get()
    page.next_url = urljoin(url, next_href) if next_href else None
    return page


def _text(item: Selector, css: str) -> str:
    return " ".join(" ".join(item.css(css + " ::text").getall()).split())


class AntaraSearch(SearchMethod):
    def parse(self, outlet: Outlet, body: bytes, url: str, plan: Plan) -> Page:
        return card_page(outlet, body, url)


class AntaraListing(ListingMethod):
    def parse(self, outlet: Outlet, body: bytes, url: str, plan: Plan) -> Page:
        return card_page(outlet, body, url)


class AntaraSpider(OutletSpider):
    """Crawls one ANTARA site; concrete subclasses are made per outlet in ``crawler.spiders``."""

    METHODS: ClassVar[dict[str, Method]] = {
        **GENERIC_METHODS,
        "search": AntaraSearch(),
        "listing": AntaraListing(),
    }
