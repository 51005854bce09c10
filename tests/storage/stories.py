"""Realistic article texts for dedup and series tests: one ANTARA story, a regional copy with a
new headline and small edits, and unrelated stories about the same topic."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from extract.model import Figure
from storage.articles import ArticleRecord, ensure_outlet, store_article
from tests.storage.helpers import WITA, make_figure, make_record

ANTARA_TEXT = (
    "Kendari (ANTARA) - BPJS Ketenagakerjaan Cabang Kendari mencatat jumlah peserta aktif di "
    "Kota Kendari mencapai 52.340 orang hingga akhir Juni 2025, naik dibanding periode yang "
    "sama tahun lalu. Kepala Kantor Cabang BPJS Ketenagakerjaan Kendari mengatakan kenaikan itu "
    "didorong oleh pendaftaran pekerja bukan penerima upah dari kalangan nelayan, petani dan "
    "pedagang pasar tradisional. Menurut dia, pemerintah kota telah menganggarkan iuran bagi "
    "pekerja rentan melalui APBD sehingga lebih banyak warga terlindungi program jaminan "
    "kecelakaan kerja dan jaminan kematian. Ia berharap seluruh pemberi kerja di Kendari "
    "mendaftarkan pekerjanya karena perlindungan jaminan sosial merupakan hak setiap pekerja. "
    "BPJS Ketenagakerjaan juga terus melakukan sosialisasi ke kelurahan dan pasar agar pekerja "
    "informal memahami manfaat program yang iurannya mulai dari enam belas ribu rupiah per bulan."
)

# The regional outlet's copy: dateline dropped, a few words changed, a closing sentence added.
REGIONAL_TEXT = (
    ANTARA_TEXT.replace("Kendari (ANTARA) - ", "")
    .replace("naik dibanding", "meningkat dibandingkan")
    .replace("Menurut dia,", "Ia menjelaskan,")
    + " Sosialisasi serupa akan digelar di kecamatan lain pada bulan depan."
)

OTHER_TEXT = (
    "Kolaka (ANTARA) - Pemerintah Kabupaten Kolaka bersama BPJS Ketenagakerjaan menyerahkan "
    "santunan jaminan kematian kepada ahli waris tiga pekerja yang meninggal dunia saat bekerja. "
    "Bupati Kolaka meminta kepala desa mendata pekerja rentan yang belum terdaftar agar tahun "
    "depan iurannya dapat ditanggung anggaran daerah. Menurut catatan kantor cabang, cakupan "
    "kepesertaan di kabupaten itu masih rendah dibanding rata-rata provinsi dan sebagian besar "
    "peserta merupakan pekerja penerima upah di perusahaan tambang nikel dan perkebunan sawit. "
    "Pihaknya akan membuka layanan jemput bola di pasar dan pelabuhan perikanan setiap pekan."
)

THIRD_TEXT = (
    "Baubau (ANTARA) - Ratusan pengemudi ojek daring di Kota Baubau didaftarkan sebagai peserta "
    "program jaminan sosial ketenagakerjaan melalui kerja sama dengan aplikator transportasi. "
    "Kepala kantor cabang menyebut perlindungan ini penting karena pengemudi menghadapi risiko "
    "kecelakaan di jalan setiap hari, sementara sebagian besar belum memiliki asuransi apa pun. "
    "Selain itu, pemerintah kota menyiapkan insentif bagi koperasi yang mendaftarkan anggotanya "
    "dan berencana memperluas program ke buruh bongkar muat di pelabuhan dalam waktu dekat."
)


def variant(text: str, tag: str) -> str:
    """An unrelated-looking text (different story) derived from ``text`` for bulk tests."""
    words = text.split()
    return " ".join(f"{word}{tag}" if i % 2 else word for i, word in enumerate(words))


def add_outlets(session: Any) -> None:
    ensure_outlet(session, "antara-sultra", "ANTARA Sultra", "https://sultra.antaranews.com")
    ensure_outlet(session, "sultrakini", "Sultra Kini", "https://sultrakini.example")
    ensure_outlet(session, "kendaripos", "Kendari Pos", "https://kendaripos.example", "74.71")


def article(
    number: int,
    outlet: str,
    text: str,
    published: datetime,
    title: str | None = None,
) -> ArticleRecord:
    hosts = {
        "antara-sultra": "https://sultra.antaranews.com",
        "sultrakini": "https://sultrakini.example",
        "kendaripos": "https://kendaripos.example",
    }
    url = f"{hosts[outlet]}/berita/{number}"
    return make_record(
        number,
        outlet_key=outlet,
        url=url,
        canonical_url=url,
        title=title or f"Berita {number}",
        text=text,
        published_at=published,
    )


def day(month: int, day_: int, hour: int = 9) -> datetime:
    return datetime(2025, month, day_, hour, 0, tzinfo=WITA)


def coverage(value: float, as_of: str | None, **overrides: Any) -> Figure:
    precision = None if as_of is None else {7: "month", 10: "day", 4: "year"}.get(len(as_of))
    if as_of is not None and "Q" in as_of:
        precision = "quarter"
    return make_figure(as_of=as_of, as_of_precision=precision, value=value, **overrides)


def store(session: Any, items: list[tuple[ArticleRecord, list[Figure]]]) -> None:
    for record, figures in items:
        store_article(session, record, figures, extractor_version="t1")


def later(when: datetime, days: int) -> datetime:
    return when + timedelta(days=days)
