"""URLs, engines and the errors open_engine explains in one line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.db import (
    DEFAULT_DB_URL,
    StorageError,
    check,
    database_url,
    head_revision,
    normalize_url,
    open_engine,
    upgrade,
)


def test_database_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PANTAU_DB_URL", raising=False)
    assert database_url(None) == DEFAULT_DB_URL
    monkeypatch.setenv("PANTAU_DB_URL", "sqlite:///env.db")
    assert database_url(None) == "sqlite:///env.db"
    assert database_url("sqlite:///cli.db") == "sqlite:///cli.db"


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+psycopg"])
def test_plain_postgresql_gets_the_psycopg_driver(scheme: str) -> None:
    assert normalize_url(f"{scheme}://u:pw@db.example/pantau") == (
        "postgresql+psycopg://u:pw@db.example/pantau"
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@localhost/pantau", "unsupported database URL scheme 'mysql'"),
        ("not a url", "malformed database URL"),
        (
            "postgresql://u:secret@host:port/pantau",
            r"malformed database URL 'postgresql://\*\*\*@",
        ),
        ("postgresql://u:secret@127.0.0.1:1/pantau", "cannot connect to database"),
    ],
)
def test_open_engine_rejects_bad_urls(url: str, message: str) -> None:
    with pytest.raises(StorageError, match=message) as error:
        open_engine(url)
    assert "secret" not in str(error.value)
    assert "\n" not in str(error.value)


def test_sqlite_in_missing_directory(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "pantau.db"
    with pytest.raises(StorageError, match=r"directory .*nowhere for SQLite database"):
        open_engine(f"sqlite:///{missing}")
    assert not missing.parent.exists()


@pytest.mark.parametrize("empty_file", [False, True], ids=["missing", "empty"])
def test_new_sqlite_file_is_migrated(tmp_path: Path, empty_file: bool) -> None:
    path = tmp_path / "pantau.db"
    if empty_file:
        path.touch()
    engine = open_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 30000
    finally:
        engine.dispose()


def test_unmigrated_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE something (id INTEGER)")
    connection.close()
    message = (
        f"database sqlite:///{path} is at revision <none>, pantau needs {head_revision()}: "
        f"run `pantau db upgrade --db sqlite:///{path}`"
    )
    with pytest.raises(StorageError) as error:
        open_engine(f"sqlite:///{path}")
    assert str(error.value) == message


@pytest.mark.postgres
def test_empty_postgresql_database_is_refused(pg_url: str) -> None:
    with pytest.raises(
        StorageError, match=r"is at revision <none>, pantau needs .*pantau db upgrade"
    ):
        open_engine(pg_url)


def test_in_memory_sqlite_is_migrated() -> None:
    engine = open_engine("sqlite://")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM regions")).scalar() == 552
    finally:
        engine.dispose()


def test_processes_creating_the_same_sqlite_file_at_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/pantau.db"
    code = "import sys; from storage.db import open_engine; open_engine(sys.argv[1]).dispose()"
    root = Path(__file__).resolve().parents[2]
    processes = [
        subprocess.Popen([sys.executable, "-W", "error", "-c", code, url], cwd=root)
        for _ in range(3)
    ]
    assert [process.wait(timeout=120) for process in processes] == [0, 0, 0]
    engine = open_engine(url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM regions")).scalar() == 552
    finally:
        engine.dispose()


def test_check_and_upgrade_problems_are_storage_errors(db_url: str) -> None:
    with pytest.raises(StorageError, match="not up to date"):
        check(db_url)
    with pytest.raises(StorageError, match="Can't locate revision"):
        upgrade(db_url, "9999")
    upgrade(db_url)
    check(db_url)
