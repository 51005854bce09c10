"""The date a figure describes (``as_of``), chosen among the date mentions of its article.

First a date in the number's own clause, or right after it ("35,6 persen pada 2023"), then one
anywhere in its sentence; "saat ini" means no date; an estimate ("diperkirakan") has none;
otherwise the date of the last figure of the same kind earlier in the article (passed in as
``inherited``), then the nearest data date before it or just after it. A date whose year is after
the publication year marks a target ("future").
"""

from __future__ import annotations

from datetime import date

from extract import vocab
from extract.classify import Clause
from extract.dates import DateMention, period_end
from extract.numbers import NumberMention
from extract.segment import Sentence

__all__ = ["data_dates", "date_of"]


def date_of(
    dates: list[DateMention],
    published: date | None,
    num: NumberMention,
    sent: Sentence,
    clause: Clause,
    prev_end: int | None,
    inherited: tuple[str, str] | None,
) -> tuple[str, str] | str | None:
    """(label, precision), None, or "future" for a number of ``sent``."""
    in_sent = [d for d in dates if sent.start <= d.start < sent.end and not d.statement]
    before = [d for d in in_sent if d.end <= num.start and d.kind != "range"]
    before = [d for d in before if d.kind != "year" or d.cue or num.start - d.end <= 30]
    after = [d for d in in_sent if d.start >= num.end and d.kind != "range"]
    after = [d for d in after if d.kind != "year" or d.cue]
    own = [  # a date right after the previous number is that number's ("9.500 orang pada 2023")
        d
        for d in before
        if d.start >= clause.left_clause_start and (prev_end is None or d.start - prev_end > 20)
    ]
    close = [d for d in after if d.start - num.end <= min(40, len(clause.right_clause))]
    if any(d.label for d in close):  # "saat ini tercatat 24.760 orang per Juli 2025"
        own = [d for d in own if d.label]
    chosen = _first_of(own[-1:], close[:1], before[-1:], after[:1])
    if chosen is not None and chosen.kind == "now":
        return None
    if chosen is not None and chosen.label and chosen.precision:
        end = period_end(chosen.label)
        if published and end and end.year > published.year:
            return "future"
        return chosen.label, chosen.precision
    if vocab.ESTIMATE.search(clause.left_clause + " " + clause.right_clause):
        return None  # an estimate ("diperkirakan mencapai 98.700") describes no dated data
    if inherited:
        return inherited
    return _nearby(dates, published, num)


def _nearby(
    dates: list[DateMention], published: date | None, num: NumberMention
) -> tuple[str, str] | None:
    data = data_dates(dates)
    earlier = [d for d in data if d.end <= num.start]
    later = [d for d in data if num.end <= d.start <= num.end + 400]
    chosen = earlier[-1] if earlier else (later[0] if later else None)
    if chosen is None or not chosen.label or not chosen.precision:
        return None
    end = period_end(chosen.label)
    if published and end and end > published:
        return None
    return chosen.label, chosen.precision


def _first_of(*options: list[DateMention]) -> DateMention | None:
    """The date of the first non-empty option: the number's own clause, right after it, then
    anywhere before or after it in the sentence."""
    for option in options:
        if option:
            return option[0]
    return None


def data_dates(dates: list[DateMention]) -> list[DateMention]:
    """Dates that say what the data describes ("per Desember 2017"), not when someone spoke."""
    return [
        d
        for d in dates
        if d.cue and not d.statement and d.label and d.precision and d.kind != "range"
    ]
