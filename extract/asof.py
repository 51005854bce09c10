"""The date a figure describes (``as_of``), chosen among the date mentions of its article.

First a date in the number's own clause, or right after it ("35,6 persen pada 2023"), then one
anywhere in its sentence; "saat ini" means no date; an estimate ("diperkirakan") has none;
otherwise the date of the last figure of the same kind earlier in the article (passed in as
``inherited``), then the nearest data date before it or just after it (before the next number).
The date of a comparison ("naik dari 36,72 persen pada akhir 2024") dates the earlier figure
only. A date whose period begins after the publication date marks a target ("future").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from extract import vocab
from extract.classify import Clause
from extract.datelabels import period_start
from extract.dates import DateMention, period_end
from extract.numbers import NumberMention
from extract.segment import Sentence

__all__ = ["data_dates", "date_in_sentence", "date_of", "sentence_dates", "sourced_dates"]


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
    in_sent = sentence_dates(dates, sent)
    return date_in_sentence(in_sent, data_dates(dates), published, num, clause, prev_end, inherited)


def sentence_dates(dates: list[DateMention], sent: Sentence) -> list[DateMention]:
    """The dates of ``sent`` that may date its figures (not when someone spoke)."""
    return [d for d in dates if sent.start <= d.start < sent.end and not d.statement]


def date_in_sentence(
    in_sent: list[DateMention],
    data: list[DateMention],
    published: date | None,
    num: NumberMention,
    clause: Clause,
    prev_end: int | None,
    inherited: tuple[str, str] | None,
    horizon: int | None = None,
    sourced: frozenset[int] = frozenset(),
) -> tuple[str, str] | str | None:
    """``date_of`` given the sentence's dates (``sentence_dates``) and the article's data dates
    (``data_dates``), both worked out once for all the numbers they serve. ``horizon``: where
    the next sentence with candidate numbers starts (a date from there on is theirs, unless it
    dates a data source, its start in ``sourced``: "Data per 31 Desember 2024 menunjukkan
    ...")."""
    chosen = _chosen(in_sent, num, clause, prev_end) if in_sent else None
    if chosen is not None and chosen.kind == "now":
        return None
    if chosen is not None and chosen.label and chosen.precision:
        if published and _starts_after(chosen.label, published):
            return "future"
        return chosen.label, chosen.precision
    # an estimate ("diperkirakan mencapai 98.700") describes no dated data; as the answer is
    # None without a date to fall back on, the clause is only searched when there is one
    fallback = inherited or _nearby(data, published, num, horizon, sourced)
    if fallback is None or vocab.ESTIMATE.search(clause.left_clause + " " + clause.right_clause):
        return None
    return fallback


def _chosen(
    in_sent: list[DateMention], num: NumberMention, clause: Clause, prev_end: int | None
) -> DateMention | None:
    """The date of the number's own clause, else right after it, else the last before it or the
    first after it in the sentence (one pass over the sentence's dates)."""
    own = own_labelled = before = after = close = None
    close_labelled = False
    reach = min(40, len(clause.right_clause))
    for d in in_sent:
        if d.kind == "range":
            continue
        if d.end <= num.start and (d.kind != "year" or d.cue or num.start - d.end <= 30):
            before = d
            # a date right after the previous number is that number's ("9.500 orang pada 2023")
            if d.start >= clause.left_clause_start and (
                prev_end is None or d.start - prev_end > 20
            ):
                own = d
                if d.label:
                    own_labelled = d
        if d.start >= num.end and (d.kind != "year" or d.cue):
            after = after or d
            if d.start - num.end <= reach:
                close = close or d
                close_labelled = close_labelled or bool(d.label)
    if close_labelled:  # "saat ini tercatat 24.760 orang per Juli 2025"
        own = own_labelled
    return own or close or before or after


def _nearby(
    data: list[DateMention],
    published: date | None,
    num: NumberMention,
    horizon: int | None,
    sourced: frozenset[int],
) -> tuple[str, str] | None:
    """The last data date before the number, else the first within 400 characters after it,
    before ``horizon`` or dating a data source (``date_in_sentence``)."""
    chosen = None
    for d in data:
        if d.end <= num.start:
            chosen = d
    if chosen is None:
        chosen = next(
            (
                d
                for d in data
                if num.end <= d.start <= num.end + 400
                and (horizon is None or d.start < horizon or d.start in sourced)
            ),
            None,
        )
    if chosen is None or not chosen.label or not chosen.precision:
        return None
    end = _end_from(chosen.label, published.year) if published else None
    if published and end and end > published:
        return None
    return chosen.label, chosen.precision


_ONE_DAY = timedelta(days=1)


def _starts_after(label: str, published: date) -> bool:
    """Whether the period a label names begins after the publication date ("mulai Juli
    mendatang", "pada 2026"): what is said of it is a plan or a target."""
    if _in_earlier_year(label, published.year):
        return False  # (not looked up)
    start = period_start(label)
    # (a day's slack: a page's date may be given in another time zone than its text's)
    return start is not None and start > published + _ONE_DAY


def _end_from(label: str, year: int) -> date | None:
    """``period_end(label)``, or None when it ends before ``year``: a label's first four
    characters are the year it ends in, so it is not looked up when they are an earlier year."""
    return None if _in_earlier_year(label, year) else period_end(label)


def _in_earlier_year(label: str, year: int) -> bool:
    """Whether the label's first four characters, the year its period lies in, are before
    ``year``."""
    head = label[:4]
    return head.isascii() and head.isdigit() and int(head) < year


# a comparison before a date in its sentence ("naik dari 171.045 pada Oktober 2024"): the date
# of the earlier figure compared with, not of the data the article reports
_COMPARED_BEFORE = re.compile(
    rf"(?:{vocab.COMPARISON})(?:[^.!?\n]|\.(?=\d)){{0,60}}$", re.IGNORECASE
)


# "Data per 31 Desember 2024 ...", "berdasarkan data BPS Februari 2025": a data source's date
_SOURCE_BEFORE = re.compile(r"\bdata\b[^.!?\n]{0,25}$", re.IGNORECASE)


def sourced_dates(data: list[DateMention], text: str) -> frozenset[int]:
    """Starts of the dates of ``data`` that date a data source."""
    return frozenset(
        d.start for d in data if _SOURCE_BEFORE.search(text, max(0, d.start - 40), d.start)
    )


def data_dates(dates: list[DateMention], text: str | None = None) -> list[DateMention]:
    """Dates that say what the data describes ("per Desember 2017"), not when someone spoke;
    given the ``text``, not the dates of a comparison either."""
    return [
        d
        for d in dates
        if d.cue
        and not d.statement
        and d.label
        and d.precision
        and d.kind != "range"
        and (text is None or not _COMPARED_BEFORE.search(text, max(0, d.start - 80), d.start))
    ]
