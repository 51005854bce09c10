"""`pantau reextract` and storage.reextract: stale figures replaced, points recomputed."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import extract.figures
from crawler.cli import main
from extract.figures import EXTRACTOR_VERSION, extract_figures
from extract.model import Figure
from storage.articles import ArticleRecord, observation_key, store_article
from storage.db import StorageError
from storage.models import Article, Observation, SeriesPoint, SeriesPointObservation
from storage.reextract import Selection, reextract
from storage.series import series_rows
from tests.storage.helpers import WITA, make_figure, make_record

OLD = "0.0.1"
URL = "https://kendaripos.example/berita"

KENDARI = (
    "Kendari (ANTARA) - BPJS Ketenagakerjaan Cabang Kendari mencatat 48.210 pekerja di Kota "
    "Kendari terdaftar sebagai peserta aktif per 30 April 2025. Kepala Kantor Cabang mengatakan "
    "jumlah itu naik dibanding tahun lalu karena pemerintah kota menanggung iuran pekerja rentan."
)
KOLAKA = (
    "Kolaka (ANTARA) - Pemerintah Kabupaten Kolaka mencatat sebanyak 12.450 pekerja bukan "
    "penerima upah di Kabupaten Kolaka telah terdaftar sebagai peserta BPJS Ketenagakerjaan "
    "hingga Maret 2025. Bupati Kolaka meminta kepala desa terus mendata pekerja rentan."
)
BAUBAU = (
    "Baubau (ANTARA) - BPJS Ketenagakerjaan mencatat jumlah peserta aktif di Kota Baubau "
    "mencapai 20.115 orang. Kepala kantor cabang menyebut angka itu naik dari tahun lalu "
    "berkat sosialisasi kepada pengemudi ojek daring dan buruh pelabuhan."
)
# "per Januari" is dated by the local publication day: 2026 in Kendari, still 2025 in UTC
NEW_YEAR = (
    "Kendari (ANTARA) - Jumlah peserta aktif BPJS Ketenagakerjaan di Kota Kendari per Januari "
    "tercatat 60.120 orang. Kepala Kantor Cabang mengatakan jumlah itu dicapai berkat kerja sama "
    "dengan pemerintah kota."
)

STALE_KENDARI = make_figure(value=52_340.0, as_of="2025-06", segment="PU")
STALE_KOLAKA = make_figure(
    region_code="74.01", region_name="Kabupaten Kolaka", value=11_000.0, segment="BPU"
)


def record(number: int, text: str, published: datetime | None = None) -> ArticleRecord:
    published = published or datetime(2025, 5, 2, 7, 0, tzinfo=WITA)  # 1 May in UTC
    return make_record(number, text=text, published_at=published, title=f"Berita {number}")


def put(session: Session, rec: ArticleRecord, figures: list[Figure], version: str = OLD) -> int:
    return store_article(session, rec, figures, extractor_version=version).article_id


def fresh(rec: ArticleRecord) -> set[str]:
    """Natural keys of the figures the crawler would store for this record."""
    figures = extract_figures(
        rec.text, title=rec.title, url=rec.canonical_url, published=rec.published_at
    )
    return {observation_key(figure) for figure in figures}


def keys_of(session: Session, article_id: int) -> set[str]:
    query = select(Observation.natural_key).where(Observation.article_id == article_id)
    return set(session.scalars(query))


def version_of(session: Session, article_id: int) -> str:
    return session.scalars(select(Article.extractor_version).where(Article.id == article_id)).one()


def snapshot(session: Session) -> dict[str, list[Any]]:
    """Every row reextract may write (Core selects: no cached objects)."""
    session.rollback()  # a new read transaction sees what other connections committed
    return {
        "articles": sorted(session.execute(select(Article.id, Article.extractor_version)).all()),
        "observations": sorted(
            session.execute(
                select(
                    Observation.id,
                    Observation.article_id,
                    Observation.natural_key,
                    Observation.value,
                    Observation.extractor_version,
                )
            ).all()
        ),
        "points": sorted(
            session.execute(
                select(SeriesPoint.point_key, SeriesPoint.value, SeriesPoint.articles)
            ).all()
        ),
        "links": sorted(session.execute(select(SeriesPointObservation.__table__)).all()),
    }


def rows_of(snap: dict[str, list[Any]], article_id: int) -> tuple[list[Any], list[Any]]:
    """An article's row and observations in a snapshot."""
    return (
        [row for row in snap["articles"] if row.id == article_id],
        [row for row in snap["observations"] if row.article_id == article_id],
    )


