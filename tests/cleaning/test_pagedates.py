"""Publication dates as pages print them."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from extract.pagedates import parse_iso, parse_listing_time, parse_visible

WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
WIT = timezone(timedelta(hours=9))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rabu, 11 Juni 2025 14:05 WIB", datetime(2025, 6, 11, 14, 5, tzinfo=WIB)),
        ("Kamis, 3 Juli 2025 09:30 WITA", datetime(2025, 7, 3, 9, 30, tzinfo=WITA)),
        ("Jumat, 24 Juli 2026 12:40 WIT", datetime(2026, 7, 24, 12, 40, tzinfo=WIT)),
        ("Senin, 5 Mei 2025 | 08.15 WITA", datetime(2025, 5, 5, 8, 15, tzinfo=WITA)),
        ("11 Juni 2025", datetime(2025, 6, 11, tzinfo=WIB)),
        ("Diterbitkan 2 Agu 2025 14:00", datetime(2025, 8, 2, 14, 0, tzinfo=WIB)),
        ("8/5/2024 10:15 WITA", datetime(2024, 5, 8, 10, 15, tzinfo=WITA)),
    ],
)
def test_parse_visible(text: str, expected: datetime) -> None:
    assert parse_visible(text) == expected


@pytest.mark.parametrize("text", ["", "Kendari, tanpa tanggal", "31 Februari 2025", "99 Juni 2025"])
def test_parse_visible_without_date(text: str) -> None:
    assert parse_visible(text) is None


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2025-06-11T14:05:00+08:00", datetime(2025, 6, 11, 14, 5, tzinfo=WITA)),
        ("2025-06-11T06:05:00Z", datetime(2025, 6, 11, 6, 5, tzinfo=UTC)),
        ("2025-06-11T14:05:00+0800", datetime(2025, 6, 11, 14, 5, tzinfo=WITA)),
        ("2025-06-11 14:05:00", datetime(2025, 6, 11, 14, 5, tzinfo=WIB)),
        ("2025-06-11", datetime(2025, 6, 11, tzinfo=WIB)),
    ],
)
def test_parse_iso(stamp: str, expected: datetime) -> None:
    parsed = parse_iso(stamp)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("stamp", ["", "kemarin", "2025-13-01", "11/06/2025"])
def test_parse_iso_rejects(stamp: str) -> None:
    assert parse_iso(stamp) is None


def test_listing_relative_times() -> None:
    now = datetime(2025, 6, 11, 12, 0, tzinfo=UTC)
    assert parse_listing_time("26 menit lalu", now) == now - timedelta(minutes=26)
    assert parse_listing_time("3 jam yang lalu", now) == now - timedelta(hours=3)
    assert parse_listing_time("2 hari lalu", now) == now - timedelta(days=2)
    assert parse_listing_time("11 Juni 2025 14:05", now, WITA) == datetime(
        2025, 6, 11, 14, 5, tzinfo=WITA
    )
    assert parse_listing_time("baru saja", now) is None
