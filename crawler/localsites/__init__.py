"""Local copies of news sites, served on 127.0.0.1 for tests and the offline demo."""

from crawler.localsites.server import (
    LocalSite,
    RequestRecord,
    Route,
    RunningSite,
    bundled_site,
    normalize_query_value,
)

__all__ = [
    "LocalSite",
    "RequestRecord",
    "Route",
    "RunningSite",
    "bundled_site",
    "normalize_query_value",
]
