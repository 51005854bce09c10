"""Exports (CSV, JSON Lines, Parquet; atomic), the Python API and the SQL views."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from storage import api
from storage.exports import export
from tests.storage.stories import add_outlets, store
from tests.storage.test_series_points import corpus


@pytest.fixture
def stored(session: Session, outlet_id: int) -> None:
    add_outlets(session)
    store(session, corpus())


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


@pytest.mark.usefixtures("stored")
def test_csv_and_jsonl_exports(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "observations.csv"
    assert export(engine, "observations", "csv", out, region_code="74.71", segment="BPU") == 3
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["value"], r["as_of"], r["outlet_key"]) for r in rows] == [
        ("9000.0", "2025-Q3", "sultrakini"),
        ("9500.0", "2025-Q3", "antara-sultra"),
        ("9000.0", "", "antara-sultra"),  # undated last, on both backends
    ]
    assert rows[0]["article_url"] == "https://sultrakini.example/berita/5"
    assert rows[0]["evidence"] == "peserta aktif 52.340 orang"
    assert [r["headline"] for r in rows] == ["True", "False", "True"]
    lines = tmp_path / "series.jsonl"
    assert export(engine, "series", "jsonl", lines) == 3
    series = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert [
        (s["as_of"], s["segment"], s["value"], s["sources"], s["conflict"]) for s in series
    ] == [
        ("2025-Q3", "BPU", 9000.0, 2, True),
        ("2025-06", "PU", 52340.0, 2, True),
        ("2025-09-20", "PU", 60000.0, 1, False),
    ]
    assert series[0]["region_name"] == "Kota Kendari"
    assert not list(tmp_path.glob(".*"))  # no temporary files left


@pytest.mark.usefixtures("stored")
def test_parquet_export_keeps_types(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "articles.parquet"
    assert export(engine, "articles", "parquet", out, batch=2) == 6
    table = pq.read_table(out)
    assert table.num_rows == 6
    assert str(table.schema.field("published_at").type) == "timestamp[us, tz=UTC]"
    assert table.column("outlet_key").to_pylist()[:2] == ["antara-sultra", "sultrakini"]
    series = pq.read_table(_write(engine, tmp_path, "series"))
    assert series.column("conflict").to_pylist() == [True, True, False]
    assert str(series.schema.field("as_of_date").type) == "date32[day]"


def _write(engine: Engine, tmp_path: Path, what: str) -> Path:
    out = tmp_path / f"{what}.parquet"
    export(engine, what, "parquet", out)
    return out


@pytest.mark.usefixtures("stored")
def test_a_failed_export_leaves_no_file(engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "series.csv"
    out.write_text("previous export\n")
    with pytest.raises(ValueError, match="filter observations and series only"):
        export(engine, "articles", "csv", out, region_code="74.71")
    with pytest.raises(ValueError, match="unknown format"):
        export(engine, "series", "xlsx", out)
    assert out.read_text() == "previous export\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["series.csv"]


@pytest.mark.usefixtures("stored")
def test_python_api(engine: Engine) -> None:
    url = _url(engine)
    rows = api.series(url, "Kota Kendari", "active_participants", segment="PU")
    assert [(r["as_of"], r["value"], r["n_sources"]) for r in rows] == [
        ("2025-06", 52340.0, 2),
        ("2025-09-20", 60000.0, 1),
    ]
    frame = api.series_frame(url, "74.71", "active_participants")
    assert list(frame["value"]) == [52340.0, 60000.0, 9000.0]
    assert str(frame["as_of_date"].dtype).startswith("datetime64")
    observations = api.observations_frame(url, "74.71", segment="BPU")
    assert sorted(observations["value"]) == [9000.0, 9000.0, 9500.0]
    assert set(observations["outlet_key"]) == {"sultrakini", "antara-sultra"}
    assert len(api.observations(url)) == 8


def _query(engine: Engine, sql: str) -> list[Any]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


@pytest.mark.usefixtures("stored")
def test_sql_views(engine: Engine) -> None:
    series = _query(
        engine,
        "SELECT region_name, segment, as_of, value, sources, conflict FROM series_view"
        " WHERE region_code = '74.71' AND metric = 'active_participants'"
        " ORDER BY as_of_date, segment",
    )
    assert [(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in series] == [
        ("Kota Kendari", "PU", "2025-06", 52340.0, 2, True),
        ("Kota Kendari", "PU", "2025-09-20", 60000.0, 1, False),
        ("Kota Kendari", "BPU", "2025-Q3", 9000.0, 2, True),
    ]
    sources = _query(
        engine,
        "SELECT o.value, o.outlet_key, o.article_url, o.evidence FROM observations_view o"
        " JOIN series_view s ON s.point_id = o.point_id"
        " WHERE s.as_of = '2025-06' AND s.segment = 'PU' ORDER BY o.article_url",
    )
    assert [(r[0], r[1]) for r in sources] == [
        (53100.0, "kendaripos"),
        (52340.0, "kendaripos"),
        (52340.0, "antara-sultra"),
        (52340.0, "sultrakini"),
    ]
    assert sources[1][2] == "https://kendaripos.example/berita/4"  # the undated repeat
    assert all(r[3] == "peserta aktif 52.340 orang" for r in sources)
