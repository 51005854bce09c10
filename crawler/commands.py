"""Handlers behind the `pantau` subcommands (argument parsing lives in crawler.cli)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path

from crawler.outlets import REGISTRY, enabled_outlets, get_outlet, parse_base_urls
from crawler.run import CrawlRequest, run_crawl
from crawler.runlock import run_lock
from storage.db import database_url, open_engine, session_factory, upgrade
from storage.series import format_series_table, resolve_region, series_rows

DEMO_OUTLET = "antara-sultra"


def _settings(pairs: list[str], quiet: bool) -> dict[str, str]:
    settings = {"LOG_LEVEL": "WARNING"} if quiet else {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--set takes NAME=VALUE, got {pair!r}")
        settings[name.strip()] = value
    return settings


def crawl(args: argparse.Namespace) -> int:
    keys = args.outlets or [o.key for o in enabled_outlets()]
    for key in keys:
        get_outlet(key)  # unknown keys fail here, before anything starts
    base_urls = parse_base_urls(args.base_url)
    db_url = database_url(args.db)
    open_engine(db_url).dispose()  # a bad URL or an unmigrated database fails here
    request = CrawlRequest(
        outlets=keys,
        db_url=db_url,
        since=args.since,
        until=args.until,
        base_urls=base_urls,
        refresh=args.refresh,
        settings=_settings(args.set, args.quiet),
    )
    if request.since and request.until and request.since > request.until:
        raise ValueError(f"--since {request.since} is after --until {request.until}")
    from crawler.settings import PANTAU_LOCK_URL

    lock_url = request.settings.get("PANTAU_LOCK_URL", PANTAU_LOCK_URL)
    with run_lock(db_url, lock_url):
        summaries = run_crawl(request)
    for summary in summaries:
        print(summary.render())
    return 1 if any(s.unreachable for s in summaries) else 0


def series(args: argparse.Namespace) -> int:
    engine = open_engine(database_url(args.db))
    try:
        with session_factory(engine)() as session:
            region = resolve_region(session, args.region)
            rows = series_rows(
                session, region.code, args.metric, args.segment, args.since, args.until
            )
    finally:
        engine.dispose()
    if args.format == "json":
        json.dump([row.to_dict() for row in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        dicts = [row.to_dict() for row in rows]
        writer.writerow(dicts[0].keys() if dicts else ["as_of"])
        for d in dicts:
            writer.writerow(
                json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                for v in d.values()
            )
    else:
        print(f"{region.name} ({region.code}), {args.metric}")
        print(format_series_table(rows) if rows else "no figures stored")
    return 0


def outlets(args: argparse.Namespace) -> int:
    width = max(len(k) for k in REGISTRY)
    for outlet in REGISTRY.values():
        state = "" if outlet.enabled else "  (disabled)"
        methods = ",".join(outlet.discovery)
        print(f"{outlet.key:<{width}}  {outlet.base_url:<34} {methods:<14} {outlet.name}{state}")
    return 0


def db_upgrade(args: argparse.Namespace) -> int:
    url = database_url(args.db)
    upgrade(url)
    print(f"database at {_safe(url)} is at the current schema")
    return 0


def demo(args: argparse.Namespace) -> int:
    """Serve the bundled copy of ANTARA Sultra on 127.0.0.1, crawl it, print what was found."""
    from crawler.localsites import bundled_site
    from storage.series import series_keys

    db_url = args.db
    if db_url.startswith("sqlite:///"):
        Path(db_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    site = bundled_site(DEMO_OUTLET)
    with site.serve() as running:
        print(f"serving a local copy of {DEMO_OUTLET} at {running.base_url}")
        request = CrawlRequest(
            outlets=[DEMO_OUTLET],
            db_url=db_url,
            since=None,
            base_urls={DEMO_OUTLET: running.base_url},
            settings={
                "LOG_LEVEL": "WARNING",
                "AUTOTHROTTLE_ENABLED": False,
                "DOWNLOAD_DELAY": 0,
                "RETRY_TIMES": 1,
            },
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


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
