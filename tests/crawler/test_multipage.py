"""Multi-page articles: ANTARA's ``?page=all`` and Tribun's ``?page=2`` joined into one item."""

from __future__ import annotations

from dataclasses import replace

import scrapy
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.items import ArticlePage
from crawler.outlets import REGISTRY
from crawler.spiders import spider_for

URL = "http://a.example/berita/4900001/bpjamsostek-kendari"
PAGE1 = (
    b'<html><body><div class="wrap__article-detail-content"><p>Bagian satu.</p></div>'
    b'<ul class="pagination"><a href="?page=1">1</a><a href="?page=2">2</a></ul></body></html>'
)
PAGE2 = (
    b'<html><body><div class="wrap__article-detail-content"><p>Bagian dua.</p></div></body></html>'
)


def spider(key: str) -> scrapy.Spider:
    cls = spider_for(key)
    crawler = get_crawler(cls)
    crawler.stats.open_spider()  # type: ignore[union-attr]
    instance = cls()  # not from_crawler: no database needed here
    instance.crawler = crawler
    instance.outlet = replace(REGISTRY[key], base_url="http://a.example")
    return instance


def response(url: str, body: bytes, meta: dict | None = None) -> HtmlResponse:
    request = scrapy.Request(url, meta={"pantau_via": "search", **(meta or {})})
    return HtmlResponse(url, body=body, request=request)


def test_antara_fetches_page_all_and_stores_it_under_the_first_link() -> None:
    s = spider("antara-sultra")
    (follow,) = list(s.parse_article(response(URL, PAGE1)))
    assert isinstance(follow, scrapy.Request) and follow.url == URL + "?page=all"
    whole = b"<html><body><p>Bagian satu.</p><p>Bagian dua.</p></body></html>"
    (item,) = list(follow.callback(response(follow.url, whole, follow.meta)))
    assert isinstance(item, ArticlePage) and item.url == URL and item.html == whole
    assert item.discovered_via == "search"


def test_tribun_joins_later_pages_into_the_body() -> None:
    s = spider("tribun-sultra")
    body = PAGE1.replace(b"wrap__article-detail-content", b"side-article txt-article")
    (follow,) = list(s.parse_article(response(URL, body)))
    assert follow.url == URL + "?page=2"
    second = PAGE2.replace(b"wrap__article-detail-content", b"side-article txt-article")
    (item,) = list(follow.callback(response(follow.url, second, follow.meta)))
    html = item.html.decode()
    assert item.url == URL and html.index("Bagian satu.") < html.index("Bagian dua.")


def test_single_page_articles_are_items_at_once() -> None:
    s = spider("tribun-sultra")
    (item,) = list(s.parse_article(response(URL, PAGE2)))
    assert isinstance(item, ArticlePage) and item.html == PAGE2
