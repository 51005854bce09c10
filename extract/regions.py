"""Indonesian administrative regions (Kepmendagri codes) and how the press names them.

``load_regions`` reads the bundled CSV; ``resolve_region_name`` turns a full name (official, with or
without ``Provinsi``/``Kabupaten``/``Kota``, or a press short form such as ``Sultra``/``Kutim``)
into a :class:`Region`; ``find_region_mentions`` finds every region (and island-level area such
as "Kalimantan" or "Sulawesi Maluku") named in running text.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources

from extract.regionnames import AREAS as _AREAS
from extract.regionnames import COMMON_WORDS as _COMMON_WORDS
from extract.regionnames import SHORT_FORMS as _SHORT_FORMS
from extract.regionnames import SPELLINGS as _SPELLINGS
from extract.textutil import trie_pattern

__all__ = [
    "NATIONAL",
    "Region",
    "RegionMention",
    "find_region_mentions",
    "form_spans",
    "known_forms",
    "load_regions",
    "region_by_code",
    "resolve_region_name",
]


@dataclass(frozen=True, slots=True)
class Region:
    """One row of the Kepmendagri list; ``level`` is province, regency or city."""

    code: str
    name: str
    level: str
    parent_code: str | None

    @property
    def display_name(self) -> str:
        """Official name with the level word the press and annotators use ("Provinsi X")."""
        if self.level == "province":
            return f"Provinsi {_PROVINCE_DISPLAY.get(self.code, self.name)}"
        return self.name


NATIONAL = Region("ID", "Indonesia", "country", None)

_PROVINCE_DISPLAY = {"31": "DKI Jakarta", "34": "DI Yogyakarta"}

_PREFIX_LEVEL = {
    "provinsi": "province",
    "prov": "province",
    "pemprov": "province",
    "kabupaten": "regency",
    "kab": "regency",
    "pemkab": "regency",
    "kota": "city",
    "pemkot": "city",
    "kotamadya": "city",
}


@dataclass(frozen=True, slots=True)
class RegionMention:
    """A region or area named in text. ``candidates`` are the regions the words can denote;
    ``level`` is set when a level word (Kabupaten, Kota, Provinsi) was written."""

    start: int
    end: int
    surface: str
    candidates: tuple[Region, ...]
    level: str | None
    area: str | None = None  # e.g. "Kalimantan" when not one region

    def pick(self, prefer_city: bool = False) -> Region | None:
        """The region meant: a written level first, then province, then city, then regency."""
        if not self.candidates:
            return None
        if self.level:
            for r in self.candidates:
                if r.level == self.level:
                    return r
        if len(self.candidates) == 1:  # (what the sort below picks)
            return self.candidates[0]
        order = ("city", "regency", "province") if prefer_city else ("province", "city", "regency")
        return sorted(self.candidates, key=lambda r: order.index(r.level))[0]


# The slots of RegionMention, set in field order by ``_new_mention``: the object its __init__
# makes, at half the cost (a frozen dataclass's __init__ sets each field by name through
# object.__setattr__; find_region_mentions makes one per region named)
_MENTION_SLOTS = tuple(getattr(RegionMention, f.name).__set__ for f in fields(RegionMention))


def _new_mention(
    start: int,
    end: int,
    surface: str,
    candidates: tuple[Region, ...],
    level: str | None,
    area: str | None,
) -> RegionMention:
    """``RegionMention(start, end, surface, candidates, level, area)``."""
    mention = object.__new__(RegionMention)
    set_start, set_end, set_surface, set_candidates, set_level, set_area = _MENTION_SLOTS
    set_start(mention, start)
    set_end(mention, end)
    set_surface(mention, surface)
    set_candidates(mention, candidates)
    set_level(mention, level)
    set_area(mention, area)
    return mention


def load_regions() -> list[Region]:
    """All provinces, regencies and cities of the bundled Kepmendagri 2025 list (a new list on
    every call; the rows are read once)."""
    return list(_regions())


@lru_cache(maxsize=1)
def _regions() -> tuple[Region, ...]:
    raw = (
        resources.files("extract")
        .joinpath("data/regions_kepmendagri_2025.csv")
        .read_text(encoding="utf-8")
    )
    return tuple(
        Region(row["code"], row["name"], row["level"], row["parent_code"] or None)
        for row in csv.DictReader(io.StringIO(raw))
    )


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Region]:
    table = {r.code: r for r in _regions()}
    table["ID"] = NATIONAL
    return table


def region_by_code(code: str) -> Region | None:
    """The region with this code (``ID`` is Indonesia), or None."""
    return _by_code().get(code)


def _bare(name: str) -> str:
    return re.sub(r"^(?:Kabupaten|Kota Administrasi|Kota)\s+", "", name)


def _variants(bare: str) -> set[str]:
    """The ways the press writes a bare name: "Bau Bau" also "Baubau" and "Bau-Bau", "Toli-Toli"
    also "Toli Toli", "Labuhanbatu Utara" also "Labuhan Batu Utara" (``_SPELLINGS``)."""
    spelled = {bare}
    first, _, rest = bare.partition(" ")
    for spelling in _SPELLINGS.get(first, ()):
        spelled.add(f"{spelling} {rest}".strip())
    if first == "Kepulauan" and rest:
        spelled.add(f"Kep. {rest}")  # "Kabupaten Kep. Selayar"
    out: set[str] = set()
    for name in spelled:
        out.update({name, name.replace("-", " ")})
        words = name.replace("-", " ").split()
        if len(words) == 2:
            out.add("".join(words))
            out.add("-".join(words))
            out.add(words[0] + words[1].lower())
    return out


@lru_cache(maxsize=1)
def _surfaces() -> dict[str, tuple[tuple[Region, ...], str | None]]:
    """lower-cased surface form -> (candidate regions, level written in the form)."""
    table: dict[str, list[Region]] = {}
    levels: dict[str, str | None] = {}

    def add(surface: str, region: Region, level: str | None) -> None:
        key = surface.lower()
        table.setdefault(key, [])
        if region not in table[key]:
            table[key].append(region)
        levels[key] = level if levels.get(key, level) == level else None

    by_name = {r.name: r for r in _regions()}
    for r in _regions():
        bare = _bare(r.name)
        if r.level == "province":
            names = [r.name]
            if r.name.startswith("Kepulauan "):
                names.append("Kep. " + r.name.removeprefix("Kepulauan "))  # "Kep. Riau"
            for name in names:
                add(name, r, None)
                for word in ("Provinsi", "Prov.", "Pemprov"):
                    add(f"{word} {name}", r, "province")
        else:
            word = "Kabupaten" if r.level == "regency" else "Kota"
            add(f"{word} {bare}", r, r.level)
            add(r.name, r, r.level)
            for alias in ("Kab.", "Kab", "Pemkab") if r.level == "regency" else ("Pemkot",):
                add(f"{alias} {bare}", r, r.level)
            for variant in _variants(bare):
                add(f"{word} {variant}", r, r.level)
                if variant not in _COMMON_WORDS:
                    add(variant, r, None)
    for short, official in _SHORT_FORMS.items():
        region = by_name.get(official)
        if region is not None:
            add(short, region, None)
            if region.level == "province":
                add(f"Provinsi {short}", region, "province")
                add(f"Pemprov {short}", region, "province")
    return {k: (tuple(v), levels[k]) for k, v in table.items()}


def resolve_region_name(text: str) -> Region | None:
    """Resolve a whole name ("Kota Kendari", "Provinsi Sulawesi Tengah", "Sulteng", "Kutim",
    "Indonesia") to a region, case-insensitively; None if it names no single region."""
    key = re.sub(r"\s+", " ", text.strip()).lower()
    if key in ("indonesia", "nasional", "id"):
        return NATIONAL
    if key.replace(".", "") in _by_code():
        return _by_code()[key.replace(".", "")] if "." not in key else _by_code()[key]
    found = _surfaces().get(key)
    if not found:
        return None
    candidates, level = found
    mention = RegionMention(0, len(text), text, candidates, level)
    return mention.pick()


# A token is a run of ``[A-Za-z][A-Za-z0-9'’-]*`` and a "." after it, if any; the words of a form
# are tokens with a gap of 1 to 3 white space characters between them.


@lru_cache(maxsize=1)
def _lookup() -> tuple[dict[str, tuple[tuple[Region, ...], str | None]], dict[str, str], int]:
    """Surface forms, area names and the longest form in words."""
    areas = {a.lower(): a for a in _AREAS}
    longest = max(len(k.split()) for k in (*_surfaces(), *areas))
    return _surfaces(), areas, longest


@lru_cache(maxsize=1)
def _open_prefixes() -> frozenset[str]:
    """The words a longer known form goes on from: the first word of every form of two or more
    words, the first two of one of three or more, and so on ("kota" for "kota baubau")."""
    surfaces, areas, _ = _lookup()
    out: set[str] = set()
    for key in (*surfaces, *areas):
        words = key.split()
        out.update(" ".join(words[:n]) for n in range(1, len(words)))
    return frozenset(out)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Lower-cased first words of every known form (a cheap filter before the lookup)."""
    surfaces, areas, _ = _lookup()
    return frozenset(k.split()[0] for k in (*surfaces, *areas))


