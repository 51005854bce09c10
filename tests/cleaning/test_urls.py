"""Canonical URLs: one spelling per article."""

import pytest

from extract.urls import canonicalize


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://sultra.antaranews.com/berita/1/a", "https://sultra.antaranews.com/berita/1/a"),
        ("HTTPS://Sultra.AntaraNews.com/berita/1/a/", "https://sultra.antaranews.com/berita/1/a"),
        ("https://x.id/berita/1/a?utm_source=rss&utm_medium=feed", "https://x.id/berita/1/a"),
        ("https://x.id/berita/1/a?fbclid=abc#comments", "https://x.id/berita/1/a"),
        ("https://x.id/amp/berita/1/a", "https://x.id/berita/1/a"),
        ("https://x.id/2025/06/11/judul/amp", "https://x.id/2025/06/11/judul"),
        ("https://x.id/berita/1/a?page=all", "https://x.id/berita/1/a"),
        ("https://x.id/berita/1/a?page=2", "https://x.id/berita/1/a?page=2"),
        ("https://x.id:443/a?b=2&a=1", "https://x.id/a?a=1&b=2"),
        ("http://127.0.0.1:8000/berita/1/a", "http://127.0.0.1:8000/berita/1/a"),
    ],
)
def test_canonicalize(url: str, expected: str) -> None:
    assert canonicalize(url) == expected


def test_canonicalize_is_idempotent() -> None:
    url = "https://X.id/amp/berita/9/b/?utm_campaign=x&page=all"
    assert canonicalize(canonicalize(url)) == canonicalize(url) == "https://x.id/berita/9/b"
