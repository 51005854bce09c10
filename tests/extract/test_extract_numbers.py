"""Number grammar of Indonesian news: separators, decimals, scale words, bounds, ranges, and
the numbers that are never figures (money, years, regulation numbers, phone numbers)."""

from __future__ import annotations

import pytest

from extract.numbers import find_numbers, parse_number_token


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("49.397", 49397.0),
        ("1.234.567", 1234567.0),
        ("35,05", 35.05),
        ("41.56", 41.56),
        ("79.20", 79.2),
        ("5825", 5825.0),
        ("1.516.347", 1516347.0),
        ("0,5", 0.5),
    ],
)
def test_parse_number_token(token: str, value: float) -> None:
    assert parse_number_token(token)[0] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("sebanyak 49.397 pekerja", 49397, "count"),
        ("sebanyak 1.234.567 orang", 1234567, "count"),
        ("sekitar 35,05 persen", 35.05, "percent"),
        ("baru 34,81% pekerja", 34.81, "percent"),
        ("tercatat 1,2 juta peserta", 1_200_000, "count"),
        ("mencapai 61,08 juta pekerja", 61_080_000, "count"),
        ("ada 41.56 juta pekerja", 41_560_000, "count"),
        ("sebanyak 338.080 ribu tenaga kerja", 338_080, "count"),
        ("menjaring satu juta peserta", 1_000_000, "count"),
        ("sebanyak dua ribu orang", 2000, "count"),
        ("baru empat ribu orang", 4000, "count"),
        ("mencapai tiga juta", 3_000_000, "count"),
        ("sejuta pekerja", 1_000_000, "count"),
        ("setengah juta pekerja", 500_000, "count"),
        ("dua puluh lima ribu orang", 25_000, "count"),
        ("sekitar 771 ribu pekerja", 771_000, "count"),
        ("75 ribu orang", 75_000, "count"),
        ("10,000 orang", 10_000, "count"),
        ("santunan Rp 91.882.390", 91_882_390, "money"),
        ("nilai Rp. 42.000.000 diserahkan", 42_000_000, "money"),
        ("sebesar 1,6 miliar", 1_600_000_000, "money"),
        ("pada 2045 mendatang", 2045, "year"),
        ("hingga pertengahan 2024 peserta aktif", 2024, "year"),
        ("sejak awal 2023 pekerja", 2023, "year"),
        ("sebanyak 2024 peserta", 2024, "count"),
        ("hubungi 081234567890", 81234567890, "reference"),
        ("Nomor 82 Tahun 2019", 82, "reference"),
        ("pukul 14.30 WIB", 14.3, "reference"),
    ],
)
def test_first_number(text: str, value: float, kind: str) -> None:
    first = find_numbers(text)[0]
    assert first.kind == kind
    assert first.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["santunan Rp42 juta", "iuran Rp16.800 per bulan", "Rp1,2 M", "Covid-19", "UU No. 40/2004"],
)
def test_no_candidate_figure(text: str) -> None:
    assert all(n.kind not in ("count", "percent") for n in find_numbers(text))


def test_regulation_and_year_numbers_are_not_counts() -> None:
    kinds = [n.kind for n in find_numbers("Inpres Nomor 2 tahun 2021 dan PP 44/2015")]
    assert "count" not in kinds


@pytest.mark.parametrize(
    ("text", "approx", "bound"),
    [
        ("sekitar 1,5 juta pekerja", True, None),
        ("sekira 1 juta lebih", True, "lower"),
        ("lebih dari 50 persen", False, "lower"),
        ("hampir 5,2 juta", True, "upper"),
        ("belum mencapai 50 persen", False, "upper"),
        ("tercatat 12.000 orang", False, None),
    ],
)
def test_qualifiers(text: str, approx: bool, bound: str | None) -> None:
    n = next(n for n in find_numbers(text) if n.kind in ("count", "percent"))
    assert (n.approx, n.bound) == (approx, bound)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("sekitar 500 ribu hingga 600 ribu pekerja", 500_000, 600_000),
        ("500-600 ribu orang", 500_000, 600_000),
        ("naik menjadi 37-38 persen", 37, 38),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    n = next(n for n in find_numbers(text) if n.kind in ("count", "percent"))
    assert n.value == low
    assert n.value_max == high


def test_spans_cover_the_written_number() -> None:
    text = "sebanyak 1,35 juta orang atau 70,86 persen"
    spans = [text[n.start : n.end] for n in find_numbers(text)]
    assert spans == ["1,35 juta", "70,86 persen"]
