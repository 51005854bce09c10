"""Every shortcut the extractor takes for speed against the slow path it stands for: the same
results on text built to exercise it (hypothesis) and on the fixtures.

Shortcuts: trigger words that let a pattern be skipped (``Gated``, ``vocab.Matcher``), one
alternative at a time (``has_folded``), scans started only where a match can start (regions,
dates, numbers, sentence ends), sorted lookups of places, and the figure builder reading only
sentences that hold a candidate number.
"""

from __future__ import annotations

import itertools
import random
import re
import string
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import (
    classify,
    dates,
    figures,
    matcher,
    numbers,
    placing,
    regions,
    scope,
    segment,
    vocab,
    walk,
)
from extract.checks import apply_checks
from extract.dedupe import dedupe, headline_spans, relabel_registered
from extract.evaluate import read_article
from extract.reading import ArticleState
from extract.textutil import CASE_TWINS, Gated, fold, has_case_twins, trie_pattern

FIXTURES = Path(__file__).parent / "fixtures"
_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_EACH = settings(_SETTINGS, max_examples=60)  # per pattern (there are some fifty)
_RNG = random.Random(11)
_REGION_FORMS = sorted(regions._surfaces())
_WORDS = (
    "peserta aktif sebanyak orang pekerja persen juta ribu sejuta seribu dua puluh di per "
    "hingga sampai dengan posisi triwulan II semester I kuartal q3 tw akhir Juni Agt 2025 1945 "
    "angkatan kerja belum terdaftar nonaktif penerima upah BPU PU JAKON PMI TKI perusahaan "
    "target sasaran Baca juga: Simak LIHAT pula atau dari total jumlah sekitar lebih kurang "
    "hampir masing-masing di antaranya naik turun menurun meningkat dibanding sebelumnya "
    "tertinggi se- Kantor Cabang BPJS BPJamsostek Kepala Kanwil wilayah secara nasional "
    "Indonesia saat ini kini Rp miliar No. pukul WIB Kab. kota Prov. Kota Pemkab"
)
PIECES = [
    *_WORDS.split(" "),
    *(_RNG.choice(_REGION_FORMS) for _ in range(60)),
    "1.234",
    "49.397",
    "35,05",
    "41.56",
    "10,000",
    "1,234,567",
    "37-38",
    "(28/7/2025)",
    "14/5/2025",
    "2023-2024",
    "A2025Kendari",
    "2025Kendari",
    "x-Kendari",
    "Kab.Konawe",
    "’s",
    "'",
    *CASE_TWINS,
    "WİLAYAH",
    "ſekitar",
    "\u212aANTOR",
]
_SEPARATORS = [" ", " ", "", "\n", ", ", ". ", "-", "  ", ".", "(", ")", "/", "|"]


def _cased(word: str, how: int) -> str:
    return (word, word.upper(), word.capitalize(), word.lower())[how]


@st.composite
def texts(draw: st.DrawFn, extra: tuple[str, ...] = ()) -> str:
    words = draw(st.lists(st.sampled_from(PIECES + list(extra)), max_size=40))
    out = []
    for w in words:
        out.append(_cased(w, draw(st.integers(0, 3))))
        out.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)


def _fixture_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def test_case_twins_are_every_non_ascii_letter_ignorecase_equates_with_ascii() -> None:
    everything = "".join(map(chr, range(128, sys.maxunicode + 1)))
    found = {m.group() for c in string.ascii_lowercase for m in re.finditer(c, everything, re.I)}
    assert found == set(CASE_TWINS)
    assert [c for c in everything if len(c.lower()) != 1] == ["\u0130"]  # see vocab.Matcher


@_SETTINGS
@given(
    st.lists(st.text(alphabet="abkn-.(", min_size=1, max_size=4), max_size=12),
    st.text(alphabet="abkn-.( ", max_size=30),
)
def test_trie_pattern_finds_any_of_its_words(words: list[str], text: str) -> None:
    found = re.search(trie_pattern(words), text) is not None if words else False
    assert found == any(w in text for w in words)


