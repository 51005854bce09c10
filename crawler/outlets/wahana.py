"""WahanaNews regional sites (sulteng.wahananews.co).

Discovery: RSS at ``/rss`` and the daily archive ``/arsip?tanggal=DD-MM-YYYY``. Article URLs:
``/<section>/<slug>-<10-character code>``. Pages may lack an exact time: the archive day then
dates the article. The title is in ``og:title``; the body opens with a
"Sulteng.WahanaNews.co, Palu - " dateline.
"""

from __future__ import annotations

from datetime import timedelta, timezone

from crawler.outlets import Outlet
from extract.clean import CleanHints

WITA = timezone(timedelta(hours=8))
ARTICLE_PATTERN = r"^/[a-z0-9-]+/[a-z0-9-]+-[a-z0-9]{10}/?$"
HINTS = CleanHints(
    prune_xpaths=("//*[contains(@class, 'baca-juga')]", "//*[contains(@class, 'tag')]", "//script"),
    default_tz=WITA,
)

OUTLETS = (
    Outlet(
        key="wahananews-sulteng",
        name="WahanaNews Sulteng",
        base_url="https://sulteng.wahananews.co",
        family="wahana",
        region_code="72",
        discovery=("feed", "archive"),
        feeds=("/rss",),
        archive_path="/arsip?tanggal={day:%d-%m-%Y}",
        article_pattern=ARTICLE_PATTERN,
        hints=HINTS,
    ),
)
