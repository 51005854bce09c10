"""A run lock so two scheduled crawls into the same database never overlap.

``pantau crawl`` takes it for the whole run. The lock is keyed by the database URL: a file lock
(``fcntl.flock``, released by the kernel if the process dies) by default, or a Redis lock
(``redis://...``, with an expiry so a killed process cannot hold it forever) when several
machines write into one PostgreSQL database.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class LockBusy(RuntimeError):
    """Another pantau run holds the lock."""


def lock_name(db_url: str) -> str:
    return "pantau-crawl-" + hashlib.sha1(db_url.encode("utf-8")).hexdigest()[:16]


@contextmanager
def run_lock(db_url: str, lock_url: str = "", ttl_seconds: int = 6 * 3600) -> Iterator[str]:
    """Hold the crawl lock for ``db_url``; raises :class:`LockBusy` if another run has it."""
    name = lock_name(db_url)
    if lock_url.startswith(("redis://", "rediss://", "unix://")):
        with _redis_lock(lock_url, name, ttl_seconds) as where:
            yield where
    else:
        path = Path(lock_url) if lock_url else Path(tempfile.gettempdir()) / f"{name}.lock"
        with _file_lock(path) as where:
            yield where


@contextmanager
def _file_lock(path: Path) -> Iterator[str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockBusy(f"another pantau crawl holds {path}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield str(path)
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def _redis_lock(url: str, name: str, ttl_seconds: int) -> Iterator[str]:
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=5)
    token = uuid.uuid4().hex
    key = f"pantau:{name}"
    try:
        acquired = client.set(key, token, nx=True, ex=ttl_seconds)
    except redis.RedisError as exc:
        raise LockBusy(f"cannot reach the lock server {url}: {exc}") from exc
    if not acquired:
        raise LockBusy(f"another pantau crawl holds the Redis lock {key}")
    try:
        yield f"{url} {key}"
    finally:
        # Release only our own token: compare-and-delete in one round trip.
        release = client.register_script(
            "if redis.call('get', KEYS[1]) == ARGV[1] then "
            "return redis.call('del', KEYS[1]) else return 0 end"
        )
        release(keys=[key], args=[token])
        client.close()
