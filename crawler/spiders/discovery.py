"""Discovery methods shared by every family: where to start, and how to read what comes back.

A :class:`Method` knows its start URLs for an outlet and a crawl :class:`Plan`, and parses a
fetched discovery page into a :class:`Page`: article links (with the title, snippet and time the
listing shows), the next page, and child pages (sitemap indexes). Methods work on bytes, without
Scrapy, so ``pantau doctor`` probes an outlet with exactly the code a crawl uses.
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import ClassVar
from urllib.parse import quote_plus, urljoin, urlsplit

import lxml.html
from lxml import etree

from crawler.outlets import Outlet
from crawler.spiders.feeds import MalformedFeed, parse_feed
from extract.pagedates import parse_iso, parse_listing_time

ARCHIVE_DEFAULT_DAYS = 7  # how far back an archive goes when the crawl has no --since
WP_PER_PAGE = 20
# Where a generic HTML listing keeps its results (navigation and sidebars are left out).
CONTAINER_XPATH = (
    "//main | //*[@id='main'] | //*[contains(concat(' ', @class, ' '), ' site-main ')]"
    " | //*[@id='content']"
)
NEXT_XPATH = (
    "//link[@rel='next']/@href | //a[@rel='next']/@href"
    " | //a[contains(concat(' ', @class, ' '), ' next ')]/@href"
)


@dataclass(frozen=True, slots=True)
class Plan:
    """What a crawl looks for: keywords and the publication window."""

    keywords: tuple[str, ...]
    since: date | None = None
    until: date | None = None
    today: date = field(default_factory=date.today)


@dataclass(frozen=True, slots=True)
class Start:
    url: str
    gated: bool = True  # listing titles pass the topic gate (False: keyword search results)
    day: date | None = None  # the archive day this page lists


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    title: str = ""
    snippet: str = ""
    published: datetime | None = None  # the time the listing shows
    updated: datetime | None = None  # sitemap lastmod: published no later than this


@dataclass(slots=True)
class Page:
    links: list[Link] = field(default_factory=list)
    next_url: str | None = None
    children: list[str] = field(default_factory=list)  # further discovery pages (sitemaps)
    error: str | None = None  # e.g. "malformed_feed": the page was read only in part
    message: str = ""


class Method(ABC):
    """A discovery method; subclasses set ``name`` and implement ``start`` and ``parse``."""

    name: ClassVar[str] = ""

    @abstractmethod
    def start(self, outlet: Outlet, plan: Plan) -> list[Start]:
        """The first requests of this method for ``outlet``."""

    @abstractmethod
    def parse(self, outlet: Outlet, body: bytes, url: str, plan: Plan) -> Page:
        """Article links and further discovery pages found in one response."""


def expand(template: str, keyword: str) -> str:
    """``/search?q={kw}`` -> ``/search?q=BPJS+Ketenagakerjaan``; ``{slug}`` -> ``bpjs-...``."""
    slug = re.sub(r"[^a-z0-9]+", "-", keyword.lower()).strip("-")
    return template.replace("{kw}", quote_plus(keyword)).replace("{slug}", slug)


def is_article(outlet: Outlet, url: str) -> bool:
    """Whether ``url`` looks like one of the outlet's article pages (same host, pattern)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    base = urlsplit(outlet.base_url)
    if parts.hostname and base.hostname and parts.hostname != base.hostname:
        return False
    if not outlet.article_pattern:
        return parts.path not in ("", "/")
    return re.search(outlet.article_pattern, parts.path) is not None


# -- feeds ---------------------------------------------------------------------------------------


class FeedMethod(Method):
    """RSS/Atom feeds; a feed path with ``{kw}`` is a per-keyword search feed (not gated)."""

    name = "feed"

    def start(self, outlet: Outlet, plan: Plan) -> list[Start]:
        starts = []
        for path in outlet.feeds:
            if "{kw}" in path:
                starts += [Start(outlet.url(expand(path, k)), gated=False) for k in plan.keywords]
            else:
                starts.append(Start(outlet.url(path)))
        return starts

    def parse(self, outlet: Outlet, body: bytes, url: str, plan: Plan) -> Page:
        return feed_page(outlet, body, url)