def points(session: Session, region: str) -> list[tuple[str | None, str, float, int]]:
    return [
        (row.segment, row.as_of, row.value, row.articles)
        for row in series_rows(session, region, "active_participants")
    ]


@pytest.fixture
def stored(session: Session, outlet_id: int) -> dict[str, int]:
    """Two stale articles with hand-made figures, one current article stating the same stale
    Kendari figure, and one stale article with no figures at all."""
    return {
        "kendari": put(session, record(1, KENDARI), [STALE_KENDARI]),
        "kolaka": put(session, record(2, KOLAKA), [STALE_KOLAKA]),
        "current": put(session, record(3, BAUBAU), [STALE_KENDARI], EXTRACTOR_VERSION),
        "empty": put(session, record(4, NEW_YEAR, datetime(2025, 7, 1, 9, tzinfo=WITA)), []),
    }


def test_stale_articles_get_the_crawlers_figures_and_points(
    session: Session, stored: dict[str, int]
) -> None:
    assert points(session, "74.71") == [("PU", "2025-06", 52_340.0, 2)]
    report = reextract(session)
    assert (report.examined, report.reextracted, report.changed) == (3, 3, 3)
    assert (report.figures_before, report.figures_after) == (2, 3)
    assert (report.added, report.removed, report.failures) == (3, 2, [])
    for name, number, text in (("kendari", 1, KENDARI), ("kolaka", 2, KOLAKA)):
        assert keys_of(session, stored[name]) == fresh(record(number, text)) != set()
        assert version_of(session, stored[name]) == EXTRACTOR_VERSION
    versions = session.scalars(
        select(Observation.extractor_version).where(Observation.article_id != stored["current"])
    )
    assert set(versions) == {EXTRACTOR_VERSION}
    # the stale PU point lost the re-extracted article; the stated figure got its own point
    assert points(session, "74.71") == [
        (None, "2025-01", 60_120.0, 1),
        (None, "2025-04-30", 48_210.0, 1),
        ("PU", "2025-06", 52_340.0, 1),
    ]
    assert points(session, "74.01") == [("BPU", "2025-03", 12_450.0, 1)]
    # series of the old and new figures: 74.71 PU (1 point), 74.71 total (2), 74.01 BPU (1)
    assert (len(report.points), report.points_refreshed) == (3, 4)


def test_published_day_is_the_local_one(session: Session, outlet_id: int) -> None:
    new_year = datetime(2026, 1, 1, 7, 30, tzinfo=WITA)  # still 31 December 2025 in UTC
    article_id = put(session, record(1, NEW_YEAR, new_year), [])
    reextract(session)
    assert points(session, "74.71") == [(None, "2026-01", 60_120.0, 1)]
    assert keys_of(session, article_id) == fresh(record(1, NEW_YEAR, new_year))


def test_current_articles_are_left_alone_unless_all(
    session: Session, stored: dict[str, int]
) -> None:
    reextract(session)
    assert keys_of(session, stored["current"]) == {observation_key(STALE_KENDARI)}
    report = reextract(session, Selection(all_versions=True))
    assert (report.examined, report.reextracted, report.changed) == (4, 4, 1)
    assert keys_of(session, stored["current"]) == fresh(record(3, BAUBAU)) != set()
    assert ("PU", "2025-06", 52_340.0, 1) not in points(session, "74.71")
    assert points(session, "74.72") == [(None, "2025-05-02", 20_115.0, 1)]


def test_second_run_does_nothing(session: Session, stored: dict[str, int]) -> None:
    reextract(session)
    before = snapshot(session)
    report = reextract(session)
    assert (report.examined, report.reextracted, report.points) == (0, 0, {})
    assert snapshot(session) == before


def test_dry_run_writes_nothing(session: Session, stored: dict[str, int]) -> None:
    before = snapshot(session)
    report = reextract(session, dry_run=True)
    assert snapshot(session) == before
    assert (report.examined, report.reextracted, report.changed) == (3, 3, 3)
    assert (report.figures_before, report.figures_after, report.added, report.removed) == (
        2,
        3,
        3,
        2,
    )
    assert len(report.series_keys) == 3
    kendari = report.lines[0]
    assert kendari.startswith(f"article {stored['kendari']} https://kendaripos.example/berita/1:")
    assert kendari.endswith("1 -> 1 figures (+1 -1)")


