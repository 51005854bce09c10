"""RSS/Atom feed reading shared by every family: items with link, title, snippet and date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from lxml import etree

from extract.pagedates import parse_iso


class MalformedFeed(ValueError):
    """The feed is not well-formed XML; ``items`` holds what lxml's recovery could read."""

    def __init__(self, message: str, items: list[FeedItem]) -> None:
        super().__init__(message)
        self.items = items


@dataclass(frozen=True, slots=True)
class FeedItem:
    link: str
    title: str
    snippet: str
    published: datetime | None
    permalink: str = ""  # an RSS <guid> that is a permalink (unless isPermaLink="false")


def parse_feed(body: bytes) -> list[FeedItem]:
    """Parse RSS 2.0 or Atom. Raises :class:`MalformedFeed` (with recovered items) on bad XML."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError as exc:
        recovered = etree.fromstring(
            body, parser=etree.XMLParser(recover=True, resolve_entities=False)
        )
        items = _items(recovered) if recovered is not None else []
        raise MalformedFeed(f"malformed feed: {exc}", items) from exc
    return _items(root)


def _items(root: etree._Element) -> list[FeedItem]:
    items = []
    for node in root.iter("{*}item", "{*}entry"):
        link = _text(node, "link") or _attr(node, "link", "href")
        permalink = _permalink(node)
        if not link and not permalink:
            continue
        stamp = _text(node, "pubDate") or _text(node, "published") or _text(node, "updated")
        items.append(
            FeedItem(
                link=link,
                title=_text(node, "title"),
                snippet=_text(node, "description") or _text(node, "summary"),
                published=_feed_date(stamp),
                permalink=permalink,
            )
        )
    return items


def _permalink(node: etree._Element) -> str:
    guid = node.find("{*}guid")
    if guid is None or (guid.get("isPermaLink") or "true").strip().lower() == "false":
        return ""
    return "".join(guid.itertext()).strip()


def _text(node: etree._Element, tag: str) -> str:
    child = node.find(f"{{*}}{tag}")
    return " ".join("".join(child.itertext()).split()) if child is not None else ""


def _attr(node: etree._Element, tag: str, attr: str) -> str:
    child = node.find(f"{{*}}{tag}")
    return (child.get(attr) or "").strip() if child is not None else ""


def _feed_date(stamp: str) -> datetime | None:
    if not stamp:
        return None
    try:
        return parsedate_to_datetime(stamp)
    except (TypeError, ValueError):
        return parse_iso(stamp)
