"""Shared fixtures: database URLs (SQLite always, PostgreSQL when PANTAU_TEST_PG_URL is set) and
Redis (when PANTAU_TEST_REDIS_URL is set)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

PG_SKIP = "PANTAU_TEST_PG_URL not set: PostgreSQL tests skipped"
REDIS_SKIP = "PANTAU_TEST_REDIS_URL not set: Redis tests skipped"


def _libpq_url(url: str) -> str:
    """A SQLAlchemy PostgreSQL URL as psycopg's conninfo (driver suffix dropped)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _drop_database(admin_url: str, name: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))


@pytest.fixture
def pg_url() -> Iterator[str]:
    """URL of a fresh, empty PostgreSQL database, dropped after the test."""
    server_url = os.environ.get("PANTAU_TEST_PG_URL")
    if not server_url:
        pytest.skip(PG_SKIP)
    admin_url = _libpq_url(server_url)
    name = f"pantau_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield (
            make_url(server_url)
            .set(drivername="postgresql+psycopg", database=name)
            .render_as_string(hide_password=False)
        )
    finally:
        _drop_database(admin_url, name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a not yet existing SQLite file in the test's temporary directory."""
    return f"sqlite:///{tmp_path}/pantau.db"


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database URL per backend (the postgresql variant skips without the env var)."""
    name = "pg_url" if request.param == "postgresql" else "sqlite_url"
    return str(request.getfixturevalue(name))


@pytest.fixture
def redis_url() -> str:
    url = os.environ.get("PANTAU_TEST_REDIS_URL")
    if not url:
        pytest.skip(REDIS_SKIP)
    return url