def _instances(kind: type) -> dict[str, object]:
    mods = (classify, figures, numbers, placing, scope, vocab)
    return {f"{m.__name__}.{k}": v for m in mods for k, v in vars(m).items() if isinstance(v, kind)}


_GATED = _instances(Gated)
_ALL_MATCHERS = _instances(vocab.Matcher)
_MATCHERS = {k: v for k, v in _ALL_MATCHERS.items() if v.triggers}  # type: ignore[attr-defined]


def _pattern_words(pattern: str) -> tuple[str, ...]:
    return tuple(sorted(set(re.findall(r"[A-Za-z]{2,}", pattern))))


@pytest.mark.parametrize("name", sorted(_GATED))
def test_gated_pattern_is_skipped_only_where_it_cannot_match(name: str) -> None:
    gated = _GATED[name]
    assert isinstance(gated, Gated)

    @_EACH
    @given(texts(_pattern_words(gated.rx.pattern) + gated.triggers))
    def check(text: str) -> None:
        assert _span(gated.search(text)) == _span(gated.rx.search(text))

    check()


@pytest.mark.parametrize("name", sorted(_MATCHERS))
def test_matcher_triggers_and_alternatives_change_nothing(name: str) -> None:
    """Triggers given with ``ci_gate=False`` never skip a match; older ones keep their results."""
    matcher = _MATCHERS[name]
    assert isinstance(matcher, vocab.Matcher)
    gate_ci = matcher._ci_gate

    @_EACH
    @given(texts(_pattern_words(matcher.pattern) + matcher.triggers))
    def check(text: str) -> None:
        low = text.lower()
        rx, subject = (matcher._lc, low) if len(low) == len(text) else (matcher._ci, text)
        full = rx.search(subject)
        if gate_ci:  # triggers older than ``ci_gate``: searched as before, gate included
            full = full if matcher.could_match(low) else None
        assert _span(matcher.search(text)) == _span(full)
        flat = " ".join(low.split())  # the trigger test as first written
        assert matcher.could_match(low) == any(t in flat for t in matcher.triggers)
        assert [m.span() for m in matcher.finditer(text)] == (
            [m.span() for m in rx.finditer(subject)] if full is not None else []
        )

    check()


@pytest.mark.parametrize("name", sorted(_ALL_MATCHERS))
def test_matcher_read_one_alternative_at_a_time_is_the_same(name: str) -> None:
    matcher = _ALL_MATCHERS[name]
    assert isinstance(matcher, vocab.Matcher)

    @_EACH
    @given(texts(_pattern_words(matcher.pattern)))
    def check(text: str) -> None:
        folded = fold(text)
        assert matcher.has_folded(folded) == (matcher.search_folded(folded) is not None)

    check()


# a token and the gap between the words of a form, as ``find_region_mentions`` reads them
_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*\.?")
_GAP_RE = re.compile(r"\s{1,3}")


def _starts_name(word: str) -> bool:
    return word[0].isupper() or word.lower().rstrip(".") in regions._PREFIX_LEVEL


def _match_at_as_was(text: str, tokens: list[tuple[int, int]], i: int) -> tuple[int, int, int]:
    """``regions._match_at`` trying every run of up to ``longest`` tokens."""
    surfaces, areas, longest = regions._lookup()
    start = tokens[i][0]
    if text[start : start + 3].lower() == "se-" and tokens[i][1] - start > 3:
        start += 3
    elif "-" in text[max(0, start - 1) : start]:
        return (-1, -1, 0)
    if not _starts_name(text[start : tokens[i][1]]):
        return (-1, -1, 0)
    run = 1
    while run < longest and i + run < len(tokens):
        if not _GAP_RE.fullmatch(text[tokens[i + run - 1][1] : tokens[i + run][0]]):
            break
        run += 1
    for k in range(run, 0, -1):
        end = tokens[i + k - 1][1]
        key = " ".join(text[start:end].split()).lower()
        if key not in surfaces and key not in areas and key.endswith("."):
            key, end = key[:-1], end - 1
        if key in surfaces or key in areas:
            return start, end, k
    return (-1, -1, 0)


