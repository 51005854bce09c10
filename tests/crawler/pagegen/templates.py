# ruff: noqa: E501  (HTML and XML markup reads better unwrapped)
"""Page templates in each family's style (markup as /work/shared/OUTLETS.md describes it)."""

from __future__ import annotations

import json
from datetime import datetime
from html import escape

from tests.crawler.pagegen.texts import Text

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]  # fmt: skip
ZONE = {7: "WIB", 8: "WITA", 9: "WIT"}
SIDEBAR = (
    "Pemkot siapkan 20 titik pasar murah jelang Natal",
    "Festival budaya pesisir digelar akhir pekan ini",
)


def visible(iso: str, with_time: bool = True) -> str:
    """``2025-06-11T14:05:00+08:00`` -> ``Rabu, 11 Juni 2025 14:05 WITA``."""
    d = datetime.fromisoformat(iso)
    text = f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    if with_time:
        hours = int(d.utcoffset().total_seconds() // 3600)  # type: ignore[union-attr]
        text += f" {d:%H:%M} {ZONE[hours]}"
    return text


def paras(lines: tuple[str, ...]) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in lines)


def sidebar(base: str, prefix: str) -> str:
    items = "".join(
        f'<li><a href="{base}{prefix}{i}">{escape(t)}</a></li>' for i, t in enumerate(SIDEBAR)
    )
    return f'<aside class="sidebar"><h4>Terpopuler</h4><ol>{items}</ol></aside>'


def head(t: Text, url: str, site: str, ld: dict | None, published_meta: bool = True) -> str:
    meta = (
        f'<meta property="article:published_time" content="{t.published}">'
        if published_meta else ""
    )  # fmt: skip
    script = (
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        if ld else ""
    )  # fmt: skip
    return (
        f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
        f"<title>{escape(t.title)} - {escape(site)}</title>"
        f'<link rel="canonical" href="{url}">'
        f'<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{escape(t.title)}">'
        f'<meta property="og:url" content="{url}">'
        f'<meta property="og:site_name" content="{escape(site)}">{meta}{script}</head>\n'
    )


def news_ld(t: Text, url: str, site: str) -> dict:
    return {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": t.title,
        "datePublished": t.published, "dateModified": t.published,
        "author": {"@type": "Person", "name": t.author}, "articleSection": t.section,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "publisher": {"@type": "Organization", "name": site},
    }  # fmt: skip


def antara(t: Text, base: str, path: str, site: str) -> str:
    url = base + path
    return (
        head(t, url, site, news_ld(t, url, site))
        + f"""<body>
<header><nav><a href="{base}/">Beranda</a> <a href="{base}/terkini">Terkini</a></nav></header>
<main class="main-content"><div class="wrap__article-detail">
<h1 class="wrap__article-detail-title">{escape(t.title)}</h1>
<div class="wrap__article-detail-info"><span>{visible(t.published)}</span></div>
<div class="wrap__article-detail-content post-content">
{paras(t.paragraphs[:2])}
<p><span class="baca-juga"><b>Baca juga: </b><a href="{base}/berita/4100001/pasar-murah">Pemkot siapkan pasar murah</a></span></p>
{paras(t.paragraphs[2:])}
<p class="text-muted mt-3 small">Pewarta: {escape(t.author)}<br>Editor: Redaktur<br>Copyright © ANTARA 2025</p>
<ul class="blog-tags"><li><a href="{base}/tag/bpjs-ketenagakerjaan">#BPJS Ketenagakerjaan</a></li></ul>
</div></div>{sidebar(base, "/berita/4199990/terpopuler-")}</main>
<footer><p>Copyright © 2025 {escape(site)}. All rights reserved.</p></footer></body></html>
"""
    )


