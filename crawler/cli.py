"""The `pantau` command: crawl, extract, eval, series, outlets, db upgrade, demo.

Errors a user can fix (unknown outlet, bad date, bad database URL) print one line to stderr and
exit with status 2; a crawl that could not reach an outlet exits 1; a held run lock exits 3.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from crawler.outlets import UnknownOutlet
from crawler.runlock import LockBusy
from storage.db import StorageError

EXIT_USAGE = 2


class CliError(Exception):
    """A one-line error for the user; exit status 2."""


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: $PANTAU_DB_URL, else sqlite:///pantau.db); "
        "e.g. postgresql://user@host/dbname",
    )


def build_parser() -> argparse.ArgumentParser:
    from crawler import commands
    from extract.cli import add_eval_parser, add_extract_parser

    parser = argparse.ArgumentParser(
        prog="pantau",
        description="Collect BPJS Ketenagakerjaan participation figures from Indonesian news "
        "into one deduplicated time series per region, metric and segment.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    crawl = sub.add_parser(
        "crawl",
        help="discover, fetch, clean and extract articles from outlets into the database",
        description="Crawl outlets (all enabled ones when none is named). Articles already "
        "stored are never fetched again; a summary per outlet is printed at the end.",
    )
    crawl.add_argument(
        "outlets", nargs="*", metavar="OUTLET", help="outlet keys (`pantau outlets`)"
    )
    crawl.add_argument("--since", type=_day, help="oldest publication day to collect (YYYY-MM-DD)")
    crawl.add_argument("--until", type=_day, help="newest publication day to collect (YYYY-MM-DD)")
    crawl.add_argument(
        "--base-url",
        action="append",
        default=[],
        metavar="KEY=URL",
        help="point an outlet at another base URL, e.g. a local copy (repeatable)",
    )
    crawl.add_argument("--refresh", action="store_true", help="fetch stored articles again")
    crawl.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a Scrapy or pantau setting (repeatable)",
    )
    crawl.add_argument("--quiet", action="store_true", help="log warnings and errors only")
    _add_db(crawl)
    crawl.set_defaults(func=commands.crawl)

    series = sub.add_parser(
        "series",
        help="print the stored series for a region and metric",
        description="Stored figures for one region and metric in date order, with sources.",
    )
    series.add_argument(
        "--region", required=True, help='region code or name: 74.71, "Kota Kendari"'
    )
    series.add_argument("--metric", required=True, help="e.g. active_participants, coverage_pct")
    series.add_argument("--segment", help="PU, BPU, JAKON or PMI (default: every segment)")
    series.add_argument("--since", type=_day)
    series.add_argument("--until", type=_day)
    series.add_argument("--format", choices=("table", "csv", "json"), default="table")
    _add_db(series)
    series.set_defaults(func=commands.series)

    outlets = sub.add_parser("outlets", help="list the registered outlets")
    outlets.set_defaults(func=commands.outlets)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_sub.add_parser(
        "upgrade", help="migrate the database to the current schema (Alembic upgrade head)"
    )
    _add_db(upgrade)
    upgrade.set_defaults(func=commands.db_upgrade)

    demo = sub.add_parser(
        "demo",
        help="offline demo: serve the bundled copy of an outlet, crawl it, print the series",
    )
    demo.add_argument(
        "--db",
        metavar="URL",
        default="sqlite:///demo.db",
        help="where to store (default: a fresh ./demo.db)",
    )
    demo.set_defaults(func=commands.demo)

    add_extract_parser(sub)
    add_eval_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (CliError, StorageError, UnknownOutlet, ValueError) as exc:
        print(f"pantau: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except LockBusy as exc:
        print(f"pantau: {exc}; not crawling", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
