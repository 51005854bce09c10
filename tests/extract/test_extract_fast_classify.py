"""Shortcuts of the classifier against the slow paths they replace, on text built from the
vocabulary (hypothesis): ``Matcher.has_folded`` (one search of a trie of literals), the
patterns rewritten to start with letters (``matcher.by_first_letter``), ``classify._nearest``
(one scan of both clauses) and the trigger test of ``classify._registered``."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import classify, vocab
from extract.numbers import find_numbers
from extract.textutil import CASE_TWINS, fold

_EACH = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_SEPARATORS = [" ", "  ", "", "\n", ", ", ". ", "-", "; ", "(", ")", " - ", ": "]
_EXTRA = (*CASE_TWINS, "WİLAYAH", "ſekitar", "\u212aANTOR", "Σ", "12.400", "35 persen", "\x00")


def _words(pattern: str) -> list[str]:
    return sorted(set(re.findall(r"[A-Za-z]{2,}", pattern)))


@st.composite
def _texts(draw: st.DrawFn, words: list[str]) -> str:
    pieces = draw(st.lists(st.sampled_from(words + list(_EXTRA)), max_size=30))
    out = []
    for w in pieces:
        out.append(draw(st.sampled_from((w, w.upper(), w.capitalize()))))
        out.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)


def _matchers() -> dict[str, vocab.Matcher]:
    return {k: v for k, v in vars(vocab).items() if isinstance(v, vocab.Matcher)}


_ALL_WORDS = sorted({w for m in _matchers().values() for w in _words(m.pattern)})


@pytest.mark.parametrize("name", sorted(_matchers()))
def test_has_folded_is_a_search_of_the_whole_pattern(name: str) -> None:
    """No trigger test either: every match holds a trigger."""
    matcher = _matchers()[name]
    plain = re.compile(matcher.pattern.lower().replace("(?p<", "(?P<"))

    @_EACH
    @given(_texts(_words(matcher.pattern) + list(matcher.triggers)))
    def check(text: str) -> None:
        folded = fold(text)
        assert matcher.has_folded(folded) == (plain.search(folded) is not None)
        assert matcher.has_folded(folded) == (matcher.search_folded(folded) is not None)

    check()


# the patterns as written before starting each alternative with a letter
_SEG_CI = {
    "BPU": vocab._SEG_CI[0][1],
    "PU": r"penerima\s+upah|pekerja\s+formal|sektor\s+formal|\bformal\b|pekerja\s+upahan",
    "JAKON": r"jasa\s+konstruksi|\bjakon\b|sektor\s+konstruksi|pekerja\s+konstruksi|konstruksi",
    "PMI": vocab._SEG_CI[3][1],
}
_SEG_CS = {
    "BPU": r"\bP?BPU\b",
    "PU": r"\bPU\b",
    "JAKON": r"\bJAKON\b|\bJakon\b",
    "PMI": r"\bPMI\b|\bTKI\b",
}
_GROWTH = (
    r"(?:pertumbuhan|tumbuh|\bnaik|kenaikan|meningkat\w*|peningkatan|\bturun|penurunan|"
    r"menurun|bertambah|berkurang|melonjak|lonjakan|anjlok)\b"
)


def _named(patterns: dict[str, str]) -> str:
    return "|".join(f"(?P<{name}_{i}>{p})" for i, (name, p) in enumerate(patterns.items()))


def _found(rx: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(*m.span(), (m.lastgroup or "").split("_")[0].upper()) for m in rx.finditer(text)]


_REWRITTEN = [
    (re.compile(_named(_SEG_CI), re.I), re.compile(vocab.SEGMENT_RE.pattern, re.I)),
    (re.compile(_named(_SEG_CI).lower().replace("(?p<", "(?P<")), vocab.SEGMENT_RE._lc),
    (re.compile(_named(_SEG_CS)), vocab.SEGMENT_CS_RE),
    (re.compile(_GROWTH, re.I), re.compile(vocab.GROWTH.pattern, re.I)),
    (re.compile(_GROWTH.lower()), vocab.GROWTH._lc),
]


@pytest.mark.parametrize("i", range(len(_REWRITTEN)))
def test_patterns_starting_with_letters_find_what_they_found_as_written(i: int) -> None:
    old, new = _REWRITTEN[i]
    words = [*_words(old.pattern), "P", "PBPU", "Jakon", "xPU", "non-", "ter"]

    @_EACH
    @given(_texts(words))
    def check(text: str) -> None:
        for subject in (text, text.lower()):
            assert _found(new, subject) == _found(old, subject)

    check()


def _clauses(text: str) -> list[classify.Clause]:
    nums = find_numbers(text, ("count", "percent"))
    out = []
    for i, num in enumerate(nums):
        left = nums[i - 1].end if i else 0
        right = nums[i + 1].start if i + 1 < len(nums) else len(text)
        out.append(classify.make_clause(text, num, left, right, text))
    return out


_CLAUSE_WORDS = [*_ALL_WORDS, "12.400", "35 persen", "1.234 orang", "41 juta", "dapat", "belum"]


@_EACH
@given(_texts(_CLAUSE_WORDS))
def test_nearest_in_one_scan_is_that_of_each_clause_apart(text: str) -> None:
    for clause in _clauses(text + " 7 orang"):
        for rx in (vocab.LABOR, vocab.ACTIVE_STRONG):
            assert classify._nearest(rx, clause) == classify._nearest_apart(rx, clause)


def _registered_as_was(clause: classify.Clause) -> bool:
    m = vocab.REGISTERED.search(clause.left_clause) or vocab.REGISTERED.search(clause.right_clause)
    if m is None or classify._BOTH_ORDERS.search(clause.left_clause + clause.right_clause):
        return False
    rest = clause.sentence
    for part in (clause.left_clause, clause.right_clause):
        if part.strip():
            rest = rest.replace(part, " ")
    return bool(vocab.REGISTERED_CONTRAST.search(rest))


@_EACH
@given(_texts([*_CLAUSE_WORDS, "terdaftar", "TERDAFTAR", "terdaftaR", "aktif"]))
def test_registered_trigger_test_drops_nothing(text: str) -> None:
    for clause in _clauses(text + " 7 orang terdaftar"):
        assert classify._registered(clause) == _registered_as_was(clause)
        cut = replace(clause, right_clause=clause.right_clause[:3])
        cut = replace(cut, joined=f"{fold(cut.left_clause)}\x00{fold(cut.right_clause)}")
        assert classify._registered(cut) == _registered_as_was(cut)
