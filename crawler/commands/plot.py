"""`pantau plot`: a PNG chart of one metric for one or more regions."""

from __future__ import annotations

import argparse
from typing import Any

from crawler.commands import add_db_option, add_metric_options, day
from storage.db import database_url, open_engine, session_factory
from storage.plot import plot_series
from storage.series import SeriesRow, resolve_region, series_rows

ORDER = 30  # position in `pantau --help`


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "plot",
        help="draw a series chart (PNG) for one or more regions",
        description="One line per region (and segment when --segment is not given); points "
        "sized and labelled by their independent sources, conflicting points ringed in red "
        "with the other values noted, undated figures hollow.",
    )
    parser.add_argument(
        "--region",
        action="append",
        required=True,
        help="region code or name; repeat for several regions on one chart",
    )
    add_metric_options(parser, required=True)
    parser.add_argument("--since", type=day, help="first point day (YYYY-MM-DD)")
    parser.add_argument("--until", type=day, help="last point day (YYYY-MM-DD)")
    parser.add_argument("--title", help="chart title (default: metric and segment)")
    parser.add_argument("--out", metavar="FILE.png", required=True)
    add_db_option(parser)
    parser.set_defaults(func=plot_command)


def plot_command(args: argparse.Namespace) -> int:
    lines: list[tuple[str, list[SeriesRow]]] = []
    names: list[str] = []
    engine = open_engine(database_url(args.db))
    try:
        with session_factory(engine)() as session:
            for text in args.region:
                region = resolve_region(session, text)
                names.append(region.name)
                rows = series_rows(
                    session, region.code, args.metric, args.segment, args.since, args.until
                )
                segments = sorted({row.segment or "total" for row in rows})
                for segment in segments:
                    part = [row for row in rows if (row.segment or "total") == segment]
                    label = region.name if len(segments) == 1 else f"{region.name} {segment}"
                    lines.append((label, part))
    finally:
        engine.dispose()
    segment = f" ({args.segment})" if args.segment else ""
    title = args.title or f"{args.metric}{segment}: {', '.join(names)}"
    drawn = plot_series(lines, args.out, title=title, ylabel=args.metric)
    print(f"wrote {drawn} points in {len(lines)} lines to {args.out}")
    return 0
