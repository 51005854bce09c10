"""Case-insensitive vocabulary patterns, run fast: :class:`Matcher` runs a lower-case pattern on
lower-cased text, gated by literal triggers, and ``by_first_letter`` / ``named_alternatives``
write alternations the regex engine scans quickly. The vocabulary itself is in
:mod:`extract.vocab`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from extract.textutil import trie_pattern

__all__ = ["Matcher", "by_first_letter", "named_alternatives"]

_I = re.IGNORECASE


class Matcher:
    """A case-insensitive pattern run on lower-cased input: several times faster than
    ``re.IGNORECASE`` on these long alternations. Falls back to IGNORECASE when lower-casing
    would move offsets (a few non-ASCII letters)."""

    __slots__ = (
        "_any",
        "_ci",
        "_ci_gate",
        "_lc",
        "_plain",
        "_spaced",
        "_spaced_rx",
        "pattern",
        "triggers",
    )

    def __init__(
        self, pattern: str, triggers: tuple[str, ...] = (), *, ci_gate: bool = True
    ) -> None:
        self.pattern = pattern
        self._lc = re.compile(pattern.lower().replace("(?p<", "(?P<"))
        self._ci = re.compile(pattern, _I)
        # substrings one of which every match contains (whitespace runs read as one space):
        # text with none of them cannot match, and the long alternation is not run at all
        self.triggers = triggers
        # ``ci_gate=False``: no trigger test when the IGNORECASE pattern runs (text holding "İ",
        # whose lower case is longer), as IGNORECASE also equates "İ", "ı", "ſ" and the Kelvin
        # sign with ASCII letters the lower-cased text would not show
        self._ci_gate = ci_gate
        # a trigger without whitespace occurs in the text exactly when it occurs in the text
        # with its whitespace runs flattened, so only the others need the flattened text
        # (those are looked for all at once, by one pattern nested by common prefix)
        plain = [t for t in triggers if t.split() == [t]]
        self._plain = re.compile(trie_pattern(plain)) if plain else None
        self._spaced = tuple(t for t in triggers if t.split() != [t])
        spaced = "|".join(map(_flat_pattern, self._spaced))
        self._spaced_rx = re.compile(spaced) if spaced else None
        self._any = re.compile(_literal_trie(_branches(self._lc.pattern)))

    def has_folded(self, folded: str) -> bool:
        """``search_folded(folded) is not None``, by one search of a pattern that tries each
        alternative only where the literal it starts with is (see :func:`_literal_trie`).
        (Alternatives such as ``\\bsetiap\\b`` have no literal prefix the regex engine could
        scan for; together they cost a slow scan.) The triggers are not looked for: every
        match holds one (checked by the tests), so they would only repeat the search."""
        return self._any.search(folded) is not None

    def finditer_folded(self, folded: str) -> Iterator[re.Match[str]]:
        """``finditer`` on text already lower-cased with :func:`extract.textutil.fold`."""
        return self._lc.finditer(folded) if self.could_match(folded) else iter(())

    def could_match(self, folded: str) -> bool:
        if not self.triggers:
            return True
        if self._plain is not None and self._plain.search(folded) is not None:
            return True
        return self._spaced_rx is not None and self._spaced_rx.search(folded) is not None

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        low = text.lower()
        return (self._lc, low) if len(low) == len(text) else (self._ci, text)

    # (``str.lower`` is idempotent, so the lower-cased text is what the triggers are tested on
    # whichever pattern runs)
    # (``self.triggers and``: a pattern without triggers is always run, without the call)
    def search(self, text: str) -> re.Match[str] | None:
        low = text.lower()
        if len(low) == len(text):
            if self.triggers and not self.could_match(low):
                return None
            return self._lc.search(low)
        if self._ci_gate and not self.could_match(low):
            return None
        return self._ci.search(text)

    def search_folded(self, folded: str) -> re.Match[str] | None:
        """``search`` on text already lower-cased with :func:`extract.textutil.fold`."""
        return self._lc.search(folded) if self.could_match(folded) else None

    def match(self, text: str) -> re.Match[str] | None:
        rx, subject = self._pick(text)
        return rx.match(subject)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = text.lower()
        if len(low) == len(text):
            if self.triggers and not self.could_match(low):
                return iter(())
            return self._lc.finditer(low)
        if self._ci_gate and not self.could_match(low):
            return iter(())
        return self._ci.finditer(text)


def _flat_pattern(trigger: str) -> str:
    """A pattern found in text exactly where ``trigger`` is in the text flattened (its white
    space runs read as one space, none at either end; "\\s" is white space as ``str.split``
    reads it): "per tahap" is there where "per", white space and "tahap" are in the text, and a
    space at an end of the trigger is white space between two words ("dari ")."""
    words = trigger.split()
    assert trigger.strip() == " ".join(words), "one space between the words of a trigger"
    body = r"\s+".join(map(re.escape, words))
    if trigger.startswith(" "):
        body = r"(?<=\S)\s+" + body
    if trigger.endswith(" "):
        body += r"\s+(?=\S)"
    return body


def _branches(pattern: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The top-level alternatives of ``pattern`` (itself if it has none), each with the literal
    every match of it starts with, read past zero-width assertions ("" when there is none)."""
    parts = _split_alternatives(pattern)
    out = []
    for part in parts:
        literal = ""
        for op, av in _parser.parse(part):
            if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                continue  # zero-width: the letters before and after it are adjacent in a match
            if op is not _c.LITERAL:
                break
            literal += chr(av)
        out.append((literal, re.compile(part)))
    return tuple(out)


