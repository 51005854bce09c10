"""Repeats and totals among the figures of one article.

A figure stated twice (headline and body, or repeated in a quote) is kept once; a headline's
rounded figure ("49 ribu", "capai 70 persen") goes when the body states it precisely; an
unsegmented figure equal to a segmented one goes; a total equal to active + inactive of the same
place and date becomes a registered total.
"""

from __future__ import annotations

import bisect
import re

from extract.model import Figure

__all__ = ["dedupe", "headline_spans", "relabel_registered"]


_LINE = re.compile(r"[^\n]+")


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Title-like lines: short and without a closing full stop."""
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        # (a line shorter than 160 is so once stripped: it is only stripped when longer)
        if line.rstrip().endswith((".", '"', "”")):
            continue
        if len(line) < 160 or len(line.strip()) < 160:
            out.append(m.span())
    return out


def dedupe(figures: list[Figure], headlines: list[tuple[int, int]]) -> list[Figure]:
    """One figure per (region, metric, segment, value); rounded and unsegmented repeats go."""
    seen: dict[tuple[object, ...], Figure] = {}
    in_body: set[int] = set()
    for f in figures:
        key = (f.region_code, f.region_name, f.metric, f.segment, f.value)
        if not any(s <= f.start < e for s, e in headlines):
            in_body.add(id(seen.get(key, f)))
        if key in seen:
            if seen[key].as_of is None and f.as_of is not None:
                seen[key].as_of, seen[key].as_of_precision = f.as_of, f.as_of_precision
            continue
        seen[key] = f
    kept = list(seen.values())
    # each figure is compared with the others of its region and metric, in order
    peers: dict[tuple[str | None, str], list[Figure]] = {}
    for f in kept:
        peers.setdefault((f.region_code, f.metric), []).append(f)
    return [
        f for f in kept if not _is_repeat(f, peers[(f.region_code, f.metric)], id(f) not in in_body)
    ]


def _is_repeat(f: Figure, kept: list[Figure], headline_only: bool) -> bool:
    for g in kept:
        if g is f or g.region_code != f.region_code or g.metric != f.metric:
            continue
        if g.value == f.value and f.segment is None and g.segment is not None:
            return True
        same_seg = g.segment == f.segment
        if same_seg and f.unit == "percent" and _truncated_pct(f.value, g.value):
            return True
        if headline_only and g.segment == f.segment and f.unit != "percent" and _rounded_from(f, g):
            return True
    return False


def _truncated_pct(short: float, full: float) -> bool:
    """ "70 persen" in a headline for "70,86 persen" in the body."""
    return float(short).is_integer() and not float(full).is_integer() and int(full) == int(short)


def _sig_digits(value: int) -> int:
    return len(str(abs(value)).rstrip("0")) or 1


def _rounded_from(f: Figure, g: Figure) -> bool:
    """``f`` is a headline rounding of ``g`` ("49 ribu" for 49.397; "41 juta" for 41,56 juta)."""
    fv, gv = int(f.value), int(g.value)
    if fv == gv or fv <= 0 or gv <= 0 or (f.as_of and g.as_of and f.as_of != g.as_of):
        return False
    digits = _sig_digits(fv)
    if digits >= _sig_digits(gv):
        return False
    scale = 10 ** (len(str(gv)) - digits)
    return fv in ((gv // scale) * scale, round(gv / scale) * scale)


def relabel_registered(figures: list[Figure]) -> None:
    """A total that equals active + inactive of the same place and date is a registered total."""
    if not any(f.metric == "inactive_participants" for f in figures):
        return  # (no frame has an inactive count)
    frames: dict[tuple[object, ...], tuple[list[Figure], list[float]]] = {}
    for f in figures:
        actives, inactives = frames.setdefault(_frame(f), ([], []))
        if f.metric == "active_participants":
            actives.append(f)
        elif f.metric == "inactive_participants":
            inactives.append(float(f.value))
    for actives, inactives in frames.values():
        if not inactives or len(actives) < 2:
            continue
        values = sorted(float(a.value) for a in actives)
        for total in actives:
            t = float(total.value)
            if any(_has_near(values, t - i, 0.01 * t, exclude=t) for i in inactives):
                total.metric = "registered_participants"


def _has_near(values: list[float], target: float, tolerance: float, exclude: float) -> bool:
    """Whether sorted ``values`` hold one within ``tolerance`` of ``target`` (not ``exclude``)."""
    lo = bisect.bisect_left(values, target - tolerance)
    hi = bisect.bisect_right(values, target + tolerance)
    return any(v != exclude for v in values[lo:hi])


def _frame(f: Figure) -> tuple[object, ...]:
    return (f.region_code, f.region_name, f.segment, f.as_of)
