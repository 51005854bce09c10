"""Vocabulary of participation reporting: metric cues, segment names, words that rule a number
out (targets, claims, benefits, growth, shares), all as compiled regular expressions."""

from __future__ import annotations

import re

from extract.matcher import Matcher, by_first_letter, named_alternatives

# ---- units: the noun right after a count
PERSON_UNIT = Matcher(
    r"^\s*(?:orang|pekerja|peserta|tenaga(?:\s+kerja)?|jiwa|buruh|karyawan|anggota|TK\b|PMI\b|"
    r"pegawai|honorer|nelayan|petani|pengemudi|driver|ojol|pedagang)"
)
EMPLOYER_UNIT = Matcher(
    r"^\s*(?:perusahaan|pemberi\s+kerja|badan\s+usaha|PK\b|BU\b|unit\s+usaha|pelaku\s+usaha)"
)
OTHER_UNIT = Matcher(
    r"^\s*(?:kantor|cabang|bulan|tahun|hari|minggu|pekan|jam|menit|kasus|klaim|desa|kelurahan|"
    r"kecamatan|kabupaten|kota|provinsi|unit\b|segmen|program|kali|lembar|kartu|paket|ekor|"
    r"hektare|ha\b|km|meter|ton|kg|rumah|sekolah|siswa|mahasiswa|anak|penerima\s+beasiswa|"
    r"beasiswa|ahli\s+waris|item|jenis|titik|lokasi|poin|besar|sektor|kategori|tahap|agen|"
    r"proyek|paket|kontrak|pekerjaan\b|"
    r"kegiatan|peringkat|daerah|wilayah|negara|UMKM\b|koperasi|kendaraan|armada|buah)"
)

