"""The outlet registry: every news site pantau knows, grouped by family module.

An :class:`Outlet` is plain data: key, base URL, region, the discovery methods the site offers
(cheapest first) and the endpoints they use. A family module (``antara``, ``tribun``,
``wordpress``, ``wahana``, ``generic``) lists its outlets and the clean-up hints its template
needs; the spider for each family lives in ``crawler.spiders``. Outlets can be added or
overridden without code from a TOML file (:mod:`crawler.outlets.toml`, ``--outlets-file``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from extract.clean import CleanHints

# Every discovery method pantau knows, cheapest first (see crawler.spiders.discovery).
METHODS = ("feed", "sitemap", "search", "wp-api", "listing", "archive")
# How far back a method reaches, in days; a method not named reaches back indefinitely.
DEFAULT_REACH: Mapping[str, int] = {"feed": 2}


class UnknownOutlet(KeyError):
    """No outlet with that key is registered."""

    def __str__(self) -> str:
        return f"unknown outlet {self.args[0]!r} (see `pantau outlets`)"


@dataclass(frozen=True, slots=True)
class Outlet:
    """One news site and how to find its articles.

    Path templates may use ``{kw}`` (a URL-quoted keyword), ``{slug}`` (keyword as a slug),
    ``{page}`` and, for archives, ``{day:%Y-%m-%d}``-style date formats.
    """

    key: str
    name: str
    base_url: str
    family: str
    region_code: str | None = None
    # Methods the site offers, cheapest first; `pantau crawl` picks from these.
    discovery: tuple[str, ...] = ("search", "feed")
    feeds: tuple[str, ...] = ()  # feed paths; "{kw}" marks a per-keyword search feed
    sitemaps: tuple[str, ...] = ()  # sitemap or sitemap-index paths
    search_path: str = ""  # HTML site search, e.g. "/?s={kw}"
    listings: tuple[str, ...] = ()  # listing/tag pages, e.g. "/tag/{slug}"
    archive_path: str = ""  # date archive, e.g. "/index-news?date={day:%Y-%m-%d}"
    archive_step: str = "day"  # "day" or "month"
    article_pattern: str = ""  # regex an article URL's path matches (empty: any)
    multipage: str = ""  # "all": fetch ?page=all; "pages": follow ?page=2.. and join
    reach: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_REACH))
    enabled: bool = True
    hints: CleanHints = field(default_factory=CleanHints)
    hints_valid_until: date | None = None  # re-check the selector hints after this day
    notes: str = ""

    def url(self, path: str) -> str:
        """An absolute URL on this outlet (``path`` starts with ``/``)."""
        if path.startswith(("http://", "https://")):
            return path
        return self.base_url.rstrip("/") + path

    def with_base_url(self, base_url: str) -> Outlet:
        return replace(self, base_url=base_url.rstrip("/"))

    def default_methods(self, since: date | None, today: date | None = None) -> tuple[str, ...]:
        """The cheapest methods that together reach back to ``since``.

        Methods are taken cheapest first until one reaches back to ``since`` (a method
        reaches ``reach[method]`` days back, or indefinitely if it has no entry). Without
        ``since`` there is no lower bound, so up to the first method without a limit.
        """
        today = today or date.today()
        chosen: list[str] = []
        for method in self.discovery:
            chosen.append(method)
            days = self.reach.get(method)
            if days is None or (since is not None and today - since <= timedelta(days=days)):
                break
        return tuple(chosen)

    def choose_methods(self, wanted: Iterable[str] | None, since: date | None) -> tuple[str, ...]:
        """``wanted`` (``--methods``) checked against what the outlet offers, or the default."""
        if not wanted:
            return self.default_methods(since)
        wanted = tuple(wanted)
        offered = [m for m in wanted if m in self.discovery]
        unknown = [m for m in wanted if m not in METHODS]
        if unknown:
            raise ValueError(
                f"unknown discovery method {unknown[0]!r} (known: {', '.join(METHODS)})"
            )
        return tuple(offered)


def _builtin() -> dict[str, Outlet]:
    from crawler.outlets import antara, generic, tribun, wahana, wordpress

    outlets: dict[str, Outlet] = {}
    for family in (antara, tribun, wordpress, wahana, generic):
        for outlet in family.OUTLETS:
            if outlet.key in outlets:
                raise ValueError(f"outlet key {outlet.key!r} registered twice")
            outlets[outlet.key] = outlet
    return outlets


# The outlets built into pantau. An ``--outlets-file`` adds to or overrides them in a registry
# of its own (:func:`load_registry`); nothing here changes at run time.
REGISTRY: Mapping[str, Outlet] = _builtin()


def load_registry(outlets_file: str | None = None) -> Mapping[str, Outlet]:
    """The built-in outlets, with the entries of ``outlets_file`` (``--outlets-file``, TOML)
    added or overriding, in registry order; the built-ins alone for None/""."""
    if not outlets_file:
        return REGISTRY
    from crawler.outlets.file import load_outlets_file

    return {**REGISTRY, **{o.key: o for o in load_outlets_file(outlets_file)}}


def get_outlet(
    key: str,
    base_urls: Mapping[str, str] | None = None,
    registry: Mapping[str, Outlet] = REGISTRY,
) -> Outlet:
    """The outlet ``key`` of ``registry``, its base URL overridden from ``base_urls`` if given."""
    try:
        outlet = registry[key]
    except KeyError:
        raise UnknownOutlet(key) from None
    override = (base_urls or {}).get(key)
    return outlet.with_base_url(override) if override else outlet


def enabled_outlets(registry: Mapping[str, Outlet] = REGISTRY) -> list[Outlet]:
    return [o for o in registry.values() if o.enabled]


def parse_base_urls(
    pairs: Iterable[str], registry: Mapping[str, Outlet] = REGISTRY
) -> dict[str, str]:
    """``["antara-sultra=http://127.0.0.1:8000"]`` -> ``{"antara-sultra": "http://..."}``."""
    result: dict[str, str] = {}
    known = registry
    for pair in pairs:
        key, sep, url = pair.partition("=")
        if not sep or not key.strip() or not url.strip().startswith(("http://", "https://")):
            raise ValueError(f"--base-url takes KEY=http(s)://HOST[:PORT], got {pair!r}")
        if key.strip() not in known:
            raise UnknownOutlet(key.strip())
        result[key.strip()] = url.strip().rstrip("/")
    return result


def parse_methods(value: str | None) -> tuple[str, ...]:
    """``--methods feed,sitemap`` -> ``("feed", "sitemap")``; unknown names are an error."""
    if not value:
        return ()
    methods = tuple(m.strip() for m in value.split(",") if m.strip())
    for method in methods:
        if method not in METHODS:
            raise ValueError(f"unknown discovery method {method!r} (known: {', '.join(METHODS)})")
    return methods
