"""The topic gate: does a title, snippet or text speak of BPJS Ketenagakerjaan?"""

from __future__ import annotations

import re
from collections.abc import Iterable

DEFAULT_KEYWORDS = ("BPJS Ketenagakerjaan", "BPJamsostek", "BP Jamsostek", "Jamsostek")


class TopicGate:
    """Case- and spacing-insensitive keyword match (``BPJS  ketenagakerjaan`` matches)."""

    def __init__(self, keywords: Iterable[str] = DEFAULT_KEYWORDS) -> None:
        self.keywords = tuple(k.strip() for k in keywords if k.strip())
        if not self.keywords:
            raise ValueError("the topic gate needs at least one keyword")
        parts = [r"\s*".join(map(re.escape, k.split())) for k in self.keywords]
        self._pattern = re.compile("|".join(parts), re.IGNORECASE)

    def matches(self, *texts: str | None) -> bool:
        return any(t and self._pattern.search(t) for t in texts)
