"""Participation figures from article text: the public entry point of the extractor.

``extract_figures`` walks the sentences, classifies every count and percentage
(:mod:`extract.classify`), attaches region (:mod:`extract.scope`) and date (:mod:`extract.dates`),
drops repeats (:mod:`extract.dedupe`), and marks the results with consistency flags
(:mod:`extract.checks`).

Region of a number, first found: a place named before it in its clause (several joined by "dan"
become one area, or one each with "masing-masing" / for percentages); a place right after it
("49.397 pekerja di Kota Kendari"); the place the paragraph is about; the article's principal
region (that of its first figure); the title, BPJS office, dateline; else Indonesia.

Date of a number: a date in its own clause, or right after it ("35,6 persen pada 2023"), then
anywhere in the sentence; "saat ini" means no date; otherwise the date of the last figure of
the same kind (stock or flow) earlier in the article, then the nearest data date before or just
after. Dates after the publication year mark a target: the number is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from extract import vocab
from extract.asof import data_dates, date_in_sentence, sentence_dates, sourced_dates
from extract.checks import WORKFORCE_CEILING, apply_checks
from extract.classify import (
    Clause,
    Decision,
    classify_count,
    classify_percent,
    find_segment,
    make_clause,
)
from extract.dates import DateMention, find_dates, to_date
from extract.dedupe import dedupe, headline_spans, relabel_registered
from extract.model import Figure
from extract.numbers import NumberMention, find_numbers
from extract.regions import NATIONAL, region_by_code
from extract.scope import Place, RegionScope
from extract.segment import Sentence, evidence_span
from extract.tables import table_cells, table_spans
from extract.textutil import Gated, has_case_twins
from extract.walk import para_start, passed_over, read_also_spans, sentence_numbers

__all__ = ["EXTRACTOR_VERSION", "extract_figures"]

EXTRACTOR_VERSION = "0.4.0"

_FLOW = {"new_participants"}
# dates written with digits (the numbers in them are no figures)
_NUMBERED_DATES = {"day", "day_noyear", "slash", "numeric", "month", "range", "quarter", "half"}
# Gated: every match holds one of the words given (the pattern is skipped on text without them)
_MASING = Gated(
    r"masing-masing\s*(?:sekitar|sebesar|sebanyak)?\s*$", ("masing-masing",), re.IGNORECASE
)


@dataclass(slots=True)
class _State:
    """What earlier figures of the article established."""

    principal: Place | None = None
    prev_sentence_text: str = ""
    para_segment: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    last_segments: set[str | None] = field(default_factory=set)  # of the last figure sentence
    # of the last figure sentence: its index and, per unit (persons, employers, percent), the
    # metric of its last figure in that unit
    last_sentence: int = -2
    last_metrics: dict[str, str] = field(default_factory=dict)
    para_place: dict[int, Place] = field(default_factory=dict)
    last_date: dict[str, tuple[str, str]] = field(default_factory=dict)  # family -> (label, prec)
    last_metric: dict[tuple[int, str], str] = field(default_factory=dict)  # (paragraph, unit)


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    published: date | None
    dates: list[DateMention]
    scope: RegionScope
    data: list[DateMention]  # ``data_dates(dates, text)``
    sourced: frozenset[int]  # ``sourced_dates(data, text)``


def _table_figures(ctx: _Ctx, state: _State) -> list[Figure]:
    """Figures of the article's tables, dated and placed by the text around them."""
    out: list[Figure] = []
    for cell in table_cells(ctx.text):
        if cell.region is not None or cell.area is not None:
            place = Place(
                cell.start,
                cell.end,
                cell.region,
                cell.region.display_name if cell.region else cell.area or "",
                "strong",
            )
        else:
            place = state.principal or ctx.scope.default(cell.start)
        earlier = [d for d in ctx.data if d.end <= cell.start]
        label: tuple[str | None, str | None] = (None, None)
        if cell.as_of:
            label = cell.as_of
        elif earlier:
            label = (earlier[-1].label, earlier[-1].precision)
        pct = cell.metric == "coverage_pct"
        out.append(
            Figure(
                region_code=place.code,
                region_name=place.name or None,
                metric=cell.metric,
                segment=cell.segment,
                value=round(cell.value, 2) if pct else round(cell.value),
                unit=_OUTPUT_UNIT.get(cell.metric, "persons"),
                as_of=label[0],
                as_of_precision=label[1],
                evidence=ctx.text[cell.start : cell.end],
                start=cell.start,
                end=cell.end,
                confidence=0.8,
                flags=[],
                extractor_version=EXTRACTOR_VERSION,
            )
        )
    return out


