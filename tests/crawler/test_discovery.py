"""The discovery methods' parsers, on small pages in each family's style."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from crawler.outlets import REGISTRY
from crawler.spiders.discovery import (
    ArchiveMethod,
    FeedMethod,
    Plan,
    SitemapMethod,
    WpApiMethod,
    expand,
    html_page,
    is_article,
)
from crawler.spiders.multipage import join_bodies, with_page

WITA = timezone(timedelta(hours=8))
PLAN = Plan(("BPJS Ketenagakerjaan", "BPJamsostek"), date(2025, 9, 1), None, date(2025, 9, 5))
TRIBUN = replace(REGISTRY["tribun-sultra"], base_url="http://t.example")
WP = replace(REGISTRY["zonasultra"], base_url="http://w.example")


def test_expand_keywords() -> None:
    assert expand("/search?q={kw}", "BPJS Ketenagakerjaan") == "/search?q=BPJS+Ketenagakerjaan"
    assert expand("/tag/{slug}", "BP Jamsostek") == "/tag/bp-jamsostek"


def test_sitemap_index_skips_children_older_than_since() -> None:
    body = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>http://t.example/news.xml</loc><lastmod>2025-09-05T10:00:00+08:00</lastmod></sitemap>
    <sitemap><loc>http://t.example/old.xml</loc><lastmod>2025-08-01</lastmod></sitemap>
    <sitemap><loc>http://t.example/undated.xml</loc></sitemap></sitemapindex>"""
    page = SitemapMethod().parse(TRIBUN, body, "http://t.example/sitemap.xml", PLAN)
    assert page.children == ["http://t.example/news.xml", "http://t.example/undated.xml"]


def test_news_sitemap_reads_publication_date_title_and_lastmod() -> None:
    body = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>http://t.example/2025/09/05/bpjs-ketenagakerjaan-kendari</loc>
      <lastmod>2025-09-05T13:00:00+08:00</lastmod>
      <news:news><news:publication_date>2025-09-05T12:40:00+08:00</news:publication_date>
      <news:title>BPJS Ketenagakerjaan Kendari</news:title></news:news></url>
    <url><loc>http://t.example/tag/bpjs</loc></url></urlset>"""
    page = SitemapMethod().parse(TRIBUN, body, "http://t.example/n.xml", PLAN)
    assert len(page.links) == 1
    link = page.links[0]
    assert link.title == "BPJS Ketenagakerjaan Kendari"
    assert link.published == datetime(2025, 9, 5, 12, 40, tzinfo=WITA)
    assert link.updated == datetime(2025, 9, 5, 13, 0, tzinfo=WITA)


def test_malformed_sitemap_is_an_error_not_a_crash() -> None:
    page = SitemapMethod().parse(TRIBUN, b"<urlset><url>", "http://t.example/s.xml", PLAN)
    assert page.error == "malformed_sitemap" and page.links == []


def test_feed_drops_links_that_are_not_articles() -> None:
    body = b"""<rss version="2.0"><channel>
    <item><title>BPJamsostek</title><link>http://t.example/</link></item>
    <item><title>BPJamsostek Palu</title><link>http://t.example/2025/09/04/bpjamsostek-palu</link>
    <pubDate>Thu, 04 Sep 2025 10:00:00 +0800</pubDate></item></channel></rss>"""
    page = FeedMethod().parse(TRIBUN, body, "http://t.example/rss", PLAN)
    assert [link.url for link in page.links] == ["http://t.example/2025/09/04/bpjamsostek-palu"]


def test_feed_item_linking_the_homepage_is_read_from_its_permalink_guid() -> None:
    body = b"""<rss version="2.0"><channel>
    <item><title>BPJamsostek Kendari</title><link>http://t.example/</link>
    <guid>http://t.example/2025/09/05/bpjamsostek-kendari</guid></item>
    <item><title>BPJamsostek Baubau</title><link>http://t.example/</link>
    <guid isPermaLink="false">http://t.example/2025/09/05/bpjamsostek-baubau</guid></item>
    </channel></rss>"""
    page = FeedMethod().parse(TRIBUN, body, "http://t.example/rss", PLAN)
    assert [link.url for link in page.links] == ["http://t.example/2025/09/05/bpjamsostek-kendari"]


