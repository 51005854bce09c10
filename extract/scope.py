"""Which region and which date govern a number: mentions classified by role, then scoped by
sentence, paragraph and article.

Region mentions are *strong* (the text says where the figure is: "di Kota Kendari", "Kabupaten
Pati sebanyak ...") or *weak*: a BPJS office name ("BPJS Ketenagakerjaan Cabang Kendari"), the
place someone spoke ("kata dia di Kupang, Senin"), the dateline ("Kendari (ANTARA) -"), or an
appositive parent ("Kota Kendari, Provinsi Sulawesi Tenggara"). Weak mentions only set the
article default when nothing strong is said.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from extract.regions import NATIONAL, Region, RegionMention, find_region_mentions
from extract.vocab import Matcher as Lower

__all__ = ["Place", "RegionScope", "dateline_span"]

_OFFICE_BEFORE = Lower(
    r"(?:BPJS\s*-?\s*(?:Ketenagakerjaan|TK|Naker)|BP\s*-?\s*Jamsostek|BPJ?AMSOSTEK|Jamsostek|"
    r"Cabang|Kacab|Kanwil|Kantor(?:\s+(?:Cabang|Wilayah|Perintis|Pusat))?|Perwakilan|KCP|"
    r"Kepala|Kakacab|Antaranews|ANTARA|Tribun\w*|Wilayah\s+Kerja)"
    r"\s*(?:\([^)]{0,25}\)\s*)?(?:Cabang\s+|Wilayah\s+|Perintis\s+)?(?:di\s+)?$",
    # (the trigger words below: every match holds one of them; text without any is not scanned)
    (
        "bp",
        "jamsostek",
        "cabang",
        "kacab",
        "kanwil",
        "kantor",
        "perwakilan",
        "kcp",
        "kepala",
        "antara",
        "tribun",
        "wilayah",
    ),
    ci_gate=False,
)
_OFFICE_SITE = Lower(
    r"\bKantor\b[^.,;]{0,40}?(?:yang\s+(?:ada|berada|beralamat)\s+)?di\s+$",
    ("kantor",),
    ci_gate=False,
)
_DATA_OF = Lower(r"(?:kepesertaan|cakupan|peserta|coverage|data)\s*$")
_SPEAKER_AFTER = Lower(
    r"^\s*,?\s*(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\b|^\s*,?\s*\(\d|"
    r"^\s*,?\s*\d{1,2}/\d{1,2}|^\s*,?\s*(?:belum\s+lama|pada\s+(?:senin|selasa|rabu|kamis|"
    r"jumat|sabtu|minggu))"
)
# (here and below, "\b" before a pattern's first letter is written as a look-behind after it,
# "d(?<!\wd)" for "\bd": the same test, but every alternative starts with a letter, and the
# engine only tries the positions holding one of those letters instead of every position)
_SPEAKER_BEFORE = Lower(r"(?:d(?<!\wd)i|k(?<!\wk)e)\s+(?:kantor\s+\w+\s+|ruang\s+\w+\s+)?$")
_DATELINE = re.compile(
    r"^[ \t\"“]*(?P<head>[A-Za-z][^\n]{0,70}?)\s*[-–—]{1,2}\s+(?=\S)", re.MULTILINE
)
_NATIONAL_RE = Lower(
    r"(?:s(?<!\ws)(?:ecara\s+nasional|kala\s+nasional|e-?Indonesia|eluruh\s+Indonesia)|"
    r"t(?<!\wt)ingkat\s+nasional|d(?<!\wd)i\s+Indonesia|n(?<!\wn)asional)\b",
    ("nasional", "indonesia"),  # every match holds one of them
    ci_gate=False,
)
_WILAYAH_BEFORE = Lower(r"wilayah\s+(?:Provinsi\s+)?$")
_NOT_NATIONAL_BEFORE = Lower(r"migran\s*$|target\s*$")
_SUPERLATIVE_SE = Lower(
    r"(?:\bter(?:tinggi|rendah|besar|banyak|kecil|baik)|paling\s+\w+|nomor\s+\w+|"
    r"peringkat\s+\w+)\s+(?:se-|di\s+(?:antara\s+)?(?:kabupaten/kota\s+(?:se-|di\s+)?)?)$",
    (
        "tertinggi",
        "terrendah",
        "terbesar",
        "terbanyak",
        "terkecil",
        "terbaik",
        "paling",
        "nomor",
        "peringkat",
    ),
    ci_gate=False,
)
_JOIN_RE = Lower(r"^\s*(?:dan|serta|,)\s*(?:Provinsi\s+)?$")
_APPOSITIVE_RE = Lower(r"^\s*(?:,|\(|,\s*(?:Provinsi|Prov\.)|-)\s*$")


@dataclass(frozen=True, slots=True)
class Place:
    """A region (or a described area when ``region`` is None) at a text position."""

    start: int
    end: int
    region: Region | None
    name: str
    role: str  # strong | office | speaker | dateline | title

    @property
    def code(self) -> str | None:
        return self.region.code if self.region else None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Span of the dateline ("Kendari (ANTARA) -", "PALU, METROSULAWESI.NET -") if any."""
    for m in _datelines(text[:1500]):
        head = m.group("head")
        if re.search(r"[.!?]\s", head) or len(head.split()) > 8:
            continue
        if find_region_mentions(head):
            return m.start("head"), m.end("head")
    return None