def _region_token_walk(text: str) -> list[tuple[int, int, str]]:
    """``find_region_mentions`` as it was: every token of the text tried in turn."""
    tokens = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    firsts = regions._first_words()
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        word = text[tokens[i][0] : tokens[i][1]].lower()
        bare = word.rstrip(".")
        used = 0
        if bare in firsts or word in firsts or bare[3:] in firsts:
            start, end, used = _match_at_as_was(text, tokens, i)
        if not used:
            i += 1
            continue
        i += used
        if regions._looks_proper(text[start:end]):
            out.append((start, end, text[start:end]))
    return out


@_SETTINGS
@given(texts())
def test_region_mentions_are_those_of_the_token_walk(text: str) -> None:
    got = [(m.start, m.end, m.surface) for m in regions.find_region_mentions(text)]
    assert got == _region_token_walk(text)


def test_region_mentions_of_the_fixtures() -> None:
    for text in _fixture_texts():
        got = [(m.start, m.end, m.surface) for m in regions.find_region_mentions(text)]
        assert got == _region_token_walk(text)


def _date_token_walk(pattern: re.Pattern[str], lowered: str) -> list[tuple[int, int]]:
    """``dates._candidates`` as it was: every token tested in Python."""
    out, last_end = [], 0
    for tok in re.finditer(r"\(?[\w']+", lowered):
        word = tok.group()
        if tok.start() < last_end or not (
            word[0] in "(0123456789" or word in dates._START_WORDS or word[:2] in "q1 q2 q3 q4"
        ):
            continue
        m = pattern.match(lowered, tok.start())
        if m is not None:
            out.append(m.span())
            last_end = m.end()
    return out


@_SETTINGS
@given(texts())
def test_date_candidates_are_those_of_the_token_walk(text: str) -> None:
    for pattern, subject in ((dates._COMBINED, text.lower()), (dates._COMBINED_I, text)):
        found = dates._candidates(pattern, subject)
        assert [m.span() for m in found] == _date_token_walk(pattern, subject)
        for m in found:  # the kind read from the last group closed, not by testing each
            assert dates._kind(m) == next(k for k in dates._KINDS if m.group(f"K_{k}") is not None)
            prefix = dates._kind(m) + "__"
            own = {k[len(prefix) :]: v for k, v in m.groupdict().items() if k.startswith(prefix)}
            assert own == {own: m.group(name) for name, own in dates._GROUPS[dates._kind(m)]}


_START_TOKEN_AS_WAS = re.compile(
    r"\([\w']+|(?<![\w'(])(?:[0-9][\w']*|q[1-4][\w']*|(?:"
    + "|".join(re.escape(w) for w in sorted(dates._START_WORDS))
    + r")(?![\w']))"
)


@_SETTINGS
@given(texts(("(", "((", "('", "q1", "Q4", "(q2", "_", "'s")))
def test_date_start_positions_are_the_token_starts_where_a_date_can_start(text: str) -> None:
    for subject in (text, text.lower()):
        tokens = [m.start() for m in _START_TOKEN_AS_WAS.finditer(subject)]
        got = dates._start_positions(subject)
        assert set(got) <= set(tokens) and got == sorted(got)
        for pattern in (dates._COMBINED, dates._COMBINED_I):
            assert {t for t in tokens if pattern.match(subject, t)} <= set(got)


_DIGIT_RE_AS_WAS = re.compile(
    rf"(?<![\w/.,])(?<![A-Za-z]-)(?P<num>{numbers._DIGITS})(?:\s*(?P<scale>{numbers._SCALE_RE}))?"
)


