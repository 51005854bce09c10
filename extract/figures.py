"""Participation figures from article text: the public entry point of the extractor.

``extract_figures`` walks the sentences, classifies every count and percentage
(:mod:`extract.classify`), attaches region (:mod:`extract.scope`) and date (:mod:`extract.dates`),
drops repeats, and marks the results with consistency flags (:mod:`extract.checks`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from extract import vocab
from extract.checks import apply_checks
from extract.classify import (
    Clause,
    Decision,
    classify_count,
    classify_percent,
    find_segment,
    make_clause,
)
from extract.dates import DateMention, find_dates, period_end, to_date
from extract.model import Figure
from extract.numbers import NumberMention, find_numbers
from extract.regions import region_by_code
from extract.scope import Place, RegionScope
from extract.segment import Sentence, split_sentences

__all__ = ["EXTRACTOR_VERSION", "extract_figures"]

EXTRACTOR_VERSION = "0.1.0"

_FLOW = {"new_participants"}
_DATE_KINDS_WITH_NUMBERS = {"day", "slash", "numeric", "month", "range", "quarter", "half"}
_TARGET_SENTENCE = re.compile(r"[\W_]*(?:target|sasaran|harapan)", re.IGNORECASE)
_MASING = re.compile(r"masing-masing\s*(?:sekitar|sebesar|sebanyak)?\s*$", re.IGNORECASE)


@dataclass(slots=True)
class _State:
    """What earlier figures of the article established."""

    principal: Place | None = None
    prev_sentence_text: str = ""
    para_segment: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    para_place: dict[int, Place] = field(default_factory=dict)
    last_date: dict[str, tuple[str, str]] = field(default_factory=dict)  # family -> (label, prec)
    last_metric: dict[tuple[int, str], str] = field(default_factory=dict)  # (paragraph, unit)


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    published: date | None
    dates: list[DateMention]
    scope: RegionScope


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


def extract_figures(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: datetime | date | None = None,
) -> list[Figure]:
    """Every participation figure stated in ``text`` (offsets are into ``text``)."""
    del url  # accepted for API symmetry; the text and title carry everything used
    pub = to_date(published)
    ctx = _Ctx(text, pub, find_dates(text, pub), RegionScope(text, title))
    spans = [(d.start, d.end) for d in ctx.dates if d.kind in _DATE_KINDS_WITH_NUMBERS]
    numbers = [
        n
        for n in find_numbers(text)
        if n.kind in ("count", "percent") and not any(s <= n.start < e for s, e in spans)
    ]
    state = _State()
    figures: list[Figure] = []
    for sent in split_sentences(text):
        cands = [n for n in numbers if sent.start <= n.start < sent.end]
        figures.extend(_sentence_figures(ctx, sent, cands, state))
        state.prev_sentence_text = "" if cands else text[sent.start : sent.end]
    kept = _dedupe(figures, _headline_spans(text))
    _relabel_registered(kept)
    return apply_checks(kept)


def _sentence_figures(
    ctx: _Ctx, sent: Sentence, cands: list[NumberMention], state: _State
) -> list[Figure]:
    out: list[Figure] = []
    if _TARGET_SENTENCE.match(ctx.text, sent.start):
        return out
    prev: dict[str, Figure] = {}  # unit kind -> last figure of this sentence
    claimed = sent.start
    for i, num in enumerate(cands):
        left_bound = cands[i - 1].end if i else sent.start
        right_bound = cands[i + 1].start if i + 1 < len(cands) else sent.end
        clause = make_clause(
            ctx.text, num, left_bound, right_bound, ctx.text[sent.start : sent.end]
        )
        unit = _unit(num, ctx.text)
        decision = _decide(num, clause, unit, prev, state, sent)
        if decision is None:
            continue
        segment, claimed = find_segment(ctx.text, clause, num, claimed)
        if segment is None:
            segment = _inherited_segment(clause, decision.metric, state, sent)
        linked = prev.get("count" if num.kind == "percent" else "percent")
        if decision.via_atau and linked is not None and segment is None:
            segment = linked.segment
        places = _places(ctx, num, clause, left_bound, right_bound, sent, state)
        if decision.via_atau and linked is not None:
            places = [_place_of(linked)]
        as_of = _as_of(ctx, num, sent, decision.metric, state)
        if as_of == "future":
            continue
        for place in places:
            fig = _figure(
                ctx.text, num, decision, unit, segment, place, as_of, sent, left_bound, right_bound
            )
            out.append(fig)
        _remember(state, sent, places[-1], decision.metric, unit, as_of)
        state.para_segment[sent.paragraph] = (decision.metric, segment)
        prev["percent" if num.kind == "percent" else "count"] = out[-1]
    return out


def _decide(
    num: NumberMention,
    clause: Clause,
    unit: str | None,
    prev: dict[str, Figure],
    state: _State,
    sent: Sentence,
) -> Decision | None:
    if num.kind == "percent":
        prev_count = prev.get("count")
        prev_pct = prev.get("percent")
        prev_pct_metric = (
            prev_pct.metric if prev_pct else state.last_metric.get((sent.paragraph, "percent"))
        )
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
    prev_pct = prev.get("percent")
    return classify_count(clause, unit, prev_metric, prev_pct is not None)


_TOTAL_CUE = re.compile(r"\b(?:total|jumlah|seluruh|keseluruhan|secara\s+umum)\b", re.IGNORECASE)


def _inherited_segment(clause: Clause, metric: str, state: _State, sent: Sentence) -> str | None:
    """A list item keeps the segment of the item before it in the paragraph ("peserta PMI aktif
    sebanyak 539.299 orang, lalu menurun pada 2020 menjadi 389.760 orang")."""
    last = state.para_segment.get(sent.paragraph)
    if last is None or last[0] != metric or last[1] is None:
        return None
    if _TOTAL_CUE.search(clause.left_clause):
        return None
    return last[1]


def _unit_name(unit: str) -> str:
    return "employers" if unit == "employers" else "persons"


def _place_of(fig: Figure) -> Place:
    region = region_by_code(fig.region_code) if fig.region_code else None
    return Place(fig.start, fig.start, region, fig.region_name or "", "strong")


def _places(
    ctx: _Ctx,
    num: NumberMention,
    clause: Clause,
    left_bound: int,
    right_bound: int,
    sent: Sentence,
    state: _State,
) -> list[Place]:
    before = ctx.scope.strong_between(left_bound, num.start)
    if before:
        group = _joined(ctx.text, before)
        each = num.kind == "percent" or _MASING.search(ctx.text[before[-1].end : num.start])
        return group if each and len(group) > 1 else [before[-1]]
    after = [p for p in ctx.scope.strong_between(num.end, right_bound) if p.start - num.end <= 60]
    if after:
        return [after[0]]
    para = ctx.scope.strong_between(_para_start(ctx.text, sent), num.start)
    current = state.para_place.get(sent.paragraph)
    if para and (current is None or para[-1].start > current.start):
        return [para[-1]]
    if current is not None:
        return [current]
    if state.principal is not None:
        return [state.principal]
    return [ctx.scope.default(num.start)]


_JOINED = re.compile(r"^\s*(?:,|dan|serta|,\s*dan)\s*$", re.IGNORECASE)


def _joined(text: str, places: list[Place]) -> list[Place]:
    """The trailing run of places joined by "dan"/"," ("Kota Bontang dan Kutai Timur")."""
    group = [places[-1]]
    for p in reversed(places[:-1]):
        if not _JOINED.match(text[p.end : group[0].start]) or p.region is None:
            break
        group.insert(0, p)
    return group


def _para_start(text: str, sent: Sentence) -> int:
    return text.rfind("\n", 0, sent.start) + 1


def _as_of(
    ctx: _Ctx, num: NumberMention, sent: Sentence, metric: str, state: _State
) -> tuple[str, str] | str | None:
    in_sent = [d for d in ctx.dates if sent.start <= d.start < sent.end and not d.statement]
    before = [d for d in in_sent if d.end <= num.start and d.kind != "range"]
    before = [d for d in before if d.kind != "year" or d.cue or num.start - d.end <= 30]
    after = [d for d in in_sent if d.start >= num.end and d.kind != "range"]
    after = [d for d in after if d.kind != "year" or d.cue]
    chosen = before[-1] if before else (after[0] if after else None)
    if chosen is not None and chosen.kind == "now":
        return None
    if chosen is not None and chosen.label and chosen.precision:
        end = period_end(chosen.label)
        if ctx.published and end and end.year > ctx.published.year:
            return "future"
        return chosen.label, chosen.precision
    family = "flow" if metric in _FLOW else "stock"
    inherited = state.last_date.get(family) or state.last_date.get("any")
    if inherited:
        return inherited
    earlier = [
        d
        for d in ctx.dates
        if d.end <= num.start
        and d.cue
        and not d.statement
        and d.label
        and d.precision
        and d.kind != "range"
    ]
    if not earlier:
        return None
    last = earlier[-1]
    end = period_end(last.label or "")
    if ctx.published and end and end > ctx.published:
        return None
    return last.label or "", last.precision or ""


def _remember(
    state: _State,
    sent: Sentence,
    place: Place,
    metric: str,
    unit: str | None,
    as_of: tuple[str, str] | str | None,
) -> None:
    if state.principal is None:
        state.principal = place
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
    unit: str | None,
    segment: str | None,
    place: Place,
    as_of: tuple[str, str] | str | None,
    sent: Sentence,
    left_bound: int,
    right_bound: int,
) -> Figure:
    start, end = _evidence_span(text, num, sent, left_bound, right_bound)
    is_pct = decision.metric == "coverage_pct"
    value: float = round(num.value, 2) if is_pct else round(num.value)
    label, precision = as_of if isinstance(as_of, tuple) else (None, None)
    confidence = 0.9 if decision.strength == 2 else 0.7
    if place.role != "strong":
        confidence -= 0.1
    if num.approx or num.bound or num.value_max:
        confidence -= 0.05
    return Figure(
        region_code=place.code,
        region_name=place.name or None,
        metric=decision.metric,
        segment=segment,
        value=value,
        unit=_output_unit(decision.metric),
        as_of=label,
        as_of_precision=precision,
        evidence=text[start:end],
        start=start,
        end=end,
        confidence=round(max(0.3, confidence), 2),
        flags=[],
        extractor_version=EXTRACTOR_VERSION,
    )


