"""Serve a bundled local site: ``python -m crawler.localsites antara-sultra [--port N]``."""

from __future__ import annotations

import argparse
import threading

from crawler.localsites.server import bundled_site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m crawler.localsites", description="Serve a bundled local news site."
    )
    parser.add_argument("name", help="site directory, e.g. antara-sultra")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args(argv)
    site = bundled_site(args.name)
    running = site.serve(host=args.host, port=args.port)
    print(f"Serving {args.name} at {running.base_url}/ (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
