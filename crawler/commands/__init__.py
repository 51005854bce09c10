"""The `pantau` subcommands, one module per concern; each exposes ``register(subparsers)``."""

from __future__ import annotations

import argparse
from datetime import date


def day(value: str) -> date:
    """argparse type for ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: $PANTAU_DB_URL, else sqlite:///pantau.db); "
        "e.g. postgresql://user@host/dbname",
    )


def add_metric_options(
    parser: argparse.ArgumentParser, *, required: bool = False, scope: str = ""
) -> None:
    """``--metric`` and ``--segment``, checked against the extractor's vocabulary so a typo is
    an error rather than an empty result."""
    from extract.model import METRICS, SEGMENTS

    parser.add_argument(
        "--metric",
        required=required,
        choices=METRICS,
        metavar="METRIC",
        help=f"one of {', '.join(METRICS)}{scope}",
    )
    parser.add_argument(
        "--segment",
        choices=(*SEGMENTS, "total"),
        metavar="SEGMENT",
        help=f"{', '.join(SEGMENTS)}, or total (figures without a segment); "
        f"default: every segment{scope}",
    )
