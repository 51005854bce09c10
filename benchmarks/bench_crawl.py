"""Crawl speed: pantau's whole pipeline against a bare Scrapy spider on the same local pages.

    .venv/bin/python benchmarks/bench_crawl.py [--articles 2000] [--concurrency 16]

Generates a local copy of a generic outlet with ``--articles`` article pages (all on topic, each
with participation figures) listed in one sitemap, serves it on 127.0.0.1, then, in the same
run and against the same server:

- ``pantau crawl metrosulawesi --methods sitemap``: discovery, fetch, trafilatura cleaning,
  topic gate, figure extraction and storage into a temporary SQLite database;
- a bare Scrapy spider that reads the sitemap and fetches every page, doing nothing with them;
- for reference, pantau again with storage switched off (``PANTAU_DB_URL=""``): where the time
  goes between crawling/cleaning/extracting and storing.

Politeness is off for both (no robots.txt, no AutoThrottle, no delay, the same concurrency).
Each crawl runs in its own process; its time is Scrapy's ``elapsed_time_seconds``. Prints
articles per second of each and their ratio.

The articles are distinct stories, as an archive is: each names one of the 514 regencies and
cities, is dated somewhere in 2023-2025 and draws its middle paragraphs from a pool of
sentences in its own order (a fixed seed keeps runs comparable). Near-identical pages would
all fall into one story cluster and one series key, which measures a pathological archive.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from crawler.localsites import LocalSite

ROOT = Path(__file__).resolve().parents[1]
REGIONS_CSV = ROOT / "extract" / "data" / "regions_kepmendagri_2025.csv"
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]  # fmt: skip
# Background sentences (written for this benchmark); each article takes five in its own order.
POOL = [
    "Pemerintah daerah berencana menambah anggaran untuk iuran pekerja rentan tahun depan.",
    "Petugas kantor cabang mendatangi pasar tradisional untuk mendata pedagang.",
    "Sosialisasi program dilakukan bersama perangkat desa dan tokoh masyarakat.",
    "Nelayan di wilayah pesisir menjadi sasaran utama perluasan perlindungan.",
    "Kepala dinas tenaga kerja meminta perusahaan mendaftarkan seluruh karyawannya.",
    "Pengemudi ojek daring diajak mendaftar secara mandiri melalui aplikasi.",
    "Kegiatan jemput bola digelar di kantor kecamatan setiap pekan.",
    "Perusahaan yang lalai mendaftarkan pekerjanya akan mendapat teguran tertulis.",
    "Petani dan pekebun juga mulai tertarik menjadi peserta setelah melihat manfaatnya.",
    "Bupati menyatakan dukungannya melalui surat edaran kepada seluruh kepala desa.",
    "Sejumlah pelaku usaha mikro menyampaikan keluhan soal prosedur pendaftaran.",
    "Pihak cabang menyiapkan layanan keliling di daerah yang jauh dari kantor.",
    "Forum koordinasi lintas instansi dibentuk untuk memantau capaian kepesertaan.",
    "Para pekerja konstruksi proyek jalan provinsi sudah terdaftar sejak awal proyek.",
    "Dinas sosial membantu pendataan warga miskin yang bekerja di sektor informal.",
    "Camat diminta melaporkan perkembangan pendaftaran setiap akhir bulan.",
    "Program ini juga menyasar pekerja rumah tangga dan buruh harian lepas.",
    "Kantor cabang membuka layanan konsultasi pada hari Sabtu selama tiga bulan.",
    "Sebagian peserta berhenti membayar iuran setelah musim panen berakhir.",
    "Serikat pekerja meminta pengawasan terhadap perusahaan diperketat.",
    "Perbankan daerah ikut menyalurkan informasi kepada nasabah usaha kecil.",
    "Warga yang mengalami kecelakaan kerja dapat mengajukan klaim di kantor terdekat.",
    "Desa yang seluruh aparatnya terdaftar akan mendapat penghargaan dari pemerintah daerah.",
    "Relawan perisai direkrut dari kalangan pemuda untuk menjangkau pekerja di pelosok.",
]
ELAPSED = re.compile(r"'elapsed_time_seconds': ([0-9.]+)")

PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{title}</title><link rel="canonical" href="{{{{BASE_URL}}}}{path}">
<meta property="article:published_time" content="{published}T10:00:00+08:00"></head>
<body><header><a href="{{{{BASE_URL}}}}/">Metrosulawesi</a></header><main id="main"><article>
<h1 class="entry-title">{title}</h1><div class="entry-content">
<p>BPJS Ketenagakerjaan mencatat {count} pekerja di {place} terdaftar sebagai peserta
aktif per {as_of}.</p>
<p>{middle}</p>
<p>Kepala cabang mengatakan jumlah itu naik {new} orang dibanding bulan sebelumnya.</p>
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


def _regions() -> list[str]:
    with REGIONS_CSV.open(encoding="utf-8", newline="") as handle:
        return [row["name"] for row in csv.DictReader(handle) if row["level"] != "province"]


def build_site(root: Path, articles: int, seed: int = 7) -> LocalSite:
    rng = random.Random(seed)
    places = _regions()
    routes = []
    urls = []
    (root / "a").mkdir(exist_ok=True)
    for n in range(articles):
        year, month, day = rng.choice((2023, 2024, 2025)), rng.randint(1, 12), rng.randint(1, 28)
        published = f"{year}-{month:02d}-{day:02d}"
        path = f"/{year}/{month:02d}/{day:02d}/peserta-bpjs-ketenagakerjaan-{n}/"
        file = f"a/{n}.html"
        place = places[n % len(places)]
        (root / file).write_text(
            PAGE.format(
                title=f"{rng.randint(2, 90)} ribu pekerja di {place} ikut BPJS Ketenagakerjaan",
                path=path,
                published=published,
                count=f"{rng.randint(2_000, 90_000):,}".replace(",", "."),
                place=place,
                as_of=f"{day} {MONTHS[month - 1]} {year}",
                middle=" ".join(rng.sample(POOL, 5)),
                new=rng.randint(50, 900),
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
