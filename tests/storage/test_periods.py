"""as_of labels and the last day of their period."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.periods import as_of_end_date, parse_as_of


@pytest.mark.parametrize(
    ("label", "precision", "end"),
    [
        ("2025-06-08", "day", date(2025, 6, 8)),
        ("2024-02", "month", date(2024, 2, 29)),
        ("2025-Q1", "quarter", date(2025, 3, 31)),
        ("2025-H2", "half", date(2025, 12, 31)),
        ("2025", "year", date(2025, 12, 31)),
    ],
)
def test_period_end(label: str, precision: str, end: date) -> None:
    assert parse_as_of(label) == (precision, end)


@pytest.mark.parametrize("label", ["2025-13", "2025-Q5", "2025-H3", "Juni 2025", "2025-02-30"])
def test_invalid_labels(label: str) -> None:
    with pytest.raises(ValueError):
        parse_as_of(label)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_every_label_of_a_day_ends_on_or_after_it(day: date) -> None:
    quarter, half = (day.month - 1) // 3 + 1, (day.month - 1) // 6 + 1
    labels = [day.isoformat(), f"{day:%Y-%m}", f"{day.year}-Q{quarter}", f"{day.year}-H{half}"]
    for label in [*labels, str(day.year)]:
        end = as_of_end_date(label)
        assert end is not None
        assert end >= day
        assert end.year == day.year
        assert (end + timedelta(days=1)).day == 1 or label == day.isoformat()
    assert as_of_end_date(None) is None
