"""Region names as the press writes them, resolved to Kepmendagri codes."""

from __future__ import annotations

import pytest

from extract.regions import (
    NATIONAL,
    find_region_mentions,
    load_regions,
    region_by_code,
    resolve_region_name,
)
from extract.scope import RegionScope, dateline_span


def test_bundled_list() -> None:
    regions = load_regions()
    levels = [r.level for r in regions]
    assert levels.count("province") == 38
    assert levels.count("regency") + levels.count("city") == 514
    assert region_by_code("74.71") is not None
    assert region_by_code("ID") is NATIONAL
    assert region_by_code("99.99") is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kota Kendari", "74.71"),
        ("kota kendari", "74.71"),
        ("Kendari", "74.71"),
        ("Provinsi Sulawesi Tengah", "72"),
        ("Sulawesi Tengah", "72"),
        ("Sulteng", "72"),
        ("SULTENG", "72"),
        ("Kutim", "64.08"),
        ("Kabupaten Kutai Timur", "64.08"),
        ("Kab. Kutai Timur", "64.08"),
        ("Kukar", "64.02"),
        ("PPU", "64.09"),
        ("Sultra", "74"),
        ("Sulsel", "73"),
        ("Sulut", "71"),
        ("Sulbar", "76"),
        ("Kaltim", "64"),
        ("Kaltara", "65"),
        ("Kalsel", "63"),
        ("Kalteng", "62"),
        ("Kalbar", "61"),
        ("Malut", "82"),
        ("NTT", "53"),
        ("NTB", "52"),
        ("DKI", "31"),
        ("Provinsi DKI Jakarta", "31"),
        ("DIY", "34"),
        ("Babel", "19"),
        ("Kepri", "21"),
        ("Kabupaten Sorong", "96.01"),
        ("Kota Sorong", "96.71"),
        ("Gorontalo", "75"),
        ("Kota Gorontalo", "75.71"),
        ("Jakarta Selatan", "31.74"),
        ("Indonesia", "ID"),
        ("Pemkot Kendari", "74.71"),
    ],
)
def test_resolve_region_name(name: str, code: str) -> None:
    region = resolve_region_name(name)
    assert region is not None
    assert region.code == code


@pytest.mark.parametrize(
    "name", ["Wilayah Kalimantan", "Cabang Kudus (Kabupaten Kudus, Jepara)", "Atlantis", ""]
)
def test_unresolvable_names(name: str) -> None:
    assert resolve_region_name(name) is None


def test_display_names() -> None:
    assert resolve_region_name("Sultra").display_name == "Provinsi Sulawesi Tenggara"  # type: ignore[union-attr]
    assert resolve_region_name("Kendari").display_name == "Kota Kendari"  # type: ignore[union-attr]


def test_mentions_in_text() -> None:
    text = "pekerja di Kota Kendari, Provinsi Sulawesi Tenggara (Sultra), dan se-Kalimantan"
    found = [(m.surface, m.area) for m in find_region_mentions(text)]
    assert found == [
        ("Kota Kendari", None),
        ("Provinsi Sulawesi Tenggara", None),
        ("Sultra", None),
        ("Kalimantan", "Kalimantan"),
    ]


def test_common_words_are_not_regions() -> None:
    assert find_region_mentions("batu bara dan puncak acara di kota itu") == []


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Kendari (ANTARA) - BPJS mencatat", "Kendari (ANTARA)"),
        ("PALU, METROSULAWESI.NET - BPJS mencatat", "PALU, METROSULAWESI.NET"),
        ("Sulteng.WahanaNews.co, Palu - BPJS mencatat", "Sulteng.WahanaNews.co, Palu"),
        ("KENDARI – Badan Penyelenggara", "KENDARI"),
    ],
)
def test_datelines(text: str, head: str) -> None:
    span = dateline_span(text)
    assert span is not None
    assert text[span[0] : span[1]] == head


def test_roles_of_mentions() -> None:
    text = (
        "Kendari (ANTARA) - Kepala BPJS Ketenagakerjaan Cabang Kendari mengatakan peserta di "
        "Kabupaten Konawe terus bertambah, katanya di Kendari, Rabu."
    )
    roles = [(p.name, p.role) for p in RegionScope(text, None).places]
    assert roles == [
        ("Kota Kendari", "dateline"),
        ("Kota Kendari", "office"),
        ("Kabupaten Konawe", "strong"),
        ("Kota Kendari", "speaker"),
    ]


def test_every_short_form_names_a_listed_region() -> None:
    from extract.regionnames import SHORT_FORMS as _SHORT_FORMS

    names = {r.name for r in load_regions()}
    assert {official for official in _SHORT_FORMS.values()} <= names


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Baubau", "74.72"),
        ("Bau-Bau", "74.72"),
        ("Kota Baubau", "74.72"),
        ("Konsel", "74.05"),
        ("Palangka Raya", "62.71"),
        ("Toli Toli", "72.04"),
        ("Kabupaten Labuhan Batu Utara", "12.23"),
        ("Labuhan Batu Selatan", "12.22"),
        ("Kota Pare-Pare", "73.72"),
        ("Pare Pare", "73.72"),
        ("Kota Pematang Siantar", "12.72"),
        ("Kabupaten Toba Samosir", "12.12"),
        ("Kota Tebingtinggi", "12.76"),
        ("Kabupaten Gunung Kidul", "34.03"),
        ("Kabupaten Kep. Selayar", "73.01"),
        ("Kep. Riau", "21"),
        ("Provinsi Kep. Bangka Belitung", "19"),
    ],
)
def test_spelling_variants(name: str, code: str) -> None:
    region = resolve_region_name(name)
    assert region is not None and region.code == code


def test_spelling_variants_in_running_text() -> None:
    text = "Di Kabupaten Labuhan Batu Utara dan Kota Pare-Pare, serta di Kab. Kep. Selayar."
    assert [m.candidates[0].code for m in find_region_mentions(text)] == [
        "12.23",
        "73.72",
        "73.01",
    ]


def test_every_spelling_is_of_a_listed_name() -> None:
    from extract.regionnames import SPELLINGS as _SPELLINGS

    words = {w for r in load_regions() for w in r.name.split()}
    assert set(_SPELLINGS) <= words
