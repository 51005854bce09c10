"""Dates in Indonesian news text, as period labels a figure can describe.

``find_dates(text, published)`` returns every date expression with its label
(``2025-06-08`` day, ``2025-06`` month, ``2025-Q2`` quarter, ``2025-H1`` half, ``2025`` year)
and two flags: ``cue`` (introduced by ``per``, ``hingga``, ``sampai dengan``, ``posisi``,
``sepanjang``, ``pada``, ... so it dates a figure) and ``statement`` (a weekday date such as
``Rabu (14/5/2025)`` that says when someone spoke, not what the data describes). Relative words
(``tahun lalu``, ``bulan ini``) are resolved against the publication date. ``now`` mentions
(``saat ini``, ``kini``) carry no label.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

__all__ = ["DateMention", "find_dates", "period_end", "to_date"]

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
_MONTH_RE = (
    r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
    r"november|nopember|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sept?|okt|nov|des)"
)
_WEEKDAY_RE = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)"
_ORD_RE = r"(?:iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat|satu|dua|tiga|empat)"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_CUE_RE = re.compile(
    r"(?:\bper|\bhingga|\bsampai(?:\s+dengan)?|\bs\.?\s?d\.?|\bposisi|\bsepanjang|\bselama|"
    r"\bpada|\bdi|\bpertengahan|\bakhir|\bawal|\bdata|\bperiode|\btanggal|\btgl\.?|\bterhitung|"
    r"\bdalam|\bbulan|\btahun|\btriwulan|\bsemester|\bmenjadi|\bdibandingkan(?:\s+dengan)?|"
    r"\bdan|\bserta|\bsejak|\bmulai|\bsebelumnya)\s*,?\s*$",
    re.IGNORECASE,
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "slash",
        re.compile(
            rf"\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\)",
            re.IGNORECASE,
        ),
    ),
    (
        "day",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?\s+(?P<y>{_YEAR})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "numeric",
        re.compile(r"(?<![\d/])(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>(?:19|20)\d\d)(?![\d/])"),
    ),
    (
        "quarter",
        re.compile(
            rf"\b(?P<akhir>akhir\s+)?(?:triwulan|kuartal|caturwulan|tw|q)\s*-?\s*(?P<q>{_ORD_RE})\b"
            rf"(?:\s*[-/]?\s*(?:tahun|th\.?)?\s*(?P<y>{_YEAR}))?",
            re.IGNORECASE,
        ),
    ),
    (
        "half",
        re.compile(
            rf"\b(?P<akhir>akhir\s+)?(?:semester|paruh)\s*(?P<q>{_ORD_RE})\b"
            rf"(?:\s*[-/]?\s*(?:tahun|th\.?)?\s*(?P<y>{_YEAR}))?",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:bulan\s+)?(?P<mon>{_MONTH_RE})\.?\s*(?:tahun\s+)?(?P<y>{_YEAR})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "month_noyear",
        re.compile(
            rf"\b(?:per|hingga|sampai|s\.d\.|posisi|akhir|bulan|dengan)\s+(?P<mon>{_MONTH_RE})\b"
            rf"(?:\s+(?P<rel>lalu|ini|kemarin))?(?!\s*\d)",
            re.IGNORECASE,
        ),
    ),
    ("year_end", re.compile(rf"\bakhir\s+(?:tahun\s+)?(?P<y>{_YEAR})\b", re.IGNORECASE)),
    (
        "range",
        re.compile(rf"\b{_YEAR}\s*(?:-|–|—|hingga|sampai|s\.?d\.?)\s*{_YEAR}\b", re.IGNORECASE),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<unit>tahun|bulan|triwulan|semester)\s+(?P<rel>lalu|kemarin|ini|sebelumnya|berjalan)\b",
            re.IGNORECASE,
        ),
    ),
    ("now", re.compile(r"\b(?:saat\s+ini|kini|sekarang|hari\s+ini|terkini)\b", re.IGNORECASE)),
    ("year", re.compile(rf"(?<![\d/.,])(?P<y>{_YEAR})(?![\d/.,]\d)\b", re.IGNORECASE)),
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression; ``label`` is None for ``now`` and year ranges."""

    start: int
    end: int
    label: str | None
    precision: str | None
    kind: str
    cue: bool = False
    statement: bool = False


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


