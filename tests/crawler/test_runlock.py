"""The run lock keeps two crawls into one database apart (file and Redis backends)."""

import uuid
from pathlib import Path

import pytest

from crawler.runlock import LockBusy, run_lock


def test_file_lock_excludes_a_second_run(tmp_path: Path) -> None:
    lock = str(tmp_path / "crawl.lock")
    with run_lock("sqlite:///a.db", lock):
        with (
            pytest.raises(LockBusy, match="another pantau crawl"),
            run_lock("sqlite:///a.db", lock),
        ):
            pass
    with run_lock("sqlite:///a.db", lock) as where:  # released on exit
        assert where == lock


def test_default_lock_is_per_database() -> None:
    a, b = f"sqlite:///{uuid.uuid4().hex}.db", f"sqlite:///{uuid.uuid4().hex}.db"
    with run_lock(a), run_lock(b):  # different databases do not block each other
        with pytest.raises(LockBusy), run_lock(a):
            pass


@pytest.mark.redis
def test_redis_lock(redis_url: str) -> None:
    db = f"postgresql://h/{uuid.uuid4().hex}"
    with run_lock(db, redis_url, ttl_seconds=30):
        with pytest.raises(LockBusy, match="Redis lock"), run_lock(db, redis_url):
            pass
    with run_lock(db, redis_url):  # released
        pass


def test_unreachable_redis_is_a_clear_error() -> None:
    with (
        pytest.raises(LockBusy, match="cannot reach the lock server"),
        run_lock("sqlite:///x.db", "redis://127.0.0.1:1/0"),
    ):
        pass
