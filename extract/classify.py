"""Metric and segment of one number, from the words of its clause.

A number's *clause* is the text between the previous and the next candidate number of its
sentence, cut at clause punctuation. The nearest cue wins between labour force and active
participants; unregistered/inactive/new cues override; a list item with no cue of its own
inherits the metric of the item before it ("Kabupaten Pati sebanyak 33.119 orang").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extract import vocab
from extract.numbers import NumberMention
from extract.textutil import Gated, fold, has_case_twins

__all__ = ["Clause", "Decision", "classify_count", "classify_percent", "find_segment"]

_RIGHT_WORDS = r"dan|serta|sedangkan|sementara|kemudian|lalu|atau|tetapi|namun|disusul|diikuti"
_RIGHT_CUT = re.compile(rf"[;:\"“”]|,\s|\s[-–—]\s|\s(?:{_RIGHT_WORDS})\s", re.IGNORECASE)
# The cut patterns written to start with one character class (the alternatives above start with
# different characters, so at most one of them matches at a position, with the same span): the
# engine jumps to positions holding one of those characters instead of trying every position.
_CLAUSE_CUT = re.compile(r"[;:\"“”,\s](?:(?<=[;:\"“”])|(?<=,)\s|(?<=\s)[-–—]\s)")
_RIGHT_CUT_LC = re.compile(
    rf"[;:\"“”,\s](?:(?<=[;:\"“”])|(?<=,)\s|(?<=\s)(?:[-–—]|{_RIGHT_WORDS})\s)"
)
_ATAU_LINK = re.compile(
    r"^\s*(?:orang|pekerja|peserta|tenaga\s+kerja)?\s*(?:yang\s+\w+\s+)?atau(?:\s+(?:sudah|sekitar|"
    r"sebesar|setara|baru|hanya|masih|sebanyak|mencapai|dengan))*\s*$",
    re.IGNORECASE,
)


_BINDS = re.compile(
    r"^\s*(?:persen|%)?\s*(?:orang|jiwa)?\s*(?:pekerja|peserta|tenaga(?:\s+kerja)?|TK)?\s*"
    r"(?:aktif\s+|baru\s+)?(?:di\s*antaranya\s+|lainnya\s+)?(?:yang\s+)?(?:merupakan|adalah|dari|di|pada|untuk|dengan|sebagai|lainnya)?\s*"
    r"(?:sektor|segmen|kategori|kelompok|program)?\s*(?:pekerja|peserta|tenaga(?:\s+kerja)?)?\s*$",
    re.IGNORECASE,
)
_NAME_LIST = re.compile(  # ", Kabupaten Jayapura, Keerom dan Sarmi": a list of names, one clause
    r"\s*(?:Provinsi\s+|Kabupaten\s+|Kota\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*(?:,|dan\b)"
)
# The cuts of _CLAUSE_CUT not followed by a list of names (where _NAME_LIST does not match): a
# cut rejected at one position leaves no other inside it (the letters after "," or " " of a cut
# would be a dash, where no list of names starts), so the matches are those of _CLAUSE_CUT kept.
_KEPT_CUT = re.compile(f"{_CLAUSE_CUT.pattern}(?!{_NAME_LIST.pattern})")
_APPOSITION = re.compile(
    r"(?:Provinsi\s+|Kabupaten\s+|Kota\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
    r"(?:\s*\([^)]{1,20}\))?\s*,"
)
# After "dan"/"atau"/"serta" right behind a number's noun: a second noun for the same people
# ("pengemudi ojek online dan nelayan", "pemberi kerja atau badan usaha"), read past
_JOINS = frozenset({"dan", "atau", "serta"})
_JOINED_NOUN = re.compile(
    r"(?:para\s+)?(?:badan\s+usaha|perusahaan|pemberi\s+kerja|pelaku\s+usaha|"
    r"pekerja|tenaga\s+kerja|buruh|karyawan|nelayan|petani|pekebun|peternak|pedagang|pengemudi|"
    r"sopir|ojek|ojol|tukang|guru|kader|marbot|imam|perangkat\s+desa)\b",
    re.IGNORECASE,
)
_SHORT_HEAD = re.compile(r"\s*(?:\S+\s+){0,3}\S+\s*$")  # the noun after the number, 1 to 4 words
_NOW_RELATIVE = re.compile(
    r"\byang\s+(?:saat\s+ini|kini|sekarang|hingga\s+(?:kini|saat\s+ini)|sampai\s+saat\s+ini)\b",
    re.IGNORECASE,
)
# Gated: every match holds one of the words given (the pattern is skipped on text without them)
_GROWTH_COUNT = Gated(  # "angka itu naik 5.300": a change, not a level
    r"\b(?:naik|turun|meningkat|menurun|berkurang|melonjak|bertambah)\s+(?:sebanyak\s+|sekitar\s+|"
    r"hingga\s+|sebesar\s+)?$",
    ("naik", "turun", "meningkat", "menurun", "berkurang", "melonjak", "bertambah"),
    re.IGNORECASE,
)
_AS_MEMBER = Gated(
    r"\b(?:sebagai|kategori|segmen)\b(?!.*\b(?:terdiri|meliputi|yakni|yaitu|antara\s+lain)\b)",
    ("sebagai", "kategori", "segmen"),
    re.IGNORECASE,
)
_BOTH_STATES = Gated(
    r"\baktif\s*(?:,|dan|maupun|serta|\+|/)\s*(?:yang\s+)?(?:non\s*-?\s*aktif|tidak\s+aktif)",
    ("aktif",),
    re.IGNORECASE,
)
_TOTAL_WORD = Gated(
    r"\b(?:total|totalnya|keseluruhan|seluruhnya)\b", ("total", "seluruh"), re.IGNORECASE
)
_ATTENDED = Gated(
    r"\b(?:diikuti|dihadiri|diramaikan)\s+(?:oleh\s+)?(?:sekitar\s+|sebanyak\s+|lebih\s+dari\s+)?$",
    ("diikuti", "dihadiri", "diramaikan"),
    re.IGNORECASE,
)
_DENOMINATOR_BEFORE = Gated(
    r"(?<!terdiri\s)(?<!berasal\s)(?<!terbagi\s)\bdari\s+(?:sekitar\s+|sebanyak\s+)?$",
    ("dari",),
    re.IGNORECASE,
)
_TOTAL_BEFORE = Gated(r"\btotal\s+(?:sebanyak\s+|sekitar\s+)?$", ("total",), re.IGNORECASE)
_WORKERS_AFTER = re.compile(
    r"\s*(?:orang\s+)?(?:pekerja|tenaga\s+kerja|angkatan\s+kerja)(?!\s+yang\s+(?:ter|sudah|telah))",
    re.IGNORECASE,
)
# "jumlah pekerja (informal) (di X) mencapai": how many workers there are, where no word of
# membership follows
_WORKER_COUNT = Gated(
    r"\b(?:jumlah|populasi|banyaknya)\s+(?:tenaga\s+kerja|pekerja|buruh)\b",
    ("jumlah", "populasi", "banyaknya"),
    re.IGNORECASE,
)
_MEMBERS_AFTER = re.compile(r"\s*(?:orang\s+)?(?:peserta|anggota)\b", re.IGNORECASE)
_BOTH_ORDERS = re.compile(r"terdaftar\s+aktif|aktif\s+terdaftar", re.IGNORECASE)
_DENOMINATOR = Gated(r"\bdari\s+(?:total|jumlah|sekitar)\b", ("dari",), re.IGNORECASE)


@dataclass(slots=True)  # (not frozen: a frozen one costs four times as much to make)
class Clause:
    """The words around a number: ``left``/``right`` up to the neighbouring numbers,
    ``left_clause``/``right_clause`` cut further at clause punctuation."""

    left: str
    right: str
    left_clause: str
    right_clause: str
    left_clause_start: int
    sentence: str
    right_ext: str = ""  # of a percentage: its clause after it, past any further numbers
    joined: str = ""  # both clauses lower-cased, "\x00" between: one regex search covers both
    segments: bool = True  # False: the sentence names no segment (``vocab.segments_possible``)


@dataclass(frozen=True, slots=True)
class Decision:
    """A metric decided for a number; ``strength`` 2 = own cue, 1 = inherited or weak cue."""

    metric: str
    strength: int
    via_atau: bool = False


def make_clause(
    text: str,
    num: NumberMention,
    left_bound: int,
    right_bound: int,
    sentence: str,
    segments: bool = True,
) -> Clause:
    left = text[left_bound : num.start]
    right = text[num.end : right_bound]
    # (the cuts not followed by a list of names, found by one pattern: see _KEPT_CUT)
    cuts = [c.end() for c in _KEPT_CUT.finditer(left)]
    cut = cuts[-1] if cuts else 0
    if cuts and len(left[cut:].split()) <= 2:  # "..., yakni 750.498": the clause before counts
        cut = cuts[-2] if len(cuts) > 1 else 0
    left_clause = left[cut:]
    low = _lower_sliceable(text[left_bound:right_bound])
    if low is None:  # (CASE_TWINS or a capital sigma: each part lower-cased on its own)
        right_clause = _cut_right(right)
        joined = _join(left_clause, right_clause)
    else:
        # lower-cased once: its slices are the lower case of the slices of the text
        right_clause = _cut_right_in(right, low[num.end - left_bound :])
        right_low = low[num.end - left_bound : num.end - left_bound + len(right_clause)]
        joined = f"{low[cut : num.start - left_bound]}\x00{right_low}"
    # (only a percentage's denominator is looked for there: "35 persen dari 140.940 pekerja")
    right_ext = _cut_right(text[num.end : num.end + 80]) if num.kind == "percent" else ""
    start = left_bound + cut
    return Clause(
        left, right, left_clause, right_clause, start, sentence, right_ext, joined, segments
    )


def _lower_sliceable(text: str) -> str | None:
    """``text.lower()`` when every slice of it is the lower case of that slice of ``text``
    (and so, ``fold`` of it), else None: lower-casing maps each letter on its own to one letter
    but for "İ" (one of the CASE_TWINS, whose lower case is longer) and the capital sigma
    (whose lower case depends on the letters around it)."""
    if text.isascii() or not (has_case_twins(text) or "\u03a3" in text):
        return text.lower()
    return None


def _join(left_clause: str, right_clause: str) -> str:
    return f"{fold(left_clause)}\x00{fold(right_clause)}"


def _joined(clause: Clause) -> Clause:
    return replace(clause, joined=_join(clause.left_clause, clause.right_clause))


def _cut_right(text: str) -> str:
    """``text`` up to the first clause boundary, reading past an appositive place name
    (", Provinsi Sulawesi Tenggara,")."""
    return _cut_right_in(text, None if has_case_twins(text) else text.lower())


def _cut_right_in(text: str, low: str | None) -> str:
    """``_cut_right(text)``, given ``text.lower()`` when ``text`` holds no CASE_TWINS (else
    None)."""
    # the pattern's letters are lower case: on text without CASE_TWINS, searched without
    # IGNORECASE in the lower-cased text (same offsets), it finds the same boundaries, faster
    rx, subject = (_RIGHT_CUT, text) if low is None else (_RIGHT_CUT_LC, low)
    pos = 0
    while True:
        m = rx.search(subject, pos)
        if m is None:
            return text
        if m.group(0).startswith(","):
            past = _APPOSITION.match(text, m.end())  # a place name in commas
        elif m.group(0).strip().lower() in _JOINS and _SHORT_HEAD.match(text, 0, m.start()):
            # "1.025 pemberi kerja atau badan usaha ... terdaftar": one noun phrase, two names
            past = _JOINED_NOUN.match(text, m.end())
        else:
            past = None
        if past is None:
            return text[: m.start()]
        pos = past.end()


def _nearest(rx: vocab.Matcher, clause: Clause) -> int | None:
    """Distance in characters from the number to the nearest match in its clause."""
    if "\u0130" in clause.joined:  # (a lower case longer than the letter: the clause as is)
        return _nearest_apart(rx, clause)
    # One scan of both clauses, already lower-cased: no match spans the "\x00" between them
    # (the patterns read no "\x00"), and one next to it sees what it sees at the end (or
    # start) of its own clause: no word letter, no white space, no letter of a look-behind.
    # Matches on the left end further right one after the other: the last is the nearest.
    split = len(clause.left_clause)
    best: int | None = None
    for m in rx.finditer_folded(clause.joined):
        if m.start() > split:  # the first match in the right clause
            d = m.start() - split - 1
            return d if best is None else min(best, d)
        best = split - m.end()
    return best


def _nearest_apart(rx: vocab.Matcher, clause: Clause) -> int | None:
    """``_nearest``, each clause searched on its own."""
    best: int | None = None
    for m in rx.finditer(clause.left_clause):
        d = len(clause.left_clause) - m.end()
        best = d if best is None else min(best, d)
    m2 = rx.search(clause.right_clause)
    if m2 is not None:
        best = m2.start() if best is None else min(best, m2.start())
    return best


def _has(rx: vocab.Matcher, clause: Clause) -> bool:
    return rx.has_folded(clause.joined)


def classify_count(
    clause: Clause, unit: str | None, prev_metric: str | None, prev_percent_coverage: bool
) -> Decision | None:
    """Metric of a count, or None when the count is no participation figure."""
    if unit == "other" or _GROWTH_COUNT.search(clause.left_clause):
        return None
    if _ATTENDED.search(clause.left_clause):
        return None  # "diikuti 120 peserta": people at an event
    cut = _DENOMINATOR.search(clause.right_clause)
    if cut:
        clause = _joined(replace(clause, right_clause=clause.right_clause[: cut.start()]))
    if unit != "employers" and _has(vocab.UNREGISTERED, clause):
        return Decision("unregistered", 2)
    if _excluded(clause):
        return None
    if prev_percent_coverage and _ATAU_LINK.match(clause.left):
        return Decision("active_participants", 2, via_atau=True)
    if _BOTH_STATES.search(clause.left_clause + " " + clause.right_clause):
        return Decision("registered_participants", 2)  # "baik aktif maupun nonaktif"
    if _has(vocab.INACTIVE, clause):
        # ("3.120 perusahaan yang menunggak iuran": employers in arrears are no figure)
        return None if unit == "employers" else Decision("inactive_participants", 2)
    if _has(vocab.NEW, clause):
        return None if unit == "employers" else Decision("new_participants", 2)
    if unit == "employers":
        if _has(vocab.EMPLOYER_NOT, clause):
            return None
        if _has(vocab.EMPLOYER_CUE, clause) or prev_metric == "employers":
            return Decision("employers", 2)
        return None
    return _stock_metric(clause, unit, prev_metric)


def _excluded(clause: Clause) -> bool:
    """Whether the clause says the number is no figure (a target, a claim, an event, ...); in
    "akan menambah jumlah peserta yang saat ini sebanyak 23.460 orang" only the words after
    "yang saat ini" speak of the number."""
    low = clause.joined  # (lower-cased: every match holds "yang" and "ini" or "sekarang")
    if has_case_twins(low) or ("yang" in low and ("ini" in low or "sekarang" in low)):
        ends = [m.end() for m in _NOW_RELATIVE.finditer(clause.left_clause)]
        if ends:
            clause = _joined(replace(clause, left_clause=clause.left_clause[ends[-1] :]))
    return _has(vocab.EXCLUDE_ANY, clause)


def _stock_metric(clause: Clause, unit: str | None, prev_metric: str | None) -> Decision | None:
    if _total_of_members(clause):
        return Decision("registered_participants", 2)
    if _DENOMINATOR_BEFORE.search(clause.left_clause) and _WORKERS_AFTER.match(clause.right):
        return Decision("labor_force", 2)  # "Dari 230 ribu pekerja di Kota X, baru ..."
    labor = _nearest(vocab.LABOR, clause)
    if labor is not None and _MEMBERS_AFTER.match(clause.right):
        labor = None  # "dari total 12.400 peserta": members, not the workforce
    active = _nearest(vocab.ACTIVE_STRONG, clause)
    if labor is not None and (active is None or labor <= active):
        return Decision("labor_force", 2)
    if _registered(clause):
        return Decision("registered_participants", 2)
    if active is not None:
        return Decision("active_participants", 2)
    if _has(vocab.LABOR_GROUP, clause):
        return Decision("labor_force", 2)
    if prev_metric is not None and prev_metric != "employers":
        if _TOTAL_WORD.search(clause.left_clause) and prev_metric != "labor_force":
            return Decision("active_participants", 1)  # "..., total 1.100 orang": the sum
        return Decision(prev_metric, 1)
    weak = _has(vocab.ACTIVE_WEAK, clause)
    if not weak and _WORKER_COUNT.search(clause.left_clause):
        return Decision("labor_force", 1)  # "jumlah pekerja informal di Sulteng 812.000 orang"
    segment = (
        find_segment_in(clause.left_clause + " " + clause.right_clause) if clause.segments else []
    )
    if segment or (weak and unit == "persons"):
        return Decision("active_participants", 1)
    return None


def _total_of_members(clause: Clause) -> bool:
    """ "Dari total 12.400 peserta ..., 3.100 di antaranya tidak aktif": a registered total."""
    if not (_TOTAL_BEFORE.search(clause.left_clause) and _MEMBERS_AFTER.match(clause.right)):
        return False
    rest = clause.sentence.replace(clause.left_clause, " ", 1)
    return bool(vocab.INACTIVE.search(rest))


def _registered(clause: Clause) -> bool:
    """A registered total contrasted, in the same sentence, with the active ones."""
    # (neither clause can match without the trigger, looked for in both at once: in text
    # without "İ", the lower case of each clause is its part of ``joined``)
    if "\u0130" not in clause.joined and not vocab.REGISTERED.could_match(clause.joined):
        return False
    m = vocab.REGISTERED.search(clause.left_clause) or vocab.REGISTERED.search(clause.right_clause)
    both = clause.left_clause + clause.right_clause
    if m is None or _BOTH_ORDERS.search(both):
        return False
    rest = clause.sentence
    for part in (clause.left_clause, clause.right_clause):
        if part.strip():
            rest = rest.replace(part, " ")
    return bool(vocab.REGISTERED_CONTRAST.search(rest))


def classify_percent(
    clause: Clause,
    prev_count_metric: str | None,
    prev_percent_metric: str | None,
    context: str = "",
) -> Decision | None:
    """``coverage_pct`` for a covered share of workers, None for any other percentage."""
    if _excluded(clause):
        return None
    for rx in (vocab.EXCLUDE_PERCENT, vocab.UNREGISTERED, vocab.INACTIVE):
        if _has(rx, clause):
            return None
    if vocab.SHARE_AFTER.match(clause.right_clause) or _is_growth(clause.left_clause):
        return None  # a share of the members, or a growth rate
    if _share_of_members(clause, prev_count_metric):
        return None
    linked = prev_count_metric in ("active_participants", "labor_force")
    if linked and _ATAU_LINK.match(clause.left):
        return Decision("coverage_pct", 2, via_atau=True)
    if _has(vocab.COVERAGE, clause) or vocab.COVERAGE_DENOMINATOR.match(clause.right_ext):
        return Decision("coverage_pct", 2)
    if prev_percent_metric == "coverage_pct":
        return Decision("coverage_pct", 1)
    if vocab.COVERAGE_TOPIC.search(clause.sentence) or vocab.COVERAGE_TOPIC.search(context):
        return Decision("coverage_pct", 1)
    return None


_MEMBER_COUNTS = frozenset({"active_participants", "registered_participants", "new_participants"})


def _share_of_members(clause: Clause, prev_count_metric: str | None) -> bool:
    """A percentage of the participants, not of the workers: "35 persen peserta aktif merupakan
    pekerja perempuan", "48.000 peserta aktif, 70 persen di antaranya pekerja formal"."""
    if vocab.MEMBERS_AFTER.match(clause.right_clause):
        return not vocab.WORKFORCE_DENOMINATOR.search(clause.right_ext or clause.right_clause)
    if prev_count_metric not in _MEMBER_COUNTS:
        return False  # "dari 60.000 pekerja, 35 persen di antaranya terdaftar": coverage
    near = clause.left_clause[-40:] + " " + clause.right_clause[:40]
    return vocab.PART_OF_COUNT.search(near) is not None


