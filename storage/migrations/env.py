"""Alembic environment for pantau.

The database URL comes from, in order: a connection handed over by ``storage.db`` (programmatic
use), ``-x db=URL`` on the command line, ``$PANTAU_DB_URL``, ``sqlalchemy.url`` in alembic.ini.
SQLite runs in batch mode so ALTERs work there too.
"""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from storage.db import ENV_DB_URL, create_pantau_engine, normalize_url
from storage.models import metadata

config = context.config


def _url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("db") or os.environ.get(ENV_DB_URL)
    return url or config.get_main_option("sqlalchemy.url") or ""


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_offline() -> None:
    url = normalize_url(_url())
    context.configure(
        url=url,
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=url.startswith("sqlite"),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_pantau_engine(_url())
    try:
        with engine.connect() as connection:
            _configure(connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if config.config_file_name is not None and config.attributes.get("configure_logging", True):
    fileConfig(config.config_file_name)

if context.is_offline_mode():
    run_offline()
else:
    run_online()
