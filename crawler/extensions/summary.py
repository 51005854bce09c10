"""The crawl summary: what was discovered, fetched, stored, skipped and what went wrong.

``CrawlSummary`` logs it when a spider closes; ``pantau crawl`` prints it for every outlet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

PREFIX = "pantau/"


@dataclass(slots=True)
class Summary:
    outlet: str
    counts: dict[str, int] = field(default_factory=dict)
    finish_reason: str = ""

    @classmethod
    def from_stats(cls, outlet: str, stats: dict[str, Any]) -> Summary:
        counts = {
            k[len(PREFIX) :]: int(v)
            for k, v in stats.items()
            if k.startswith(PREFIX) and isinstance(v, int)
        }
        counts["robots_forbidden"] = int(stats.get("robotstxt/forbidden", 0))
        return cls(outlet, counts, str(stats.get("finish_reason", "")))

    def get(self, key: str) -> int:
        return self.counts.get(key, 0)

    @property
    def unreachable(self) -> bool:
        """No discovery page answered: the outlet is down, moved or unreachable."""
        return self.get("discovery/pages") == 0

    def render(self) -> str:
        g = self.get
        lines = [
            f"{self.outlet}: {g('articles/stored')} articles stored, "
            f"{g('figures/stored')} figures stored",
            f"  discovery: {g('discovery/pages')} pages read, {g('discovery/errors')} failed; "
            f"{g('articles/discovered')} article links, {g('articles/skipped_known')} already "
            f"stored, {g('articles/outside_window')} outside the window, "
            f"{g('articles/skipped_off_topic')} off topic",
            f"  articles: {g('articles/fetched')} fetched, {g('articles/errors')} failed, "
            f"{g('robots_forbidden')} forbidden by robots.txt",
        ]
        dropped = {k.split("/", 2)[2]: v for k, v in self.counts.items() if "/dropped/" in k}
        if dropped:
            lines.append(
                "  not stored: " + ", ".join(f"{v} {k}" for k, v in sorted(dropped.items()))
            )
        errors = {k.split("/errors/", 1)[1]: v for k, v in self.counts.items() if "/errors/" in k}
        if errors:
            lines.append("  errors: " + ", ".join(f"{v} {k}" for k, v in sorted(errors.items())))
        if self.unreachable:
            lines.append("  WARNING: no discovery page answered; the outlet looks unreachable")
        return "\n".join(lines)


class CrawlSummary:
    """Logs the summary at the end of each crawl."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlSummary:
        return cls(crawler)

    def spider_closed(self, spider: Any, reason: str) -> None:
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        spider.logger.info("crawl summary\n%s", Summary.from_stats(spider.name, stats).render())