def _datelines(text: str) -> Iterator[re.Match[str]]:
    """``_DATELINE.finditer(text)``, tried only at line starts: a match starts with "^" (the
    scan would try every position), and the next one is looked for from where the last ended."""
    pos, last_end = 0, 0
    while pos >= 0:
        if pos >= last_end:
            m = _DATELINE.match(text, pos)
            if m is not None:
                yield m
                last_end = m.end()
        pos = text.find("\n", pos)
        pos = pos + 1 if pos >= 0 else -1


def _to_place(m: RegionMention, role: str) -> Place:
    region = m.pick(prefer_city=role == "dateline")
    if region is not None and role == "dateline" and region.code == "31":
        region = NATIONAL  # Jakarta-datelined copy is national news
    name = region.display_name if region else f"Wilayah {m.area}"
    return Place(m.start, m.end, region, name, role)


def _role(text: str, m: RegionMention, dateline: tuple[int, int] | None) -> str:
    if dateline and dateline[0] <= m.start < dateline[1]:
        return "dateline"
    before = text[max(0, m.start - 60) : m.start]
    if _SUPERLATIVE_SE.search(before):
        return "scope"  # "tertinggi se-Kalimantan", "terbanyak di Indonesia": a comparison
    office = _OFFICE_BEFORE.search(before)
    if office and _DATA_OF.search(before[: office.start()]):
        return "strong"  # "kepesertaan BPJS Ketenagakerjaan Kaltim": the data's region
    if office or _OFFICE_SITE.search(before):
        return "office"
    if _SPEAKER_BEFORE.search(before) and _SPEAKER_AFTER.match(text[m.end : m.end + 25]):
        return "speaker"
    return "strong"


def _drop_appositives(text: str, places: list[Place]) -> list[Place]:
    out: list[Place] = []
    for p in places:
        prev = out[-1] if out else None
        if prev is not None and prev.region is not None and p.region is not None:
            gap = text[prev.end : p.start]
            same = p.region.code == prev.region.code
            parent = prev.region.parent_code == p.region.code
            if (same or parent) and (_APPOSITIVE_RE.match(gap) or gap.strip() == ""):
                continue
        out.append(p)
    return out


def _office_pairs(text: str, places: list[Place]) -> list[Place]:
    """ "Kantor Wilayah Jawa Tengah dan DIY": the second name belongs to the office too."""
    out: list[Place] = []
    for p in places:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role == "office"
            and p.role == "strong"
            and _JOIN_RE.match(text[prev.end : p.start])
        ):
            p = Place(p.start, p.end, p.region, p.name, "office")
        out.append(p)
    return out


def _combine_pairs(text: str, places: list[Place]) -> list[Place]:
    """ "wilayah Provinsi Papua Barat dan Papua Barat Daya" -> one described area."""
    out: list[Place] = []
    for p in places:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role == p.role == "strong"
            and prev.region is not None
            and p.region is not None
            and prev.region.level == p.region.level
            and _JOIN_RE.match(text[prev.end : p.start])
            and _WILAYAH_BEFORE.search(text[max(0, prev.start - 20) : prev.start])
        ):
            name = f"{prev.name} + {p.name}"
            out[-1] = Place(prev.start, p.end, None, name, "strong")
            continue
        out.append(p)
    return out


class RegionScope:
    """Region mentions of one article, with the lookups the figure builder needs."""

    def __init__(self, text: str, title: str | None) -> None:
        self.text = text
        dl = dateline_span(text)
        places = [_to_place(m, _role(text, m, dl)) for m in find_region_mentions(text)]
        for m in _NATIONAL_RE.finditer(text):
            if not _NOT_NATIONAL_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
                places.append(Place(m.start(), m.end(), NATIONAL, NATIONAL.name, "strong"))
        places.sort(key=lambda p: p.start)
        places = _office_pairs(text, _drop_appositives(text, places))
        self.places = _combine_pairs(text, places)  # ordered by start
        self._strong = [p for p in self.places if p.role == "strong"]
        self._strong_starts = [p.start for p in self._strong]
        self.title_places = [
            _to_place(
                m,
                "title_office"
                if _OFFICE_BEFORE.search((title or "")[max(0, m.start - 60) : m.start])
                else "title",
            )
            for m in find_region_mentions(title or "")
        ]

    def strong_between(self, start: int, end: int) -> list[Place]:
        """Strong places within ``text[start:end]``, in order (found from the first starting
        at ``start`` or later: none starting after ``end`` can end by it)."""
        out = []
        for i in range(bisect_left(self._strong_starts, start), len(self._strong)):
            p = self._strong[i]
            if p.start > end:
                break
            if p.end <= end:
                out.append(p)
        return out

    def default(self, before: int) -> Place:
        """The article's principal region for a figure with no region of its own."""
        for i in range(bisect_right(self._strong_starts, before) - 1, -1, -1):
            if self._strong[i].end <= before:  # the last strong place ending by ``before``
                return self._strong[i]
        titled = [p for p in self.title_places if p.role == "title"]
        if titled:
            return titled[0]
        office = [p for p in self.places if p.role == "office" and p.region is not None]
        if office:
            return office[0]
        if self.title_places:
            return self.title_places[0]
        for role in ("dateline", "speaker"):
            found = [p for p in self.places if p.role == role]
            if found:
                return found[0]
        return Place(0, 0, NATIONAL, NATIONAL.name, "default")