def feed_page(outlet: Outlet, body: bytes, url: str) -> Page:
    page = Page()
    try:
        items = parse_feed(body)
    except MalformedFeed as exc:
        items = exc.items
        page.error, page.message = "malformed_feed", " ".join(str(exc).split())
    for item in items:
        # the item's link, else its permalink guid (Tribun's /rss was reported to link every
        # item to the homepage)
        found = (urljoin(url, u) for u in (item.link, item.permalink) if u)
        link = next((u for u in found if is_article(outlet, u)), None)
        if link is not None:
            page.links.append(Link(link, item.title, item.snippet, item.published))
    return page


# -- sitemaps ------------------------------------------------------------------------------------


class SitemapMethod(Method):
    """Sitemaps and sitemap indexes, Google News sitemaps included.

    A link's time is ``news:publication_date`` when given; ``lastmod`` only bounds it (an
    article modified before ``--since`` was published before it too). Child sitemaps whose
    ``lastmod`` is before ``--since`` are not fetched.
    """

    name = "sitemap"

    def start(self, outlet: Outlet, plan: Plan) -> list[Start]:
        return [Start(outlet.url(p)) for p in outlet.sitemaps]

    def parse(self, outlet: Outlet, body: bytes, url: str, plan: Plan) -> Page:
        page = Page()
        try:
            root = etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False))
        except etree.XMLSyntaxError as exc:
            page.error, page.message = "malformed_sitemap", str(exc)
            return page
        for node in root.iter("{*}sitemap"):
            loc, lastmod = _child(node, "loc"), _stamp(_child(node, "lastmod"), outlet)
            if not loc or (lastmod and plan.since and lastmod.date() < plan.since):
                continue
            page.children.append(urljoin(url, loc))
        for node in root.iter("{*}url"):
            loc = urljoin(url, _child(node, "loc"))
            if not _child(node, "loc") or not is_article(outlet, loc):
                continue
            news = node.find("{*}news")
            published = (
                _stamp(_child(news, "publication_date"), outlet) if news is not None else None
            )
            title = _child(news, "title") if news is not None else ""
            updated = _stamp(_child(node, "lastmod"), outlet)
            page.links.append(Link(loc, title, "", published, updated))
        return page


def _child(node: etree._Element | None, tag: str) -> str:
    if node is None:
        return ""
    child = node.find(f"{{*}}{tag}")
    return " ".join("".join(child.itertext()).split()) if child is not None else ""


def _stamp(value: str, outlet: Outlet) -> datetime | None:
    return parse_iso(value, outlet.hints.default_tz) if value else None


# -- WordPress REST API --------------------------------------------------------------------------


class WpApiMethod(Method):
    """``/wp-json/wp/v2/posts?search=<kw>&after=<since>``, paged until a short page."""

    name = "wp-api"

    def start(self, outlet: Outlet, plan: Plan) -> list[Start]:
        window = ""
        if plan.since:
            window += f"&after={plan.since.isoformat()}T00:00:00"
        if plan.until:
            window += f"&before={(plan.until + timedelta(days=1)).isoformat()}T00:00:00"
        fields = "&_fields=link,date,title,excerpt"
        return [
            Start(
                outlet.url(f"/wp-json/wp/v2/posts?search={quote_plus(k)}&per_page={WP_PER_PAGE}"
                           f"{window}{fields}&page=1"),
                gated=False,
            )
            for k in plan.keywords
        ]  # fmt: skip

    def parse(self, outlet: Outlet, body: bytes, url: str, plan: Plan) -> Page:
        page = Page()
        try:
            posts = json.loads(body)
        except ValueError as exc:
            page.error, page.message = "malformed_json", str(exc)
            return page
        if not isinstance(posts, list):
            page.error, page.message = "malformed_json", "not a list of posts"
            return page
        for post in posts:
            if not isinstance(post, dict) or not isinstance(post.get("link"), str):
                continue
            title = _rendered(post.get("title"))
            snippet = _rendered(post.get("excerpt"))
            published = _stamp(str(post.get("date") or ""), outlet)
            page.links.append(Link(urljoin(url, post["link"]), title, snippet, published))
        if len(posts) >= WP_PER_PAGE:
            number = int(re.search(r"[?&]page=(\d+)", url)[1]) if "page=" in url else 1  # type: ignore[index]
            page.next_url = re.sub(r"([?&]page=)\d+", rf"\g<1>{number + 1}", url)
        return page


