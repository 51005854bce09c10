"""Consistency tests of the bundled local copy of ANTARA Sulawesi Tenggara (antara-sultra)."""

from __future__ import annotations

import csv
import http.client
import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import lxml.html
import pytest

from crawler.localsites import bundled_site
from extract.model import METRICS, SEGMENTS

SITE_DIR = Path(__file__).resolve().parents[2] / "crawler" / "localsites" / "antara-sultra"
REGIONS_CSV = (
    Path(__file__).resolve().parents[2] / "extract" / "data" / "regions_kepmendagri_2025.csv"
)
EXPECTED = json.loads((SITE_DIR / "expected.json").read_text(encoding="utf-8"))
ARTICLES = EXPECTED["articles"]
OK_ARTICLES = [a for a in ARTICLES if a["status"] == 200]
SEARCH_PAGES = [
    "/search?q=BPJS+Ketenagakerjaan",
    "/search?q=BPJS+Ketenagakerjaan&page=2",
    "/search?q=BPJS+Ketenagakerjaan&page=3",
    "/search?q=BPJamsostek",
]
FEEDS = ["/rss/terkini.xml"]
AS_OF = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?$")
UNITS = {"employers": "employers", "coverage_pct": "percent"}
BODY_XPATH = (
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' wrap__article-detail-content ')]"
)
LIST_XPATH = (
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' wrapper__list__article ')]"
)
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]  # fmt: skip


def ids(articles: list[dict]) -> list[str]:
    return [a["path"] for a in articles]


def fetch(base_url: str, target: str) -> tuple[int, str]:
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        conn.request("GET", target, headers={"User-Agent": "pantau-fixture-test"})
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8")
    finally:
        conn.close()


@pytest.fixture(scope="module")
def site():
    with bundled_site("antara-sultra").serve() as running:
        yield running


@pytest.fixture(scope="module")
def pages(site) -> dict[str, tuple[int, str]]:
    """Every expected article, search page and feed, fetched once."""
    out = {}
    for target in [a["path"] for a in ARTICLES] + SEARCH_PAGES + FEEDS + ["/robots.txt"]:
        out[target] = fetch(site.base_url, target)
    return out


def body_text(html: str) -> str:
    doc = lxml.html.fromstring(html)
    bodies = doc.xpath(BODY_XPATH)
    assert len(bodies) == 1, "expected exactly one article body div"
    return bodies[0].text_content()


def indonesian_number(value: float) -> str:
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value).replace(".", ",")


def listed_links(pages: dict[str, tuple[int, str]], base_url: str) -> dict[str, str]:
    """Every /berita/ link in the search pages and the RSS feed -> where it was found."""
    links: dict[str, str] = {}
    for target in SEARCH_PAGES:
        doc = lxml.html.fromstring(pages[target][1])
        for href in doc.xpath(f"{LIST_XPATH}//a/@href"):
            links.setdefault(href, target)
    for target in FEEDS:
        root = ET.fromstring(pages[target][1])
        for link in root.iter("link"):
            if link.text and "/berita/" in link.text:
                links.setdefault(link.text, target)
    assert links and all(u.startswith(base_url + "/") for u in links)
    return links


# --- manifest ------------------------------------------------------------------------------


def test_every_route_file_exists_and_every_file_is_routed() -> None:
    site = bundled_site("antara-sultra")
    routed = set()
    for route in site.routes:
        if route.file is not None:
            assert (SITE_DIR / route.file).is_file(), route.file
            routed.add(route.file)
        assert route.status in (200, 404, 500)
    on_disk = {
        p.relative_to(SITE_DIR).as_posix()
        for p in SITE_DIR.rglob("*")
        if p.is_file() and p.name not in ("site.json", "expected.json")
    }
    assert on_disk == routed


def test_placeholders_are_only_base_url_and_no_real_host_links() -> None:
    for path in SITE_DIR.rglob("*"):
        if not path.is_file() or path.name in ("expected.json", "site.json"):
            continue
        text = path.read_text(encoding="utf-8")
        assert set(re.findall(r"\{\{[^}]*\}\}", text)) <= {"{{BASE_URL}}"}, path
        assert "sultra.antaranews.com" not in text, path
        assert "127.0.0.1" not in text, path


def test_served_pages_have_placeholders_resolved(site, pages) -> None:
    for target, (_status, text) in pages.items():
        assert "{{" not in text, target
    assert f'href="{site.base_url}/berita/' in pages[SEARCH_PAGES[0]][1]


# --- robots.txt ----------------------------------------------------------------------------


