"""Indonesian administrative regions (Kepmendagri codes) and how the press names them.

``load_regions`` reads the bundled CSV; ``resolve_region_name`` turns a full name (official, with or
without ``Provinsi``/``Kabupaten``/``Kota``, or a press short form such as ``Sultra``/``Kutim``)
into a :class:`Region`; ``find_region_mentions`` finds every region (and island-level area such
as "Kalimantan" or "Sulawesi Maluku") named in running text.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice

__all__ = [
    "NATIONAL",
    "Region",
    "RegionMention",
    "find_region_mentions",
    "load_regions",
    "region_by_code",
    "resolve_region_name",
]


@dataclass(frozen=True, slots=True)
class Region:
    """One row of the Kepmendagri list; ``level`` is province, regency or city."""

    code: str
    name: str
    level: str
    parent_code: str | None

    @property
    def display_name(self) -> str:
        """Official name with the level word the press and annotators use ("Provinsi X")."""
        if self.level == "province":
            return f"Provinsi {_PROVINCE_DISPLAY.get(self.code, self.name)}"
        return self.name


NATIONAL = Region("ID", "Indonesia", "country", None)

_PROVINCE_DISPLAY = {"31": "DKI Jakarta", "34": "DI Yogyakarta"}

# press short forms -> official name in the CSV
_SHORT_FORMS: dict[str, str] = {
    "Sultra": "Sulawesi Tenggara",
    "Sulteng": "Sulawesi Tengah",
    "Sulsel": "Sulawesi Selatan",
    "Sulut": "Sulawesi Utara",
    "Sulbar": "Sulawesi Barat",
    "Kaltim": "Kalimantan Timur",
    "Kaltara": "Kalimantan Utara",
    "Kalsel": "Kalimantan Selatan",
    "Kalteng": "Kalimantan Tengah",
    "Kalbar": "Kalimantan Barat",
    "Malut": "Maluku Utara",
    "NTT": "Nusa Tenggara Timur",
    "NTB": "Nusa Tenggara Barat",
    "DKI": "Daerah Khusus Ibukota Jakarta",
    "DKI Jakarta": "Daerah Khusus Ibukota Jakarta",
    "Jakarta": "Daerah Khusus Ibukota Jakarta",
    "Daerah Khusus Jakarta": "Daerah Khusus Ibukota Jakarta",
    "DIY": "Daerah Istimewa Yogyakarta",
    "DI Yogyakarta": "Daerah Istimewa Yogyakarta",
    "Jogja": "Daerah Istimewa Yogyakarta",
    "Babel": "Kepulauan Bangka Belitung",
    "Bangka Belitung": "Kepulauan Bangka Belitung",
    "Kepri": "Kepulauan Riau",
    "Sumut": "Sumatera Utara",
    "Sumbar": "Sumatera Barat",
    "Sumsel": "Sumatera Selatan",
    "Jabar": "Jawa Barat",
    "Jateng": "Jawa Tengah",
    "Jatim": "Jawa Timur",
    "Pabar": "Papua Barat",
    "PBD": "Papua Barat Daya",
    "Papteng": "Papua Tengah",
    "Kutim": "Kabupaten Kutai Timur",
    "Kukar": "Kabupaten Kutai Kartanegara",
    "Kubar": "Kabupaten Kutai Barat",
    "PPU": "Kabupaten Penajam Paser Utara",
    "Kotim": "Kabupaten Kotawaringin Timur",
    "Kobar": "Kabupaten Kotawaringin Barat",
    "Mahulu": "Kabupaten Mahakam Ulu",
    "Malteng": "Kabupaten Maluku Tengah",
    "Bolmong": "Kabupaten Bolaang Mongondow",
    "Pangkep": "Kabupaten Pangkajene dan Kepulauan",
    "Toraja": "Kabupaten Tana Toraja",
    "Selayar": "Kabupaten Kepulauan Selayar",
    "Tojo Una-Una": "Kabupaten Tojo Una Una",
    "Parimo": "Kabupaten Parigi Moutong",
    "Jakarta Pusat": "Kota Administrasi Jakarta Pusat",
    "Jakarta Utara": "Kota Administrasi Jakarta Utara",
    "Jakarta Barat": "Kota Administrasi Jakarta Barat",
    "Jakarta Selatan": "Kota Administrasi Jakarta Selatan",
    "Jakarta Timur": "Kota Administrasi Jakarta Timur",
    "Yogyakarta": "Daerah Istimewa Yogyakarta",
    # regencies the press abbreviates
    "Konsel": "Kabupaten Konawe Selatan",
    "Konut": "Kabupaten Konawe Utara",
    "Konkep": "Kabupaten Konawe Kepulauan",
    "Kolut": "Kabupaten Kolaka Utara",
    "Koltim": "Kabupaten Kolaka Timur",
    "Busel": "Kabupaten Buton Selatan",
    "Buteng": "Kabupaten Buton Tengah",
    "Butur": "Kabupaten Buton Utara",
    "Mubar": "Kabupaten Muna Barat",
    "Morut": "Kabupaten Morowali Utara",
    "Bangkep": "Kabupaten Banggai Kepulauan",
    "Touna": "Kabupaten Tojo Una Una",
    "Sidrap": "Kabupaten Sidenreng Rappang",
    "Lutim": "Kabupaten Luwu Timur",
    "Lutra": "Kabupaten Luwu Utara",
    "Torut": "Kabupaten Toraja Utara",
    "Tanbu": "Kabupaten Tanah Bumbu",
    "Batola": "Kabupaten Barito Kuala",
    "HSS": "Kabupaten Hulu Sungai Selatan",
    "HST": "Kabupaten Hulu Sungai Tengah",
    "HSU": "Kabupaten Hulu Sungai Utara",
    "Barsel": "Kabupaten Barito Selatan",
    "Barut": "Kabupaten Barito Utara",
    "Bartim": "Kabupaten Barito Timur",
    "Gumas": "Kabupaten Gunung Mas",
    "Pulpis": "Kabupaten Pulang Pisau",
    "KKU": "Kabupaten Kayong Utara",
    "TTS": "Kabupaten Timor Tengah Selatan",
    "TTU": "Kabupaten Timor Tengah Utara",
    "Mabar": "Kabupaten Manggarai Barat",
    "Matim": "Kabupaten Manggarai Timur",
    "KLU": "Kabupaten Lombok Utara",
    "Loteng": "Kabupaten Lombok Tengah",
    "Lotim": "Kabupaten Lombok Timur",
    "Lobar": "Kabupaten Lombok Barat",
    "KSB": "Kabupaten Sumbawa Barat",
    "SBB": "Kabupaten Seram Bagian Barat",
    "SBT": "Kabupaten Seram Bagian Timur",
    "Malra": "Kabupaten Maluku Tenggara",
    "MBD": "Kabupaten Maluku Barat Daya",
    "KKT": "Kabupaten Kepulauan Tanimbar",
    "Bursel": "Kabupaten Buru Selatan",
    "Halbar": "Kabupaten Halmahera Barat",
    "Halteng": "Kabupaten Halmahera Tengah",
    "Halut": "Kabupaten Halmahera Utara",
    "Halsel": "Kabupaten Halmahera Selatan",
    "Haltim": "Kabupaten Halmahera Timur",
    "Kepsul": "Kabupaten Kepulauan Sula",
    "Tikep": "Kota Tidore Kepulauan",
    "Minut": "Kabupaten Minahasa Utara",
    "Minsel": "Kabupaten Minahasa Selatan",
    "Bolmut": "Kabupaten Bolaang Mongondow Utara",
    "Bolsel": "Kabupaten Bolaang Mongondow Selatan",
    "Boltim": "Kabupaten Bolaang Mongondow Timur",
    "Gorut": "Kabupaten Gorontalo Utara",
    "Bonebol": "Kabupaten Bone Bolango",
    "Polman": "Kabupaten Polewali Mandar",
    "Palangka Raya": "Kota Palangkaraya",
    "Labuhan Batu": "Kabupaten Labuhanbatu",
    "Deli Serdang": "Kabupaten Deli Serdang",
}
# areas that are not one region: island groups and BPJS regional-office areas
_AREAS = (
    "Sulawesi Maluku",
    "Sulawesi-Maluku",
    "Sulama",
    "Bali Nusra",
    "Bali Nusa Tenggara",
    "Kalimantan",
    "Sulawesi",
    "Sumatera",
    "Sumatra",
    "Jawa",
    "Nusa Tenggara",
    "Papua Maluku",
    "Maluku Papua",
    "Jabodetabek",
)
# bare names that are also common words: only matched with Kabupaten/Kota in front
_COMMON_WORDS = {
    "Batu",
    "Puncak",
    "Metro",
    "Banjar",
    "Agam",
    "Bone",
    "Buru",
    "Batang",
    "Pali",
    "Karo",
    "Aru",
    "Kaur",
    "Malaka",
    "Lingga",
}
_PREFIX_LEVEL = {
    "provinsi": "province",
    "prov": "province",
    "pemprov": "province",
    "kabupaten": "regency",
    "kab": "regency",
    "pemkab": "regency",
    "kota": "city",
    "pemkot": "city",
    "kotamadya": "city",
}


@dataclass(frozen=True, slots=True)
class RegionMention:
    """A region or area named in text. ``candidates`` are the regions the words can denote;
    ``level`` is set when a level word (Kabupaten, Kota, Provinsi) was written."""

    start: int
    end: int
    surface: str
    candidates: tuple[Region, ...]
    level: str | None
    area: str | None = None  # e.g. "Kalimantan" when not one region

    def pick(self, prefer_city: bool = False) -> Region | None:
        """The region meant: a written level first, then province, then city, then regency."""
        if not self.candidates:
            return None
        if self.level:
            for r in self.candidates:
                if r.level == self.level:
                    return r
        order = ("city", "regency", "province") if prefer_city else ("province", "city", "regency")
        return sorted(self.candidates, key=lambda r: order.index(r.level))[0]


def load_regions() -> list[Region]:
    """All provinces, regencies and cities of the bundled Kepmendagri 2025 list (a new list on
    every call; the rows are read once)."""
    return list(_regions())


@lru_cache(maxsize=1)
def _regions() -> tuple[Region, ...]:
    raw = (
        resources.files("extract")
        .joinpath("data/regions_kepmendagri_2025.csv")
        .read_text(encoding="utf-8")
    )
    return tuple(
        Region(row["code"], row["name"], row["level"], row["parent_code"] or None)
        for row in csv.DictReader(io.StringIO(raw))
    )


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Region]:
    table = {r.code: r for r in _regions()}
    table["ID"] = NATIONAL
    return table


def region_by_code(code: str) -> Region | None:
    """The region with this code (``ID`` is Indonesia), or None."""
    return _by_code().get(code)


def _bare(name: str) -> str:
    return re.sub(r"^(?:Kabupaten|Kota Administrasi|Kota)\s+", "", name)


def _variants(bare: str) -> set[str]:
    """ "Bau Bau" is also written "Baubau" and "Bau-Bau"; "Toli-Toli" also "Toli Toli"."""
    out = {bare, bare.replace("-", " ")}
    words = bare.replace("-", " ").split()
    if len(words) == 2:
        out.add("".join(words))
        out.add("-".join(words))
        out.add(words[0] + words[1].lower())
    return out


@lru_cache(maxsize=1)
def _surfaces() -> dict[str, tuple[tuple[Region, ...], str | None]]:
    """lower-cased surface form -> (candidate regions, level written in the form)."""
    table: dict[str, list[Region]] = {}
    levels: dict[str, str | None] = {}

    def add(surface: str, region: Region, level: str | None) -> None:
        key = surface.lower()
        table.setdefault(key, [])
        if region not in table[key]:
            table[key].append(region)
        levels[key] = level if levels.get(key, level) == level else None

    by_name = {r.name: r for r in _regions()}
    for r in _regions():
        bare = _bare(r.name)
        if r.level == "province":
            add(r.name, r, None)
            for word in ("Provinsi", "Prov.", "Pemprov"):
                add(f"{word} {r.name}", r, "province")
        else:
            word = "Kabupaten" if r.level == "regency" else "Kota"
            add(f"{word} {bare}", r, r.level)
            add(r.name, r, r.level)
            for alias in ("Kab.", "Kab", "Pemkab") if r.level == "regency" else ("Pemkot",):
                add(f"{alias} {bare}", r, r.level)
            for variant in _variants(bare):
                add(f"{word} {variant}", r, r.level)
                if variant not in _COMMON_WORDS:
                    add(variant, r, None)
    for short, official in _SHORT_FORMS.items():
        region = by_name.get(official)
        if region is not None:
            add(short, region, None)
            if region.level == "province":
                add(f"Provinsi {short}", region, "province")
                add(f"Pemprov {short}", region, "province")
    return {k: (tuple(v), levels[k]) for k, v in table.items()}


def resolve_region_name(text: str) -> Region | None:
    """Resolve a whole name ("Kota Kendari", "Provinsi Sulawesi Tengah", "Sulteng", "Kutim",
    "Indonesia") to a region, case-insensitively; None if it names no single region."""
    key = re.sub(r"\s+", " ", text.strip()).lower()
    if key in ("indonesia", "nasional", "id"):
        return NATIONAL
    if key.replace(".", "") in _by_code():
        return _by_code()[key.replace(".", "")] if "." not in key else _by_code()[key]
    found = _surfaces().get(key)
    if not found:
        return None
    candidates, level = found
    mention = RegionMention(0, len(text), text, candidates, level)
    return mention.pick()


_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*\.?")
_GAP_RE = re.compile(r"\s{1,3}")


@lru_cache(maxsize=1)
def _lookup() -> tuple[dict[str, tuple[tuple[Region, ...], str | None]], dict[str, str], int]:
    """Surface forms, area names and the longest form in words."""
    areas = {a.lower(): a for a in _AREAS}
    longest = max(len(k.split()) for k in (*_surfaces(), *areas))
    return _surfaces(), areas, longest


@lru_cache(maxsize=1)
def _word_prefixes() -> frozenset[str]:
    """The first words of every known form, the first two, and so on ("kota", "kota baubau")."""
    surfaces, areas, _ = _lookup()
    out: set[str] = set()
    for key in (*surfaces, *areas):
        words = key.split()
        out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(out)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Lower-cased first words of every known form (a cheap filter before the lookup)."""
    surfaces, areas, _ = _lookup()
    return frozenset(k.split()[0] for k in (*surfaces, *areas))


