"""Run crawls in this process with Scrapy's CrawlerProcess and collect their summaries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.extensions.summary import Summary
from crawler.outlets import load_registry
from crawler.spiders import spider_for


@dataclass(slots=True)
class CrawlRequest:
    outlets: list[str]
    db_url: str
    since: date | None = None
    until: date | None = None
    base_urls: dict[str, str] = field(default_factory=dict)
    refresh: bool = False
    settings: dict[str, Any] = field(default_factory=dict)


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """crawler.settings plus ``overrides``, independent of the working directory."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def run_crawl(request: CrawlRequest) -> list[Summary]:
    """Crawl every outlet of ``request`` (concurrently, in one reactor); one summary each."""
    overrides = {
        "PANTAU_DB_URL": request.db_url,
        "PANTAU_BASE_URLS": request.base_urls,
        **request.settings,
    }
    process = CrawlerProcess(project_settings(overrides))
    registry = load_registry(request.settings.get("PANTAU_OUTLETS_FILE"))
    crawlers = []
    for key in request.outlets:
        crawler = process.create_crawler(spider_for(key, registry))
        crawlers.append((key, crawler))
        process.crawl(
            crawler,
            since=request.since.isoformat() if request.since else None,
            until=request.until.isoformat() if request.until else None,
            refresh=request.refresh,
        )
    process.start()
    return [
        Summary.from_stats(key, crawler.stats.get_stats() if crawler.stats else {})
        for key, crawler in crawlers
    ]