def _unit(num: NumberMention, text: str) -> str | None:
    if num.kind == "percent":
        return "percent"
    after = text[num.end : num.end + 40]
    if vocab.PERSON_UNIT.match(after):
        return "persons"
    if vocab.EMPLOYER_UNIT.match(after):
        return "employers"
    if vocab.OTHER_UNIT.match(after):
        return "other"
    return None


_SUBJECT_NOUN = re.compile(
    r"\b(?P<employers>perusahaan|pemberi\s+kerja|badan\s+usaha)\b|"
    r"\b(?P<persons>pekerja|peserta|tenaga\s+kerja|orang|buruh|karyawan)\b",
    re.IGNORECASE,
)


def _subject_unit(left_clause: str) -> str | None:
    """With no noun after the number, the last noun before it says what is counted
    ("total pemberi kerja yang terdaftar mencapai 750 ribu")."""
    last = None
    for m in _SUBJECT_NOUN.finditer(left_clause):
        last = m
    return "employers" if last is not None and last.lastgroup == "employers" else None


def extract_figures(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: datetime | date | None = None,
) -> list[Figure]:
    """Every participation figure stated in ``text`` (offsets are into ``text``)."""
    del url  # accepted for API symmetry; the text and title carry everything used
    ctx, numbers = _prepare(text, title, to_date(published))
    state = _State()
    figures: list[Figure] = []
    read_also = read_also_spans(text)
    prev: Sentence | None = None  # the sentence before, if it holds no candidate number
    walk = list(sentence_numbers(text, numbers))
    # where the next sentence holding candidate numbers starts: a date from there on is theirs
    horizons: list[int | None] = []
    horizon = None
    for sent, cands in reversed(walk):
        horizons.append(horizon)
        if cands:
            horizon = sent.start
    for (sent, cands), horizon in zip(walk, reversed(horizons), strict=True):
        # a sentence without candidate numbers states nothing (see extract.walk); its text is
        # the context of the next sentence, cut out only when that one is read
        if not cands:
            prev = sent
            continue
        if not passed_over(text, sent, read_also):
            state.prev_sentence_text = "" if prev is None else text[prev.start : prev.end]
            figures.extend(_sentence_figures(ctx, sent, cands, state, horizon))
        prev = None
    figures.extend(_table_figures(ctx, state))
    if not figures:
        return []  # (what dedupe and the checks make of no figures)
    kept = dedupe(figures, headline_spans(text))
    relabel_registered(kept)
    return apply_checks(kept)


def _prepare(text: str, title: str | None, pub: date | None) -> tuple[_Ctx, list[NumberMention]]:
    """The article's dates and places, and its candidate numbers (not in a date or a table)."""
    dates = find_dates(text, pub)
    spans = [(d.start, d.end) for d in dates if d.kind in _NUMBERED_DATES]
    spans += table_spans(text)  # tables are read by column, in _table_figures
    numbers = [
        n
        for n in find_numbers(text, ("count", "percent"))
        if not any(s <= n.start < e for s, e in spans)
    ]
    scope = RegionScope(text, title)
    data = data_dates(dates, text)
    ctx = _Ctx(text, pub, dates, scope, data, sourced_dates(data, text))
    return ctx, numbers


@dataclass(slots=True)
class _Sentence:
    """One sentence being read: its numbers and what its earlier figures established."""

    sent: Sentence
    words: str  # its text
    cands: list[NumberMention]
    respective: dict[int, Place]
    segments: bool  # whether it may name a segment (``vocab.segments_possible``)
    masing: bool  # whether it may hold "masing-masing" (``_MASING``)
    dates: list[DateMention]  # those that may date its figures (``asof.sentence_dates``)
    para_start: int  # where its paragraph starts
    horizon: int | None  # where the next sentence with candidate numbers starts, if any
    prev: dict[str, Figure] = field(default_factory=dict)  # "count"/"percent" -> last figure
    claimed: int = 0  # text up to here already gave a segment to a figure

    def bounds(self, i: int) -> tuple[int, int, int | None]:
        """Left and right limits of number ``i``'s words, and the previous number's end."""
        prev_end = self.cands[i - 1].end if i else None
        right = self.cands[i + 1].start if i + 1 < len(self.cands) else self.sent.end
        return (prev_end if prev_end is not None else self.sent.start), right, prev_end


