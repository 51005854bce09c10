"""`pantau outlets`: the registered outlets, their discovery methods and base URLs."""

from __future__ import annotations

import argparse
from typing import Any

from crawler.commands.crawl import add_outlets_file_option
from crawler.outlets import load_registry

ORDER = 40  # position in `pantau --help`


def register(sub: Any) -> None:
    outlets = sub.add_parser(
        "outlets",
        help="list the registered outlets",
        description="Lists every outlet: key, base URL, family, region code and the discovery "
        "methods it offers, cheapest first (those a crawl uses by default, without --since, "
        "are marked *).",
    )
    add_outlets_file_option(outlets)
    outlets.set_defaults(func=outlets_command)


def outlets_command(args: argparse.Namespace) -> int:
    registry = load_registry(args.outlets_file)
    width = max(len(k) for k in registry)
    url_width = max(len(o.base_url) for o in registry.values())
    print(f"{'key':<{width}}  {'base URL':<{url_width}}  {'family':<9} {'region':<6} methods")
    for outlet in registry.values():
        default = set(outlet.default_methods(None))
        methods = ",".join(m + ("*" if m in default else "") for m in outlet.discovery)
        state = "  (disabled)" if not outlet.enabled else ""
        region = outlet.region_code or "-"
        print(f"{outlet.key:<{width}}  {outlet.base_url:<{url_width}}  {outlet.family:<9} "
              f"{region:<6} {methods}{state}")  # fmt: skip
    return 0
