"""Builders for the records and figures storage tests store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from extract.model import Figure
from storage.articles import ArticleRecord

WITA = timezone(timedelta(hours=8))
OUTLET_KEY = "kendaripos"


def make_figure(**overrides: Any) -> Figure:
    base = Figure(
        region_code="74.71",
        region_name="Kota Kendari",
        metric="active_participants",
        segment="PU",
        value=52_340.0,
        unit="persons",
        as_of="2025-06",
        as_of_precision="month",
        evidence="peserta aktif 52.340 orang",
        start=10,
        end=36,
        confidence=0.9,
        flags=[],
    )
    return replace(base, **overrides)


def make_record(number: int = 1, **overrides: Any) -> ArticleRecord:
    base = ArticleRecord(
        outlet_key=OUTLET_KEY,
        url=f"https://kendaripos.example/berita/{number}?utm=x",
        canonical_url=f"https://kendaripos.example/berita/{number}",
        title=f"BPJS Ketenagakerjaan Kendari {number}",
        author="Redaksi",
        section="Ekonomi",
        published_at=datetime(2025, 7, 1, 9, 30, tzinfo=WITA) + timedelta(days=number),
        fetched_at=datetime(2025, 7, 20, 1, 0, tzinfo=UTC),
        text=f"Artikel {number}: peserta aktif 52.340 orang di Kota Kendari.",
        raw_html=f"<html><body>Artikel {number}</body></html>".encode(),
    )
    return replace(base, **overrides)
