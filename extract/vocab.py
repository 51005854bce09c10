"""Vocabulary of participation reporting: metric cues, segment names, words that rule a number
out (targets, claims, benefits, growth, shares), all as compiled regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from extract.textutil import trie_pattern

_I = re.IGNORECASE


class _Lower:
    """A case-insensitive pattern run on lower-cased input: several times faster than
    ``re.IGNORECASE`` on these long alternations. Falls back to IGNORECASE when lower-casing
    would move offsets (a few non-ASCII letters)."""

    __slots__ = (
        "_branches",
        "_ci",
        "_ci_gate",
        "_lc",
        "_plain",
        "_spaced",
        "pattern",
        "triggers",
    )

    def __init__(
        self, pattern: str, triggers: tuple[str, ...] = (), *, ci_gate: bool = True
    ) -> None:
        self.pattern = pattern
        self._lc = re.compile(pattern.lower().replace("(?p<", "(?P<"))
        self._ci = re.compile(pattern, _I)
        # substrings one of which every match contains (whitespace runs read as one space):
        # text with none of them cannot match, and the long alternation is not run at all
        self.triggers = triggers
        # ``ci_gate=False``: no trigger test when the IGNORECASE pattern runs (text holding "İ",
        # whose lower case is longer), as IGNORECASE also equates "İ", "ı", "ſ" and the Kelvin
        # sign with ASCII letters the lower-cased text would not show
        self._ci_gate = ci_gate
        # a trigger without whitespace occurs in the text exactly when it occurs in the text
        # with its whitespace runs flattened, so only the others need the flattened text
        # (those are looked for all at once, by one pattern nested by common prefix)
        plain = [t for t in triggers if t.split() == [t]]
        self._plain = re.compile(trie_pattern(plain)) if plain else None
        self._spaced = tuple(t for t in triggers if t.split() != [t])
        self._branches = _branches(self._lc.pattern)

    def has_folded(self, folded: str) -> bool:
        """``search_folded(folded) is not None``, one alternative at a time: the text matches
        the alternation where it matches one of them, and an alternative is only run on text
        holding the literal it starts with. (Alternatives such as ``\\bsetiap\\b`` have no
        literal prefix the regex engine could scan for; together they cost a slow scan.)"""
        if not self.could_match(folded):
            return False
        for literal, rx in self._branches:
            if literal in folded and rx.search(folded) is not None:
                return True
        return False

    def could_match(self, folded: str) -> bool:
        if not self.triggers:
            return True
        if self._plain is not None and self._plain.search(folded) is not None:
            return True
        if not self._spaced:
            return False
        flat = " ".join(folded.split())
        return any(t in flat for t in self._spaced)

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        low = text.lower()
        return (self._lc, low) if len(low) == len(text) else (self._ci, text)

    # (``str.lower`` is idempotent, so the lower-cased text is what the triggers are tested on
    # whichever pattern runs)
    def search(self, text: str) -> re.Match[str] | None:
        low = text.lower()
        if len(low) == len(text):
            return self._lc.search(low) if self.could_match(low) else None
        if self._ci_gate and not self.could_match(low):
            return None
        return self._ci.search(text)

    def search_folded(self, folded: str) -> re.Match[str] | None:
        """``search`` on text already lower-cased with :func:`extract.textutil.fold`."""
        return self._lc.search(folded) if self.could_match(folded) else None

    def match(self, text: str) -> re.Match[str] | None:
        rx, subject = self._pick(text)
        return rx.match(subject)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = text.lower()
        if len(low) == len(text):
            return self._lc.finditer(low) if self.could_match(low) else iter(())
        if self._ci_gate and not self.could_match(low):
            return iter(())
        return self._ci.finditer(text)


def _branches(pattern: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The top-level alternatives of ``pattern`` (itself if it has none), each with the literal
    every match of it starts with after its leading assertions ("" when there is none)."""
    parts = _split_alternatives(pattern)
    out = []
    for part in parts:
        literal = ""
        for op, av in _parser.parse(part):
            if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT) and not literal:
                continue  # zero-width: the match still starts with what follows
            if op is not _c.LITERAL:
                break
            literal += chr(av)
        out.append((literal, re.compile(part)))
    return tuple(out)