def _starts_name(word: str) -> bool:
    return word[0].isupper() or word.lower().rstrip(".") in _PREFIX_LEVEL


def _looks_proper(surface: str) -> bool:
    words = surface.split()
    name_words = [w for w in words if w.lower().rstrip(".") not in _PREFIX_LEVEL]
    return bool(name_words) and all(w[0].isupper() or not w[0].isalpha() for w in name_words[:1])


def _match_at(text: str, tokens: list[tuple[int, int]], i: int) -> tuple[int, int, int, str] | None:
    """Longest known form starting at token ``i``: (start, end, tokens used, key)."""
    surfaces, areas, longest = _lookup()
    start = tokens[i][0]
    if text[start : start + 3].lower() == "se-" and tokens[i][1] - start > 3:
        start += 3  # "se-Sultra"
    elif "-" in text[max(0, start - 1) : start]:
        return None  # "Covid-Jambi"
    if not _starts_name(text[start : tokens[i][1]]):
        return None
    # the words from the start, token by token, while they begin some known form: a form of more
    # words would begin with these (its last word may lose a final "." below, never an earlier one)
    keys = [" ".join(text[start : tokens[i][1]].split()).lower()]
    prefixes = _word_prefixes()
    while len(keys) < longest and i + len(keys) < len(tokens) and keys[-1] in prefixes:
        run = len(keys)
        if not _GAP_RE.fullmatch(text[tokens[i + run - 1][1] : tokens[i + run][0]]):
            break
        keys.append(" ".join(text[start : tokens[i + run][1]].split()).lower())
    for k in range(len(keys), 0, -1):
        end = tokens[i + k - 1][1]
        key = keys[k - 1]
        if key not in surfaces and key not in areas and key.endswith("."):
            key, end = key[:-1], end - 1
        if key in surfaces or key in areas:
            return start, end, k, key
    return None


