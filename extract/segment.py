"""Paragraph and sentence segmentation of article text, keeping character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
# except after common abbreviations (No., Rp., Kab., Dr., H.) or single initials. The sentence
# ends where group 1 starts, right after the mark (matching the mark rather than looking behind
# for it lets the scan jump from mark to mark; a paragraph never starts right after a mark).
_END_RE = re.compile(r"[.!?]([\"”’']?\s+)(?=[\"“‘']?[A-Z0-9(])")
_ABBREV_RE = re.compile(
    r"(?:\b(?:no|nomor|rp|kab|kec|prov|dr|drs|ir|h|hj|st|jl|tbk|pt|cv|ny|sdr|bpk|dll|dsb|"
    r"kel|desa|red|ket|vol|hlm|ant)|\b[A-Z])\.$",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; every line is its own paragraph."""
    out: list[Sentence] = []
    for p_no, para in enumerate(_PARA_RE.finditer(text)):
        start = para.start()
        for m in _END_RE.finditer(text, para.start(), para.end()):
            head = text[start : m.start(1)]
            if _ABBREV_RE.search(head[-12:]):
                continue
            if head.strip():
                out.append(_trimmed(text, start, m.start(1), p_no, len(out)))
            start = m.end()
        if text[start : para.end()].strip():
            out.append(_trimmed(text, start, para.end(), p_no, len(out)))
    return out


def _trimmed(text: str, start: int, end: int, paragraph: int, index: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, paragraph, index)


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
