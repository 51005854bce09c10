"""Region lookup and the stored time series of one region and metric.

Series read the precomputed ``series_points`` (see :mod:`storage.points` for the rules: one
point per region, metric, segment and period, independent sources, conflicts, undated figures)
and the articles linked to each point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from extract.model import PRECISIONS
from storage.db import StorageError
from storage.models import (
    Article,
    Observation,
    Outlet,
    Region,
    SeriesPoint,
    SeriesPointObservation,
)

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
    """One article behind a point, with the value it states."""

    url: str
    title: str | None
    outlet_key: str
    published_at: datetime | None
    value: float | None = None
    story_key: str | None = None
    evidence: str | None = None
    headline: bool = True


@dataclass(slots=True)
class SeriesValue:
    """One value stated at a point: how many independent sources and articles state it."""

    value: float
    unit: str
    sources: int
    articles: int
    headline: bool


@dataclass(slots=True)
class SeriesRow:
    as_of: str  # the as_of label, or the publication date for undated figures
    as_of_date: date
    precision: str  # day|month|quarter|half|year, or "published"/"fetched" for undated figures
    region_code: str
    region_name: str | None
    metric: str
    segment: str | None
    value: float  # the headline value (see storage.points)
    unit: str
    sources: list[SeriesSource] = field(default_factory=list)  # every linked article
    flags: list[str] = field(default_factory=list)
    n_sources: int = 0  # independent sources (story clusters) of the headline value
    articles: int = 0  # articles linked to the point, whatever value they state
    conflict: bool = False
    values: list[SeriesValue] = field(default_factory=list)  # headline first

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
            "n_sources": self.n_sources,
            "articles": self.articles,
            "conflict": self.conflict,
            "flags": list(self.flags),
            "values": [
                {
                    "value": item.value,
                    "unit": item.unit,
                    "sources": item.sources,
                    "articles": item.articles,
                    "headline": item.headline,
                }
                for item in self.values
            ],
            "sources": [
                {
                    "url": source.url,
                    "title": source.title,
                    "outlet_key": source.outlet_key,
                    "published_at": source.published_at.isoformat()
                    if source.published_at
                    else None,
                    "value": source.value,
                    "story_key": source.story_key,
                    "evidence": source.evidence,
                    "headline": source.headline,
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


def points_query(
    region_code: str,
    metric: str,
    segment: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Select[SeriesPoint, str | None]:
    """The points of one series (``segment=None``: every segment; ``"total"``: none)."""
    query = (
        select(SeriesPoint, Region.name)
        .outerjoin(Region, Region.code == SeriesPoint.region_code)
        .where(SeriesPoint.region_code == region_code, SeriesPoint.metric == metric)
        .order_by(SeriesPoint.as_of_date, SeriesPoint.segment, SeriesPoint.id)
        # points are rewritten with Core upserts: never trust rows cached in the session
        .execution_options(populate_existing=True)
    )
    if segment == TOTAL_SEGMENT:
        query = query.where(SeriesPoint.segment.is_(None))
    elif segment is not None:
        query = query.where(SeriesPoint.segment == segment)
    if since is not None:
        query = query.where(SeriesPoint.as_of_date >= since)
    if until is not None:
        query = query.where(SeriesPoint.as_of_date <= until)
    return query


def series_rows(
    session: Session,
    region_code: str,
    metric: str,
    segment: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[SeriesRow]:
    """The points of a region and metric in date order, each with its sources and values.

    ``segment=None`` returns every segment, ``segment="total"`` the figures without one.
    Undated figures are placed as :mod:`storage.points` says (precision "published" or
    "fetched" when they stand alone). ``since``/``until`` (inclusive) apply to the point date.
    """
    points = session.execute(points_query(region_code, metric, segment, since, until)).all()
    links = _links(session, [point.id for point, _ in points])
    rows = [_row(point, official, links.get(point.id, [])) for point, official in points]
    return sorted(rows, key=_row_order)


_Link = tuple[SeriesSource, str, str | None]  # source, unit, stated region name


def _links(session: Session, point_ids: list[int]) -> dict[int, list[_Link]]:
    found: dict[int, list[_Link]] = {}
    for start in range(0, len(point_ids), 500):
        query = (
            select(
                SeriesPointObservation.point_id,
                SeriesPointObservation.headline,
                Observation.value,
                Observation.unit,
                Observation.evidence,
                Observation.region_name,
                Article.canonical_url,
                Article.title,
                Article.published_at,
                Article.published_utc_offset_minutes,
                Article.story_key,
                Outlet.key,
            )
            .join(Observation, Observation.id == SeriesPointObservation.observation_id)
            .join(Article, Article.id == Observation.article_id)
            .join(Outlet, Outlet.id == Article.outlet_id)
            .where(SeriesPointObservation.point_id.in_(point_ids[start : start + 500]))
        )
        for row in session.execute(query):
            source = SeriesSource(
                row.canonical_url,
                row.title,
                row.key,
                _local(row.published_at, row.published_utc_offset_minutes),
                row.value,
                row.story_key,
                row.evidence,
                bool(row.headline),
            )
            found.setdefault(row.point_id, []).append((source, row.unit, row.region_name))
    return found


def _local(published_at: datetime | None, offset_minutes: int | None) -> datetime | None:
    """The publication time in the page's own UTC offset: the day a reader of the outlet saw."""
    if published_at is None or offset_minutes is None:
        return published_at
    return published_at.astimezone(timezone(timedelta(minutes=offset_minutes)))


