"""Plain data types shared by the extractor, the crawler and storage."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

METRICS = (
    "active_participants",
    "registered_participants",
    "inactive_participants",
    "new_participants",
    "labor_force",
    "coverage_pct",
    "unregistered",
    "employers",
)
SEGMENTS = ("PU", "BPU", "JAKON", "PMI")
# as_of precision, from the finest to the coarsest
PRECISIONS = ("day", "month", "quarter", "half", "year")


@dataclass(frozen=True, slots=True)
class CleanedArticle:
    """An article page reduced to what pantau keeps: text and metadata."""

    url: str
    canonical_url: str
    title: str | None
    text: str
    published: datetime | None  # timezone-aware when the page gives an offset
    author: str | None = None
    section: str | None = None
    language: str | None = None


@dataclass(slots=True)
class Figure:
    """One participation figure stated in an article.

    ``as_of`` is an ISO-like period label as precise as the text: ``2025-06-08`` (day),
    ``2025-06`` (month), ``2025-Q2`` (quarter), ``2025-H1`` (half year), ``2025`` (year), or
    None when the text attaches no date. ``start``/``end`` are character offsets of the
    evidence in the text the figure was extracted from.
    """

    region_code: str | None
    region_name: str | None
    metric: str
    segment: str | None
    value: float
    unit: str  # "persons" | "employers" | "percent"
    as_of: str | None
    as_of_precision: str | None
    evidence: str
    start: int
    end: int
    confidence: float
    flags: list[str] = field(default_factory=list)
    extractor_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
