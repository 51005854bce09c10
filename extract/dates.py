"""Dates in Indonesian news text, as period labels a figure can describe.

``find_dates(text, published)`` returns every date expression with its label
(``2025-06-08`` day, ``2025-06`` month, ``2025-Q2`` quarter, ``2025-H1`` half, ``2025`` year)
and two flags: ``cue`` (introduced by ``per``, ``hingga``, ``sampai dengan``, ``posisi``,
``sepanjang``, ``pada``, ... so it dates a figure) and ``statement`` (a weekday date such as
``Rabu (14/5/2025)`` that says when someone spoke, not what the data describes). Relative words
(``tahun lalu``, ``bulan ini``) are resolved against the publication date. ``now`` mentions
(``saat ini``, ``kini``) carry no label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, datetime

from extract.datelabels import MONTHS, YEAR, YEAR_CUE_BEFORE, build_label, period_end, to_date
from extract.textutil import has_case_twins, lower, trie_pattern

__all__ = ["DateMention", "find_dates", "period_end", "to_date"]

_MONTH_RE = (
    r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
    r"november|nopember|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sept?|okt|nov|des)"
)
_WEEKDAY_RE = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)"
_ORD_RE = r"(?:iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat|satu|dua|tiga|empat)"
_YEAR = YEAR
_CUE_RE = re.compile(
    r"(?:\bper|\bhingga|\bsampai(?:\s+dengan)?|\bs\.?\s?d\.?|\bposisi|\bsepanjang|\bselama|"
    r"\bpada|\bdi|\bpertengahan|\bakhir|\bawal|\bdata|\bperiode|\btanggal|\btgl\.?|\bterhitung|"
    r"\bdalam|\bbulan|\btahun|\btriwulan|\bsemester|\bmenjadi|\bdibandingkan(?:\s+dengan)?|"
    r"\bdan|\bserta|\bsejak|\bmulai|\bsebelumnya)\s*,?\s*$",
    re.IGNORECASE,
)
# "triwulan pertama tahun ini", "Juni tahun lalu": the year said against the publication date
_YEAR_REL = r"\s+tahun\s+(?P<yrel>ini|lalu|kemarin|berjalan)\b"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "slash",
        re.compile(
            r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?\)",
            re.IGNORECASE,
        ),
    ),
    (
        "day",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?\s+(?P<y>{_YEAR})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "numeric",
        re.compile(r"(?<![\d/])(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>(?:19|20)\d\d)(?![\d/])"),
    ),
    (
        "day_noyear",
        re.compile(
            rf"\b(?:per|hingga|sampai(?:\s+dengan)?|posisi|tanggal|tgl\.?)\s+(?P<d>\d{{1,2}})\s+"
            rf"(?P<mon>{_MONTH_RE})\b(?!\.?\s*\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "quarter",
        re.compile(
            rf"\b(?P<akhir>akhir\s+)?(?:triwulan|kuartal|caturwulan|tw|q)\s*-?\s*(?P<q>{_ORD_RE})\b"
            rf"(?:\s*[-/]?\s*(?:tahun|th\.?)?\s*(?P<y>{_YEAR})|{_YEAR_REL})?",
            re.IGNORECASE,
        ),
    ),
    (
        "half",
        re.compile(
            rf"\b(?P<akhir>akhir\s+)?(?:semester|paruh)\s*(?P<q>{_ORD_RE})\b"
            rf"(?:\s*[-/]?\s*(?:tahun|th\.?)?\s*(?P<y>{_YEAR})|{_YEAR_REL})?",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:bulan\s+)?(?P<mon>{_MONTH_RE})\.?\s*(?:tahun\s+)?(?P<y>{_YEAR})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "month_noyear",
        re.compile(
            rf"\b(?:per|hingga|sampai|s\.d\.|posisi|akhir|bulan|dengan|selama|sepanjang|mulai|"
            rf"sejak)\s+"
            rf"(?P<mon>{_MONTH_RE})\b"
            # (not "Januari-Maret 2025", a range of months written with the year)
            rf"(?:\s+(?P<rel>lalu|ini|kemarin|mendatang|depan)|{_YEAR_REL})?(?!\s*\d|\s*[-–—/]\s*\w)",
            re.IGNORECASE,
        ),
    ),
    ("year_end", re.compile(rf"\bakhir\s+(?:tahun\s+)?(?P<y>{_YEAR})\b", re.IGNORECASE)),
    (
        "range",
        re.compile(rf"\b{_YEAR}\s*(?:-|–|—|hingga|sampai|s\.?d\.?)\s*{_YEAR}\b", re.IGNORECASE),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<unit>tahun|bulan|triwulan|semester)\s+(?P<rel>lalu|kemarin|ini|sebelumnya|berjalan|depan|mendatang)\b",
            re.IGNORECASE,
        ),
    ),
    ("now", re.compile(r"\b(?:saat\s+ini|kini|sekarang|hari\s+ini|terkini)\b", re.IGNORECASE)),
    ("year", re.compile(rf"(?<![\d/.,])(?P<y>{_YEAR})(?![\d/.,]\d)\b", re.IGNORECASE)),
]


def _combine(flags: int, kinds: frozenset[str] | None = None) -> re.Pattern[str]:
    """The patterns of ``kinds`` (default: all) as one alternation, in order (scanned once; at a
    position the first kind wins). The other kinds' groups follow as empty groups behind a
    "(?!)" that fails at once: every match has the same group names, whichever kinds it tried."""
    parts, absent = [], []
    for kind, pattern in _PATTERNS:
        if kinds is None or kind in kinds:
            body = re.sub(r"\(\?P<(\w+)>", rf"(?P<{kind}__\1>", pattern.pattern)
            parts.append(f"(?P<K_{kind}>{body})")
        else:
            absent.append(
                f"(?P<K_{kind}>)" + "".join(f"(?P<{kind}__{g}>)" for g in pattern.groupindex)
            )
    if absent:
        parts.append("(?!)" + "".join(absent))
    return re.compile("|".join(parts), flags)


_COMBINED = _combine(0)  # run on lower-cased text
_COMBINED_I = _combine(re.IGNORECASE)  # when lower-casing would shift offsets
_KINDS = [kind for kind, _ in _PATTERNS]
# per kind, its groups: (name in the combined pattern, name in its own pattern)
_GROUPS = {kind: [(f"{kind}__{g}", g) for g in rx.groupindex] for kind, rx in _PATTERNS}

# The characters a match of each kind can start with, among those a candidate starts with (an
# ASCII digit, "(" or the lower-case first letter of a start word: see ``_start_positions``;
# IGNORECASE equates such a letter with itself only). A candidate is tried with the kinds its
# first character allows, not all thirteen.
_FIRST_CHARS = {
    "slash": "(",
    "day": "0123456789",
    "numeric": "0123456789",
    "day_noyear": "phst",  # per, hingga, sampai, posisi, tanggal, tgl
    "quarter": "atkcq",  # akhir, triwulan/tw, kuartal, caturwulan, q
    "half": "asp",  # akhir, semester, paruh
    "month": "bjfpmasond",  # bulan and the months' initials
    # per, hingga, sampai/s.d., posisi, akhir, bulan, dengan, selama, mulai, sejak
    "month_noyear": "phsabdm",
    "year_end": "a",
    "range": "12",
    "relative": "tbs",
    "now": "skht",  # saat, kini, sekarang, hari, terkini
    "year": "12",
}


def _by_first_char(flags: int) -> dict[str, re.Pattern[str]]:
    """Per first character, the combined pattern of the kinds that can start with it."""
    kinds_of: dict[str, set[str]] = {}
    for kind, chars in _FIRST_CHARS.items():
        for c in chars:
            kinds_of.setdefault(c, set()).add(kind)
    patterns: dict[frozenset[str], re.Pattern[str]] = {}
    out = {}
    for c, kinds in kinds_of.items():
        key = frozenset(kinds)
        if key not in patterns:
            patterns[key] = _combine(flags, key)
        out[c] = patterns[key]
    return out


_BY_FIRST_CHAR = _by_first_char(0)
_BY_FIRST_CHAR_I = _by_first_char(re.IGNORECASE)


_START_WORDS = frozenset(
    {
        "triwulan",
        "kuartal",
        "caturwulan",
        "tw",
        "q",
        "semester",
        "paruh",
        "akhir",
        "bulan",
        "tahun",
        "per",
        "hingga",
        "sampai",
        "s",
        "posisi",
        "dengan",
        "selama",
        "sepanjang",
        "mulai",
        "sejak",
        "saat",
        "kini",
        "sekarang",
        "hari",
        "terkini",
    }
    | {k for k in MONTHS}
)


# The tokens (``\(?[\w']+``) where a date can start: a token is "(" and a run of [\w'] (a run
# right after "(" is always part of such a token), or a run not after [\w'(] that starts with an
# ASCII digit or "q1".."q4" or is one of the start words. Only their start positions are used,
# found by three scans: "(" before [\w'] (a literal the engine jumps to), a start token right
# after a character other than [\w'(] (the character, consumed, is what the scan lands on: far
# fewer positions than the letters a look-behind would be tried at; the match ends inside the
# token, so the next token's separator is never consumed), and one at the start of the text.
# The second scan is run on a byte copy of the text where every character of [^\w'(] is a space
# and every other non-ASCII one "_" (a word character that starts no start word): the pattern
# then begins with a literal space, which the engine finds far faster than a Unicode class.


def _start_body(digit: str = "[0-9]") -> str:
    """A start token's beginning: a ``digit``, "q1".."q4" or a start word. The words are grouped
    by first letter, each group a top-level alternative: the engine rejects those by their first
    letter without entering them (about a tenth faster than one nested trie)."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(_START_WORDS):
        by_first.setdefault(word[0], []).append(word)
    words = "|".join(rf"{trie_pattern(group)}(?![\w'])" for group in by_first.values())
    return rf"(?:{digit}|q[1-4]|{words})"


