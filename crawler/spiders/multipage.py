"""Multi-page articles: an outlet's ``multipage`` says how to get the whole text.

``"all"`` (ANTARA): when the page links to ``?page=2``, fetch ``?page=all`` instead and use it.
``"pages"`` (Tribun): fetch ``?page=2`` .. ``?page=N`` in turn and append each page's body to
the first page's body, so cleaning sees one article. A later page that fails leaves the article
with the pages read so far.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import lxml.html
import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.items import ArticlePage

if TYPE_CHECKING:
    from crawler.outlets import Outlet

BODY_FALLBACK_XPATH = "//article | //body"


def with_page(url: str, page: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "page"]
    return urlunsplit(parts._replace(query=urlencode([*query, ("page", page)])))


def later_pages(response: Response) -> list[str]:
    """``?page=2`` .. ``?page=N`` links of the article itself, in order."""
    path = urlsplit(response.url).path
    numbers: set[int] = set()
    for href in response.xpath("//a/@href").getall():
        link = urlsplit(response.urljoin(href))
        if link.path != path:
            continue
        page = dict(parse_qsl(link.query)).get("page", "")
        if page.isdigit() and int(page) >= 2:
            numbers.add(int(page))
    return [with_page(response.url, str(n)) for n in range(2, max(numbers) + 1)] if numbers else []


def join_bodies(first: bytes, later: list[bytes], body_xpath: str | None) -> bytes:
    """The first page with the body of every later page appended to its body."""
    xpath = body_xpath or BODY_FALLBACK_XPATH
    tree = lxml.html.document_fromstring(first)
    targets = tree.xpath(xpath)
    if not targets:
        return first
    target = targets[0]
    for body in later:
        nodes = lxml.html.document_fromstring(body).xpath(xpath)
        for child in list(nodes[0]) if nodes else []:
            target.append(child)
    return bytes(lxml.html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>"))


class MultipageMixin:
    """``parse_article`` for :class:`crawler.spiders.base.OutletSpider`."""

    outlet: Outlet
    logger: Any

    _inc: Callable[..., None]  # OutletSpider's stats counter

    def parse_article(self, response: Response) -> Iterator[Any]:
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        if content_type and "html" not in content_type:
            self._inc("pantau/articles/errors/not_html")
            self.logger.warning("not an HTML page: %s (%s)", response.url, content_type)
            return
        self._inc("pantau/articles/fetched")
        link = response.meta.get("redirect_urls", [response.url])[0]
        pages = later_pages(response) if self.outlet.multipage else []
        if not pages:
            yield self.article_page(response, link, response.body)
            return
        meta = {**response.meta, "pantau_link": link, "pantau_first": response.body,
                "pantau_parts": [], "pantau_pages": pages}  # fmt: skip
        meta.pop("redirect_urls", None)
        if self.outlet.multipage == "all":
            meta["pantau_pages"] = [with_page(response.url, "all")]
        yield self._next_page(meta)

    def _next_page(self, meta: dict[str, Any]) -> scrapy.Request:
        url, *rest = meta["pantau_pages"]
        return scrapy.Request(url, callback=self._article_part, errback=self._article_part_failed,
                              meta={**meta, "pantau_pages": rest}, dont_filter=True)  # fmt: skip

    def _article_part(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        self._inc("pantau/articles/pages_joined")
        if self.outlet.multipage == "all":
            yield self.article_page(response, meta["pantau_link"], response.body)
            return
        meta["pantau_parts"].append(response.body)
        if meta["pantau_pages"]:
            yield self._next_page(dict(meta))
            return
        yield self.article_page(response, meta["pantau_link"], self._joined(meta))

    def _article_part_failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        self._inc("pantau/articles/errors/later_page")
        self.logger.warning("could not fetch %s; keeping the pages read so far", request.url)
        meta = request.meta
        html = meta["pantau_first"] if self.outlet.multipage == "all" else self._joined(meta)
        yield self.article_page(None, meta["pantau_link"], html, meta)

    def _joined(self, meta: dict[str, Any]) -> bytes:
        if not meta["pantau_parts"]:
            return bytes(meta["pantau_first"])
        return join_bodies(meta["pantau_first"], meta["pantau_parts"], self.outlet.hints.body_xpath)

    def article_page(
        self, response: Response | None, link: str, html: bytes, meta: dict[str, Any] | None = None
    ) -> ArticlePage:
        meta = meta if meta is not None else (response.meta if response is not None else {})
        return ArticlePage(
            outlet_key=self.outlet.key,
            url=link,
            html=html,
            fetched_at=datetime.now(UTC),
            discovered_via=meta.get("pantau_via", ""),
            listing_published=meta.get("pantau_listing_published"),
            listing_day=meta.get("pantau_listing_day"),
        )
