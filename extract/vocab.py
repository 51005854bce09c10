"""Vocabulary of participation reporting: metric cues, segment names, words that rule a number
out (targets, claims, benefits, growth, shares), all as compiled regular expressions."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# ---- units: the noun right after a count
PERSON_UNIT = re.compile(
    r"^\s*(?:orang|pekerja|peserta|tenaga(?:\s+kerja)?|jiwa|buruh|karyawan|anggota|TK\b|PMI\b|"
    r"pegawai|honorer|nelayan|petani|pengemudi|driver|ojol|pedagang)",
    _I,
)
EMPLOYER_UNIT = re.compile(
    r"^\s*(?:perusahaan|pemberi\s+kerja|badan\s+usaha|PK\b|BU\b|unit\s+usaha|pelaku\s+usaha)", _I
)
OTHER_UNIT = re.compile(
    r"^\s*(?:kantor|cabang|bulan|tahun|hari|minggu|pekan|jam|menit|kasus|klaim|desa|kelurahan|"
    r"kecamatan|kabupaten|kota|provinsi|unit\b|segmen|program|kali|lembar|kartu|paket|ekor|"
    r"hektare|ha\b|km|meter|ton|kg|rumah|sekolah|siswa|mahasiswa|anak|penerima\s+beasiswa|"
    r"beasiswa|ahli\s+waris|item|jenis|titik|lokasi|poin|besar|sektor|kategori|tahap|agen|"
    r"kegiatan|peringkat|daerah|wilayah|negara|UMKM\b|koperasi|kendaraan|armada|buah)",
    _I,
)

# ---- metric cues
UNREGISTERED = re.compile(
    r"belum\s+(?:ter)?daftar|belum\s+(?:ter|di)lindungi|belum\s+menjadi\s+(?:peserta|anggota)|"
    r"belum\s+ter-?cover|belum\s+dicover|belum\s+tercakup|belum\s+ikut|belum\s+mengikuti|"
    r"belum\s+mendapat(?:kan)?\s+(?:hak|perlindungan|jaminan)|tidak\s+terdaftar|"
    r"belum\s+memiliki\s+(?:perlindungan|jaminan|kepesertaan)|belum\s+terjangkau|"
    r"belum\s+terlayani|belum\s+tersentuh",
    _I,
)
INACTIVE = re.compile(
    r"non\s*-?\s*aktif|tidak\s+aktif|tak\s+aktif|belum\s+membayar\s+iuran|menunggak|"
    r"tidak\s+membayar\s+iuran|tidak\s+lagi\s+aktif",
    _I,
)
NEW = re.compile(
    r"penambahan|tambahan|bertambah|peserta\s+baru|pekerja\s+baru|akuisisi|akusisi|"
    r"peningkatan\s+(?:jumlah\s+)?(?:tenaga\s+kerja|pekerja|peserta)|menjaring|merekrut|"
    r"rekrutmen|pendaftaran\s+baru|mendaftar(?:kan)?\s+baru|didaftarkan\s+baru",
    _I,
)
LABOR = re.compile(
    r"angkatan\s+kerja|potensi(?:\s+(?:pekerja|peserta|tenaga\s+kerja|kepesertaan))?|"
    r"populasi\s+(?:pekerja|tenaga\s+kerja)|penduduk\s+(?:yang\s+)?bekerja|"
    r"jumlah\s+(?:tenaga\s+kerja|pekerja)(?!\s+yang\s+(?:ter|sudah|telah|memiliki|menjadi))|"
    r"total\s+(?:tenaga\s+kerja|pekerja)(?!\s+yang\s+(?:ter|sudah|telah|memiliki|menjadi))|"
    r"dari\s+(?:total|jumlah|sekitar)\b|tenaga\s+kerja\s+yang\s+(?:ada|mencapai)|"
    r"pekerja\s+non[-\s]?ASN|total\s+jumlah",
    _I,
)
ACTIVE_STRONG = re.compile(
    r"aktif|terdaftar|terlindungi|dilindungi|tercakup|ter-?cover|dicover|menjadi\s+(?:peserta|"
    r"anggota)|kepesertaan|masuk\s+(?:dalam\s+)?program|memiliki\s+(?:perlindungan|jaminan)|"
    r"mengikuti\s+program|ikut\s+serta|diikutsertakan|mendapat(?:kan)?\s+perlindungan|"
    r"menerima\s+perlindungan|dijamin|mendaftarkan|(?<!belum\s)(?<!tidak\s)membayar\s+iuran",
    _I,
)
ACTIVE_WEAK = re.compile(r"peserta|anggota|tercatat|perlindungan|jaminan\s+sosial", _I)
REGISTERED_CONTRAST = re.compile(r"aktif|membayar\s+iuran|nonaktif", _I)
REGISTERED = re.compile(
    r"(?:total|jumlah|seluruh)\s+(?:\w+\s+){0,2}(?:yang\s+)?terdaftar|terdaftar\s+sebanyak|"
    r"peserta\s+terdaftar|(?:yang\s+)?terdaftar\s+(?:untuk|di|dalam)",
    _I,
)
EMPLOYER_CUE = re.compile(
    r"terdaftar|aktif|mendaftar|peserta|kepesertaan|bergabung|terlindungi|melindungi|"
    r"mengikutsertakan|patuh|tertib|sudah\s+ikut",
    _I,
)
COVERAGE = re.compile(
    r"cakupan|coverage|kepesertaan|terlindungi|dilindungi|tercakup|ter-?cover|terdaftar|"
    r"menjadi\s+(?:peserta|anggota)|peserta|\bUCJ\b|angkatan\s+kerja|perlindungan|"
    r"dari\s+(?:total|jumlah)\s+(?:\w+\s+){0,2}(?:tenaga\s+kerja|pekerja)",
    _I,
)

COVERAGE_DENOMINATOR = re.compile(
    r"^\s*(?:persen|%)?\s*(?:dari|terhadap)\s+(?:total|jumlah|seluruh)?\s*(?:[\d.,]+\s*(?:juta|ribu)?\s*)?"
    r"(?:angkatan\s+kerja|tenaga\s+kerja|pekerja|potensi)",
    _I,
)
COVERAGE_TOPIC = re.compile(r"cakupan|kepesertaan|coverage|\bUCJ\b", _I)

# ---- things that are not figures
EXCLUDE_ANY = re.compile(
    r"\bsetiap\b|\btiap\b|\bper\s+(?:tahap|bulan|hari|tahun|orang|peserta)\b|"
    r"target|menargetkan|\bsasaran\b|diharapkan|berharap|harapan(?:nya)?\b|berupaya|\bupaya|"
    r"(?:untuk|dalam|agar|bisa|dapat)\s+mencapai|\bmenuju\b|\brencana|direncanakan|"
    r"\bakan\b|bisa\s+(?:jadi|sampai)|\bharus\b|\bklaim|santunan|beasiswa|\bkasus\b|"
    r"ahli\s+waris|meninggal|pencairan|membayarkan|"
    r"menerima\s+manfaat|penerima\s+manfaat|\bmanfaat\s+(?:sebesar|kepada)|"
    r"\b(?:bisa|dapat|akan|harus|perlu|mampu)\s+(?:\w+\s+)?(?:aktif|men\w+|mem\w+|menjadi|ter\w+|di\w+|sampai)|"
    r"penduduk|\busia\b|\bumur\b|pelatihan|peserta\s+(?:sosialisasi|kegiatan|acara|pelatihan|"
    r"lomba|rapat)|hadir|dihadiri|undangan|penonton|pengunjung|lowongan|\bPHK\b|di-?PHK|"
    r"dirumahkan|pengangguran|menganggur|\bsekolah\b|"
    r"\bmahasiswa\b|\bsiswa\b|\bguru\b(?!\s+swasta)|vaksin|\bpasien\b",
    _I,
)
EXCLUDE_PERCENT = re.compile(
    r"pertumbuhan|tumbuh|\bnaik|kenaikan|meningkat|peningkatan|\bturun|penurunan|menurun|"
    r"terbesar|terbanyak|didominasi|mayoritas|porsi|kontribusi|menduduki|sebagian|separuh|"
    r"dari\s+(?:total|jumlah|seluruh)\s+(?:\w+\s+){0,2}(?:yang\s+)?(?:terdaftar|peserta|"
    r"kepesertaan)|dari\s+peserta|\bgaji\b|dari\s+upah|\bbunga\b|imbal|inflasi|realisasi|"
    r"\biuran\b|\bdiskon|potongan|pajak|\bsuku\b|rasio|pangsa|komposisi|proporsi|persentase\s+klaim|"
    r"capaian\s+(?:target|kinerja)|kepatuhan|survei|responden|\bsuara\b|elektabilitas",
    _I,
)
NOW = re.compile(r"\b(?:saat\s+ini|kini|sekarang|hingga\s+kini|terkini)\b", _I)

# ---- segments
_SEG_CI = [
    (
        "BPU",
        r"bukan\s+penerima\s+upah|informal|non\s*-?\s*formal|pekerja\s+mandiri|"
        r"peserta\s+mandiri|secara\s+mandiri|pekerja\s+rentan|sektor\s+informal",
    ),
    ("PU", r"penerima\s+upah|pekerja\s+formal|sektor\s+formal|\bformal\b|pekerja\s+upahan"),
    ("JAKON", r"jasa\s+konstruksi|\bjakon\b|sektor\s+konstruksi|pekerja\s+konstruksi|konstruksi"),
    (
        "PMI",
        r"pekerja\s+migran|buruh\s+migran|tenaga\s+kerja\s+indonesia|"
        r"pekerja\s+indonesia\s+di\s+luar",
    ),
]
_SEG_CS = [
    ("BPU", r"\bP?BPU\b"),
    ("PU", r"\bPU\b"),
    ("JAKON", r"\bJAKON\b|\bJakon\b"),
    ("PMI", r"\bPMI\b|\bTKI\b"),
]
SEGMENT_RE = re.compile(
    "|".join(f"(?P<{name}_{i}>{pat})" for i, (name, pat) in enumerate(_SEG_CI)), _I
)
SEGMENT_CS_RE = re.compile(
    "|".join(f"(?P<{name}_{i}>{pat})" for i, (name, pat) in enumerate(_SEG_CS))
)


_NEGATED = re.compile(r"(?:bukan|non)\s*-?\s*$", _I)


def segment_matches(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, segment) of every segment name in ``text``, offsets shifted by ``offset``."""
    out: list[tuple[int, int, str]] = []
    for rx in (SEGMENT_RE, SEGMENT_CS_RE):
        for m in rx.finditer(text):
            name = (m.lastgroup or "").split("_")[0]
            if name == "PU" and _NEGATED.search(text[max(0, m.start() - 8) : m.start()]):
                continue
            out.append((m.start() + offset, m.end() + offset, name))
    out.sort()
    return out
