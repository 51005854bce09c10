"""No input crashes the extractor and every output satisfies the schema."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.figures import EXTRACTOR_VERSION, extract_figures
from extract.model import METRICS, PRECISIONS, SEGMENTS
from extract.regions import region_by_code

_WORDS = [
    "peserta",
    "aktif",
    "sebanyak",
    "orang",
    "pekerja",
    "persen",
    "juta",
    "ribu",
    "di",
    "Kota Kendari",
    "Sultra",
    "Kabupaten Pati",
    "per",
    "Juni",
    "2025",
    "hingga",
    "triwulan II",
    "angkatan kerja",
    "belum terdaftar",
    "nonaktif",
    "penerima upah",
    "BPU",
    "jasa konstruksi",
    "PMI",
    "perusahaan",
    "Rp42 juta",
    "target",
    "(28/7/2025)",
    "Senin,",
    "dari total",
    "atau",
    "1.234",
    "49.397",
    "35,05",
    "1,2",
    "41.56",
    ".",
    ",",
    "\n",
    "sekitar",
    "lebih dari",
    "-",
    "| Kabupaten/Kota | Peserta Aktif | Cakupan (%) |",
    "| Kota Kendari | 1.234 | 35,1 |",
    "| Total | 2.000 |",
    "|",
    "cakupan",
    "kepesertaan",
    "tahun lalu",
    "semester I",
    "Kendari (ANTARA) -",
    "masing-masing",
    # letters IGNORECASE reads as ASCII ones ("triwulan İ" once raised a KeyError)
    "triwulan İ",
    "semester ı",
    "Junı",
    "ſemester I",
    "\u212aota Kendari",
    "İ",
]

_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join),
)


def _check(text: str, published: date | None) -> None:
    for f in extract_figures(text, title=text[:40], published=published):
        assert f.metric in METRICS
        assert f.segment is None or f.segment in SEGMENTS
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.evidence
        assert f.unit in ("persons", "employers", "percent")
        assert f.value >= 0
        assert (f.as_of is None) == (f.as_of_precision is None)
        assert f.as_of_precision is None or f.as_of_precision in PRECISIONS
        assert 0 < f.confidence <= 1
        assert f.extractor_version == EXTRACTOR_VERSION
        assert f.region_code is None or region_by_code(f.region_code) is not None
        assert f.region_name
        assert isinstance(f.flags, list)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text, st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1))))
def test_any_text_gives_valid_figures(text: str, published: date | None) -> None:
    _check(text, published)
