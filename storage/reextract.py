"""Re-running the figure extractor over stored articles (``pantau reextract``).

An article whose ``extractor_version`` differs from the current extractor's (or every selected
article, with ``all_versions``) is extracted again from its stored text, title and local
publication date -- the call the crawler makes, so the result equals a fresh crawl. Its
observations are replaced, its version set, and the series points of both the old and the new
figures recomputed, under :func:`storage.points.lock_series`.

Articles are written ``batch`` at a time, one transaction per batch: a killed run leaves every
article fully old or fully new. When a batch fails to write, it is rolled back and its articles
written one per transaction, so only the failing article is left as it was (and reported).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, load_only

from extract import figures as extractor_module
from extract.model import Figure
from storage.articles import add_observations, observation_key
from storage.db import StorageError
from storage.models import Article, Observation, Outlet, SeriesPointObservation
from storage.points import SeriesKey, keys_of_articles, lock_series, refresh_points

Extractor = Callable[..., list[Figure]]
DEFAULT_BATCH = 20
_DAY = timedelta(days=1)
_MAX_OFFSET = timedelta(hours=14)  # the widest UTC offset: bounds the SQL date prefilter


@dataclass(frozen=True, slots=True)
class Selection:
    """Which stored articles to consider: outlets (keys) and local publication days."""

    outlets: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    all_versions: bool = False  # False: only articles extracted by another version


@dataclass(frozen=True, slots=True)
class Failure:
    article_id: int
    url: str
    error: str


@dataclass(slots=True)
class Report:
    """What a run did (or, dry, would do)."""

    dry_run: bool = False
    examined: int = 0
    reextracted: int = 0
    changed: int = 0  # articles whose set of figures changed
    figures_before: int = 0
    figures_after: int = 0
    added: int = 0
    removed: int = 0
    series_keys: set[SeriesKey] = field(default_factory=set)  # of the old and new figures
    points: dict[SeriesKey, int] = field(default_factory=dict)  # points per refreshed key
    failures: list[Failure] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # one per changed article

    @property
    def points_refreshed(self) -> int:
        """Points the refreshed series have now."""
        return sum(self.points.values())

    def summary(self) -> str:
        verb = "would re-extract" if self.dry_run else "re-extracted"
        points = (
            f"{len(self.series_keys)} series affected"
            if self.dry_run
            else f"{len(self.points)} series ({self.points_refreshed} points) refreshed"
        )
        return (
            f"{self.examined} articles examined, {verb} {self.reextracted} "
            f"({self.changed} with changed figures); figures {self.figures_before} -> "
            f"{self.figures_after} (+{self.added} -{self.removed}); {points}; "
            f"{len(self.failures)} failed"
        )


@dataclass(frozen=True, slots=True)
class _Extracted:
    """One article's new figures, and what it had."""

    article_id: int
    url: str
    figures: list[Figure]
    old_keys: frozenset[str]  # natural keys of the stored observations
    old_series: frozenset[SeriesKey]  # their series keys

    @property
    def new_keys(self) -> frozenset[str]:
        return frozenset(observation_key(figure) for figure in self.figures)


def candidate_ids(session: Session, selection: Selection, version: str) -> list[int]:
    """Ids of the selected articles, in id order; StorageError for an unknown outlet key."""
    _check_outlets(session, selection.outlets)
    query = select(Article.id, Article.published_at, Article.published_utc_offset_minutes)
    if not selection.all_versions:
        query = query.where(Article.extractor_version != version)
    if selection.outlets:
        query = query.join(Article.outlet).where(Outlet.key.in_(selection.outlets))
    if selection.since is not None:
        start = datetime.combine(selection.since, time(), UTC) - _MAX_OFFSET
        query = query.where(Article.published_at >= start)
    if selection.until is not None:
        end = datetime.combine(selection.until + _DAY, time(), UTC) + _MAX_OFFSET
        query = query.where(Article.published_at < end)
    rows = session.execute(query.order_by(Article.id)).all()
    return [row.id for row in rows if _in_days(selection, row.published_at, row[2])]


def _check_outlets(session: Session, keys: Sequence[str]) -> None:
    known = set(session.scalars(select(Outlet.key).where(Outlet.key.in_(keys))))
    unknown = sorted(set(keys) - known)
    if unknown:
        raise StorageError(f"unknown outlet {', '.join(map(repr, unknown))}: not in the database")


def _in_days(selection: Selection, published: datetime | None, offset: int | None) -> bool:
    """Whether the local publication day lies within ``since``/``until`` (inclusive)."""
    if selection.since is None and selection.until is None:
        return True
    if published is None:
        return False
    local = published + timedelta(minutes=offset or 0)
    day = local.date()
    return (selection.since or day) <= day <= (selection.until or day)


_READ = (
    Article.canonical_url,
    Article.title,
    Article.text,
    Article.published_at,
    Article.published_utc_offset_minutes,
)


