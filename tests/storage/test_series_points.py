"""Stored series points: conflicts with both sources, undated repeats, order independence."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from extract.model import Figure
from storage.articles import ArticleRecord
from storage.models import (
    Article,
    ArticleBand,
    Observation,
    SeriesPoint,
    SeriesPointObservation,
)
from storage.points import rebuild_all
from storage.series import format_series_table, series_rows
from tests.storage.stories import (
    ANTARA_TEXT,
    OTHER_TEXT,
    REGIONAL_TEXT,
    THIRD_TEXT,
    add_outlets,
    article,
    coverage,
    day,
    store,
    variant,
)


def corpus() -> list[tuple[ArticleRecord, list[Figure]]]:
    """Syndicated copies, a conflicting report, an undated repeat, other segments."""
    return [
        (article(1, "antara-sultra", ANTARA_TEXT, day(7, 1)), [coverage(52_340.0, "2025-06")]),
        (article(2, "sultrakini", REGIONAL_TEXT, day(7, 2)), [coverage(52_340.0, "2025-06")]),
        (article(3, "kendaripos", OTHER_TEXT, day(7, 4)), [coverage(53_100.0, "2025-06")]),
        (article(4, "kendaripos", THIRD_TEXT, day(7, 12)), [coverage(52_340.0, None)]),
        (
            article(5, "sultrakini", variant(OTHER_TEXT, "5"), day(9, 20)),
            [coverage(60_000.0, None), coverage(9_000.0, "2025-Q3", segment="BPU")],
        ),
        (
            article(6, "antara-sultra", variant(THIRD_TEXT, "6"), day(10, 2)),
            [coverage(9_000.0, None, segment="BPU"), coverage(9_500.0, "2025-Q3", segment="BPU")],
        ),
    ]


def snapshot(session: Session) -> list[dict[str, Any]]:
    return [row.to_dict() for row in series_rows(session, "74.71", "active_participants")]


def test_conflict_keeps_both_values_with_their_sources(session: Session, outlet_id: int) -> None:
    add_outlets(session)
    store(session, corpus()[:3])
    (row,) = series_rows(session, "74.71", "active_participants")
    # one source each (ANTARA and its regional copy are one story): the newer report leads
    assert (row.as_of, row.value, row.conflict, row.n_sources, row.articles) == (
        "2025-06",
        53_100.0,
        True,
        1,
        3,
    )
    assert [(v.value, v.sources, v.articles, v.headline) for v in row.values] == [
        (53_100.0, 1, 1, True),
        (52_340.0, 1, 2, False),
    ]
    by_outlet = {(s.outlet_key, s.value, s.headline) for s in row.sources}
    assert by_outlet == {
        ("kendaripos", 53_100.0, True),
        ("antara-sultra", 52_340.0, False),
        ("sultrakini", 52_340.0, False),
    }
    point = session.scalars(select(SeriesPoint)).one()
    assert (point.values_count, point.total_sources, point.conflict) == (2, 2, True)
    table = format_series_table([row]).splitlines()
    assert table[0].split()[-2:] == ["conflicting", "values"]
    assert "53,100 !" in table[2] and "52,340 (1 src)" in table[2]
    # an undated repeat from another story gives 52,340 a second source: it becomes headline
    store(session, [corpus()[3]])
    (row,) = series_rows(session, "74.71", "active_participants")
    assert (row.value, row.n_sources, row.articles, row.conflict) == (52_340.0, 2, 4, True)


def test_headline_rule_most_recent_report_breaks_a_tie(session: Session, outlet_id: int) -> None:
    add_outlets(session)
    store(
        session,
        [
            (article(1, "antara-sultra", ANTARA_TEXT, day(7, 1)), [coverage(52_340.0, "2025-06")]),
            (article(3, "kendaripos", OTHER_TEXT, day(7, 4)), [coverage(53_100.0, "2025-06")]),
        ],
    )
    (row,) = series_rows(session, "74.71", "active_participants")
    assert (row.value, row.n_sources, row.conflict) == (53_100.0, 1, True)


def test_undated_repeat_joins_the_dated_point(session: Session, outlet_id: int) -> None:
    add_outlets(session)
    store(session, [corpus()[0], corpus()[3]])
    (row,) = series_rows(session, "74.71", "active_participants")
    assert (row.as_of, row.precision, row.value, row.n_sources, row.articles) == (
        "2025-06",
        "month",
        52_340.0,
        2,
        2,
    )
    links = session.scalar(select(func.count()).select_from(SeriesPointObservation))
    assert links == 2


def test_full_series(session: Session, outlet_id: int) -> None:
    add_outlets(session)
    store(session, corpus())
    rows = series_rows(session, "74.71", "active_participants")
    summary = [(r.as_of, r.precision, r.segment, r.value, r.n_sources, r.conflict) for r in rows]
    assert summary == [
        ("2025-06", "month", "PU", 52_340.0, 2, True),
        ("2025-09-20", "published", "PU", 60_000.0, 1, False),
        ("2025-Q3", "quarter", "BPU", 9_000.0, 2, True),
    ]
    bpu = rows[2]
    assert [(v.value, v.sources) for v in bpu.values] == [(9_000.0, 2), (9_500.0, 1)]


def test_storing_again_or_in_reverse_order_gives_the_same_series(
    session: Session, outlet_id: int
) -> None:
    add_outlets(session)
    store(session, corpus())
    forward = snapshot(session)
    points = session.scalar(select(func.count()).select_from(SeriesPoint))
    store(session, corpus())  # again: nothing changes
    assert snapshot(session) == forward
    assert session.scalar(select(func.count()).select_from(SeriesPoint)) == points
    for model in (SeriesPointObservation, SeriesPoint, ArticleBand, Observation, Article):
        session.execute(delete(model))
    session.commit()
    store(session, corpus()[::-1])
    assert snapshot(session) == forward
    assert session.scalar(select(func.count()).select_from(SeriesPoint)) == points


def test_rebuild_all_reproduces_the_points(session: Session, outlet_id: int) -> None:
    add_outlets(session)
    store(session, corpus())
    before = snapshot(session)
    assert rebuild_all(session) == 3
    assert snapshot(session) == before
