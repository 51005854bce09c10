"""The figure builder's shortcuts against the slow paths they replace: the same results on text
built to exercise them (hypothesis) and on the fixtures.

Shortcuts: sentence ends found in one scan of the text, "Baca juga" tried only at its verbs, the
date of a number chosen in one pass over its sentence's dates, period ends not looked up for
earlier years, headline lines, repeats compared within their region and metric, checks skipped
when they have nothing to compare, and "masing-masing" looked for once per sentence.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import asof, figures, segment, walk
from extract.checks import _ceiling, _check_percentages, _check_segments, apply_checks
from extract.classify import make_clause
from extract.datelabels import period_start
from extract.dates import DateMention, period_end
from extract.dedupe import _frame, _has_near, _is_repeat, dedupe, headline_spans, relabel_registered
from extract.model import Figure
from extract.numbers import NumberMention
from extract.placing import MASING
from extract.textutil import CASE_TWINS, has_case_twins
from extract.walk import sentence_numbers

FIXTURES = Path(__file__).parent / "fixtures"
_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = (
    "peserta aktif sebanyak orang Kab. No. H. Dr. A. b. per Juni 2025 pada 2023 tahun "
    "Baca juga: baca JUGA Simak pula lihat selengkapnya melihat masing-masing Masing-Masing "
    "saat ini diperkirakan 49.397 35,6 persen 1.234 (14/5/2025) Rabu, triwulan II 2024 "
    "Kota Kendari dan Konawe naik dari 2023 dibanding total"
)
_PIECES = [
    *_WORDS.split(" "),
    *CASE_TWINS,
    "ſimak",
    ".",
    "!",
    "?",
    '"',
    "”",
    "’",
    "(",
]
_SEPARATORS = [" ", " ", "", "\n", "\n\n", ". ", "? ", '." ', ".\n", "  ", " \n ", "\t", "\xa0"]


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_PIECES), max_size=40))
    return "".join(w + draw(st.sampled_from(_SEPARATORS)) for w in words)


def _fixture_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


def _split_as_was(text: str) -> list[segment.Sentence]:
    """Sentences found paragraph by paragraph, each built by ``Sentence(...)``."""
    out: list[segment.Sentence] = []
    for p_no, para in enumerate(segment._PARA_RE.finditer(text)):
        start = para.start()
        for m in segment._END_RE.finditer(text, para.start(), para.end()):
            head = text[start : m.start(1)]
            if segment._ABBREV_RE.search(head[-12:]):
                continue
            if head.strip():
                out.append(_trimmed_as_was(text, start, m.start(1), p_no, len(out)))
            start = m.end()
        if text[start : para.end()].strip():
            out.append(_trimmed_as_was(text, start, para.end(), p_no, len(out)))
    return out


def _trimmed_as_was(
    text: str, start: int, end: int, paragraph: int, index: int
) -> segment.Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return segment.Sentence(start, end, paragraph, index)


@_SETTINGS
@given(texts())
def test_sentences_are_those_found_paragraph_by_paragraph(text: str) -> None:
    assert segment.split_sentences(text) == _split_as_was(text)


def test_sentences_of_fixtures() -> None:
    for text in _fixture_texts():
        got = segment.split_sentences(text)
        assert got == _split_as_was(text)
        assert [repr(s) for s in got] == [repr(s) for s in _split_as_was(text)]


@_SETTINGS
@given(texts())
def test_read_also_tried_at_its_verbs_finds_what_a_scan_finds(text: str) -> None:
    assert walk.read_also_spans(text) == [m.span() for m in walk.READ_ALSO.finditer(text)]


def _date_of_as_was(
    dates: list[DateMention],
    published: date | None,
    num: NumberMention,
    sent: segment.Sentence,
    clause: object,
    prev_end: int | None,
    inherited: tuple[str, str] | None,
) -> tuple[str, str] | str | None:
    """``asof.date_of`` as it was: a list per condition."""
    from extract import vocab

    lc, rc, lcs = clause.left_clause, clause.right_clause, clause.left_clause_start  # type: ignore[attr-defined]
    in_sent = [d for d in dates if sent.start <= d.start < sent.end and not d.statement]
    before = [d for d in in_sent if d.end <= num.start and d.kind != "range"]
    before = [d for d in before if d.kind != "year" or d.cue or num.start - d.end <= 30]
    after = [d for d in in_sent if d.start >= num.end and d.kind != "range"]
    after = [d for d in after if d.kind != "year" or d.cue]
    own = [d for d in before if d.start >= lcs and (prev_end is None or d.start - prev_end > 20)]
    close = [d for d in after if d.start - num.end <= min(40, len(rc))]
    if any(d.label for d in close):
        own = [d for d in own if d.label]
    options = [own[-1:], close[:1], before[-1:], after[:1]]
    chosen = next((o[0] for o in options if o), None)
    if chosen is not None and chosen.kind == "now":
        return None
    if chosen is not None and chosen.label and chosen.precision:
        # a period that begins after the publication date (a day's slack) is a plan
        begins = period_start(chosen.label)
        if published and begins and begins > published + timedelta(days=1):
            return "future"
        return chosen.label, chosen.precision
    if vocab.ESTIMATE.search(lc + " " + rc):
        return None
    if inherited:
        return inherited
    data = asof.data_dates(dates)
    earlier = [d for d in data if d.end <= num.start]
    later = [d for d in data if num.end <= d.start <= num.end + 400]
    pick = earlier[-1] if earlier else (later[0] if later else None)
    if pick is None or not pick.label or not pick.precision:
        return None
    end = period_end(pick.label)
    if published and end and end > published:
        return None
    return pick.label, pick.precision


def _dates_compared(text: str, published: date | None, inherited: tuple[str, str] | None) -> None:
    ctx, nums = figures._prepare(text, None, published)
    for sent, cands in sentence_numbers(text, nums):
        words = text[sent.start : sent.end]
        for i, num in enumerate(cands):
            prev_end = cands[i - 1].end if i else None
            right = cands[i + 1].start if i + 1 < len(cands) else sent.end
            left = prev_end if prev_end is not None else sent.start
            clause = make_clause(text, num, left, right, words)
            expected = _date_of_as_was(ctx.dates, published, num, sent, clause, prev_end, inherited)
            args = (published, num, sent, clause, prev_end, inherited)
            assert asof.date_of(ctx.dates, *args) == expected


_PUBLISHED = st.sampled_from([None, date(2025, 7, 16), date(2024, 1, 15), date(2023, 12, 31)])
_INHERITED = st.sampled_from([None, ("2024-06", "month")])


@_SETTINGS
@given(texts(), _PUBLISHED, _INHERITED)
def test_date_in_one_pass_is_the_date_chosen_by_lists(
    text: str, published: date | None, inherited: tuple[str, str] | None
) -> None:
    _dates_compared(text, published, inherited)


def test_dates_of_fixtures() -> None:
    for text in _fixture_texts():
        for published in (None, date(2025, 7, 16), date(2024, 1, 15)):
            _dates_compared(text, published, None)


@given(st.integers(1900, 2100), st.sampled_from(["", "-02", "-13", "-02-29", "-Q3", "-H2", "-Q9"]))
def test_a_label_ends_in_the_year_it_starts_with(year: int, rest: str) -> None:
    end = period_end(f"{year}{rest}")
    assert end is None or end.year == year
    for pub_year in (year - 1, year, year + 1):
        got = asof._end_from(f"{year}{rest}", pub_year)
        assert got == end or (got is None and year < pub_year)


def _headlines_as_was(text: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in re.finditer(r"[^\n]+", text)
        if len(m.group(0).strip()) < 160 and not m.group(0).rstrip().endswith((".", '"', "”"))
    ]


@_SETTINGS
@given(texts(), st.integers(0, 200))
def test_headline_lines(text: str, pad: int) -> None:
    text = text.replace("\t", "x" * pad)  # lines around 160 characters
    assert headline_spans(text) == _headlines_as_was(text)


_FIGURES = st.builds(
    Figure,
    region_code=st.sampled_from([None, "74", "7471", "ID"]),
    region_name=st.sampled_from([None, "Kendari", "Sultra"]),
    metric=st.sampled_from(["active_participants", "inactive_participants", "coverage_pct"]),
    segment=st.sampled_from([None, None, "PU", "BPU"]),
    value=st.sampled_from([0, 49, 49_000, 49_397, 70, 70.86, 100, 120.5, 6_000_000]),
    unit=st.sampled_from(["persons", "percent", "employers"]),
    as_of=st.sampled_from([None, "2025", "2025-06"]),
    as_of_precision=st.sampled_from([None, "year"]),
    evidence=st.just("x"),
    start=st.integers(0, 60),
    end=st.just(70),
    confidence=st.just(0.9),
    flags=st.builds(list),
    extractor_version=st.just("v"),
)


def _copies(figs: list[Figure]) -> list[Figure]:
    return [Figure(**{**f.to_dict(), "flags": list(f.flags)}) for f in figs]


def _dedupe_as_was(figs: list[Figure], headlines: list[tuple[int, int]]) -> list[Figure]:
    """``dedupe`` comparing every kept figure with every other."""
    seen: dict[tuple[object, ...], Figure] = {}
    in_body: set[int] = set()
    for f in figs:
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


@_SETTINGS
@given(st.lists(_FIGURES, max_size=8), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60))))
def test_repeats_compared_within_region_and_metric(
    figs: list[Figure], headlines: list[tuple[int, int]]
) -> None:
    assert dedupe(_copies(figs), headlines) == _dedupe_as_was(_copies(figs), headlines)


@_SETTINGS
@given(st.lists(_FIGURES, max_size=8))
def test_checks_skipped_only_when_they_flag_nothing(figs: list[Figure]) -> None:
    full = _copies(figs)
    _check_segments(full)
    _check_percentages(full)
    for f in full:
        if (
            f.unit == "persons"
            and float(f.value) > _ceiling(f)
            and "exceeds_workforce" not in f.flags
        ):
            f.flags.append("exceeds_workforce")
    assert apply_checks(_copies(figs)) == full


def _relabel_as_was(figs: list[Figure]) -> None:
    """``relabel_registered`` grouping every figure, with or without an inactive count."""
    frames: dict[tuple[object, ...], tuple[list[Figure], list[float]]] = {}
    for f in figs:
        actives, inactives = frames.setdefault(_frame(f), ([], []))
        if f.metric == "active_participants":
            actives.append(f)
        elif f.metric == "inactive_participants":
            inactives.append(float(f.value))
    for actives, inactives in frames.values():
        if not inactives or len(actives) < 2:
            continue
        values = sorted(float(a.value) for a in actives)
        for total in actives:
            t = float(total.value)
            if any(_has_near(values, t - i, 0.01 * t, exclude=t) for i in inactives):
                total.metric = "registered_participants"


@_SETTINGS
@given(st.lists(_FIGURES, max_size=8))
def test_registered_totals_need_an_inactive_count(figs: list[Figure]) -> None:
    got, expected = _copies(figs), _copies(figs)
    relabel_registered(got)
    _relabel_as_was(expected)
    assert got == expected


@_SETTINGS
@given(texts(), st.integers(0, 300), st.integers(0, 300))
def test_masing_is_only_found_in_a_sentence_holding_it(text: str, a: int, b: int) -> None:
    """``_sentence_figures`` looks for "masing-masing" in the lower case of the sentence (unless
    it holds a case twin): any part of a sentence the pattern matches passes that test."""
    for sent in segment.split_sentences(text):
        words = text[sent.start : sent.end]
        part = words[min(a, b) : max(a, b)]
        if MASING.search(part):
            assert has_case_twins(words) or "masing-masing" in words.lower()
