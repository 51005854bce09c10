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
from dataclasses import dataclass, fields

from extract.datelabels import YEAR_CUE_BEFORE
from extract.textutil import fold, trie_pattern

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


# ``NumberMention(...)`` runs the frozen dataclass's ``__init__``, which sets each field through
# ``object.__setattr__``; ``_mention`` sets the slots by their descriptors instead: the same
# object (the class has no ``__post_init__``), built in half the time.
_SET_START, _SET_END, _SET_VALUE, _SET_KIND, _SET_APPROX, _SET_BOUND, _SET_VALUE_MAX = (
    getattr(NumberMention, f.name).__set__ for f in fields(NumberMention)
)


def _mention(
    start: int,
    end: int,
    value: float,
    kind: str,
    approx: bool,
    bound: str | None,
    vmax: float | None,
) -> NumberMention:
    """``NumberMention(start, end, value, kind, approx, bound, vmax)``, faster."""
    m = object.__new__(NumberMention)
    _SET_START(m, start)
    _SET_END(m, end)
    _SET_VALUE(m, value)
    _SET_KIND(m, kind)
    _SET_APPROX(m, approx)
    _SET_BOUND(m, bound)
    _SET_VALUE_MAX(m, vmax)
    return m


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
# every form the scale group of a digit match takes ("ribu", "ribu."): the scales of money
_MONEY_SCALE_FORMS = frozenset(s + dot for s in _MONEY_SCALES for dot in ("", "."))
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
# evaluating two look-behinds at every position of the text. Its groups, in order: ``num``,
# ``dots`` / ``commas`` (set when the first / second branch of ``_DIGITS`` matched: thousand
# groups, read without testing the number again), ``scale``. Runs of digits and of white space
# are possessive ("*+"): giving some back leaves a digit or a space where "." / "," / a scale
# word must follow, so the matches are the same, found without the backtracking.
_DIGITS_TAIL = (
    r"(?P<dots>\d{0,2}+(?:\.\d{3})+(?:,\d+)?)|(?P<commas>\d{0,2}+(?:,\d{3}){2,})|\d*+(?:[.,]\d+)?"
)
_DIGIT_RE = re.compile(
    rf"(?P<num>\d(?<![\w/.,]\d)(?<![A-Za-z]-\d)(?:{_DIGITS_TAIL}))(?:\s*+(?P<scale>{_SCALE_RE}))?"
)
_ASCII_BYTES = bytes(range(128))
_DIGIT_MARKS = bytes.maketrans(b"123456789", b"000000000")  # every ASCII digit a "0"
_ANY_DIGIT_RE = re.compile(r"\d")
_SCALE_WORDS = ("ribu", "juta", "miliar", "triliun")
_WORD_SCALE_RE = re.compile(r"(?<![\w-])(?:se)?(?:ribu|juta|miliar|triliun)\b")
_WORD_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<word>(?:{_WORD_NUM}))\s*$")
_PERCENT_AFTER = re.compile(r"\s*(?:persen(?:nya)?\b|prosen\b|%)")
_REF_WORDS = (
    *("no", "nomor", "nomer", "nmr", "pasal", "ayat", "uu", "pp", "perpres", "permenaker"),
    *("inpres", "perda", "pergub", "perbup", "perwali", "kepmen", "keppres", "tahun", "thn"),
    *("th", "pukul", "jam", "ke", "tel", "telp", "telepon", "hp", "wa", "rt", "rw", "km"),
    *("jalan", "jl", "kode", "hotline", "call center", "nip", "nik"),
)
_YEAR_MIN, _YEAR_MAX = 1945, 2100
# compiled once (module-level ``re.*`` calls look the pattern up in re's cache on every call)
_WORD_TOKEN_RE = re.compile(r"se(?=puluh|belas|ratus|ribu|juta)|[a-z]+")
_DOT_GROUPS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_COMMA_GROUPS_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_ONE_COMMA_GROUP_RE = re.compile(r"\d{1,3},\d{3}")
_FOUR_DIGITS_RE = re.compile(r"\d{4}")
_NON_DIGIT_RE = re.compile(r"\D")

