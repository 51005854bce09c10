"""Spiders, one per registered outlet (``scrapy crawl antara-sultra``), built from the registry.

Each outlet gets a subclass of its family's spider named after the outlet key, so Scrapy's
spider loader finds it in this module.
"""

from __future__ import annotations

from crawler.outlets import REGISTRY
from crawler.spiders.antara import AntaraSpider
from crawler.spiders.base import OutletSpider

FAMILY_SPIDERS: dict[str, type[OutletSpider]] = {"antara": AntaraSpider}


def _spider_class(outlet_key: str, family: str) -> type[OutletSpider]:
    base = FAMILY_SPIDERS[family]
    class_name = "".join(p.capitalize() for p in outlet_key.replace("-", " ").split()) + "Spider"
    namespace = {"name": outlet_key, "outlet_key": outlet_key, "__module__": __name__}
    return type(class_name, (base,), namespace)


SPIDERS: dict[str, type[OutletSpider]] = {
    key: _spider_class(key, outlet.family) for key, outlet in REGISTRY.items()
}
globals().update({cls.__name__: cls for cls in SPIDERS.values()})


def spider_for(outlet_key: str) -> type[OutletSpider]:
    return SPIDERS[outlet_key]
