"""A separate writer process for the concurrency test:

    python -m tests.storage.writer DB_URL forward|reverse START_EPOCH

waits until START_EPOCH (so both writers start together), then stores :func:`articles`."""

from __future__ import annotations

import sys
import time

from extract.model import Figure
from storage.articles import ArticleRecord, ensure_outlet, store_article
from storage.db import open_engine, session_factory
from tests.storage.stories import (
    ANTARA_TEXT,
    OTHER_TEXT,
    REGIONAL_TEXT,
    THIRD_TEXT,
    add_outlets,
    article,
    coverage,
    day,
    variant,
)

OUTLETS = ("antara-sultra", "sultrakini", "kendaripos")


def articles(count: int = 24) -> list[tuple[ArticleRecord, list[Figure]]]:
    """Syndicated pairs, conflicts and undated repeats spread over a few series keys."""
    texts = (ANTARA_TEXT, REGIONAL_TEXT, OTHER_TEXT, THIRD_TEXT)
    items = []
    for number in range(1, count + 1):
        story = number // 4  # four articles per story family, two exact near-copies each
        text = texts[number % 2] if story % 2 == 0 else texts[2 + number % 2]
        text = variant(text, f"s{story}")
        if number % 4 >= 2:
            text = text.replace("Kendari", "Kota Kendari")
        month = 1 + story % 12
        as_of = None if number % 5 == 0 else f"2025-{month:02d}"
        value = 50_000.0 + 1000 * story + (500 if number % 7 == 0 else 0)
        figures = [
            coverage(value, as_of),
            coverage(value / 10, as_of, segment="BPU", start=50, end=60),
        ]
        published = day(month, 1 + number % 27)
        items.append((article(number, OUTLETS[number % 3], text, published), figures))
    return items


def main(url: str, direction: str, start_at: float) -> None:
    engine = open_engine(url)
    factory = session_factory(engine)
    with factory() as session:
        add_outlets(session)
        ensure_outlet(session, "kendaripos", "Kendari Pos", "https://kendaripos.example", "74.71")
    items = articles()
    if direction == "reverse":
        items.reverse()
    time.sleep(max(0.0, start_at - time.time()))
    with factory() as session:
        for record, figures in items:
            store_article(session, record, figures, extractor_version="t1")
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
