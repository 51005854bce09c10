"""`pantau db upgrade`: migrate a database to the current schema."""

from __future__ import annotations

import argparse
from typing import Any

from crawler.commands import add_db_option
from storage.db import database_url, safe_url, upgrade

ORDER = 80  # position in `pantau --help`


def register(sub: Any) -> None:
    db = sub.add_parser("db", help="database maintenance")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = actions.add_parser(
        "upgrade", help="migrate the database to the current schema (Alembic upgrade head)"
    )
    add_db_option(up)
    up.set_defaults(func=upgrade_command)


def upgrade_command(args: argparse.Namespace) -> int:
    url = database_url(args.db)
    upgrade(url)
    print(f"database at {safe_url(url)} is at the current schema")
    return 0
