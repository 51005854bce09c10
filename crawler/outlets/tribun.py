"""Tribun network regional sites (sultra., palu., kaltim.tribunnews.com).

Discovery: the sitemap index (``/sitemap.xml``) lists news sitemaps with
``news:publication_date`` (about two days deep); the date-indexed listing
``/index-news?date=YYYY-MM-DD&page=N`` reaches further back; ``/rss`` exists but its links were
reported to point at the homepage, so it comes last. Site search is a Google custom search that
robots.txt disallows: not used. Articles: ``/YYYY/MM/DD/<slug>``, multi-page via ``?page=2``.
"""

from __future__ import annotations

from datetime import date, timedelta, timezone

from crawler.outlets import Outlet
from extract.clean import CleanHints

WITA = timezone(timedelta(hours=8))

HINTS = CleanHints(
    body_xpath="//div[contains(@class, 'txt-article')]",
    date_xpath="//time | //*[contains(@class, 'grey')]",
    prune_xpaths=(
        "//*[contains(@class, 'baca')]",
        "//*[contains(@class, 'paging')]",
        "//*[contains(@class, 'tags')]",
        "//script",
    ),
    default_tz=WITA,
)
VALID_UNTIL = date(2026, 12, 31)
ARTICLE_PATTERN = r"^/\d{4}/\d{2}/\d{2}/[^/]+$"


def _site(key: str, host: str, name: str, region_code: str) -> Outlet:
    return Outlet(
        key=key,
        name=name,
        base_url=f"https://{host}",
        family="tribun",
        region_code=region_code,
        discovery=("sitemap", "archive", "feed"),
        feeds=("/rss",),
        sitemaps=("/sitemap.xml",),
        archive_path="/index-news?date={day:%Y-%m-%d}",
        article_pattern=ARTICLE_PATTERN,
        multipage="pages",
        reach={"sitemap": 2, "feed": 2},
        hints=HINTS,
        hints_valid_until=VALID_UNTIL,
    )


OUTLETS = (
    _site("tribun-sultra", "sultra.tribunnews.com", "TribunnewsSultra.com", "74"),
    _site("tribun-palu", "palu.tribunnews.com", "TribunPalu.com", "72"),
    _site("tribun-kaltim", "kaltim.tribunnews.com", "TribunKaltim.co", "64"),
)
