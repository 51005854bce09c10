"""The article-wide scans' shortcuts against the straightforward forms they stand for.

``extract.dates`` reads the words before a date with reversed patterns matched once at the date,
and picks day/month numbers out of its start scan by what follows them; ``extract.numbers``
lower-cases through UTF-8 bytes and looks for scale words in a one-byte-a-character copy;
``extract.segment.split_sentences`` walks paragraphs with ``str.find``. Each is checked here, on
text built to exercise it, against the form it replaces.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract import dates, segment, textutil
from extract.datelabels import YEAR_CUE_BEFORE
from extract.segment import Sentence

_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_WORDS = (  # noqa: SIM905 (words as they would be written)
    "per hingga sampai dengan s.d. sd s.d s d posisi sepanjang selama pada di pertengahan akhir "
    "awal data periode tanggal tgl tgl. terhitung dalam bulan tahun th th. triwulan semester "
    "menjadi dibandingkan dan serta sejak mulai sebelumnya no no. nomor nomer uu pp perpres "
    "permenaker inpres perda pasal rp Rp PER Tahun senin selasa rabu kamis jumat jum'at sabtu "
    "minggu ahad Rabu orang pekerja peserta tenaga perusahaan jiwa x xper mei Mei januari "
    "desember 12 5 2025 1/ / , . : ( ) 14/5/2025 İ ı ſ K é “ ”"
).split()
_GAPS = ("", " ", "  ", ", ", " ,", "\n", "\t", "\xa0", "/", "-", " ,   ", "   ,    ")


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), max_size=14))
    return "".join(w + draw(st.sampled_from(_GAPS)) for w in words)


# the patterns as written: searched in the 30 (weekday: 12) characters before a date
_BEFORE = {
    "cue": dates._CUE_RE,
    "data_cue": dates._DATA_CUE_RE,
    "not_date": dates._NOT_DATE_BEFORE,
}
_REVERSED = {"cue": dates._CUE, "data_cue": dates._DATA_CUE, "not_date": dates._NOT_DATE}


_PERSON_AS_WAS = dates._PERSON_AFTER


def _mention_as_was(
    text: str, m: re.Match[str], kind: str, label: str, precision: str, folded: bool
) -> dates.DateMention:
    """``dates._mention`` as it was, searching the windows before the date."""

    def rx(pattern: re.Pattern[str]) -> re.Pattern[str]:
        return dates._folded(pattern) if folded else pattern

    start = m.start()
    weekday = None
    if kind in ("slash", "day"):
        weekday = rx(dates._WEEKDAY_BEFORE).search(text, max(0, start - 12), start)
        if weekday is not None:
            start = weekday.start()
    before = text[max(0, start - 30) : start]
    cue = kind in dates._ALWAYS_CUED or bool(rx(dates._CUE_RE).search(before))
    if weekday is not None:
        statement = not rx(dates._DATA_CUE_RE).search(before)
    else:
        statement = kind in ("slash", "numeric") and not cue
    return dates.DateMention(start, m.end(), label, precision, kind, cue, statement)


@_SETTINGS
@given(_texts(), _texts())
@example("kata dia jumat   ,    ", "(14/5/2025)")  # a weekday one character too far
@example("kata dia, jumat   ,   ", "(14/5/2025)")
@example("xjumat , ", "(14/5/2025)")
@example("per\n", "2025")
def test_reversed_date_windows_find_what_the_patterns_find(head: str, tail: str) -> None:
    text = head + tail
    start = len(head)  # where the date starts
    for folded in (False, True):
        subject = text.lower() if folded else text
        if folded and len(subject) != len(text):
            continue
        rsubject = subject[::-1]
        at = len(subject) - start
        before = subject[max(0, start - 30) : start]
        for name, pattern in _BEFORE.items():
            rx = dates._folded(pattern) if folded else pattern
            want = rx.search(before) is not None
            got = _REVERSED[name][folded].match(rsubject, at, at + 30) is not None
            assert got == want, (name, folded, before)
        at_date = re.compile("").match(subject, start)
        assert at_date is not None
        for kind in ("slash", "day", "numeric", "year"):
            got_mention = dates._mention(subject, rsubject, at_date, kind, "x", "day", folded)
            want_mention = _mention_as_was(subject, at_date, kind, "x", "day", folded)
            assert got_mention == want_mention
        # (a year after a word of time is a date even before "peserta")
        time_cue = YEAR_CUE_BEFORE.search(subject[max(0, start - 14) : start]) is not None
        assert dates._year_is_not_date(subject, rsubject, start, start, folded) == (
            _BEFORE["not_date"].search(before) is not None
            or (_PERSON_AS_WAS.match(subject[start : start + 20]) is not None and not time_cue)
            if not folded
            else dates._folded(_BEFORE["not_date"]).search(before) is not None
            or (
                dates._folded(_PERSON_AS_WAS).match(subject[start : start + 20]) is not None
                and not time_cue
            )
        )
        end = start
        person_rx = dates._folded(dates._PERSON_AFTER) if folded else dates._PERSON_AFTER
        want_person = person_rx.match(subject[end : end + 20]) is not None
        assert (dates._PERSON[folded].match(subject, end, end + 20) is not None) == want_person


@_SETTINGS
@given(_texts())
def test_strict_start_scan_keeps_every_date_start(text: str) -> None:
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    got = set(dates._start_positions(lowered, True))
    assert got <= set(dates._start_positions(lowered))
    # every position where the combined pattern matches (and a date can start) is kept
    for pos in dates._start_positions(lowered):
        if dates._COMBINED.match(lowered, pos):
            assert pos in got


@_SETTINGS
@given(st.text(max_size=60) | _texts())
def test_lower_is_str_lower(text: str) -> None:
    assert textutil.lower(text) == text.lower()
    assert textutil.lower(text + "\u03a3 \udc80") == (text + "\u03a3 \udc80").lower()


_PARA_RE = re.compile(r"[^\n]+")


def _split_as_was(text: str) -> list[tuple[int, int, int, int]]:
    out: list[tuple[int, int, int, int]] = []

    def add(start: int, end: int, p_no: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end, p_no, len(out)))

    ends = segment._END_RE.finditer(text)
    m = next(ends, None)
    for p_no, para in enumerate(_PARA_RE.finditer(text)):
        start, p_end = para.span()
        while m is not None and m.start() < p_end:
            cut = m.start(1)
            if m.end() < p_end and not segment._ABBREV_RE.search(text[max(start, cut - 12) : cut]):
                add(start, cut, p_no)
                start = m.end()
            m = next(ends, None)
        add(start, p_end, p_no)
    return out


@_SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                *("Ini", "kata", "No.", "Dr.", "A.", "x.", "5.000", "!", "?", ".", '"', "”", "(Rp"),
                *("2", " ", "  ", "\n", "\n\n", " \n", "\t", "\xa0", "\u2028"),
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_split_sentences_as_it_was(text: str) -> None:
    got = [(s.start, s.end, s.paragraph, s.index) for s in segment.split_sentences(text)]
    assert got == _split_as_was(text)
    assert all(type(s) is Sentence for s in segment.split_sentences(text))