def _literal_trie(branches: tuple[tuple[str, re.Pattern[str]], ...]) -> str:
    """A pattern matching somewhere exactly where one of ``branches`` does (not at the same
    offsets): their literals nested by common prefix, each followed by a check that one of
    its alternatives matches where the literal starts, "(?<=(?=ALTERNATIVES)LITERAL)"
    (a look-ahead inside a look-behind as long as the literal). The engine then reads each
    position once for all the literals (every alternative starting with a letter, it skips
    positions holding none of their first letters) and runs an alternative only where its
    literal is. Alternatives without a literal are searched as they are."""
    root: _Node = ({}, [])
    loose = []
    for literal, rx in branches:
        if not literal:
            loose.append(rx.pattern)
            continue
        node = root
        for ch in literal:
            node = node[0].setdefault(ch, ({}, []))
        node[1].append(rx.pattern)
    return "|".join([*_trie_alternatives(root, ""), *loose])


# a node of the trie of literals: (next letter -> node, alternatives whose literal ends here)
_Node = tuple[dict[str, "_Node"], list[str]]


def _trie_alternatives(node: _Node, literal: str) -> list[str]:
    """The alternatives below ``node`` (reached by reading ``literal``), see _literal_trie."""
    out = []
    for ch, child in node[0].items():
        below = _trie_alternatives(child, literal + ch)
        out.append(re.escape(ch) + (below[0] if len(below) == 1 else f"(?:{'|'.join(below)})"))
    if literal in node[1]:  # an alternative that is its literal: found, nothing to check
        out.append("")
    elif node[1]:
        out.append(f"(?<=(?=(?:{'|'.join(node[1])})){re.escape(literal)})")
    return out


def _split_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level "|" (outside groups and character classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3  # a "]" first in a class is literal
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    assert "|".join(parts) == pattern
    return parts


def by_first_letter(alternatives: list[str]) -> str:
    """The alternation of ``alternatives``, each starting with a letter, nested by that letter
    keeping their order: the same matches (at any position only those starting with the letter
    there can match, tried in their order), but the engine skips positions holding none of the
    first letters and tries only the alternatives of the letter there (alternatives starting
    with a group, a look-behind or "\\b" made it try every one at every position)."""
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives:
        assert alternative[0].isalpha()
        by_letter.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_letter.items())


def named_alternatives(segments: list[tuple[str, str]]) -> list[str]:
    """The alternatives of the patterns of ``segments`` (segment, pattern), each ending in an
    empty group named "SEGMENT_k": the one a match's ``lastgroup`` names."""
    alternatives = (
        (name, alternative)
        for name, pattern in segments
        for alternative in _split_alternatives(pattern)
    )
    return [f"{alternative}(?P<{name}_{k}>)" for k, (name, alternative) in enumerate(alternatives)]