def test_selection_by_outlet_and_local_day(session: Session, stored: dict[str, int]) -> None:
    may_2 = Selection(since=date(2025, 5, 2), until=date(2025, 5, 2))
    assert reextract(session, may_2, dry_run=True).examined == 2  # 1 May in UTC
    assert reextract(session, Selection(until=date(2025, 5, 1)), dry_run=True).examined == 0
    assert reextract(session, Selection(since=date(2025, 7, 1)), dry_run=True).examined == 1
    assert reextract(session, Selection(outlets=("kendaripos",)), dry_run=True).examined == 3
    with pytest.raises(StorageError, match="unknown outlet 'kendaripoz'"):
        reextract(session, Selection(outlets=("kendaripoz",)))


@pytest.mark.parametrize("batch", [1, 20])
def test_failing_article_is_left_as_it_was(
    session: Session, stored: dict[str, int], monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    def flaky(text: str, **kwargs: Any) -> list[Figure]:
        if text.startswith("Kolaka"):
            raise RuntimeError("extractor crashed\nsecond line")
        figures = extract_figures(text, **kwargs)
        if text.startswith("Kendari (ANTARA) - Jumlah"):
            figures.append(make_figure(value=float("nan")))  # fails when written
        return figures

    monkeypatch.setattr(extract.figures, "extract_figures", flaky)
    before = snapshot(session)
    report = reextract(session, batch=batch)
    failed = {(f.article_id, f.url, f.error) for f in report.failures}
    assert failed == {
        (
            stored["kolaka"],
            "https://kendaripos.example/berita/2",
            "RuntimeError: extractor crashed",
        ),
        (
            stored["empty"],
            f"{URL}/4",
            "ValueError: figure value nan is not a finite number",
        ),
    }
    assert (report.examined, report.reextracted) == (3, 1)
    after = snapshot(session)
    for failed_id in (stored["kolaka"], stored["empty"]):
        assert rows_of(after, failed_id) == rows_of(before, failed_id)
    assert version_of(session, stored["kendari"]) == EXTRACTOR_VERSION
    assert points(session, "74.01") == [("BPU", "2025-06", 11_000.0, 1)]  # still stale
    monkeypatch.undo()
    retry = reextract(session)
    assert (retry.examined, retry.reextracted, retry.failures) == (2, 2, [])


def test_interrupted_batch_leaves_every_article_old(
    session: Session, stored: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.reextract

    def interrupted(*args: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(storage.reextract, "refresh_points", interrupted)
    before = snapshot(session)
    with pytest.raises(KeyboardInterrupt):
        reextract(session)
    assert snapshot(session) == before


def test_command(
    engine: Engine,
    session: Session,
    stored: dict[str, int],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = engine.url.render_as_string(hide_password=False)
    before = snapshot(session)
    assert main(["reextract", "--db", db, "--dry-run", "--until", "2025-05-02"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        f"would change article {stored['kendari']} https://kendaripos.example/berita/1: "
        "1 -> 1 figures (+1 -1)"
    )
    assert out[-1] == (
        "2 articles examined, would re-extract 2 (2 with changed figures); figures 2 -> 2 "
        "(+2 -2); 3 series affected; 0 failed"
    )
    assert snapshot(session) == before

    def broken(text: str, **kwargs: Any) -> list[Figure]:
        if text.startswith("Kolaka"):
            raise RuntimeError("extractor crashed")
        return extract_figures(text, **kwargs)

    monkeypatch.setattr(extract.figures, "extract_figures", broken)
    assert main(["reextract", "--db", db, "--outlet", "kendaripos", "--batch", "2"]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"pantau: article {stored['kolaka']} https://kendaripos.example/berita/2 failed: "
        "RuntimeError: extractor crashed\n"
    )
    assert captured.out.startswith("3 articles examined, re-extracted 2 (2 with changed")
    monkeypatch.undo()
    assert main(["reextract", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("1 articles examined, re-extracted 1 ")
    after = snapshot(session)
    assert main(["reextract", "--db", db]) == 0
    assert capsys.readouterr().out == (
        "0 articles examined, re-extracted 0 (0 with changed figures); figures 0 -> 0 (+0 -0); "
        "0 series (0 points) refreshed; 0 failed\n"
    )
    assert snapshot(session) == after
    assert main(["reextract", "--db", db, "--outlet", "nope"]) == 2
    assert "unknown outlet 'nope'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["reextract", "--db", db, "--batch", "0"])
    assert "--batch must be at least 1" in capsys.readouterr().err
