"""What a crawl treats as already known: stored articles and skipped links, by URL key."""

from __future__ import annotations

from crawler.database import CrawlDatabase
from storage.articles import ensure_outlet, store_article
from storage.db import open_engine, session_factory, upgrade
from storage.skips import record_skip
from storage.urls import url_key
from tests.storage.helpers import OUTLET_KEY, make_record


def test_known_urls_fold_spellings_of_stored_and_skipped_links(db_url: str) -> None:
    upgrade(db_url)
    engine = open_engine(db_url)
    with session_factory(engine)() as session:
        ensure_outlet(session, OUTLET_KEY, "Kendari Pos", "https://kendaripos.example")
        store_article(session, make_record(1), [], extractor_version="t")
        record_skip(session, OUTLET_KEY, "https://kendaripos.example/berita/404", "http_404",
                    permanent=True)  # fmt: skip
        record_skip(session, OUTLET_KEY, "https://kendaripos.example/berita/500", "http_500",
                    permanent=False)  # fmt: skip
    engine.dispose()

    crawl_db = CrawlDatabase(db_url)
    try:
        known = crawl_db.known_article_urls()
    finally:
        crawl_db.close()
    for spelling in (
        "http://m.kendaripos.example/berita/1/?utm_source=rss",  # stored, another spelling
        "https://www.kendaripos.example/amp/berita/1",
        "http://kendaripos.example/berita/404#x",  # gone for good
        "https://kendaripos.example/berita/500",  # failed, backing off
    ):
        assert url_key(spelling) in known, spelling
    assert url_key("https://kendaripos.example/berita/2") not in known
