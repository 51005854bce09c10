"""A small Python API for researchers: series and observations as rows or pandas DataFrames.

    from storage import api
    api.series("sqlite:///pantau.db", "Kota Kendari", "coverage_pct", segment="BPU")
    frame = api.series_frame("postgresql://...", "74.71", "active_participants")

Every function opens the database (``db_url``; ``None`` means ``$PANTAU_DB_URL`` or
``sqlite:///pantau.db``), reads, and closes it again. Regions are codes or names as in
``pantau series``. The ``*_frame`` variants need pandas (``pip install 'pantau[analysis]'``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from storage.db import database_url, open_engine, session_factory
from storage.exports import export_query, stream_rows
from storage.series import resolve_region, series_rows

if TYPE_CHECKING:
    import pandas


@contextmanager
def _opened(db_url: str | None) -> Iterator[tuple[Engine, Session]]:
    engine = open_engine(database_url(db_url))
    try:
        with session_factory(engine)() as session:
            yield engine, session
    finally:
        engine.dispose()


def series(
    db_url: str | None,
    region: str,
    metric: str,
    segment: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """The points of a series as dicts (``SeriesRow.to_dict``): as_of, value, n_sources,
    articles, conflict, values (every value stated, headline first) and sources."""
    with _opened(db_url) as (_, session):
        code = resolve_region(session, region).code
        return [row.to_dict() for row in series_rows(session, code, metric, segment, since, until)]


def observations(
    db_url: str | None,
    region: str | None = None,
    metric: str | None = None,
    segment: str | None = None,
) -> list[dict[str, Any]]:
    """Stored observations with their article URL, outlet, story, evidence and point."""
    with _opened(db_url) as (engine, session):
        code = resolve_region(session, region).code if region else None
        query, columns = export_query("observations", code, metric, segment)
        names = [name for name, _ in columns]
        return [
            dict(zip(names, row, strict=True))
            for batch in stream_rows(engine, query)
            for row in batch
        ]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "pandas is not installed: pip install 'pantau[analysis]' (or use storage.api.series)"
        ) from None
    return pandas


def series_frame(
    db_url: str | None,
    region: str,
    metric: str,
    segment: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> pandas.DataFrame:
    """:func:`series` as a DataFrame, one row per point (``as_of_date`` as datetime64; the
    ``values`` and ``sources`` columns hold lists of dicts)."""
    pandas = _pandas()
    frame = pandas.DataFrame(series(db_url, region, metric, segment, since, until))
    if not frame.empty:
        frame["as_of_date"] = pandas.to_datetime(frame["as_of_date"])
    return frame


def observations_frame(
    db_url: str | None,
    region: str | None = None,
    metric: str | None = None,
    segment: str | None = None,
) -> pandas.DataFrame:
    """:func:`observations` as a DataFrame."""
    pandas = _pandas()
    return pandas.DataFrame(observations(db_url, region, metric, segment))
