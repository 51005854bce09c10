"""ANTARA: www.antaranews.com and its regional sites, all on one template.

Discovery: RSS (``/rss/terkini.xml``, per section), site search (``/search?q=<kw>&page=N``),
tag listings (``/tag/<slug>?page=N``) and the sitemap (``/sitemap.xml``, unverified). Article
pages carry JSON-LD NewsArticle; the body div holds "Baca juga" links and the
"Pewarta/Editor/Copyright" footer, pruned before trafilatura sees them. ``?page=all`` gives a
paginated article whole.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta, timezone

from crawler.outlets import Outlet
from extract.clean import CleanHints
from extract.pagedates import WIB

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
        "//*[contains(@class, 'pagination')]",
        "//script",
    ),
)
# The selectors above were written against the 2025 template; re-check them after this day.
VALID_UNTIL = date(2026, 12, 31)

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
SEARCH_PATH = "/search?q={kw}"
LISTINGS = ("/tag/{slug}",)
ARTICLE_PATH_PREFIX = "/berita/"
ARTICLE_PATTERN = r"^/berita/\d+/[^/]+$"


def _site(key: str, host: str, name: str, region_code: str | None, tz: timezone) -> Outlet:
    return Outlet(
        key=key,
        name=name,
        base_url=f"https://{host}",
        family="antara",
        region_code=region_code,
        discovery=("feed", "search", "listing", "sitemap"),
        feeds=FEEDS,
        sitemaps=("/sitemap.xml",),
        search_path=SEARCH_PATH,
        listings=LISTINGS,
        article_pattern=ARTICLE_PATTERN,
        multipage="all",
        hints=replace(HINTS, default_tz=tz),
        hints_valid_until=VALID_UNTIL,
    )


OUTLETS = (
    _site("antara", "www.antaranews.com", "ANTARA News", None, WIB),
    _site("antara-sultra", "sultra.antaranews.com", "ANTARA Sulawesi Tenggara", "74", WITA),
    _site("antara-sulteng", "sulteng.antaranews.com", "ANTARA Sulawesi Tengah", "72", WITA),
    _site("antara-kaltim", "kaltim.antaranews.com", "ANTARA Kalimantan Timur", "64", WITA),
    _site("antara-sulsel", "sulsel.antaranews.com", "ANTARA Sulawesi Selatan", "73", WITA),
    _site("antara-sulut", "sulut.antaranews.com", "ANTARA Sulawesi Utara", "71", WITA),
    _site("antara-gorontalo", "gorontalo.antaranews.com", "ANTARA Gorontalo", "75", WITA),
)