# ---- metric cues
UNREGISTERED = Matcher(
    r"belum\s+(?:ter)?daftar|belum\s+(?:ter|di)lindungi|belum\s+menjadi\s+(?:peserta|anggota)|"
    r"belum\s+ter-?cover|belum\s+dicover|belum\s+tercakup|belum\s+ikut|belum\s+mengikuti|"
    r"belum\s+mendapat(?:kan)?\s+(?:hak|perlindungan|jaminan)|tidak\s+terdaftar|"
    r"belum\s+memiliki\s+(?:perlindungan|jaminan|kepesertaan)|belum\s+terjangkau|"
    r"belum\s+terlayani|belum\s+tersentuh"
)
INACTIVE = Matcher(
    r"non\s*-?\s*aktif|tidak\s+aktif|tak\s+aktif|belum\s+membayar\s+iuran|menunggak|"
    r"tidak\s+membayar\s+iuran|tidak\s+lagi\s+aktif"
)
# (an increase pointed back at, "dengan penambahan itu", or compared, "bertambah dibandingkan
# tahun lalu yang hanya 2.900 orang", names no new participants)
NEW = Matcher(
    r"(?:penambahan|tambahan)(?!\s+(?:itu|ini|tersebut)\b)|bertambah(?!\s+(?:dibanding|dari\b))|"
    r"peserta\s+baru|pekerja\s+baru|akuisisi|akusisi|"
    r"peningkatan\s+(?:jumlah\s+)?(?:tenaga\s+kerja|pekerja|peserta)|menjaring|"
    r"pendaftaran\s+baru|mendaftar(?:kan)?\s+baru|didaftarkan\s+baru|"
    r"(?<!ter)(?<!belum\s)mendaftar\b(?!kan)"
)
LABOR = Matcher(
    r"angkatan\s+kerja|potensi(?:\s+(?:pekerja|peserta|tenaga\s+kerja|kepesertaan))?|"
    r"populasi\s+(?:pekerja|tenaga\s+kerja)|penduduk\s+(?:yang\s+)?bekerja|"
    r"total\s+(?:tenaga\s+kerja|pekerja)(?!\s+yang\s+(?:ter|sudah|telah|memiliki|menjadi))|"
    r"dari\s+(?:total|jumlah|sekitar)\b(?!\s+(?:itu|tersebut|ini|tadi|peserta|kepesertaan|anggota)\b)|"
    r"tenaga\s+kerja\s+yang\s+(?:ada|mencapai)|total\s+jumlah"
)
# a population of workers by who employs them: the workforce when no word says they are members
# ("jumlah pegawai non-ASN di Pemprov Maluku tercatat 9.420 orang"; but "5.000 pekerja non-ASN
# telah terdaftar" are participants)
LABOR_GROUP = Matcher(r"(?:pekerja|pegawai|tenaga\s+kerja)\s+non[-\s]?asn", ("asn",))
# (each look-behind stands after the "m" its alternative starts with, where it sees the same
# text: every alternative then starts with a letter, and the engine only tries positions holding
# one of those first letters instead of every position)
ACTIVE_STRONG = Matcher(
    r"aktif|terdaftar|terlindungi|dilindungi|tercakup|ter-?cover|dicover|"
    r"m(?<!dapat\sm)(?<!bisa\sm)(?<!akan\sm)enjadi\s+(?:peserta|anggota)|kepesertaan|"
    r"masuk\s+(?:dalam\s+)?program|memiliki\s+(?:perlindungan|jaminan)|"
    r"mengikuti\s+program|ikut\s+serta|diikutsertakan|mendapat(?:kan)?\s+perlindungan|"
    r"menerima\s+perlindungan|dijamin|mendaftarkan|m(?<!belum\sm)(?<!tidak\sm)embayar\s+iuran|"
    r"m(?<!untuk\sm)elindungi"
)
ACTIVE_WEAK = Matcher(r"peserta|anggota|tercatat|perlindungan|jaminan\s+sosial")
# (triggers below with ``ci_gate=False``: every match holds one of them, so text without them is
# not scanned; text holding "İ" is searched as before)
REGISTERED_CONTRAST = Matcher(
    r"aktif|membayar\s+iuran|nonaktif", ("aktif", "membayar"), ci_gate=False
)
REGISTERED = Matcher(
    r"(?:total|jumlah|seluruh)\s+(?:\w+\s+){0,2}(?:yang\s+)?terdaftar|terdaftar\s+sebanyak|"
    r"peserta\s+terdaftar|(?:yang\s+)?terdaftar\s+(?:untuk|di|dalam)",
    ("terdaftar",),
    ci_gate=False,
)
EMPLOYER_CUE = Matcher(
    r"terdaftar|aktif|mendaftar|(?:sebagai|menjadi)\s+peserta|kepesertaan|bergabung|terlindungi|"
    r"melindungi|"
    r"mengikutsertakan|patuh|tertib|sudah\s+ikut"
)
COVERAGE = Matcher(
    r"cakupan|coverage|kepesertaan|terlindungi|dilindungi|tercakup|ter-?cover|terdaftar|"
    r"menjadi\s+(?:peserta|anggota)|peserta|\bUCJ\b|angkatan\s+kerja|perlindungan|"
    r"dari\s+(?:total|jumlah)\s+(?:\w+\s+){0,2}(?:tenaga\s+kerja|pekerja)"
)

COVERAGE_DENOMINATOR = Matcher(
    r"^\s*(?:persen|%)?\s*(?:dari|terhadap)\s+(?:total|jumlah|seluruh)?\s*(?:[\d.,]+\s*(?:juta|ribu)?\s*)?"
    r"(?:angkatan\s+kerja|tenaga\s+kerja|pekerja|potensi)"
)
COVERAGE_TOPIC = Matcher(
    r"cakupan|kepesertaan|coverage|\bUCJ\b",
    ("cakupan", "kepesertaan", "coverage", "ucj"),
    ci_gate=False,
)