def _split_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level "|" (outside groups and character classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3  # a "]" first in a class is literal
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    assert "|".join(parts) == pattern
    return parts


Matcher = _Lower

# ---- units: the noun right after a count
PERSON_UNIT = _Lower(
    r"^\s*(?:orang|pekerja|peserta|tenaga(?:\s+kerja)?|jiwa|buruh|karyawan|anggota|TK\b|PMI\b|"
    r"pegawai|honorer|nelayan|petani|pengemudi|driver|ojol|pedagang)"
)
EMPLOYER_UNIT = _Lower(
    r"^\s*(?:perusahaan|pemberi\s+kerja|badan\s+usaha|PK\b|BU\b|unit\s+usaha|pelaku\s+usaha)"
)
OTHER_UNIT = _Lower(
    r"^\s*(?:kantor|cabang|bulan|tahun|hari|minggu|pekan|jam|menit|kasus|klaim|desa|kelurahan|"
    r"kecamatan|kabupaten|kota|provinsi|unit\b|segmen|program|kali|lembar|kartu|paket|ekor|"
    r"hektare|ha\b|km|meter|ton|kg|rumah|sekolah|siswa|mahasiswa|anak|penerima\s+beasiswa|"
    r"beasiswa|ahli\s+waris|item|jenis|titik|lokasi|poin|besar|sektor|kategori|tahap|agen|"
    r"proyek|paket|kontrak|pekerjaan\b|"
    r"kegiatan|peringkat|daerah|wilayah|negara|UMKM\b|koperasi|kendaraan|armada|buah)"
)

# ---- metric cues
UNREGISTERED = _Lower(
    r"belum\s+(?:ter)?daftar|belum\s+(?:ter|di)lindungi|belum\s+menjadi\s+(?:peserta|anggota)|"
    r"belum\s+ter-?cover|belum\s+dicover|belum\s+tercakup|belum\s+ikut|belum\s+mengikuti|"
    r"belum\s+mendapat(?:kan)?\s+(?:hak|perlindungan|jaminan)|tidak\s+terdaftar|"
    r"belum\s+memiliki\s+(?:perlindungan|jaminan|kepesertaan)|belum\s+terjangkau|"
    r"belum\s+terlayani|belum\s+tersentuh"
)
INACTIVE = _Lower(
    r"non\s*-?\s*aktif|tidak\s+aktif|tak\s+aktif|belum\s+membayar\s+iuran|menunggak|"
    r"tidak\s+membayar\s+iuran|tidak\s+lagi\s+aktif"
)
NEW = _Lower(
    r"penambahan|tambahan|bertambah|peserta\s+baru|pekerja\s+baru|akuisisi|akusisi|"
    r"peningkatan\s+(?:jumlah\s+)?(?:tenaga\s+kerja|pekerja|peserta)|menjaring|"
    r"pendaftaran\s+baru|mendaftar(?:kan)?\s+baru|didaftarkan\s+baru|"
    r"(?<!ter)(?<!belum\s)mendaftar\b(?!kan)"
)
LABOR = _Lower(
    r"angkatan\s+kerja|potensi(?:\s+(?:pekerja|peserta|tenaga\s+kerja|kepesertaan))?|"
    r"populasi\s+(?:pekerja|tenaga\s+kerja)|penduduk\s+(?:yang\s+)?bekerja|"
    r"total\s+(?:tenaga\s+kerja|pekerja)(?!\s+yang\s+(?:ter|sudah|telah|memiliki|menjadi))|"
    r"dari\s+(?:total|jumlah|sekitar)\b(?!\s+(?:itu|tersebut|ini|tadi))|tenaga\s+kerja\s+yang\s+(?:ada|mencapai)|"
    r"pekerja\s+non[-\s]?ASN|total\s+jumlah"
)
ACTIVE_STRONG = _Lower(
    r"aktif|terdaftar|terlindungi|dilindungi|tercakup|ter-?cover|dicover|"
    r"(?<!dapat\s)(?<!bisa\s)(?<!akan\s)menjadi\s+(?:peserta|anggota)|kepesertaan|masuk\s+(?:dalam\s+)?program|memiliki\s+(?:perlindungan|jaminan)|"
    r"mengikuti\s+program|ikut\s+serta|diikutsertakan|mendapat(?:kan)?\s+perlindungan|"
    r"menerima\s+perlindungan|dijamin|mendaftarkan|(?<!belum\s)(?<!tidak\s)membayar\s+iuran|"
    r"(?<!untuk\s)melindungi"
)
ACTIVE_WEAK = _Lower(r"peserta|anggota|tercatat|perlindungan|jaminan\s+sosial")
REGISTERED_CONTRAST = _Lower(r"aktif|membayar\s+iuran|nonaktif")
REGISTERED = _Lower(
    r"(?:total|jumlah|seluruh)\s+(?:\w+\s+){0,2}(?:yang\s+)?terdaftar|terdaftar\s+sebanyak|"
    r"peserta\s+terdaftar|(?:yang\s+)?terdaftar\s+(?:untuk|di|dalam)"
)
EMPLOYER_CUE = _Lower(
    r"terdaftar|aktif|mendaftar|(?:sebagai|menjadi)\s+peserta|kepesertaan|bergabung|terlindungi|"
    r"melindungi|"
    r"mengikutsertakan|patuh|tertib|sudah\s+ikut"
)
COVERAGE = _Lower(
    r"cakupan|coverage|kepesertaan|terlindungi|dilindungi|tercakup|ter-?cover|terdaftar|"
    r"menjadi\s+(?:peserta|anggota)|peserta|\bUCJ\b|angkatan\s+kerja|perlindungan|"
    r"dari\s+(?:total|jumlah)\s+(?:\w+\s+){0,2}(?:tenaga\s+kerja|pekerja)"
)

COVERAGE_DENOMINATOR = _Lower(
    r"^\s*(?:persen|%)?\s*(?:dari|terhadap)\s+(?:total|jumlah|seluruh)?\s*(?:[\d.,]+\s*(?:juta|ribu)?\s*)?"
    r"(?:angkatan\s+kerja|tenaga\s+kerja|pekerja|potensi)"
)
COVERAGE_TOPIC = _Lower(r"cakupan|kepesertaan|coverage|\bUCJ\b")

# ---- things that are not figures
EXCLUDE_ANY = _Lower(
    r"\bsetiap\b|\btiap\b|\bper\s+(?:tahap|bulan|hari|tahun|orang|peserta)\b|"
    r"target|menargetkan|\bsasaran\b|diharapkan|berharap|harapan(?:nya)?\b|berupaya|\bupaya|"
    r"(?:untuk|dalam|agar|bisa|dapat)\s+mencapai|\bmenuju\b|\brencana|direncanakan|"
    r"\bakan\b|rencana|bisa\s+(?:jadi|sampai)|\bharus\b|\bklaim|santunan|beasiswa|\bkasus\b|"
    r"ahli\s+waris|meninggal|pencairan|membayarkan|"
    r"menerima\s+manfaat|penerima\s+manfaat|\bmanfaat\s+(?:sebesar|kepada)|"
    r"(?<!yang\s)\b(?:bisa|dapat|akan|harus|perlu|mampu)\s+(?:\w+\s+)?(?:aktif|men\w+|mem\w+|menjadi|ter\w+|di\w+|sampai)|"
    r"penduduk|\busia\b|\bumur\b|pelatihan|peserta\s+(?:sosialisasi|kegiatan|acara|pelatihan|"
    r"lomba|rapat)|hadir|dihadiri|undangan|penonton|pengunjung|lowongan|\bPHK\b|di-?PHK|"
    r"dirumahkan|pengangguran|menganggur|\bsekolah\b|"
    r"\bmahasiswa\b|\bsiswa\b|vaksin|\bpasien\b|"
    r"(?:rekrutmen|merekrut|penerimaan)\s+(?!peserta)|donor\s+darah|"
    r"bpjs\s+kesehatan|\bjkn\b|\bkis\b|jaminan\s+kesehatan|\bpbi\b|asuransi\s+kesehatan|"
    r"\btaspen\b|\basabri\b|"
    r"sosialisasi|seminar|workshop|lokakarya|bimtek|sarasehan|\blomba|\bacara\b|"
    r"webinar|\brapat\b|pertemuan|kunjungan|mencairkan|menerima\s+(?:santunan|beasiswa|klaim)|"
    r"menganggarkan|dianggarkan|\balokasi|untuk\s+(?:melindungi|mendaftarkan|menanggung|"
    r"membiayai|mengikutsertakan)",
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
    ),
)
EMPLOYER_NOT = _Lower(r"(?:belum|tidak|enggan)\s+(?:\w+\s+)?(?:men)?daftar|menunggak|tidak\s+patuh")
SHARE_AFTER = _Lower(
    r"^\s*(?:dari\s+)?(?:total\s+|jumlah\s+|seluruh\s+)?(?:kepesertaan|peserta)\b(?!\s+(?:aktif|"
    r"bpjs|jamsostek|bp\s*jamsostek))"
)
EXCLUDE_PERCENT = _Lower(
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
GROWTH = _Lower(
    r"(?:pertumbuhan|tumbuh|\bnaik|kenaikan|meningkat\w*|peningkatan|\bturun|penurunan|"
    r"menurun|bertambah|berkurang|melonjak|lonjakan|anjlok)\b"
)
LEVEL_LINK = _Lower(r"\b(?:dari|menjadi|ke|pada|di|jadi)\b")
ESTIMATE = _Lower(r"\b(?:mem|di)?perkira\w*|\bestimasi|\bdiprediksi|\bproyeksi")

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
SEGMENT_RE = _Lower(
    "|".join(f"(?P<{name}_{i}>{pat})" for i, (name, pat) in enumerate(_SEG_CI)),
    ("upah", "formal", "mandiri", "rentan", "konstruksi", "jakon", "migran", "indonesia"),
)
SEGMENT_CS_RE = re.compile(
    "|".join(f"(?P<{name}_{i}>{pat})" for i, (name, pat) in enumerate(_SEG_CS))
)


_NEGATED = _Lower(r"(?:bukan|non)\s*-?\s*$")


# every match of SEGMENT_CS_RE contains one of these (case-sensitive): without them the
# pattern, which has no literal prefix to scan for, is not run
_SEG_CS_TRIGGERS = ("PU", "JAKON", "Jakon", "PMI", "TKI")


def segment_matches(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, segment) of every segment name in ``text``, offsets shifted by ``offset``."""
    found = list(SEGMENT_RE.finditer(text))
    if any(map(text.__contains__, _SEG_CS_TRIGGERS)):
        found += SEGMENT_CS_RE.finditer(text)
    out: list[tuple[int, int, str]] = []
    for m in found:
        name = (m.lastgroup or "").split("_")[0].upper()
        if name == "PU" and _NEGATED.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        out.append((m.start() + offset, m.end() + offset, name))
    out.sort()
    return out
