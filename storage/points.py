"""Series points: one point per (region, metric, segment, as_of period), recomputed from the
stored observations whenever articles are stored.

Rules (also in README "Series, sources and conflicts"):

1. A dated figure (``as_of`` set) belongs to the point of its ``as_of`` label: ``2025-06`` and
   ``2025-Q2`` are different periods and different points, even though both end 2025-06-30.
2. An undated figure sits at its article's local publication date (precision "published";
   "fetched" when the page had no date). If a dated point within ``window`` days (default 45,
   either side) states the same value and unit, the figure joins that point instead (the
   closest one; ties go to the earlier date, then the finer precision). Otherwise undated
   figures of the same value form one point dated at the first publication, absorbing repeats
   published within ``window`` days of it.
3. Sources: articles of one story cluster (``articles.story_key``, see :mod:`storage.dedup`) are
   one independent source. ``sources`` counts the clusters behind the headline value.
4. Several values at one point are a conflict: every value is kept with its observations, the
   point is marked, and the headline value is the one with the most independent sources, then
   the most recently published report, then the smaller value.

Everything is computed from the set of observations and story keys alone (no ids, no fetch
times, no ingest order), so storing the same articles again, or in another order, gives the
same points. Writers serialize on :func:`lock_series` (a PostgreSQL advisory lock; SQLite
serializes writers itself), and ``series_points.point_key`` is unique, so concurrent writers
never duplicate a point.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session

from extract.model import PRECISIONS
from storage.models import Article, Observation, SeriesPoint, SeriesPointObservation

DEFAULT_WINDOW_DAYS = 45
PRECISION_RANK = {name: rank for rank, name in enumerate((*PRECISIONS, "published", "fetched"))}
_LOCK_ID = 0x70616E746175  # "pantau"

SeriesKey = tuple[str, str, str | None]  # region_code, metric, segment


@dataclass(frozen=True, slots=True)
class PointInput:
    """What the point rules need of one observation."""

    observation_id: int
    article_id: int
    value: float
    unit: str
    as_of: str | None
    as_of_precision: str | None
    as_of_date: date | None
    published_at: datetime | None
    published_utc_offset_minutes: int | None
    fetched_at: datetime
    story_key: str
    flags: tuple[str, ...] = ()

    def report_day(self) -> tuple[date, str]:
        """Local publication day (or fetch day) and the precision naming it."""
        if self.published_at is not None:
            offset = timezone(timedelta(minutes=self.published_utc_offset_minutes or 0))
            return self.published_at.astimezone(offset).date(), "published"
        return self.fetched_at.date(), "fetched"


@dataclass(slots=True)
class ValueGroup:
    value: float
    unit: str
    members: list[PointInput] = field(default_factory=list)

    @property
    def sources(self) -> int:
        return len({member.story_key for member in self.members})

    @property
    def latest(self) -> datetime | None:
        dates = [m.published_at for m in self.members if m.published_at is not None]
        return max(dates) if dates else None


@dataclass(slots=True)
class ComputedPoint:
    as_of: str
    as_of_date: date
    precision: str
    members: list[PointInput] = field(default_factory=list)

    def values(self) -> list[ValueGroup]:
        """Value groups, headline first (most sources, most recent report, smaller value)."""
        groups: dict[tuple[float, str], ValueGroup] = {}
        for member in self.members:
            key = (member.value, member.unit)
            groups.setdefault(key, ValueGroup(member.value, member.unit)).members.append(member)
        return sorted(groups.values(), key=_headline_order)

    def row(self, key: SeriesKey) -> dict:
        region_code, metric, segment = key
        values = self.values()
        head = values[0]
        flags = sorted({flag for member in head.members for flag in member.flags})
        return {
            "point_key": point_key(key, self.as_of, self.precision),
            "region_code": region_code,
            "metric": metric,
            "segment": segment,
            "as_of": self.as_of,
            "as_of_date": self.as_of_date,
            "as_of_precision": self.precision,
            "value": head.value,
            "unit": head.unit,
            "sources": head.sources,
            "total_sources": len({member.story_key for member in self.members}),
            "articles": len({member.article_id for member in self.members}),
            "values_count": len(values),
            "conflict": len(values) > 1,
            "flags": flags,
        }


def _headline_order(group: ValueGroup) -> tuple[int, float, float]:
    latest = group.latest
    return (-group.sources, -(latest.timestamp() if latest else float("-inf")), group.value)


def point_key(key: SeriesKey, as_of: str, precision: str) -> str:
    encoded = json.dumps([*key, as_of, precision], ensure_ascii=False).encode("utf-8")
    return hashlib.blake2b(encoded, digest_size=20).hexdigest()


def compute_points(
    inputs: Iterable[PointInput], window_days: int = DEFAULT_WINDOW_DAYS
) -> list[ComputedPoint]:
    """The points of one series key, in date order (see the module rules)."""
    window = timedelta(days=window_days)
    points: dict[tuple[str, str], ComputedPoint] = {}
    undated: list[PointInput] = []
    for item in inputs:
        if item.as_of is None or item.as_of_date is None:
            undated.append(item)
            continue
        precision = item.as_of_precision or "day"
        point = points.setdefault(
            (item.as_of, precision), ComputedPoint(item.as_of, item.as_of_date, precision)
        )
        point.members.append(item)
    dated = sorted(points.values(), key=_point_order)
    by_value: dict[tuple[float, str], list[ComputedPoint]] = defaultdict(list)
    for point in dated:
        for value_key in {(m.value, m.unit) for m in point.members}:
            by_value[value_key].append(point)
    loose: dict[tuple[float, str], list[tuple[date, str, PointInput]]] = defaultdict(list)
    for item in undated:
        day, precision = item.report_day()
        same_value = by_value.get((item.value, item.unit), [])
        near = [p for p in same_value if abs(p.as_of_date - day) <= window]
        if near:
            best = min(near, key=lambda p: (abs(p.as_of_date - day), *_point_order(p)))
            best.members.append(item)
        else:
            loose[(item.value, item.unit)].append((day, precision, item))
    for entries in loose.values():
        entries.sort(key=lambda entry: (entry[0], PRECISION_RANK[entry[1]], entry[2].story_key))
        start: ComputedPoint | None = None
        for day, precision, item in entries:
            if start is None or day - start.as_of_date > window:
                label = (day.isoformat(), precision)
                start = points.get(label) or ComputedPoint(label[0], day, precision)
                points[label] = start
            start.members.append(item)
    result = sorted(points.values(), key=_point_order)
    for point in result:
        point.members.sort(key=lambda m: (m.value, m.story_key, m.observation_id))
    return result


def _point_order(point: ComputedPoint) -> tuple[date, int, str]:
    return point.as_of_date, PRECISION_RANK.get(point.precision, 99), point.as_of


# ---------------------------------------------------------------------------- database


def lock_series(session: Session) -> None:
    """Serialize writers of articles, stories and points for the current transaction.

    PostgreSQL: a transaction-level advisory lock (released at commit/rollback). SQLite allows
    one writer at a time anyway; the caller's first statement there is a write.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})


