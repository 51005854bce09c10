"""Every registered outlet has a stored article page, and cleaning it with the outlet's hints
gives the expected title, date (with its offset), canonical URL and text."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from crawler.outlets import REGISTRY
from crawler.spiders.discovery import is_article
from extract.clean import clean_html

PAGES = Path(__file__).resolve().parent / "outlet_pages"


@pytest.mark.parametrize("key", sorted(REGISTRY))
def test_outlet_article_page_cleans_as_expected(key: str) -> None:
    folder = PAGES / key
    assert (folder / "expected.json").is_file(), f"outlet {key} has no fixture in {folder}"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    outlet = REGISTRY[key]
    html = (folder / "article.html").read_bytes()
    article = clean_html(html, expected["url"], outlet.hints)
    assert article.title == expected["title"]
    published = datetime.fromisoformat(expected["published"])
    assert article.published == published
    assert article.published is not None
    assert article.published.utcoffset() == published.utcoffset()
    assert article.canonical_url == expected["canonical_url"]
    for snippet in expected["must_contain"]:
        assert snippet in article.text, snippet
    for boilerplate in expected["must_not_contain"]:
        assert boilerplate not in article.text, boilerplate
    assert is_article(outlet, expected["url"]), "the outlet's article pattern misses its URL"


def test_no_fixture_without_an_outlet() -> None:
    assert {p.name for p in PAGES.iterdir() if p.is_dir()} <= set(REGISTRY)