# ---- things that are not figures
# Alternatives that began with a group of words are written out one word each, the same
# alternatives in the same order: ``has_folded`` then runs each only on text holding its first
# word (a group gives no literal to look for, and such an alternative ran on every clause).
_REACH = "|".join(rf"{w}\s+mencapai" for w in ("untuk", "dalam", "agar", "bisa", "dapat"))
_MODAL_VERB = "|".join(
    rf"(?<!yang\s)\b{w}\s+(?:\w+\s+)?(?:aktif|men\w+|mem\w+|menjadi|ter\w+|di\w+|sampai)"
    for w in ("bisa", "dapat", "akan", "harus", "perlu", "mampu")
)
_HIRING = "|".join(rf"{w}\s+(?!peserta)" for w in ("rekrutmen", "merekrut", "penerimaan"))
EXCLUDE_ANY = Matcher(
    r"\bsetiap\b|\btiap\b|p(?<!\wp)er\s+(?:tahap|bulan|hari|tahun|orang|peserta)\b|"
    r"target|menargetkan|\bsasaran\b|diharapkan|berharap|harapan(?:nya)?\b|berupaya|\bupaya|"
    + _REACH
    + r"|\bmenuju\b|\brencana|direncanakan|"
    r"\bakan\b|rencana|bisa\s+(?:jadi|sampai)|\bharus\b|\bklaim|santunan|beasiswa|\bkasus\b|"
    r"ahli\s+waris|meninggal|pencairan|membayarkan|"
    r"menerima\s+manfaat|penerima\s+manfaat|\bmanfaat\s+(?:sebesar|kepada)|" + _MODAL_VERB + "|"
    r"penduduk|\busia\b|\bumur\b|pelatihan|peserta\s+(?:sosialisasi|kegiatan|acara|pelatihan|"
    r"lomba|rapat)|hadir|dihadiri|undangan|penonton|pengunjung|lowongan|\bPHK\b|di-?PHK|"
    r"dirumahkan|pengangguran|menganggur|\bsekolah\b|"
    r"\bmahasiswa\b|\bsiswa\b|vaksin|\bpasien\b|" + _HIRING + r"|donor\s+darah|"
    r"bpjs\s+kesehatan|\bjkn\b|\bkis\b|jaminan\s+kesehatan|\bpbi\b|asuransi\s+kesehatan|"
    r"\btaspen\b|\basabri\b|"
    r"sosialisasi|seminar|workshop|lokakarya|bimtek|sarasehan|\blomba|\bacara\b|"
    r"webinar|\brapat\b|pertemuan|kunjungan|mencairkan|menerima\s+(?:santunan|beasiswa|klaim)|"
    r"menganggarkan|dianggarkan|\balokasi|untuk\s+(?:melindungi|mendaftarkan|menanggung|membayar|"
    r"membiayai|mengikutsertakan)|"
    # wage subsidies (BSU), app downloads, sports events, accidents, job seekers, incentives
    # and awards: people counted for something else
    r"\bbsu\b|subsidi\s+(?:upah|gaji)|diunduh|mengunduh|jalan\s+sehat|\bsenam\b|fun\s*run|"
    r"gerak\s+jalan|turnamen|mengalami\s+kecelakaan|korban\s+kecelakaan|\bdialami\b|"
    r"pencari\s+kerja|\bpencaker\b|insentif|(?:mendapat(?:kan)?|meraih)\s+penghargaan",
    (
        "tiap",
        "per tahap",
        "per bulan",
        "per hari",
        "per tahun",
        "per orang",
        "per peserta",
        "arget",
        "sasaran",
        "harap",
        "upaya",
        "dalam mencapai",
        "agar mencapai",
        "menuju",
        "rencana",
        "akan",
        "bisa",
        "dapat",
        "harus",
        "perlu",
        "mampu",
        "klaim",
        "santunan",
        "beasiswa",
        "kasus",
        "waris",
        "meninggal",
        "pencairan",
        "membayarkan",
        "manfaat",
        "penduduk",
        "usia",
        "umur",
        "pelatihan",
        "sosialisasi",
        "kegiatan",
        "acara",
        "lomba",
        "rapat",
        "hadir",
        "undangan",
        "penonton",
        "pengunjung",
        "lowongan",
        "phk",
        "dirumahkan",
        "nganggur",
        "sekolah",
        "siswa",
        "vaksin",
        "pasien",
        "rekrut",
        "penerimaan",
        "donor",
        "kesehatan",
        "jkn",
        "kis",
        "pbi",
        "taspen",
        "asabri",
        "seminar",
        "workshop",
        "lokakarya",
        "bimtek",
        "sarasehan",
        "webinar",
        "pertemuan",
        "kunjungan",
        "mencairkan",
        "menerima",
        "anggar",
        "alokasi",
        "untuk",
        "bsu",
        "subsidi",
        "unduh",
        "jalan",
        "senam",
        "run",
        "turnamen",
        "kecelakaan",
        "dialami",
        "pencari",
        "pencaker",
        "insentif",
        "penghargaan",
    ),
)
EMPLOYER_NOT = Matcher(
    r"(?:belum|tidak|enggan)\s+(?:\w+\s+)?(?:men)?daftar|menunggak|tidak\s+patuh|sebagian\s+pekerja|"
    r"daftar\s+sebagian|(?:mendapat(?:kan)?|menerima|meraih)\s+penghargaan"
)
SHARE_AFTER = Matcher(
    r"^\s*(?:dari\s+)?(?:total\s+|jumlah\s+|seluruh\s+)?(?:kepesertaan|peserta)\b(?!\s+(?:aktif|"
    r"bpjs|jamsostek|bp\s*jamsostek))"
)
# "35 persen peserta aktif merupakan pekerja perempuan": a share of the members, unless the
# percentage is taken of the workforce ("35 persen peserta aktif dari total angkatan kerja")
MEMBERS_AFTER = Matcher(r"^\s*(?:dari\s+)?(?:total\s+|jumlah\s+|seluruh\s+)?peserta\b")
WORKFORCE_DENOMINATOR = Matcher(
    r"\b(?:dari|terhadap)\s+(?:total\s+|jumlah\s+|seluruh\s+)?(?:[\w.,]+\s+){0,3}?"
    r"(?:angkatan\s+kerja|tenaga\s+kerja|pekerja|potensi|penduduk\s+bekerja)\b",
    ("dari", "terhadap"),
)
# "70 persen di antaranya", "dari jumlah itu, 60 persen": a part of the count just given
PART_OF_COUNT = Matcher(
    r"\bdi\s*antaranya\b|\bdari\s+(?:jumlah|angka|total)\s+(?:\w+\s+)?(?:itu|tersebut)\b",
    ("antaranya", "dari"),
)
EXCLUDE_PERCENT = Matcher(
    r"berasal\s+dari|disumbang|sumbangan|kontributor|menyumbang|"
    r"terbesar|terbanyak|didominasi|mayoritas|porsi|kontribusi|menduduki|sebagian|separuh|"
    r"dari\s+(?:total|jumlah|seluruh)\s+(?:\w+\s+){0,2}(?:yang\s+)?(?:terdaftar|peserta|"
    r"kepesertaan)|dari\s+peserta|\bgaji\b|dari\s+upah|\bbunga\b|imbal|inflasi|realisasi|"
    r"\biuran\b|\bdiskon|potongan|pajak|\bsuku\b|rasio|pangsa|komposisi|proporsi|persentase\s+klaim|"
    r"capaian\s+(?:target|kinerja)|kepatuhan|survei|responden|\bsuara\b|elektabilitas",
    (
        "berasal",
        "sumbang",
        "menyumbang",  # "sumbang" is not a substring of "menyumbang" (nasal prefix)
        "kontributor",
        "terbesar",
        "terbanyak",
        "didominasi",
        "mayoritas",
        "porsi",
        "kontribusi",
        "menduduki",
        "sebagian",
        "separuh",
        "dari ",
        "gaji",
        "bunga",
        "imbal",
        "inflasi",
        "realisasi",
        "iuran",
        "diskon",
        "potongan",
        "pajak",
        "suku",
        "rasio",
        "pangsa",
        "komposisi",
        "proporsi",
        "persentase klaim",
        "capaian",
        "kepatuhan",
        "survei",
        "responden",
        "suara",
        "elektabilitas",
    ),
)
# "(?:pertumbuhan|tumbuh|\bnaik|...)\b", each alternative followed by the "\b" (the same
# matches), written to start with letters ("n(?<!\wn)aik": "\bnaik"), see by_first_letter
GROWTH = Matcher(
    by_first_letter(
        [
            f"{word}\\b"
            for word in (
                *("pertumbuhan", "tumbuh", r"n(?<!\wn)aik", "kenaikan", r"meningkat\w*"),
                *("peningkatan", r"t(?<!\wt)urun", "penurunan", "menurun", "bertambah"),
                *("berkurang", "melonjak", "lonjakan", "anjlok"),
            )
        ]
    )
)
# a comparison with an earlier figure ("naik dari 36,72 persen pada akhir 2024", "dibanding
# periode yang sama tahun lalu"): its date is the earlier figure's
COMPARISON = (
    r"dibanding\w*|(?:naik|turun|meningkat|menurun|bertambah|berkurang)\s+dari|sebelumnya|"
    r"(?:periode|posisi|waktu)\s+yang\s+sama"
)
LEVEL_LINK = Matcher(r"\b(?:dari|menjadi|ke|pada|di|jadi|dibanding\w*)\b")
# ("\b" before the first letter written as a look-behind after it, "m(?<!\wm)" for "\bm": the
# same test, but every alternative starts with a letter, which the engine scans for)
ESTIMATE = Matcher(
    r"m(?<!\wm)emperkira\w*|d(?<!\wd)iperkira\w*|p(?<!\wp)erkira\w*|e(?<!\we)stimasi|"
    r"d(?<!\wd)iprediksi|p(?<!\wp)royeksi",
    ("perkira", "estimasi", "diprediksi", "proyeksi"),
    ci_gate=False,
)

