"""Shortcuts of the clause builder and of the segment lookup against the straightforward forms
they replace (hypothesis): the cuts found by one pattern (``classify._KEPT_CUT``), one
lower-casing of the text around a number sliced for both clauses
(``classify._lower_sliceable``), and ``vocab.segment_matches`` with its gate and group names
looked up."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import classify, vocab
from extract.numbers import NumberMention, find_numbers
from extract.textutil import CASE_TWINS, fold, has_case_twins

_EACH = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_SEPARATORS = [" ", "  ", "", "\n", ",", ", ", ". ", "-", "; ", " - ", " – ", "—", ": ", '"', "“"]
_WORDS = [
    *("Kota", "Kabupaten", "Provinsi", "Kendari", "Konawe Selatan", "Sarmi", "dan", "yakni"),
    *("peserta", "aktif", "terdaftar", "pekerja", "BPU", "PU", "penerima upah", "bukan", "non"),
    *("jasa konstruksi", "Jakon", "JAKON", "PMI", "TKI", "informal", "formal", "sektor", "atau"),
    *("12.400", "35 persen", "1.234 orang", "41 juta", "7,5%", "sebanyak", "lalu", "serta"),
    *CASE_TWINS,
    *("Σ", "ΑΣ", "σς", "ß", "ẞ", "WİLAYAH", "ſekitar", "\u212aANTOR", "é", "Ä"),
]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    out = []
    for w in draw(st.lists(st.sampled_from(_WORDS), max_size=30)):
        out.append(draw(st.sampled_from((w, w.upper(), w.lower(), w.capitalize()))))
        out.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)


@_EACH
@given(_texts())
def test_kept_cuts_are_the_cuts_not_followed_by_names(text: str) -> None:
    expected = [
        c.end()
        for c in classify._CLAUSE_CUT.finditer(text)
        if not classify._NAME_LIST.match(text, c.end())
    ]
    assert [c.end() for c in classify._KEPT_CUT.finditer(text)] == expected


@_EACH
@given(_texts(), st.data())
def test_lower_sliceable_slices_are_folded_slices(text: str, data: st.DataObject) -> None:
    low = classify._lower_sliceable(text)
    if low is None:
        assert has_case_twins(text) or "\u03a3" in text
        return
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, len(text)))
    assert low[i:j] == text[i:j].lower() == fold(text[i:j])


def _clause_as_was(
    text: str, num: NumberMention, left_bound: int, right_bound: int, sentence: str
) -> classify.Clause:
    left = text[left_bound : num.start]
    right = text[num.end : right_bound]
    cuts = [
        c
        for c in classify._CLAUSE_CUT.finditer(left)
        if not classify._NAME_LIST.match(left, c.end())
    ]
    cut = cuts[-1].end() if cuts else 0
    if cuts and len(left[cut:].split()) <= 2:
        cut = cuts[-2].end() if len(cuts) > 1 else 0
    left_clause, right_clause = left[cut:], classify._cut_right(right)
    right_ext = classify._cut_right(text[num.end : num.end + 80]) if num.kind == "percent" else ""
    joined = f"{fold(left_clause)}\x00{fold(right_clause)}"
    return classify.Clause(
        left, right, left_clause, right_clause, left_bound + cut, sentence, right_ext, joined
    )


@_EACH
@given(_texts())
def test_make_clause_is_the_clause_as_was(text: str) -> None:
    text += " 7 orang"
    nums = find_numbers(text, ("count", "percent"))
    for i, num in enumerate(nums):
        left = nums[i - 1].end if i else 0
        right = nums[i + 1].start if i + 1 < len(nums) else len(text)
        made = classify.make_clause(text, num, left, right, text)
        assert made == _clause_as_was(text, num, left, right, text)


def _segment_matches_as_was(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    found = list(vocab.SEGMENT_RE.finditer(text))
    if any(t in text for t in vocab._SEG_CS_TRIGGERS):
        found += vocab.SEGMENT_CS_RE.finditer(text)
    out: list[tuple[int, int, str]] = []
    for m in found:
        name = (m.lastgroup or "").split("_")[0].upper()
        if name == "PU" and vocab._NEGATED.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        out.append((m.start() + offset, m.end() + offset, name))
    out.sort()
    return out


@_EACH
@given(_texts())
def test_segment_matches_as_was(text: str) -> None:
    assert vocab.segment_matches(text, 3) == _segment_matches_as_was(text, 3)
    cs_gate = any(t in text for t in vocab._SEG_CS_TRIGGERS)
    assert (vocab._SEG_CS_GATE.search(text) is not None) == cs_gate
    possible = vocab.SEGMENT_RE.could_match(text.lower()) or cs_gate
    assert vocab.segments_possible(text) == possible


def test_every_segment_group_is_named() -> None:
    for rx in (vocab.SEGMENT_RE._lc, vocab.SEGMENT_RE._ci, vocab.SEGMENT_CS_RE):
        for group in rx.groupindex:
            assert vocab._SEGMENT_OF[group] == re.sub(r"_\d+$", "", group).upper()