def _is_growth(left_clause: str) -> bool:
    """ "naik 5 persen" is a growth rate; "naik dari 35,6 persen" / "menjadi 41 persen" are
    levels."""
    found = list(vocab.GROWTH.finditer(left_clause))
    if not found:
        return False
    return not vocab.LEVEL_LINK.search(left_clause[found[-1].end() :])


def find_segment_in(text: str) -> list[tuple[int, int, str]]:
    return vocab.segment_matches(text)


def _mixed(matches: list[tuple[int, int, str]]) -> bool:
    """ "formal dan informal", "penerima upah maupun bukan penerima upah": no one segment."""
    names = {m[2] for m in matches}
    return "PU" in names and "BPU" in names


def find_segment(
    text: str, clause: Clause, num: NumberMention, claimed_until: int
) -> tuple[str | None, int]:
    """Segment of a number and the offset up to which the text is now claimed.

    A segment named right after the number ("62.020 orang pekerja Jasa Konstruksi") binds to it;
    otherwise the nearest one before it in its clause, not already claimed by the previous
    number."""
    if not clause.segments:
        return None, claimed_until  # every lookup below, all within the sentence, finds none
    right = find_segment_in(clause.right_clause)
    near = [m for m in right if _BINDS.match(clause.right_clause[: m[0]])]
    if near:
        close = [m for m in near if m[0] - near[0][0] <= 30]
        if _mixed(close):
            return None, claimed_until
        return near[0][2], num.end + near[0][1]
    start = max(clause.left_clause_start, claimed_until, 0)
    left = vocab.segment_matches(text[start : num.start], start) if start < num.start else []
    if not left and clause.left_clause_start > claimed_until:
        start = max(claimed_until, num.start - len(clause.left))
        left = vocab.segment_matches(text[start : num.start], start)
    if left:
        last = left[-1]
        close = [m for m in left if last[0] - m[1] <= 30]
        return (None if _mixed(close) else last[2]), claimed_until
    as_member = [m for m in right if _AS_MEMBER.search(clause.right_clause[: m[0]])]
    return _only_segment(text[claimed_until : num.start], as_member), claimed_until


def _only_segment(before: str, right: list[tuple[int, int, str]]) -> str | None:
    """The one segment named earlier in the sentence (by no other figure), or after the number
    as what the workers joined as: "Dari target peserta dari sektor informal ..., baru menjaring
    empat ribu orang"; "320 petani mendaftar sebagai peserta bukan penerima upah"."""
    for found in (vocab.segment_matches(before), right):
        names = {m[2] for m in found}
        if len(names) == 1:
            return names.pop()
        if names:
            return None
    return None