@_SETTINGS
@given(texts())
def test_number_scans_find_what_a_full_scan_finds(text: str) -> None:
    text = fold(text)
    got = [(m.span(), m.group("num"), m.group("scale")) for m in numbers._DIGIT_RE.finditer(text)]
    full = [(m.span(), m.group("num"), m.group("scale")) for m in _DIGIT_RE_AS_WAS.finditer(text)]
    assert got == full
    words = [m.span() for m in numbers._word_scales(text)]
    assert words == [m.span() for m in numbers._WORD_SCALE_RE.finditer(text)]


def _cut_right_as_was(text: str) -> str:
    pos = 0
    while True:
        m = classify._RIGHT_CUT.search(text, pos)  # IGNORECASE, on the text as written
        if m is None:
            return text
        if m.group(0)[0] == ",":
            past = classify._APPOSITION.match(text, m.end())
        elif m.group(0).strip().lower() in ("dan", "atau", "serta") and classify._SHORT_HEAD.match(
            text, 0, m.start()
        ):
            past = classify._JOINED_NOUN.match(text, m.end())
        else:
            past = None
        if past is None:
            return text[: m.start()]
        pos = past.end()


@_SETTINGS
@given(
    texts(
        ("Dan", "SERTA", "atau", "Kemudian", "Namun", "diikuti", "Provinsi", "(Sultra)", "Nelayan")
    )
)
def test_clause_cut_in_lower_case_is_the_same(text: str) -> None:
    assert classify._cut_right(text) == _cut_right_as_was(text)


_END_AS_WAS = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z0-9(])")


@_SETTINGS
@given(texts())
def test_sentence_ends_are_those_found_by_looking_behind(text: str) -> None:
    for para in segment._PARA_RE.finditer(text):
        got = [(m.start(1), m.end()) for m in segment._END_RE.finditer(text, *para.span())]
        assert got == [m.span() for m in _END_AS_WAS.finditer(text, *para.span())]


@_SETTINGS
@given(texts(), st.integers(0, 400), st.integers(0, 400))
def test_place_lookups_match_a_full_scan(text: str, a: int, b: int) -> None:
    sc = scope.RegionScope(text, None)
    strong = [p for p in sc.places if p.role == "strong"]
    assert sc.strong_between(a, b) == [p for p in strong if a <= p.start and p.end <= b]
    before = [p for p in strong if p.end <= a]
    if before:
        assert sc.default(a) == before[-1]


def _unfiltered(text: str, title: str | None, published: date | None) -> list[dict[str, object]]:
    """``extract_figures`` reading every sentence, "Baca juga" searched sentence by sentence."""
    ctx, nums = figures._prepare(text, title, published)
    state = ArticleState()
    out = []
    sentences = segment.split_sentences(text)
    for i, sent in enumerate(sentences):
        cands = [n for n in nums if sent.start <= n.start < sent.end]
        skip = walk.TARGET_SENTENCE.match(text, sent.start) or walk.READ_ALSO.search(
            text, walk.para_start(text, sent), sent.end
        )
        # where the next sentence holding a candidate number starts
        horizon = next(
            (s.start for s in sentences[i + 1 :] if any(s.start <= n.start < s.end for n in nums)),
            None,
        )
        if not skip:
            out.extend(figures._sentence_figures(ctx, sent, cands, state, horizon))
        state.prev_sentence_text = "" if cands else text[sent.start : sent.end]
    out.extend(figures._table_figures(ctx, state))
    kept = dedupe(out, headline_spans(text))
    relabel_registered(kept)
    return [f.to_dict() for f in apply_checks(kept)]


def _filtered(text: str, title: str | None, published: date | None) -> list[dict[str, object]]:
    return [f.to_dict() for f in figures.extract_figures(text, title=title, published=published)]


@_SETTINGS
@given(texts(), st.sampled_from([None, date(2025, 7, 16), date(2024, 1, 15)]))
def test_sentence_prefilter_drops_no_figure(text: str, published: date | None) -> None:
    assert _filtered(text, None, published) == _unfiltered(text, None, published)


