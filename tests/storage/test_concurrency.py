"""Two workers storing the same article at the same moment end up with one row."""

from __future__ import annotations

import threading

from sqlalchemy import Engine, func, select

from storage.articles import StoreResult, store_article
from storage.db import session_factory
from storage.models import Article, Observation
from tests.storage.helpers import make_figure, make_record


def test_concurrent_store_of_the_same_article(engine: Engine, outlet_id: int) -> None:
    factory = session_factory(engine)
    barrier = threading.Barrier(4)
    results: list[StoreResult] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with factory() as session:
                barrier.wait(timeout=30)
                figures = [make_figure(), make_figure(segment="BPU", start=40, end=50)]
                results.append(
                    store_article(session, make_record(), figures, extractor_version="x")
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(result.created for result in results) == [False, False, False, True]
    assert len({result.article_id for result in results}) == 1
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 1
        assert session.scalar(select(func.count()).select_from(Observation)) == 2
