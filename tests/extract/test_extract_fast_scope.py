"""``RegionScope``'s shortcuts against the slow paths they replace: the same results on text
built to exercise them (hypothesis) and on the fixtures.

Shortcuts: the forms of one token looked up in one table (``regions._one_token_forms``), the
dateline head's regions read from the spans of the whole text, each form's place worked out
once (``scope._form_places``), one cheap test before the role tests, the speaker test after the
mention first, and "\\bter" written with a look-behind.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import regions, scope
from extract.regions import NATIONAL, find_region_mentions
from extract.textutil import CASE_TWINS

FIXTURES = Path(__file__).parent / "fixtures"
_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_RNG = random.Random(5)
_FORMS = sorted(regions._forms())
_WORDS = (
    "peserta aktif di ke dan serta wilayah Provinsi Prov. Kabupaten Kab. Kota kota kabupaten "
    "se- BPJS Ketenagakerjaan BPJamsostek Kantor Cabang Kepala Kacab Kanwil Perintis kantor "
    "ruang rapat tertinggi terbanyak paling nomor peringkat antara kabupaten/kota kepesertaan "
    "cakupan data kata dia Senin, Rabu (14/5/2025) 14/5 belum lama pada Selasa secara nasional "
    "seluruh Indonesia se-Indonesia tingkat nasional migran target (ANTARA) (Antaranews) "
    "Tribunnews TribunKaltim yang berada beralamat Jakarta Kendari Konawe Sultra Kaltim Papua "
    "Barat Daya Sulawesi Maluku Kalimantan Timur Baubau Bau-Bau Kutim Jateng DIY"
)
_PIECES = [
    *_WORDS.split(" "),
    *(_RNG.choice(_FORMS) for _ in range(80)),
    *CASE_TWINS,
    "WİLAYAH",
    "Σ",
    "ΣΑ",
    "x-Kendari",
    "A2025Kendari",
    "Kab.Konawe",
]
_SEPARATORS = [" ", " ", " ", "", "\n", ", ", ". ", "-", " - ", " – ", "  ", "(", ")", "\xa0"]


def _cased(word: str, how: int) -> str:
    return (word, word.upper(), word.capitalize(), word.lower())[how]


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_PIECES), max_size=40))
    out = []
    for w in words:
        if draw(st.integers(0, 9)) == 0:
            out.append(draw(st.sampled_from(['\n"', "\n“", "\n ", "\n\t"])))
        out.append(_cased(w, draw(st.integers(0, 3))))
        out.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)


def _fixture_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


# RegionScope as it was written before its shortcuts
def _drop_appositives_as_was(text: str, places: list[scope.Place]) -> list[scope.Place]:
    out: list[scope.Place] = []
    for p in places:
        prev = out[-1] if out else None
        if prev is not None and prev.region is not None and p.region is not None:
            same = p.region.code == prev.region.code
            parent = prev.region.parent_code == p.region.code
            if (same or parent) and scope._is_appositive_gap(text[prev.end : p.start]):
                continue
        out.append(p)
    return out


def _office_pairs_as_was(text: str, places: list[scope.Place]) -> list[scope.Place]:
    """ "Kantor Wilayah Jawa Tengah dan DIY": the second name belongs to the office too."""
    out: list[scope.Place] = []
    for p in places:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role == "office"
            and p.role == "strong"
            and scope._joins(text[prev.end : p.start])
        ):
            p = scope.Place(p.start, p.end, p.region, p.name, "office")
        out.append(p)
    return out


def _combine_pairs_as_was(text: str, places: list[scope.Place]) -> list[scope.Place]:
    """ "wilayah Provinsi Papua Barat dan Papua Barat Daya" -> one described area."""
    out: list[scope.Place] = []
    for p in places:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role == p.role == "strong"
            and prev.region is not None
            and p.region is not None
            and prev.region.level == p.region.level
            and scope._joins(text[prev.end : p.start])
            and scope._WILAYAH_BEFORE.search(text[max(0, prev.start - 20) : prev.start])
        ):
            name = f"{prev.name} + {p.name}"
            out[-1] = scope.Place(prev.start, p.end, None, name, "strong")
            continue
        out.append(p)
    return out


def _role_as_was(text: str, m: regions.RegionMention, dateline: tuple[int, int] | None) -> str:
    if dateline and dateline[0] <= m.start < dateline[1]:
        return "dateline"
    before = text[max(0, m.start - 60) : m.start]
    after = text[m.end : m.end + 25]
    if scope._SUPERLATIVE_SE.search(before):
        return "scope"
    office = scope._OFFICE_BEFORE.search(before)
    if office and scope._DATA_OF.search(before[: office.start()]):
        return "strong"
    if office or scope._OFFICE_SITE.search(before):
        return "office"
    if scope._SPEAKER_BEFORE.search(before) and scope._SPEAKER_AFTER.match(after):
        return "speaker"
    return "strong"


def _scope_as_was(text: str, title: str | None) -> tuple[list[scope.Place], list[scope.Place]]:
    """(places, title places) of ``RegionScope(text, title)`` as first written."""
    dl = scope.dateline_span(text)
    places = [scope._to_place(m, _role_as_was(text, m, dl)) for m in find_region_mentions(text)]
    for m in scope._NATIONAL_RE.finditer(text):
        if not scope._NOT_NATIONAL_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            places.append(scope.Place(m.start(), m.end(), NATIONAL, NATIONAL.name, "strong"))
    places.sort(key=lambda p: p.start)
    places = _office_pairs_as_was(text, _drop_appositives_as_was(text, places))
    places = _combine_pairs_as_was(text, places)
    title_places = [
        scope._to_place(
            m,
            "title_office"
            if scope._OFFICE_BEFORE.search((title or "")[max(0, m.start - 60) : m.start])
            else "title",
        )
        for m in find_region_mentions(title or "")
    ]
    return places, title_places


@_SETTINGS
@given(texts(), st.one_of(st.none(), texts()))
def test_scope_places_are_those_of_the_scope_as_written(text: str, title: str | None) -> None:
    sc = scope.RegionScope(text, title)
    assert (sc.places, sc.title_places) == _scope_as_was(text, title)


def test_scope_places_of_the_fixtures() -> None:
    for text in _fixture_texts():
        sc = scope.RegionScope(text, text[:200])
        assert (sc.places, sc.title_places) == _scope_as_was(text, text[:200])


@_SETTINGS
@given(texts())
def test_form_spans_are_the_mentions(text: str) -> None:
    spans = regions.form_spans(text)
    forms = regions.known_forms()
    got = [
        (m.start, m.end, m.surface, m.candidates, m.level, m.area)
        for m in find_region_mentions(text)
    ]
    assert got == [(s, e, text[s:e], *forms[key]) for s, e, key in spans]


def test_one_token_forms_are_what_match_from_finds() -> None:
    forms, prefixes = regions._forms(), regions._open_prefixes()
    for token, (length, key) in regions._one_token_forms().items():
        text = "x " + token[0].upper() + token[1:] + " y"
        assert regions._match_from(text, 2, token, forms, prefixes) == (
            2,
            2 + length,
            2 + len(token),
            key,
        )


@_SETTINGS
@given(texts())
def test_dateline_read_from_the_spans_of_the_text(text: str) -> None:
    assert scope._dateline_of(text, regions.form_spans(text)) == scope.dateline_span(text)


@_SETTINGS
@given(texts())
def test_dateline_heads_hold_the_spans_found_in_them_alone(text: str) -> None:
    spans = regions.form_spans(text)
    for m in scope._DATELINE.finditer(text):
        start, end = m.span("head")
        alone = [(s + start, e + start, k) for s, e, k in regions.form_spans(text[start:end])]
        assert scope._head_spans(text, start, end, spans) == alone


def test_datelines_of_the_fixtures() -> None:
    for text in _fixture_texts():
        for head in ("Kendari (ANTARA) - ", "Kota\nKendari - ", "Palu- ", "Palu-- "):
            for t in (head + text, text[:300] + "\n" + head + text[300:]):
                assert scope._dateline_of(t, regions.form_spans(t)) == scope.dateline_span(t)


_SUPERLATIVE_AS_WRITTEN = re.compile(scope._SUPERLATIVE_SE.pattern.lower())


@_SETTINGS
@given(texts())
def test_superlative_look_behind_is_the_word_boundary(text: str) -> None:
    low = text.lower()
    for end in range(0, len(low) + 1, 7):
        window = low[max(0, end - 60) : end]
        found = scope._SUPERLATIVE_LC.search(window)
        assert (found is None) == (_SUPERLATIVE_AS_WRITTEN.search(window) is None)


_NAMES = ["Papua Barat", "Papua Barat Daya", "Jawa Tengah", "DIY", "Kendari", "Sultra", "Konawe"]
_NAMES += ["Kota Kendari", "Provinsi Sulawesi Tenggara", "Kalimantan", "Kaltim", "Indonesia"]
_LEADS = ["Kantor Wilayah ", "BPJS Ketenagakerjaan Cabang ", "wilayah ", "wilayah Provinsi "]
_LEADS += ["di ", "peserta di ", "kepesertaan BPJS Ketenagakerjaan ", "tertinggi se-", ""]
_GAPS = [" dan ", " serta ", ", ", " dan Provinsi ", " (", ", Provinsi ", " - ", " ", ". "]


@st.composite
def place_runs(draw: st.DrawFn) -> str:
    out = []
    for _ in range(draw(st.integers(1, 6))):
        out.append(draw(st.sampled_from(_LEADS)))
        for i in range(draw(st.integers(1, 3))):
            if i:
                out.append(draw(st.sampled_from(_GAPS)))
            out.append(draw(st.sampled_from(_NAMES)))
        out.append(draw(st.sampled_from([" mencatat ", ". ", ", kata dia di Kendari, Senin. "])))
    return "".join(out)


@_SETTINGS
@given(place_runs())
def test_scope_places_of_joined_names_are_those_of_the_scope_as_written(text: str) -> None:
    sc = scope.RegionScope(text, None)
    assert sc.places == _scope_as_was(text, None)[0]


_ROLE_LEADS = [
    *("di ", "ke ", "di kantor Gubernur ", "ke ruang rapat ", "di ruang kerja ", "xdi ", "kantor "),
    *("tertinggi se-", "xterbanyak di ", "nomor dua "),
    *("paling banyak di antara kabupaten/kota se-",),
    *("peringkat satu di kabupaten/kota di ", "terbesar di antara ", "Kantor yang berada di "),
    *("BPJS Ketenagakerjaan ", "BP Jamsostek ", "BPJAMSOSTEK (Persero) Cabang ", "Kacab ", "KCP "),
    *("Kantor Wilayah ", "Kanwil ", "Kepala ", "TribunKaltim ", "Antaranews ", "Wilayah Kerja "),
    *("kepesertaan BPJS TK ", "cakupan Kantor Cabang ", "data Kanwil di ", "(ANTARA) ", "ſe-"),
    *("wilayah ", "Perwakilan ", "Kantor Cabang Perintis di ", "peserta ", "İ ", "ΣΑ "),
]
_AFTERS = [", Senin", " (14/5)", " sebanyak", ", 14/5", " belum lama ini", " pada Rabu", " Jum'at"]


@_SETTINGS
@given(
    st.lists(st.sampled_from(_ROLE_LEADS), max_size=4),
    st.sampled_from(["Kendari", "Kota Kendari", "Sultra", "Papua Barat"]),
    st.sampled_from(_AFTERS),
    st.integers(0, 3),
    st.sampled_from(["", "a", "x ", "kata dia ", "sebanyak 1.000 orang terdaftar "]),
)
def test_roles_are_those_of_the_patterns_as_written(
    leads: list[str], name: str, after: str, how: int, pad: str
) -> None:
    text = _cased(pad + "".join(leads), how) + name + after
    dl = scope.dateline_span(text)
    for m in find_region_mentions(text):
        if not (dl and dl[0] <= m.start < dl[1]):
            assert scope._role_in(text, m.start, m.end) == _role_as_was(text, m, dl)