def test_robots_txt_disallows_9999_and_nothing_else_listed(site, pages) -> None:
    status, text = pages["/robots.txt"]
    assert status == 200
    assert f"Sitemap: {site.base_url}/sitemap.xml" in text
    rp = RobotFileParser()
    rp.parse(text.splitlines())
    disallowed = [a["path"] for a in ARTICLES if not rp.can_fetch("pantau", a["path"])]
    assert disallowed == [a["path"] for a in ARTICLES if a.get("robots_disallowed")]
    assert len(disallowed) == 1 and disallowed[0].startswith("/berita/9999/")
    assert fetch(site.base_url, "/sitemap.xml")[0] == 404


# --- articles ------------------------------------------------------------------------------


@pytest.mark.parametrize("article", ARTICLES, ids=ids(ARTICLES))
def test_article_served_with_expected_status(pages, article) -> None:
    assert pages[article["path"]][0] == article["status"]


@pytest.mark.parametrize("article", OK_ARTICLES, ids=ids(OK_ARTICLES))
def test_article_metadata(site, pages, article) -> None:
    html = pages[article["path"]][1]
    doc = lxml.html.fromstring(html)
    canonical = site.base_url + article["canonical_path"]
    assert doc.xpath("//link[@rel='canonical']/@href") == [canonical]
    assert doc.xpath("//meta[@property='og:url']/@content") == [canonical]
    assert [h.text_content() for h in doc.xpath("//h1")] == [article["title"]]
    assert doc.xpath("//h1/@class") == ["wrap__article-detail-title"]

    blocks = doc.xpath("//script[@type='application/ld+json']/text()")
    assert len(blocks) == (1 if article["has_jsonld"] else 0)
    ld_dates = set()
    for block in blocks:
        data = json.loads(block)
        nodes = data.get("@graph", [data])
        news = [n for n in nodes if n.get("@type") == "NewsArticle"]
        assert len(news) == 1
        assert news[0]["headline"] == article["title"]
        author = news[0]["author"]
        author = author[0] if isinstance(author, list) else author
        assert (author["name"] if isinstance(author, dict) else author) == article["author"]
        ld_dates |= {news[0][k] for k in ("datePublished", "dateModified") if k in news[0]}
    meta_dates = set(doc.xpath("//meta[@property='article:published_time']/@content"))
    visible = [
        s.text_content() for s in doc.xpath("//div[@class='wrap__article-detail-info']//span")
    ]
    visible_dates = [v for v in visible if "WITA" in v]

    if article["published"] is None:
        assert not ld_dates and not meta_dates and not visible_dates
        assert not doc.xpath("//time | //meta[contains(@property, 'time')]")
        assert not doc.xpath("//meta[contains(@name, 'date')]")
    else:
        published = datetime.fromisoformat(article["published"])
        assert published.utcoffset() is not None
        assert published.utcoffset().total_seconds() == 8 * 3600
        assert ld_dates | meta_dates, "a dated page carries JSON-LD or meta dates"
        assert ld_dates | meta_dates <= {article["published"]}
        day = f"{published.day} {MONTHS[published.month - 1]} {published.year}"
        assert len(visible_dates) == 1
        assert f"{day} {published:%H:%M} WITA" in visible_dates[0]


@pytest.mark.parametrize("article", OK_ARTICLES, ids=ids(OK_ARTICLES))
def test_body_contains_and_boilerplate(pages, article) -> None:
    html = pages[article["path"]][1]
    text = body_text(html)
    assert 2 <= len(article["must_contain"]) <= 3
    for sentence in article["must_contain"]:
        assert sentence in text
    # things cleaning must drop are really on the page, so the expectation tests something
    page_text = lxml.html.fromstring(html).text_content()
    for junk in article["must_not_contain"]:
        assert junk in page_text, junk
    assert "Pewarta:" in text and "Copyright © ANTARA" in text
    doc = lxml.html.fromstring(html)
    assert doc.xpath("//div[contains(@class, 'post-content')]//ul[@class='blog-tags']")
    paragraphs = [p for p in re.split(r"\n+", text) if len(p.strip()) > 40]
    assert 6 <= len(paragraphs) <= 16


@pytest.mark.parametrize("article", OK_ARTICLES, ids=ids(OK_ARTICLES))
def test_relevance_matches_body(pages, article) -> None:
    text = body_text(pages[article["path"]][1])
    mentions = re.search(r"BPJS|Jamsostek|BPJamsostek", text, re.IGNORECASE) is not None
    assert mentions == article["relevant"]
    if not article["relevant"]:
        assert article["figures"] == []


