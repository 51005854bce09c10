"""`pantau series`: the stored series of one region and metric, with sources."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from crawler.commands import add_db_option, day
from storage.db import database_url, open_engine, session_factory
from storage.series import format_series_table, resolve_region, series_rows

ORDER = 20  # position in `pantau --help`


def register(sub: Any) -> None:
    series = sub.add_parser(
        "series",
        help="print the stored series for a region and metric",
        description="Stored figures for one region and metric in date order, with sources.",
    )
    series.add_argument(
        "--region", required=True, help='region code or name: 74.71, "Kota Kendari", Sultra'
    )
    series.add_argument("--metric", required=True, help="e.g. active_participants, coverage_pct")
    series.add_argument("--segment", help="PU, BPU, JAKON or PMI (default: every segment)")
    series.add_argument("--since", type=day, help="first as-of day (YYYY-MM-DD)")
    series.add_argument("--until", type=day, help="last as-of day (YYYY-MM-DD)")
    series.add_argument("--format", choices=("table", "csv", "json"), default="table")
    add_db_option(series)
    series.set_defaults(func=series_command)


def series_command(args: argparse.Namespace) -> int:
    engine = open_engine(database_url(args.db))
    try:
        with session_factory(engine)() as session:
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
