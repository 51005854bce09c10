"""Time the figure extractor against trafilatura's cleaning on the same articles.

    .venv/bin/python benchmarks/bench_extract.py --corpus ../shared/corpus/dev [--repeat 5]

For every article: the median of ``--repeat`` runs of ``extract_figures`` on its text, and of
cleaning the same article as HTML, in two forms:

* ``bare``: the text wrapped in ``<p>`` paragraphs and nothing else (the cheapest page there is);
* ``page``: the text placed in a full article page of the bundled ANTARA Sultra copy (navigation,
  sidebar, footer, JSON-LD; 12.7 kB), cleaned both by plain ``trafilatura.extract`` and by
  pantau's ``clean_html`` (trafilatura on the outlet's body div, plus metadata);
* ``chrome``: the same page with real ANTARA markup added to its header: the navigation and
  mega-menu excerpts of ``../shared/real_pages/antaranews`` (made well-formed with lxml, as a
  browser would; 26 kB in all). Real pages are larger still (the source of those excerpts is
  289,015 characters), so this is a conservative stand-in for the pages the crawler fetches.
  Skipped, with a note, when the excerpts are not there.

Prints the median time per article of each and the ratios (the extractor should cost well
under a tenth of the cleaning).
"""

from __future__ import annotations

import argparse
import html
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura
from lxml import html as lxml_html

from crawler.localsites import bundled_site
from crawler.outlets import get_outlet
from extract.clean import clean_html
from extract.evaluate import Article, read_article
from extract.figures import extract_figures

TEMPLATE_PATH = "/berita/4871205/bpjamsostek-kendari-5231-pekerja-terlindungi-hingga-mei"
BODY_RE = re.compile(
    r'(<div class="wrap__article-detail-content post-content">).*?(<p class="text-muted)', re.S
)


def _as_html(title: str | None, text: str) -> str:
    paragraphs = "".join(
        f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip()
    )
    head = html.escape(title or "")
    return (
        f"<html><head><title>{head}</title></head><body><article><h1>{head}</h1>\n"
        f"{paragraphs}</article></body></html>"
    )


def _page_template() -> str:
    site = bundled_site("antara-sultra")
    route = site.match(TEMPLATE_PATH) or next(
        r for r in site.routes if r.path.startswith("/berita/") and r.status == 200
    )
    body = site.read(route, "http://127.0.0.1:8000")
    assert body is not None
    return body.decode("utf-8")


REAL_CHROME = (
    "www.antaranews.com_home_2018-03-17.excerpt-nav.html",
    "www.antaranews.com_home_2018-03-17.excerpt-listing.html",
)
HEADER_OPEN = '<header class="bg-light">'


def _well_formed(fragment: str) -> str:
    """An HTML excerpt (cut out of a page, so with unclosed tags) as balanced markup."""
    parts = lxml_html.fragments_fromstring(fragment)
    return "".join(
        p if isinstance(p, str) else lxml_html.tostring(p, encoding="unicode") for p in parts
    )


def _chrome_template(template: str, real_pages: Path) -> str | None:
    """The page template with the real ANTARA navigation excerpts in its header."""
    files = [real_pages / "antaranews" / name for name in REAL_CHROME]
    if not all(f.is_file() for f in files) or HEADER_OPEN not in template:
        return None
    chrome = "".join(f"<div>{_well_formed(f.read_text(encoding='utf-8'))}</div>" for f in files)
    return template.replace(HEADER_OPEN, HEADER_OPEN + chrome, 1)


def _as_page(template: str, text: str) -> str:
    paragraphs = "<br><br>\n".join(html.escape(line) for line in text.splitlines() if line.strip())
    return BODY_RE.sub(
        lambda m: m.group(1) + "\n" + paragraphs + "<br><br>\n" + m.group(2), template
    )


def _median_seconds(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


LABELS = {
    "extract": "extract_figures (text)",
    "bare": "trafilatura.extract, bare <p> page",
    "page": "trafilatura.extract, bundled outlet page",
    "clean_html": "pantau clean_html, bundled outlet page",
    "chrome": "trafilatura.extract, page with real chrome",
    "chrome_clean": "pantau clean_html, page with real chrome",
}


def _runs(art: Article, pages: dict[str, str]) -> dict[str, Callable[[], object]]:
    """What is timed for one article: the extractor, and each cleaning of each page."""
    url, hints = "http://127.0.0.1:8000/berita/1/a", get_outlet("antara-sultra").hints
    runs: dict[str, Callable[[], object]] = {
        "extract": lambda: extract_figures(art.text, title=art.title, published=art.published),
        "bare": lambda: trafilatura.extract(pages["bare"]),
        "page": lambda: trafilatura.extract(pages["page"]),
        "clean_html": lambda: clean_html(pages["page"], url, hints),
    }
    if "chrome" in pages:
        runs["chrome"] = lambda: trafilatura.extract(pages["chrome"])
        runs["chrome_clean"] = lambda: clean_html(pages["chrome"], url, hints)
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--real-pages",
        type=Path,
        help="directory of real page excerpts (default: real_pages beside the corpus's parent)",
    )
    args = parser.parse_args(argv)
    articles = [read_article(p) for p in sorted((args.corpus / "articles").glob("*.txt"))]
    if not articles:
        parser.error(f"no articles under {args.corpus / 'articles'}")
    extract_figures(articles[0].text)  # warm-up: region tables and regexes are built once
    template = _page_template()
    chrome = _chrome_template(
        template, args.real_pages or args.corpus.resolve().parent.parent / "real_pages"
    )
    if chrome is None:
        print("(no real page excerpts found: the rows with real chrome are left out)")
    times: dict[str, list[float]] = {}
    for art in articles:
        pages = {"bare": _as_html(art.title, art.text), "page": _as_page(template, art.text)}
        if chrome is not None:
            pages["chrome"] = _as_page(chrome, art.text)
        for key in ("page", "chrome"):
            if key in pages:
                first_line = art.text.splitlines()[0][:40]
                assert first_line in (trafilatura.extract(pages[key]) or ""), key
        for key, fn in _runs(art, pages).items():
            times.setdefault(key, []).append(_median_seconds(fn, args.repeat))
    ms = {k: statistics.median(v) * 1000 for k, v in times.items()}
    print(f"articles: {len(articles)} (median over articles of the median of {args.repeat} runs)")
    if chrome is not None:
        print(f"page sizes: bundled {len(template):,} characters, with real chrome {len(chrome):,}")
    for key, values in times.items():
        print(f"{LABELS[key]:<44} {ms[key]:7.2f} ms/article (max {max(values) * 1000:.2f})")
    for key in times:
        if key != "extract":
            print(f"ratio extractor / {LABELS[key]:<44} {ms['extract'] / ms[key]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
