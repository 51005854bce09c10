"""Region lookup and the stored time series of one region and metric.

This first version groups identical figures (same as_of, segment and value) and lists the
articles that reported them; dedup and conflict handling will replace :func:`_group` later,
:func:`_series_query` stays the single query.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, NamedTuple

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from extract.model import PRECISIONS
from storage.db import StorageError
from storage.models import Article, Observation, Outlet, Region

NATIONAL_CODE = "ID"
TOTAL_SEGMENT = "total"  # series_rows(segment="total") selects figures without a segment
_PREFIXES = ("kabupaten ", "kota ", "provinsi ")
_PRECISION_RANK = {name: rank for rank, name in enumerate((*PRECISIONS, "published", "fetched"))}


# ---------------------------------------------------------------------------- regions


def resolve_region(session: Session, text: str) -> Region:
    """The region a code or name designates, case-insensitively.

    Accepts codes ("74.71", "72", "ID"), "Indonesia", official names with or without their
    Kabupaten/Kota/Provinsi prefix, and (when extract.regions is available) press short forms.
    Raises StorageError for unknown or ambiguous names (listing the candidates).
    """
    wanted = " ".join(text.split()).casefold()
    if wanted in ("id", "indonesia"):
        return national_region()
    by_code = session.get(Region, wanted.upper()) if wanted else None
    if by_code is not None:
        return by_code
    regions = session.scalars(select(Region).order_by(Region.code)).all()
    found = _match_name(wanted, regions, text) if wanted else None
    if found is None:
        found = _resolve_with_extract(session, text)
    if found is None:
        raise StorageError(f"unknown region {text!r}")
    return found


def national_region() -> Region:
    """A transient (never stored) Region row for Indonesia as a whole."""
    return Region(code=NATIONAL_CODE, name="Indonesia", level="country", parent_code=None)


def _bare(name: str) -> str:
    folded = name.casefold()
    for prefix in _PREFIXES:
        if folded.startswith(prefix):
            return folded.removeprefix(prefix)
    return folded


def _match_name(wanted: str, regions: Sequence[Region], text: str) -> Region | None:
    exact = [region for region in regions if region.name.casefold() == wanted]
    if not exact and wanted.startswith("provinsi "):
        bare = wanted.removeprefix("provinsi ")
        exact = [r for r in regions if r.level == "province" and r.name.casefold() == bare]
    if len(exact) == 1:
        return exact[0]
    candidates = exact or [region for region in regions if _bare(region.name) == _bare(wanted)]
    if len(candidates) > 1:
        listed = ", ".join(f"{region.name} ({region.code})" for region in candidates)
        raise StorageError(f"ambiguous region {text.strip()!r}: one of {listed}")
    return candidates[0] if candidates else None


def _resolve_with_extract(session: Session, text: str) -> Region | None:
    try:
        from extract.regions import resolve_region_name
    except ImportError:
        return None
    found: Any = resolve_region_name(text)
    if found is None:
        return None
    if found.code == NATIONAL_CODE:
        return national_region()
    return session.get(Region, found.code)


# ---------------------------------------------------------------------------- series


class SeriesSource(NamedTuple):
    url: str
    title: str | None
    outlet_key: str
    published_at: datetime | None


@dataclass(slots=True)
class SeriesRow:
    as_of: str  # the as_of label, or the publication date for undated figures
    as_of_date: date
    precision: str  # day|month|quarter|half|year, or "published"/"fetched" for undated figures
    region_code: str
    region_name: str | None
    metric: str
    segment: str | None
    value: float
    unit: str
    sources: list[SeriesSource] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready values (dates as ISO strings, sources as dicts)."""
        return {
            "as_of": self.as_of,
            "as_of_date": self.as_of_date.isoformat(),
            "precision": self.precision,
            "region_code": self.region_code,
            "region_name": self.region_name,
            "metric": self.metric,
            "segment": self.segment,
            "value": self.value,
            "unit": self.unit,
            "flags": list(self.flags),
            "sources": [
                {
                    "url": source.url,
                    "title": source.title,
                    "outlet_key": source.outlet_key,
                    "published_at": source.published_at.isoformat()
                    if source.published_at
                    else None,
                }
                for source in self.sources
            ],
        }


def series_keys(session: Session) -> list[tuple[str, str, str]]:
    """Every stored (region_code, region_name, metric) with a region code, in code order."""
    query = (
        select(
            Observation.region_code,
            Observation.metric,
            Region.name,
            func.min(Observation.region_name),
        )
        .outerjoin(Region, Region.code == Observation.region_code)
        .where(Observation.region_code.is_not(None))
        .group_by(Observation.region_code, Observation.metric, Region.name)
        .order_by(Observation.region_code, Observation.metric)
    )
    keys: list[tuple[str, str, str]] = []
    for code, metric, official, stated in session.execute(query):
        assert code is not None
        name = official or ("Indonesia" if code == NATIONAL_CODE else stated) or code
        keys.append((code, name, metric))
    return keys


