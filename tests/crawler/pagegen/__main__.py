# ruff: noqa: E501  (HTML and XML markup reads better unwrapped)
"""Write the fixture pages: ``python -m tests.crawler.pagegen`` from the project root."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

from crawler.outlets import REGISTRY
from extract.urls import canonicalize
from tests.crawler.pagegen import templates as tpl
from tests.crawler.pagegen.texts import OFF_TOPIC, OUTLET_TEXTS, SECOND, Text

ROOT = Path(__file__).resolve().parents[3]
PAGES = ROOT / "tests" / "crawler" / "outlet_pages"
SITES = ROOT / "crawler" / "localsites"
BASE = "{{BASE_URL}}"
BOILERPLATE = {
    "antara": ["Baca juga", "Pewarta", "Copyright", "Pemkot siapkan 20 titik pasar murah"],
    "tribun": ["Baca juga", "Artikel ini telah tayang", "Pemkot siapkan 20 titik pasar murah"],
    "wordpress": ["Bagikan ini", "Terkait", "Hak Cipta", "Festival budaya pesisir"],
    "wahana": ["Baca Juga", "Copyright", "Pemkot siapkan 20 titik pasar murah"],
    "generic": ["Apa Reaksimu", "Semua hak dilindungi"],
}


def article_path(family: str, key: str, t: Text, number: int = 4900000) -> str:
    d = datetime.fromisoformat(t.published)
    if family == "antara":
        return f"/berita/{number}/{t.slug}"
    if family == "tribun":
        return f"/{d:%Y/%m/%d}/{t.slug}"
    if family == "wahana":
        return f"/{t.section.lower()}/{t.slug}"
    if key == "persadakita":
        return f"/{t.slug}/"
    return f"/{d:%Y/%m/%d}/{t.slug}/"


def render(family: str, key: str, t: Text, base: str, path: str, site: str, **kw: Any) -> str:
    if family == "antara":
        return tpl.antara(t, base, path, site)
    if family == "tribun":
        return tpl.tribun(t, base, path, site, **kw)
    if family == "wordpress":
        return tpl.wordpress(t, base, path, site)
    if family == "wahana":
        return tpl.wahana(t, base, path, site, **kw)
    return tpl.generic(t, base, path, site, reaction=key == "metrosulawesi")


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def outlet_pages() -> None:
    for key, outlet in REGISTRY.items():
        t = OUTLET_TEXTS[key]
        path = article_path(outlet.family, key, t)
        url = outlet.base_url + path
        write(PAGES / key / "article.html",
              render(outlet.family, key, t, outlet.base_url, path, outlet.name))  # fmt: skip
        expected = {
            "url": url,
            "title": t.title,
            "published": t.published,
            "canonical_url": canonicalize(url),
            "must_contain": [t.paragraphs[0], t.paragraphs[-1]],
            "must_not_contain": BOILERPLATE[outlet.family],
        }
        write(
            PAGES / key / "expected.json", json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        )


# -- local copies --------------------------------------------------------------------------------


def rss(title: str, items: list[tuple[Text, str]], homepage_links: bool = False) -> str:
    """An RSS 2.0 feed of ``items``; ``homepage_links``: every <link> is the homepage and the
    article URL is only in a permalink <guid> (as Tribun's /rss was reported to do)."""
    body = "".join(
        f"<item><title>{escape(t.title)}</title>"
        + (
            f"<link>{BASE}/</link><guid>{BASE}{p}</guid>"
            if homepage_links
            else f"<link>{BASE}{p}</link>"
        )
        + f"<pubDate>{format_datetime(datetime.fromisoformat(t.published))}</pubDate>"
        f"<description>{escape(t.paragraphs[0])}</description></item>\n"
        for t, p in items
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>{BASE}/</link>\n{body}</channel></rss>\n")  # fmt: skip


class Site:
    def __init__(self, name: str, outlet: str) -> None:
        self.name, self.outlet, self.routes = name, outlet, []  # type: list[dict[str, Any]]
        self.root = SITES / name
        self.stored: list[str] = []
        self.not_fetched: list[str] = []

    def add(self, path: str, file: str, text: str, query: dict[str, Any] | None = None,
            content_type: str = "text/html; charset=utf-8") -> None:  # fmt: skip
        write(self.root / file, text)
        route: dict[str, Any] = {"path": path, "file": file, "content_type": content_type}
        if query is not None:
            route["query"] = query
        self.routes.append(route)

    def article(self, family: str, t: Text, path: str, site: str, **kw: Any) -> None:
        file = "articles/" + path.strip("/").replace("/", "_") + ".html"
        self.add(path, file, render(family, self.outlet, t, BASE, path, site, **kw))
        (self.stored if t.relevant else self.not_fetched).append(path)

    def save(self, **expected: Any) -> None:
        manifest = {"name": self.name, "outlet": self.outlet, "routes": self.routes}
        write(self.root / "site.json", json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
        expected = {"outlet": self.outlet, "stored": self.stored,
                    "not_fetched": self.not_fetched, **expected}  # fmt: skip
        write(
            self.root / "expected.json", json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        )


ROBOTS = (
    "User-agent: *\nDisallow: /wp-admin/\nDisallow: /search\n\nSitemap: {{BASE_URL}}/sitemap.xml\n"
)
TEXT = "text/plain; charset=utf-8"
XML = "application/xml; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"


def tribun_site() -> None:
    s = Site("tribun-sultra", "tribun-sultra")
    site = "TribunnewsSultra.com"
    first, second, off = OUTLET_TEXTS["tribun-sultra"], SECOND["tribun"], OFF_TOPIC
    paths = {t.slug: article_path("tribun", s.outlet, t) for t in (first, second, off)}
    s.add("/robots.txt", "robots.txt", ROBOTS, content_type=TEXT)
    s.add("/sitemap.xml", "sitemap.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"<sitemap><loc>{BASE}/sitemap/news/sitemap_news.xml</loc><lastmod>2025-09-05T13:00:00+08:00</lastmod></sitemap>\n"
        f"<sitemap><loc>{BASE}/sitemap/2024/sitemap_news.xml</loc><lastmod>2024-12-31T23:00:00+08:00</lastmod></sitemap>\n"
        "</sitemapindex>\n"), content_type=XML)  # fmt: skip
    entries = "".join(
        f"<url><loc>{BASE}{paths[t.slug]}</loc><news:news><news:publication><news:name>{site}"
        f"</news:name><news:language>id</news:language></news:publication>"
        f"<news:publication_date>{t.published}</news:publication_date>"
        f"<news:title>{escape(t.title)}</news:title></news:news></url>\n"
        for t in (first, off)
    )
    s.add("/sitemap/news/sitemap_news.xml", "sitemap/news.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + entries + "</urlset>\n"),
        content_type=XML)  # fmt: skip
    for day, items in (("2025-09-05", [first]), ("2025-09-04", [off]), ("2025-09-03", [second])):
        links = "".join(
            f'<li><h3><a href="{BASE}{paths[t.slug]}">{escape(t.title)}</a></h3>'
            f'<time class="grey">{tpl.visible(t.published)}</time></li>'
            for t in items
        )
        s.add("/index-news", f"index-news/{day}.html",
              f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Indeks Berita {day}</title></head>'
              f'<body><div id="header"><a href="{BASE}/2025/01/01/berita-lama-di-menu-atas-situs">Berita lama</a></div>'
              f'<main><h1>Indeks Berita</h1><ul class="lsi">{links}</ul></main></body></html>\n',
              query={"date": day})  # fmt: skip
    # Page 2 of the multi-page article comes first: the plain route matches any query.
    p1 = paths[first.slug]
    s.add(p1, "articles/page2.html", tpl.tribun(first, BASE, p1, site, page=2), query={"page": "2"})
    s.article("tribun", first, p1, site)
    s.article("tribun", second, paths[second.slug], site)
    s.article("tribun", off, paths[off.slug], site)
    items = [(t, paths[t.slug]) for t in (first, off, second)]
    s.add("/rss", "rss.xml", rss(site, items, homepage_links=True), content_type=RSS)
    s.save(since="2025-09-03", until="2025-09-05",
           joined=[p1, first.page2[-1]], unfetched_discovery=["/sitemap/2024/sitemap_news.xml"])  # fmt: skip


def wordpress_site() -> None:
    s = Site("wordpress-zonasultra", "zonasultra")
    site = "ZonaSultra"
    first, second, off = OUTLET_TEXTS["zonasultra"], SECOND["wordpress"], OFF_TOPIC
    paths = {t.slug: article_path("wordpress", s.outlet, t) for t in (first, second, off)}
    s.add("/robots.txt", "robots.txt", ROBOTS, content_type=TEXT)
    s.add("/feed/", "feed.xml", rss(site, [(first, paths[first.slug]), (off, paths[off.slug])]),
          content_type=RSS)  # fmt: skip
    s.add("/", "search-feed.xml", rss(site, [(second, paths[second.slug])]),
          query={"s": "bpjamsostek", "feed": "rss2"}, content_type=RSS)  # fmt: skip
    s.add("/", "empty-feed.xml", rss(site, []), query={"feed": "rss2"}, content_type=RSS)
    posts = [
        {"link": f"{BASE}{paths[t.slug]}", "date": t.published[:19],
         "title": {"rendered": escape(t.title)}, "excerpt": {"rendered": f"<p>{escape(t.paragraphs[0])}</p>"}}
        for t in (first, second)
    ]  # fmt: skip
    s.add("/wp-json/wp/v2/posts", "wp-json/bpjs-ketenagakerjaan.json",
          json.dumps(posts, ensure_ascii=False), query={"search": "bpjs ketenagakerjaan"},
          content_type="application/json; charset=UTF-8")  # fmt: skip
    s.add(
        "/wp-json/wp/v2/posts",
        "wp-json/empty.json",
        "[]",
        content_type="application/json; charset=UTF-8",
    )
    for t in (first, second, off):
        s.article("wordpress", t, paths[t.slug], site)
    s.save(since="2025-08-01", until="2025-09-30")


def wahana_site() -> None:
    s = Site("wahana-sulteng", "wahananews-sulteng")
    site = "WahanaNews Sulteng"
    first, second, off = OUTLET_TEXTS["wahananews-sulteng"], SECOND["wahana"], OFF_TOPIC
    off_path = "/ekonomi/harga-cabai-rawit-turun-jelang-akhir-pekan-q1w2e3r4t5"
    paths = {first.slug: article_path("wahana", s.outlet, first),
             second.slug: article_path("wahana", s.outlet, second), off.slug: off_path}  # fmt: skip
    s.add("/robots.txt", "robots.txt", ROBOTS, content_type=TEXT)
    s.add("/rss", "rss.xml", rss(site, [(second, paths[second.slug])]), content_type=RSS)
    for day, items in (("08-05-2024", [first]), ("07-05-2024", [second]), ("06-05-2024", [off])):
        links = "".join(
            f'<li><a href="{BASE}{paths[t.slug]}">{escape(t.title)}</a></li>' for t in items
        )
        s.add("/arsip", f"arsip/{day}.html",
              f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Arsip {day}</title></head>'
              f'<body><main><h1>Arsip Berita</h1><ul>{links}</ul></main></body></html>\n',
              query={"tanggal": day})  # fmt: skip
    s.article("wahana", first, paths[first.slug], site, dated=False)
    s.article("wahana", second, paths[second.slug], site)
    s.article("wahana", off, off_path, site)
    s.save(since="2024-05-06", until="2024-05-08",
           undated={paths[first.slug]: "2024-05-08T00:00:00+08:00"})  # fmt: skip


def generic_site() -> None:
    s = Site("generic-metrosulawesi", "metrosulawesi")
    site = "Metrosulawesi"
    first, second, off = OUTLET_TEXTS["metrosulawesi"], SECOND["generic"], OFF_TOPIC
    paths = {t.slug: article_path("generic", s.outlet, t) for t in (first, second, off)}
    s.add("/robots.txt", "robots.txt", ROBOTS, content_type=TEXT)
    s.add("/feed/", "feed.xml", rss(site, [(first, paths[first.slug]), (off, paths[off.slug])]),
          content_type=RSS)  # fmt: skip
    results = "".join(
        f'<article><h2><a href="{BASE}{paths[t.slug]}">{escape(t.title)}</a></h2>'
        f'<time datetime="{t.published}">{tpl.visible(t.published, False)}</time></article>'
        for t in (first, second)
    )
    search = (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Hasil pencarian</title></head>'
              f'<body><header><a href="{BASE}/category/daerah/">Daerah</a></header><main id="main">{results}</main>'
              f'<aside><a href="{BASE}/2025/01/05/pemkot-palu-gelar-festival-pesona-palu-nomoni/">Festival</a></aside>'
              "</body></html>\n")  # fmt: skip
    s.add("/", "search/bpjs-ketenagakerjaan.html", search, query={"s": "bpjs ketenagakerjaan"})
    empty = (
        '<!DOCTYPE html><html><body><main id="main"><p>Tidak ditemukan.</p></main></body></html>\n'
    )
    for keyword in ("bpjamsostek", "bp jamsostek", "jamsostek"):
        s.add("/", "search/empty.html", empty, query={"s": keyword})
    for t in (first, second, off):
        s.article("generic", t, paths[t.slug], site)
    s.save(since="2025-08-01", until="2025-08-31")


def broken_site() -> None:
    """A WordPress copy whose feed 404s and whose robots.txt blocks /wp-json/ (for doctor)."""
    s = Site("wordpress-broken", "zonasultra")
    s.add("/robots.txt", "robots.txt", "User-agent: *\nDisallow: /wp-json/\n", content_type=TEXT)
    s.routes.append({"path": "/feed/", "status": 404})
    t = OUTLET_TEXTS["zonasultra"]
    path = article_path("wordpress", s.outlet, t)
    s.add("/wp-sitemap.xml", "wp-sitemap.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{BASE}{path}</loc><lastmod>{t.published}</lastmod></url></urlset>\n"), content_type=XML)  # fmt: skip
    s.article("wordpress", t, path, "ZonaSultra")
    s.save()


GENERATORS: list[Callable[[], None]] = [
    outlet_pages,
    tribun_site,
    wordpress_site,
    wahana_site,
    generic_site,
    broken_site,
]

if __name__ == "__main__":
    for generate in GENERATORS:
        generate()
    print("fixture pages written")
