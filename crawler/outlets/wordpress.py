"""WordPress outlets: inibalikpapan.com, kendaripos.fajar.co.id, zonasultra.id, radarsulteng.id.

Discovery: the main feed and per-keyword search feeds (``/?s=<kw>&feed=rss2``), the REST API
(``/wp-json/wp/v2/posts?search=<kw>&after=<since>``; robots.txt is obeyed, and some outlets
block ``/wp-json/``), the core sitemap (``/wp-sitemap.xml``), HTML search (``/?s=<kw>``) and
monthly archive feeds (``/YYYY/MM/feed/``). trafilatura handles WordPress themes without help.
"""

from __future__ import annotations

from datetime import timedelta, timezone

from crawler.outlets import Outlet
from crawler.outlets.generic import SLUG_PATTERN
from extract.clean import CleanHints

WITA = timezone(timedelta(hours=8))

DISCOVERY = ("feed", "wp-api", "sitemap", "search", "archive")
FEEDS = ("/feed/", "/?s={kw}&feed=rss2")
HINTS = CleanHints(
    prune_xpaths=(
        "//*[contains(@class, 'sharedaddy')]",
        "//*[contains(@class, 'jp-relatedposts')]",
        "//*[contains(@class, 'related')]",
        "//script",
    ),
    default_tz=WITA,
)


def site(key: str, base_url: str, name: str, region_code: str | None, **extra: object) -> Outlet:
    """A WordPress outlet with the usual endpoints (``extra`` overrides Outlet fields)."""
    fields: dict[str, object] = {
        "discovery": DISCOVERY,
        "feeds": FEEDS,
        "sitemaps": ("/wp-sitemap.xml",),
        "search_path": "/?s={kw}",
        "archive_path": "/{day:%Y}/{day:%m}/feed/",
        "archive_step": "month",
        "article_pattern": SLUG_PATTERN,
        "hints": HINTS,
        **extra,
    }
    return Outlet(key=key, name=name, base_url=base_url, family="wordpress",
                  region_code=region_code, **fields)  # type: ignore[arg-type]  # fmt: skip


OUTLETS = (
    site("inibalikpapan", "https://inibalikpapan.com", "inibalikpapan.com", "64"),
    site("kendaripos", "https://kendaripos.fajar.co.id", "Kendari Pos", "74"),
    site("zonasultra", "https://zonasultra.id", "ZonaSultra", "74"),
    site("radarsulteng", "https://radarsulteng.id", "Radar Sulteng", "72"),
)
