"""Which region a figure belongs to: the place named before the number in its clause (a joined
list of places as one area, or one each with "masing-masing" or for percentages), the place right
after it, an area the article names ("di tiga provinsi itu", a branch's "wilayah kerja", a
regional office's area), then the place the paragraph or the article is about."""

from __future__ import annotations

import re

from extract.checks import WORKFORCE_CEILING
from extract.model import Figure
from extract.numbers import NumberMention
from extract.reading import ArticleContext, ArticleState, SentenceReading
from extract.regions import NATIONAL, region_by_code
from extract.scope import Place, area_of
from extract.segment import Sentence
from extract.textutil import Gated

__all__ = ["MASING", "place_of", "places_of", "respective_places"]

# Gated: every match holds one of the words given (the pattern is skipped on text without them)
MASING = Gated(
    r"masing-masing\s*(?:sekitar|sebesar|sebanyak)?\s*$", ("masing-masing",), re.IGNORECASE
)


def place_of(fig: Figure) -> Place:
    region = region_by_code(fig.region_code) if fig.region_code else None
    return Place(fig.start, fig.start, region, fig.region_name or "", "strong")


_LIST_GAP = re.compile(
    r"^\s*(?:orang|pekerja|peserta|persen|%)?\s*(?:,|dan|serta|,\s*dan)\s*$", re.I
)


def respective_places(
    ctx: ArticleContext, sent: Sentence, cands: list[NumberMention]
) -> dict[int, Place]:
    """ "Kota Kendari dan Kabupaten Konawe masing-masing 61.000 dan 28.000 orang": the n-th
    number belongs to the n-th place."""
    for i, num in enumerate(cands):
        before = ctx.scope.strong_between(cands[i - 1].end if i else sent.start, num.start)
        if not before or not MASING.search(ctx.text[before[-1].end : num.start]):
            continue
        group = _joined(ctx.text, before)
        run = [i]
        while run[-1] + 1 < len(cands) and _LIST_GAP.match(
            ctx.text[cands[run[-1]].end : cands[run[-1] + 1].start]
        ):
            run.append(run[-1] + 1)
        if len(group) > 1 and len(run) == len(group):
            return dict(zip(run, group, strict=True))
    return {}


# "di tiga provinsi itu": the places named just before, counted
_COUNTED = Gated(
    r"\b(?:di|se)[\s-]*(?P<n>dua|tiga|empat|lima|enam)\s+"
    r"(?:provinsi|kabupaten(?:/kota)?|kota|daerah|wilayah)\s+(?:itu|tersebut|ini)\b",
    ("dua", "tiga", "empat", "lima", "enam"),
    re.IGNORECASE,
)
_OFFICE_RECORDS = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:mencatat\w*|melaporkan|membukukan|memiliki|melayani)\b", re.I
)
_ITS_AREA = re.compile(r"\bwilayah(?:nya|\s+kerjanya)\b", re.IGNORECASE)
_WORK_AREA = Gated(r"\bwilayah\s+kerja", ("wilayah",), re.IGNORECASE)
_COUNTS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}


def _counted_area(ctx: ArticleContext, here: SentenceReading, start: int, end: int) -> Place | None:
    m = _COUNTED.search(ctx.text[start:end])
    if m is None:
        return None
    count = _COUNTS[m["n"].lower()]
    return ctx.scope.counted_group(here.para_start, start + m.start(), count)


def places_of(
    ctx: ArticleContext,
    here: SentenceReading,
    num: NumberMention,
    left_bound: int,
    clause_end: int,
    state: ArticleState,
) -> list[Place]:
    counted = _counted_area(ctx, here, left_bound, clause_end)
    if counted is not None:
        return [counted]
    before = ctx.scope.strong_between(left_bound, num.start)
    if not before and _WORK_AREA.search(ctx.text[left_bound:clause_end]):
        area = ctx.scope.work_area  # "96 ribu pekerja di wilayah kerjanya": the branch's area
        if area is not None:
            return [area]
    if before:
        group = _joined(ctx.text, before)
        if len(group) == 1:
            return [before[-1]]
        each = num.kind == "percent" or (
            here.masing and MASING.search(ctx.text[before[-1].end : num.start])
        )
        return group if each else [area_of(group)]
    # a place after the number, in its clause ("49.397 pekerja di Kota Kendari"; not the
    # speaker's office in '42.950 orang," kata Deputi Direktur Wilayah Kalimantan')
    for p in ctx.scope.strong_between(num.end, clause_end):
        if p.start - num.end <= 60:
            return [p]
    # "Kanwil BPJS Ketenagakerjaan Sumbagut mencatat 2,1 juta peserta", "Kepala Kanwil ...
    # Banuspa mengatakan peserta aktif di wilayahnya ...": the office's area
    office = ctx.scope.office_area(here.sent.start, num.start)
    if office is not None and (
        _OFFICE_RECORDS.match(ctx.text, office.end, num.start)
        or _ITS_AREA.search(ctx.text, left_bound, clause_end)
    ):
        return [office]
    return [_plausible(_context_place(ctx, here, num, state), num)]


def _context_place(
    ctx: ArticleContext, here: SentenceReading, num: NumberMention, state: ArticleState
) -> Place:
    """The place the paragraph, or else the article, is about."""
    para = ctx.scope.strong_between(here.para_start, num.start)
    current = state.para_place.get(here.sent.paragraph)
    if para and (current is None or para[-1].start > current.start):
        return para[-1]
    if current is not None:
        return current
    if state.principal is not None:
        return state.principal
    return ctx.scope.default(num.start)


def _plausible(place: Place, num: NumberMention) -> Place:
    """A count the sentence does not place, too large for the place the context suggests, is a
    national figure ("BPJS Ketenagakerjaan mencatat 41 juta peserta aktif" in a Kendari story)."""
    if num.kind == "percent" or place.region is None or place.region.code == NATIONAL.code:
        return place
    if num.value > WORKFORCE_CEILING.get(place.region.level, WORKFORCE_CEILING["area"]):
        return Place(place.start, place.end, NATIONAL, NATIONAL.name, "default")
    return place


_JOINED = re.compile(r"^\s*(?:,|dan|serta|,\s*dan)\s*$", re.IGNORECASE)


def _joined(text: str, places: list[Place]) -> list[Place]:
    """The trailing run of places joined by "dan"/"," ("Kota Bontang dan Kutai Timur")."""
    group = [places[-1]]
    for p in reversed(places[:-1]):
        if not _JOINED.match(text[p.end : group[0].start]) or p.region is None:
            break
        if group[0].region is not None and group[0].region.parent_code == p.region.code:
            break  # "di NTT, Kota Kupang ...": a province and then one of its places, no list
        group.insert(0, p)
    return group
