"""Labels of Indonesian dates: the period a matched date expression names.

``build_label`` turns the groups of a date pattern of :mod:`extract.dates` into a label
(``2025-06-08`` day, ``2025-06`` month, ``2025-Q2`` quarter, ``2025-H1`` half, ``2025`` year);
``period_end`` reads a label back as the last day of its period.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from typing import Any

__all__ = ["MONTHS", "YEAR", "build_label", "period_end", "to_date"]

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "desember": 12,
    "des": 12,
}
_ORDINALS = {
    "i": 1,
    "1": 1,
    "pertama": 1,
    "satu": 1,
    "ii": 2,
    "2": 2,
    "kedua": 2,
    "dua": 2,
    "iii": 3,
    "3": 3,
    "ketiga": 3,
    "tiga": 3,
    "iv": 4,
    "4": 4,
    "keempat": 4,
    "empat": 4,
}
# the years a date can name
YEAR = r"(?:19[5-9]\d|20\d\d)"


# words of time before a year: "hingga akhir 2024 peserta aktif ..." reads 2024 as the year, where
# "2024 peserta" alone would be a count
YEAR_CUE_BEFORE = re.compile(
    r"\b(?:pada|hingga|sampai|akhir|awal|pertengahan|medio|penghujung|tahun|sejak|per|selama|"
    r"sepanjang)\s+$",
    re.IGNORECASE,
)


def to_date(value: datetime | date | None) -> date | None:
    """A ``date`` from a datetime/date/None."""
    if isinstance(value, datetime):
        return value.date()
    return value


def _year(raw: str | None, published: date | None) -> int | None:
    if raw:
        y = int(raw)
        return y + 2000 if y < 100 else y
    return published.year if published else None


def _label_day(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _end_of(y: int, last_month: int) -> str:
    return date(y, last_month, calendar.monthrange(y, last_month)[1]).isoformat()


_YEAR_RE = re.compile(YEAR)


# IGNORECASE matches "İ" and "ı" as "i", "ſ" as "s" and the Kelvin sign as "k": a word matched
# with one of them is looked up as the ASCII word ("triwulan İ" is the first quarter)
_TWINS_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _key(word: str) -> str:
    """``word`` lower-cased as a key of the month, ordinal and unit tables."""
    return word.translate(_TWINS_TO_ASCII).lower()


def build_label(
    kind: str, g: dict[str, Any], text: str, start: int, pub: date | None
) -> tuple[str | None, str | None]:
    if kind in ("slash", "numeric"):
        y = _year(g["y"], pub)
        return (_label_day(y, int(g["m"]), int(g["d"])), "day") if y else (None, None)
    if kind == "day":
        return _label_day(int(g["y"]), MONTHS[_key(g["mon"])], int(g["d"])), "day"
    if kind == "month":
        return f"{int(g['y']):04d}-{MONTHS[_key(g['mon'])]:02d}", "month"
    if kind in ("quarter", "half"):
        if g.get("yrel"):  # "triwulan pertama tahun ini"
            y = pub.year - _BACK.get(_key(g["yrel"]), 0) if pub is not None else None
        else:
            earlier = _YEAR_RE.findall(text, 0, start)  # years before the match
            y = _year(g["y"] or (earlier[-1] if earlier else None), pub)
        if y is None:
            return None, None
        n = _ORDINALS[_key(g["q"])]
        if kind == "half" and n > 2:
            return None, None
        if g.get("akhir"):
            return _end_of(y, n * (3 if kind == "quarter" else 6)), "day"
        return (f"{y}-Q{n}", "quarter") if kind == "quarter" else (f"{y}-H{n}", "half")
    if kind in ("year", "year_end"):
        return g["y"], "year"
    if kind == "day_noyear" and pub is not None:
        month = MONTHS[_key(g["mon"])]
        year = pub.year if month <= pub.month else pub.year - 1
        return _label_day(year, month, int(g["d"])), "day"
    if kind == "month_noyear" and pub is not None:
        month = MONTHS[_key(g["mon"])]
        year = pub.year if month <= pub.month else pub.year - 1
        if g.get("yrel"):  # "Juni tahun lalu"
            year = pub.year - _BACK.get(_key(g["yrel"]), 0)
        elif _BACK.get(_key(g.get("rel") or "")) == -1:  # "Juli mendatang": the next one
            year = pub.year if month > pub.month else pub.year + 1
        return f"{year:04d}-{month:02d}", "month"
    if kind == "relative" and pub is not None:
        return _relative(_key(g["unit"]), _key(g["rel"]), pub)
    return None, None


# how many periods back from the publication date a relative word points
_BACK = {"lalu": 1, "kemarin": 1, "sebelumnya": 1, "depan": -1, "mendatang": -1}


def _relative(unit: str, rel: str, pub: date) -> tuple[str | None, str | None]:
    """ "tahun lalu", "bulan ini", "triwulan depan" against the publication date."""
    back = _BACK.get(rel, 0)
    if unit == "tahun":
        return str(pub.year - back), "year"
    if unit == "bulan":
        index = pub.year * 12 + pub.month - 1 - back
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    per_year = 4 if unit == "triwulan" else 2
    index = pub.year * per_year + (pub.month - 1) * per_year // 12 - back
    letter = "Q" if unit == "triwulan" else "H"
    return f"{index // per_year}-{letter}{index % per_year + 1}", (
        "quarter" if unit == "triwulan" else "half"
    )


def _period(label: str) -> tuple[date, date] | None:
    """First and last day of the period a label names ("2025", "2025-06", "2025-06-08",
    "2025-Q2", "2025-H1"), or None for no such label."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", label):
            day = date.fromisoformat(label)
            return day, day
        y = int(label[:4])
        if re.fullmatch(r"\d{4}", label):
            first, last = 1, 12
        elif re.fullmatch(r"\d{4}-\d{2}", label):
            first = last = int(label[5:])
        else:
            n, months = int(label[-1]), 3 if label[5] == "Q" else 6
            first, last = (n - 1) * months + 1, n * months
        return date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1])
    except (ValueError, IndexError):
        return None


def period_start(label: str) -> date | None:
    """First day of the period a label names."""
    bounds = _period(label)
    return bounds[0] if bounds else None


def period_end(label: str) -> date | None:
    """Last day of the period a label names (used to compare with the publication date)."""
    bounds = _period(label)
    return bounds[1] if bounds else None