def _source_order(link: _Link) -> tuple[bool, datetime, str, str]:
    source = link[0]
    published = source.published_at or datetime.max.replace(tzinfo=UTC)
    return (not source.headline, published, source.url, source.evidence or "")


def _row(point: SeriesPoint, official: str | None, links: list[_Link]) -> SeriesRow:
    links = sorted(links, key=_source_order)
    sources = list(dict.fromkeys(link[0] for link in links))
    stated = next((name for _, _, name in links if name), None)
    by_value: dict[tuple[float, str], list[SeriesSource]] = {}
    for source, unit, _ in links:
        by_value.setdefault((source.value or 0.0, unit), []).append(source)
    values = [
        SeriesValue(
            value=value,
            unit=unit,
            sources=len({s.story_key for s in group}),
            articles=len({s.url for s in group}),
            headline=(value, unit) == (point.value, point.unit),
        )
        for (value, unit), group in by_value.items()
    ]
    values.sort(key=lambda item: (not item.headline, -item.sources, item.value))
    name = official or ("Indonesia" if point.region_code == NATIONAL_CODE else stated)
    return SeriesRow(
        as_of=point.as_of,
        as_of_date=point.as_of_date,
        precision=point.as_of_precision,
        region_code=point.region_code,
        region_name=name,
        metric=point.metric,
        segment=point.segment,
        value=point.value,
        unit=point.unit,
        sources=sources,
        flags=list(point.flags or []),
        n_sources=point.sources,
        articles=point.articles,
        conflict=bool(point.conflict),
        values=values,
    )


def _row_order(row: SeriesRow) -> tuple[date, int, str, float]:
    return row.as_of_date, _PRECISION_RANK.get(row.precision, 99), row.segment or "", row.value


# ---------------------------------------------------------------------------- display


def format_value(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{value:.2f}%"
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def _format_sources(row: SeriesRow, refs: dict[str, int]) -> str:
    headline = [source for source in row.sources if source.headline] or row.sources
    outlets = list(dict.fromkeys(source.outlet_key for source in headline))
    count = str(row.n_sources or len(headline))
    headline_articles = len({source.url for source in headline})
    if headline_articles != int(count):
        count += f" ({headline_articles} articles)"
    numbers = sorted({refs[source.url] for source in row.sources})
    return f"{count}: {', '.join(outlets)} [{','.join(map(str, numbers))}]"


def _references(rows: Sequence[SeriesRow]) -> dict[str, int]:
    """A number per article, in order of first appearance in the table."""
    refs: dict[str, int] = {}
    for row in rows:
        for source in row.sources:
            refs.setdefault(source.url, len(refs) + 1)
    return refs


def _format_reference(number: int, source: SeriesSource) -> str:
    day = source.published_at.date().isoformat() if source.published_at else "undated"
    return f"[{number}] {day} {source.outlet_key}: {source.title or '(no title)'} <{source.url}>"


def _format_others(row: SeriesRow) -> str:
    others = [item for item in row.values if not item.headline]
    return "; ".join(
        f"{format_value(item.value, item.unit)} ({item.sources} src)" for item in others
    )


def format_series_table(rows: Sequence[SeriesRow]) -> str:
    """A fixed-width table for the terminal: as of ("~" marks a publication date), until,
    segment, headline value ("!" marks a conflict), flags, sources (independent sources, then
    articles when more, the outlets of the headline value and reference numbers) and, when any
    point is in conflict, the other values stated with their source counts; then the numbered
    articles (date, outlet, title, URL)."""
    if not rows:
        return "(no figures)"
    refs = _references(rows)
    conflicts = any(row.conflict for row in rows)
    header: tuple[str, ...] = ("as of", "until", "segment", "value", "flags", "sources")
    if conflicts:
        header = (*header, "conflicting values")
    body = [
        (
            row.as_of if row.precision not in ("published", "fetched") else f"~{row.as_of}",
            row.as_of_date.isoformat(),
            row.segment or "-",
            format_value(row.value, row.unit) + (" !" if row.conflict else ""),
            ",".join(row.flags) or "-",
            _format_sources(row, refs),
            *((_format_others(row),) if conflicts else ()),
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
    sources = {source.url: source for row in rows for source in row.sources}
    references = [_format_reference(number, sources[url]) for url, number in refs.items()]
    return "\n".join([render(header), rule, *(render(line) for line in body), "", *references])
