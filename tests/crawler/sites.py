"""Helpers for tests that crawl the bundled local copies of outlets."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crawler.localsites import bundled_site

ROOT = Path(__file__).resolve().parents[2]
# A crawl of a local copy: no politeness delays, few retries (the server answers at once).
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1"]


@dataclass(frozen=True)
class ExpectedArticle:
    path: str
    status: int
    relevant: bool
    title: str | None
    published: datetime | None
    author: str | None
    canonical_path: str | None
    figures: list[dict[str, Any]]
    robots_disallowed: bool
    must_contain: list[str]
    must_not_contain: list[str]

    def stored_in_window(self, since: date) -> bool:
        """Whether a correct crawl from ``since`` stores this article."""
        return (
            self.status == 200
            and self.relevant
            and self.published is not None
            and self.published.date() >= since
            and not self.robots_disallowed
            and not self.path.startswith("/amp/")
        )


def expected_articles(site: str) -> list[ExpectedArticle]:
    data = json.loads((bundled_site(site).root / "expected.json").read_text(encoding="utf-8"))
    return [
        ExpectedArticle(
            path=a["path"],
            status=a["status"],
            relevant=a.get("relevant", False),
            title=a.get("title"),
            published=datetime.fromisoformat(a["published"]) if a.get("published") else None,
            author=a.get("author"),
            canonical_path=a.get("canonical_path"),
            figures=a.get("figures", []),
            robots_disallowed=a.get("robots_disallowed", False),
            must_contain=a.get("must_contain", []),
            must_not_contain=a.get("must_not_contain", []),
        )
        for a in data["articles"]
    ]


def run_pantau(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )
