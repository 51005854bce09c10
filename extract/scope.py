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
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache

from extract.regions import (
    NATIONAL,
    Region,
    RegionMention,
    find_region_mentions,
    form_spans,
    known_forms,
)
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
_SENTENCE_END = re.compile(r"[.!?]\s")
_DASH_SPACE = re.compile(r"[-–—]\s")  # (the head is followed by one)
_NATIONAL_RE = Lower(
    r"(?:s(?<!\ws)(?:ecara\s+nasional|kala\s+nasional|e-?Indonesia|eluruh\s+Indonesia)|"
    r"t(?<!\wt)ingkat\s+nasional|d(?<!\wd)i\s+Indonesia|n(?<!\wn)asional)\b",
    ("nasional", "indonesia"),  # every match holds one of them
    ci_gate=False,
)
_WILAYAH_BEFORE = Lower(r"wilayah\s+(?:Provinsi\s+)?$")
# "Wilayah kerja kantor cabang itu meliputi Kota Jayapura, ...": a branch's area, named
_WORK_AREA_DEFINED = Lower(
    r"wilayah\s+kerja\w*[,\s]+(?:[\w.]+[,\s]+){0,5}?(?:meliputi|mencakup|terdiri\s+(?:dari|atas)|yakni|"
    r"yaitu|antara\s+lain)\s*:?\s*$",
    ("wilayah",),
)
_WORK_AREA_DEFINITION = re.compile(r"wilayah\s+kerja", re.IGNORECASE)
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
_JOIN_FIRST = frozenset("dDsS\u017f,")  # (what a match of _JOIN_RE starts with, white space aside)


def _lower(matcher: Lower) -> re.Pattern[str]:
    """The pattern ``matcher`` runs on text whose lower case keeps every offset."""
    return re.compile(matcher.pattern.lower())


# Every match of _NATIONAL_RE ends with one of these words, and starts at it, at "se" or "se-"
# before it, or at a lead word ("di", "skala", "secara", "tingkat", "seluruh": of 2, 5, 6 or 7
# letters) before the white space in front of it.
_NATIONAL_LC = _lower(_NATIONAL_RE)
_NATIONAL_WORDS = (b"nasional", b"indonesia")
_NATIONAL_LEADS = (2, 5, 6, 7)
# The "before" patterns of ``_role_in`` only match at the end of the window ("...$"); what their
# matches end with, white space stripped (_SUPERLATIVE_SE's also hold "ter", "paling", "nomor"
# or "peringkat"; _OFFICE_BEFORE's may end with "di" after one of these, or with "tribun..."):
# (its "\bter" written "t(?<!\wt)er", as above: the engine tries only "t", "p" and "n")
_SUPERLATIVE_LC = re.compile(_lower(_SUPERLATIVE_SE).pattern.replace(r"\bter", r"t(?<!\wt)er", 1))
_SUPERLATIVE_ENDS = ("se-", "di", "antara", "kota")
_OFFICE_LC = _lower(_OFFICE_BEFORE)
_OFFICE_ENDS = (
    *("ketenagakerjaan", "tk", "naker", "amsostek", "cabang", "kacab", "kanwil", "kantor"),
    *("wilayah", "perintis", "pusat", "perwakilan", "kcp", "kepala", "antara", "antaranews"),
    *("kerja", ")"),
)
_DATA_OF_LC = _lower(_DATA_OF)
_OFFICE_SITE_LC = _lower(_OFFICE_SITE)  # (ends with "di")
_SPEAKER_LC = _lower(_SPEAKER_BEFORE)  # (ends with "di" or "ke", or "kantor"/"ruang" and a word)
# What the window before a mention ends with (white space stripped) when any test of
# ``_role_lower`` can pass, if it holds none of "tribun", "kantor" and "ruang"
# "di ibu kota Provinsi Kalsel": the place is a city described by its province
_CAPITAL_OF = re.compile(r"\bibu\s*kota\s*$", re.IGNORECASE)
_ROLE_ENDS = (*_SUPERLATIVE_ENDS, *_OFFICE_ENDS, "di", "ke")


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


# The slots of Place, set in field order by ``_new_place``: the object its __init__ makes, at
# half the cost (a frozen dataclass's __init__ sets each field by name through object.__setattr__)
_PLACE_SLOTS = tuple(getattr(Place, f.name).__set__ for f in fields(Place))


def _new_place(start: int, end: int, region: Region | None, name: str, role: str) -> Place:
    """``Place(start, end, region, name, role)``."""
    place = object.__new__(Place)
    set_start, set_end, set_region, set_name, set_role = _PLACE_SLOTS
    set_start(place, start)
    set_end(place, end)
    set_region(place, region)
    set_name(place, name)
    set_role(place, role)
    return place


def dateline_span(text: str) -> tuple[int, int] | None:
    """Span of the dateline ("Kendari (ANTARA) -", "PALU, METROSULAWESI.NET -") if any."""
    for m in _datelines(text[:1500]):
        head = m.group("head")
        if _SENTENCE_END.search(head) or len(head.split()) > 8:
            continue
        if find_region_mentions(head):
            return m.start("head"), m.end("head")
    return None


def _dateline_of(text: str, spans: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """``dateline_span(text)``, ``spans`` being ``form_spans(text)``: a head holds a region
    when one of the spans lies in it (see ``_head_spans``)."""
    for m in _datelines(text[:1500]):
        head = m.group("head")
        if _SENTENCE_END.search(head) or len(head.split()) > 8:
            continue
        start, end = m.span("head")
        if _head_spans(text, start, end, spans):
            return start, end
    return None


def _head_spans(
    text: str, start: int, end: int, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The spans of ``text`` (``form_spans(text)``) within a dateline head ``text[start:end]``:
    those ``form_spans`` finds in the head, shifted by ``start``. (Before the head is a line
    start, then " ", tab or quotes: no token of the text runs into it; after it is white space
    or a dash, then white space: no token, and no next word of a form, runs out of it (a "-"
    does: a token character; then the head is read alone), and no form ends with a "." there.
    Nor does a form found before the head run into it, "Kota" at a line end and the head
    "Kendari" on the next, which is checked for.)"""
    if not text.startswith("-", end):
        inside: list[tuple[int, int, str]] = []
        for span in spans:  # (in order, none overlapping another)
            if span[0] >= end:
                return inside
            if span[0] >= start:
                if span[1] <= end:
                    inside.append(span)
            elif span[1] > start:
                break  # (a form before the head runs into it)
        else:
            return inside
    return [(s + start, e + start, key) for s, e, key in form_spans(text[start:end])]


def _datelines(text: str) -> Iterator[re.Match[str]]:
    """``_DATELINE.finditer(text)``, tried only at line starts: a match starts with "^" (the
    scan would try every position), and the next one is looked for from where the last ended."""
    pos, last_end = 0, 0
    while pos >= 0:
        if pos >= last_end and _may_start_dateline(text, pos):
            m = _DATELINE.match(text, pos)
            if m is not None:
                yield m
                last_end = m.end()
        pos = text.find("\n", pos)
        pos = pos + 1 if pos >= 0 else -1


def _may_start_dateline(text: str, pos: int) -> bool:
    """Whether ``_DATELINE`` can match at the line start ``pos``: its head starts with a letter
    after any [ \t"“], runs for at most 71 characters, and only white space lies between it and
    the dash, which white space follows. (Most lines hold no such dash near their start: the
    lazy head pattern would try some seventy places in each.)"""
    head = pos
    while head < len(text) and text[head] in ' \t"“':
        head += 1
    if head >= len(text) or not ("a" <= text[head] <= "z" or "A" <= text[head] <= "Z"):
        return False
    end = head + 71  # the head ends by here; the dash is here or after white space from here
    while end < len(text) and text[end].isspace():
        end += 1
    return _DASH_SPACE.search(text, head, end + 3) is not None


def _national_matches(text: str) -> list[re.Match[str]]:
    """``_NATIONAL_RE.finditer(text)``: its lower-case pattern tried only where a match can start
    (found from the words every match holds), not at every "s", "t", "d" and "n"."""
    if "\u0130" in text:  # ("İ", the one letter whose lower case is longer: IGNORECASE is run)
        return list(_NATIONAL_RE.finditer(text))
    # (the words are looked for in the text with its ASCII letters lower-cased and every other
    # character a "?": the offsets kept, and no other character lower-cases to one of their
    # letters; cheaper than lower-casing the text, which most texts, holding neither, skip)
    folded = text.encode("ascii", "replace").lower()
    starts: set[int] = set()
    for word in _NATIONAL_WORDS:
        at = folded.find(word)
        while at >= 0:
            space = at  # where the white space before the word starts
            while space > 0 and text[space - 1].isspace():
                space -= 1
            starts.update((at, at - 2, at - 3))
            if space < at:
                starts.update(space - lead for lead in _NATIONAL_LEADS)
            at = folded.find(word, at + len(word))
    if not starts:
        return []
    low = text.lower()
    # (the positions in order, each tried unless a match found before runs past it: what
    # ``finditer`` finds, as no match starts at any other position)
    out: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        if start >= end:
            m = _NATIONAL_LC.match(low, start)
            if m is not None:
                out.append(m)
                end = m.end()
    return out


def _to_place(m: RegionMention, role: str) -> Place:
    region = m.pick(prefer_city=role == "dateline")
    if region is not None and role == "dateline" and region.code == "31":
        region = NATIONAL  # Jakarta-datelined copy is national news
    name = region.display_name if region else f"Wilayah {m.area}"
    return _new_place(m.start, m.end, region, name, role)


@lru_cache(maxsize=1)
def _form_places() -> dict[str, tuple[Region | None, str, Region | None, str]]:
    """Each known form -> the region and name ``_to_place`` gives its mention, for any role but
    "dateline", then for "dateline" (worked out once per form, not once per mention)."""
    out = {}
    for key, (candidates, level, area) in known_forms().items():
        mention = RegionMention(0, 0, key, candidates, level, area)
        place, dateline = _to_place(mention, "strong"), _to_place(mention, "dateline")
        out[key] = (place.region, place.name, dateline.region, dateline.name)
    return out


def _start_of(place: Place) -> int:
    return place.start


def _role_in(text: str, start: int, end: int) -> str:
    """The role of a mention at ``start:end`` out of the dateline."""
    before = text[max(0, start - 60) : start]
    low = before.lower()
    if len(low) == len(before):
        return _role_lower(low, text, end)
    after = text[end : end + 25]
    if _CAPITAL_OF.search(before):
        return "scope"  # "ibu kota Kalimantan Selatan": a city described, not the province
    if _SUPERLATIVE_SE.search(before):
        return "scope"  # "tertinggi se-Kalimantan", "terbanyak di Indonesia": a comparison
    office = _OFFICE_BEFORE.search(before)
    if office and _DATA_OF.search(before[: office.start()]):
        return "strong"  # "kepesertaan BPJS Ketenagakerjaan Kaltim": the data's region
    if office or _OFFICE_SITE.search(before):
        return "office"
    if _SPEAKER_BEFORE.search(before) and _SPEAKER_AFTER.match(after):
        return "speaker"
    return "strong"


def _role_lower(low: str, text: str, end: int) -> str:
    """``_role_in`` of the window before a mention ending at ``end`` in ``text``, the window
    lower-cased keeping its offsets: the tests of ``_role_in`` run as the Matchers run them on such
    text (their lower-case patterns), each only when the window ends (white space stripped)
    with a word its matches can end with, and holds the words they must hold: cheap tests of a
    few characters that most windows fail."""
    tail = low.rstrip()
    if tail.endswith(("kota", "ibukota")) and _CAPITAL_OF.search(low):
        return "scope"  # "ibu kota Kalimantan Selatan": a city described, not the province
    # (no test below can pass unless the window ends with one of these words or holds one of
    # these three: one cheap test that most windows fail)
    if (
        not tail.endswith(_ROLE_ENDS)
        and "tribun" not in low
        and "kantor" not in low
        and "ruang" not in low
    ):
        return "strong"
    if (
        tail.endswith(_SUPERLATIVE_ENDS)
        and ("ter" in low or "paling" in low or "nomor" in low or "peringkat" in low)
        and _SUPERLATIVE_LC.search(low)
    ):
        return "scope"
    office = _OFFICE_LC.search(low) if _may_end_office(low, tail) else None
    if office and _DATA_OF_LC.search(low[: office.start()]):
        return "strong"
    if office or (tail.endswith("di") and "kantor" in low and _OFFICE_SITE_LC.search(low)):
        return "office"
    if (
        low[-1:].isspace()
        and (tail.endswith(("di", "ke")) or "kantor" in low or "ruang" in low)
        # (the test after the mention first: it fails more often, and costs less)
        and _SPEAKER_AFTER.match(text[end : end + 25])
        and _SPEAKER_LC.search(low)
    ):
        return "speaker"
    return "strong"


def _office_in(before: str) -> bool:
    """``_OFFICE_BEFORE.search(before) is not None`` (as in ``_role_lower``, when it can)."""
    low = before.lower()
    if len(low) != len(before):
        return _OFFICE_BEFORE.search(before) is not None
    return _may_end_office(low, low.rstrip()) and _OFFICE_LC.search(low) is not None


def _may_end_office(low: str, tail: str) -> bool:
    """Whether ``_OFFICE_BEFORE`` can match the lower-cased window: it ends with an office word
    ("tribun" and any letters), ")", cabang, wilayah or perintis, then "di" or not."""
    if tail.endswith(_OFFICE_ENDS) or "tribun" in low:
        return True
    return tail.endswith("di") and tail[:-2].rstrip().endswith(_OFFICE_ENDS)


def _is_appositive_gap(gap: str) -> bool:
    """Whether ``gap`` is white space, or matches ``_APPOSITIVE_RE`` (and so starts, white
    space aside, with ",", "(" or "-": the long gaps between far apart places are not read)."""
    core = gap.strip()
    return not core or (core[0] in ",(-" and _APPOSITIVE_RE.match(gap) is not None)


def _joins(gap: str) -> bool:
    """Whether ``gap`` matches ``_JOIN_RE`` (which needs "dan", "serta" or "," first, white
    space aside; "\u017f", the long s, is an "s" to IGNORECASE, used on some text)."""
    core = gap.lstrip()
    return core[:1] in _JOIN_FIRST and _JOIN_RE.match(gap) is not None


def _merge_places(text: str, places: list[Place]) -> list[Place]:
    """The places less the appositives ("Kota Kendari, Provinsi Sulawesi Tenggara": the parent
    or a repeat is dropped), a strong name joined to an office's taken as the office's too
    ("Kantor Wilayah Jawa Tengah dan DIY"), and two strong names of one level joined after
    "wilayah" made one described area ("wilayah Provinsi Papua Barat dan Papua Barat Daya").
    (Three passes run as one: each compares a place with the last one it passed on.)"""
    out: list[Place] = []
    kept: Place | None = None  # the last place not dropped
    last: Place | None = None  # the last place as the office names left it
    for p in places:
        if (
            kept is not None
            and kept.region is not None
            and p.region is not None
            and (p.region.code == kept.region.code or kept.region.parent_code == p.region.code)
            and _is_appositive_gap(text[kept.end : p.start])
        ):
            continue
        kept = p
        if (
            last is not None
            and last.role == "office"
            and p.role == "strong"
            and _joins(text[last.end : p.start])
        ):
            p = _new_place(p.start, p.end, p.region, p.name, "office")
        last = p
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role == p.role == "strong"
            and prev.region is not None
            and p.region is not None
            and prev.region.level == p.region.level
            and _joins(text[prev.end : p.start])
            and _WILAYAH_BEFORE.search(text[max(0, prev.start - 20) : prev.start])
        ):
            out[-1] = _new_place(prev.start, p.end, None, f"{prev.name} + {p.name}", "strong")
            continue
        out.append(p)
    return out


def area_of(group: list[Place]) -> Place:
    """Several regions counted together ("Kota Jayapura, Kabupaten Jayapura, Keerom dan Sarmi"):
    an area with no single code, named after them."""
    name = " + ".join(p.name for p in group)
    return _new_place(group[0].start, group[-1].end, None, name, "strong")


class RegionScope:
    """Region mentions of one article, with the lookups the figure builder needs."""

    def __init__(self, text: str, title: str | None) -> None:
        self.text = text
        spans = form_spans(text)
        dl = _dateline_of(text, spans)
        info = _form_places()
        places: list[Place] = []
        for start, end, key in spans:
            region, name, dl_region, dl_name = info[key]
            if dl and dl[0] <= start < dl[1]:
                places.append(_new_place(start, end, dl_region, dl_name, "dateline"))
            else:
                role = _role_in(text, start, end)
                places.append(_new_place(start, end, region, name, role))
        national = [
            _new_place(m.start(), m.end(), NATIONAL, NATIONAL.name, "strong")
            for m in _national_matches(text)
            if not _NOT_NATIONAL_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
        ]
        if national:  # (the spans come in order; the sort is stable)
            places += national
            places.sort(key=_start_of)
        self.places = _merge_places(text, places)  # ordered by start
        self._strong = [p for p in self.places if p.role == "strong"]
        # regional offices named by their area ("Kanwil ... Sumbagut"): most articles have none
        self._office_areas = [p for p in self.places if p.role == "office" and p.region is None]
        self._strong_starts = [p.start for p in self._strong]
        title = title or ""
        self.title_places = [
            _new_place(
                start,
                end,
                info[key][0],
                info[key][1],
                "title_office" if _office_in(title[max(0, start - 60) : start]) else "title",
            )
            for start, end, key in (form_spans(title) if title else ())
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

    def counted_group(self, start: int, end: int, count: int) -> Place | None:
        """The area of the last ``count`` places, of any role, joined by "," / "dan" within
        ``text[start:end]`` ("Kanwil ... Sulawesi Utara, Gorontalo dan Maluku Utara
        mengungkapkan, jumlah peserta di tiga provinsi itu ..."); None when there is no such run."""
        inside = [p for p in self.places if start <= p.start and p.end <= end and p.region]
        group = inside[-1:]
        for p in reversed(inside[:-1]):
            if len(group) == count or not _joins(self.text[p.end : group[0].start]):
                break
            group.insert(0, p)
        if len(group) != count or count < 2:
            return None
        return area_of(group)

    def office_area(self, start: int, end: int) -> Place | None:
        """The last regional office named by its area within ``text[start:end]`` ("Kanwil BPJS
        Ketenagakerjaan Sumbagut"), as a strong place."""
        found = [p for p in self._office_areas if start <= p.start and p.end <= end]
        if not found:
            return None
        last = found[-1]
        return _new_place(last.start, last.end, None, last.name, "strong")

    @cached_property
    def work_area(self) -> Place | None:
        """The area of the branch office, where the article names it: the places, two or more,
        joined by "," / "dan" right after "wilayah kerja(nya) ... meliputi" (the first such;
        looked for once per article, when a figure speaks of "wilayah kerja")."""
        for m in _WORK_AREA_DEFINITION.finditer(self.text):
            start = m.start()
            window = self.text[start : start + 90]
            for p in self.places:
                if start + 12 <= p.start <= start + 90 and _WORK_AREA_DEFINED.search(
                    window[: p.start - start]
                ):
                    return self._run_from(p)
        return None

    def _run_from(self, first: Place) -> Place | None:
        """The area of the places joined by "," / "dan" from ``first`` on, if two or more."""
        i = self.places.index(first)
        group = [first]
        for p in self.places[i + 1 :]:
            if p.region is None or not _joins(self.text[group[-1].end : p.start]):
                break
            group.append(p)
        return area_of(group) if len(group) > 1 else None

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