# What follows a number, read by one match at its end over the next 20 characters (the window
# the classification reads): past the white space, no two alternatives can start with the same
# characters, so at most one can match and ``lastgroup`` names the one that does. ``ref``:
# "/2015", ".5", "10.00 wib"; ``person``: "2000 orang" is a count, not a year; ``range``:
# "37-38 persen" (``range_pct``).
_AFTER_RE = re.compile(
    r"(?P<ref>\.\d|\s*(?:[/:]\s*\d|(?:wib|wita|wit)\b))"
    r"|\s*(?:(?P<money>(?:rupiah|dolar|dollar|usd)\b)"
    r"|(?P<percent>persen(?:nya)?\b|prosen\b|%)"
    r"|(?P<person>(?:orang|pekerja|peserta|tenaga|jiwa|buruh|karyawan|perusahaan|pemberi|badan)\b)"
    r"|(?P<range>(?:-|–|hingga|sampai)\s*\d[\d.,]*\s*(?:ribu|juta)?\s*(?P<range_pct>persen|%)?))"
)


# What precedes a number is read from the reversed text: a pattern "WORDS\s*$" searched in the
# text before the number is the reversed pattern "\s*SDROW" matched once at the number (in
# ``rtext`` at ``len(text) - start``, ``endpos`` cutting the window as the slice did). "\b" reads
# the same two characters either way, and at the window's edge the string's end as the slice's
# start; "$" also matches before a final newline, hence "\n?" where no "\s*" precedes it.
def _rev(words: list[str] | tuple[str, ...]) -> str:
    """A pattern for ``words`` spelled backwards (nested by common prefix: see ``trie_pattern``)."""
    return trie_pattern(w[::-1] for w in words)


_REF_BEFORE_REV = rf"\n?(?:[/:#+]|-[A-Za-z])|\s*+(?::\s*+)?\.?(?:{_rev(_REF_WORDS)})\b"
# ``(?:\brp\.?|\bidr|\busd|\$|us\$)\s*$`` (money) or else
# ``(?:\b(?:REF_WORDS)\.?\s*:?\s*|[/:#+]|[A-Za-z]-)$`` (a reference), in the 30 characters before
# a number (tests/extract/test_extract_number_windows.py checks it against those patterns)
_BEFORE_REV = re.compile(
    rf"(?P<money>\s*+(?:\.?pr\b|rdi\b|dsu\b|\$|\$su))|(?P<ref>{_REF_BEFORE_REV})"
)
_APPROX_WORDS = (
    *("sekitar", "sekira", "kurang lebih", "kira-kira", "lebih kurang", "hampir", "nyaris"),
    *("±", "+/-"),
)
_LOWER_WORDS = (
    *("lebih dari", "lebih", "di atas", "diatas", "minimal", "sedikitnya", "setidaknya"),
    "paling sedikit",
)
_UPPER_WORDS = (
    *("hampir", "nyaris", "kurang dari", "belum mencapai", "belum sampai", "di bawah"),
    *("dibawah", "maksimal", "tidak sampai"),
)
# ``\b(?:WORDS)\s*$`` for each of the three qualifiers, 25 characters: the optional look-aheads
# read all three in one match (a number can be both "upper" and "approx": "hampir").
_QUALIFIERS_REV = re.compile(
    rf"(?:(?=\s*+(?P<upper>{_rev(_UPPER_WORDS)})\b))?"
    rf"(?:(?=\s*+(?P<lower>{_rev(_LOWER_WORDS)})\b))?"
    rf"(?:(?=\s*+(?P<approx>{_rev(_APPROX_WORDS)})\b))?"
)
# "500 orang lebih", "50 persen ke atas": a lower bound after the number, its percent sign and a
# person word (case-insensitive, as it was once matched) skipped, in the 25 characters after it
_LOWER_AFTER = re.compile(
    r"(?:\s*(?:persen(?:nya)?\b|prosen\b|%))?(?:\s*(?i:orang|pekerja|peserta)\b)?"
    r"\s*(?:lebih|lebih banyak|ke atas)\b"
)
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|hingga|sampai(?: dengan)?|s\.?d\.?|sd|ke)\s*$")
_RANGE_SEP = re.compile(r"^" + _RANGE_GAP.pattern)


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
    return _digits_value(
        tok, _DOT_GROUPS_RE.fullmatch(tok) is not None, _COMMA_GROUPS_RE.fullmatch(tok) is not None
    )


def _digits_value(tok: str, dots: bool, commas: bool) -> tuple[float, bool]:
    """``parse_number_token`` once the form is known: ``dots`` for "1.234.567" (or "1.234,5"),
    ``commas`` for "1,234,567"."""
    if dots:
        whole, _, frac = tok.partition(",")
        value = float(whole.replace(".", ""))
        if frac:
            value += float("0." + frac)
        return value, True
    if commas:
        return float(tok.replace(",", "")), True
    if "," in tok:
        return float(tok.replace(",", ".")), False
    return float(tok), False  # a dot before one, two or 4+ digits is a decimal point


