"""Publication dates as article pages print them: ISO stamps and Indonesian visible dates.

``Rabu, 11 Juni 2025 14:05 WIB`` -> 2025-06-11 14:05+07:00 (WITA +08:00, WIT +09:00).
Relative listing times (``26 menit lalu``) are resolved against a reference time.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from extract.datelabels import MONTHS as INDONESIAN_MONTHS

# The extractor's Indonesian month names, plus the English abbreviations some CMSs print.
MONTHS = {**INDONESIAN_MONTHS, "may": 5, "aug": 8, "oct": 10, "dec": 12}
ZONES = {
    "wib": timezone(timedelta(hours=7)),
    "wita": timezone(timedelta(hours=8)),
    "wit": timezone(timedelta(hours=9)),
}
WIB = ZONES["wib"]

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
VISIBLE_DATE_RE = re.compile(
    r"(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),?\s+)?"
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\.?\s+(?P<year>(?:19|20)\d\d)"
    r"(?:\s*[,|-]?\s*(?:pukul\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?"
    r"\s*(?P<zone>wib|wita|wit)?)?",
    re.IGNORECASE,
)
NUMERIC_DATE_RE = re.compile(
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d\d)"
    r"(?:\s*,?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<zone>wib|wita|wit)?)?",
    re.IGNORECASE,
)
RELATIVE_RE = re.compile(
    r"(?P<n>\d+)\s+(?P<unit>detik|menit|jam|hari|minggu|bulan)\s+(?:yang\s+)?lalu", re.IGNORECASE
)
_RELATIVE_UNITS = {
    "detik": timedelta(seconds=1),
    "menit": timedelta(minutes=1),
    "jam": timedelta(hours=1),
    "hari": timedelta(days=1),
    "minggu": timedelta(weeks=1),
    "bulan": timedelta(days=30),
}


def parse_iso(value: str, default_tz: timezone = WIB) -> datetime | None:
    """Parse an ISO 8601 stamp (``2025-06-11T14:05:00+08:00``, ``...Z``, a bare date)."""
    value = value.strip()
    if not value:
        return None
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    value = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", value)  # +0800 -> +08:00
    try:
        parsed = datetime.fromisoformat(value.replace(" ", "T", 1) if "T" not in value else value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=default_tz)
    return parsed


def parse_visible(text: str, default_tz: timezone = WIB) -> datetime | None:
    """Find the first Indonesian date (``Rabu, 11 Juni 2025 14:05 WITA``) in ``text``."""
    match = VISIBLE_DATE_RE.search(text)
    if match:
        month = MONTHS[match["month"].lower()]
    else:
        match = NUMERIC_DATE_RE.search(text)
        if not match:
            return None
        month = int(match["month"])
    zone = ZONES.get((match["zone"] or "").lower(), default_tz)
    try:
        return datetime(
            int(match["year"]),
            month,
            int(match["day"]),
            int(match["hour"] or 0),
            int(match["minute"] or 0),
            tzinfo=zone,
        )
    except ValueError:
        return None


def parse_listing_time(
    text: str, now: datetime | None = None, default_tz: timezone = WIB
) -> datetime | None:
    """A listing's time stamp: absolute Indonesian date or relative ``26 menit lalu``."""
    relative = RELATIVE_RE.search(text)
    if relative:
        now = now or datetime.now(UTC)
        return now - int(relative["n"]) * _RELATIVE_UNITS[relative["unit"].lower()]
    return parse_visible(text, default_tz) or parse_iso(text, default_tz)
