"""Consistency checks on the figures of one article. Flagged figures are kept, only marked.

Flags:

* ``segments_exceed_total``: the PU/BPU/JAKON/PMI figures of a region, metric and date (the
  largest of each segment) sum to more than the stated total (by more than 1 %).
* ``pct_mismatch``: a coverage percentage differs by more than one point from every active count
  divided by every labour force of the same region and date (it agrees with none of them).
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
        # the largest figure of each segment: a second one of the same segment is a part of it
        # ("52.000 pekerja rentan" beside "174.700 pekerja bukan penerima upah")
        largest: dict[str, float] = {}
        for p in parts:
            largest[p.segment or ""] = max(largest.get(p.segment or "", 0.0), float(p.value))
        if not totals or len(largest) < 2:
            continue
        total = max(float(t.value) for t in totals)
        if sum(largest.values()) > total * 1.01:
            for f in (*totals, *parts):
                _flag(f, "segments_exceed_total")


def _check_percentages(figures: list[Figure]) -> None:
    # every unsegmented active count and labour force of a region and date: an article may
    # state several (a subgroup's count, last year's), and the percentage is consistent when
    # one pair of them gives it
    counts: dict[tuple[object, ...], dict[str, list[float]]] = defaultdict(
        lambda: {"active_participants": [], "labor_force": []}
    )
    for f in figures:
        if f.segment is None and f.metric in ("active_participants", "labor_force"):
            counts[_key(f)][f.metric].append(float(f.value))
    for f in figures:
        if f.metric != "coverage_pct":
            continue
        if float(f.value) > 100:
            _flag(f, "coverage_over_100")
        if f.segment is not None or _key(f) not in counts:
            continue
        group = counts[_key(f)]
        pairs = [
            (a, n) for a in group["active_participants"] for n in group["labor_force"] if n > 0
        ]
        if pairs and all(abs(100.0 * a / n - float(f.value)) > 1.0 for a, n in pairs):
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
