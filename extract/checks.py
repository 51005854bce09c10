"""Consistency checks on the figures of one article. Flagged figures are kept, only marked.

Flags:

* ``segments_exceed_total``: the PU/BPU/JAKON/PMI figures of a region, metric and date sum to
  more than the stated total (by more than 1 %).
* ``pct_mismatch``: a coverage percentage differs by more than one point from the active count
  divided by the labour force of the same region and date.
* ``coverage_over_100``: a coverage percentage above 100.
* ``exceeds_workforce``: a count larger than the plausible workforce of its region. There is no
  population data in the project, so the ceiling is a documented heuristic by level: 150 million
  for Indonesia, 30 million for a province, 5 million for a regency or city, 60 million for an
  area that is not one region (the largest island group).
"""

from __future__ import annotations

from collections import defaultdict

from extract.model import Figure
from extract.regions import region_by_code

__all__ = ["WORKFORCE_CEILING", "apply_checks"]

WORKFORCE_CEILING = {
    "country": 150_000_000,
    "province": 30_000_000,
    "regency": 5_000_000,
    "city": 5_000_000,
    "area": 60_000_000,
}


def _key(f: Figure) -> tuple[str | None, str | None, str | None]:
    return f.region_code, f.region_name, f.as_of


def _flag(f: Figure, flag: str) -> None:
    if flag not in f.flags:
        f.flags.append(flag)


def _check_segments(figures: list[Figure]) -> None:
    groups: dict[tuple[object, ...], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.unit != "percent":
            groups[(*_key(f), f.metric)].append(f)
    for items in groups.values():
        totals = [f for f in items if f.segment is None]
        parts = [f for f in items if f.segment is not None]
        if not totals or len(parts) < 2:
            continue
        total = max(float(t.value) for t in totals)
        if sum(float(p.value) for p in parts) > total * 1.01:
            for f in (*totals, *parts):
                _flag(f, "segments_exceed_total")


def _check_percentages(figures: list[Figure]) -> None:
    by_key: dict[tuple[object, ...], dict[str, Figure]] = defaultdict(dict)
    for f in figures:
        if f.segment is None:
            by_key[_key(f)].setdefault(f.metric, f)
    for f in figures:
        if f.metric != "coverage_pct":
            continue
        if float(f.value) > 100:
            _flag(f, "coverage_over_100")
        group = by_key.get(_key(f), {})
        active, labor = group.get("active_participants"), group.get("labor_force")
        if f.segment is None and active and labor and float(labor.value) > 0:
            computed = 100.0 * float(active.value) / float(labor.value)
            if abs(computed - float(f.value)) > 1.0:
                _flag(f, "pct_mismatch")


def _ceiling(f: Figure) -> int:
    if f.region_code is None:
        return WORKFORCE_CEILING["area"]
    region = region_by_code(f.region_code)
    level = region.level if region else "area"
    return WORKFORCE_CEILING.get(level, WORKFORCE_CEILING["area"])


def apply_checks(figures: list[Figure]) -> list[Figure]:
    """Add flags to ``figures`` in place and return them."""
    # each check is skipped when it has nothing to compare: fewer than two segment counts, or
    # no coverage percentage
    if sum(f.segment is not None and f.unit != "percent" for f in figures) >= 2:
        _check_segments(figures)
    if any(f.metric == "coverage_pct" for f in figures):
        _check_percentages(figures)
    for f in figures:
        if f.unit == "persons" and float(f.value) > _ceiling(f):
            _flag(f, "exceeds_workforce")
    return figures
