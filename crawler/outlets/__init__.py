"""The outlet registry: every news site pantau knows, grouped by family module.

An :class:`Outlet` is plain data (key, base URL, region, discovery methods). A family module
(``antara``, later ``tribun``, ``wordpress``, ...) lists its outlets and the clean-up hints its
template needs; the spider for that family lives in ``crawler.spiders``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from extract.clean import CleanHints


class UnknownOutlet(KeyError):
    """No outlet with that key is registered."""

    def __str__(self) -> str:
        return f"unknown outlet {self.args[0]!r} (see `pantau outlets`)"


@dataclass(frozen=True, slots=True)
class Outlet:
    """One news site and how to find its articles."""

    key: str
    name: str
    base_url: str
    family: str
    region_code: str | None = None
    discovery: tuple[str, ...] = ("search", "feed")
    feeds: tuple[str, ...] = ()
    enabled: bool = True
    hints: CleanHints = field(default_factory=CleanHints)

    def url(self, path: str) -> str:
        """An absolute URL on this outlet (``path`` starts with ``/``)."""
        return self.base_url.rstrip("/") + path

    def with_base_url(self, base_url: str) -> Outlet:
        return replace(self, base_url=base_url.rstrip("/"))


def _registry() -> dict[str, Outlet]:
    from crawler.outlets import antara

    outlets: dict[str, Outlet] = {}
    for family in (antara,):
        for outlet in family.OUTLETS:
            if outlet.key in outlets:
                raise ValueError(f"outlet key {outlet.key!r} registered twice")
            outlets[outlet.key] = outlet
    return outlets


REGISTRY: Mapping[str, Outlet] = _registry()


def get_outlet(key: str, base_urls: Mapping[str, str] | None = None) -> Outlet:
    """The registered outlet ``key``, its base URL overridden from ``base_urls`` if given."""
    try:
        outlet = REGISTRY[key]
    except KeyError:
        raise UnknownOutlet(key) from None
    override = (base_urls or {}).get(key)
    return outlet.with_base_url(override) if override else outlet


def enabled_outlets() -> list[Outlet]:
    return [o for o in REGISTRY.values() if o.enabled]


def parse_base_urls(pairs: Iterable[str]) -> dict[str, str]:
    """``["antara-sultra=http://127.0.0.1:8000"]`` -> ``{"antara-sultra": "http://..."}``."""
    result: dict[str, str] = {}
    for pair in pairs:
        key, sep, url = pair.partition("=")
        if not sep or not key.strip() or not url.strip().startswith(("http://", "https://")):
            raise ValueError(f"--base-url takes KEY=http(s)://HOST[:PORT], got {pair!r}")
        if key.strip() not in REGISTRY:
            raise UnknownOutlet(key.strip())
        result[key.strip()] = url.strip().rstrip("/")
    return result