_START_AT_0_RE = re.compile(_start_body())
_SEP_CLASSES = bytes(
    32 if re.match(r"[^\w'(]", chr(i)) else (95 if i > 127 else i) for i in range(256)
)


def _separator_classes(lowered: str) -> bytes | bytearray:
    """``lowered`` as one byte a character: a space for [^\\w'(], "_" for another non-ASCII one,
    the character itself otherwise."""
    raw = lowered.encode("latin-1", "replace")  # beyond Latin-1: "?"
    classes = raw.translate(_SEP_CLASSES)
    if lowered.isascii():
        return classes
    fixed = bytearray(classes)
    at = raw.find(b"?")
    while at >= 0:  # a "?" stands for itself or for a character beyond Latin-1
        c = lowered[at]
        if c.isalnum() or c == "_":  # what \w matches
            fixed[at] = 95
        at = raw.find(b"?", at + 1)
    return fixed


# Of those tokens, a digit only where a day or month number (``\d{1,2}``,
# the second digit maybe a non-ASCII one, "_" in the byte copy, before a space, "/" or "-", all
# spaces there) or a four-digit year can begin, "(" only before a digit (``slash``); the others
# match no date.
_DATE_AFTER_SPACE_RE = re.compile(rf" {_start_body('[0-9](?=[0-9_]? |[0-9]{3})')}".encode())
# In lower-cased text matched case-sensitively (``_COMBINED``), a day or month number is also
# followed by the next one ("14/5/2025": one separator, a digit) or by a month name ("14 Mei",
# spaces between, its first two letters as written in ``MONTHS``): most numbers ("35 ribu") are
# passed over.
_MONTH_HEADS = "|".join(sorted({name[:2] for name in MONTHS}))
_DATE_AFTER_SPACE_LOWER_RE = re.compile(
    rf" {_start_body(f'[0-9](?=[0-9_]? (?:[0-9_]| *(?:{_MONTH_HEADS}))|[0-9]{{3}})')}".encode()
)
_PAREN_DATE_RE = re.compile(r"\((?=\d)")