def load_region_codes() -> set[str]:
    with REGIONS_CSV.open(encoding="utf-8", newline="") as fh:
        return {row["code"] for row in csv.DictReader(fh)}


@pytest.mark.parametrize(
    "article", [a for a in ARTICLES if a["figures"]], ids=ids([a for a in ARTICLES if a["figures"]])
)
def test_figures_are_well_formed_and_stated_in_the_body(pages, article) -> None:
    codes = load_region_codes()
    text = body_text(pages[article["path"]][1])
    keys = set()
    for fig in article["figures"]:
        assert set(fig) == {"region_code", "metric", "segment", "value", "unit", "as_of"}
        assert fig["region_code"] in codes
        assert fig["region_code"].startswith("74")
        assert fig["metric"] in METRICS
        assert fig["segment"] is None or fig["segment"] in SEGMENTS
        assert fig["unit"] == UNITS.get(fig["metric"], "persons")
        assert fig["as_of"] is None or AS_OF.match(fig["as_of"])
        assert indonesian_number(fig["value"]) in text
        key = (fig["region_code"], fig["metric"], fig["segment"], fig["as_of"])
        assert key not in keys, f"duplicate figure {key}"
        keys.add(key)


def test_segment_breakdowns_add_up() -> None:
    """Where an article gives PU/BPU/JAKON/PMI for every segment, they sum to the total."""
    for article in OK_ARTICLES:
        groups: dict[tuple, dict] = {}
        for fig in article["figures"]:
            if fig["metric"] == "active_participants":
                groups.setdefault((fig["region_code"], fig["as_of"]), {})[fig["segment"]] = fig
        for segs in groups.values():
            parts = [s for s in segs if s is not None]
            if None in segs and len(parts) >= 2:
                total = segs[None]["value"]
                assert sum(segs[s]["value"] for s in parts) == total, article["path"]


def test_dataset_shape() -> None:
    relevant = [a for a in OK_ARTICLES if a["relevant"] and not a.get("duplicate_of")]
    dated_2025 = [a for a in relevant if a["published"] and a["published"].startswith("2025")]
    undated = [a for a in relevant if a["published"] is None]
    assert len(dated_2025) + len(undated) >= 8
    assert len(undated) == 1
    assert any(a["status"] == 500 and a["relevant"] for a in ARTICLES)
    assert any(a["published"] and a["published"].startswith("2024") for a in relevant)
    # one figure repeated with the same value and date under another headline
    seen: dict[tuple, str] = {}
    repeats = []
    for a in relevant:
        for f in a["figures"]:
            key = (f["region_code"], f["metric"], f["segment"], f["value"], f["as_of"])
            if key in seen and seen[key] != a["path"]:
                repeats.append(key)
            seen.setdefault(key, a["path"])
    assert repeats
    # AMP copy points back to the main article
    amp = [a for a in ARTICLES if a["path"].startswith("/amp/")]
    assert len(amp) == 1 and amp[0]["canonical_path"] == amp[0]["duplicate_of"]


# --- listings ------------------------------------------------------------------------------


def test_every_listed_link_is_routed_or_a_deliberate_miss(site, pages) -> None:
    links = listed_links(pages, site.base_url)
    by_path = {a["path"]: a for a in ARTICLES}
    bundled = bundled_site("antara-sultra")
    for url in links:
        path = urlsplit(url).path
        assert path.startswith("/berita/")
        article = by_path.get(path)
        assert article is not None, f"{url} listed but not in expected.json"
        if article["status"] == 200:
            assert bundled.match(path, urlsplit(url).query) is not None


def test_every_expected_article_is_reachable_from_search_or_rss(site, pages) -> None:
    links = listed_links(pages, site.base_url)
    listed_paths = {urlsplit(u).path for u in links}
    for article in ARTICLES:
        if article.get("duplicate_of"):
            continue
        assert article["path"] in listed_paths, article["path"]
        assert article["listed_in"]


def test_rss_only_article_link_carries_utm_query(site, pages) -> None:
    links = listed_links(pages, site.base_url)
    search_paths = {urlsplit(u).path for u, where in links.items() if where.startswith("/search")}
    with_query = [a for a in ARTICLES if a.get("link_query")]
    assert len(with_query) == 1
    article = with_query[0]
    assert site.base_url + article["path"] + "?" + article["link_query"] in links
    assert article["path"] not in search_paths
    assert article["canonical_path"] == article["path"]


