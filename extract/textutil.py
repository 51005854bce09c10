"""Small text helpers shared by the extractor modules."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["CASE_TWINS", "Gated", "fold", "has_case_twins", "lower", "trie_pattern"]

# The only characters outside ASCII that IGNORECASE equates with ASCII letters ("İ", "ı" with
# i, "ſ" with s, the Kelvin sign with k; checked over all of Unicode by the tests). Text without
# them matches an ASCII word case-insensitively only where its lower case holds the word.
CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")


def has_case_twins(text: str) -> bool:
    # (the four tests written out: a generator over CASE_TWINS costs more than the tests)
    return not text.isascii() and (
        "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text
    )


def fold(text: str) -> str:
    """Lower-case ``text`` keeping every offset (the rare letters whose lower case is longer,
    such as "İ", are left as they are). Matching lower-case patterns on folded text is several
    times faster than ``re.IGNORECASE``."""
    low = lower(text)
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_ASCII = bytes(range(128))


def lower(text: str) -> str:
    """``text.lower()``, faster for text mostly in ASCII: when no character beyond ASCII changes
    (``str.lower`` maps each character on its own but for the final sigma, which changes),
    lower-casing the ASCII letters of the UTF-8 bytes is the same."""
    if text.isascii():
        return text.lower()
    utf8 = text.encode("utf-8", "surrogatepass")
    rest = utf8.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    if rest.lower() != rest:
        return text.lower()
    return utf8.lower().decode("utf-8", "surrogatepass")


class Gated:
    """A pattern with literal substrings one of which every match contains (``triggers``): text
    holding none of them cannot match, so the pattern is not run (a cheap test before patterns
    searched around most numbers). With IGNORECASE the triggers are lower case and are looked
    for in the lower-cased text, unless it holds one of the ``CASE_TWINS``."""

    __slots__ = ("_folds", "rx", "triggers")

    def __init__(self, pattern: str, triggers: tuple[str, ...], flags: int = 0) -> None:
        self.rx = re.compile(pattern, flags)
        self.triggers = triggers
        self._folds = bool(flags & re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        subject = text
        if self._folds:
            # (``has_case_twins`` inlined: this runs some hundred times per article)
            if not text.isascii() and (
                "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text
            ):
                return self.rx.search(text)
            subject = text.lower()
        for t in self.triggers:
            if t in subject:
                return self.rx.search(text)
        return None


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern matching exactly ``words``, nested by common prefix ("ka(?:b|ltim)"): searched
    for any of many words, it tests a few letters at each position instead of every word."""
    by_first: dict[str, list[str]] = {}
    ends_here = False
    for word in sorted(set(words)):
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
        else:
            ends_here = True
    parts = []
    for first, rests in by_first.items():
        rest = trie_pattern(rests)
        parts.append(re.escape(first) + (f"(?:{rest})" if "|" in rest else rest))
    body = "|".join(parts)
    if ends_here:
        return f"(?:{body})?" if body else ""
    return body
