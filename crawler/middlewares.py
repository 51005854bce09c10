"""PoliteRetryMiddleware: Scrapy's retries, but waiting before each retry.

On a retryable status (``RETRY_HTTP_CODES``: 429, 5xx, ...) the retry waits for the response's
``Retry-After`` (seconds or an HTTP date) when it has one, else for an exponential backoff
(``PANTAU_RETRY_BACKOFF * 2 ** (attempt - 1)`` seconds); never longer than
``PANTAU_RETRY_MAX_WAIT`` seconds. A ``Retry-After`` longer than that cap gives up at once: the
site asked for more patience than a crawl run has.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.response import response_status_message

RETRY_AFTER_STATUSES = frozenset({429, 503})


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """``Retry-After: 120`` or ``Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`` -> seconds."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class PoliteRetryMiddleware(RetryMiddleware):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler.settings)
        self.crawler = crawler
        self.backoff = crawler.settings.getfloat("PANTAU_RETRY_BACKOFF", 2.0)
        self.max_wait = crawler.settings.getfloat("PANTAU_RETRY_MAX_WAIT", 120.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PoliteRetryMiddleware:
        return cls(crawler)

    def wait_seconds(self, response: Response, attempt: int) -> float | None:
        """How long to wait before retry number ``attempt`` (None: do not retry)."""
        if response.status in RETRY_AFTER_STATUSES:
            asked = retry_after_seconds(response.headers.get(b"Retry-After"))
            if asked is not None:
                return asked if asked <= self.max_wait else None
        return min(self.backoff * 2 ** max(attempt - 1, 0), self.max_wait)

    # A coroutine, so the wait does not block the reactor (Scrapy awaits async middlewares).
    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        attempt = request.meta.get("retry_times", 0) + 1
        wait = self.wait_seconds(response, attempt)
        if wait is None:
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("pantau/retry_after_too_long")
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if wait > 0:
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("pantau/retry_waited_seconds", int(wait))
            await asyncio.sleep(wait)
        return retry
