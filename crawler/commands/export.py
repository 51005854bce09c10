"""`pantau export`: observations, series points or articles as CSV, Parquet or JSON Lines."""

from __future__ import annotations

import argparse
from typing import Any

from crawler.commands import add_db_option, add_metric_options
from storage.db import database_url, open_engine, session_factory
from storage.exports import FORMATS, WHAT, export
from storage.series import resolve_region

ORDER = 25  # position in `pantau --help`


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "export",
        help="export observations, series or articles to CSV, Parquet or JSON Lines",
        description="Streams rows out of the database into FILE (written to a temporary file "
        "and renamed when complete). observations: every figure with its article URL, outlet, "
        "story and point; series: one row per point with source counts and conflict marks; "
        "articles: metadata and text (no raw HTML).",
    )
    parser.add_argument("--what", choices=WHAT, required=True)
    parser.add_argument("--format", choices=FORMATS, required=True)
    parser.add_argument("--out", metavar="FILE", required=True)
    parser.add_argument("--region", help="only this region (code or name; not for articles)")
    add_metric_options(parser, scope=" (not for articles)")
    add_db_option(parser)
    parser.set_defaults(func=export_command)


def export_command(args: argparse.Namespace) -> int:
    engine = open_engine(database_url(args.db))
    try:
        region_code = None
        if args.region:
            with session_factory(engine)() as session:
                region_code = resolve_region(session, args.region).code
        count = export(
            engine,
            args.what,
            args.format,
            args.out,
            region_code=region_code,
            metric=args.metric,
            segment=args.segment,
        )
    finally:
        engine.dispose()
    print(f"wrote {count} {args.what} rows to {args.out}")
    return 0
