"""A crawl killed with SIGKILL part-way leaves only whole articles; the next run completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import OperationalError

from crawler.localsites import bundled_site
from storage.db import open_engine, session_factory
from storage.models import Article, SeriesPoint
from storage.points import rebuild_all
from tests.crawler.sites import ROOT, expected_articles

SINCE = date(2025, 1, 1)
EXPECTED = {a.canonical_path: a for a in expected_articles("antara-sultra")
            if a.stored_in_window(SINCE)}  # fmt: skip

pytestmark = pytest.mark.slow


def _count_articles(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(Article)).scalar_one())
    except OperationalError:  # not migrated yet
        return 0
    finally:
        engine.dispose()


def _figures(db_url: str, base: str) -> dict[str, Counter]:
    engine = open_engine(db_url)
    try:
        with session_factory(engine)() as session:
            return {
                a.canonical_url.removeprefix(base): Counter(
                    (o.region_code, o.metric, o.segment, o.value, o.as_of) for o in a.observations
                )
                for a in session.execute(select(Article)).scalars()
            }
    finally:
        engine.dispose()


def _points(db_url: str) -> list[tuple]:
    engine = open_engine(db_url)
    try:
        with session_factory(engine)() as session:
            rows = session.execute(
                select(
                    SeriesPoint.point_key,
                    SeriesPoint.value,
                    SeriesPoint.sources,
                    SeriesPoint.conflict,
                )
            ).all()
            return sorted(tuple(r) for r in rows)
    finally:
        engine.dispose()


def test_sigkill_mid_crawl_leaves_whole_articles_only(tmp_path: Path) -> None:
    db_path = tmp_path / "killed.db"
    db_url = f"sqlite:///{db_path}"
    with bundled_site("antara-sultra").serve() as site:
        command = [
            sys.executable, "-m", "crawler", "crawl", "antara-sultra", "--since", "2025-01-01",
            "--db", db_url, "--base-url", f"antara-sultra={site.base_url}",
            "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0",
            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        ]  # fmt: skip
        slow = subprocess.Popen(
            [*command, "-s", "DOWNLOAD_DELAY=0.4"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while _count_articles(db_path) < 2 and time.monotonic() < deadline:
            assert slow.poll() is None, "the crawl ended before it could be killed"
            time.sleep(0.02)
        os.killpg(slow.pid, signal.SIGKILL)
        slow.wait(timeout=30)
        assert slow.returncode == -signal.SIGKILL

        partial = _figures(db_url, site.base_url)
        assert 2 <= len(partial) < len(EXPECTED)
        for path, figures in partial.items():  # every stored article is whole
            expected = Counter(
                (f["region_code"], f["metric"], f["segment"], float(f["value"]), f["as_of"])
                for f in EXPECTED[path].figures
            )
            assert figures == expected, path
        # The points on disk are exactly what the stored observations give.
        before = _points(db_url)
        engine = open_engine(db_url)
        with session_factory(engine)() as session:
            rebuild_all(session)
        engine.dispose()
        assert _points(db_url) == before

        rerun = subprocess.run(
            [*command, "-s", "DOWNLOAD_DELAY=0"], cwd=ROOT, capture_output=True, text=True,
            timeout=300,
        )  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert set(_figures(db_url, site.base_url)) == set(EXPECTED)
