"""`pantau reextract`: run the current extractor again over stored articles."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from crawler.commands import add_db_option, day
from storage.db import database_url, open_engine, session_factory
from storage.reextract import DEFAULT_BATCH, Selection, reextract

ORDER = 50  # position in `pantau --help`


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "reextract",
        help="extract the figures of stored articles again with the current extractor",
        description="Runs the current figure extractor over the stored text of every article "
        "extracted by an older version (every selected article with --all), replaces its "
        "figures and recomputes the series points they belong to. Articles are written a "
        "batch per transaction, so an interrupted run leaves each article fully old or fully "
        "new; an article that fails is left as it was and reported. Exit status: 0 done, "
        "1 some articles failed, 2 bad arguments.",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="every selected article, also those already at the current extractor version",
    )
    parser.add_argument(
        "--outlet",
        action="append",
        default=[],
        metavar="KEY",
        help="only articles of this outlet (repeatable; see `pantau outlets`)",
    )
    parser.add_argument("--since", type=day, help="first publication day (YYYY-MM-DD, local)")
    parser.add_argument("--until", type=day, help="last publication day (YYYY-MM-DD, local)")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="report which articles would gain or lose figures, write nothing",
    )
    parser.add_argument(
        "--batch",
        type=int,
        default=DEFAULT_BATCH,
        metavar="N",
        help=f"articles per transaction (default {DEFAULT_BATCH})",
    )
    add_db_option(parser)
    parser.set_defaults(func=reextract_command, parser=parser)


def reextract_command(args: argparse.Namespace) -> int:
    if args.batch < 1:
        args.parser.error("--batch must be at least 1")
    if args.since and args.until and args.since > args.until:
        args.parser.error("--since is after --until")
    selection = Selection(tuple(args.outlet), args.since, args.until, all_versions=args.all)
    engine = open_engine(database_url(args.db))
    try:
        with session_factory(engine)() as session:
            report = reextract(session, selection, dry_run=args.dry_run, batch=args.batch)
    finally:
        engine.dispose()
    if args.dry_run:
        for line in report.lines:
            print(f"would change {line}")
    for failure in report.failures:
        print(
            f"pantau: article {failure.article_id} {failure.url} failed: {failure.error}",
            file=sys.stderr,
        )
    print(report.summary())
    return 1 if report.failures else 0