def keys_of_articles(session: Session, article_ids: Iterable[int]) -> set[SeriesKey]:
    """The series keys the observations of these articles belong to."""
    ids = sorted(set(article_ids))
    keys: set[SeriesKey] = set()
    for start in range(0, len(ids), 500):
        query = (
            select(Observation.region_code, Observation.metric, Observation.segment)
            .where(
                Observation.article_id.in_(ids[start : start + 500]),
                Observation.region_code.is_not(None),
            )
            .distinct()
        )
        keys.update((str(code), metric, seg) for code, metric, seg in session.execute(query))
    return keys


def _inputs(session: Session, key: SeriesKey) -> list[PointInput]:
    region_code, metric, segment = key
    segment_clause = (
        Observation.segment.is_(None) if segment is None else Observation.segment == segment
    )
    query = (
        select(
            Observation.id,
            Observation.article_id,
            Observation.value,
            Observation.unit,
            Observation.as_of,
            Observation.as_of_precision,
            Observation.as_of_date,
            Observation.flags,
            Article.published_at,
            Article.published_utc_offset_minutes,
            Article.fetched_at,
            Article.story_key,
        )
        .join(Observation.article)
        .where(Observation.region_code == region_code, Observation.metric == metric)
        .where(segment_clause)
    )
    return [
        PointInput(
            observation_id=row.id,
            article_id=row.article_id,
            value=row.value,
            unit=row.unit,
            as_of=row.as_of,
            as_of_precision=row.as_of_precision,
            as_of_date=row.as_of_date,
            published_at=row.published_at,
            published_utc_offset_minutes=row.published_utc_offset_minutes,
            fetched_at=row.fetched_at,
            story_key=row.story_key,
            flags=tuple(row.flags or ()),
        )
        for row in session.execute(query)
    ]


