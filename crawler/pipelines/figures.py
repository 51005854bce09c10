"""FigurePipeline: runs the extractor over each cleaned article."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from crawler.items import ArticlePage
from extract.figures import extract_figures


class FigurePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FigurePipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, ArticlePage) or item.article is None:
            return item
        article = item.article
        item.figures = extract_figures(
            article.text,
            title=article.title,
            url=article.canonical_url,
            published=article.published,
        )
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("pantau/figures/extracted", len(item.figures))
        return item