def test_sentence_prefilter_on_the_fixtures() -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        art = read_article(path)
        args = (art.text, art.title, art.published)
        assert _filtered(*args) == _unfiltered(*args)
        assert _unfiltered(*args) or "negatif" in path.name  # the comparison is not vacuous


# patterns as first written, before being rewritten to start with a literal or a character class
_SPEAKER = r"\b(?:di|ke)\s+(?:kantor\s+\w+\s+|ruang\s+\w+\s+)?$"
_NATIONAL = (
    r"\b(?:secara\s+nasional|tingkat\s+nasional|skala\s+nasional|se-?Indonesia|seluruh\s+"
    r"Indonesia|di\s+Indonesia|nasional)\b"
)
_ESTIMATE = r"\b(?:mem|di)?perkira\w*|\bestimasi|\bdiprediksi|\bproyeksi"
_ACTIVE = (
    r"aktif|terdaftar|terlindungi|dilindungi|tercakup|ter-?cover|dicover|(?<!dapat\s)(?<!bisa\s)"
    r"(?<!akan\s)menjadi\s+(?:peserta|anggota)|kepesertaan|masuk\s+(?:dalam\s+)?program|"
    r"memiliki\s+(?:perlindungan|jaminan)|mengikuti\s+program|ikut\s+serta|diikutsertakan|"
    r"mendapat(?:kan)?\s+perlindungan|menerima\s+perlindungan|dijamin|mendaftarkan|"
    r"(?<!belum\s)(?<!tidak\s)membayar\s+iuran|(?<!untuk\s)melindungi"
)
_EXCLUDE_ANY = (
    vocab.EXCLUDE_ANY.pattern.replace(vocab._REACH, r"(?:untuk|dalam|agar|bisa|dapat)\s+mencapai")
    .replace(
        vocab._MODAL_VERB,
        r"(?<!yang\s)\b(?:bisa|dapat|akan|harus|perlu|mampu)\s+(?:\w+\s+)?"
        r"(?:aktif|men\w+|mem\w+|menjadi|ter\w+|di\w+|sampai)",
    )
    .replace(vocab._HIRING, r"(?:rekrutmen|merekrut|penerimaan)\s+(?!peserta)")
    .replace(r"p(?<!\wp)er\s+", r"\bper\s+")
)
_MATCHERS_AS_WRITTEN = {
    "EXCLUDE_ANY": (_EXCLUDE_ANY, vocab.EXCLUDE_ANY),
    "ACTIVE_STRONG": (_ACTIVE, vocab.ACTIVE_STRONG),
    "ESTIMATE": (_ESTIMATE, vocab.ESTIMATE),
    "_SPEAKER_BEFORE": (_SPEAKER, scope._SPEAKER_BEFORE),
    "_NATIONAL_RE": (_NATIONAL, scope._NATIONAL_RE),
}
_AS_WRITTEN = {  # name: (as written, as rewritten)
    "_CLAUSE_CUT": (re.compile(r"[;:]|,\s|\s[-–—]\s|[\"“”]"), classify._CLAUSE_CUT),
    "_RIGHT_CUT_LC": (re.compile(classify._RIGHT_CUT.pattern), classify._RIGHT_CUT_LC),
}
for _name, (_old, _new) in _MATCHERS_AS_WRITTEN.items():
    _AS_WRITTEN[_name + ".lc"] = (re.compile(_old.lower()), _new._lc)
    _AS_WRITTEN[_name + ".ci"] = (re.compile(_old, re.IGNORECASE), _new._ci)
_CUT_PIECES = (
    *["dapat menjadi", "bisa  menjadi", "akan\nmenjadi", "belum membayar", "untuk melindungi"],
    "ter-cover",
    *(";", ":", '"', "“", "”", ",", " - ", " – ", "—", " dan ", " Namun ", "\t", "_", "Di", "Se"),
    *["yang bisa", "yang dapat menjadi", "per bulan", "super tahun", "rekrutmen peserta"],
    *("se-", "sE-", "pRo", "pem", "kab", "koT", "ke", "di", "xdi", "mem"),
)