def _classify(
    text: str, rtext: str, start: int, end: int, value: float, raw: str, scale: str | None
) -> str:
    """The kind of the number at ``start:end``, read from the 30 characters before it (in the
    reversed text ``rtext``) and the 20 after it."""
    at = len(text) - start
    before = _BEFORE_REV.match(rtext, at, at + 30)
    follows = _AFTER_RE.match(text, end, end + 20)
    after = follows.lastgroup if follows is not None else None
    if (before is not None and before.lastgroup == "money") or after == "money":
        return "money"
    if scale in _MONEY_SCALE_FORMS:
        return "money"
    if after == "percent":
        return "percent"
    if before is not None or after == "ref":  # (not money: a reference)
        return "reference"
    if len(raw) >= 5 and (raw[0] == "0" or len(raw) >= 10):  # (the tests below need these)
        digits = _NON_DIGIT_RE.sub("", raw)
        if (raw.startswith("0") and len(digits) >= 5) or (len(digits) >= 10 and "." not in raw):
            return "reference"
    if (
        scale is None
        and _YEAR_MIN <= value <= _YEAR_MAX
        and _FOUR_DIGITS_RE.fullmatch(raw)
        # "2024 peserta" is a count, but not after a word of time ("hingga akhir 2024 peserta")
        and (after != "person" or YEAR_CUE_BEFORE.search(text, max(0, start - 14), start))
    ):
        return "year"
    if after == "range":
        return "percent" if follows.group("range_pct") else "count"  # type: ignore[union-attr]
    # (no test of a reference after the number here: "/2", ".5", "wib" were tested above, and
    # "-2" is a range)
    return "count"


def _scaled(value: float, groups: bool, scale: str | None) -> float:
    if not scale:
        return value
    key = scale.lower().rstrip(".")
    factor = _SCALES.get(key, 1.0)
    if key in ("ribu", "rb") and groups and value >= 1000:
        return value  # "338.080 ribu": the count is already written in full
    return value * factor


def _raw_mentions(text: str, rtext: str) -> list[tuple[int, int, float, str, str | None, str]]:
    """(start, end, value, raw, scale, kind) for every number, before bounds and ranges."""
    out: list[tuple[int, int, float, str, str | None, str]] = []
    for m in _number_matches(text):
        start, end = m.span()
        if m.re is NUMBER_RE:  # spelled out
            if m.group("word"):
                raw = m.group("word")
                scale = m.group("wscale")
                value = _scaled(_word_value(raw), False, scale)
            else:
                raw = m.group("compact")
                scale = "juta" if raw.lower() == "sejuta" else "ribu"
                value = _SCALES[scale]
        else:
            raw, dots, commas, scale = m.groups()
            if dots is not None or commas is not None:
                base, groups = _digits_value(raw, dots is not None, commas is not None)
            elif "," not in raw:
                base, groups = float(raw), False  # "5825", "41.56"
            elif (
                scale is None
                and _ONE_COMMA_GROUP_RE.fullmatch(raw)
                and not _PERCENT_AFTER.match(text, end)
            ):
                base, groups = float(raw.replace(",", "")), True  # "10,000 orang": English grouping
            else:
                base, groups = float(raw.replace(",", ".")), False  # "35,05"
            value = base if scale is None else _scaled(base, groups, scale)
        kind = _classify(text, rtext, start, end, value, raw, scale)
        out.append((start, end, value, raw, scale, kind))
    return out


def _number_matches(text: str) -> list[re.Match[str]]:
    """Matches of ``NUMBER_RE`` in order, found from digits and scale words only (digits by
    ``_DIGIT_RE``, whose groups differ; spelled-out numbers by ``NUMBER_RE`` itself)."""
    found = _digit_matches(text)
    if not _spelled_scales(text):
        return found
    words = []
    for sm in _word_scales(text):
        at = sm.start()
        # (a match from the scale word itself is "sejuta" or "seribu")
        if text[at] != "s" and not _after_letter(text, at):
            continue
        wm = _WORD_BEFORE_RE.search(text, max(0, at - 30), at)
        start = wm.start() if wm is not None else at
        m = NUMBER_RE.match(text, start)
        if m is not None and not m.group("num"):
            words.append(m)
    if words:
        found += words
        found.sort(key=lambda m: m.start())
    return found


