"""PoliteRetryMiddleware: Retry-After (seconds or HTTP date) on 429/503, capped; exponential
backoff otherwise. Unit-wise with fake responses, then once through a real crawl."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from crawler.localsites import LocalSite
from crawler.middlewares import PoliteRetryMiddleware, retry_after_seconds
from tests.crawler.sites import run_pantau

NOW = datetime(2026, 10, 21, 7, 28, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (b"5", 5.0),
        ("Wed, 21 Oct 2026 07:28:30 GMT", 30.0),
        ("Wed, 21 Oct 2026 07:00:00 GMT", 0.0),  # in the past: at once
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_values(value: str | bytes | None, seconds: float | None) -> None:
    assert retry_after_seconds(value, now=NOW) == seconds


def middleware(**settings: object) -> PoliteRetryMiddleware:
    crawler = get_crawler(settings_dict={"PANTAU_RETRY_BACKOFF": 2.0,
                                         "PANTAU_RETRY_MAX_WAIT": 60.0, **settings})  # fmt: skip
    return PoliteRetryMiddleware.from_crawler(crawler)


def response(status: int, retry_after: str | None = None) -> Response:
    headers = {"Retry-After": retry_after} if retry_after else {}
    return Response("http://127.0.0.1/x", status=status, headers=headers)


def test_wait_honours_retry_after_on_429_and_503() -> None:
    mw = middleware()
    assert mw.wait_seconds(response(429, "7"), attempt=1) == 7.0
    assert mw.wait_seconds(response(503, "0"), attempt=3) == 0.0


def test_wait_gives_up_when_retry_after_exceeds_the_cap() -> None:
    assert middleware().wait_seconds(response(429, "3600"), attempt=1) is None


def test_wait_backs_off_exponentially_without_retry_after_and_is_capped() -> None:
    mw = middleware()
    assert [mw.wait_seconds(response(500), a) for a in (1, 2, 3)] == [2.0, 4.0, 8.0]
    assert mw.wait_seconds(response(502, "9"), attempt=1) == 2.0  # Retry-After only on 429/503
    assert mw.wait_seconds(response(500), attempt=10) == 60.0


def test_process_response_passes_other_statuses_through() -> None:
    mw = middleware()
    ok = response(200)
    assert asyncio.run(mw.process_response(Request("http://127.0.0.1/x"), ok)) is ok


def busy_site(tmp_path: Path, retry_after: str) -> LocalSite:
    (tmp_path / "site.json").write_text(json.dumps({"routes": [
        {"path": "/robots.txt", "status": 404},
        {"path": "/feed/", "status": 429, "headers": {"Retry-After": retry_after}},
    ]}))  # fmt: skip
    return LocalSite.load(tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("retry_after", "requests", "min_seconds"), [("2", 2, 2.0), ("3600", 1, 0)]
)
def test_crawl_waits_for_retry_after(
    tmp_path: Path, retry_after: str, requests: int, min_seconds: float
) -> None:
    with busy_site(tmp_path, retry_after).serve() as site:
        started = time.monotonic()
        result = run_pantau(
            "crawl", "metrosulawesi", "--db", f"sqlite:///{tmp_path}/x.db", "--methods", "feed",
            "--base-url", f"metrosulawesi={site.base_url}", "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1", "-s", "PANTAU_RETRY_MAX_WAIT=10",
        )  # fmt: skip
        elapsed = time.monotonic() - started
        feed = [r for r in site.requests if r.path == "/feed/"]
    assert result.returncode == 1, result.stderr[-2000:]  # no discovery page answered
    assert len(feed) == requests
    assert elapsed >= min_seconds
