"""Article-level dedup: URL keys, exact copies, syndicated near-copies as one story and source."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.articles import store_article
from storage.dedup import BANDS, band_keys, shingles, signature, similarity
from storage.models import Article, ArticleBand
from storage.series import series_rows
from storage.urls import fold_host, url_key
from tests.storage.stories import (
    ANTARA_TEXT,
    OTHER_TEXT,
    REGIONAL_TEXT,
    add_outlets,
    article,
    coverage,
    day,
    store,
)


@pytest.mark.parametrize(
    "url",
    [
        "https://kendaripos.example/berita/1",
        "http://kendaripos.example/berita/1/",
        "https://m.kendaripos.example/berita/1?utm_source=wa&page=all",
        "https://www.kendaripos.example/amp/berita/1#komentar",
        "http://amp.kendaripos.example/berita/1/amp?fbclid=abc",
        "HTTPS://MOBILE.Kendaripos.Example:443/berita/1",
    ],
)
def test_url_spellings_share_one_key(url: str) -> None:
    assert url_key(url) == "kendaripos.example/berita/1"


def test_url_key_keeps_what_names_another_document() -> None:
    assert url_key("https://kendaripos.example/berita/1?page=2") == (
        "kendaripos.example/berita/1?page=2"
    )
    assert url_key("http://127.0.0.1:8000/berita/1") == "127.0.0.1:8000/berita/1"
    assert fold_host("m.id") == "m.id"  # a bare two-label host is not folded


def test_another_spelling_of_a_stored_url_is_not_stored_again(
    session: Session, outlet_id: int
) -> None:
    add_outlets(session)
    first = article(1, "kendaripos", ANTARA_TEXT, day(7, 1))
    again = article(1, "kendaripos", ANTARA_TEXT + " Ralat.", day(7, 1))
    again.url = again.canonical_url = "http://m.kendaripos.example/berita/1/"
    created = store_article(session, first, [coverage(52_340.0, "2025-06")], extractor_version="t")
    repeat = store_article(session, again, [coverage(1.0, "2025-06")], extractor_version="t")
    assert (repeat.created, repeat.article_id) == (False, created.article_id)
    assert session.scalar(select(func.count()).select_from(Article)) == 1
    assert [row.value for row in series_rows(session, "74.71", "active_participants")] == [52_340]


def test_signatures_separate_copies_from_other_stories() -> None:
    antara, regional, other = (signature(t) for t in (ANTARA_TEXT, REGIONAL_TEXT, OTHER_TEXT))
    assert antara is not None and regional is not None and other is not None
    assert similarity(antara, regional) >= 0.6
    assert similarity(antara, other) < 0.1
    assert len(set(band_keys(antara)) & set(band_keys(regional))) >= 5
    assert signature("BPJS Ketenagakerjaan Kendari 52.340 peserta.") is None  # too short
    assert len(shingles("satu dua tiga empat lima enam")) == 2


def test_syndicated_copy_is_one_story_and_one_source(session: Session, outlet_id: int) -> None:
    add_outlets(session)
    figure = coverage(52_340.0, "2025-06")
    store(
        session,
        [
            (article(1, "antara-sultra", ANTARA_TEXT, day(7, 1), "Peserta aktif naik"), [figure]),
            (
                article(2, "sultrakini", REGIONAL_TEXT, day(7, 2), "52 ribu warga terlindungi"),
                [figure],
            ),
            (article(3, "kendaripos", OTHER_TEXT, day(7, 3)), []),
        ],
    )
    stories = {u: k for u, k in session.execute(select(Article.canonical_url, Article.story_key))}
    antara_key = stories["https://sultra.antaranews.com/berita/1"]
    assert stories["https://sultrakini.example/berita/2"] == antara_key
    assert stories["https://kendaripos.example/berita/3"] != antara_key
    # the story is named after the first-published copy's fingerprint
    first = session.scalars(select(Article).where(Article.story_key == antara_key)).all()
    assert antara_key == min(first, key=lambda a: a.published_at).text_fingerprint
    (row,) = series_rows(session, "74.71", "active_participants")
    assert (row.value, row.n_sources, row.articles, row.conflict) == (52_340.0, 1, 2, False)
    assert [s.outlet_key for s in row.sources] == ["antara-sultra", "sultrakini"]
    assert session.scalar(select(func.count()).select_from(ArticleBand)) <= 3 * BANDS


def test_exact_copy_is_one_story(session: Session, outlet_id: int) -> None:
    add_outlets(session)
    short = "Peserta aktif BPJS Ketenagakerjaan Kendari 52.340 orang."  # too short for MinHash
    figure = coverage(52_340.0, "2025-06")
    store(
        session,
        [
            (article(1, "antara-sultra", short, day(7, 1)), [figure]),
            (article(2, "kendaripos", "  " + short.upper(), day(7, 5)), [figure]),
        ],
    )
    assert len(set(session.scalars(select(Article.story_key)))) == 1
    (row,) = series_rows(session, "74.71", "active_participants")
    assert (row.n_sources, row.articles) == (1, 2)


def test_a_late_copy_bridging_two_stories_merges_them(session: Session, outlet_id: int) -> None:
    """A bridges B only through C: whatever the order, one story with the earliest key."""
    add_outlets(session)
    words = ANTARA_TEXT.split()
    cut = len(words) * 28 // 100
    part_a = " ".join(words[:-cut])  # the first 72%: similar to the whole, not to part_b
    part_b = " ".join(words[cut:])
    store(
        session,
        [
            (article(1, "kendaripos", part_a, day(7, 3)), [coverage(52_340.0, "2025-06")]),
            (article(2, "sultrakini", part_b, day(7, 2)), [coverage(52_340.0, "2025-06")]),
        ],
    )
    assert len(set(session.scalars(select(Article.story_key)))) == 2
    (before,) = series_rows(session, "74.71", "active_participants")
    assert before.n_sources == 2
    store(session, [(article(3, "antara-sultra", ANTARA_TEXT, day(7, 1)), [])])
    keys = set(session.scalars(select(Article.story_key)))
    earliest = session.scalars(select(Article).where(Article.id == 3)).one()
    assert keys == {earliest.text_fingerprint}
    (after,) = series_rows(session, "74.71", "active_participants")
    assert (after.n_sources, after.articles) == (1, 2)
