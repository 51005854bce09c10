"""Article links that were fetched and not stored, remembered so later crawls skip them.

Permanent reasons (gone, undated, off topic, no text) are skipped for good; transient failures
(5xx, timeouts) are retried after a back-off that doubles with every attempt, and become
permanent after ``MAX_ATTEMPTS``. ``pantau crawl --refresh`` ignores the list.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from storage.models import Outlet, SkippedUrl, utcnow

FIRST_BACKOFF = timedelta(hours=6)
MAX_ATTEMPTS = 5


def record_skip(
    session: Session,
    outlet_key: str | None,
    canonical_url: str,
    reason: str,
    *,
    permanent: bool,
    now: datetime | None = None,
) -> SkippedUrl:
    """Remember that ``canonical_url`` was not stored, and why; commits."""
    now = now or utcnow()
    row = session.execute(
        select(SkippedUrl).where(SkippedUrl.canonical_url == canonical_url)
    ).scalar_one_or_none()
    if row is None:
        outlet_id = session.execute(
            select(Outlet.id).where(Outlet.key == outlet_key)
        ).scalar_one_or_none()
        row = SkippedUrl(canonical_url=canonical_url, outlet_id=outlet_id, attempts=0)
        session.add(row)
    row.attempts += 1
    row.reason = reason
    row.permanent = permanent or row.attempts >= MAX_ATTEMPTS
    row.last_attempt_at = now
    row.retry_after = None if row.permanent else now + FIRST_BACKOFF * 2 ** (row.attempts - 1)
    session.commit()
    return row


def skipped_urls(session: Session, now: datetime | None = None) -> set[str]:
    """Canonical URLs not to fetch now: permanent skips and transient ones still backing off."""
    now = now or utcnow()
    query = select(SkippedUrl.canonical_url).where(
        or_(SkippedUrl.permanent.is_(True), SkippedUrl.retry_after > now)
    )
    return set(session.execute(query).scalars())


def forget_skip(session: Session, canonical_url: str) -> None:
    """Drop a URL from the list (it was stored after all); commits."""
    session.execute(delete(SkippedUrl).where(SkippedUrl.canonical_url == canonical_url))
    session.commit()
