"""Exports of observations, series points and articles as CSV, JSON Lines or Parquet.

Rows are streamed from the database in batches (``yield_per``; a server-side cursor on
PostgreSQL), so a million observations never sit in memory, and written to a temporary file
next to the target that is renamed into place only when complete: an error leaves no
half-written file. Parquet needs pyarrow (``pip install 'pantau[analysis]'``).
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Engine, Select, select

from storage.models import (
    Article,
    Observation,
    Outlet,
    Region,
    SeriesPoint,
    SeriesPointObservation,
)
from storage.series import TOTAL_SEGMENT

WHAT = ("observations", "series", "articles")
FORMATS = ("csv", "parquet", "jsonl")
BATCH = 5_000

# column name -> kind, for Parquet types and text rendering
_Kind = str  # int | float | str | date | datetime | bool | list


def _observation_columns() -> list[tuple[Any, _Kind]]:
    return [
        (Observation.id.label("observation_id"), "int"),
        (Observation.region_code, "str"),
        (Observation.region_name, "str"),
        (Observation.metric, "str"),
        (Observation.segment, "str"),
        (Observation.value, "float"),
        (Observation.unit, "str"),
        (Observation.as_of, "str"),
        (Observation.as_of_precision, "str"),
        (Observation.as_of_date, "date"),
        (Observation.evidence, "str"),
        (Observation.confidence, "float"),
        (Observation.flags, "list"),
        (Observation.extractor_version, "str"),
        (SeriesPointObservation.point_id, "int"),
        (SeriesPointObservation.headline, "bool"),
        (Article.id.label("article_id"), "int"),
        (Article.canonical_url.label("article_url"), "str"),
        (Article.title.label("article_title"), "str"),
        (Article.published_at.label("article_published_at"), "datetime"),
        (Article.story_key, "str"),
        (Outlet.key.label("outlet_key"), "str"),
        (Outlet.name.label("outlet_name"), "str"),
    ]


def _series_columns() -> list[tuple[Any, _Kind]]:
    return [
        (SeriesPoint.id.label("point_id"), "int"),
        (SeriesPoint.region_code, "str"),
        (Region.name.label("region_name"), "str"),
        (SeriesPoint.metric, "str"),
        (SeriesPoint.segment, "str"),
        (SeriesPoint.as_of, "str"),
        (SeriesPoint.as_of_date, "date"),
        (SeriesPoint.as_of_precision, "str"),
        (SeriesPoint.value, "float"),
        (SeriesPoint.unit, "str"),
        (SeriesPoint.sources, "int"),
        (SeriesPoint.total_sources, "int"),
        (SeriesPoint.articles, "int"),
        (SeriesPoint.values_count, "int"),
        (SeriesPoint.conflict, "bool"),
        (SeriesPoint.flags, "list"),
    ]


def _article_columns() -> list[tuple[Any, _Kind]]:
    return [
        (Article.id.label("article_id"), "int"),
        (Outlet.key.label("outlet_key"), "str"),
        (Article.url, "str"),
        (Article.canonical_url, "str"),
        (Article.url_key, "str"),
        (Article.title, "str"),
        (Article.author, "str"),
        (Article.section, "str"),
        (Article.published_at, "datetime"),
        (Article.fetched_at, "datetime"),
        (Article.text_fingerprint, "str"),
        (Article.story_key, "str"),
        (Article.extractor_version, "str"),
        (Article.text, "str"),
    ]


def export_query(
    what: str,
    region_code: str | None = None,
    metric: str | None = None,
    segment: str | None = None,
) -> tuple[Select[Any], list[tuple[str, _Kind]]]:
    """The streaming query of an export and its (column name, kind) list. ``region_code``,
    ``metric`` and ``segment`` ("total" = none) filter observations and series."""
    if what == "observations":
        columns = _observation_columns()
        query = (
            select(*(column for column, _ in columns))
            .join(Article, Article.id == Observation.article_id)
            .join(Outlet, Outlet.id == Article.outlet_id)
            .outerjoin(
                SeriesPointObservation, SeriesPointObservation.observation_id == Observation.id
            )
        )
        table: Any = Observation
        # filtered: follow ix_observations_series, so a streaming cursor (which PostgreSQL
        # plans for a fast start) walks the index instead of the whole primary key
        order: Sequence[Any] = (
            (
                Observation.region_code,
                Observation.metric,
                Observation.segment.nulls_last(),
                Observation.as_of_date.nulls_last(),  # same order on SQLite and PostgreSQL
                Observation.id,
            )
            if region_code is not None
            else (Observation.id,)
        )
    elif what == "series":
        columns = _series_columns()
        query = select(*(column for column, _ in columns)).outerjoin(
            Region, Region.code == SeriesPoint.region_code
        )
        table = SeriesPoint
        order = (
            SeriesPoint.region_code,
            SeriesPoint.metric,
            SeriesPoint.segment.nulls_last(),
            SeriesPoint.as_of_date,
            SeriesPoint.id,
        )
    elif what == "articles":
        if region_code or metric or segment:
            raise ValueError("--region/--metric/--segment filter observations and series only")
        columns = _article_columns()
        query = select(*(column for column, _ in columns)).join(
            Outlet, Outlet.id == Article.outlet_id
        )
        table, order = Article, (Article.id,)
    else:
        raise ValueError(f"unknown export {what!r}: one of {', '.join(WHAT)}")
    if region_code is not None:
        query = query.where(table.region_code == region_code)
    if metric is not None:
        query = query.where(table.metric == metric)
    if segment == TOTAL_SEGMENT:
        query = query.where(table.segment.is_(None))
    elif segment is not None:
        query = query.where(table.segment == segment)
    keys = [str(column.key) for column in query.selected_columns]
    return query.order_by(*order), [
        (key, kind) for key, (_, kind) in zip(keys, columns, strict=True)
    ]


def stream_rows(
    engine: Engine, query: Select[Any], batch: int = BATCH
) -> Iterator[list[tuple[Any, ...]]]:
    """The query's rows in batches, streamed (server-side cursor where the driver has one)."""
    with engine.connect() as connection:
        result = connection.execution_options(yield_per=batch).execute(query)
        for partition in result.partitions():
            yield [tuple(row) for row in partition]


