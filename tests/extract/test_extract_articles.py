"""Whole articles written for these tests (fixtures/), one per metric/segment/date form and
negative case: the extractor must return exactly the figures a careful reader would."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.evaluate import read_article
from extract.figures import EXTRACTOR_VERSION, extract_figures
from extract.model import Figure

FIXTURES = Path(__file__).parent / "fixtures"

Row = tuple[str | None, str, str | None, float, str | None]

EXPECTED: dict[str, set[Row]] = {
    "konsel": {
        ("74.05", "active_participants", None, 41250, "2024-12-31"),
        ("74.05", "coverage_pct", None, 38.4, "2024-12-31"),
        ("74.05", "labor_force", None, 107420, "2024-12-31"),
        ("74.05", "active_participants", "PU", 22310, "2024-12-31"),
        ("74.05", "active_participants", "BPU", 15600, "2024-12-31"),
        ("74.05", "active_participants", "JAKON", 3340, "2024-12-31"),
        ("74.05", "unregistered", None, 66170, "2024-12-31"),
        ("74.05", "employers", None, 1128, "2024-12-31"),
    },
    "sultra_triwulan": {
        ("74", "active_participants", None, 312480, "2025-Q2"),
        ("74", "new_participants", None, 18920, "2025-Q2"),
        ("74", "inactive_participants", None, 47300, "2025-Q2"),
        ("74", "active_participants", None, 296100, "2024"),
    },
    "nasional_pmi": {
        ("ID", "active_participants", None, 42_100_000, "2025-06"),
        ("ID", "active_participants", "PU", 27_400_000, "2025-06"),
        ("ID", "active_participants", "BPU", 10_200_000, "2025-06"),
        ("ID", "active_participants", "JAKON", 4_100_000, "2025-06"),
        ("ID", "active_participants", "PMI", 410_000, "2025-06"),
        ("ID", "labor_force", None, 98_600_000, "2025-06"),
        ("ID", "coverage_pct", None, 42.7, "2025-06"),
        ("ID", "active_participants", None, 41_300_000, "2024"),
    },
    "kaltim_kabupaten": {
        ("64.08", "coverage_pct", None, 86.2, "2025-05"),
        ("64.74", "coverage_pct", None, 86.2, "2025-05"),
        ("64.02", "coverage_pct", None, 61.5, "2025-05"),
        ("64.09", "coverage_pct", None, 48.9, "2025-05"),
        ("64", "coverage_pct", None, 66.3, "2025-05"),
        ("64", "labor_force", None, 1_900_000, "2025-05"),
        ("64.08", "active_participants", None, 148_700, "2025-05"),
    },
    "wilayah_sulama": {
        (None, "active_participants", None, 2_800_000, "2023"),
        ("73", "active_participants", None, 1_045_600, "2023"),
        ("71", "active_participants", None, 512_300, "2023"),
    },
    "palu_semester": {
        ("72", "active_participants", None, 365_900, "2025-H1"),
        ("72", "coverage_pct", None, 24.1, "2025-H1"),
        ("72", "active_participants", "BPU", 21_450, "2025-H1"),
    },
    "kendari_kota": {
        ("74.71", "active_participants", "BPU", 5200, "2025-09"),
        ("74.71", "active_participants", None, 61_340, "2025-08"),
        ("74.71", "coverage_pct", None, 41.2, "2025-08"),
    },
    "negatif_santunan": set(),
    "tabel_kendari": {
        ("74.71", "active_participants", None, 52_310, "2025-06"),
        ("74.71", "labor_force", None, 148_560, "2025-06"),
        ("74.71", "coverage_pct", None, 35.21, "2025-06"),
        ("74.02", "active_participants", None, 27_630, "2025-06"),
        ("74.02", "labor_force", None, 98_400, "2025-06"),
        ("74.02", "coverage_pct", None, 28.08, "2025-06"),
        ("74.05", "active_participants", None, 41_250, "2025-06"),
        ("74.05", "labor_force", None, 107_420, "2025-06"),
        ("74.05", "coverage_pct", None, 38.4, "2025-06"),
        (None, "active_participants", None, 121_190, "2025-06"),
        (None, "labor_force", None, 354_380, "2025-06"),
        (None, "coverage_pct", None, 34.2, "2025-06"),
    },
}


def _figures(name: str) -> tuple[str, list[Figure]]:
    art = read_article(FIXTURES / f"{name}.txt")
    return art.text, extract_figures(
        art.text, title=art.title, url=art.url, published=art.published
    )


def _row(f: Figure) -> Row:
    return (f.region_code, f.metric, f.segment, f.value, f.as_of)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_figures(name: str) -> None:
    _, figures = _figures(name)
    assert {_row(f) for f in figures} == EXPECTED[name]
    assert len(figures) == len(EXPECTED[name])  # each figure once


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_evidence_and_metadata(name: str) -> None:
    text, figures = _figures(name)
    for f in figures:
        assert text[f.start : f.end] == f.evidence
        assert f.extractor_version == EXTRACTOR_VERSION
        assert 0 < f.confidence <= 1
        assert f.unit == {"coverage_pct": "percent", "employers": "employers"}.get(
            f.metric, "persons"
        )
        assert isinstance(f.value, float if f.unit == "percent" else int)


def test_area_gets_no_code_but_a_name() -> None:
    _, figures = _figures("wilayah_sulama")
    area = next(f for f in figures if f.region_code is None)
    assert area.region_name == "Wilayah Sulawesi Maluku"


def test_table_total_row_is_the_area_of_its_rows() -> None:
    _, figures = _figures("tabel_kendari")
    names = {f.region_name for f in figures if f.region_code is None}
    assert names == {"Kota Kendari + Kabupaten Konawe + Kabupaten Konawe Selatan"}


def test_national_region_name() -> None:
    _, figures = _figures("nasional_pmi")
    assert {f.region_name for f in figures} == {"Indonesia"}


def test_precision_labels() -> None:
    _, figures = _figures("sultra_triwulan")
    assert {(f.as_of, f.as_of_precision) for f in figures} == {
        ("2025-Q2", "quarter"),
        ("2024", "year"),
    }


def test_headline_repeat_is_returned_once() -> None:
    text = (
        "Cakupan kepesertaan Jamsostek Kota Baubau capai 40 persen\n"
        "BAUBAU - Cakupan kepesertaan jaminan sosial ketenagakerjaan di Kota Baubau mencapai "
        "40,6 persen per Maret 2025, sementara peserta aktif tercatat 21.300 orang.\n"
        "Peserta aktif di Kota Baubau tercatat 21.300 orang, kata dia."
    )
    rows = {(f.metric, f.value) for f in extract_figures(text)}
    assert rows == {("coverage_pct", 40.6), ("active_participants", 21300)}


@pytest.mark.parametrize(
    "sentence",
    [
        "BPJS Ketenagakerjaan menargetkan 500 ribu peserta baru di Sultra pada 2026.",
        "Target kepesertaan di Sulteng ditargetkan mencapai 60 persen tahun depan.",
        "Hal itu sejalan dengan target nasional 99,5 persen pada 2045.",
        "Klaim JHT dibayarkan kepada 2.150 peserta di Kendari dengan nilai Rp31 miliar.",
        "Iuran peserta BPU sebesar 2 persen dari upah di Kota Palu.",
        "Jumlah peserta di Kota Kendari tumbuh 12 persen dibanding tahun lalu.",
        "Sebanyak 45 persen dari total peserta berasal dari Kota Makassar.",
        "BPJS Ketenagakerjaan menyerahkan beasiswa kepada 120 anak peserta di Sulsel.",
        "Santunan kematian Rp42 juta diserahkan kepada ahli waris di Kabupaten Muna.",
        "Sesuai UU No. 40/2004 dan Inpres Nomor 2 tahun 2021, pemda wajib mendaftarkan pekerja.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert extract_figures(sentence, published=None) == []


def test_table_with_a_date_column_and_segment_columns() -> None:
    text = (
        "KENDARI - BPJS Ketenagakerjaan mencatat perkembangan peserta aktif di Kota Kendari.\n"
        "| Tahun | Peserta Aktif | PU | BPU |\n|---|---|---|---|\n"
        "| 2023 | 45.100 | 33.000 | 12.100 |\n| Juni 2025 | 52.310 | 38.940 | 13.370 |"
    )
    rows = {(f.region_code, f.metric, f.segment, f.value, f.as_of) for f in extract_figures(text)}
    assert rows == {
        ("74.71", "active_participants", None, 45_100, "2023"),
        ("74.71", "active_participants", "PU", 33_000, "2023"),
        ("74.71", "active_participants", "BPU", 12_100, "2023"),
        ("74.71", "active_participants", None, 52_310, "2025-06"),
        ("74.71", "active_participants", "PU", 38_940, "2025-06"),
        ("74.71", "active_participants", "BPU", 13_370, "2025-06"),
    }
