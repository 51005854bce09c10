"""Article HTML -> CleanedArticle: trafilatura for the text, page metadata for the rest.

Metadata comes from what survives redesigns, in this order: JSON-LD (NewsArticle and kin),
Open Graph / article meta tags, ``<time datetime>``, then the visible Indonesian date. An
outlet may pass :class:`CleanHints` (XPath overrides) where trafilatura gets its page wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin

import lxml.html
import trafilatura
from lxml import etree

from extract.model import CleanedArticle
from extract.pagedates import WIB, parse_iso, parse_visible
from extract.urls import canonicalize

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "webpage"}
DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "date",
    "content_publishdate",
)


# Shorter than this, what trafilatura returns is navigation or a caption, not an article.
MIN_TEXT_CHARS = 120
# Where a visible date usually sits when no outlet hint says otherwise.
GENERIC_DATE_XPATH = (
    "//*[contains(@class, 'date') or contains(@class, 'time') or contains(@class, 'tanggal')]"
)

BYLINE_RE = re.compile(
    r"(?:Pewarta|Penulis|Reporter|Wartawan)\s*:\s*(?P<name>[^\n:]+?)\s*"
    r"(?=Editor\s*:|Copyright|©|\n|$)",
    re.IGNORECASE,
)


class CleaningError(ValueError):
    """The page could not be turned into an article (empty, not HTML, no text)."""


@dataclass(frozen=True, slots=True)
class CleanHints:
    """Outlet-specific corrections, all optional XPath expressions."""

    title_xpath: str | None = None
    body_xpath: str | None = None
    date_xpath: str | None = None
    byline_xpath: str | None = None  # where "Pewarta: X" / "Penulis: X" names the author
    prune_xpaths: tuple[str, ...] = field(default_factory=tuple)
    default_tz: timezone = WIB


def clean_html(html: bytes | str, url: str, hints: CleanHints | None = None) -> CleanedArticle:
    """Clean one article page. Raises :class:`CleaningError` when no text comes out."""
    hints = hints or CleanHints()
    tree = _parse(html)
    ld = _json_ld_article(tree)
    text = _extract_text(tree, url, hints)
    if len(text) < MIN_TEXT_CHARS:
        raise CleaningError(f"no article text found in {url} ({len(text)} characters)")
    return CleanedArticle(
        url=url,
        canonical_url=canonicalize(_canonical(tree, ld, url)),
        title=_title(tree, ld, hints),
        text=text,
        published=_published(tree, ld, hints),
        author=_author(tree, ld, hints),
        section=_first(ld.get("articleSection")) or _meta(tree, "article:section"),
        language=(tree.get("lang") or None),
    )


def _parse(html: bytes | str) -> lxml.html.HtmlElement:
    if not html or not html.strip():
        raise CleaningError("empty page")
    if (b"\x00" in html) if isinstance(html, bytes) else ("\x00" in html):
        raise CleaningError("binary content, not an HTML page")
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise CleaningError(f"not parseable as HTML: {exc}") from exc
    return tree


def _extract_text(tree: lxml.html.HtmlElement, url: str, hints: CleanHints) -> str:
    source: Any = tree
    if hints.body_xpath:
        nodes = tree.xpath(hints.body_xpath)
        if nodes:
            # Hand trafilatura only the article body: the outlet's own markup is reliable.
            body = "".join(lxml.html.tostring(n, encoding="unicode") for n in nodes)
            source = f"<html><body><article>{body}</article></body></html>"
    if source is tree:
        source = lxml.html.tostring(tree, encoding="unicode")
    doc = trafilatura.bare_extraction(
        source,
        url=url,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        prune_xpath=list(hints.prune_xpaths) or None,
        with_metadata=False,
    )
    if doc is None and source is not tree and hints.body_xpath:
        doc = trafilatura.bare_extraction(source, url=url, favor_recall=True)
    text = getattr(doc, "text", None) if doc is not None else None
    return _normalise_text(text or "")


def _normalise_text(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _json_ld_article(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content().strip() or "null", strict=False)
        except json.JSONDecodeError:
            continue
        for obj in _ld_objects(data):
            types = obj.get("@type")
            names = types if isinstance(types, list) else [types]
            if any(str(t).lower() in ARTICLE_TYPES for t in names) and (
                obj.get("headline") or obj.get("datePublished")
            ):
                return obj
    return {}


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"])


def _meta(tree: lxml.html.HtmlElement, name: str) -> str | None:
    for node in tree.xpath("//meta[@property or @name or @itemprop]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if key == name and node.get("content", "").strip():
            return str(node.get("content").strip())
    return None


def _first(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return str(value).strip() or None if value else None


def _canonical(tree: lxml.html.HtmlElement, ld: dict[str, Any], url: str) -> str:
    for href in tree.xpath('//link[@rel="canonical"]/@href'):
        if href.strip():
            return urljoin(url, href.strip())
    og = _meta(tree, "og:url")
    if og:
        return urljoin(url, og)
    main = ld.get("mainEntityOfPage")
    candidate = main.get("@id") if isinstance(main, dict) else main
    if isinstance(candidate, str) and candidate.startswith("http"):
        return candidate
    return url


def _title(tree: lxml.html.HtmlElement, ld: dict[str, Any], hints: CleanHints) -> str | None:
    if hints.title_xpath:
        found = [t for t in (_text_of(n) for n in tree.xpath(hints.title_xpath)) if t]
        if found:
            return found[0]
    for candidate in (ld.get("headline"), _meta(tree, "og:title")):
        if isinstance(candidate, str) and candidate.strip():
            return " ".join(candidate.split())
    h1 = [t for t in (_text_of(n) for n in tree.xpath("//h1")) if t]
    if h1:
        return h1[0]
    titles = tree.xpath("//title/text()")
    return " ".join(titles[0].split()) if titles and titles[0].strip() else None


def _author(tree: lxml.html.HtmlElement, ld: dict[str, Any], hints: CleanHints) -> str | None:
    author = ld.get("author")
    if isinstance(author, list):
        names = [_first(a) for a in author]
        joined = ", ".join(n for n in names if n)
        if joined:
            return joined
    found = _first(author) or _meta(tree, "author") or _meta(tree, "article:author")
    if found or not hints.byline_xpath:
        return found
    for node in tree.xpath(hints.byline_xpath):
        match = BYLINE_RE.search(node.text_content())
        if match:
            return " ".join(match["name"].split())
    return None


def _published(
    tree: lxml.html.HtmlElement, ld: dict[str, Any], hints: CleanHints
) -> datetime | None:
    tz = hints.default_tz
    stamps: list[str] = [s for s in (ld.get("datePublished"),) if isinstance(s, str)]
    stamps += [m for m in (_meta(tree, name) for name in DATE_META) if m]
    stamps += tree.xpath("//time[@datetime]/@datetime")
    for stamp in stamps:
        parsed = parse_iso(stamp, tz)
        if parsed:
            return parsed
    for xpath in (hints.date_xpath, GENERIC_DATE_XPATH):
        for node in tree.xpath(xpath) if xpath else ():
            parsed = parse_visible(_text_of(node) if not isinstance(node, str) else node, tz)
            if parsed:
                return parsed
    return None


def _text_of(node: Any) -> str:
    text = node if isinstance(node, str) else node.text_content()
    return " ".join(text.split())
