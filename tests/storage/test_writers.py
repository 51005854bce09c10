"""Two real processes storing the same articles at once (in opposite orders) never duplicate
articles or points, and end with the series a single writer would produce."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from storage.db import open_engine, session_factory, upgrade
from storage.models import Article, Observation, SeriesPoint, SeriesPointObservation
from storage.points import rebuild_all
from storage.series import series_rows
from tests.storage.writer import articles

ROOT = Path(__file__).resolve().parents[2]


def snapshot(url: str) -> tuple[list, int, int, int, int]:
    engine = open_engine(url)
    try:
        with session_factory(engine)() as session:
            rows = [
                row.to_dict()
                for segment in ("PU", "BPU")
                for row in series_rows(session, "74.71", "active_participants", segment)
            ]
            counts = [
                session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Article, Observation, SeriesPoint, SeriesPointObservation)
            ]
            return (rows, *counts)  # type: ignore[return-value]
    finally:
        engine.dispose()


def test_two_processes_storing_at_once(db_url: str) -> None:
    upgrade(db_url)
    start_at = time.time() + 3.0
    command = [sys.executable, "-W", "error", "-m", "tests.storage.writer", db_url]
    processes = [
        subprocess.Popen([*command, direction, str(start_at)], cwd=ROOT, stderr=subprocess.PIPE)
        for direction in ("forward", "reverse")
    ]
    for process in processes:
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr.decode()[-3000:]
    rows, article_count, observations, points, links = snapshot(db_url)
    expected = articles()
    assert article_count == len(expected)
    assert observations == sum(len(figures) for _, figures in expected)
    assert links == observations  # every observation sits in exactly one point
    assert points == len(rows) > 10
    assert any(row["conflict"] for row in rows)
    assert any(row["articles"] > row["n_sources"] for row in rows)  # copies counted once
    engine = open_engine(db_url)
    try:
        with session_factory(engine)() as session:
            rebuild_all(session)  # a single writer from scratch
    finally:
        engine.dispose()
    assert snapshot(db_url) == (rows, article_count, observations, points, links)
