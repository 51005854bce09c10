"""Participation figures from article text: the public entry point of the extractor.

``extract_figures`` walks the sentences, classifies every count and percentage
(:mod:`extract.classify`), attaches region (:mod:`extract.placing`, over the places of
:mod:`extract.scope`) and date (:mod:`extract.asof`, over :mod:`extract.dates`), drops repeats
(:mod:`extract.dedupe`), and marks the results with consistency flags (:mod:`extract.checks`).

Region of a number, first found: an area the sentence names ("di tiga provinsi itu", a branch's
"wilayah kerja"); a place named before it in its clause (several joined by "dan" become one
area, or one each with "masing-masing" / for percentages); a place right after it ("49.397
pekerja di Kota Kendari"); a regional office named by its area; the place the paragraph is
about; the article's principal region (that of its first figure); the title, BPJS office,
dateline; else Indonesia.

Date of a number: a date in its own clause, or right after it ("35,6 persen pada 2023"), then
anywhere in the sentence; "saat ini" means no date; otherwise the date of the last figure of
the same kind (stock or flow) earlier in the article, then the nearest data date before or just
after. A date whose period begins after the publication date marks a plan or target: the number
is dropped.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from extract import vocab
from extract.asof import data_dates, date_in_sentence, sentence_dates, sourced_dates
from extract.checks import apply_checks
from extract.classify import (
    Clause,
    Decision,
    classify_count,
    classify_percent,
    find_segment,
    make_clause,
)
from extract.dates import find_dates, to_date
from extract.dedupe import dedupe, headline_spans, relabel_registered
from extract.model import Figure
from extract.numbers import NumberMention, find_numbers
from extract.placing import place_of, places_of, respective_places
from extract.reading import ArticleContext, ArticleState, SentenceReading
from extract.regions import NATIONAL
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


def _table_figures(ctx: ArticleContext, state: ArticleState) -> list[Figure]:
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
    state = ArticleState()
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


def _prepare(
    text: str, title: str | None, pub: date | None
) -> tuple[ArticleContext, list[NumberMention]]:
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
    ctx = ArticleContext(text, pub, dates, scope, data, sourced_dates(data, text))
    return ctx, numbers


def _sentence_figures(
    ctx: ArticleContext,
    sent: Sentence,
    cands: list[NumberMention],
    state: ArticleState,
    horizon: int | None,
) -> list[Figure]:
    words = ctx.text[sent.start : sent.end]
    # every text MASING is run on lies in the sentence: one without the trigger has no match
    masing = has_case_twins(words) or "masing-masing" in words.lower()
    here = SentenceReading(
        sent,
        words,
        cands,
        respective_places(ctx, sent, cands) if masing else {},
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
    ctx: ArticleContext, here: SentenceReading, i: int, num: NumberMention, state: ArticleState
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
        places = [place_of(linked)]
    elif i in here.respective:
        places = [here.respective[i]]
    else:
        clause_end = min(right_bound, num.end + len(clause.right_clause))
        places = places_of(ctx, here, num, left_bound, clause_end, state)
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
    state: ArticleState,
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


def _right_after(state: ArticleState, sent: Sentence) -> bool:
    """Whether the sentence before gave figures ("Cakupan kepesertaan di Sulsel 41,3 persen.
    Kota Makassar mencatat capaian tertinggi dengan 68,9 persen, ...")."""
    return state.last_sentence == sent.index - 1


def _follows_up(clause: Clause, state: ArticleState, sent: Sentence) -> bool:
    """Whether the sentence opens by pointing at the figures of the sentence right before it
    ("Jumlah itu ...", "Angka tersebut ...") or by going on with its list ("Disusul ...")."""
    if state.last_sentence != sent.index - 1:
        return False
    return bool(_ANAPHORA.search(clause.sentence[:40]) or _CONTINUES.match(clause.sentence))


def _inherited_segment(
    clause: Clause, metric: str, state: ArticleState, sent: Sentence, first: bool
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


def _remember(
    state: ArticleState,
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
