"""Numbers as Indonesian news writes them.

``find_numbers(text)`` returns every numeric mention with its value and a kind:
``count`` and ``percent`` are candidate figures; ``money``, ``year``, ``reference`` (regulation
numbers, dates written with slashes, times, phone numbers) never are. Rules:

* ``49.397`` / ``1.234.567``: dots group thousands; ``41.56`` (a dot before exactly two digits)
  and ``35,05`` are decimals.
* scale words ``ribu``/``juta``/``miliar``/``triliun`` multiply, except that ``338.080 ribu`` (a
  count already written in full with thousand groups) keeps its written value.
* spelled numbers (``satu juta``, ``empat ribu``, ``sejuta``) are read when a scale word follows.
* ``sekitar``/``sekira`` mark an approximation; ``lebih dari``/``di atas``/``... lebih`` a lower
  bound; ``hampir``/``kurang dari``/``belum mencapai`` an upper bound; ``500 ribu hingga 600 ribu``
  and ``37-38 persen`` are ranges (value = lower end, ``value_max`` = upper end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.textutil import Gated, fold

__all__ = ["NumberMention", "find_numbers", "parse_number_token"]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in the text; ``start``/``end`` span the digits or words (scale word included)."""

    start: int
    end: int
    value: float
    kind: str  # "count" | "percent" | "money" | "year" | "reference"
    approx: bool = False
    bound: str | None = None  # "lower" | "upper"
    value_max: float | None = None


_SCALES = {
    "ribu": 1e3,
    "rb": 1e3,
    "juta": 1e6,
    "jt": 1e6,
    "miliar": 1e9,
    "milyar": 1e9,
    "triliun": 1e12,
}
_MONEY_SCALES = {"miliar", "milyar", "triliun"}
_UNITS = {
    "satu": 1,
    "se": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
_WORD_NUM = (
    r"(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
    r"(?:\s*(?:puluh|belas|ratus))?(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?"
    r"|sepuluh|sebelas|seratus|setengah"
)
_DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+(?:[.,]\d+)?"
_SCALE_RE = r"(?:ribu|rb|juta|jt|miliar|milyar|triliun)\b\.?"
NUMBER_RE = re.compile(
    rf"(?<![\w/.,])(?<![A-Za-z]-)(?P<num>{_DIGITS})(?:\s*(?P<scale>{_SCALE_RE}))?"
    rf"|(?<![\w-])(?P<word>(?:{_WORD_NUM}))\s*(?P<wscale>ribu|juta|miliar|triliun)\b"
    r"|(?<![\w-])(?P<compact>sejuta|seribu)\b"
)
# the same grammar split so that each scan starts on something cheap to find: digits, or a
# scale word whose spelled-out number is then looked for just before it. ``_DIGIT_RE`` is the
# digit branch of NUMBER_RE with its first digit taken out of ``_DIGITS`` and put in front, the
# look-behinds widened by that digit: the same matches, but the scan starts on a digit instead of
# evaluating two look-behinds at every position of the text.
_DIGITS_TAIL = r"\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d{0,2}(?:,\d{3}){2,}|\d*(?:[.,]\d+)?"
_DIGIT_RE = re.compile(
    rf"(?P<num>\d(?<![\w/.,]\d)(?<![A-Za-z]-\d)(?:{_DIGITS_TAIL}))(?:\s*(?P<scale>{_SCALE_RE}))?"
)
_SCALE_WORDS = ("ribu", "juta", "miliar", "triliun")
_WORD_SCALE_RE = re.compile(r"(?<![\w-])(?:se)?(?:ribu|juta|miliar|triliun)\b")
_WORD_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<word>(?:{_WORD_NUM}))\s*$")
_PERCENT_AFTER = re.compile(r"\s*(?:persen(?:nya)?\b|prosen\b|%)")
_MONEY_BEFORE = Gated(r"(?:\brp\.?|\bidr|\busd|\$|us\$)\s*$", ("rp", "idr", "usd", "$"))
_MONEY_AFTER = re.compile(r"^\s*(?:rupiah|dolar|dollar|usd)\b")
_REF_BEFORE = re.compile(
    r"(?:\b(?:no|nomor|nomer|nmr|pasal|ayat|uu|pp|perpres|permenaker|inpres|perda|pergub|"
    r"perbup|perwali|kepmen|keppres|tahun|thn|th|pukul|jam|ke|tel|telp|telepon|hp|wa|"
    r"rt|rw|km|jalan|jl|kode|hotline|call center|nip|nik)\.?\s*:?\s*|[/:#+]|[A-Za-z]-)$"
)
_REF_AFTER = re.compile(r"^(?:\s*[/:]\s*\d|\.\d|\s*(?:wib|wita|wit)\b|-\d)")
_APPROX_BEFORE = Gated(
    r"\b(?:sekitar|sekira|kurang lebih|kira-kira|lebih kurang|hampir|nyaris|±|\+/-)\s*$",
    ("sekitar", "sekira", "kurang", "kira-kira", "hampir", "nyaris", "±", "+/-"),
)
_LOWER_BEFORE = Gated(
    r"\b(?:lebih dari|lebih|di atas|diatas|minimal|sedikitnya|"
    r"setidaknya|paling sedikit)\s*$",
    ("lebih", "atas", "minimal", "sedikit", "setidaknya"),
)
_UPPER_BEFORE = Gated(
    r"\b(?:hampir|nyaris|kurang dari|belum mencapai|belum sampai|"
    r"di bawah|dibawah|maksimal|tidak sampai)\s*$",
    ("hampir", "nyaris", "kurang", "belum", "bawah", "maksimal", "sampai"),
)
_LOWER_AFTER = re.compile(r"^\s*(?:lebih|lebih banyak|ke atas)\b")
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|hingga|sampai(?: dengan)?|s\.?d\.?|sd|ke)\s*$")
_RANGE_AHEAD = re.compile(r"\s*(?:-|–|hingga|sampai)\s*\d[\d.,]*\s*(?:ribu|juta)?\s*(persen|%)?")
_YEAR_MIN, _YEAR_MAX = 1945, 2100
# compiled once (module-level ``re.*`` calls look the pattern up in re's cache on every call)
_WORD_TOKEN_RE = re.compile(r"se(?=puluh|belas|ratus|ribu|juta)|[a-z]+")
_DOT_GROUPS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_COMMA_GROUPS_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_ONE_COMMA_GROUP_RE = re.compile(r"\d{1,3},\d{3}")
_FOUR_DIGITS_RE = re.compile(r"\d{4}")
_NON_DIGIT_RE = re.compile(r"\D")
_REF_AFTER_NEAR = re.compile(r"\s*[/:]\s*\d|\.\d|\s*(?:wib|wita|wit)\b")
_PERSON_WORD_RE = re.compile(r"^\s*(?:orang|pekerja|peserta)\b", re.IGNORECASE)
_PERSON_AFTER = re.compile(
    r"^\s*(?:orang|pekerja|peserta|tenaga|jiwa|buruh|karyawan|perusahaan|pemberi|badan)\b"
)


