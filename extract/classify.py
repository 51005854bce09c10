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

__all__ = ["Clause", "Decision", "classify_count", "classify_percent", "find_segment"]

_CLAUSE_CUT = re.compile(r"[;:]|,\s|\s[-–—]\s|[\"“”]")
_RIGHT_CUT = re.compile(
    r"[;:\"“”]|,\s|\s[-–—]\s|\s(?:dan|serta|sedangkan|sementara|kemudian|lalu|atau|tetapi|namun|"
    r"disusul|diikuti)\s",
    re.IGNORECASE,
)
_ATAU_LINK = re.compile(
    r"^\s*(?:orang|pekerja|peserta|tenaga\s+kerja)?\s*(?:yang\s+\w+\s+)?atau(?:\s+(?:sudah|sekitar|"
    r"sebesar|setara|baru|hanya|masih|sebanyak|mencapai|dengan))*\s*$",
    re.IGNORECASE,
)


_BINDS = re.compile(
    r"^\s*(?:persen|%)?\s*(?:orang|jiwa)?\s*(?:pekerja|peserta|tenaga(?:\s+kerja)?|TK)?\s*"
    r"(?:aktif\s+)?(?:yang\s+)?(?:merupakan|adalah|dari|di|pada|untuk|dengan|sebagai|lainnya)?\s*"
    r"(?:sektor|segmen|kategori|kelompok|program)?\s*(?:pekerja|peserta|tenaga(?:\s+kerja)?)?\s*$",
    re.IGNORECASE,
)
_APPOSITION = re.compile(
    r"(?:Provinsi\s+|Kabupaten\s+|Kota\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
    r"(?:\s*\([^)]{1,20}\))?\s*,"
)
_DENOMINATOR = re.compile(r"\bdari\s+(?:total|jumlah|sekitar)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Clause:
    """The words around a number: ``left``/``right`` up to the neighbouring numbers,
    ``left_clause``/``right_clause`` cut further at clause punctuation."""

    left: str
    right: str
    left_clause: str
    right_clause: str
    left_clause_start: int
    sentence: str
    right_ext: str = ""  # the clause after the number, past any further numbers


@dataclass(frozen=True, slots=True)
class Decision:
    """A metric decided for a number; ``strength`` 2 = own cue, 1 = inherited or weak cue."""

    metric: str
    strength: int
    via_atau: bool = False


def make_clause(
    text: str, num: NumberMention, left_bound: int, right_bound: int, sentence: str
) -> Clause:
    left = text[left_bound : num.start]
    right = text[num.end : right_bound]
    cuts = list(_CLAUSE_CUT.finditer(left))
    cut = cuts[-1].end() if cuts else 0
    if cuts and len(left[cut:].split()) <= 2:  # "..., yakni 750.498": the clause before counts
        cut = cuts[-2].end() if len(cuts) > 1 else 0
    right_clause = _cut_right(right)
    right_ext = _cut_right(text[num.end : num.end + 80])
    return Clause(left, right, left[cut:], right_clause, left_bound + cut, sentence, right_ext)


def _cut_right(text: str) -> str:
    """``text`` up to the first clause boundary, reading past an appositive place name
    (", Provinsi Sulawesi Tenggara,")."""
    pos = 0
    while True:
        m = _RIGHT_CUT.search(text, pos)
        if m is None:
            return text
        apposition = _APPOSITION.match(text, m.end()) if m.group(0).startswith(",") else None
        if apposition is None:
            return text[: m.start()]
        pos = apposition.end()


def _nearest(rx: re.Pattern[str], clause: Clause) -> int | None:
    """Distance in characters from the number to the nearest match in its clause."""
    best: int | None = None
    for m in rx.finditer(clause.left_clause):
        d = len(clause.left_clause) - m.end()
        best = d if best is None else min(best, d)
    m2 = rx.search(clause.right_clause)
    if m2 is not None:
        best = m2.start() if best is None else min(best, m2.start())
    return best


def _has(rx: re.Pattern[str], clause: Clause) -> bool:
    return bool(rx.search(clause.left_clause) or rx.search(clause.right_clause))


def classify_count(
    clause: Clause, unit: str | None, prev_metric: str | None, prev_percent_coverage: bool
) -> Decision | None:
    """Metric of a count, or None when the count is no participation figure."""
    if unit == "other":
        return None
    cut = _DENOMINATOR.search(clause.right_clause)
    if cut:
        clause = replace(clause, right_clause=clause.right_clause[: cut.start()])
    if unit != "employers" and _has(vocab.UNREGISTERED, clause):
        return Decision("unregistered", 2)
    if _has(vocab.EXCLUDE_ANY, clause):
        return None
    if prev_percent_coverage and _ATAU_LINK.match(clause.left):
        return Decision("active_participants", 2, via_atau=True)
    if _has(vocab.INACTIVE, clause):
        return Decision("inactive_participants", 2)
    if _has(vocab.NEW, clause):
        return None if unit == "employers" else Decision("new_participants", 2)
    if unit == "employers":
        if _has(vocab.EMPLOYER_CUE, clause) or prev_metric == "employers":
            return Decision("employers", 2)
        return None
    return _stock_metric(clause, unit, prev_metric)


def _stock_metric(clause: Clause, unit: str | None, prev_metric: str | None) -> Decision | None:
    labor = _nearest(vocab.LABOR, clause)
    active = _nearest(vocab.ACTIVE_STRONG, clause)
    if labor is not None and (active is None or labor <= active):
        return Decision("labor_force", 2)
    if _registered(clause):
        return Decision("registered_participants", 2)
    if active is not None:
        return Decision("active_participants", 2)
    if prev_metric is not None and prev_metric != "employers":
        return Decision(prev_metric, 1)
    segment = find_segment_in(clause.left_clause + " " + clause.right_clause)
    if segment or (_has(vocab.ACTIVE_WEAK, clause) and unit == "persons"):
        return Decision("active_participants", 1)
    return None


def _registered(clause: Clause) -> bool:
    """A registered total contrasted, in the same sentence, with the active ones."""
    m = vocab.REGISTERED.search(clause.left_clause) or vocab.REGISTERED.search(clause.right_clause)
    both = clause.left_clause + clause.right_clause
    if m is None or re.search(r"terdaftar\s+aktif|aktif\s+terdaftar", both, re.I):
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
    for rx in (vocab.EXCLUDE_PERCENT, vocab.EXCLUDE_ANY, vocab.UNREGISTERED, vocab.INACTIVE):
        if _has(rx, clause):
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
    right = find_segment_in(clause.right_clause)
    near = [m for m in right if _BINDS.match(clause.right_clause[: m[0]])]
    if near:
        close = [m for m in near if m[0] - near[0][0] <= 30]
        if _mixed(close):
            return None, claimed_until
        return near[0][2], num.end + near[0][1]
    start = max(clause.left_clause_start, claimed_until, 0)
    if start >= num.start:
        return None, claimed_until
    left = vocab.segment_matches(text[start : num.start], start)
    if not left and clause.left_clause_start > claimed_until:
        start = max(claimed_until, num.start - len(clause.left))
        left = vocab.segment_matches(text[start : num.start], start)
    if not left:
        return None, claimed_until
    last = left[-1]
    close = [m for m in left if last[0] - m[1] <= 30]
    if _mixed(close):
        return None, claimed_until
    return last[2], claimed_until