def reextract(
    session: Session,
    selection: Selection | None = None,
    *,
    dry_run: bool = False,
    batch: int = DEFAULT_BATCH,
    extractor: Extractor | None = None,
    version: str | None = None,
) -> Report:
    """Re-extract the selected articles (see the module docstring); commits once per batch.

    Call it with no transaction in progress. ``extractor`` and ``version`` default to
    :func:`extract.figures.extract_figures` and ``EXTRACTOR_VERSION``, looked up at call time.
    """
    if batch < 1:
        raise ValueError(f"batch must be at least 1, not {batch}")
    extract = extractor or extractor_module.extract_figures
    current = version or extractor_module.EXTRACTOR_VERSION
    report = Report(dry_run=dry_run)
    try:
        ids = candidate_ids(session, selection or Selection(), current)
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            report.examined += len(chunk)
            items = _extract_batch(session, chunk, extract, report)
            session.rollback()  # end the read transaction: writes start under the lock
            if dry_run:
                for item in items:
                    _count(report, item, len(item.new_keys))
            else:
                _write_batch(session, items, current, report)
    except BaseException:
        session.rollback()
        raise
    return report


def _extract_batch(
    session: Session, ids: Sequence[int], extract: Extractor, report: Report
) -> list[_Extracted]:
    """Run the extractor over these articles (read only); its failures go to the report."""
    query = (
        select(Article)
        .where(Article.id.in_(ids))
        .options(load_only(*_READ))
        .order_by(Article.id)
        .execution_options(populate_existing=True)
    )
    old = _stored(session, ids)
    items: list[_Extracted] = []
    for article in session.scalars(query):
        try:
            figures = extract(
                article.text,
                title=article.title,
                url=article.canonical_url,
                published=article.published_local,  # aware, in the page's offset, as crawled
            )
        except Exception as exc:
            report.failures.append(Failure(article.id, article.canonical_url, _describe(exc)))
            continue
        keys, series = old[article.id]
        items.append(_Extracted(article.id, article.canonical_url, figures, keys, series))
    return items


def _stored(
    session: Session, ids: Iterable[int]
) -> dict[int, tuple[frozenset[str], frozenset[SeriesKey]]]:
    """Per article: the natural keys and series keys of its stored observations."""
    keys: dict[int, set[str]] = {article_id: set() for article_id in ids}
    series: dict[int, set[SeriesKey]] = {article_id: set() for article_id in keys}
    query = select(
        Observation.article_id,
        Observation.natural_key,
        Observation.region_code,
        Observation.metric,
        Observation.segment,
    ).where(Observation.article_id.in_(list(keys)))
    for article_id, natural_key, region_code, metric, segment in session.execute(query):
        keys[article_id].add(natural_key)
        if region_code is not None:
            series[article_id].add((region_code, metric, segment))
    return {i: (frozenset(keys[i]), frozenset(series[i])) for i in keys}


def _write_batch(session: Session, items: list[_Extracted], version: str, report: Report) -> None:
    """Write the batch in one transaction; if that fails, each article in its own."""
    if len(items) > 1:
        try:
            stored, points = _replace(session, items, version)
            session.commit()
        except Exception:
            session.rollback()
        else:
            report.points.update(points)
            for item, count in zip(items, stored, strict=True):
                _count(report, item, count)
            return
    for item in items:
        _write_one(session, item, version, report)


def _write_one(session: Session, item: _Extracted, version: str, report: Report) -> None:
    try:
        (count,), points = _replace(session, [item], version)
        session.commit()
    except Exception as exc:
        session.rollback()
        report.failures.append(Failure(item.article_id, item.url, _describe(exc)))
        return
    report.points.update(points)
    _count(report, item, count)


def _replace(
    session: Session, items: list[_Extracted], version: str
) -> tuple[list[int], dict[SeriesKey, int]]:
    """Replace the observations of these articles, set their version and refresh the points of
    the old and new figures, in the current transaction; return the figures stored per article
    and the points each affected series key has now."""
    ids = [item.article_id for item in items]
    lock_series(session)
    # a write first: SQLite then takes its write lock now, not on a read-to-write upgrade
    session.execute(update(Article).where(Article.id.in_(ids)).values(extractor_version=version))
    keys = keys_of_articles(session, ids)
    old = select(Observation.id).where(Observation.article_id.in_(ids))
    session.execute(
        delete(SeriesPointObservation).where(SeriesPointObservation.observation_id.in_(old))
    )
    session.execute(delete(Observation).where(Observation.article_id.in_(ids)))
    stored = [
        add_observations(session, item.article_id, item.figures, extractor_version=version)
        for item in items
    ]
    keys |= keys_of_articles(session, ids)
    ordered = sorted(keys, key=lambda k: (k[0], k[1], k[2] or ""))
    return stored, {key: refresh_points(session, [key]) for key in ordered}


def _count(report: Report, item: _Extracted, figures_after: int) -> None:
    new_keys = item.new_keys
    added, removed = len(new_keys - item.old_keys), len(item.old_keys - new_keys)
    report.reextracted += 1
    report.figures_before += len(item.old_keys)
    report.figures_after += figures_after
    report.added += added
    report.removed += removed
    report.series_keys |= item.old_series | _series_of(item.figures)
    if added or removed:
        report.changed += 1
        report.lines.append(
            f"article {item.article_id} {item.url}: {len(item.old_keys)} -> {figures_after} "
            f"figures (+{added} -{removed})"
        )


def _series_of(figures: Iterable[Figure]) -> set[SeriesKey]:
    return {(f.region_code, f.metric, f.segment) for f in figures if f.region_code is not None}


def _describe(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
