"""Story clusters: one story published under several URLs or by several outlets counts once.

Rules (see README "Series, sources and conflicts"):

* Exact copies: articles with the same ``text_fingerprint`` are always one story.
* Near copies: the article body (title excluded: syndicated copies get new headlines) is cut
  into word 5-shingles, summarized by a 128-permutation MinHash, and the signature split into
  42 bands of 3 values (a pair with Jaccard 0.5 shares a band with probability 0.996).
  Each band is stored in ``article_bands`` (indexed), so the candidates
  of a new article are found by an indexed ``band_key IN (...)`` lookup -- never a scan of the
  archive -- and a candidate joins the story when the estimated Jaccard similarity of the two
  signatures is at least ``SIMILARITY`` (0.5). Texts under ``MIN_SHINGLES`` shingles are too
  short for a meaningful estimate and match by exact fingerprint only.
* A story is a connected component of "is a copy of": storing an article merges every story
  it matches. Whatever the order articles arrive in, each similar pair is compared when the
  later of the two is stored, so the final clusters are the same.
* The story key is content-derived, not id-derived: the ``text_fingerprint`` of the member
  published first (ties and missing dates broken by the smaller fingerprint). Re-ingesting in
  another order gives the same keys.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from storage.models import Article, ArticleBand

NUM_PERM = 128
BANDS = 42  # 42 bands of 3 rows (the last 2 values only verify): candidates from J ~ 0.29 up
ROWS = 3
SHINGLE_WORDS = 5
MIN_SHINGLES = 20
SIMILARITY = 0.5

_WORD = re.compile(r"\w+", re.UNICODE)
_NO_DATE = datetime.max.replace(tzinfo=UTC)


def shingles(text: str) -> set[bytes]:
    """Word 5-shingles of the case-folded text, as UTF-8 bytes."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1)


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (uint32[NUM_PERM]) of the text, None when it is too short."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    template = _template()
    minhash = MinHash(
        num_perm=NUM_PERM, seed=1, permutations=template.permutations, scheme=template.scheme
    )
    minhash.update_batch(sorted(grams))
    return np.asarray(minhash.hashvalues, dtype=np.uint32)


def band_keys(sig: np.ndarray) -> list[str]:
    """One key per band: band number and a digest of its rows."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].astype("<u4").tobytes()
        keys.append(f"{band:02d}{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def _from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")


def _order_key(published_at: datetime | None, fingerprint: str) -> tuple[datetime, str]:
    return (published_at or _NO_DATE, fingerprint)


def assign_story(session: Session, article_id: int) -> set[int]:
    """Index the article's bands and merge it into the stories it copies; return the ids of
    every article whose ``story_key`` changed (the new article included). Runs in the caller's
    transaction, which must hold the write lock (see :func:`storage.points.lock_series`)."""
    text, fingerprint = session.execute(
        select(Article.text, Article.text_fingerprint).where(Article.id == article_id)
    ).one()
    sig = signature(text)
    matches: set[int] = set(
        session.scalars(
            select(Article.id).where(
                Article.text_fingerprint == fingerprint, Article.id != article_id
            )
        )
    )
    if sig is not None:
        keys = band_keys(sig)
        candidates = session.execute(
            select(Article.id, Article.minhash)
            .where(
                Article.id.in_(
                    select(ArticleBand.article_id).where(ArticleBand.band_key.in_(keys))
                ),
                Article.id != article_id,
            )
            .order_by(Article.id)
        ).all()
        matches.update(
            other
            for other, data in candidates
            if data is not None and similarity(sig, _from_bytes(data)) >= SIMILARITY
        )
        session.execute(
            update(Article)
            .where(Article.id == article_id)
            .values(minhash=sig.astype("<u4").tobytes())
        )
        session.execute(delete(ArticleBand).where(ArticleBand.article_id == article_id))
        session.execute(
            insert(ArticleBand),
            [{"band_key": key, "article_id": article_id} for key in sorted(set(keys))],
        )
    return _merge(session, article_id, matches)


def _merge(session: Session, article_id: int, matches: Iterable[int]) -> set[int]:
    ids = {article_id, *matches}
    story_keys = set(session.scalars(select(Article.story_key).where(Article.id.in_(ids))))
    members = session.execute(
        select(Article.id, Article.story_key, Article.published_at, Article.text_fingerprint)
        .where((Article.story_key.in_(story_keys)) | (Article.id.in_(ids)))
        .order_by(Article.id)
    ).all()
    earliest = min(members, key=lambda row: _order_key(row.published_at, row.text_fingerprint))
    new_key = earliest.text_fingerprint
    changed = {row.id for row in members if row.story_key != new_key} | {article_id}
    if changed:
        session.execute(update(Article).where(Article.id.in_(changed)).values(story_key=new_key))
    return changed
