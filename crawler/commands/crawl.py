"""`pantau crawl`: discover, fetch, clean, extract and store, with a summary per outlet."""

from __future__ import annotations

import argparse
import os
from typing import Any

from crawler.commands import add_db_option, day
from crawler.outlets import (
    METHODS,
    enabled_outlets,
    get_outlet,
    load_registry,
    parse_base_urls,
    parse_methods,
)
from crawler.run import CrawlRequest, run_crawl
from crawler.runlock import run_lock
from storage.db import database_url, open_engine

ORDER = 10  # position in `pantau --help`


def register(sub: Any) -> None:
    crawl = sub.add_parser(
        "crawl",
        help="discover, fetch, clean and extract articles from outlets into the database",
        description="Crawl outlets (all enabled ones when none is named). Articles already "
        "stored are never fetched again; a summary per outlet is printed at the end. "
        "Exit status: 0 done, 1 an outlet was unreachable, 2 bad arguments, 3 another "
        "crawl into the same database is running.",
    )
    crawl.add_argument(
        "outlets", nargs="*", metavar="OUTLET", help="outlet keys (see `pantau outlets`)"
    )
    crawl.add_argument("--since", type=day, help="oldest publication day to collect (YYYY-MM-DD)")
    crawl.add_argument("--until", type=day, help="newest publication day to collect (YYYY-MM-DD)")
    crawl.add_argument(
        "--base-url",
        action="append",
        default=[],
        metavar="KEY=URL",
        help="point an outlet at another base URL, e.g. a local copy (repeatable)",
    )
    crawl.add_argument(
        "--methods",
        metavar="M,M",
        help="discovery methods to use, comma-separated, from: "
        + ", ".join(METHODS)
        + " (default: per outlet, the cheapest that reach back to --since)",
    )
    crawl.add_argument(
        "--keyword",
        action="append",
        default=[],
        metavar="WORDS",
        help="search term and topic-gate keyword, replacing the default ones (repeatable; "
        "default: the PANTAU_KEYWORDS setting)",
    )
    add_outlets_file_option(crawl)
    crawl.add_argument(
        "--refresh", action="store_true", help="fetch stored and skipped article links again"
    )
    crawl.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a Scrapy or pantau setting (repeatable)",
    )
    crawl.add_argument("--quiet", action="store_true", help="log warnings and errors only")
    add_db_option(crawl)
    crawl.set_defaults(func=crawl_command)


def parse_settings(pairs: list[str], quiet: bool = False) -> dict[str, Any]:
    settings: dict[str, Any] = {"LOG_LEVEL": "WARNING"} if quiet else {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--set takes NAME=VALUE, got {pair!r}")
        settings[name.strip()] = value
    return settings


def add_outlets_file_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--outlets-file",
        metavar="FILE.toml",
        default=os.environ.get("PANTAU_OUTLETS_FILE") or None,
        help="TOML file of [[outlet]] entries adding or overriding outlets "
        "(default: $PANTAU_OUTLETS_FILE)",
    )


def crawl_command(args: argparse.Namespace) -> int:
    registry = load_registry(args.outlets_file)
    keys = args.outlets or [o.key for o in enabled_outlets(registry)]
    methods = parse_methods(args.methods)
    for key in keys:
        outlet = get_outlet(key, registry=registry)  # an unknown key fails before anything starts
        if methods and args.outlets and not set(methods) & set(outlet.discovery):
            raise ValueError(
                f"{key} offers none of --methods {args.methods} "
                f"(it offers {', '.join(outlet.discovery)})"
            )
    keywords = [k.strip() for k in args.keyword]
    if any(not k for k in keywords):
        raise ValueError("--keyword takes a non-empty search term")
    base_urls = parse_base_urls(args.base_url, registry)
    if args.since and args.until and args.since > args.until:
        raise ValueError(f"--since {args.since} is after --until {args.until}")
    db_url = database_url(args.db)
    open_engine(db_url).dispose()  # a bad URL or an unmigrated database fails here
    request = CrawlRequest(
        outlets=keys,
        db_url=db_url,
        since=args.since,
        until=args.until,
        base_urls=base_urls,
        refresh=args.refresh,
        settings=parse_settings(args.set, args.quiet),
    )
    if methods:
        request.settings["PANTAU_METHODS"] = list(methods)
    if keywords:
        request.settings["PANTAU_KEYWORDS"] = keywords
    if args.outlets_file:
        request.settings["PANTAU_OUTLETS_FILE"] = args.outlets_file
    from crawler.settings import PANTAU_LOCK_URL

    with run_lock(db_url, request.settings.get("PANTAU_LOCK_URL", PANTAU_LOCK_URL)):
        summaries = run_crawl(request)
    for summary in summaries:
        print(summary.render())
    return 1 if any(s.unreachable for s in summaries) else 0
