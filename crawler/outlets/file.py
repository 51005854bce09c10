"""Outlets from a TOML file (``--outlets-file``): add WordPress, feed or sitemap outlets, or
override fields of built-in ones, without code.

```toml
[[outlet]]
key = "kendariinfo"
name = "Kendari Info"
base_url = "https://kendariinfo.example"
family = "wordpress"          # wordpress | feed | sitemap | generic (new outlets)
region_code = "74.71"
feeds = ["/feed/"]            # optional; family defaults otherwise
discovery = ["feed", "wp-api"]
enabled = true

[[outlet]]                    # an existing key: only the fields given change
key = "antara"
enabled = false
```

Errors raise :class:`ValueError` naming the file and the entry.
"""

from __future__ import annotations

import tomllib
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from crawler.outlets import METHODS, REGISTRY, Outlet
from crawler.outlets import wordpress as wp
from crawler.outlets.generic import SLUG_PATTERN

NEW_FAMILIES = ("wordpress", "feed", "sitemap", "generic")
TUPLE_FIELDS = ("discovery", "feeds", "sitemaps", "listings")
STRING_FIELDS = (
    "key", "name", "base_url", "family", "region_code", "search_path", "archive_path",
    "archive_step", "article_pattern", "multipage", "notes",
)  # fmt: skip
ALLOWED = {*TUPLE_FIELDS, *STRING_FIELDS, "enabled", "reach"}


def load_outlets_file(path: str | Path) -> list[Outlet]:
    """The outlets a TOML file defines, each checked; ValueError on the first problem."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"{path}: cannot read outlets file ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not valid TOML ({exc})") from None
    entries = data.get("outlet")
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{path}: no [[outlet]] entries")
    outlets: list[Outlet] = []
    for number, entry in enumerate(entries, 1):
        label = f"{path}: outlet #{number}" + (
            f" ({entry['key']})" if isinstance(entry, dict) and "key" in entry else ""
        )
        try:
            outlets.append(outlet_from_entry(entry))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{label}: {exc}") from None
    return outlets


def outlet_from_entry(entry: Any) -> Outlet:
    if not isinstance(entry, dict):
        raise ValueError("not a table")
    unknown = sorted(set(entry) - ALLOWED)
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r}")
    values = _checked(entry)
    key = values.get("key")
    if not key:
        raise ValueError("missing key")
    if key in REGISTRY:
        return replace(REGISTRY[key], **values)
    for required in ("name", "base_url", "family"):
        if not values.get(required):
            raise ValueError(f"a new outlet needs {required!r}")
    family = values.pop("family")
    if family not in NEW_FAMILIES:
        raise ValueError(f"family must be one of {', '.join(NEW_FAMILIES)}, got {family!r}")
    base = _family_template(family, values)
    return replace(base, **values)


def _family_template(family: str, values: dict[str, Any]) -> Outlet:
    key, name, base_url = values["key"], values["name"], values["base_url"]
    if family == "wordpress":
        return wp.site(key, base_url, name, None)
    if family == "feed":
        if not values.get("feeds"):
            raise ValueError("a feed outlet needs feeds = [...]")
        return Outlet(key, name, base_url, "feed", discovery=("feed",))
    if family == "sitemap":
        sitemaps = values.get("sitemaps") or ("/sitemap.xml",)
        return Outlet(key, name, base_url, "sitemap", discovery=("sitemap",), sitemaps=sitemaps,
                      reach={})  # fmt: skip
    return Outlet(key, name, base_url, "generic", discovery=("feed", "search", "sitemap"),
                  feeds=("/feed/",), sitemaps=("/sitemap.xml",), search_path="/?s={kw}",
                  article_pattern=SLUG_PATTERN)  # fmt: skip


def _checked(entry: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in entry.items():
        if name in TUPLE_FIELDS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{name} must be a list of strings")
            values[name] = tuple(value)
        elif name in STRING_FIELDS:
            if not isinstance(value, str):
                raise ValueError(f"{name} must be a string")
            values[name] = value.strip()
        elif name == "enabled":
            if not isinstance(value, bool):
                raise ValueError("enabled must be true or false")
            values[name] = value
        elif name == "reach":
            if not isinstance(value, dict) or not all(isinstance(v, int) for v in value.values()):
                raise ValueError("reach must be a table of method = days")
            values[name] = dict(value)
    if "base_url" in values:
        if not values["base_url"].startswith(("http://", "https://")):
            raise ValueError(
                f"base_url must start with http:// or https://, got {values['base_url']!r}"
            )
        values["base_url"] = values["base_url"].rstrip("/")
    for method in values.get("discovery", ()):
        if method not in METHODS:
            raise ValueError(f"unknown discovery method {method!r} (known: {', '.join(METHODS)})")
    assert {f.name for f in fields(Outlet)} >= ALLOWED
    return values