def _sentence_figures(
    ctx: _Ctx, sent: Sentence, cands: list[NumberMention], state: _State, horizon: int | None
) -> list[Figure]:
    words = ctx.text[sent.start : sent.end]
    # every text _MASING is run on lies in the sentence: one without the trigger has no match
    masing = has_case_twins(words) or "masing-masing" in words.lower()
    here = _Sentence(
        sent,
        words,
        cands,
        _respective(ctx, sent, cands) if masing else {},
        vocab.segments_possible(words),
        masing,
        sentence_dates(ctx.dates, sent),
        para_start(ctx.text, sent),
        horizon,
        claimed=sent.start,
    )
    out: list[Figure] = []
    for i, num in enumerate(cands):
        out.extend(_number_figures(ctx, here, i, num, state))
    if out:
        state.last_segments = {f.segment for f in out}
        state.last_sentence = sent.index
        state.last_metrics = {f.unit: f.metric for f in out}
    return out


def _number_figures(
    ctx: _Ctx, here: _Sentence, i: int, num: NumberMention, state: _State
) -> list[Figure]:
    """The figures number ``i`` of the sentence states (none, one, or one per place)."""
    sent = here.sent
    left_bound, right_bound, prev_end = here.bounds(i)
    clause = make_clause(ctx.text, num, left_bound, right_bound, here.words, here.segments)
    unit = _unit(num, ctx.text) or _subject_unit(clause.left_clause)
    # (of a percentage: whether a place is named before it in its words)
    placed = num.kind == "percent" and bool(ctx.scope.strong_between(left_bound, num.start))
    decision = _decide(num, clause, unit, here.prev, state, sent, placed)
    if decision is None:
        return []
    segment, here.claimed = find_segment(ctx.text, clause, num, here.claimed)
    linked = here.prev.get("count" if num.kind == "percent" else "percent")
    if segment is None:
        segment = _inherited_segment(clause, decision.metric, state, sent, not here.prev)
    if segment is None and decision.via_atau and linked is not None:
        segment = linked.segment
    before = here.prev.get("count")
    if segment is None and before is not None and before.metric == "labor_force":
        # "dari 62.400 pekerja informal, yang baru terdaftar 14.560 orang": a part of the
        # workforce just named, in its segment
        segment = before.segment if decision.metric in _PART_OF_WORKFORCE else None
    # the linked figure's place, else the respective one, else its own (only one is looked up)
    if decision.via_atau and linked is not None:
        places = [_place_of(linked)]
    elif i in here.respective:
        places = [here.respective[i]]
    else:
        clause_end = min(right_bound, num.end + len(clause.right_clause))
        places = _places(ctx, here, num, left_bound, clause_end, state)
    family = "flow" if decision.metric in _FLOW else "stock"
    inherited = state.last_date.get(family) or state.last_date.get("any")
    as_of = date_in_sentence(
        here.dates,
        ctx.data,
        ctx.published,
        num,
        clause,
        prev_end,
        inherited,
        here.horizon,
        ctx.sourced,
    )
    if as_of == "future":
        return []
    bounds = (left_bound, right_bound)
    out = [
        _figure(ctx.text, num, decision, segment, place, as_of, sent, bounds) for place in places
    ]
    # a compared date ("naik dari 2023") is not kept; as only dates (tuples) are, looked for then
    if isinstance(as_of, tuple) and _COMPARISON.search(clause.left_clause):
        as_of = None
    _remember(state, sent, places[-1], decision.metric, unit, as_of)
    state.para_segment[sent.paragraph] = (decision.metric, segment)
    here.prev["percent" if num.kind == "percent" else "count"] = out[-1]
    return out


_PART_OF_WORKFORCE = frozenset({"active_participants", "unregistered", "coverage_pct"})


def _decide(
    num: NumberMention,
    clause: Clause,
    unit: str | None,
    prev: dict[str, Figure],
    state: _State,
    sent: Sentence,
    placed: bool = False,
) -> Decision | None:
    if num.kind == "percent":
        prev_count = prev.get("count")
        prev_pct = prev.get("percent")
        prev_pct_metric = (
            prev_pct.metric if prev_pct else state.last_metric.get((sent.paragraph, "percent"))
        )
        if (
            prev_pct_metric is None
            and not prev
            and (_follows_up(clause, state, sent) or (placed and _right_after(state, sent)))
        ):
            # "Capaian ini naik dari posisi akhir 2024 yang sebesar 36,72 persen": the share the
            # sentence before gave, at another time (in a paragraph of its own)
            prev_pct_metric = state.last_metrics.get("percent")
        return classify_percent(
            clause,
            prev_count.metric if prev_count else None,
            prev_pct_metric,
            state.prev_sentence_text,
        )
    prev_count = prev.get("count")
    key_unit = unit or "persons"
    same_unit = prev_count is not None and prev_count.unit == _unit_name(key_unit)
    prev_metric = prev_count.metric if prev_count is not None and same_unit else None
    if prev_metric is None:
        prev_metric = state.last_metric.get((sent.paragraph, key_unit))
    if prev_metric is None and not prev and _follows_up(clause, state, sent):
        # "Jumlah itu meningkat dari 9,1 juta pada akhir 2023": the count the sentence before
        # gave, at another time
        prev_metric = state.last_metrics.get(_unit_name(key_unit))
    prev_pct = prev.get("percent")
    return classify_count(clause, unit, prev_metric, prev_pct is not None)