def parse_listing(html: str) -> tuple[list[tuple[str, str]], list[str]]:
    doc = lxml.html.fromstring(html)
    items = []
    for card in doc.xpath(f"{LIST_XPATH}//div[contains(@class, 'card__post-list')]"):
        href = card.xpath(".//h2[contains(@class, 'post_title')]/a/@href")[0]
        when = card.xpath(".//div[@class='card__post__author-info']/span")[0].text_content()
        items.append((href, when))
    nexts = doc.xpath("//ul[@class='pagination']//a[@rel='next']/@href")
    return items, nexts


def parse_listing_time(value: str) -> datetime | None:
    m = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4}) (\d{2}):(\d{2})", value)
    if m is None:
        assert re.fullmatch(r"\d+ (menit|jam) lalu", value), value
        return None
    day, month, year, hh, mm = m.groups()
    return datetime(int(year), MONTHS.index(month) + 1, int(day), int(hh), int(mm))


def test_search_pagination_and_order(site, pages) -> None:
    assert (
        fetch(site.base_url, "/search?q=BPJS+Ketenagakerjaan&page=1")[1]
        == pages[SEARCH_PAGES[0]][1]
    )
    results = [parse_listing(pages[t][1]) for t in SEARCH_PAGES[:3]]
    assert results[0][1] == ["/search?q=BPJS+Ketenagakerjaan&page=2"]
    assert results[1][1] == ["/search?q=BPJS+Ketenagakerjaan&page=3"]
    assert results[2][1] == []
    times = [parse_listing_time(w) for items, _ in results for _, w in items]
    assert times[0] is None  # "26 menit lalu" on the first item of page 1
    dated = [t for t in times if t is not None]
    assert dated == sorted(dated, reverse=True)
    assert all(parse_listing_time(w).year in (2023, 2024) for _, w in results[2][0])
    assert all(len(items) >= 2 for items, _ in results)


def test_bpjamsostek_search_overlaps_and_adds_one(site, pages) -> None:
    items, nexts = parse_listing(pages["/search?q=BPJamsostek"][1])
    assert nexts == []
    first = {h for t in SEARCH_PAGES[:3] for h, _ in parse_listing(pages[t][1])[0]}
    hrefs = [h for h, _ in items]
    assert len([h for h in hrefs if h in first]) == 2
    assert len([h for h in hrefs if h not in first]) == 1
    assert (
        fetch(site.base_url, "/search?q=BPJamsostek&page=2")[1] != pages["/search?q=BPJamsostek"][1]
    )


@pytest.mark.parametrize(
    "target", ["/search?q=BP+Jamsostek", "/search?q=Jamsostek", "/search?q=BPJamsostek&page=2"]
)
def test_other_keywords_have_no_results(site, target: str) -> None:
    status, html = fetch(site.base_url, target)
    assert status == 200
    assert "Hasil pencarian tidak ditemukan" in html
    items, nexts = parse_listing(html)
    assert items == [] and nexts == []


def test_rss_feed_parses_and_mixes_items(site, pages) -> None:
    status, xml = pages["/rss/terkini.xml"]
    assert status == 200
    root = ET.fromstring(xml)
    items = root.findall("./channel/item")
    assert 7 <= len(items) <= 10
    by_path = {a["path"]: a for a in ARTICLES}
    kinds = {"relevant": 0, "irrelevant": 0, "missing": 0}
    for item in items:
        when = parsedate_to_datetime(item.findtext("pubDate"))
        assert when.utcoffset().total_seconds() == 8 * 3600
        assert item.findtext("description").strip()
        assert item.findtext("link").startswith(site.base_url + "/berita/")
        article = by_path[urlsplit(item.findtext("link")).path]
        if article["status"] == 404 and article["relevant"]:
            kinds["missing"] += 1
        elif article["relevant"]:
            kinds["relevant"] += 1
        else:
            kinds["irrelevant"] += 1
    assert kinds == {"relevant": 3, "irrelevant": 4, "missing": 1}


def test_ekonomi_feed_is_malformed_but_200(site) -> None:
    status, xml = fetch(site.base_url, "/rss/ekonomi.xml")
    assert status == 200
    assert xml.startswith("<?xml")
    with pytest.raises(ET.ParseError):
        ET.fromstring(xml)


def test_amp_page_points_to_main_article(site, pages) -> None:
    amp = next(a for a in ARTICLES if a["path"].startswith("/amp/"))
    main = pages[amp["duplicate_of"]][1]
    doc = lxml.html.fromstring(main)
    assert doc.xpath("//link[@rel='amphtml']/@href") == [site.base_url + amp["path"]]
