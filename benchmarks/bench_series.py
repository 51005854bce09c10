"""Time a series query and an export at 10,000 and 1,000,000 observations, SQLite and PostgreSQL.

    .venv/bin/python benchmarks/bench_series.py [--sizes 10000,1000000] [--repeat 9]
        [--pg-url postgresql://postgres@127.0.0.1:5432/postgres] [--no-sqlite] [--full-export]

Each size gets a fresh database (SQLite: a file in a temporary directory; PostgreSQL: a
throw-away database created on the server, dropped afterwards), migrated with Alembic, then
filled with bulk inserts (executemany on SQLite, COPY on PostgreSQL): 500 regions, 4 metrics x
3 segments per region, two articles per region and month each stating all 12 figures (some
undated, some conflicting); points and links are computed with the real rules
(:func:`storage.points.compute_points`). The measured series -- Kota Kendari (74.71),
active_participants, PU -- always holds 12 months x 2 sources; everything else fills the other
499 regions, so the table grows 100x while the answer stays the same size: the time ratio shows
whether the indexes do their work (it should stay under 3x).

Measured (median of --repeat runs): ``series_rows`` for that series, and ``export`` of that
series' observations as CSV. ``--full-export`` also times one export of every observation as
Parquet (linear in the table, reported as rows/s).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Engine, insert, select, text
from sqlalchemy.engine import make_url

from storage.db import open_engine, session_factory, upgrade
from storage.exports import export
from storage.models import (
    Article,
    Observation,
    Outlet,
    Region,
    SeriesPoint,
    SeriesPointObservation,
)
from storage.periods import parse_as_of
from storage.points import PointInput, compute_points
from storage.series import series_rows

REGIONS = 500
METRICS = ("active_participants", "labor_force", "coverage_pct", "new_participants")
SEGMENTS = (None, "PU", "BPU")
SOURCES = 2
TARGET = ("74.71", "active_participants", "PU")
TARGET_MONTHS = 12
FIRST_MONTH = date(2015, 1, 1)
FLUSH = 20_000


def month_label(index: int) -> tuple[str, date]:
    year, month = divmod(FIRST_MONTH.month - 1 + index, 12)
    label = f"{FIRST_MONTH.year + year}-{month + 1:02d}"
    return label, parse_as_of(label)[1]


class Filler:
    """Generates the benchmark rows region by region and hands them to a writer in batches."""

    def __init__(self, regions: list[str], total: int, write: Callable[[str, list], None]):
        self.regions = regions
        self.total = total
        self.write = write
        self.ids = {"articles": 0, "observations": 0, "series_points": 0}
        self.buffers: dict[str, list] = {
            "articles": [],
            "observations": [],
            "series_points": [],
            "series_point_observations": [],
        }

    def run(self) -> int:
        per_region_month = len(METRICS) * len(SEGMENTS) * SOURCES
        target_count = TARGET_MONTHS * per_region_month
        self.region(TARGET[0], TARGET_MONTHS)
        others = [code for code in self.regions if code != TARGET[0]][: REGIONS - 1]
        slots = max(0, self.total - target_count) // per_region_month
        months, extra = divmod(slots, len(others))
        for index, code in enumerate(others):
            self.region(code, months + (1 if index < extra else 0))
        self.flush()
        return self.ids["observations"]

    def region(self, code: str, months: int) -> None:
        inputs: dict[tuple[str, str | None], list[PointInput]] = {}
        for month in range(months):
            label, end = month_label(month)
            for source in range(SOURCES):
                article_id = self.next("articles")
                published = datetime(end.year, end.month, end.day, 2, tzinfo=UTC) + timedelta(
                    days=3 + source
                )
                fingerprint = uuid.UUID(int=article_id).hex + "00000000"
                self.buffers["articles"].append(
                    {
                        "id": article_id,
                        "outlet_id": 1 + article_id % 5,
                        "url": f"https://bench.example/{article_id}",
                        "canonical_url": f"https://bench.example/{article_id}",
                        "url_key": f"bench.example/{article_id}",
                        "title": f"Berita {article_id}",
                        "published_at": published,
                        "published_utc_offset_minutes": 480,
                        "fetched_at": published,
                        "text": f"Artikel {article_id}",
                        "text_fingerprint": fingerprint,
                        "story_key": fingerprint,
                        "extractor_version": "bench",
                    }
                )
                for m_index, metric in enumerate(METRICS):
                    for segment in SEGMENTS:
                        value = 1000.0 * (m_index + 1) + 10 * month
                        if source == 1 and month % 5 == 0:
                            value += 7  # a conflicting second source
                        undated = source == 1 and month % 7 == 3
                        obs_id = self.next("observations")
                        as_of = None if undated else label
                        as_of_date = None if undated else end
                        row: dict[str, Any] = {
                            "id": obs_id,
                            "article_id": article_id,
                            "natural_key": f"{obs_id:040d}",
                            "region_code": code,
                            "region_name": None,
                            "metric": metric,
                            "segment": segment,
                            "value": value,
                            "unit": "persons",
                            "as_of": None if undated else label,
                            "as_of_precision": None if undated else "month",
                            "as_of_date": None if undated else end,
                            "evidence": f"peserta {value:.0f} orang",
                            "start_offset": 0,
                            "end_offset": 10,
                            "confidence": 0.9,
                            "flags": [],
                            "extractor_version": "bench",
                        }
                        self.buffers["observations"].append(row)
                        inputs.setdefault((metric, segment), []).append(
                            PointInput(
                                observation_id=obs_id,
                                article_id=article_id,
                                value=value,
                                unit="persons",
                                as_of=as_of,
                                as_of_precision=None if undated else "month",
                                as_of_date=as_of_date,
                                published_at=published,
                                published_utc_offset_minutes=480,
                                fetched_at=published,
                                story_key=fingerprint,
                            )
                        )
        for (metric, segment), items in inputs.items():
            for point in compute_points(items):
                point_id = self.next("series_points")
                row = point.row((code, metric, segment))
                self.buffers["series_points"].append({"id": point_id, **row})
                self.buffers["series_point_observations"].extend(
                    {
                        "point_id": point_id,
                        "observation_id": m.observation_id,
                        "headline": m.value == row["value"],
                    }
                    for m in point.members
                )
        if len(self.buffers["observations"]) >= FLUSH:
            self.flush()

    def next(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def flush(self) -> None:
        for table, rows in self.buffers.items():
            if rows:
                self.write(table, rows)
                self.buffers[table] = []


def sqlite_writer(engine: Engine) -> tuple[Callable[[str, list], None], Callable[[], None]]:
    tables = {
        "articles": Article,
        "observations": Observation,
        "series_points": SeriesPoint,
        "series_point_observations": SeriesPointObservation,
    }
    connection = engine.connect()

    def write(table: str, rows: list) -> None:
        connection.execute(insert(tables[table]), rows)

    def close() -> None:
        connection.commit()
        connection.exec_driver_sql("ANALYZE")
        connection.commit()
        connection.close()

    return write, close


def pg_writer(url: str) -> tuple[Callable[[str, list], None], Callable[[], None]]:
    import json

    connection = psycopg.connect(_libpq(url))

    def write(table: str, rows: list) -> None:
        columns = list(rows[0])
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
        )
        with connection.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([json.dumps(row[c]) if c == "flags" else row[c] for c in columns])

    def close() -> None:
        connection.commit()
        connection.autocommit = True
        connection.execute("VACUUM ANALYZE")
        connection.close()

    return write, close


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def fill(engine: Engine, url: str, total: int) -> float:
    with session_factory(engine)() as session:
        regions = list(
            session.scalars(
                select(Region.code).where(Region.level != "province").order_by(Region.code)
            )
        )
        for number in range(1, 6):
            session.add(Outlet(id=number, key=f"o{number}", name=f"O{number}", base_url="x"))
        session.commit()
    started = time.perf_counter()
    write, close = pg_writer(url) if url.startswith("postgresql") else sqlite_writer(engine)
    stored = Filler(regions, total, write).run()
    close()
    assert stored >= total * 0.99, stored
    return time.perf_counter() - started


def median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def measure(url: str, total: int, repeat: int, full_export: bool, work: Path) -> dict[str, Any]:
    upgrade(url)
    engine = open_engine(url)
    try:
        fill_s = fill(engine, url, total)
        factory = session_factory(engine)

        def query() -> None:
            with factory() as session:
                rows = series_rows(session, *TARGET)
                assert len(rows) >= TARGET_MONTHS, len(rows)

        def export_series() -> None:
            count = export(
                engine,
                "observations",
                "csv",
                work / "series.csv",
                region_code=TARGET[0],
                metric=TARGET[1],
                segment=TARGET[2],
            )
            assert count == TARGET_MONTHS * SOURCES, count

        with engine.connect() as connection:
            observations = connection.execute(text("SELECT count(*) FROM observations")).scalar()
        result: dict[str, Any] = {
            "observations": observations,
            "fill_s": fill_s,
            "query_ms": median_ms(query, repeat),
            "export_ms": median_ms(export_series, repeat),
        }
        if full_export:
            started = time.perf_counter()
            rows = export(engine, "observations", "parquet", work / "all.parquet")
            result["full_rows_per_s"] = rows / (time.perf_counter() - started)
        return result
    finally:
        engine.dispose()


def pg_database(server_url: str) -> Iterator[str]:
    admin = _libpq(server_url)
    name = f"pantau_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,1000000")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--pg-url", help="PostgreSQL server URL (a database is created on it)")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--full-export", action="store_true")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    results: list[tuple[str, int, dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as directory:
        work = Path(directory)
        for size in sizes:
            if not args.no_sqlite:
                url = f"sqlite:///{work}/bench_{size}.db"
                results.append(
                    ("sqlite", size, measure(url, size, args.repeat, args.full_export, work))
                )
                print("sqlite", size, results[-1][2], flush=True)
            if args.pg_url:
                for url in pg_database(args.pg_url):
                    result = measure(url, size, args.repeat, args.full_export, work)
                    results.append(("postgresql", size, result))
                    print("postgresql", size, result, flush=True)
    print()
    print(
        "| backend | observations | fill (s) | series query (ms) | series export (ms) |"
        + (" full export (rows/s) |" if args.full_export else "")
    )
    print("| --- | ---: | ---: | ---: | ---: |" + (" ---: |" if args.full_export else ""))
    for backend, _, r in results:
        line = (
            f"| {backend} | {r['observations']:,} | {r['fill_s']:.1f} | {r['query_ms']:.2f} "
            f"| {r['export_ms']:.2f} |"
        )
        if args.full_export:
            line += f" {r['full_rows_per_s']:,.0f} |"
        print(line)
    print()
    for backend in ("sqlite", "postgresql"):
        mine = [r for b, _, r in results if b == backend]
        if len(mine) >= 2:
            small, large = mine[0], mine[-1]
            print(
                f"{backend}: {large['observations']:,} vs {small['observations']:,} "
                f"observations: query x{large['query_ms'] / small['query_ms']:.2f}, "
                f"export x{large['export_ms'] / small['export_ms']:.2f}"
            )


if __name__ == "__main__":
    main()