def test_search_feeds_are_per_keyword_and_not_gated() -> None:
    starts = FeedMethod().start(WP, PLAN)
    assert starts[0].url == "http://w.example/feed/" and starts[0].gated
    assert starts[1].url == "http://w.example/?s=BPJS+Ketenagakerjaan&feed=rss2"
    assert not starts[1].gated and len(starts) == 3


def test_wp_api_window_and_paging() -> None:
    plan = replace(PLAN, until=date(2025, 9, 30))
    start = WpApiMethod().start(WP, plan)[0]
    assert "search=BPJS+Ketenagakerjaan" in start.url
    assert "after=2025-09-01T00:00:00" in start.url and "before=2025-10-01T00:00:00" in start.url
    link = "http://w.example/2025/09/0{}/bpjs-ketenagakerjaan-kolaka-nomor-{}/"
    posts = [{"link": link.format(i % 9 + 1, i),
              "date": "2025-09-02T10:20:00", "title": {"rendered": "BPJS &amp; pekerja"},
              "excerpt": {"rendered": "<p>Peserta</p>"}} for i in range(20)]  # fmt: skip
    page = WpApiMethod().parse(WP, json.dumps(posts).encode(), start.url, plan)
    assert len(page.links) == 20 and page.links[0].title == "BPJS & pekerja"
    assert page.links[0].published == datetime(2025, 9, 2, 10, 20, tzinfo=WITA)
    assert page.next_url is not None and page.next_url.endswith("&page=2")
    short = WpApiMethod().parse(WP, json.dumps(posts[:3]).encode(), page.next_url, plan)
    assert short.next_url is None
    assert WpApiMethod().parse(WP, b"<html>", start.url, plan).error == "malformed_json"


def test_archive_days_and_months() -> None:
    starts = ArchiveMethod().start(TRIBUN, PLAN)
    assert [s.day for s in starts][:2] == [date(2025, 9, 5), date(2025, 9, 4)]
    assert starts[-1].url == "http://t.example/index-news?date=2025-09-01" and len(starts) == 5
    months = ArchiveMethod().start(WP, replace(PLAN, since=date(2025, 7, 15)))
    assert [s.url for s in months] == [
        "http://w.example/2025/09/feed/", "http://w.example/2025/08/feed/",
        "http://w.example/2025/07/feed/",
    ]  # fmt: skip


def test_html_listing_reads_results_with_times_and_next_page() -> None:
    body = b"""<html><body><nav><a href="/2025/01/01/menu-link-di-atas-situs">menu</a></nav>
    <main><ul><li><a href="/2025/09/04/bpjamsostek-palu">BPJamsostek Palu</a>
    <time datetime="2025-09-04T10:00:00+08:00">4 Sep</time></li>
    <li><a href="/2025/09/03/harga-cabai">Harga cabai</a><span class="date">2 jam lalu</span></li>
    </ul><a class="next page-numbers" href="?page=2">Berikutnya</a></main></body></html>"""
    page = html_page(TRIBUN, body, "http://t.example/index-news?date=2025-09-04")
    assert [link.title for link in page.links] == ["BPJamsostek Palu", "Harga cabai"]
    assert page.links[0].published == datetime(2025, 9, 4, 10, tzinfo=WITA)
    assert page.links[1].published is not None  # relative "2 jam lalu"
    assert page.next_url == "http://t.example/index-news?page=2"


def test_article_patterns() -> None:
    assert is_article(WP, "http://w.example/2025/08/28/13-ribu-pekerja-belum-terdaftar/")
    assert not is_article(WP, "http://w.example/category/ekonomi/")
    assert not is_article(WP, "http://other.example/2025/08/28/13-ribu-pekerja-belum-terdaftar/")
    wahana = REGISTRY["wahananews-sulteng"]
    assert is_article(wahana, "https://sulteng.wahananews.co/ekonomi/bpjs-palu-a1b2c3d4e5")
    assert not is_article(wahana, "https://sulteng.wahananews.co/arsip")


def test_later_pages_are_joined_into_the_first_pages_body() -> None:
    first = b'<html><body><div class="txt-article"><p>Satu.</p></div><p>Footer</p></body></html>'
    second = b'<html><body><div class="txt-article"><p>Dua.</p></div></body></html>'
    joined = join_bodies(first, [second], "//div[contains(@class, 'txt-article')]").decode()
    assert joined.index("Satu.") < joined.index("Dua.") < joined.index("Footer")
    assert (
        with_page("http://t.example/a?utm=x&page=1", "all") == "http://t.example/a?utm=x&page=all"
    )
