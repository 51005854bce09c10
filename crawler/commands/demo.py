"""`pantau demo`: serve the bundled copy of ANTARA Sultra on 127.0.0.1, crawl it, print series."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from crawler.localsites import bundled_site
from crawler.run import CrawlRequest, run_crawl
from crawler.runlock import run_lock
from storage.db import open_engine, session_factory
from storage.series import format_series_table, series_keys, series_rows

DEMO_OUTLET = "antara-sultra"
LOCAL_COPY_SETTINGS = {
    "LOG_LEVEL": "WARNING",
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "RETRY_TIMES": 1,
}


ORDER = 90  # position in `pantau --help`


def register(sub: Any) -> None:
    demo = sub.add_parser(
        "demo",
        help="offline demo: serve the bundled copy of an outlet, crawl it, print the series",
        description="Serves the bundled local copy of ANTARA Sultra on 127.0.0.1, crawls it "
        "with the real pipeline into a fresh database and prints every series found.",
    )
    demo.add_argument(
        "--db",
        metavar="URL",
        default="sqlite:///demo.db",
        help="where to store (default: ./demo.db, replaced on every run)",
    )
    demo.set_defaults(func=demo_command)


def demo_command(args: argparse.Namespace) -> int:
    db_url = args.db
    if db_url.startswith("sqlite:///"):
        Path(db_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    with bundled_site(DEMO_OUTLET).serve() as running:
        print(f"serving a local copy of {DEMO_OUTLET} at {running.base_url}")
        request = CrawlRequest(
            outlets=[DEMO_OUTLET],
            db_url=db_url,
            base_urls={DEMO_OUTLET: running.base_url},
            settings=dict(LOCAL_COPY_SETTINGS),
        )
        with run_lock(db_url, str(Path(tempfile.gettempdir()) / "pantau-demo.lock")):
            summaries = run_crawl(request)
    for summary in summaries:
        print(summary.render())
    engine = open_engine(db_url)
    try:
        with session_factory(engine)() as session:
            for region_code, region_name, metric in series_keys(session):
                print(f"\n== {region_name} ({region_code}), {metric}")
                print(format_series_table(series_rows(session, region_code, metric)))
    finally:
        engine.dispose()
    return 0
