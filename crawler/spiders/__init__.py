"""Spiders, one per registered outlet (``scrapy crawl antara-sultra``), built from the registry.

Each outlet gets a subclass of its family's spider named after the outlet key, so Scrapy's
spider loader finds it in this module. Outlets added from an ``--outlets-file`` get theirs when
first asked for (:func:`spider_for`).
"""

from __future__ import annotations

from collections.abc import Mapping

from crawler.outlets import REGISTRY, Outlet, get_outlet
from crawler.spiders.antara import AntaraSpider
from crawler.spiders.base import OutletSpider


class GenericSpider(OutletSpider):
    """Tribun, WordPress, WahanaNews and generic outlets: their differences are endpoints and
    URL patterns on the outlet entry, read by the generic discovery methods."""


FAMILY_SPIDERS: dict[str, type[OutletSpider]] = {
    "antara": AntaraSpider,
    **{f: GenericSpider for f in ("tribun", "wordpress", "wahana", "generic", "feed", "sitemap")},
}


def _spider_class(outlet_key: str, family: str) -> type[OutletSpider]:
    base = FAMILY_SPIDERS[family]
    class_name = "".join(p.capitalize() for p in outlet_key.replace("-", " ").split()) + "Spider"
    namespace = {"name": outlet_key, "outlet_key": outlet_key, "__module__": __name__}
    return type(class_name, (base,), namespace)


SPIDERS: dict[str, type[OutletSpider]] = {
    key: _spider_class(key, outlet.family) for key, outlet in REGISTRY.items()
}
globals().update({cls.__name__: cls for cls in SPIDERS.values()})


def spider_for(outlet_key: str, registry: Mapping[str, Outlet] = REGISTRY) -> type[OutletSpider]:
    """The outlet's spider class (made now for an outlet from an outlets file)."""
    outlet = get_outlet(outlet_key, registry=registry)
    spider = SPIDERS.get(outlet_key)
    if spider is None or not issubclass(spider, FAMILY_SPIDERS[outlet.family]):
        spider = _spider_class(outlet_key, outlet.family)
    return spider
