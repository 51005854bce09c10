"""Small text helpers shared by the extractor modules."""

from __future__ import annotations

__all__ = ["fold"]


def fold(text: str) -> str:
    """Lower-case ``text`` keeping every offset (the rare letters whose lower case is longer,
    such as "İ", are left as they are). Matching lower-case patterns on folded text is several
    times faster than ``re.IGNORECASE``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