def _looks_proper(surface: str) -> bool:
    """Whether the first word that is no level word (Kota, Kab., ...) is capitalised (or does not
    start with a letter); False when there is none."""
    for word in surface.split():
        if word.lower().rstrip(".") not in _PREFIX_LEVEL:
            return word[0].isupper() or not word[0].isalpha()
    return False


_Forms = dict[str, tuple[tuple[Region, ...], str | None, str | None]]


@lru_cache(maxsize=1)
def _forms() -> _Forms:
    """Every known form (lower case) -> its candidates, the level written and the area named
    (one table for the surface forms and the areas: a surface form wins)."""
    surfaces, areas, _ = _lookup()
    table: _Forms = {key: ((), None, area) for key, area in areas.items()}
    table.update((key, (candidates, level, None)) for key, (candidates, level) in surfaces.items())
    return table


def known_forms() -> _Forms:
    """Every known form (lower case, as ``form_spans`` gives it) -> its candidates, the level
    written and the area named (the fields of its mentions)."""
    return _forms()


# the next token when 1 to 3 white space characters are all that lie before it
_NEXT_TOKEN_RE = re.compile(r"\s{1,3}([A-Za-z][A-Za-z0-9'’-]*\.?)")


def _match_from(
    text: str, pos: int, key: str, forms: _Forms, prefixes: frozenset[str]
) -> tuple[int, int, int, str] | None:
    """Longest known form starting with the token at ``pos`` (``key``: the token lower-cased):
    (start, end, end of its last token, key). ``forms`` and ``prefixes`` are ``_forms()`` and
    ``_open_prefixes()``."""
    start, token_end = pos, pos + len(key)
    if key.startswith("se-") and len(key) > 3:
        start, key = pos + 3, key[3:]  # "se-Sultra"
    elif pos and text[pos - 1] == "-":
        return None  # "Covid-Jambi"
    if not (text[start].isupper() or key.rstrip(".") in _PREFIX_LEVEL):
        return None  # a form starts with a capital letter or a level word (Provinsi, kab., ...)
    if key not in prefixes:  # (most forms: one token, the loop below run once)
        if key in forms:
            return start, token_end, token_end, key
        if key.endswith(".") and key[:-1] in forms:
            return start, token_end - 1, token_end, key[:-1]
        return None
    # the words from the start, token by token, while they begin some longer known form (its
    # last word may lose a final "." below, never an earlier one)
    # (a token counts when only a short white space gap lies before it; tokens hold none, so a
    # key is the one before, a space and the token, lower-cased)
    keys, ends = [key], [token_end]
    while keys[-1] in prefixes:
        nxt = _NEXT_TOKEN_RE.match(text, ends[-1])
        if nxt is None:
            break
        keys.append(f"{keys[-1]} {nxt[1].lower()}")
        ends.append(nxt.end())
    for k in range(len(keys) - 1, -1, -1):
        key, end = keys[k], ends[k]
        if key not in forms and key.endswith("."):
            key, end = key[:-1], end - 1
        if key in forms:
            return start, end, ends[k], key
    return None


