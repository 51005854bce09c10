"""store_article: idempotence, atomicity, time zones, known URLs and outlets."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.articles import (
    add_observations,
    ensure_outlet,
    known_urls,
    observation_key,
    raw_html,
    store_article,
    text_fingerprint,
)
from storage.db import StorageError
from storage.models import Article, Observation, Outlet
from tests.storage.helpers import WITA, make_figure, make_record


def _count(session: Session, model: type[Article] | type[Observation]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_storing_twice_writes_once(session: Session, outlet_id: int) -> None:
    figures = [make_figure(), make_figure(segment=None, value=60_000.0, start=40, end=60)]
    first = store_article(session, make_record(), figures, extractor_version="x1")
    second = store_article(session, make_record(), figures, extractor_version="x1")
    assert (first.created, first.observations_added) == (True, 2)
    assert (second.article_id, second.created, second.observations_added) == (
        first.article_id,
        False,
        0,
    )
    assert (_count(session, Article), _count(session, Observation)) == (1, 2)


def test_duplicate_figures_in_one_article_are_stored_once(session: Session, outlet_id: int) -> None:
    figure = make_figure(segment=None, region_code=None, as_of=None, as_of_precision=None)
    result = store_article(session, make_record(), [figure, figure], extractor_version="x1")
    assert result.observations_added == 1


def test_a_bad_figure_leaves_nothing_behind(session: Session, outlet_id: int) -> None:
    bad = make_figure(start=50, end=10)  # violates ck_observations_offsets
    with pytest.raises(IntegrityError):
        store_article(session, make_record(), [make_figure(), bad], extractor_version="x1")
    assert (_count(session, Article), _count(session, Observation)) == (0, 0)
    retry = store_article(session, make_record(), [make_figure()], extractor_version="x1")
    assert retry.created


def test_an_invalid_as_of_label_leaves_nothing_behind(session: Session, outlet_id: int) -> None:
    with pytest.raises(ValueError, match="invalid as_of"):
        store_article(
            session, make_record(), [make_figure(as_of="Juni 2025")], extractor_version="x1"
        )
    assert _count(session, Article) == 0


def test_unknown_outlet(session: Session) -> None:
    with pytest.raises(StorageError, match="unknown outlet 'nope'"):
        store_article(session, make_record(outlet_key="nope"), [], extractor_version="x1")


def test_published_offset_survives(session: Session, outlet_id: int) -> None:
    published = datetime(2025, 7, 2, 23, 30, tzinfo=WITA)
    result = store_article(session, make_record(published_at=published), [], extractor_version="x1")
    session.expunge_all()
    article = session.get_one(Article, result.article_id)
    assert article.published_at == published
    assert article.published_at.utcoffset() == timedelta(0)
    assert article.published_utc_offset_minutes == 480
    local = article.published_local
    assert local is not None
    assert (local.isoformat(), local.utcoffset()) == (
        "2025-07-02T23:30:00+08:00",
        timedelta(hours=8),
    )


def test_article_fields_round_trip(session: Session, outlet_id: int) -> None:
    record = make_record(published_at=None)
    result = store_article(session, record, [make_figure()], extractor_version="x2")
    session.expunge_all()
    article = session.get_one(Article, result.article_id)
    assert raw_html(article) == record.raw_html
    assert article.text_fingerprint == text_fingerprint("  " + record.text.upper())
    assert (article.published_at, article.published_local) == (None, None)
    assert article.fetched_at == record.fetched_at
    observation = session.scalars(select(Observation)).one()
    assert observation.as_of_date is not None
    assert (observation.as_of_date.isoformat(), observation.as_of_precision) == (
        "2025-06-30",
        "month",
    )
    assert observation.natural_key == observation_key(make_figure())
    assert observation.extractor_version == "x2"


def test_known_urls(session: Session, outlet_id: int) -> None:
    ensure_outlet(session, "sultrakini", "Sultra Kini", "https://sultrakini.example")
    store_article(session, make_record(1), [], extractor_version="x1")
    store_article(
        session,
        make_record(2, outlet_key="sultrakini", url="https://sultrakini.example/a?p=1"),
        [],
        extractor_version="x1",
    )
    kendari = {"https://kendaripos.example/berita/1", "https://kendaripos.example/berita/1?utm=x"}
    assert known_urls(session, "kendaripos") == kendari
    assert known_urls(session) == kendari | {
        "https://sultrakini.example/a?p=1",
        "https://kendaripos.example/berita/2",
    }
    assert known_urls(session, "unknown") == set()


def test_ensure_outlet_updates(session: Session, outlet_id: int) -> None:
    again = ensure_outlet(session, "kendaripos", "Kendari Pos Online", "https://kp.example")
    assert again == outlet_id
    outlet = session.scalars(select(Outlet)).one()
    session.refresh(outlet)
    assert (outlet.name, outlet.base_url, outlet.region_code, outlet.enabled) == (
        "Kendari Pos Online",
        "https://kp.example",
        None,
        True,
    )


def test_deleting_an_article_deletes_its_observations(session: Session, outlet_id: int) -> None:
    result = store_article(session, make_record(), [make_figure()], extractor_version="x1")
    session.delete(session.get_one(Article, result.article_id))
    session.commit()
    assert _count(session, Observation) == 0


def test_naive_datetimes_are_refused(session: Session, outlet_id: int) -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        store_article(
            session, make_record(published_at=datetime(2025, 7, 1)), [], extractor_version="x1"
        )
    assert _count(session, Article) == 0


def test_re_adding_figures_with_nulls_never_duplicates(session: Session, outlet_id: int) -> None:
    nullish = make_figure(region_code=None, segment=None, as_of=None, as_of_precision=None)
    result = store_article(session, make_record(), [nullish], extractor_version="x1")
    again = add_observations(
        session, result.article_id, [nullish, make_figure()], extractor_version="x1"
    )
    session.commit()
    assert again == 1
    assert _count(session, Observation) == 2