# ---- segments
_SEG_CI = [
    (
        "BPU",
        r"bukan\s+penerima\s+upah|informal|non\s*-?\s*formal|pekerja\s+mandiri|"
        r"peserta\s+mandiri|secara\s+mandiri|pekerja\s+rentan|sektor\s+informal",
    ),
    # ("f(?<!\wf)ormal": "\bformal", written to start with its letter, see by_first_letter)
    ("PU", r"penerima\s+upah|pekerja\s+formal|sektor\s+formal|f(?<!\wf)ormal\b|pekerja\s+upahan"),
    (
        "JAKON",
        r"jasa\s+konstruksi|j(?<!\wj)akon\b|sektor\s+konstruksi|pekerja\s+konstruksi|konstruksi",
    ),
    (
        "PMI",
        r"pekerja\s+migran|buruh\s+migran|tenaga\s+kerja\s+indonesia|"
        r"pekerja\s+indonesia\s+di\s+luar",
    ),
]
_SEG_CS = [  # "\bP?BPU\b|\bPU\b|..." written to start with letters, see by_first_letter
    ("BPU", r"P(?<!\wP)BPU\b|B(?<!\wB)PU\b"),
    ("PU", r"P(?<!\wP)U\b"),
    ("JAKON", r"J(?<!\wJ)AKON\b|J(?<!\wJ)akon\b"),
    ("PMI", r"P(?<!\wP)MI\b|T(?<!\wT)KI\b"),
]