def _text_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_csv(handle: TextIO, names: list[str], batches: Iterator[list[tuple]]) -> int:
    writer = csv.writer(handle)
    writer.writerow(names)
    count = 0
    for rows in batches:
        writer.writerows([[_text_value(v) for v in row] for row in rows])
        count += len(rows)
    return count


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime | date) else value


def _write_jsonl(handle: TextIO, names: list[str], batches: Iterator[list[tuple]]) -> int:
    count = 0
    for rows in batches:
        for row in rows:
            record = {name: _json_value(value) for name, value in zip(names, row, strict=True)}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += len(rows)
    return count


def _write_parquet(path: Path, columns: list[tuple[str, _Kind]], batches: Any) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ImportError("Parquet export needs pyarrow: pip install 'pantau[analysis]'") from None
    types = {
        "int": pa.int64(),
        "float": pa.float64(),
        "str": pa.string(),
        "date": pa.date32(),
        "datetime": pa.timestamp("us", tz="UTC"),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
    }
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for rows in batches:
            arrays = [
                pa.array(
                    [
                        bool(row[i]) if kind == "bool" and row[i] is not None else row[i]
                        for row in rows
                    ],
                    type=schema.field(i).type,
                )
                for i, (_, kind) in enumerate(columns)
            ]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(rows)
    return count


def export(
    engine: Engine,
    what: str,
    fmt: str,
    out: str | Path,
    *,
    region_code: str | None = None,
    metric: str | None = None,
    segment: str | None = None,
    batch: int = BATCH,
) -> int:
    """Write ``what`` (observations|series|articles) as ``fmt`` (csv|parquet|jsonl) to ``out``
    atomically; return the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    query, columns = export_query(what, region_code, metric, segment)
    names = [name for name, _ in columns]
    target = Path(out)
    if not target.parent.is_dir():
        raise ValueError(f"directory {target.parent} does not exist")
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".part"
    )
    os.close(descriptor)
    try:
        batches = stream_rows(engine, query, batch)
        if fmt == "parquet":
            count = _write_parquet(Path(temporary), columns, batches)
        else:
            with open(temporary, "w", encoding="utf-8", newline="") as handle:
                writer = _write_csv if fmt == "csv" else _write_jsonl
                count = writer(handle, names, batches)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count