def series_rows(
    session: Session,
    region_code: str,
    metric: str,
    segment: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[SeriesRow]:
    """Stored figures of a region and metric in date order, identical figures grouped.

    ``segment=None`` returns every segment, ``segment="total"`` the figures without one.
    Figures without ``as_of`` are dated by their article's publication date (precision
    "published"; "fetched" if the page had no date). ``since``/``until`` are inclusive.
    """
    query = _series_query(region_code, metric, segment, since, until)
    dated = (_dated(row) for row in session.execute(query))
    kept = [item for item in dated if _within(item[0], since, until)]
    return _group(kept)


_SeriesSelect = Select[Observation, str, str | None, str, datetime | None, int | None, datetime]


def _series_query(
    region_code: str, metric: str, segment: str | None, since: date | None, until: date | None
) -> _SeriesSelect:
    query = (
        select(
            Observation,
            Article.canonical_url,
            Article.title,
            Outlet.key,
            Article.published_at,
            Article.published_utc_offset_minutes,
            Article.fetched_at,
        )
        .join(Observation.article)
        .join(Article.outlet)
        .where(Observation.region_code == region_code, Observation.metric == metric)
        .order_by(Observation.as_of_date, Article.published_at, Observation.id)
    )
    if segment == TOTAL_SEGMENT:
        query = query.where(Observation.segment.is_(None))
    elif segment is not None:
        query = query.where(Observation.segment == segment)
    if since is not None:
        query = query.where(or_(Observation.as_of_date.is_(None), Observation.as_of_date >= since))
    if until is not None:
        query = query.where(or_(Observation.as_of_date.is_(None), Observation.as_of_date <= until))
    return query


_Dated = tuple[date, str, str, Observation, SeriesSource]


def _dated(row: Any) -> _Dated:
    observation, url, title, outlet_key, published_at, offset_minutes, fetched_at = row
    source = SeriesSource(url, title, outlet_key, published_at)
    if observation.as_of is not None and observation.as_of_date is not None:
        precision = observation.as_of_precision or "day"
        return observation.as_of_date, observation.as_of, precision, observation, source
    if published_at is not None:
        local = published_at.astimezone(timezone(timedelta(minutes=offset_minutes or 0)))
        return local.date(), local.date().isoformat(), "published", observation, source
    day = fetched_at.date()
    return day, day.isoformat(), "fetched", observation, source


def _within(day: date, since: date | None, until: date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def _group(items: Iterable[_Dated]) -> list[SeriesRow]:
    rows: dict[tuple[str, str, str | None, float], SeriesRow] = {}
    for day, label, precision, observation, source in items:
        key = (label, precision, observation.segment, observation.value)
        row = rows.get(key)
        if row is None:
            row = rows[key] = SeriesRow(
                as_of=label,
                as_of_date=day,
                precision=precision,
                region_code=observation.region_code or "",
                region_name=observation.region_name,
                metric=observation.metric,
                segment=observation.segment,
                value=observation.value,
                unit=observation.unit,
            )
        if source not in row.sources:
            row.sources.append(source)
        row.flags = sorted(set(row.flags).union(observation.flags or []))
    return sorted(rows.values(), key=_row_order)


def _row_order(row: SeriesRow) -> tuple[date, int, str, float]:
    return row.as_of_date, _PRECISION_RANK.get(row.precision, 99), row.segment or "", row.value


# ---------------------------------------------------------------------------- display


def _format_value(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{value:.2f}%"
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def _format_sources(sources: Sequence[SeriesSource]) -> str:
    outlets = list(dict.fromkeys(source.outlet_key for source in sources))
    return f"{len(sources)}: {', '.join(outlets)}"


def format_series_table(rows: Sequence[SeriesRow]) -> str:
    """A fixed-width table (as of, until, segment, value, flags, sources) for the terminal."""
    if not rows:
        return "(no figures)"
    header = ("as of", "until", "segment", "value", "flags", "sources")
    body = [
        (
            row.as_of if row.precision not in ("published", "fetched") else f"~{row.as_of}",
            row.as_of_date.isoformat(),
            row.segment or "-",
            _format_value(row.value, row.unit),
            ",".join(row.flags) or "-",
            _format_sources(row.sources),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in (header, *body)) for i in range(len(header))]
    right = {3}  # values align right

    def render(cells: Sequence[str]) -> str:
        padded = (
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(cells)
        )
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([render(header), rule, *(render(line) for line in body)])
