"""Outlets on the generic path: feeds, sitemaps and a ``?s=`` search page.

Nothing published describes Metrosulawesi's or Persada Kita's markup; both are likely
WordPress-like. Their entries use the endpoints most Indonesian news CMSs offer and are meant to
be corrected (here, or with an ``--outlets-file`` entry) once someone inspects the live site.
"""

from __future__ import annotations

from datetime import timedelta, timezone

from crawler.outlets import Outlet
from extract.clean import CleanHints

WITA = timezone(timedelta(hours=8))
# A post URL: an optional /YYYY/MM[/DD]/ prefix and a slug of four words or more (category,
# tag and page URLs have fewer words or more path segments).
SLUG_PATTERN = r"^/(?:\d{4}/\d{2}/(?:\d{2}/)?)?[a-z0-9]+(?:-[a-z0-9]+){3,}/?$"

OUTLETS = (
    Outlet(
        key="metrosulawesi",
        name="Metrosulawesi",
        base_url="https://metrosulawesi.net",
        family="generic",
        region_code="72",
        discovery=("feed", "search", "sitemap"),
        feeds=("/feed/",),
        sitemaps=("/sitemap.xml",),
        search_path="/?s={kw}",
        article_pattern=SLUG_PATTERN,
        # Pages end with an "Apa Reaksimu?" reaction widget.
        hints=CleanHints(
            prune_xpaths=("//*[contains(@class, 'reaction')]", "//script"), default_tz=WITA
        ),
        notes="structure guessed (generic path); correct once the live site is inspected",
    ),
    Outlet(
        key="persadakita",
        name="Persada Kita",
        base_url="https://persadakita.id",
        family="generic",
        region_code="74",
        discovery=("feed", "search", "sitemap"),
        feeds=("/feed/",),
        sitemaps=("/sitemap.xml",),
        search_path="/?s={kw}",
        article_pattern=SLUG_PATTERN,
        hints=CleanHints(prune_xpaths=("//script",), default_tz=WITA),
        notes="structure guessed (generic path); correct once the live site is inspected",
    ),
)
