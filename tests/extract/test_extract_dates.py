"""Date expressions and their period labels."""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates, period_end, to_date

PUB = date(2025, 8, 23)


@pytest.mark.parametrize(
    ("text", "label", "precision"),
    [
        ("data per 8 Juni 2025 menunjukkan", "2025-06-08", "day"),
        ("tercatat per 30 April 2025", "2025-04-30", "day"),
        ("hingga Agustus 2025", "2025-08", "month"),
        ("sampai dengan Desember 2023", "2023-12", "month"),
        ("posisi sampai dengan bulan Desember 2017", "2017-12", "month"),
        ("hingga tahun 2024", "2024", "year"),
        ("sepanjang 2021 lalu", "2021", "year"),
        ("hingga triwulan II 2025", "2025-Q2", "quarter"),
        ("pada kuartal III-2024", "2024-Q3", "quarter"),
        ("hingga semester I 2025", "2025-H1", "half"),
        ("semester I tahun 2021", "2021-H1", "half"),
        ("hingga akhir triwulan pertama 2017", "2017-03-31", "day"),
        ("per (28/7/2025)", "2025-07-28", "day"),
        ("per 31/12/2024", "2024-12-31", "day"),
        ("tahun lalu", "2024", "year"),
        ("bulan ini", "2025-08", "month"),
        ("bulan lalu", "2025-07", "month"),
        ("hingga Juni lalu", "2025-06", "month"),
        ("akhir tahun 2024", "2024", "year"),
        ("hingga Senin (28/7/2025)", "2025-07-28", "day"),
        ("per Rabu, 28 Mei 2025", "2025-05-28", "day"),
        ("per 30 Juni", "2025-06-30", "day"),
        ("per Desember", "2024-12", "month"),
        ("pada triwulan pertama tahun ini", "2025-Q1", "quarter"),
        ("semester II tahun lalu", "2024-H2", "half"),
        ("hingga Juni tahun ini", "2025-06", "month"),
        ("hingga Desember tahun lalu", "2024-12", "month"),
        ("mulai Oktober mendatang", "2025-10", "month"),
        ("mulai Maret mendatang", "2026-03", "month"),
        ("sejak Januari lalu", "2025-01", "month"),
    ],
)
def test_labels(text: str, label: str, precision: str) -> None:
    found = [d for d in find_dates(text, PUB) if d.label]
    assert (found[0].label, found[0].precision) == (label, precision)
    assert found[0].cue


@pytest.mark.parametrize(
    "text",
    [
        "ujarnya, Rabu (14/5/2025).",
        "kata dia di Palu, Senin (28/7/2025).",
        "Jumat, 22 Agustus 2025",
        "dikutip pada Rabu, 28 Mei 2025",
        "katanya di Kupang, Senin (28/4).",
    ],
)
def test_statement_dates(text: str) -> None:
    found = [d for d in find_dates(text, PUB) if d.label]
    assert found
    assert all(d.statement for d in found)


@pytest.mark.parametrize(
    "text", ["UU Nomor 40 Tahun 2004", "PP 82/2019", "Inpres Nomor 2 tahun 2021"]
)
def test_regulation_years_are_not_dates(text: str) -> None:
    assert [d for d in find_dates(text, PUB) if d.label] == []


def test_year_range_and_now_have_no_label() -> None:
    kinds = {d.kind: d.label for d in find_dates("dalam kurun 2017–2021 dan saat ini", PUB)}
    assert kinds == {"range": None, "now": None}


def test_relative_without_publication_date_is_dropped() -> None:
    assert [d for d in find_dates("tahun lalu", None) if d.label] == []


@pytest.mark.parametrize(
    ("label", "end"),
    [
        ("2025", date(2025, 12, 31)),
        ("2024-02", date(2024, 2, 29)),
        ("2025-Q1", date(2025, 3, 31)),
        ("2021-H1", date(2021, 6, 30)),
        ("2025-06-08", date(2025, 6, 8)),
    ],
)
def test_period_end(label: str, end: date) -> None:
    assert period_end(label) == end


def test_to_date() -> None:
    from datetime import datetime

    assert to_date(datetime(2025, 1, 2, 10, 30)) == date(2025, 1, 2)
    assert to_date(None) is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("hingga triwulan \u0130 2025", "2025-Q1"),  # "İ": the Roman numeral I, capital dotted
        ("semester \u0130 2025", "2025-H1"),
    ],
)
def test_letters_read_as_ascii_by_ignorecase_are_looked_up_as_ascii(text: str, label: str) -> None:
    assert [d.label for d in find_dates(text, date(2025, 7, 1)) if d.kind != "year"] == [label]
