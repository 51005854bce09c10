"""Cleaning article pages: text kept, boilerplate dropped, metadata found (trafilatura + hints)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from crawler.localsites import bundled_site
from crawler.outlets import get_outlet
from extract.clean import CleanHints, CleaningError, clean_html
from tests.crawler.sites import expected_articles

BASE = "http://127.0.0.1:9"
SITE = bundled_site("antara-sultra")
PAGES = [a for a in expected_articles("antara-sultra") if a.status == 200]
HINTS = get_outlet("antara-sultra").hints


def page(path: str) -> bytes:
    route = SITE.match(path)
    assert route is not None, path
    body = SITE.read(route, BASE)
    assert body is not None
    return body


@pytest.mark.parametrize("expected", PAGES, ids=[a.path.split("/")[2] for a in PAGES])
def test_antara_page(expected) -> None:  # type: ignore[no-untyped-def]
    cleaned = clean_html(page(expected.path), BASE + expected.path, HINTS)
    assert cleaned.title == expected.title
    assert cleaned.published == expected.published
    if expected.published is not None:
        assert cleaned.published is not None
        assert cleaned.published.utcoffset() == expected.published.utcoffset()
    assert cleaned.canonical_url == BASE + expected.canonical_path
    assert cleaned.author == expected.author
    for snippet in expected.must_contain:
        assert snippet in cleaned.text
    for boilerplate in expected.must_not_contain:
        assert boilerplate not in cleaned.text


def test_page_without_any_date_has_none() -> None:
    undated = [a for a in PAGES if a.published is None and a.relevant]
    assert undated, "the fixture needs an undated article"
    cleaned = clean_html(page(undated[0].path), BASE + undated[0].path, HINTS)
    assert cleaned.published is None
    assert "per 30 April 2025" in cleaned.text  # a date in the text is not a publication date


GENERIC = """<html lang="id"><head><title>Judul | Situs</title>
<meta property="og:title" content="Pekerja rentan Palu dilindungi BPJS Ketenagakerjaan">
<meta property="og:url" content="https://contoh.id/2025/05/14/pekerja-rentan/?utm_source=fb">
<meta name="author" content="Rina">
</head><body><nav><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a></nav>
<article><div class="post-date">Rabu, 14 Mei 2025 09:15 WITA</div>
<p>PALU - BPJS Ketenagakerjaan Cabang Palu mencatat 12.400 pekerja rentan telah terlindungi
program jaminan sosial ketenagakerjaan hingga April 2025.</p>
<p>Kepala cabang mengatakan iuran para pekerja itu dibayar pemerintah kota dari APBD.</p>
<p>Program ini menyasar pedagang pasar, nelayan, dan pengemudi ojek di seluruh kecamatan.</p>
</article><footer>Hak cipta 2025 Contoh Media. Dilarang mengutip tanpa izin.</footer>
</body></html>"""


def test_generic_page_without_hints() -> None:
    cleaned = clean_html(GENERIC, "https://contoh.id/2025/05/14/pekerja-rentan?fbclid=1")
    assert cleaned.title == "Pekerja rentan Palu dilindungi BPJS Ketenagakerjaan"
    assert cleaned.canonical_url == "https://contoh.id/2025/05/14/pekerja-rentan"
    assert cleaned.author == "Rina"
    assert cleaned.published == datetime(2025, 5, 14, 9, 15, tzinfo=timezone(timedelta(hours=8)))
    assert "12.400 pekerja rentan" in cleaned.text
    assert "Hak cipta" not in cleaned.text and "Beranda" not in cleaned.text


def test_json_ld_graph_and_author_list() -> None:
    html = GENERIC.replace(
        "</head>",
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, '
        '{"@type": "NewsArticle", "headline": "Dari JSON-LD", '
        '"datePublished": "2025-05-13T20:00:00+07:00", '
        '"author": [{"@type": "Person", "name": "Rina"}, {"name": "Budi"}]}]}</script></head>',
    )
    cleaned = clean_html(html, "https://contoh.id/a")
    assert cleaned.title == "Dari JSON-LD"
    assert cleaned.author == "Rina, Budi"
    assert cleaned.published == datetime(2025, 5, 13, 20, 0, tzinfo=timezone(timedelta(hours=7)))


def test_broken_json_ld_falls_back_to_meta() -> None:
    html = GENERIC.replace(
        "</head>", '<script type="application/ld+json">{"@type": "NewsArticle",</script></head>'
    )
    assert clean_html(html, "https://contoh.id/a").title.startswith("Pekerja rentan Palu")


@pytest.mark.parametrize(
    "html", [b"", "   ", "<html><body><nav>Beranda</nav></body></html>", b"\x00\x01\x02"]
)
def test_pages_without_text_raise(html: bytes | str) -> None:
    with pytest.raises(CleaningError):
        clean_html(html, "https://contoh.id/kosong")


def test_hints_prune_and_select_body() -> None:
    html = GENERIC.replace(
        "</article>", '<p class="baca">Baca juga: Berita lain yang tidak relevan</p></article>'
    )
    hints = CleanHints(body_xpath="//article", prune_xpaths=("//p[@class='baca']",))
    cleaned = clean_html(html, "https://contoh.id/a", hints)
    assert "Baca juga" not in cleaned.text
    assert "12.400 pekerja rentan" in cleaned.text