# Where a known form can start: a token whose first letter is upper case, or "se-" ("se-Sultra"),
# or a level word (Provinsi, Kab., kota, ...); ``_match_at`` rejects every other token. Each
# match runs to the end of its run of token characters, so no token start is passed over.
# (written to start with one character class, the first letters of the alternatives, which the
# engine scans for; the look-behinds then tell which alternative that letter began)
_NAME_START_RE = re.compile(
    r"[A-Zspk](?:(?<=[A-Z])|(?<=s)[eE]-|(?<=p)(?:[rR][oO]|[eE][mM])|(?<=k)(?:[aA][bB]|[oO][tT]))"
    r"[A-Za-z0-9'’-]*"
)
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_TOKEN_CHARS = _LETTERS | frozenset("0123456789'’-")


def _token_starts_at(text: str, pos: int) -> bool:
    """Whether a ``_TOKEN_RE`` token of the whole text starts at ``pos`` (a letter): no letter in
    the run of token characters before it (that letter would start a token running through
    ``pos``)."""
    while pos > 0 and text[pos - 1] in _TOKEN_CHARS:
        pos -= 1
        if text[pos] in _LETTERS:
            return False
    return True


def find_region_mentions(text: str) -> list[RegionMention]:
    """Every region or area named in ``text`` (longest match wins), in order."""
    surfaces, areas, longest = _lookup()
    firsts = _first_words()
    out: list[RegionMention] = []
    consumed = 0  # end of the last token of the last form found
    for cand in _NAME_START_RE.finditer(text):
        # at a token start, the token is the candidate and a "." after it, if any
        # (tests ordered from the cheapest: most candidates are capitalised words of no form)
        bare = cand[0].lower()
        if not (
            bare in firsts
            or bare[3:] in firsts
            or (bare + "." in firsts and text.startswith(".", cand.end()))
        ):
            continue
        if cand.start() < consumed or not _token_starts_at(text, cand.start()):
            continue
        # the tokens from here are those of the whole text: _TOKEN_RE looks at nothing before
        tokens = [m.span() for m in islice(_TOKEN_RE.finditer(text, cand.start()), longest)]
        found = _match_at(text, tokens, 0)
        if found is None:
            continue
        start, end, used, key = found
        consumed = tokens[used - 1][1]
        surface = text[start:end]
        if not _looks_proper(surface):
            continue
        if key in areas and key not in surfaces:
            out.append(RegionMention(start, end, surface, (), None, areas[key]))
            continue
        candidates, level = surfaces[key]
        out.append(RegionMention(start, end, surface, candidates, level))
    return out