def tribun(t: Text, base: str, path: str, site: str, page: int = 1) -> str:
    url = base + path
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": site, "url": base + "/"}, news_ld(t, url, site)]}  # fmt: skip
    lines = t.page2 if page == 2 else t.paragraphs
    paging = ""
    if t.page2:
        paging = (f'<div class="paging"><a href="{url}?page=1">1</a> <a href="{url}?page=2">2</a>'
                  f' <a href="{url}?page=all">Tampilkan Semua</a></div>')  # fmt: skip
    return (
        head(t, url, site, graph)
        + f"""<body>
<div id="header"><a href="{base}/">{escape(site)}</a> <a href="{base}/index-news">Indeks Berita</a></div>
<div class="main"><h1 id="arttitle">{escape(t.title)}</h1>
<div class="grey"><time>{visible(t.published)}</time> Penulis: {escape(t.author)}</div>
<div class="side-article txt-article multi-fontsize">
{paras(lines[:1])}
<p class="baca">Baca juga: <a href="{base}/2025/09/01/pasar-murah-digelar-di-lima-kecamatan">Pasar murah digelar di lima kecamatan</a></p>
{paras(lines[1:])}
</div>{paging}
<div class="tags"><a href="{base}/tag/bpjs-ketenagakerjaan">BPJS Ketenagakerjaan</a></div>
<p class="copyright">Artikel ini telah tayang di {escape(site)}</p></div>
{sidebar(base, "/2025/09/01/berita-populer-hari-ini-nomor-")}
<div id="footer">Copyright © {escape(site)} All Right Reserved</div></body></html>
"""
    )


def wordpress(t: Text, base: str, path: str, site: str) -> str:
    url = base + path
    return (
        head(t, url, site, None)
        + f"""<body class="post-template-default single">
<header id="masthead"><a href="{base}/">{escape(site)}</a>
<nav><a href="{base}/category/ekonomi/">Ekonomi</a> <a href="{base}/tentang-kami/">Tentang Kami</a></nav></header>
<div id="content"><main id="main" class="site-main"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">{escape(t.title)}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{t.published}">{visible(t.published, False)}</time> oleh <span class="author vcard">{escape(t.author)}</span></div></header>
<div class="entry-content">
{paras(t.paragraphs)}
<div class="sharedaddy"><h3>Bagikan ini:</h3><a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
<div class="jp-relatedposts"><h3>Terkait</h3><a href="{base}/2025/01/02/festival-budaya-pesisir-digelar-akhir-pekan-ini/">Festival budaya pesisir digelar akhir pekan ini</a></div>
</div></article></main></div>
<footer id="colophon"><p>Hak Cipta © 2025 {escape(site)} | Pedoman Media Siber</p></footer></body></html>
"""
    )


def wahana(t: Text, base: str, path: str, site: str, dated: bool = True) -> str:
    url = base + path
    date_line = f'<div class="date">{visible(t.published, False)}</div>' if dated else ""
    return (
        head(t, url, site, None, published_meta=dated)
        + f"""<body>
<header><a href="{base}/">{escape(site)}</a> <a href="{base}/arsip">Arsip</a></header>
<div class="container"><div class="detail">
<h1 class="title">{escape(t.title)}</h1>{date_line}
<div class="detail-text">
{paras(t.paragraphs[:1])}
<p class="baca-juga">Baca Juga: <a href="{base}/ekonomi/harga-bawang-naik-z9y8x7w6v5">Harga bawang naik</a></p>
{paras(t.paragraphs[1:])}
</div><div class="tag-list">Tag: BPJS Ketenagakerjaan</div></div>
{sidebar(base, "/berita/populer-hari-ini-")}</div>
<footer>Copyright © 2024 {escape(site)}. All Rights Reserved.</footer></body></html>
"""
    )


def generic(t: Text, base: str, path: str, site: str, reaction: bool = False) -> str:
    url = base + path
    widget = ""
    if reaction:
        widget = ('<div class="reaction-box"><h4>Apa Reaksimu?</h4><span>Senang</span>'
                  "<span>Sedih</span><span>Marah</span></div>")  # fmt: skip
    return (
        head(t, url, site, news_ld(t, url, site))
        + f"""<body>
<header><a href="{base}/">{escape(site)}</a> <a href="{base}/category/daerah/">Daerah</a></header>
<main id="main"><article>
<h1 class="entry-title">{escape(t.title)}</h1>
<span class="posted-on"><time datetime="{t.published}">{visible(t.published, False)}</time></span>
<div class="entry-content">
{paras(t.paragraphs)}
</div>{widget}</article></main>
<footer><p>© 2025 {escape(site)} - Semua hak dilindungi.</p></footer></body></html>
"""
    )
