"""`pantau series`: the stored series of one region and metric, with sources and conflicts."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from crawler.commands import add_db_option, add_metric_options, day
from storage.db import database_url, open_engine, session_factory
from storage.points import DEFAULT_WINDOW_DAYS, rebuild_all
from storage.series import format_series_table, resolve_region, series_rows

ORDER = 20  # position in `pantau --help`

CSV_COLUMNS = (
    "as_of",
    "as_of_date",
    "precision",
    "region_code",
    "region_name",
    "metric",
    "segment",
    "value",
    "unit",
    "n_sources",
    "articles",
    "conflict",
    "flags",
    "values",
    "sources",
)


def register(sub: Any) -> None:
    series = sub.add_parser(
        "series",
        help="print the stored series for a region and metric",
        description="Points of one region and metric in date order: one per segment and "
        "period, with the headline value, its independent sources (copies of one story count "
        "once), conflicting values and every article behind them.",
    )
    series.add_argument(
        "--region", help='region code or name: 74.71, "Kota Kendari", Sultra (required)'
    )
    add_metric_options(series)  # --region and --metric are required unless --rebuild
    series.add_argument("--since", type=day, help="first point day (YYYY-MM-DD)")
    series.add_argument("--until", type=day, help="last point day (YYYY-MM-DD)")
    series.add_argument("--format", choices=("table", "csv", "json"), default="table")
    series.add_argument(
        "--rebuild",
        action="store_true",
        help="re-derive every story cluster and series point (after upgrading a database "
        "stored by an older pantau, or to apply --window), then exit",
    )
    series.add_argument(
        "--window",
        type=int,
        default=DEFAULT_WINDOW_DAYS,
        metavar="DAYS",
        help=f"with --rebuild: days an undated figure may lie from a dated point of the same "
        f"value to join it (default {DEFAULT_WINDOW_DAYS})",
    )
    add_db_option(series)
    series.set_defaults(func=series_command, parser=series)


def series_command(args: argparse.Namespace) -> int:
    if not args.rebuild and not (args.region and args.metric):
        args.parser.error("--region and --metric are required (or --rebuild)")
    engine = open_engine(database_url(args.db))
    try:
        with session_factory(engine)() as session:
            if args.rebuild:
                points = rebuild_all(session, args.window)
                print(f"rebuilt {points} series points")
                return 0
            region = resolve_region(session, args.region)
            rows = series_rows(
                session, region.code, args.metric, args.segment, args.since, args.until
            )
    finally:
        engine.dispose()
    dicts = [row.to_dict() for row in rows]
    if args.format == "json":
        json.dump(dicts, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        for d in dicts:
            writer.writerow(
                json.dumps(d[k], ensure_ascii=False) if isinstance(d[k], list | dict) else d[k]
                for k in CSV_COLUMNS
            )
    else:
        print(f"{region.name} ({region.code}), {args.metric}")
        print(format_series_table(rows) if rows else "no figures stored")
    return 0