def _rendered(value: object) -> str:
    text = value.get("rendered", "") if isinstance(value, dict) else str(value or "")
    return " ".join(lxml.html.fromstring(f"<p>{text}</p>").text_content().split()) if text else ""


# -- HTML listings: site search, tag pages, date archives -----------------------------------------


def html_page(outlet: Outlet, body: bytes, url: str, container: str = CONTAINER_XPATH) -> Page:
    """Article links of a generic HTML listing, with anchor titles and any nearby time."""
    page = Page()
    if not body.strip():
        return page
    tree = lxml.html.fromstring(body, base_url=url)
    roots = tree.xpath(container) or [tree]
    seen: set[str] = set()
    for root in roots:
        for anchor in root.iter("a"):
            href = (anchor.get("href") or "").strip()
            link = urljoin(url, href)
            if not href or link in seen or not is_article(outlet, link):
                continue
            seen.add(link)
            title = " ".join((anchor.text_content() or anchor.get("title") or "").split())
            page.links.append(Link(link, title, "", _nearby_time(anchor, outlet)))
    nexts = tree.xpath(NEXT_XPATH)
    page.next_url = urljoin(url, nexts[0].strip()) if nexts else None
    return page


def _nearby_time(anchor: lxml.html.HtmlElement, outlet: Outlet) -> datetime | None:
    items = anchor.xpath("ancestor::article[1] | ancestor::li[1]")
    if not items:
        return None
    item = items[-1]
    stamps = item.xpath(".//time/@datetime")
    if stamps:
        return parse_iso(stamps[0], outlet.hints.default_tz)
    for node in item.xpath(".//time | .//*[contains(@class, 'date') or contains(@class, 'time')]"):
        found = parse_listing_time(node.text_content(), default_tz=outlet.hints.default_tz)
        if found:
            return found
    return None


class SearchMethod(Method):
    """The site's HTML search page per keyword (``outlet.search_path``); results not gated."""

    name = "search"

    def start(self, outlet: Outlet, plan: Plan) -> list[Start]:
        if not outlet.search_path:
            return []
        return [
            Start(outlet.url(expand(outlet.search_path, k)), gated=False) for k in plan.keywords
        ]

    def parse(self, outlet: Outlet, body: bytes, url: str, plan: Plan) -> Page:
        return html_page(outlet, body, url)


class ListingMethod(SearchMethod):
    """Listing and tag pages (``outlet.listings``), paginated; ``{slug}`` is per keyword."""

    name = "listing"

    def start(self, outlet: Outlet, plan: Plan) -> list[Start]:
        starts: list[Start] = []
        for path in outlet.listings:
            keywords = plan.keywords if "{slug}" in path or "{kw}" in path else ("",)
            starts += [Start(outlet.url(expand(path, k)), gated="{" not in path) for k in keywords]
        return list(dict.fromkeys(starts))


class ArchiveMethod(Method):
    """Date archives (``outlet.archive_path``), newest first, from ``--until`` (or today) back
    to ``--since`` (or a week); each day's or month's page is a feed or an HTML listing."""

    name = "archive"

    def start(self, outlet: Outlet, plan: Plan) -> list[Start]:
        if not outlet.archive_path:
            return []
        return [
            Start(outlet.url(outlet.archive_path.format(day=d)), day=d)
            for d in self.days(outlet, plan)
        ]

    @staticmethod
    def days(outlet: Outlet, plan: Plan) -> Iterator[date]:
        last = min(plan.until or plan.today, plan.today)
        first = plan.since or last - timedelta(days=ARCHIVE_DEFAULT_DAYS)
        day = last
        if outlet.archive_step == "month":
            day = last.replace(day=1)
            while day >= first.replace(day=1):
                yield day
                day = (day - timedelta(days=1)).replace(day=1)
            return
        while day >= first:
            yield day
            day -= timedelta(days=1)

    def parse(self, outlet: Outlet, body: bytes, url: str, plan: Plan) -> Page:
        if body.lstrip()[:5] == b"<?xml" or b"<rss" in body[:500]:
            return feed_page(outlet, body, url)
        return html_page(outlet, body, url)


GENERIC_METHODS: dict[str, Method] = {
    m.name: m
    for m in (FeedMethod(), SitemapMethod(), SearchMethod(), WpApiMethod(), ListingMethod(),
              ArchiveMethod())
}  # fmt: skip
