"""End to end, one local copy per outlet family (Tribun, WordPress, WahanaNews, generic; ANTARA
has its own test): crawl through the real CLI, check what is stored, then crawl again and check
from the request log that only discovery pages were fetched."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crawler.localsites import RunningSite, bundled_site
from storage.db import open_engine, session_factory
from storage.models import Article
from tests.crawler.sites import FAST, run_pantau

pytestmark = pytest.mark.slow
FAMILY_SITES = ["tribun-sultra", "wordpress-zonasultra", "wahana-sulteng", "generic-metrosulawesi"]
# Article URLs of each copy (everything else it serves is a discovery page or robots.txt).
ARTICLE = re.compile(r"^/(\d{4}/\d{2}/\d{2}/|ekonomi/|berita/)")


def expected(name: str) -> dict[str, Any]:
    return dict(json.loads((bundled_site(name).root / "expected.json").read_text("utf-8")))


def crawl(
    site: RunningSite, name: str, db_url: str, *extra: str
) -> subprocess.CompletedProcess[str]:
    exp = expected(name)
    window = [a for k in ("since", "until") if exp.get(k) for a in (f"--{k}", exp[k])]
    return run_pantau(
        "crawl", exp["outlet"], "--db", db_url, "--base-url", f"{exp['outlet']}={site.base_url}",
        *window, *FAST, *extra,
    )  # fmt: skip


def stored(db_url: str) -> dict[str, Article]:
    engine = open_engine(db_url)
    try:
        with session_factory(engine)() as session:
            return {a.canonical_url: a for a in session.execute(select(Article)).scalars()}
    finally:
        engine.dispose()


def check_family_crawl(name: str, db_url: str) -> None:
    exp = expected(name)
    with bundled_site(name).serve() as site:
        first = crawl(site, name, db_url)
        assert first.returncode == 0, first.stderr[-3000:]
        assert f"{exp['outlet']}: {len(exp['stored'])} articles stored" in first.stdout, (
            first.stdout
        )
        rows = stored(db_url)
        base = site.base_url
        assert set(rows) == {(base + p).rstrip("/") for p in exp["stored"]}
        fetched = {r.path for r in site.requests}
        assert not fetched & set(exp["not_fetched"]), "an off-topic listing item was fetched"
        assert not fetched & set(exp.get("unfetched_discovery", []))
        for path, published in exp.get("undated", {}).items():
            assert rows[(base + path).rstrip("/")].published_local == datetime.fromisoformat(
                published
            )
        if "joined" in exp:
            path, tail = exp["joined"]
            assert tail in rows[base + path].text, "page 2 of the article was not joined"
        assert {r.user_agent.split("/")[0] for r in site.requests if r.user_agent} == {"pantau"}

        site.clear_requests()
        second = crawl(site, name, db_url)
        assert second.returncode == 0, second.stderr[-3000:]
        assert f"{exp['outlet']}: 0 articles stored" in second.stdout
        articles = [r.path for r in site.requests if ARTICLE.match(r.path)]
        assert articles == [], "a re-run fetched article pages"
        assert len(site.requests) > 1


@pytest.mark.parametrize("name", FAMILY_SITES[1:])
def test_family_crawl_is_complete_then_incremental(name: str, sqlite_url: str) -> None:
    check_family_crawl(name, sqlite_url)


def test_tribun_crawl_into_sqlite_and_postgresql(db_url: str) -> None:
    if db_url.startswith("postgresql"):
        upgraded = run_pantau("db", "upgrade", "--db", db_url)
        assert upgraded.returncode == 0, upgraded.stderr
    check_family_crawl("tribun-sultra", db_url)


def test_tribun_feed_linking_the_homepage_is_read_from_its_guids(sqlite_url: str) -> None:
    """Tribun's /rss links every item to the homepage; the article URLs are in the guids."""
    exp = expected("tribun-sultra")
    with bundled_site("tribun-sultra").serve() as site:
        result = crawl(site, "tribun-sultra", sqlite_url, "--methods", "feed")
        assert result.returncode == 0, result.stderr[-3000:]
        fetched = [r.path for r in site.requests]
    assert "/rss" in fetched and "/" not in fetched
    assert not set(fetched) & set(exp["not_fetched"])
    assert set(stored(sqlite_url)) == {site.base_url + p for p in exp["stored"]}


def test_an_outlet_from_a_toml_file_crawls_without_code(tmp_path: Path) -> None:
    """A feed outlet defined only in an outlets file, pointed at the generic local copy."""
    db = f"sqlite:///{tmp_path}/toml.db"
    with bundled_site("generic-metrosulawesi").serve() as site:
        outlets = tmp_path / "outlets.toml"
        outlets.write_text(
            f'[[outlet]]\nkey = "palu-lokal"\nname = "Palu Lokal"\nbase_url = "{site.base_url}"\n'
            'family = "feed"\nregion_code = "72.71"\nfeeds = ["/feed/"]\n',
            encoding="utf-8",
        )
        result = run_pantau("crawl", "palu-lokal", "--outlets-file", str(outlets), "--db", db,
                            "--since", "2025-08-01", *FAST)  # fmt: skip
        assert result.returncode == 0, result.stderr[-3000:]
        assert "palu-lokal: 1 articles stored" in result.stdout, result.stdout
        assert {r.path for r in site.requests} == {
            "/robots.txt",
            "/feed/",
            "/2025/08/23/peserta-aktif-bpjs-ketenagakerjaan-di-palu-capai-68-ribu/",
        }
