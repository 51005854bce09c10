"""Time the figure extractor against trafilatura's cleaning on the same articles.

    .venv/bin/python benchmarks/bench_extract.py --corpus ../shared/corpus/dev [--repeat 5]

For every article: the median of ``--repeat`` runs of ``extract_figures`` on its text, and of
cleaning the same article as HTML, in two forms:

* ``bare``: the text wrapped in ``<p>`` paragraphs and nothing else (the cheapest page there is);
* ``page``: the text placed in a full article page of the bundled ANTARA Sultra copy (navigation,
  sidebar, footer, JSON-LD: the size and shape of the pages the crawler fetches), cleaned both
  by plain ``trafilatura.extract`` and by pantau's ``clean_html`` (trafilatura plus metadata).

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

from crawler.localsites import bundled_site
from crawler.outlets import get_outlet
from extract.clean import clean_html
from extract.evaluate import read_article
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    articles = [read_article(p) for p in sorted((args.corpus / "articles").glob("*.txt"))]
    if not articles:
        parser.error(f"no articles under {args.corpus / 'articles'}")
    extract_figures(articles[0].text)  # warm-up: region tables and regexes are built once
    template = _page_template()
    hints = get_outlet("antara-sultra").hints
    times: dict[str, list[float]] = {k: [] for k in ("extract", "bare", "page", "clean_html")}
    for art in articles:
        bare, page = _as_html(art.title, art.text), _as_page(template, art.text)
        assert art.text.splitlines()[0][:40] in (trafilatura.extract(page) or ""), "page mode"
        runs: dict[str, Callable[[], object]] = {
            "extract": lambda a=art: extract_figures(a.text, title=a.title, published=a.published),
            "bare": lambda p=bare: trafilatura.extract(p),
            "page": lambda p=page: trafilatura.extract(p),
            "clean_html": lambda p=page: clean_html(p, "http://127.0.0.1:8000/berita/1/a", hints),
        }
        for key, fn in runs.items():
            times[key].append(_median_seconds(fn, args.repeat))
    ms = {k: statistics.median(v) * 1000 for k, v in times.items()}
    print(f"articles: {len(articles)} (median over articles of the median of {args.repeat} runs)")
    labels = {
        "extract": "extract_figures (text)",
        "bare": "trafilatura.extract, bare <p> page",
        "page": "trafilatura.extract, full outlet page",
        "clean_html": "pantau clean_html, full outlet page",
    }
    for key, label in labels.items():
        print(f"{label:<40} {ms[key]:7.2f} ms/article (max {max(times[key]) * 1000:.2f})")
    for key in ("bare", "page", "clean_html"):
        print(f"ratio extractor / {labels[key]:<36} {ms['extract'] / ms[key]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
