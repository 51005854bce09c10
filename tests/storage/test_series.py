"""series_rows ordering, grouping, windows and the terminal table."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy.orm import Session

from storage.articles import ensure_outlet, store_article
from storage.series import format_series_table, series_keys, series_rows
from tests.storage.helpers import WITA, make_figure, make_record


@pytest.fixture
def stored(session: Session, outlet_id: int) -> None:
    ensure_outlet(session, "sultrakini", "Sultra Kini", "https://sultrakini.example")
    articles = {
        1: (
            "kendaripos",
            [make_figure(as_of="2025-Q2", as_of_precision="quarter", value=50_000.0)],
        ),
        2: (
            "sultrakini",
            [make_figure(as_of="2025-Q2", as_of_precision="quarter", value=50_000.0)],
        ),
        3: ("kendaripos", [make_figure(as_of="2025-06", value=51_000.0, flags=["approx"])]),
        4: (
            "sultrakini",
            [
                make_figure(as_of="2025-03-31", as_of_precision="day", value=48_000.0),
                make_figure(as_of=None, as_of_precision=None, segment="BPU", value=9_000.0),
                make_figure(metric="employers", unit="employers", value=1_200.0),
                make_figure(region_code="74", region_name="Sulawesi Tenggara", value=400_000.0),
            ],
        ),
    }
    for number, (outlet, figures) in articles.items():
        record = make_record(number, outlet_key=outlet)
        store_article(session, record, figures, extractor_version="x1")


@pytest.mark.usefixtures("stored")
def test_rows_in_date_order_grouped_by_value(session: Session) -> None:
    rows = series_rows(session, "74.71", "active_participants")
    summary = [(r.as_of, r.precision, r.segment, r.value, len(r.sources)) for r in rows]
    assert summary == [
        ("2025-03-31", "day", "PU", 48_000.0, 1),
        ("2025-06", "month", "PU", 51_000.0, 1),
        ("2025-Q2", "quarter", "PU", 50_000.0, 2),
        ("2025-07-05", "published", "BPU", 9_000.0, 1),  # article 4 was published 2025-07-05
    ]
    assert [source.outlet_key for source in rows[2].sources] == ["kendaripos", "sultrakini"]
    assert rows[1].flags == ["approx"]
    assert rows[2].as_of_date == date(2025, 6, 30)
    assert rows[0].region_name == "Kota Kendari"


@pytest.mark.usefixtures("stored")
def test_segment_and_window_filters(session: Session) -> None:
    bpu = series_rows(session, "74.71", "active_participants", segment="BPU")
    assert [row.value for row in bpu] == [9_000.0]
    window = series_rows(
        session, "74.71", "active_participants", since=date(2025, 4, 1), until=date(2025, 6, 30)
    )
    assert [row.as_of for row in window] == ["2025-06", "2025-Q2"]
    assert series_rows(session, "74.71", "active_participants", segment="total") == []
    assert [row.value for row in series_rows(session, "74", "active_participants")] == [400_000.0]


def test_undated_figure_uses_the_local_publication_date(session: Session, outlet_id: int) -> None:
    late_evening = datetime(2025, 7, 2, 23, 30, tzinfo=WITA)  # 15:30 UTC, same local day
    figure = make_figure(as_of=None, as_of_precision=None)
    store_article(session, make_record(published_at=late_evening), [figure], extractor_version="x")
    early_morning = datetime(2025, 7, 3, 6, 0, tzinfo=WITA)  # 2025-07-02 22:00 UTC
    figure = make_figure(as_of=None, as_of_precision=None, value=1.0)
    store_article(
        session, make_record(2, published_at=early_morning), [figure], extractor_version="x"
    )
    rows = series_rows(session, "74.71", "active_participants")
    assert [(row.as_of, row.as_of_date) for row in rows] == [
        ("2025-07-02", date(2025, 7, 2)),
        ("2025-07-03", date(2025, 7, 3)),
    ]
    # the articles keep their own offset, and the reference list shows the outlet's day
    assert [row.sources[0].published_at for row in rows] == [late_evening, early_morning]
    assert str(rows[1].sources[0].published_at) == "2025-07-03 06:00:00+08:00"
    references = format_series_table(rows).partition("\n\n")[2].splitlines()
    assert [line.split()[1] for line in references] == ["2025-07-02", "2025-07-03"]


@pytest.mark.usefixtures("stored")
def test_format_series_table(session: Session) -> None:
    rows = series_rows(session, "74.71", "active_participants")
    table = format_series_table(rows)
    lines, _, references = table.partition("\n\n")
    lines = lines.splitlines()
    assert lines[0].split() == ["as", "of", "until", "segment", "value", "flags", "sources"]
    assert "50,000" in lines[4]
    assert "2: kendaripos, sultrakini [" in lines[4]
    assert lines[5].startswith("~2025-07-05")
    assert len(lines[1]) == max(len(line) for line in lines)
    assert {line.index("2025-06-30") for line in lines[3:5]} == {lines[0].index("until")}
    # every article behind the table is listed once, numbered, with its URL
    urls = list(dict.fromkeys(source.url for row in rows for source in row.sources))
    listed = references.splitlines()
    assert len(listed) == len(urls)
    for number, (line, url) in enumerate(zip(listed, urls, strict=True), start=1):
        assert line.startswith(f"[{number}] ") and line.endswith(f"<{url}>")
    assert format_series_table([]) == "(no figures)"


@pytest.mark.usefixtures("stored")
def test_series_keys_and_json_rows(session: Session) -> None:
    assert series_keys(session) == [
        ("74", "Sulawesi Tenggara", "active_participants"),
        ("74.71", "Kota Kendari", "active_participants"),
        ("74.71", "Kota Kendari", "employers"),
    ]
    rows = [row.to_dict() for row in series_rows(session, "74.71", "active_participants")]
    assert json.loads(json.dumps(rows)) == rows
    assert rows[2]["sources"][0]["outlet_key"] == "kendaripos"
    assert rows[2]["as_of_date"] == "2025-06-30"