_SUBSET = Gated(
    r"\b(?:di\s*antaranya|dari\s+(?:jumlah|angka|total)\s+(?:itu|tersebut))\b",
    ("antaranya", "dari"),
    re.IGNORECASE,
)
# "Angka ini mencerminkan tingkat cakupan mencapai 150 persen": about the figure just before
_ANAPHORA = Gated(
    r"\b(?:angka|jumlah|capaian|realisasi|data|raihan)\s+(?:ini|itu|tersebut)\b",
    ("ini", "itu", "tersebut"),
    re.IGNORECASE,
)
_COMPARISON = Gated(vocab.COMPARISON, ("dibanding", "dari", "sebelumnya", "sama"), re.IGNORECASE)
_TOTAL_CUE = Gated(
    r"\b(?:total|jumlah|seluruh|keseluruhan|secara\s+umum)\b",
    ("total", "jumlah", "seluruh", "secara"),
    re.IGNORECASE,
)


# "Disusul Kabupaten Gowa 98.770 orang, ...", "Sementara Keerom 7.300 orang": the list of the
# sentence before goes on
_CONTINUES = re.compile(
    r"[\W_]*(?:disusul|diikuti|kemudian|selanjutnya|berikutnya|lalu|sementara(?:\s+itu)?|"
    r"sedangkan|adapun)\b",
    re.IGNORECASE,
)


def _right_after(state: _State, sent: Sentence) -> bool:
    """Whether the sentence before gave figures ("Cakupan kepesertaan di Sulsel 41,3 persen.
    Kota Makassar mencatat capaian tertinggi dengan 68,9 persen, ...")."""
    return state.last_sentence == sent.index - 1


def _follows_up(clause: Clause, state: _State, sent: Sentence) -> bool:
    """Whether the sentence opens by pointing at the figures of the sentence right before it
    ("Jumlah itu ...", "Angka tersebut ...") or by going on with its list ("Disusul ...")."""
    if state.last_sentence != sent.index - 1:
        return False
    return bool(_ANAPHORA.search(clause.sentence[:40]) or _CONTINUES.match(clause.sentence))


def _inherited_segment(
    clause: Clause, metric: str, state: _State, sent: Sentence, first: bool
) -> str | None:
    """A list item keeps the segment of the item before it in the paragraph ("peserta PMI aktif
    sebanyak 539.299 orang, lalu menurun pada 2020 menjadi 389.760 orang")."""
    if first and _ANAPHORA.search(clause.sentence[:80]) and len(state.last_segments) == 1:
        return next(iter(state.last_segments))  # None when the figure before had none
    last = state.para_segment.get(sent.paragraph)
    if last is None or last[1] is None:
        return None
    if _SUBSET.search(clause.left_clause + " " + clause.right_clause):
        return last[1]  # "3.100 peserta di antaranya tidak aktif": a part of the figure before
    if last[0] != metric:
        return None
    if _TOTAL_CUE.search(clause.left_clause):
        return None
    return last[1]


def _unit_name(unit: str) -> str:
    return "employers" if unit == "employers" else "persons"


def _place_of(fig: Figure) -> Place:
    region = region_by_code(fig.region_code) if fig.region_code else None
    return Place(fig.start, fig.start, region, fig.region_name or "", "strong")


_LIST_GAP = re.compile(
    r"^\s*(?:orang|pekerja|peserta|persen|%)?\s*(?:,|dan|serta|,\s*dan)\s*$", re.I
)


