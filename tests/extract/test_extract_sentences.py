"""One-sentence cases of the figure grammar: lists, respective lists, totals, denominators,
subsets, regions named in passing, and sentences that hold no figure."""

from __future__ import annotations

from datetime import date

import pytest

from extract.figures import extract_figures

PUB = date(2025, 9, 10)
Row = tuple[str | None, str, str | None, float, str | None]


def _rows(text: str) -> set[Row]:
    return {
        (f.region_code, f.metric, f.segment, f.value, f.as_of)
        for f in extract_figures(text, published=PUB)
    }


CASES: list[tuple[str, set[Row]]] = [
    (
        "Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Bombana hingga Oktober 2024 tercatat "
        "15.230 tenaga kerja, terdiri atas 9.100 peserta PU, 4.830 peserta BPU, dan 1.300 "
        "peserta Jakon.",
        {
            ("74.06", "active_participants", None, 15230, "2024-10"),
            ("74.06", "active_participants", "PU", 9100, "2024-10"),
            ("74.06", "active_participants", "BPU", 4830, "2024-10"),
            ("74.06", "active_participants", "JAKON", 1300, "2024-10"),
        },
    ),
    (
        "Dari 230 ribu pekerja di Kota Kendari, baru 98 ribu yang terdaftar sebagai peserta aktif.",
        {
            ("74.71", "labor_force", None, 230_000, None),
            ("74.71", "active_participants", None, 98_000, None),
        },
    ),
    (
        "Peserta aktif di Kota Kendari dan Kabupaten Konawe masing-masing 61.000 dan 28.000 orang.",
        {
            ("74.71", "active_participants", None, 61_000, None),
            ("74.02", "active_participants", None, 28_000, None),
        },
    ),
    (
        "Dari total 12.400 peserta BPU di Kabupaten Wakatobi, sebanyak 3.100 peserta di "
        "antaranya tidak aktif karena menunggak iuran.",
        {
            ("74.07", "registered_participants", "BPU", 12_400, None),
            ("74.07", "inactive_participants", "BPU", 3_100, None),
        },
    ),
    (
        "Jumlah peserta di Kabupaten Konawe mencapai 50.000 orang, terdiri dari 30.000 peserta "
        "aktif dan 20.000 peserta nonaktif.",
        {
            ("74.02", "registered_participants", None, 50_000, None),
            ("74.02", "active_participants", None, 30_000, None),
            ("74.02", "inactive_participants", None, 20_000, None),
        },
    ),
    (
        "Peserta aktif di Sulawesi Tenggara per 31 Juli 2025 sebanyak 305.112 peserta atau 32,4 "
        "persen dari total angkatan kerja sebanyak 941.000 orang.",
        {
            ("74", "active_participants", None, 305_112, "2025-07-31"),
            ("74", "coverage_pct", None, 32.4, "2025-07-31"),
            ("74", "labor_force", None, 941_000, "2025-07-31"),
        },
    ),
    (
        "Cakupan kepesertaan pekerja formal di Gorontalo mencapai 62 persen, sedangkan pekerja "
        "informal baru 18 persen.",
        {("75", "coverage_pct", "PU", 62.0, None), ("75", "coverage_pct", "BPU", 18.0, None)},
    ),
    (
        "BPJS Ketenagakerjaan Cabang Baubau mencatat penambahan 3.500 peserta baru selama "
        "Januari-Maret 2025.",
        {("74.72", "new_participants", None, 3_500, "2025-03")},
    ),
    (
        "Jumlah peserta se-Sultra mencapai 300 ribu orang, tertinggi se-Sulawesi.",
        {("74", "active_participants", None, 300_000, None)},
    ),
    (
        "Data per 30 Juni menunjukkan peserta aktif di Kabupaten Konawe mencapai 27.900 orang.",
        {("74.02", "active_participants", None, 27_900, "2025-06-30")},
    ),
    (
        "Jumlah pekerja yang belum terlindungi jaminan sosial ketenagakerjaan di Kaltara "
        "mencapai 180 ribu orang.",
        {("65", "unregistered", None, 180_000, None)},
    ),
    (
        "Pada 2023, jumlah pekerja migran Indonesia (PMI) asal NTB yang terdaftar sebagai peserta "
        "mencapai 48.000 orang.",
        {("52", "active_participants", "PMI", 48_000, "2023")},
    ),
    (
        "Sebanyak 1.200 perusahaan di Sultra tercatat sebagai peserta, sementara 450 perusahaan "
        "belum mendaftarkan pekerjanya.",
        {("74", "employers", None, 1_200, None)},
    ),
    (
        "Total peserta aktif di wilayah kerja yang meliputi Kota Jayapura, Kabupaten Jayapura, "
        "Keerom dan Sarmi mencapai 96.400 orang.",
        {(None, "active_participants", None, 96_400, None)},
    ),
    (
        "Sebanyak 46 persen pekerja di Kaltara telah terlindungi.\n"
        "Data per 31 Desember 2024 menunjukkan 161.055 pekerja di Kaltara sudah terdaftar.",
        {
            ("65", "coverage_pct", None, 46.0, "2024-12-31"),
            ("65", "active_participants", None, 161_055, "2024-12-31"),
        },
    ),
    (
        "Peserta aktif di Kabupaten Konawe per Juni 2025 sebanyak 1.000 orang dan peserta "
        "nonaktif 100 orang, total 1.100 orang.",
        {
            ("74.02", "active_participants", None, 1_000, "2025-06"),
            ("74.02", "inactive_participants", None, 100, "2025-06"),
            ("74.02", "registered_participants", None, 1_100, "2025-06"),
        },
    ),
    (
        "Total peserta terdaftar di Kota Palu, baik aktif maupun nonaktif, mencapai 75.000 orang.",
        {("72.71", "registered_participants", None, 75_000, None)},
    ),
    (
        "Kabupaten Halmahera Tengah mencatat UCJ tertinggi di Malut, yakni 95 persen.",
        {("82.02", "coverage_pct", None, 95.0, None)},
    ),
    (
        "Peserta BPU di Kota Mataram naik dari 9.500 orang pada 2023 menjadi 14.200 orang pada "
        "2024.",
        {
            ("52.71", "active_participants", "BPU", 9_500, "2023"),
            ("52.71", "active_participants", "BPU", 14_200, "2024"),
        },
    ),
    (
        "Universal Coverage Jamsostek (UCJ) Kota Palu baru mencapai 45,12 persen.",
        {("72.71", "coverage_pct", None, 45.12, None)},
    ),
    (  # a province, then one of its regencies: the regency's figure, not a list of two
        "Di antara kabupaten/kota di Sulbar, Kabupaten Mamuju mencatat cakupan kepesertaan "
        "tertinggi, yakni 41,7 persen.",
        {("76.02", "coverage_pct", None, 41.7, None)},
    ),
    (  # the speaker's office after the quote is not the figure's region
        "Peserta aktif BPJS Ketenagakerjaan di Kota Bitung mencapai 41.300 orang pada Agustus "
        '2025.\n"Dari jumlah itu, peserta jasa konstruksi 2.300 orang," kata Asisten Deputi '
        "Bidang Kepesertaan Wilayah Sulawesi Utara.",
        {
            ("71.72", "active_participants", None, 41_300, "2025-08"),
            ("71.72", "active_participants", "JAKON", 2_300, "2025-08"),
        },
    ),
    (  # "peserta baru dari sektor informal"; "sepanjang Juni": the month of the publication year
        "Sepanjang Juni, tercatat 1.250 peserta baru dari sektor informal di Kota Ternate.",
        {("82.71", "new_participants", "BPU", 1_250, "2025-06")},
    ),
    (  # "Jumlah tersebut naik dari ...": the count of the sentence before, at an earlier date
        "Peserta bukan penerima upah di Kota Pontianak tercatat 52.400 orang per Juli 2025.\n"
        "Jumlah tersebut naik dari 47.900 orang pada akhir 2024.",
        {
            ("61.71", "active_participants", "BPU", 52_400, "2025-07"),
            ("61.71", "active_participants", "BPU", 47_900, "2024"),
        },
    ),
    (  # "Capaian ini naik dari ...": the share of the sentence before, in a paragraph of its own
        "Cakupan kepesertaan Jamsostek di Kota Bengkulu hingga Mei 2025 mencapai 44,3 persen.\n"
        "Capaian ini naik dari posisi akhir 2023 yang sebesar 39,8 persen.",
        {
            ("17.71", "coverage_pct", None, 44.3, "2025-05"),
            ("17.71", "coverage_pct", None, 39.8, "2023"),
        },
    ),
    (  # an undated figure does not take the date of the comparison after it
        "Cakupan kepesertaan di Kabupaten Sleman mencapai 52,6 persen. Angka itu meningkat "
        "dibanding posisi Desember 2024 yang sebesar 49,1 persen.",
        {
            ("34.04", "coverage_pct", None, 52.6, None),
            ("34.04", "coverage_pct", None, 49.1, "2024-12"),
        },
    ),
    (  # a date in a later sentence with a number of its own is that number's, not the one's before
        "Masih ada sekitar 21 ribu pekerja di Kota Bitung yang belum terlindungi.\n"
        "Pada 2023, peserta aktif di Kota Bitung tercatat 38.400 orang.",
        {
            ("71.72", "unregistered", None, 21_000, None),
            ("71.72", "active_participants", None, 38_400, "2023"),
        },
    ),
    (  # the part of a workforce just named keeps its segment
        "Dari 18.600 pekerja informal di Kota Tidore Kepulauan, yang sudah terdaftar baru "
        "4.020 orang.",
        {
            ("82.72", "labor_force", "BPU", 18_600, None),
            ("82.72", "active_participants", "BPU", 4_020, None),
        },
    ),
    (  # "Disusul ...": the list of the sentence before goes on, in a paragraph of its own
        "Per Juli 2025, Kabupaten Bantul mencatat peserta aktif terbanyak, yakni 140.200 orang.\n"
        "Disusul Kabupaten Sleman 131.050 orang dan Kabupaten Gunungkidul 52.800 orang.",
        {
            ("34.02", "active_participants", None, 140_200, "2025-07"),
            ("34.04", "active_participants", None, 131_050, "2025-07"),
            ("34.03", "active_participants", None, 52_800, "2025-07"),
        },
    ),
    (  # two nouns for the same people, joined by "atau"/"dan", then the verb
        "Hingga Juni 2025, sebanyak 2.140 pemberi kerja atau badan usaha di Kota Sorong telah "
        "terdaftar.",
        {("96.71", "employers", None, 2_140, "2025-06")},
    ),
    (
        "Sebanyak 860 pengemudi ojek online dan nelayan di Kota Baubau kini menjadi peserta "
        "BPJS Ketenagakerjaan.",
        {("74.72", "active_participants", None, 860, None)},
    ),
    (  # "dengan penambahan itu, total peserta aktif ...": the total, not new participants
        "Dengan penambahan itu, total peserta aktif di Kota Ambon per Agustus 2025 mencapai "
        "60.120 orang.",
        {("81.71", "active_participants", None, 60_120, "2025-08")},
    ),
    (  # what "akan" says is of the cooperation; "yang saat ini" speaks of the number
        "Kerja sama ini akan menambah jumlah peserta BPU di Kabupaten Maros yang saat ini "
        "sebanyak 9.870 orang.",
        {("73.09", "active_participants", "BPU", 9_870, None)},
    ),
    (  # how many workers there are, with no word of membership: the workforce
        "Menurut dia, jumlah pekerja informal di Kabupaten Banggai mencapai 96.400 orang.",
        {("72.01", "labor_force", "BPU", 96_400, None)},
    ),
    (  # "Bone" alone is Kabupaten Bone (Sulsel), "Bone Bolango" the Gorontalo regency
        "Peserta aktif di Bone mencapai 52.100 orang, sedangkan di Bone Bolango 11.400 orang.",
        {
            ("73.08", "active_participants", None, 52_100, None),
            ("75.03", "active_participants", None, 11_400, None),
        },
    ),
    (  # the province that describes a capital is not the figure's region
        "Di Kota Palangka Raya, ibu kota Provinsi Kalimantan Tengah, peserta aktif tercatat "
        "71.300 orang.",
        {("62.71", "active_participants", None, 71_300, None)},
    ),
    (  # workers named by their employer are participants when a word says so ...
        "Sebanyak 2.340 pekerja non-ASN di Kabupaten Buton telah terdaftar sebagai peserta.",
        {("74.04", "active_participants", None, 2_340, None)},
    ),
    (  # ... and the workforce when none does
        "Jumlah pegawai non-ASN di Pemkab Buton tercatat 3.910 orang, dan 2.340 orang di "
        "antaranya sudah terlindungi.",
        {
            ("74.04", "labor_force", None, 3_910, None),
            ("74.04", "active_participants", None, 2_340, None),
        },
    ),
    (  # a part of the participants is in the participants' metric
        "Peserta aktif di Kota Palopo mencapai 27.650 orang. Dari jumlah peserta tersebut, "
        "6.120 orang adalah pekerja bukan penerima upah.",
        {
            ("73.73", "active_participants", None, 27_650, None),
            ("73.73", "active_participants", "BPU", 6_120, None),
        },
    ),
    (  # "Sementara ...": the list of the sentence before goes on
        "Peserta aktif terbanyak ada di Kabupaten Merauke, yakni 31.200 orang. Sementara "
        "Kabupaten Mappi 4.870 orang dan Boven Digoel 3.960 orang.",
        {
            ("93.01", "active_participants", None, 31_200, None),
            ("93.03", "active_participants", None, 4_870, None),
            ("93.02", "active_participants", None, 3_960, None),
        },
    ),
    (  # "di tiga provinsi itu": the places just named, together
        "Kepala Kanwil BPJS Ketenagakerjaan Sulawesi Utara, Gorontalo dan Maluku Utara "
        "mengatakan, peserta aktif di tiga provinsi itu mencapai 790.300 orang.",
        {(None, "active_participants", None, 790_300, None)},
    ),
    (  # "di wilayah kerjanya": the branch's area, named in the article
        "BPJS Ketenagakerjaan Cabang Merauke mencatat 40.030 peserta aktif di wilayah kerjanya. "
        "Wilayah kerja kantor cabang itu meliputi Kabupaten Merauke, Mappi dan Boven Digoel.",
        {(None, "active_participants", None, 40_030, None)},
    ),
    (  # a regional office (Kanwil) named by its area records the area's figure
        "Kanwil BPJS Ketenagakerjaan Sumbagsel mencatat 1,8 juta peserta aktif.",
        {(None, "active_participants", None, 1_800_000, None)},
    ),
    (  # percentages of places listed right after a coverage figure are coverage too
        "Cakupan kepesertaan di Sulawesi Barat per Juni 2025 mencapai 29,4 persen.\n"
        "Kabupaten Mamuju mencatat capaian tertinggi dengan 41,7 persen, disusul Kabupaten "
        "Majene 33,2 persen.",
        {
            ("76", "coverage_pct", None, 29.4, "2025-06"),
            ("76.02", "coverage_pct", None, 41.7, "2025-06"),
            ("76.05", "coverage_pct", None, 33.2, "2025-06"),
        },
    ),
    (  # ... but a bare percentage after it is not
        "Cakupan kepesertaan di Sulawesi Barat per Juni 2025 mencapai 29,4 persen.\n"
        "Sebanyak 55 persen di antaranya pekerja perempuan.",
        {("76", "coverage_pct", None, 29.4, "2025-06")},
    ),
    (  # what is said of a period that begins after the publication date is a plan
        "Pemkab Konawe membayar iuran 7.800 pekerja rentan mulai Oktober mendatang. Peserta "
        "aktif di Kabupaten Konawe pada triwulan IV 2025 ditaksir 40.000 orang. Per Agustus "
        "2025, peserta aktif di Kabupaten Konawe tercatat 35.420 orang.",
        {("74.02", "active_participants", None, 35_420, "2025-08")},
    ),
    (  # a year after a word of time is the date, even before "peserta"
        "Hingga pertengahan 2024 peserta aktif di Kota Kendari mencapai 58.310 orang.",
        {("74.71", "active_participants", None, 58_310, "2024")},
    ),
    (  # "Kep." (Kepulauan) ends no sentence
        "Peserta aktif di Kabupaten Kep. Selayar mencapai 12.840 orang per Juni 2025.",
        {("73.01", "active_participants", None, 12_840, "2025-06")},
    ),
    (  # a percentage of the participants is a share of them, not coverage
        "Peserta aktif di Kota Baubau tercatat 21.700 orang, dan 41 persen peserta aktif itu "
        "merupakan pekerja perempuan.",
        {("74.72", "active_participants", None, 21_700, None)},
    ),
    (  # ... and so is a part of a member count ("di antaranya")
        "BPJS Ketenagakerjaan mencatat 33.900 peserta aktif di Kabupaten Kolaka, sekitar 64 "
        "persen di antaranya pekerja penerima upah.",
        {("74.01", "active_participants", None, 33_900, None)},
    ),
    (  # ... but a part of the workers is coverage
        "Dari 88.000 pekerja di Kabupaten Kolaka, 27 persen di antaranya sudah terdaftar "
        "sebagai peserta BPJS Ketenagakerjaan.",
        {
            ("74.01", "labor_force", None, 88_000, None),
            ("74.01", "coverage_pct", None, 27, None),
        },
    ),
    (  # ... and so are the participants taken of the workforce
        "Di Kabupaten Kolaka, baru 27 persen peserta aktif dari total angkatan kerja.",
        {("74.01", "coverage_pct", None, 27, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence(text: str, expected: set[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kepala Kanwil BPJS Ketenagakerjaan Sulawesi Utara, Gorontalo dan Maluku Utara "
            "mengatakan, peserta aktif di tiga provinsi itu mencapai 790.300 orang.",
            "Provinsi Sulawesi Utara + Provinsi Gorontalo + Provinsi Maluku Utara",
        ),
        (
            "BPJS Ketenagakerjaan Cabang Merauke mencatat 40.030 peserta aktif di wilayah "
            "kerjanya, yang meliputi Kabupaten Merauke, Mappi dan Boven Digoel.",
            "Kabupaten Merauke + Kabupaten Mappi + Kabupaten Boven Digoel",
        ),
        (
            "Kanwil BPJS Ketenagakerjaan Sumbagsel mencatat 1,8 juta peserta aktif.",
            "Wilayah Sumbagsel",
        ),
    ],
)
def test_areas_are_named(text: str, name: str) -> None:
    (fig,) = extract_figures(text, published=PUB)
    assert (fig.region_code, fig.region_name) == (None, name)


def test_office_head_speaking_of_the_region_before_keeps_it() -> None:
    text = (
        "Peserta aktif di Sultra hingga Juni 2025 mencapai 320.400 orang. Kepala Kanwil BPJS "
        "Ketenagakerjaan Sulama mengatakan dari total tersebut terdapat 12.100 peserta baru."
    )
    assert {(f.region_code, f.metric) for f in extract_figures(text, published=PUB)} == {
        ("74", "active_participants"),
        ("74", "new_participants"),
    }


def test_area_name_lists_the_regions() -> None:
    text = "Peserta aktif di Kota Kendari dan Kabupaten Konawe sebanyak 90.000 orang."
    (fig,) = extract_figures(text)
    assert (fig.region_code, fig.region_name) == (None, "Kota Kendari + Kabupaten Konawe")


@pytest.mark.parametrize(
    "text",
    [
        "Sekitar 60 persen pekerja di NTB belum terlindungi program jaminan sosial.",
        "BPJS Ketenagakerjaan menggelar sosialisasi kepada 150 peserta dari 40 perusahaan.",
        "Pemkot Kendari menganggarkan Rp5 miliar untuk melindungi 20.000 pekerja rentan.",
        "Ia menyebut ada 2.100 peserta yang mencairkan JHT sepanjang Juli 2025.",
        "Sebanyak 3.200 pekerja di Kabupaten Konawe terkena PHK tahun ini.",
        "BPJS Ketenagakerjaan memiliki 25 kantor cabang dan 12.450 klaim JHT diproses.",
        "Targetnya, kepesertaan bisa menyentuh 100 persen pada akhir tahun.",
        "Pemprov menargetkan 1 juta pekerja terlindungi pada 2026.",
        "Usia peserta minimal 18 tahun dan maksimal 65 tahun.",
        "Sebanyak 60 persen peserta berasal dari Kota Makassar.",
        "Baca juga: 50 ribu pekerja di Kendari terlindungi BPJS Ketenagakerjaan",
        "BPJS Ketenagakerjaan menggelar donor darah yang diikuti 120 peserta.",
        "BPJS Ketenagakerjaan membuka rekrutmen 200 pegawai baru tahun ini.",
        "Sebanyak 25 perusahaan menerima penghargaan Paritrana Award tingkat Provinsi Sultra.",
        "Kantor cabang melayani rata-rata 350 peserta per hari untuk pencairan JHT.",
        "Sepanjang 2024, tercatat 3.412 kasus kecelakaan kerja di Sulawesi Tengah.",
        "Iuran JKK sebesar 0,24 persen hingga 1,74 persen dari upah sebulan.",
        "Dana kelolaan BPJS Ketenagakerjaan mencapai Rp 752 triliun per Desember 2024.",
        "Hingga kini, 120 ribu pekerja sudah mencairkan saldo JHT mereka.",
        "Rapat koordinasi diikuti 45 kepala desa dan 30 camat se-Kabupaten Konawe.",
        "Jumlah penduduk Kota Kendari mencapai 350.000 jiwa.",
        "Angka pengangguran terbuka di Sultra sebesar 3,2 persen.",
        "Ada 12 kantor cabang perintis di Sulawesi Tenggara.",
        "Sebanyak 5 kabupaten di Sultra telah menerbitkan peraturan bupati.",
        "BPJS Ketenagakerjaan Kendari, Jalan Ahmad Yani No. 12, telepon (0401) 3123456.",
        "Nelayan menyumbang 30 persen kepesertaan BPJS Ketenagakerjaan di Kota Kendari.",
        "Sebanyak 1.870 perusahaan di Kota Palu menunggak iuran BPJS Ketenagakerjaan.",
        "Pihaknya menemukan 96 perusahaan yang hanya mendaftarkan sebagian pekerjanya.",
        "BSU tahap kedua disalurkan kepada 1,3 juta pekerja yang terdaftar sebagai peserta aktif.",
        "Aplikasi JMO telah diunduh 2,2 juta peserta BPJS Ketenagakerjaan.",
        "Sebanyak 400 peserta mengikuti jalan sehat BPJS Ketenagakerjaan Cabang Kendari.",
        "Kecelakaan kerja yang dialami 2.870 peserta di Sultra telah ditangani.",
        "Jumlah pencari kerja yang terdaftar di Disnaker Kota Kendari mencapai 7.900 orang.",
        "Sebanyak 18 perusahaan terdaftar mendapatkan penghargaan dari wali kota.",
        "Pemkot menyiapkan Rp2,1 miliar untuk membayar iuran 10.500 pekerja rentan.",
        "Pekerja sektor perikanan mencakup 22 persen peserta aktif di Kota Bitung.",
    ],
)
def test_no_figure(text: str) -> None:
    assert extract_figures(text, published=PUB) == []


def test_count_too_large_for_the_context_region_is_national() -> None:
    text = (
        "KENDARI - BPJS Ketenagakerjaan Cabang Kendari mencatat 52.000 peserta aktif di Kota "
        "Kendari.\nKepala Cabang mengatakan, secara umum BPJS Ketenagakerjaan mencatat 41 juta "
        "peserta aktif."
    )
    assert _rows(text) == {
        ("74.71", "active_participants", None, 52_000, None),
        ("ID", "active_participants", None, 41_000_000, None),
    }


def test_national_aside_does_not_become_the_article_region() -> None:
    text = (
        "KENDARI - Secara nasional, BPJS Ketenagakerjaan mencatat 45 juta peserta aktif.\n"
        "Di Kota Kendari, peserta aktif mencapai 52.000 orang.\n"
        "Jumlah perusahaan yang terdaftar mencapai 2.100 perusahaan."
    )
    assert _rows(text) == {
        ("ID", "active_participants", None, 45_000_000, None),
        ("74.71", "active_participants", None, 52_000, None),
        ("74.71", "employers", None, 2_100, None),
    }


def test_counted_noun_before_the_number() -> None:
    text = "Adapun total pemberi kerja yang terdaftar di Sultra mencapai 7.500."
    assert _rows(text) == {("74", "employers", None, 7_500, None)}


def test_angka_ini_keeps_the_segment_of_the_figure_before() -> None:
    text = (
        "SANGATTA - Pemkab Kutai Timur mendaftarkan 62.400 pekerja rentan sebagai peserta bukan "
        "penerima upah (BPU) sepanjang 2024.\n"
        "Angka ini mencerminkan tingkat cakupan mencapai 150 persen."
    )
    figs = extract_figures(text, published=PUB)
    rows = {(f.region_code, f.metric, f.segment, f.value, f.as_of) for f in figs}
    assert rows == {
        ("64.08", "active_participants", "BPU", 62_400, "2024"),
        ("64.08", "coverage_pct", "BPU", 150.0, "2024"),
    }
    assert next(f for f in figs if f.metric == "coverage_pct").flags == ["coverage_over_100"]
