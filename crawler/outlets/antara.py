"""ANTARA: www.antaranews.com and its regional sites, all on one template.

Discovery: site search (``/search?q=<kw>&page=N``) and RSS (``/rss/terkini.xml``). Article
pages carry JSON-LD NewsArticle; the body div holds "Baca juga" links and the
"Pewarta/Editor/Copyright" footer, pruned before trafilatura sees them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta, timezone

from crawler.outlets import Outlet
from extract.clean import CleanHints

WITA = timezone(timedelta(hours=8))

HINTS = CleanHints(
    title_xpath="//h1[contains(@class, 'wrap__article-detail-title')] | //h1[@class='post-title']",
    body_xpath="//div[contains(@class, 'wrap__article-detail-content')]",
    date_xpath="//*[contains(@class, 'wrap__article-detail-info')]//span",
    byline_xpath="//p[contains(@class, 'text-muted')]",
    prune_xpaths=(
        "//span[contains(@class, 'baca-juga')]",
        "//p[contains(@class, 'text-muted')]",
        "//ul[contains(@class, 'blog-tags')]",
        "//script",
    ),
)

# Listing and search result markup (current template).
LISTING_ITEM_CSS = "div.wrapper__list__article .card__post, .card__post.card__post-list"
LISTING_LINK_CSS = ".post_title a::attr(href), h2 a::attr(href), h3 a::attr(href)"
LISTING_TITLE_CSS = ".post_title a, h2 a, h3 a"
LISTING_TIME_CSS = ".card__post__author-info span"
LISTING_SNIPPET_CSS = "p"
NEXT_PAGE_CSS = (
    "ul.pagination a[rel=next]::attr(href), ul.pagination a[aria-label=Next]::attr(href)"
)
FEEDS = ("/rss/terkini.xml", "/rss/ekonomi.xml")
SEARCH_PATH = "/search"
ARTICLE_PATH_PREFIX = "/berita/"


def _regional(key: str, host: str, name: str, region_code: str, tz: timezone) -> Outlet:
    return Outlet(
        key=key,
        name=name,
        base_url=f"https://{host}",
        family="antara",
        region_code=region_code,
        discovery=("search", "feed"),
        feeds=FEEDS,
        hints=replace(HINTS, default_tz=tz),
    )


OUTLETS = (
    _regional("antara-sultra", "sultra.antaranews.com", "ANTARA Sulawesi Tenggara", "74", WITA),
)