def _respective(ctx: _Ctx, sent: Sentence, cands: list[NumberMention]) -> dict[int, Place]:
    """ "Kota Kendari dan Kabupaten Konawe masing-masing 61.000 dan 28.000 orang": the n-th
    number belongs to the n-th place."""
    for i, num in enumerate(cands):
        before = ctx.scope.strong_between(cands[i - 1].end if i else sent.start, num.start)
        if not before or not _MASING.search(ctx.text[before[-1].end : num.start]):
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
    r"\b(?:di|se)[\s-]*(?P<n>dua|tiga|empat|lima|enam|[2-6])\s+"
    r"(?:provinsi|kabupaten(?:/kota)?|kota|daerah|wilayah)\s+(?:itu|tersebut|ini)\b",
    ("itu", "tersebut", "ini"),
    re.IGNORECASE,
)
_OFFICE_RECORDS = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:mencatat\w*|melaporkan|membukukan|memiliki|melayani)\b", re.I
)
_ITS_AREA = re.compile(r"\bwilayah(?:nya|\s+kerjanya)\b", re.IGNORECASE)
_WORK_AREA = Gated(r"\bwilayah\s+kerja", ("wilayah",), re.IGNORECASE)
_COUNTS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}


def _counted_area(ctx: _Ctx, here: _Sentence, start: int, end: int) -> Place | None:
    m = _COUNTED.search(ctx.text[start:end])
    if m is None:
        return None
    count = _COUNTS.get(m["n"].lower()) or int(m["n"])
    return ctx.scope.counted_group(here.para_start, start + m.start(), count)


def _places(
    ctx: _Ctx, here: _Sentence, num: NumberMention, left_bound: int, clause_end: int, state: _State
) -> list[Place]:
    counted = _counted_area(ctx, here, left_bound, clause_end)
    if counted is not None:
        return [counted]
    before = ctx.scope.strong_between(left_bound, num.start)
    if not before and _WORK_AREA.search(ctx.text[left_bound:clause_end]):
        area = ctx.scope.work_area()  # "96 ribu pekerja di wilayah kerjanya": the branch's area
        if area is not None:
            return [area]
    if before:
        group = _joined(ctx.text, before)
        if len(group) == 1:
            return [before[-1]]
        each = num.kind == "percent" or (
            here.masing and _MASING.search(ctx.text[before[-1].end : num.start])
        )
        return group if each else [_area(group)]
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


def _context_place(ctx: _Ctx, here: _Sentence, num: NumberMention, state: _State) -> Place:
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


def _area(group: list[Place]) -> Place:
    """Several regions counted together ("Kota Jayapura, Kabupaten Jayapura, Keerom dan Sarmi"):
    an area with no single code."""
    name = " + ".join(p.name for p in group)
    return Place(group[0].start, group[-1].end, None, name, "strong")


def _remember(
    state: _State,
    sent: Sentence,
    place: Place,
    metric: str,
    unit: str | None,
    as_of: tuple[str, str] | str | None,
) -> None:
    national_aside = place.region is NATIONAL and place.role == "strong"
    if state.principal is None and not national_aside:
        state.principal = place  # "Secara nasional, ..." in a regional story sets no principal
    state.para_place[sent.paragraph] = place
    key_unit = "percent" if unit == "percent" else (unit or "persons")
    state.last_metric[(sent.paragraph, key_unit)] = metric
    if isinstance(as_of, tuple):
        state.last_date["flow" if metric in _FLOW else "stock"] = as_of
        state.last_date["any"] = as_of


def _figure(
    text: str,
    num: NumberMention,
    decision: Decision,
    segment: str | None,
    place: Place,
    as_of: tuple[str, str] | str | None,
    sent: Sentence,
    bounds: tuple[int, int],
) -> Figure:
    left_bound, right_bound = bounds
    start, end = evidence_span(text, num.start, num.end, sent, left_bound, right_bound)
    is_pct = decision.metric == "coverage_pct"
    value: float = round(num.value, 2) if is_pct else round(num.value)
    label, precision = as_of if isinstance(as_of, tuple) else (None, None)
    confidence = 0.9 if decision.strength == 2 else 0.7
    if place.role != "strong":
        confidence -= 0.1
    if num.approx or num.bound or num.value_max:
        confidence -= 0.05
    # (the fields in order: a call by position costs half as much as one by keyword)
    return Figure(
        place.code,  # region_code
        place.name or None,  # region_name
        decision.metric,
        segment,
        value,
        _OUTPUT_UNIT.get(decision.metric, "persons"),  # unit
        label,  # as_of
        precision,  # as_of_precision
        text[start:end],  # evidence
        start,
        end,
        round(max(0.3, confidence), 2),  # confidence
        [],  # flags
        EXTRACTOR_VERSION,
    )


# the unit of a figure by its metric ("persons" for any other)
_OUTPUT_UNIT = {"coverage_pct": "percent", "employers": "employers"}