def _word_value(word: str) -> float:
    """Value of a spelled number such as ``tiga``, ``dua puluh lima`` or ``seratus``."""
    tokens = _WORD_TOKEN_RE.findall(word.lower())
    total = 0.0
    current = 0.0
    for tok in tokens:
        if tok in ("sepuluh",):
            current += 10
        elif tok == "sebelas":
            current += 11
        elif tok == "seratus":
            current += 100
        elif tok == "setengah":
            current += 0.5
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok == "puluh":
            current = (current or 1) * 10
        elif tok == "belas":
            current = (current or 1) + 10
        elif tok == "ratus":
            current = (current or 1) * 100
    total += current
    return total


def parse_number_token(token: str) -> tuple[float, bool]:
    """Parse digits as written in Indonesian news; returns (value, has_thousand_groups)."""
    tok = token.strip()
    if _DOT_GROUPS_RE.fullmatch(tok):
        whole, _, frac = tok.partition(",")
        value = float(whole.replace(".", ""))
        if frac:
            value += float("0." + frac)
        return value, True
    if _COMMA_GROUPS_RE.fullmatch(tok):
        return float(tok.replace(",", "")), True
    if "," in tok:
        return float(tok.replace(",", ".")), False
    if "." in tok:  # a dot before one, two or 4+ digits is a decimal point
        return float(tok), False
    return float(tok), False


def _classify(text: str, start: int, end: int, value: float, raw: str, scale: str | None) -> str:
    before = text[max(0, start - 30) : start]
    after = text[end : end + 20]
    # (``match``: the pattern starts with "^", so a search can only match where this does)
    if _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after):
        return "money"
    if scale and scale.lower().rstrip(".") in _MONEY_SCALES:
        return "money"
    if _PERCENT_AFTER.match(after):
        return "percent"
    if _reference_before(before) or _REF_AFTER_NEAR.match(after):
        return "reference"
    digits = _NON_DIGIT_RE.sub("", raw)
    if (raw.startswith("0") and len(digits) >= 5) or (len(digits) >= 10 and "." not in raw):
        return "reference"
    if (
        scale is None
        and _FOUR_DIGITS_RE.fullmatch(raw)
        and _YEAR_MIN <= value <= _YEAR_MAX
        and not _PERSON_AFTER.match(after)
    ):
        return "year"
    ahead = _RANGE_AHEAD.match(after)
    if ahead:
        return "percent" if ahead.group(1) else "count"
    if _REF_AFTER.match(after):
        return "reference"
    return "count"


_REF_LONGEST = 11  # the longest word of _REF_BEFORE ("call center"); its other forms are shorter


def _reference_before(before: str) -> bool:
    """``_REF_BEFORE.search(before)`` started late: a match is a word, "/", ":", "#", "+" or a
    letter and "-" (at most ``_REF_LONGEST`` characters), then only dots, colons and white space
    to the end, so it starts at most that far before the trailing run of those characters (the
    characters before the start stay visible to "\\b")."""
    tail, last = before, ""
    while tail != last:
        last, tail = tail, tail.rstrip().rstrip(".:")
    return _REF_BEFORE.search(before, max(0, len(tail) - _REF_LONGEST)) is not None


