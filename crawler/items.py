"""The item that flows through pantau's pipelines: one fetched article page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from extract.model import CleanedArticle, Figure


@dataclass(slots=True, repr=False)
class ArticlePage:
    """A fetched article page; pipelines fill ``article`` (cleaning) then ``figures``."""

    outlet_key: str
    url: str  # the link that was followed (before any redirect)
    html: bytes
    fetched_at: datetime
    discovered_via: str
    listing_published: datetime | None = None
    listing_day: date | None = None  # the archive day that listed it: a date for undated pages
    article: CleanedArticle | None = None
    figures: list[Figure] = field(default_factory=list)

    def __repr__(self) -> str:  # Scrapy logs dropped items: keep the HTML out of the log
        return f"<ArticlePage {self.outlet_key} {self.url} ({len(self.html)} bytes)>"
