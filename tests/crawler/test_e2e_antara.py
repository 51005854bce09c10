"""End to end: crawl the local copy of ANTARA Sultra into SQLite and PostgreSQL, check exactly
what is stored, then re-run and check that only discovery pages are fetched."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crawler.localsites import RunningSite, bundled_site
from storage.db import open_engine, session_factory
from storage.models import Article, Observation
from tests.crawler.sites import FAST, ROOT, expected_articles, run_pantau

SINCE = date(2025, 1, 1)
EXPECTED = expected_articles("antara-sultra")
STORED = {a.canonical_path: a for a in EXPECTED if a.stored_in_window(SINCE)}
ARTICLE_PREFIXES = ("/berita/", "/amp/")

pytestmark = pytest.mark.slow


@pytest.fixture
def site() -> RunningSite:
    with bundled_site("antara-sultra").serve() as running:
        yield running


def crawl(site: RunningSite, db_url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    base = f"antara-sultra={site.base_url}"
    return run_pantau(
        "crawl", "antara-sultra", "--since", SINCE.isoformat(), "--db", db_url,
        "--base-url", base, *FAST, *extra,
    )  # fmt: skip


def figure_key(f: dict | Observation) -> tuple:
    get = f.get if isinstance(f, dict) else lambda k: getattr(f, k)
    return (get("region_code"), get("metric"), get("segment"), float(get("value")),
            get("unit"), get("as_of"))  # fmt: skip


def stored(db_url: str) -> dict[str, tuple[Article, Counter]]:
    engine = open_engine(db_url)
    try:
        with session_factory(engine)() as session:
            articles = session.execute(select(Article)).scalars().all()
            return {
                a.canonical_url: (a, Counter(figure_key(o) for o in a.observations))
                for a in articles
            }
    finally:
        engine.dispose()


def test_expected_fixture_is_not_trivial() -> None:
    assert len(STORED) >= 6
    assert sum(len(a.figures) for a in STORED.values()) >= 25


def test_crawl_stores_exactly_the_expected_articles_and_figures(
    site: RunningSite, db_url: str
) -> None:
    if db_url.startswith("postgresql"):
        upgraded = run_pantau("db", "upgrade", "--db", db_url)
        assert upgraded.returncode == 0, upgraded.stderr
    first = crawl(site, db_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert f"antara-sultra: {len(STORED)} articles stored" in first.stdout
    for line in ("2 http_404", "1 http_500", "1 malformed_feed", "1 no_date"):
        assert line in first.stdout, first.stdout

    rows = stored(db_url)
    assert set(rows) == {site.base_url + path for path in STORED}
    for path, expected in STORED.items():
        article, figures = rows[site.base_url + path]
        assert article.title == expected.title
        assert article.published_local == expected.published
        assert article.published_local.utcoffset() == expected.published.utcoffset()
        assert article.author == expected.author
        assert article.url.startswith(site.base_url + path)
        assert all(s in article.text for s in expected.must_contain), path
        assert not any(s in article.text for s in expected.must_not_contain), path
        assert figures == Counter(figure_key(f) for f in expected.figures), path

    # Nothing outside the window, nothing robots.txt forbids, nothing undated was fetched or kept.
    fetched = {r.path for r in site.requests}
    assert not any(p.startswith("/berita/9999/") for p in fetched)
    assert "/robots.txt" in fetched

    # A second run over the unchanged site fetches discovery pages only and stores nothing.
    site.clear_requests()
    second = crawl(site, db_url)
    assert second.returncode == 0, second.stderr[-3000:]
    assert "antara-sultra: 0 articles stored, 0 figures stored" in second.stdout
    article_requests = [r.path for r in site.requests if r.path.startswith(ARTICLE_PREFIXES)]
    assert article_requests == []
    assert {r.path for r in site.requests} >= {"/robots.txt", "/search", "/rss/terkini.xml"}
    again = stored(db_url)
    assert {k: v[1] for k, v in again.items()} == {k: v[1] for k, v in rows.items()}


def test_crawl_identifies_itself_and_obeys_robots(site: RunningSite, sqlite_url: str) -> None:
    result = crawl(site, sqlite_url)
    assert result.returncode == 0, result.stderr[-3000:]
    agents = {r.user_agent for r in site.requests}
    assert len(agents) == 1 and agents.pop().startswith("pantau/")
    assert site.requests[0].path == "/robots.txt"
    assert "1 forbidden by robots.txt" in result.stdout


def test_until_limits_the_window(site: RunningSite, sqlite_url: str) -> None:
    result = crawl(site, sqlite_url, "--until", "2025-06-30")
    assert result.returncode == 0, result.stderr[-3000:]
    kept = {p for p, a in STORED.items() if a.published and a.published.date() <= date(2025, 6, 30)}
    assert set(stored(sqlite_url)) == {site.base_url + p for p in kept}
    assert 0 < len(kept) < len(STORED)


def test_unreachable_outlet_is_reported_and_nothing_stored(sqlite_url: str) -> None:
    result = run_pantau(
        "crawl", "antara-sultra", "--db", sqlite_url,
        "--base-url", "antara-sultra=http://127.0.0.1:1", *FAST,
    )  # fmt: skip
    assert result.returncode == 1
    assert "outlet looks unreachable" in result.stdout
    assert "Traceback" not in result.stderr
    engine = open_engine(sqlite_url)
    with session_factory(engine)() as session:
        assert session.execute(select(func.count()).select_from(Article)).scalar_one() == 0
    engine.dispose()


def test_scrapy_crawl_from_the_project_root(site: RunningSite, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/scrapy.db"
    result = subprocess.run(
        [
            sys.executable, "-m", "scrapy", "crawl", "antara-sultra", "-a", "since=2025-01-01",
            "-s", f"PANTAU_DB_URL={db}",
            "-s", f'PANTAU_BASE_URLS={{"antara-sultra": "{site.base_url}"}}', *FAST,
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"antara-sultra: {len(STORED)} articles stored" in result.stderr
    assert len(stored(db)) == len(STORED)


def test_keyword_option_replaces_the_search_terms(site: RunningSite, sqlite_url: str) -> None:
    result = crawl(site, sqlite_url, "--keyword", "Jamsostek", "--keyword", "BPJamsostek")
    assert result.returncode == 0, result.stderr[-3000:]
    searched = {r.query.split("&")[0] for r in site.requests if r.path == "/search"}
    assert searched == {"q=Jamsostek", "q=BPJamsostek"}
    empty = run_pantau("crawl", "antara-sultra", "--db", sqlite_url, "--keyword", " ")
    assert empty.returncode == 2 and "--keyword takes a non-empty search term" in empty.stderr
