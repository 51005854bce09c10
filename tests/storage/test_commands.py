"""`pantau series`, `pantau export` and `pantau plot` on a stored corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from crawler.cli import main
from storage.articles import store_article
from tests.storage.helpers import make_figure
from tests.storage.stories import OTHER_TEXT as TEXT
from tests.storage.stories import add_outlets, article, day, store, variant
from tests.storage.test_series_points import corpus


@pytest.fixture
def db(engine: Engine, session: Session, outlet_id: int) -> str:
    add_outlets(session)
    store(session, corpus())
    kolaka = make_figure(region_code="74.01", region_name="Kabupaten Kolaka", value=21_000.0)
    record = article(9, "kendaripos", variant(TEXT, "k"), day(7, 9))
    store_article(session, record, [kolaka], extractor_version="t1")
    return engine.url.render_as_string(hide_password=False)


def test_series_table_marks_conflicts_and_sources(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["series", "--db", db, "--region", "Kota Kendari", "--metric", "active_participants"]
    assert main([*args, "--segment", "PU"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Kota Kendari (74.71), active_participants"
    assert lines[1].split()[-2:] == ["conflicting", "values"]
    assert "52,340 !" in lines[3] and "2 (3 articles)" in lines[3] and "53,100 (1 src)" in lines[3]
    assert lines[4].startswith("~2025-09-20")
    assert main([*args, "--format", "json", "--since", "2025-07-01"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["as_of"], r["segment"], r["conflict"]) for r in rows] == [
        ("2025-09-20", "PU", False),
        ("2025-Q3", "BPU", True),
    ]
    assert main([*args, "--format", "csv", "--segment", "BPU"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("as_of,as_of_date,precision,region_code")
    assert out[1].startswith("2025-Q3,2025-09-30,quarter,74.71,Kota Kendari")


def test_series_rebuild(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["series", "--db", db, "--rebuild"]) == 0
    assert capsys.readouterr().out.strip() == "rebuilt 4 series points"
    with pytest.raises(SystemExit):
        main(["series", "--db", db, "--metric", "active_participants"])
    assert "--region and --metric are required" in capsys.readouterr().err


def test_export_command(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kolaka.jsonl"
    args = ["export", "--db", db, "--what", "observations", "--format", "jsonl"]
    assert main([*args, "--out", str(out), "--region", "Kolaka"]) == 0
    assert capsys.readouterr().out.strip() == f"wrote 1 observations rows to {out}"
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert (row["region_code"], row["value"], row["outlet_key"]) == ("74.01", 21000.0, "kendaripos")
    assert main([*args, "--out", str(tmp_path / "missing" / "x.jsonl")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_plot_several_regions(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "chart.png"
    args = ["plot", "--db", db, "--metric", "active_participants", "--out", str(out)]
    assert main([*args, "--region", "74.71", "--region", "Kolaka", "--segment", "PU"]) == 0
    assert capsys.readouterr().out.strip() == f"wrote 3 points in 2 lines to {out}"
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 20_000
    assert main([*args, "--region", "Kota Kendari"]) == 0  # every segment: one line each
    assert "in 2 lines" in capsys.readouterr().out