def refresh_points(
    session: Session, keys: Iterable[SeriesKey], window_days: int = DEFAULT_WINDOW_DAYS
) -> int:
    """Recompute the points of these series keys from their observations; return how many
    points the keys have now. Runs in the caller's transaction (call :func:`lock_series`
    first when other processes may write)."""
    total = 0
    for key in sorted(keys, key=lambda k: (k[0], k[1], k[2] or "")):
        total += _refresh_key(session, key, window_days)
    return total


def _refresh_key(session: Session, key: SeriesKey, window_days: int) -> int:
    from storage.articles import insert_for

    region_code, metric, segment = key
    computed = compute_points(_inputs(session, key), window_days)
    segment_clause = (
        SeriesPoint.segment.is_(None) if segment is None else SeriesPoint.segment == segment
    )
    existing: dict[str, int] = {
        pkey: point_id
        for pkey, point_id in session.execute(
            select(SeriesPoint.point_key, SeriesPoint.id).where(
                SeriesPoint.region_code == region_code, SeriesPoint.metric == metric, segment_clause
            )
        )
    }
    rows = [point.row(key) for point in computed]
    wanted = {row["point_key"] for row in rows}
    stale = [point_id for pkey, point_id in existing.items() if pkey not in wanted]
    if stale:
        session.execute(delete(SeriesPoint).where(SeriesPoint.id.in_(stale)))
    ids: dict[str, int] = {}
    for row in rows:
        upsert = insert_for(session, SeriesPoint).values(**row)
        statement = upsert.on_conflict_do_update(
            index_elements=[SeriesPoint.point_key],
            set_={name: upsert.excluded[name] for name in row if name != "point_key"},
        ).returning(SeriesPoint.id)
        ids[row["point_key"]] = session.execute(statement).scalar_one()
    kept = list(ids.values())
    for start in range(0, len(kept), 500):
        session.execute(
            delete(SeriesPointObservation).where(
                SeriesPointObservation.point_id.in_(kept[start : start + 500])
            )
        )
    links: list[dict[str, object]] = []
    for point, row in zip(computed, rows, strict=True):
        headline = (row["value"], row["unit"])
        links.extend(
            {
                "point_id": ids[row["point_key"]],
                "observation_id": member.observation_id,
                "headline": (member.value, member.unit) == headline,
            }
            for member in point.members
        )
    if links:
        session.execute(insert(SeriesPointObservation), links)
    return len(rows)


def rebuild_all(session: Session, window_days: int = DEFAULT_WINDOW_DAYS) -> int:
    """Re-derive every story cluster and every point (after upgrading an older database or
    changing the window); commits; returns the number of points."""
    from storage.dedup import assign_story

    try:
        lock_series(session)
        session.execute(delete(SeriesPointObservation))
        session.execute(delete(SeriesPoint))
        session.execute(update(Article).values(story_key=Article.text_fingerprint))
        for article_id in session.scalars(select(Article.id).order_by(Article.id)).all():
            assign_story(session, article_id)
        keys = {
            (str(code), metric, segment)
            for code, metric, segment in session.execute(
                select(Observation.region_code, Observation.metric, Observation.segment)
                .where(Observation.region_code.is_not(None))
                .distinct()
            )
        }
        total = refresh_points(session, keys, window_days)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return total
