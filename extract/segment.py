"""Paragraph and sentence segmentation of article text, keeping character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

__all__ = ["Sentence", "evidence_span", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the text: ``start``/``end`` offsets, its paragraph number and index."""

    start: int
    end: int
    paragraph: int
    index: int


_PARA_RE = re.compile(r"[^\n]+")
# a sentence ends at . ! ? (and a closing quote) followed by space and an upper-case start,
# except after common abbreviations (No., Rp., Kab., Kep., Dr., H.) or single initials. The sentence
# ends where group 1 starts, right after the mark (matching the mark rather than looking behind
# for it lets the scan jump from mark to mark; a paragraph never starts right after a mark).
_END_RE = re.compile(r"[.!?]([\"”’']?\s+)(?=[\"“‘']?[A-Z0-9(])")
_ABBREV_RE = re.compile(
    r"(?:\b(?:no|nomor|rp|kab|kec|prov|dr|drs|ir|h|hj|st|jl|tbk|pt|cv|ny|sdr|bpk|dll|dsb|"
    r"kel|kep|desa|red|ket|vol|hlm|ant)|\b[A-Z])\.$",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; every line is its own paragraph."""
    # One scan for sentence ends over the whole text: a match inside a line is the one a scan
    # of that line finds; a match whose spaces cross a line break is no sentence end (the scan
    # of the line cannot see past its end) and covers only spaces, so it hides no other end.
    # The matches are read as (mark end, match end) pairs, a sentinel after the last.
    ends = [m.span(1) for m in _END_RE.finditer(text)]
    n = len(text)
    ends.append((n + 1, n + 1))
    k = 0
    cut, m_end = ends[0]
    spans: list[tuple[int, int, int]] = []  # (start, end, paragraph) of each piece
    p_no = 0
    start = 0
    while start < n:
        if text[start] == "\n":
            start += 1
            continue
        # the paragraph: a run of characters other than "\n" (``[^\n]+``), from ``start``
        p_end = text.find("\n", start)
        if p_end < 0:
            p_end = n
        next_start = p_end + 1
        while cut <= p_end:  # (the match starts one before ``cut``, at the mark)
            if m_end < p_end and not _ABBREV_RE.search(text[max(start, cut - 12) : cut]):
                spans.append((start, cut, p_no))
                start = m_end
            k += 1
            cut, m_end = ends[k]
        spans.append((start, p_end, p_no))
        p_no += 1
        start = next_start
    out: list[Sentence] = []
    for start, end, paragraph in spans:
        # the piece without its surrounding spaces, unless it is blank
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            sent = object.__new__(Sentence)
            _SET_START(sent, start)
            _SET_END(sent, end)
            _SET_PARAGRAPH(sent, paragraph)
            _SET_INDEX(sent, len(out))
            out.append(sent)
    return out


# The slots of Sentence, set in field order by ``split_sentences``: the object its __init__
# makes, at half the cost (a frozen dataclass's __init__ sets each field through
# object.__setattr__)
_SET_START, _SET_END, _SET_PARAGRAPH, _SET_INDEX = (
    getattr(Sentence, f.name).__set__ for f in fields(Sentence)
)


def evidence_span(
    text: str, start: int, end: int, sent: Sentence, left_bound: int, right_bound: int
) -> tuple[int, int]:
    """The words around ``text[start:end]`` that state a figure: at most 90 characters before
    and 70 after, kept inside the sentence and the neighbouring numbers, cut at word edges."""
    a = max(sent.start, left_bound, start - 90)
    b = min(sent.end, max(right_bound, end), end + 70)
    while a < start and not (a == sent.start or text[a - 1].isspace()):
        a += 1
    while b > end and not (b == sent.end or text[b].isspace()):
        b -= 1
    while a < start and not text[a].isalnum():
        a += 1
    while b > end and text[b - 1] in " ,;:.\"“”'(":
        b -= 1
    return a, b