SEGMENT_RE = Matcher(
    by_first_letter(named_alternatives(_SEG_CI)),
    ("upah", "formal", "mandiri", "rentan", "konstruksi", "jakon", "migran", "indonesia"),
)
SEGMENT_CS_RE = re.compile(by_first_letter(named_alternatives(_SEG_CS)))


_NEGATED = Matcher(r"(?:bukan|non)\s*-?\s*$")


# every match of SEGMENT_CS_RE contains one of these (case-sensitive): without them the
# pattern, which has no literal prefix to scan for, is not run
_SEG_CS_TRIGGERS = ("PU", "JAKON", "Jakon", "PMI", "TKI")
# ``any(t in text for t in _SEG_CS_TRIGGERS)`` as one search
_SEG_CS_GATE = re.compile("|".join(map(re.escape, _SEG_CS_TRIGGERS)))


def segments_possible(text: str) -> bool:
    """False when ``segment_matches`` finds nothing in any part of ``text``, nor in parts joined
    by spaces: neither pattern is run on text without its triggers (which hold no space), and a
    trigger in (the lower case of) a part is one in ``text`` (lower-casing maps letter by letter,
    but for the Greek final sigma)."""
    return SEGMENT_RE.could_match(text.lower()) or _SEG_CS_GATE.search(text) is not None


def segment_matches(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, segment) of every segment name in ``text``, offsets shifted by ``offset``."""
    found = list(SEGMENT_RE.finditer(text))
    if _SEG_CS_GATE.search(text) is not None:
        found += SEGMENT_CS_RE.finditer(text)
    out: list[tuple[int, int, str]] = []
    for m in found:
        name = _SEGMENT_OF[m.lastgroup or ""]
        if name == "PU" and _NEGATED.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        out.append((m.start() + offset, m.end() + offset, name))
    out.sort()
    return out


# the segment a match names, by the group it ends in ("bpu_0" -> "BPU"; "" for no group)
_SEGMENT_OF = {
    group: group.split("_")[0].upper()
    for group in (
        "",
        *SEGMENT_RE._lc.groupindex,
        *SEGMENT_RE._ci.groupindex,
        *SEGMENT_CS_RE.groupindex,
    )
}
