"""The ``as_of`` period labels figures carry, and the last day of each period."""

from __future__ import annotations

import calendar
import re
from datetime import date

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("day", re.compile(r"(\d{4})-(\d{2})-(\d{2})")),
    ("month", re.compile(r"(\d{4})-(\d{2})")),
    ("quarter", re.compile(r"(\d{4})-Q([1-4])")),
    ("half", re.compile(r"(\d{4})-H([12])")),
    ("year", re.compile(r"(\d{4})")),
)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_as_of(label: str) -> tuple[str, date]:
    """Return ``(precision, last day of the period)`` for an ``as_of`` label.

    ``2025-06-08`` -> day, 2025-06-08; ``2025-06`` -> month, 2025-06-30; ``2025-Q2`` -> quarter,
    2025-06-30; ``2025-H1`` -> half, 2025-06-30; ``2025`` -> year, 2025-12-31.
    Raises ValueError for anything else.
    """
    for precision, pattern in _PATTERNS:
        match = pattern.fullmatch(label)
        if match is not None:
            return precision, _period_end(precision, [int(group) for group in match.groups()])
    raise ValueError(f"invalid as_of label {label!r}")


def _period_end(precision: str, parts: list[int]) -> date:
    year, rest = parts[0], parts[1:]
    if precision == "day":
        return date(year, rest[0], rest[1])
    months_per_part = {"month": 1, "quarter": 3, "half": 6, "year": 12}[precision]
    last_month = (rest[0] if rest else 1) * months_per_part
    if not 1 <= last_month <= 12:
        raise ValueError(f"invalid month {last_month} in {precision} label")
    return _month_end(year, last_month)


def as_of_end_date(label: str | None) -> date | None:
    """The last day of the ``as_of`` period, None when the label is None."""
    return None if label is None else parse_as_of(label)[1]
