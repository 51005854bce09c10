"""What the figure builder keeps while it reads an article: the article's context (text, dates,
places), what earlier figures established, and the sentence being read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from extract.dates import DateMention
from extract.model import Figure
from extract.numbers import NumberMention
from extract.scope import Place, RegionScope
from extract.segment import Sentence

__all__ = ["ArticleContext", "ArticleState", "SentenceReading"]


@dataclass(slots=True)
class ArticleState:
    """What earlier figures of the article established."""

    principal: Place | None = None
    prev_sentence_text: str = ""
    para_segment: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    last_segments: set[str | None] = field(default_factory=set)  # of the last figure sentence
    # of the last figure sentence: its index and, per unit (persons, employers, percent), the
    # metric of its last figure in that unit
    last_sentence: int = -2
    last_metrics: dict[str, str] = field(default_factory=dict)
    para_place: dict[int, Place] = field(default_factory=dict)
    last_date: dict[str, tuple[str, str]] = field(default_factory=dict)  # family -> (label, prec)
    last_metric: dict[tuple[int, str], str] = field(default_factory=dict)  # (paragraph, unit)


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """The article being read: its text, publication date, dates and places."""

    text: str
    published: date | None
    dates: list[DateMention]
    scope: RegionScope
    data: list[DateMention]  # ``data_dates(dates, text)``
    sourced: frozenset[int]  # ``sourced_dates(data, text)``


@dataclass(slots=True)
class SentenceReading:
    """One sentence being read: its numbers and what its earlier figures established."""

    sent: Sentence
    words: str  # its text
    cands: list[NumberMention]
    respective: dict[int, Place]
    segments: bool  # whether it may name a segment (``vocab.segments_possible``)
    masing: bool  # whether it may hold "masing-masing" (``placing.MASING``)
    dates: list[DateMention]  # those that may date its figures (``asof.sentence_dates``)
    para_start: int  # where its paragraph starts
    horizon: int | None  # where the next sentence with candidate numbers starts, if any
    prev: dict[str, Figure] = field(default_factory=dict)  # "count"/"percent" -> last figure
    claimed: int = 0  # text up to here already gave a segment to a figure

    def bounds(self, i: int) -> tuple[int, int, int | None]:
        """Left and right limits of number ``i``'s words, and the previous number's end."""
        prev_end = self.cands[i - 1].end if i else None
        right = self.cands[i + 1].start if i + 1 < len(self.cands) else self.sent.end
        return (prev_end if prev_end is not None else self.sent.start), right, prev_end