def _start_positions(lowered: str, cased: bool = False) -> list[int]:
    """Start offsets of the tokens where a date can start, in order (see above); ``cased``:
    for ``_COMBINED``, ``lowered`` being the lower-cased text."""
    scan = _DATE_AFTER_SPACE_LOWER_RE if cased else _DATE_AFTER_SPACE_RE
    out = [m.start() + 1 for m in scan.finditer(_separator_classes(lowered))]
    if "(" in lowered:
        out += [m.start() for m in _PAREN_DATE_RE.finditer(lowered)]
        out.sort()
    if _START_AT_0_RE.match(lowered):
        out.insert(0, 0)
    return out


def _candidates(pattern: re.Pattern[str], lowered: str) -> list[re.Match[str]]:
    """Matches of ``pattern`` tried only where a date can start (a digit, "(", a month or
    period word): much cheaper than scanning every position."""
    # (chosen by identity: hashing a pattern reads all of it)
    by_first = {}
    if pattern is _COMBINED:
        by_first = _BY_FIRST_CHAR
    elif pattern is _COMBINED_I:
        by_first = _BY_FIRST_CHAR_I
    out: list[re.Match[str]] = []
    last_end = 0
    for pos in _start_positions(lowered, pattern is _COMBINED):
        if pos < last_end:
            continue
        m = by_first.get(lowered[pos], pattern).match(lowered, pos)
        if m is not None:
            out.append(m)
            last_end = m.end()
    return out


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression; ``label`` is None for ``now`` and year ranges."""

    start: int
    end: int
    label: str | None
    precision: str | None
    kind: str
    cue: bool = False
    statement: bool = False


def find_dates(text: str, published: datetime | date | None = None) -> list[DateMention]:
    """All date expressions in ``text``, in order."""
    pub = to_date(published)
    lowered = lower(text)
    pattern = _COMBINED if len(lowered) == len(text) else _COMBINED_I
    if pattern is _COMBINED_I:
        lowered = text
    # the patterns read around a match run on the lower-cased text, case-sensitively, when that
    # finds what IGNORECASE finds in the text (it holds none of the CASE_TWINS), else on the text
    folded = not has_case_twins(text)
    subject = lowered if folded else text
    rsubject = subject[::-1]  # for the patterns that read what precedes a date
    out: list[DateMention] = []
    for m in _candidates(pattern, lowered):
        kind = _KIND_OF_GROUP[m.lastgroup]  # type: ignore[index]
        groups = {own: m.group(name) for name, own in _GROUPS[kind]}
        if kind == "year" and _year_is_not_date(subject, rsubject, m.start(), m.end(), folded):
            continue
        label, precision = build_label(kind, groups, text, m.start(), pub)
        if label is None and kind not in ("now", "range"):
            continue
        out.append(_mention(subject, rsubject, m, kind, label, precision, folded))
    return out


# the kind whose alternative matched, by the name of its group (see ``_kind``)
_KIND_OF_GROUP = {f"K_{kind}": kind for kind in _KINDS}


def _kind(m: re.Match[str]) -> str:
    """The kind whose alternative matched: its group encloses the others, so it closes last."""
    return (m.lastgroup or "")[len("K_") :]


_NOT_DATE_BEFORE = re.compile(
    r"(?:\b(?:no|nomor|nomer|uu|pp|perpres|permenaker|inpres|perda|pasal|rp)\.?\s*\d*\s*"
    r"(?:tahun|th\.?|/)?\s*|/)$",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(r"^\s*(?:orang|pekerja|peserta|tenaga|perusahaan|jiwa)\b", re.IGNORECASE)
_DATA_CUE_RE = re.compile(
    r"\b(?:per|hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|posisi|data)\s*,?\s*$", re.IGNORECASE
)
_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY_RE}\s*,?\s*$", re.IGNORECASE)


# The patterns above read what precedes a date (each ends at "$"); they are matched reversed, once
# at the date in the reversed text (``rtext`` at ``len(text) - start``, ``endpos`` cutting the
# window as the slice did), instead of being searched from every position of the window: a
# pattern and its reversal match the same strings, read from either end ("\b" reads the same two
# characters both ways, and at the window's edge the string's end as the slice's start). "$" also
# matches before a final newline: the trailing "\s*" takes it, except after the lone "/" ("\n?").
# tests/extract/test_extract_fast_scans.py checks each against the pattern it stands for.
def _rev(words: str) -> str:
    """The words (separated by spaces) spelled backwards, as alternatives."""
    return "|".join(w[::-1] for w in words.split())


_CUE_REV_RE = re.compile(
    r"\s*,?\s*(?:(?:nagned\s+)?(?:iapmas|nakgnidnabid)|\.?d\s?\.?s|\.?lgt|"
    + _rev(
        "per hingga posisi sepanjang selama pada di pertengahan akhir awal data periode tanggal "
        "terhitung dalam bulan tahun triwulan semester menjadi dan serta sejak mulai sebelumnya"
    )
    + r")\b",
    re.IGNORECASE,
)
_DATA_CUE_REV_RE = re.compile(
    rf"\s*,?\s*(?:(?:nagned\s+)?iapmas|\.?d\s?\.?s|{_rev('per hingga posisi data')})\b",
    re.IGNORECASE,
)
_NOT_DATE_REV_RE = re.compile(
    r"\n?/|\s*(?:nuhat|\.?ht|/)?\s*\d*\s*\.?(?:"
    + _rev("no nomor nomer uu pp perpres permenaker inpres perda pasal rp")
    + r")\b",
    re.IGNORECASE,
)
# (the weekday pattern is searched in the 12 characters before the date, "\b" at their start
# reading the character before them: the reversed window is one longer, and a match that uses
# that character, a weekday starting one too early, is none)
_WEEKDAY_REV_RE = re.compile(
    r"\s*,?\s*(?:" + _rev("senin selasa rabu kamis jumat jum'at sabtu minggu ahad") + r")\b",
    re.IGNORECASE,
)
_PERSON_AT = re.compile(_PERSON_AFTER.pattern[1:], re.IGNORECASE)  # matched at the date's end


def _folded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` (written in lower case) without IGNORECASE, for lower-cased text: several times
    faster, as the engine skips an alternative at its first letter."""
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