@lru_cache(maxsize=1)
def _one_token_forms() -> dict[str, tuple[int, str]]:
    """Tokens (lower case, with the "." after them, if any) that ``_match_from`` reads as a
    whole form when capitalised and not after a "-": no level word, no "se-" and no start of a
    longer form -> the form's length and key (the token, or the token less its ".")."""
    forms, prefixes = _forms(), _open_prefixes()
    out: dict[str, tuple[int, str]] = {}
    for form in forms:
        for token in (form, form + ".") if " " not in form else ():
            if (
                token in prefixes
                or token.rstrip(".") in _PREFIX_LEVEL
                or (token.startswith("se-") and len(token) > 3)
            ):
                continue
            if token in forms:
                out[token] = (len(token), token)
            elif token.endswith(".") and token[:-1] in forms:
                out[token] = (len(token) - 1, token[:-1])
    return out


@lru_cache(maxsize=1)
def _form_start_re() -> re.Pattern[str]:
    """Where a known form can start: a word that is, case aside, the first word of a form (less
    a final ".": "Kab." is the match "Kab"), or "se-" and one ("se-Sultra"), written with a capital
    first letter, or in lower case for the level words (prov..., pem..., kab..., kot...), which
    ``_match_from`` accepts uncapitalised. Each match runs to the end of its run of token
    characters, so no token start is passed over.

    One alternative per first letter, that letter as written and the rest of the word in any
    (ASCII) case, nested by common prefix: the engine scans for the first letters and tries a
    few letters at each, instead of stopping at every capitalised word."""
    words = sorted({w.rstrip(".") for w in _first_words()})
    se_words = ["e-" + w for w in words]
    # lower-case starts, first (the letters most often tried): "se-", and the level words
    # starting "pro", "pem", "kab", "kot"
    starts = {"s": se_words}
    for first, seconds in (("p", ("ro", "em")), ("k", ("ab", "ot"))):
        starts[first] = [w[1:] for w in words if w[0] == first and w[1:3] in seconds]
    for first in sorted({w[0] for w in words}):
        rests = [w[1:] for w in words if w[0] == first]
        starts[first.upper()] = rests + (se_words if first == "s" else [])
    alternatives = [first + f"(?i:{trie_pattern(rests)})" for first, rests in starts.items()]
    # (re.ASCII: "(?i:k)" matches "k" and "K", not the Kelvin sign, as ``str.lower`` reads them)
    return re.compile(f"(?:{'|'.join(alternatives)})(?![A-Za-z0-9'’-])", re.ASCII)


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_TOKEN_CHARS = _LETTERS | frozenset("0123456789'’-")