@pytest.mark.parametrize("name", sorted(_AS_WRITTEN))
def test_rewritten_patterns_find_what_they_found_as_written(name: str) -> None:
    old, new = _AS_WRITTEN[name]

    @_EACH
    @given(texts(_pattern_words(old.pattern) + _CUT_PIECES))
    def check(text: str) -> None:
        for subject in (text, text.lower()):
            assert [m.span() for m in new.finditer(subject)] == [
                m.span() for m in old.finditer(subject)
            ]

    check()


@_SETTINGS
@given(texts())
def test_numbers_of_some_kinds_are_those_of_all_kinds(text: str) -> None:
    every = numbers.find_numbers(text)
    for kinds in (("count", "percent"), ("count",), ("money", "year", "reference")):
        assert numbers.find_numbers(text, kinds) == [n for n in every if n.kind in kinds]


def test_white_space_stripped_is_what_the_patterns_read_as_white_space() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(r"\s", everything) == [c for c in everything if c.isspace()]


_SEGMENT_PIECES = ("upah", "Formal", "mandiri", "konstruksi", "JAKON", "Jakon", "PU", "PMI", "TKI")
_SEGMENT_PIECES += (
    "migran",
    "Indonesia",
    "penerima",
    "bukan",
    "sektor",
    "non-",
    "\u03a3",
    "\u0130",
)


@_SETTINGS
@given(texts(_SEGMENT_PIECES), st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300))))
def test_a_sentence_without_segment_triggers_has_no_segment_in_any_part(
    text: str, cuts: list[tuple[int, int]]
) -> None:
    if vocab.segments_possible(text):
        return
    parts = [text[a:b] for a, b in cuts] + [text]
    for part in parts:
        assert vocab.segment_matches(part) == []
    for a, b in itertools.pairwise(parts):
        assert vocab.segment_matches(a + " " + b) == []


_FLAT_TRIGGERS = ("per tahap", "dari ", " dari", "agar mencapai", "a b c", "x")


@_SETTINGS
@given(
    st.lists(
        st.sampled_from(["per", "tahap", "dari", "agar", "mencapai", "a", "b", "c", "x", "ya"])
        | st.text(alphabet=" \t\n\x1c\u2003\xa0.,", min_size=1, max_size=3),
        max_size=12,
    )
)
def test_flattened_triggers_are_found_by_one_search(pieces: list[str]) -> None:
    text = "".join(pieces)
    flat = " ".join(text.split())
    for trigger in _FLAT_TRIGGERS:
        found = re.search(matcher._flat_pattern(trigger), text) is not None
        assert found == (trigger in flat)


@_SETTINGS
@given(texts(("Kendari -", "KENDARI (ANTARA) -", "Palu, X.NET –", "\n", " - ", "“")))
def test_datelines_tried_at_line_starts_are_those_of_a_full_scan(text: str) -> None:
    got = [m.span() for m in scope._datelines(text)]
    assert got == [m.span() for m in scope._DATELINE.finditer(text)]


@_SETTINGS
@given(texts())
def test_case_twins_test_written_out_is_the_same(text: str) -> None:
    expected = not text.isascii() and any(c in text for c in CASE_TWINS)
    assert has_case_twins(text) == expected


@pytest.mark.parametrize("as_of", [None, "future", ("2025-06", "month")])
def test_only_a_dated_figure_is_remembered_with_its_date(as_of: object) -> None:
    """``_number_figures`` looks for a comparison only when ``as_of`` is a date: for anything
    else, remembering it or nothing leaves the same state."""
    sent = segment.Sentence(0, 10, 0, 0)
    place = scope.Place(0, 3, None, "X", "strong")
    states = [ArticleState(), ArticleState()]
    figures._remember(states[0], sent, place, "active_participants", None, as_of)  # type: ignore[arg-type]
    figures._remember(states[1], sent, place, "active_participants", None, None)
    assert (states[0] == states[1]) == (not isinstance(as_of, tuple))
