"""Crawl speed: pantau's whole pipeline against a bare Scrapy spider on the same local pages.

    .venv/bin/python benchmarks/bench_crawl.py [--articles 2000] [--concurrency 16]

Generates a local copy of a generic outlet with ``--articles`` article pages (all on topic, each
with a participation figure) listed in one sitemap, serves it on 127.0.0.1, then, in the same
run and against the same server:

- ``pantau crawl metrosulawesi --methods sitemap``: discovery, fetch, trafilatura cleaning,
  topic gate, figure extraction and storage into a temporary SQLite database;
- a bare Scrapy spider that reads the sitemap and fetches every page, doing nothing with them;
- for reference, pantau again with storage switched off (``PANTAU_DB_URL=""``): where the time
  goes between crawling/cleaning/extracting and storing.

Politeness is off for both (no robots.txt, no AutoThrottle, no delay, the same concurrency).
Each crawl runs in its own process; its time is Scrapy's ``elapsed_time_seconds``. Prints
articles per second of each and their ratio.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from crawler.localsites import LocalSite

ROOT = Path(__file__).resolve().parents[1]
PLACES = ["Kota Palu", "Kabupaten Sigi", "Kabupaten Donggala", "Kabupaten Poso", "Kota Kendari"]
ELAPSED = re.compile(r"'elapsed_time_seconds': ([0-9.]+)")

PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{title}</title><link rel="canonical" href="{{{{BASE_URL}}}}{path}">
<meta property="article:published_time" content="2025-08-{day:02d}T10:00:00+08:00"></head>
<body><header><a href="{{{{BASE_URL}}}}/">Metrosulawesi</a></header><main id="main"><article>
<h1 class="entry-title">{title}</h1><div class="entry-content">
<p>PALU – BPJS Ketenagakerjaan mencatat {count} pekerja di {place} terdaftar sebagai peserta
aktif per 31 Juli 2025, laporan nomor {n}.</p>
<p>Kepala cabang mengatakan jumlah itu naik {new} orang dibanding bulan sebelumnya, terutama dari
pekerja sektor informal, pedagang pasar dan nelayan.</p>
<p>Pemerintah daerah diminta terus mendorong pendaftaran pekerja rentan melalui anggaran daerah
dan dana desa agar perlindungan jaminan sosial makin merata.</p>
</div></article></main><footer>© 2025 Metrosulawesi</footer></body></html>
"""

BARE_SPIDER = """
import scrapy
from scrapy.spiders import SitemapSpider

class Bare(SitemapSpider):
    name = "bare"
    sitemap_urls = [{sitemap!r}]

    def parse(self, response):
        pass
"""


def build_site(root: Path, articles: int) -> LocalSite:
    routes = []
    urls = []
    for n in range(articles):
        path = f"/2025/08/{n % 28 + 1:02d}/peserta-bpjs-ketenagakerjaan-laporan-nomor-{n}/"
        file = f"a/{n}.html"
        (root / "a").mkdir(exist_ok=True)
        title = f"Peserta BPJS Ketenagakerjaan laporan nomor {n}"
        (root / file).write_text(
            PAGE.format(
                title=title,
                path=path,
                day=n % 28 + 1,
                count=10_000 + 37 * n,
                place=PLACES[n % len(PLACES)],
                n=n,
                new=100 + n % 400,
            ),
            encoding="utf-8",
        )
        routes.append({"path": path, "file": file})
        urls.append(f"<url><loc>{{{{BASE_URL}}}}{path}</loc></url>")
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(urls)
        + "\n</urlset>\n"
    )
    (root / "sitemap.xml").write_text(sitemap, encoding="utf-8")
    routes.insert(0, {"path": "/sitemap.xml", "file": "sitemap.xml",
                      "content_type": "application/xml"})  # fmt: skip
    (root / "site.json").write_text(json.dumps({"routes": routes}), encoding="utf-8")
    return LocalSite.load(root)


def fast_settings(concurrency: int) -> list[str]:
    values = {
        "ROBOTSTXT_OBEY": "False",
        "AUTOTHROTTLE_ENABLED": "False",
        "DOWNLOAD_DELAY": "0",
        "CONCURRENT_REQUESTS": str(concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(concurrency),
        "LOG_LEVEL": "INFO",
    }
    return [a for k, v in values.items() for a in ("-s", f"{k}={v}")]


def elapsed(stderr: str) -> float:
    found = ELAPSED.findall(stderr)
    if not found:
        raise SystemExit("no elapsed_time_seconds in the crawl's log:\n" + stderr[-3000:])
    return float(found[-1])


def run_pantau(base_url: str, tmp: Path, concurrency: int, store: bool = True) -> tuple[int, float]:
    """Articles stored (or, with storage off, fetched) and seconds."""
    no_store = [] if store else ["-s", "PANTAU_DB_URL="]
    result = subprocess.run(
        [sys.executable, "-m", "crawler", "crawl", "metrosulawesi", "--methods", "sitemap",
         "--base-url", f"metrosulawesi={base_url}", "--db", f"sqlite:///{tmp}/bench.db",
         *fast_settings(concurrency), *no_store],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    pattern = r"metrosulawesi: (\d+) articles stored" if store else r"articles: (\d+) fetched"
    count = re.search(pattern, result.stdout)
    if result.returncode != 0 or not count:
        raise SystemExit(f"pantau crawl failed:\n{result.stdout}\n{result.stderr[-3000:]}")
    return int(count[1]), elapsed(result.stderr)


def run_bare(base_url: str, tmp: Path, concurrency: int) -> tuple[int, float]:
    spider = tmp / "bare.py"
    spider.write_text(BARE_SPIDER.format(sitemap=base_url + "/sitemap.xml"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "runspider", str(spider), *fast_settings(concurrency)],
        cwd=tmp, capture_output=True, text=True, check=False,
    )  # fmt: skip
    fetched = re.search(r"'response_received_count': (\d+)", result.stderr)
    if result.returncode != 0 or not fetched:
        raise SystemExit(f"bare spider failed:\n{result.stderr[-3000:]}")
    return int(fetched[1]) - 1, elapsed(result.stderr)  # minus the sitemap


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pantau-bench-") as name:
        tmp = Path(name)
        (tmp / "site").mkdir()
        site = build_site(tmp / "site", args.articles)
        with site.serve() as running:
            bare_n, bare_s = run_bare(running.base_url, tmp, args.concurrency)
            pantau_n, pantau_s = run_pantau(running.base_url, tmp, args.concurrency)
            bare_store_n, bare_store_s = run_pantau(running.base_url, tmp, args.concurrency, False)
    bare_rate, pantau_rate = bare_n / bare_s, pantau_n / pantau_s
    print(f"local copy: {args.articles} articles, concurrency {args.concurrency}, politeness off")
    print(f"bare Scrapy spider: {bare_n} pages in {bare_s:.1f} s = {bare_rate:.0f} articles/s")
    print(f"pantau crawl: {pantau_n} stored in {pantau_s:.1f} s = {pantau_rate:.0f} articles/s")
    print(f"ratio pantau / bare: {pantau_rate / bare_rate:.2f}")
    no_store_rate = bare_store_n / bare_store_s
    print(
        f"(pantau with storage off: {bare_store_n} cleaned and extracted in {bare_store_s:.1f} s"
        f" = {no_store_rate:.0f} articles/s, ratio {no_store_rate / bare_rate:.2f})"
    )


if __name__ == "__main__":
    main()