def _token_starts_at(text: str, pos: int) -> bool:
    """Whether a token of the whole text starts at ``pos`` (a letter): no letter in
    the run of token characters before it (that letter would start a token running through
    ``pos``)."""
    while pos > 0 and text[pos - 1] in _TOKEN_CHARS:
        pos -= 1
        if text[pos] in _LETTERS:
            return False
    return True


def find_region_mentions(text: str) -> list[RegionMention]:
    """Every region or area named in ``text`` (longest match wins), in order."""
    forms = _forms()
    return [
        _new_mention(start, end, text[start:end], *forms[key])
        for start, end, key in form_spans(text)
    ]


def form_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key in ``_forms()``) of each mention ``find_region_mentions`` finds."""
    forms, firsts, prefixes = _forms(), _first_words(), _open_prefixes()
    one_token = _one_token_forms()
    out: list[tuple[int, int, str]] = []
    consumed = 0  # end of the last token of the last form found
    for cand in _form_start_re().finditer(text):
        # at a token start, the token is the candidate and a "." after it, if any
        pos, run_end = cand.span()
        if pos < consumed:
            continue
        bare = cand[0].lower()
        dot = text.startswith(".", run_end)
        if not (bare in firsts or bare[3:] in firsts or (dot and bare + "." in firsts)):
            continue
        # (a token starts at ``pos`` when no token character is before it, most often)
        if pos and text[pos - 1] in _TOKEN_CHARS and not _token_starts_at(text, pos):
            continue
        token = bare + "." if dot else bare
        one = one_token.get(token)
        if one is not None:  # (what _match_from finds, without the call)
            if not text[pos].isupper() or (pos and text[pos - 1] == "-"):
                continue
            consumed = pos + len(token)
            out.append((pos, pos + one[0], one[1]))
            continue
        found = _match_from(text, pos, token, forms, prefixes)
        if found is None:
            continue
        start, end, consumed, key = found
        # (a first word that is no level word is capitalised: _match_from starts no other)
        if (bare[3:] if start > pos else bare) not in _PREFIX_LEVEL or _looks_proper(
            text[start:end]
        ):
            out.append((start, end, key))
    return out
