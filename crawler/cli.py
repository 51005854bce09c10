"""The `pantau` command. Each subcommand lives in its own module under crawler.commands
(extract and eval in extract.cli) and registers itself on the parser.

Errors a user can fix (unknown outlet, bad date, bad database URL) print one line to stderr and
exit with status 2; a crawl that could not reach an outlet exits 1; a held run lock exits 3.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from crawler.outlets import UnknownOutlet
from crawler.runlock import LockBusy
from storage.db import StorageError

EXIT_USAGE = 2
EXIT_LOCKED = 3


def command_modules() -> list[ModuleType]:
    """Every module of crawler.commands with a ``register`` function, by ``ORDER`` then name."""
    import crawler.commands as package

    modules = [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]
    modules = [m for m in modules if hasattr(m, "register")]
    return sorted(modules, key=lambda m: (getattr(m, "ORDER", 100), m.__name__))


def build_parser() -> argparse.ArgumentParser:
    from extract.cli import add_eval_parser, add_extract_parser

    parser = argparse.ArgumentParser(
        prog="pantau",
        description="Collect BPJS Ketenagakerjaan participation figures from Indonesian news "
        "into one deduplicated time series per region, metric and segment.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in command_modules():
        module.register(sub)
    add_extract_parser(sub)
    add_eval_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (StorageError, UnknownOutlet, ValueError) as exc:
        print(f"pantau: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except LockBusy as exc:
        print(f"pantau: {exc}; not crawling", file=sys.stderr)
        return EXIT_LOCKED


if __name__ == "__main__":
    sys.exit(main())
