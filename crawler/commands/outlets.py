"""`pantau outlets`: the registered outlets, their discovery methods and base URLs."""

from __future__ import annotations

import argparse
from typing import Any

from crawler.outlets import REGISTRY

ORDER = 40  # position in `pantau --help`


def register(sub: Any) -> None:
    outlets = sub.add_parser("outlets", help="list the registered outlets")
    outlets.set_defaults(func=outlets_command)


def outlets_command(args: argparse.Namespace) -> int:
    width = max(len(k) for k in REGISTRY)
    for outlet in REGISTRY.values():
        state = "" if outlet.enabled else "  (disabled)"
        methods = ",".join(outlet.discovery)
        print(f"{outlet.key:<{width}}  {outlet.base_url:<34} {methods:<14} {outlet.name}{state}")
    return 0
