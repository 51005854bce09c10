"""The point rules on plain inputs: periods, headline value, undated figures and the window."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from storage.periods import parse_as_of
from storage.points import ComputedPoint, PointInput, compute_points

FETCHED = datetime(2025, 12, 1, tzinfo=UTC)


def obs(
    number: int,
    value: float,
    as_of: str | None,
    published: date | None,
    story: str | None = None,
) -> PointInput:
    precision, end = parse_as_of(as_of) if as_of else (None, None)
    return PointInput(
        observation_id=number,
        article_id=number,
        value=value,
        unit="persons",
        as_of=as_of,
        as_of_precision=precision,
        as_of_date=end,
        published_at=datetime(published.year, published.month, published.day, 2, tzinfo=UTC)
        if published
        else None,
        published_utc_offset_minutes=480,
        fetched_at=FETCHED,
        story_key=story or f"story{number}",
    )


def summary(points: list[ComputedPoint]) -> list[tuple]:
    out = []
    for point in points:
        row = point.row(("74.71", "active_participants", None))
        out.append(
            (
                point.as_of,
                point.precision,
                row["value"],
                row["sources"],
                row["articles"],
                row["conflict"],
                sorted(m.observation_id for m in point.members),
            )
        )
    return out


def test_one_point_per_period_and_sources_by_story() -> None:
    points = compute_points(
        [
            obs(1, 50.0, "2025-Q2", date(2025, 7, 1), story="a"),
            obs(2, 50.0, "2025-Q2", date(2025, 7, 2), story="a"),  # same story: one source
            obs(3, 50.0, "2025-Q2", date(2025, 7, 3), story="b"),
            obs(4, 51.0, "2025-06", date(2025, 7, 3)),
        ]
    )
    assert summary(points) == [
        ("2025-06", "month", 51.0, 1, 1, False, [4]),
        ("2025-Q2", "quarter", 50.0, 2, 3, False, [1, 2, 3]),
    ]


def test_headline_is_most_sources_then_most_recent_then_smaller() -> None:
    more_sources = compute_points(
        [
            obs(1, 50.0, "2025-06", date(2025, 7, 1)),
            obs(2, 50.0, "2025-06", date(2025, 7, 2)),
            obs(3, 52.0, "2025-06", date(2025, 7, 9)),
        ]
    )
    assert summary(more_sources) == [("2025-06", "month", 50.0, 2, 3, True, [1, 2, 3])]
    assert [g.value for g in more_sources[0].values()] == [50.0, 52.0]
    most_recent = compute_points(
        [obs(1, 50.0, "2025-06", date(2025, 7, 1)), obs(2, 52.0, "2025-06", date(2025, 7, 9))]
    )
    assert summary(most_recent)[0][2:6] == (52.0, 1, 2, True)
    same_day = compute_points(
        [obs(1, 52.0, "2025-06", date(2025, 7, 1)), obs(2, 50.0, "2025-06", date(2025, 7, 1))]
    )
    assert summary(same_day)[0][2] == 50.0


def test_undated_figure_joins_the_nearest_dated_point_of_its_value() -> None:
    points = compute_points(
        [
            obs(1, 50.0, "2025-06", date(2025, 7, 1)),
            obs(2, 50.0, "2025-Q3", date(2025, 10, 1)),
            obs(3, 50.0, None, date(2025, 7, 10)),  # 10 days after June 30: joins 2025-06
            obs(4, 50.0, None, date(2025, 9, 20)),  # 10 days before Sep 30: joins 2025-Q3
            obs(5, 77.0, None, date(2025, 7, 10)),  # other value: its own point
        ]
    )
    assert summary(points) == [
        ("2025-06", "month", 50.0, 2, 2, False, [1, 3]),
        ("2025-07-10", "published", 77.0, 1, 1, False, [5]),
        ("2025-Q3", "quarter", 50.0, 2, 2, False, [2, 4]),
    ]


def test_window_is_configurable_and_inclusive() -> None:
    inputs = [obs(1, 50.0, "2025-06", date(2025, 7, 1)), obs(2, 50.0, None, date(2025, 8, 14))]
    assert len(compute_points(inputs)) == 1  # 45 days after June 30
    assert len(compute_points(inputs, window_days=44)) == 2
    outside = [obs(1, 50.0, "2025-06", date(2025, 7, 1)), obs(2, 50.0, None, date(2025, 8, 15))]
    assert [p.as_of for p in compute_points(outside)] == ["2025-06", "2025-08-15"]


def test_undated_repeats_of_one_value_form_one_point() -> None:
    points = compute_points(
        [
            obs(1, 50.0, None, date(2025, 7, 1)),
            obs(2, 50.0, None, date(2025, 7, 8)),  # a week later: same point
            obs(3, 50.0, None, date(2025, 9, 1)),  # beyond 45 days of the first: new point
            obs(4, 61.0, None, date(2025, 7, 1)),  # another value the same day: conflict
        ]
    )
    assert summary(points) == [
        ("2025-07-01", "published", 50.0, 2, 3, True, [1, 2, 4]),
        ("2025-09-01", "published", 50.0, 1, 1, False, [3]),
    ]


def test_undated_without_publication_date_uses_the_fetch_day() -> None:
    (point,) = compute_points([obs(1, 50.0, None, None)])
    assert (point.as_of, point.precision) == ("2025-12-01", "fetched")


values = st.sampled_from([50.0, 51.0, 52.0])
labels = st.sampled_from(["2025-06", "2025-Q2", "2025-07", "2025-06-15", None])
days = st.dates(min_value=date(2025, 5, 1), max_value=date(2025, 10, 1))
stories = st.sampled_from(["a", "b", "c", "d"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(values, labels, days, stories), min_size=1, max_size=12))
def test_points_do_not_depend_on_input_order(items: list[tuple]) -> None:
    inputs = [obs(i, v, label, d, story=s) for i, (v, label, d, s) in enumerate(items)]
    shuffled = inputs[:]
    random.Random(len(items)).shuffle(shuffled)
    assert summary(compute_points(inputs)) == summary(compute_points(shuffled))
    assert summary(compute_points(inputs)) == summary(compute_points(inputs[::-1]))