def _build(kind: str, m: re.Match[str], pub: date | None) -> tuple[str | None, str | None]:
    g = m.groupdict()
    if kind in ("slash", "numeric"):
        y = _year(g["y"], pub)
        return (_label_day(y, int(g["m"]), int(g["d"])), "day") if y else (None, None)
    if kind == "day":
        return _label_day(int(g["y"]), MONTHS[g["mon"].lower()], int(g["d"])), "day"
    if kind == "month":
        return f"{int(g['y']):04d}-{MONTHS[g['mon'].lower()]:02d}", "month"
    if kind in ("quarter", "half"):
        earlier = re.findall(_YEAR, m.string[: m.start()])
        y = _year(g["y"] or (earlier[-1] if earlier else None), pub)
        if y is None:
            return None, None
        n = _ORDINALS[g["q"].lower()]
        if kind == "half" and n > 2:
            return None, None
        if g.get("akhir"):
            return _end_of(y, n * (3 if kind == "quarter" else 6)), "day"
        return (f"{y}-Q{n}", "quarter") if kind == "quarter" else (f"{y}-H{n}", "half")
    if kind in ("year", "year_end"):
        return g["y"], "year"
    if kind == "month_noyear" and pub is not None:
        month = MONTHS[g["mon"].lower()]
        year = pub.year if month <= pub.month else pub.year - 1
        return f"{year:04d}-{month:02d}", "month"
    if kind == "relative" and pub is not None:
        return _relative(g["unit"].lower(), g["rel"].lower(), pub)
    return None, None


def _relative(unit: str, rel: str, pub: date) -> tuple[str | None, str | None]:
    back = 1 if rel in ("lalu", "kemarin", "sebelumnya") else 0
    if unit == "tahun":
        return str(pub.year - back), "year"
    if unit == "bulan":
        month = pub.month - back
        year = pub.year if month > 0 else pub.year - 1
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}", "month"
    if unit == "triwulan":
        q = (pub.month - 1) // 3 + 1 - back
        return (f"{pub.year}-Q{q}" if q > 0 else f"{pub.year - 1}-Q4"), "quarter"
    h = (pub.month - 1) // 6 + 1 - back
    return (f"{pub.year}-H{h}" if h > 0 else f"{pub.year - 1}-H2"), "half"


def find_dates(text: str, published: datetime | date | None = None) -> list[DateMention]:
    """All date expressions in ``text`` (first pattern wins where they overlap), in order."""
    pub = to_date(published)
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "year" and _year_is_not_date(text, m.start(), m.end()):
                continue
            label, precision = _build(kind, m, pub)
            if label is None and kind not in ("now", "range"):
                continue
            out.append(_mention(text, m, kind, label, precision))
            taken.append((out[-1].start, out[-1].end))
    out.sort(key=lambda d: d.start)
    return out


_NOT_DATE_BEFORE = re.compile(
    r"(?:\b(?:no|nomor|nomer|uu|pp|perpres|permenaker|inpres|perda|pasal|rp)\.?\s*\d*\s*"
    r"(?:tahun|th\.?|/)?\s*|/)$",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(r"^\s*(?:orang|pekerja|peserta|tenaga|perusahaan|jiwa)\b", re.IGNORECASE)


_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY_RE}\s*,?\s*$", re.IGNORECASE)
_ALWAYS_CUED = frozenset({"quarter", "half", "relative", "month_noyear", "year_end"})


def _mention(
    text: str, m: re.Match[str], kind: str, label: str | None, precision: str | None
) -> DateMention:
    """A date mention; a weekday in front ("Rabu (14/5/2025)") marks a statement date."""
    start = m.start()
    weekday = None
    if kind in ("slash", "day"):
        weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
        if weekday is not None:
            start = weekday.start()
    cue = bool(_CUE_RE.search(text[max(0, start - 30) : start])) or kind in _ALWAYS_CUED
    statement = weekday is not None or (kind in ("slash", "numeric") and not cue)
    return DateMention(start, m.end(), label, precision, kind, cue, statement)


def _year_is_not_date(text: str, start: int, end: int) -> bool:
    """A four-digit number that is a count, a regulation year or part of an address."""
    before = text[max(0, start - 30) : start]
    if _NOT_DATE_BEFORE.search(before):
        return True
    return bool(_PERSON_AFTER.match(text[end : end + 20]))


def period_end(label: str) -> date | None:
    """Last day of the period a label names (used to compare with the publication date)."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", label):
            return date.fromisoformat(label)
        y = int(label[:4])
        if re.fullmatch(r"\d{4}", label):
            return date(y, 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", label):
            mo = int(label[5:])
            return date(y, mo, calendar.monthrange(y, mo)[1])
        n = int(label[-1])
        last = n * 3 if label[5] == "Q" else n * 6
        return date(y, last, calendar.monthrange(y, last)[1])
    except (ValueError, IndexError):
        return None