def _scaled(value: float, groups: bool, scale: str | None) -> float:
    if not scale:
        return value
    key = scale.lower().rstrip(".")
    factor = _SCALES.get(key, 1.0)
    if key in ("ribu", "rb") and groups and value >= 1000:
        return value  # "338.080 ribu": the count is already written in full
    return value * factor


def _raw_mentions(text: str) -> list[tuple[int, int, float, str, str | None, str]]:
    """(start, end, value, raw, scale, kind) for every number, before bounds and ranges."""
    out: list[tuple[int, int, float, str, str | None, str]] = []
    for m in _number_matches(text):
        if m.group("num"):
            raw = m.group("num")
            scale = m.group("scale")
            base, groups = parse_number_token(raw)
            if (
                scale is None
                and _ONE_COMMA_GROUP_RE.fullmatch(raw)
                and not _PERCENT_AFTER.match(text, m.end())
            ):
                base, groups = float(raw.replace(",", "")), True  # "10,000 orang": English grouping
            value = _scaled(base, groups, scale)
        elif m.group("word"):
            raw = m.group("word")
            scale = m.group("wscale")
            value = _scaled(_word_value(raw), False, scale)
        else:
            raw = m.group("compact")
            scale = "juta" if raw.lower() == "sejuta" else "ribu"
            value = _SCALES[scale]
        kind = _classify(text, m.start(), m.end(), value, raw, scale)
        out.append((m.start(), m.end(), value, raw, scale, kind))
    return out


def _number_matches(text: str) -> list[re.Match[str]]:
    """Matches of ``NUMBER_RE`` in order, found from digits and scale words only."""
    found = list(_DIGIT_RE.finditer(text))
    if any(w in text for w in _SCALE_WORDS):
        for sm in _word_scales(text):
            wm = _WORD_BEFORE_RE.search(text, max(0, sm.start() - 30), sm.start())
            start = wm.start() if wm is not None else sm.start()
            m = NUMBER_RE.match(text, start)
            if m is not None and not m.group("num"):
                found.append(m)
        found.sort(key=lambda m: m.start())
    return found


def _word_scales(text: str) -> list[re.Match[str]]:
    """``_WORD_SCALE_RE.finditer(text)``, tried only where a match can start: at a scale word or
    at the "se" just before one (the same matches, leftmost first, without overlaps)."""
    starts: set[int] = set()
    for word in _SCALE_WORDS:
        at = text.find(word)
        while at >= 0:
            starts.update((at, at - 2) if at >= 2 else (at,))
            at = text.find(word, at + 1)
    out: list[re.Match[str]] = []
    last_end = 0
    for at in sorted(starts):
        m = _WORD_SCALE_RE.match(text, at) if at >= last_end else None
        if m is not None:
            out.append(m)
            last_end = m.end()
    return out


def _qualifiers(text: str, start: int, end: int) -> tuple[bool, str | None]:
    before = text[max(0, start - 25) : start]
    after = text[end : end + 25]
    if _PERCENT_AFTER.match(after):
        after = after[_PERCENT_AFTER.match(after).end() :]  # type: ignore[union-attr]
    person = _PERSON_WORD_RE.match(after)  # (anchored by "^": the only match ``sub`` can remove)
    if person is not None:
        after = after[person.end() :]
    bound: str | None = None
    if _UPPER_BEFORE.search(before):
        bound = "upper"
    elif _LOWER_BEFORE.search(before) or _LOWER_AFTER.match(after):
        bound = "lower"
    approx = bool(_APPROX_BEFORE.search(before))
    return approx, bound


def find_numbers(text: str, kinds: tuple[str, ...] | None = None) -> list[NumberMention]:
    """All numeric mentions of ``text`` in order, ranges merged into one mention; with ``kinds``,
    only the mentions of those kinds (the same ones: a range joins two mentions of one kind, so
    leaving out the others, unqualified, changes none of them)."""
    text = fold(text)  # every pattern here is lower-case; offsets are unchanged
    raws = _raw_mentions(text)
    out: list[NumberMention] = []
    i = 0
    while i < len(raws):
        start, end, value, _raw, scale, kind = raws[i]
        if kinds is not None and kind not in kinds:
            i += 1
            continue
        value_max: float | None = None
        if i + 1 < len(raws) and kind in ("count", "percent"):
            n_start, n_end, n_value, _n_raw, n_scale, n_kind = raws[i + 1]
            gap = text[end:n_start]
            if kind == "percent":
                gap = _PERCENT_AFTER.sub("", gap, count=1)
            if n_kind == kind and _RANGE_SEP.match(gap):
                if scale is None and n_scale is not None:
                    value = _scaled(value, False, n_scale)
                if n_value >= value:
                    value_max = n_value
                    end = n_end
                    i += 1
        approx, bound = _qualifiers(text, start, end)
        if kind == "percent":
            pm = _PERCENT_AFTER.match(text, end)
            if pm:
                end = pm.end()
        out.append(NumberMention(start, end, value, kind, approx, bound, value_max))
        i += 1
    return out
