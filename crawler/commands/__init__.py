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


def safe_url(url: str) -> str:
    from storage.db import safe_url as _safe

    return _safe(url)