# each pattern as (for the text, for lower-cased text), picked by ``folded``
_CUE = (_CUE_REV_RE, _folded(_CUE_REV_RE))
_NOT_DATE = (_NOT_DATE_REV_RE, _folded(_NOT_DATE_REV_RE))
_PERSON = (_PERSON_AT, _folded(_PERSON_AT))
_DATA_CUE = (_DATA_CUE_REV_RE, _folded(_DATA_CUE_REV_RE))
_WEEKDAY = (_WEEKDAY_REV_RE, _folded(_WEEKDAY_REV_RE))
_ALWAYS_CUED = frozenset({"day_noyear", "quarter", "half", "relative", "month_noyear", "year_end"})

# The slots of DateMention, set in field order by ``_mention``: the object its __init__ makes,
# at half the cost (a frozen dataclass's __init__ sets each field through object.__setattr__)
_SET_START, _SET_END, _SET_LABEL, _SET_PRECISION, _SET_KIND, _SET_CUE, _SET_STATEMENT = (
    getattr(DateMention, f.name).__set__ for f in fields(DateMention)
)


def _mention(
    text: str,
    rtext: str,
    m: re.Match[str],
    kind: str,
    label: str | None,
    precision: str | None,
    folded: bool = False,
) -> DateMention:
    """A date mention; a weekday in front ("Rabu (14/5/2025)") marks a statement date.
    ``rtext`` is ``text`` reversed; ``folded``: ``text`` is lower-cased (see ``find_dates``)."""
    start = m.start()
    weekday = False
    if kind in ("slash", "day"):
        at = len(text) - start
        wm = _WEEKDAY[folded].match(rtext, at, at + 13)
        if wm is not None and wm.end() <= at + 12:
            weekday = True
            start = len(text) - wm.end()
    at = len(text) - start
    cue = kind in _ALWAYS_CUED or _CUE[folded].match(rtext, at, at + 30) is not None
    if weekday:  # "kata dia, Rabu (14/5/2025)" unless "per/hingga Rabu (...)"
        statement = _DATA_CUE[folded].match(rtext, at, at + 30) is None
    else:
        statement = kind in ("slash", "numeric") and not cue
    d = object.__new__(DateMention)
    _SET_START(d, start)
    _SET_END(d, m.end())
    _SET_LABEL(d, label)
    _SET_PRECISION(d, precision)
    _SET_KIND(d, kind)
    _SET_CUE(d, cue)
    _SET_STATEMENT(d, statement)
    return d


def _year_is_not_date(text: str, rtext: str, start: int, end: int, folded: bool = False) -> bool:
    """A four-digit number that is a count, a regulation year or part of an address.
    ``rtext`` is ``text`` reversed; ``folded``: ``text`` is lower-cased (see ``find_dates``)."""
    at = len(text) - start
    if _NOT_DATE[folded].match(rtext, at, at + 30) is not None:
        return True
    if _PERSON[folded].match(text, end, end + 20) is None:
        return False
    return YEAR_CUE_BEFORE.search(text, max(0, start - 14), start) is None
