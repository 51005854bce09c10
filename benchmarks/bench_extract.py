"""Time the figure extractor against trafilatura's cleaning on the same articles.

    .venv/bin/python benchmarks/bench_extract.py --corpus ../shared/corpus/dev [--repeat 5]

For every article: the median of ``--repeat`` runs of ``extract_figures`` on its text, and of
``trafilatura.extract`` on the text wrapped in simple HTML paragraphs. Prints the median time per
article of each and their ratio (the extractor should cost well under a tenth of the cleaning).
"""

from __future__ import annotations

import argparse
import html
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from extract.evaluate import read_article
from extract.figures import extract_figures


def _as_html(title: str | None, text: str) -> str:
    paragraphs = "".join(
        f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip()
    )
    head = html.escape(title or "")
    return (
        f"<html><head><title>{head}</title></head><body><article><h1>{head}</h1>\n"
        f"{paragraphs}</article></body></html>"
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
    ext_times, clean_times = [], []
    for art in articles:
        page = _as_html(art.title, art.text)
        ext_times.append(
            _median_seconds(
                lambda a=art: extract_figures(a.text, title=a.title, published=a.published),
                args.repeat,
            )
        )
        clean_times.append(_median_seconds(lambda p=page: trafilatura.extract(p), args.repeat))
    ext_ms = statistics.median(ext_times) * 1000
    clean_ms = statistics.median(clean_times) * 1000
    print(f"articles: {len(articles)} (median of {args.repeat} runs each)")
    print(
        f"extract_figures:     median {ext_ms:.2f} ms/article, max {max(ext_times) * 1000:.2f} ms"
    )
    print(
        f"trafilatura.extract: median {clean_ms:.2f} ms/article, "
        f"max {max(clean_times) * 1000:.2f} ms"
    )
    print(f"ratio extractor/cleaning: {ext_ms / clean_ms:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