def _output_unit(metric: str) -> str:
    if metric == "coverage_pct":
        return "percent"
    return "employers" if metric == "employers" else "persons"


def _evidence_span(
    text: str, num: NumberMention, sent: Sentence, left_bound: int, right_bound: int
) -> tuple[int, int]:
    start = max(sent.start, left_bound, num.start - 90)
    end = min(sent.end, max(right_bound, num.end), num.end + 70)
    while start < num.start and not (start == sent.start or text[start - 1].isspace()):
        start += 1
    while end > num.end and not (end == sent.end or text[end].isspace()):
        end -= 1
    while start < num.start and not text[start].isalnum():
        start += 1
    while end > num.end and text[end - 1] in " ,;:.\"“”'(":
        end -= 1
    return start, end


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Title-like lines: short and without a closing full stop."""
    return [
        (m.start(), m.end())
        for m in re.finditer(r"[^\n]+", text)
        if len(m.group(0).strip()) < 160 and not m.group(0).rstrip().endswith((".", '"', "”"))
    ]


def _dedupe(figures: list[Figure], headlines: list[tuple[int, int]]) -> list[Figure]:
    """One figure per (region, metric, segment, value); rounded and unsegmented repeats go."""
    seen: dict[tuple[object, ...], Figure] = {}
    in_body: set[int] = set()
    for f in figures:
        key = (f.region_code, f.region_name, f.metric, f.segment, f.value)
        if not any(s <= f.start < e for s, e in headlines):
            in_body.add(id(seen.get(key, f)))
        if key in seen:
            if seen[key].as_of is None and f.as_of is not None:
                seen[key].as_of, seen[key].as_of_precision = f.as_of, f.as_of_precision
            continue
        seen[key] = f
    kept = list(seen.values())
    return [f for f in kept if not _is_repeat(f, kept, id(f) not in in_body)]


def _is_repeat(f: Figure, kept: list[Figure], headline_only: bool) -> bool:
    for g in kept:
        if g is f or g.region_code != f.region_code or g.metric != f.metric:
            continue
        if g.value == f.value and f.segment is None and g.segment is not None:
            return True
        same_seg = g.segment == f.segment
        if same_seg and f.unit == "percent" and _truncated_pct(f.value, g.value):
            return True
        if headline_only and g.segment == f.segment and f.unit != "percent" and _rounded_from(f, g):
            return True
    return False


def _truncated_pct(short: float, full: float) -> bool:
    """ "70 persen" in a headline for "70,86 persen" in the body."""
    return float(short).is_integer() and not float(full).is_integer() and int(full) == int(short)


def _sig_digits(value: int) -> int:
    return len(str(abs(value)).rstrip("0")) or 1


def _rounded_from(f: Figure, g: Figure) -> bool:
    """``f`` is a headline rounding of ``g`` ("49 ribu" for 49.397; "41 juta" for 41,56 juta)."""
    fv, gv = int(f.value), int(g.value)
    if fv == gv or fv <= 0 or gv <= 0 or (f.as_of and g.as_of and f.as_of != g.as_of):
        return False
    digits = _sig_digits(fv)
    if digits >= _sig_digits(gv):
        return False
    scale = 10 ** (len(str(gv)) - digits)
    return fv in ((gv // scale) * scale, round(gv / scale) * scale)


def _relabel_registered(figures: list[Figure]) -> None:
    """A total that equals active + inactive of the same place and date is a registered total."""
    for t in figures:
        if t.metric != "active_participants":
            continue
        for a in figures:
            if a is t or a.metric != "active_participants" or not _same_frame(a, t):
                continue
            total = float(t.value)
            for i in figures:
                if i.metric != "inactive_participants" or not _same_frame(i, t):
                    continue
                if abs(float(a.value) + float(i.value) - total) <= 0.01 * total:
                    t.metric = "registered_participants"


def _same_frame(a: Figure, b: Figure) -> bool:
    return (a.region_code, a.region_name, a.segment, a.as_of) == (
        b.region_code,
        b.region_name,
        b.segment,
        b.as_of,
    )