def _digit_matches(text: str) -> list[re.Match[str]]:
    """``list(_DIGIT_RE.finditer(text))``, the digits where a match can start found by
    ``bytes.find`` (several times faster than the regex's scan, which looks up the Unicode
    category of every character): ASCII digits are all there are unless ``_ascii_digits`` fails,
    and ``encode`` / ``translate`` keep one byte per character, so offsets are unchanged."""
    if not _ascii_digits(text):
        return list(_DIGIT_RE.finditer(text))
    marks = text.encode("ascii", "replace").translate(_DIGIT_MARKS)  # a "0" at every digit
    found: list[re.Match[str]] = []
    at = marks.find(b"0")
    while at >= 0:
        m = _DIGIT_RE.match(text, at)
        if m is not None:
            found.append(m)
        at = marks.find(b"0", at + 1 if m is None else m.end())
    return found


def _ascii_digits(text: str) -> bool:
    """Whether every digit of ``text`` is one of 0-9 ("\\d" also matches the digits of other
    scripts): the characters outside ASCII, their UTF-8 bytes kept, are decoded and searched."""
    if text.isascii():
        return True
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return _ANY_DIGIT_RE.search(rest.decode("utf-8", "surrogatepass")) is None


def _spelled_scales(text: str) -> bool:
    """Whether a scale word follows a letter: "dua juta", "sejuta". Only there can a spelled-out
    number end ("5 juta" is read from its digits)."""
    for word in _SCALE_WORDS:
        at = text.find(word)
        while at >= 0:
            if _after_letter(text, at):
                return True
            at = text.find(word, at + 1)
    return False


def _after_letter(text: str, at: int) -> bool:
    """Whether a letter comes before ``at``, white space between, in the 30 characters where
    ``_WORD_BEFORE_RE`` looks for the spelled-out number that ends there."""
    return text[max(0, at - 30) : at].rstrip()[-1:].isalpha()


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


def _qualifiers(text: str, rtext: str, start: int, end: int) -> tuple[bool, str | None]:
    """(approx, bound) of the number at ``start:end`` from the 25 characters either side."""
    at = len(text) - start
    qualified = _QUALIFIERS_REV.match(rtext, at, at + 25)  # (every part optional: it matches)
    upper, lower, approx = qualified.group("upper", "lower", "approx")  # type: ignore[union-attr]
    bound: str | None = None
    if upper is not None:
        bound = "upper"
    elif lower is not None or (
        # (each match of ``_LOWER_AFTER`` holds one of these words: ``find`` rules most out faster)
        (text.find("lebih", end, end + 25) >= 0 or text.find("ke atas", end, end + 25) >= 0)
        and _LOWER_AFTER.match(text, end, end + 25)
    ):
        bound = "lower"
    return approx is not None, bound


def find_numbers(text: str, kinds: tuple[str, ...] | None = None) -> list[NumberMention]:
    """All numeric mentions of ``text`` in order, ranges merged into one mention; with ``kinds``,
    only the mentions of those kinds (the same ones: a range joins two mentions of one kind, so
    leaving out the others, unqualified, changes none of them)."""
    text = fold(text)  # every pattern here is lower-case; offsets are unchanged
    rtext = text[::-1]  # for the patterns that read what precedes a number
    raws = _raw_mentions(text, rtext)
    out: list[NumberMention] = []
    i = 0
    while i < len(raws):
        start, end, value, _raw, scale, kind = raws[i]
        if kinds is not None and kind not in kinds:
            i += 1
            continue
        value_max: float | None = None
        if i + 1 < len(raws) and kind in ("count", "percent") and raws[i + 1][5] == kind:
            n_start, n_end, n_value, _n_raw, n_scale, _n_kind = raws[i + 1]
            if kind == "percent":
                joined = _RANGE_SEP.match(_PERCENT_AFTER.sub("", text[end:n_start], count=1))
            else:  # (``$`` at ``endpos``: the end of the gap as it is of the slice)
                joined = _RANGE_GAP.match(text, end, n_start)
            if joined:
                if scale is None and n_scale is not None:
                    value = _scaled(value, False, n_scale)
                if n_value >= value:
                    value_max = n_value
                    end = n_end
                    i += 1
        approx, bound = _qualifiers(text, rtext, start, end)
        if kind == "percent":
            pm = _PERCENT_AFTER.match(text, end)
            if pm:
                end = pm.end()
        out.append(_mention(start, end, value, kind, approx, bound, value_max))
        i += 1
    return out
