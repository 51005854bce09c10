"""OutletSpider.parse_discovery: topic gate on listing titles, window, stop-at-since and
stop-at-known pagination, child sitemaps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from crawler.outlets import REGISTRY
from crawler.spiders import spider_for
from crawler.spiders.base import OutletSpider
from crawler.spiders.discovery import Plan
from crawler.topic import TopicGate
from storage.urls import url_key

BASE = "http://t.example"


def spider(
    key: str, since: date | None, known: Iterable[str] = (), covered_since: date | None = None
) -> OutletSpider:
    cls = spider_for(key)
    instance = cls(since=since)
    instance.crawler = get_crawler(cls)
    instance.crawler.stats.open_spider()  # type: ignore[union-attr]
    instance.outlet = replace(REGISTRY[key], base_url=BASE)
    instance.gate = TopicGate()
    instance.plan = Plan(instance.gate.keywords, since)
    instance.known = {url_key(u) for u in known}
    instance.covered_since = covered_since
    instance.storing = False
    return instance


def read(s: OutletSpider, url: str, body: str, method: str, **meta: Any) -> list[scrapy.Request]:
    request = scrapy.Request(url, meta={"pantau_method": method, **meta})
    response = TextResponse(url, body=body.encode(), encoding="utf-8", request=request)
    return list(s.parse_discovery(response, method))


def stats(s: OutletSpider) -> dict[str, Any]:
    return s.crawler.stats.get_stats()  # type: ignore[union-attr]


LISTING = """<html><body><main><ul>
<li><a href="/2025/09/05/bpjamsostek-kendari-sasar-pasar">BPJamsostek Kendari sasar pasar</a>
<time datetime="{first}">x</time></li>
<li><a href="/2025/09/04/harga-cabai-turun-lagi">Harga cabai turun lagi</a></li>
</ul><a rel="next" href="/index-news?date=2025-09-05&page=2">2</a></main></body></html>"""


def test_listing_titles_pass_the_gate_and_pagination_continues() -> None:
    s = spider("tribun-sultra", date(2025, 9, 1))
    body = LISTING.format(first="2025-09-05T10:00:00+08:00")
    out = read(s, BASE + "/index-news?date=2025-09-05", body, "archive")
    urls = [r.url for r in out]
    assert urls == [BASE + "/2025/09/05/bpjamsostek-kendari-sasar-pasar",
                    BASE + "/index-news?date=2025-09-05&page=2"]  # fmt: skip
    assert stats(s)["pantau/articles/skipped_off_topic"] == 1


def test_pagination_stops_past_since() -> None:
    s = spider("tribun-sultra", date(2025, 9, 6))
    body = LISTING.format(first="2025-09-05T10:00:00+08:00")
    out = read(s, BASE + "/index-news?date=2025-09-05", body, "archive")
    assert out == []
    assert stats(s)["pantau/discovery/stopped_at_since"] == 1


def test_pagination_stops_at_a_page_of_stored_links_once_caught_up() -> None:
    links = {
        BASE + "/2025/09/05/bpjamsostek-kendari-sasar-pasar",
        BASE + "/2025/09/04/harga-cabai-turun-lagi",
    }
    body = LISTING.format(first="2025-09-05T10:00:00+08:00")
    behind = spider("tribun-sultra", date(2025, 1, 1), links, covered_since=date(2025, 6, 1))
    assert [r.url for r in read(behind, BASE + "/x", body, "archive")] == [
        BASE + "/index-news?date=2025-09-05&page=2"
    ]  # stored links, but the store does not reach back to --since: keep paging
    caught_up = spider("tribun-sultra", date(2025, 1, 1), links, covered_since=date(2024, 12, 1))
    assert read(caught_up, BASE + "/x", body, "archive") == []
    assert stats(caught_up)["pantau/discovery/stopped_at_known"] == 1


def test_sitemap_children_are_followed_and_lastmod_bounds_the_window() -> None:
    s = spider("zonasultra", date(2025, 8, 1))
    index = f"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>{BASE}/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>"""
    (child,) = read(s, BASE + "/wp-sitemap.xml", index, "sitemap")
    assert child.url == BASE + "/wp-sitemap-posts-post-1.xml"
    assert child.meta["pantau_kind"] == "discovery"
    new, old = (
        "/2025/08/28/13-ribu-pekerja-belum-terdaftar/",
        "/2025/07/02/pekerja-lama-terdaftar-semua/",
    )
    urlset = f"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url><loc>{BASE}{new}</loc><lastmod>2025-08-28</lastmod></url>
    <url><loc>{BASE}{old}</loc><lastmod>2025-07-03</lastmod></url></urlset>"""
    out = read(s, child.url, urlset, "sitemap")
    assert [r.url for r in out] == [BASE + new]
    assert stats(s)["pantau/articles/outside_window"] == 1


def test_the_same_article_from_two_methods_is_requested_once() -> None:
    s = spider("tribun-sultra", None)
    body = LISTING.format(first="2025-09-05T10:00:00+08:00")
    first = read(s, BASE + "/a", body, "archive")
    tracked = body.replace("sasar-pasar", "sasar-pasar?utm_source=rss")
    second = read(s, BASE + "/b", tracked, "feed")
    assert len([r for r in first if "/2025/" in r.url]) == 1
    assert [r for r in second if "/2025/" in r.url] == []
