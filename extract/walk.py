"""The sentences the figure builder reads, each with its candidate numbers.

A sentence is passed over when it states a target ("Target ... 50 ribu peserta") or comes after
"Baca juga" in its paragraph (a link to another story). The builder only analyses sentences that
hold a candidate number; one without any states no figure, and of it the builder only keeps the
text (the context of a percentage in the next sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from extract.numbers import NumberMention
from extract.segment import Sentence, split_sentences
from extract.textutil import has_case_twins

__all__ = ["READ_ALSO", "TARGET_SENTENCE", "para_start", "passed_over", "read_also_spans"]
__all__ += ["sentence_numbers"]

READ_ALSO = re.compile(r"\b(?:baca|simak|lihat)\s+(?:juga|pula|selengkapnya)\b", re.IGNORECASE)
_READ_ALSO_LOW = re.compile(READ_ALSO.pattern)  # for lower-cased text (``read_also_spans``)
TARGET_SENTENCE = re.compile(r"[\W_]*(?:target|sasaran|harapan)", re.IGNORECASE)


def sentence_numbers(
    text: str, numbers: list[NumberMention]
) -> Iterator[tuple[Sentence, list[NumberMention]]]:
    """Every sentence of ``text`` with the numbers (in text order) that start in it."""
    starts = [n.start for n in numbers]
    for sent in split_sentences(text):
        yield sent, numbers[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]


def read_also_spans(text: str) -> list[tuple[int, int]]:
    """Spans of "Baca juga" and the like, as ``READ_ALSO.finditer`` finds them. Unless the text
    holds one of the ``CASE_TWINS``, a case-insensitive match is a match of the lower-case
    pattern in the lower-cased text (same length, same word edges), starting at one of the three
    verbs there: the pattern is only tried at those, from the first on."""
    if has_case_twins(text):
        return [m.span() for m in READ_ALSO.finditer(text)]
    low = text.lower()
    starts = []
    for verb in ("baca", "simak", "lihat"):
        i = low.find(verb)
        while i >= 0:
            starts.append(i)
            i = low.find(verb, i + 1)
    out: list[tuple[int, int]] = []
    for i in sorted(starts):
        # (a match tried at ``i`` sees the text before it, as a scan reaching ``i`` does)
        m = _READ_ALSO_LOW.match(low, i) if not out or i >= out[-1][1] else None
        if m is not None:
            out.append(m.span())
    return out


def passed_over(text: str, sent: Sentence, read_also: list[tuple[int, int]]) -> bool:
    """A target sentence, or one after "Baca juga" in its paragraph: one of ``read_also`` lies
    between the paragraph start and the sentence end (as a search there would find it: a span
    crossing a line break starts before the paragraph, and no match can overlap another)."""
    if TARGET_SENTENCE.match(text, sent.start):
        return True
    start = para_start(text, sent)
    return any(start <= s and e <= sent.end for s, e in read_also)


def para_start(text: str, sent: Sentence) -> int:
    return text.rfind("\n", 0, sent.start) + 1
