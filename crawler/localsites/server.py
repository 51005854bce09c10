"""A small static site server for local copies of news sites.

A local site is a directory holding ``site.json``::

    {"routes": [{"path": "/search", "query": {"q": "bpjs ketenagakerjaan", "page": "2"},
                 "file": "search/bpjs-ketenagakerjaan-2.html", "status": 200,
                 "content_type": "text/html; charset=utf-8",
                 "headers": {"Retry-After": "30"}}]}

Routes are tried in order and the first match wins. A route matches when the request path
equals ``path`` exactly (a trailing slash is significant) and every key of the route's
``query`` is present in the request with an equal value, compared after URL-decoding
(``+`` is a space), lower-casing and collapsing whitespace. A route without ``query``
matches any query string. A ``query`` value of ``null`` means the parameter must be absent
(e.g. ``{"q": "jamsostek", "page": null}`` matches ``?q=Jamsostek`` but not ``&page=2``).
Unmatched requests get a 404 with a small HTML body.

Files may contain ``{{BASE_URL}}``, replaced when served with the running server's base URL
(``http://127.0.0.1:PORT``).
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = [
    "BASE_URL_PLACEHOLDER",
    "LocalSite",
    "RequestRecord",
    "Route",
    "RunningSite",
    "bundled_site",
    "normalize_query_value",
]

BASE_URL_PLACEHOLDER = "{{BASE_URL}}"
DEFAULT_CONTENT_TYPE = "text/html; charset=utf-8"
_WS = re.compile(r"\s+")

NOT_FOUND_BODY = (
    '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
    "<title>404 Halaman tidak ditemukan</title></head>"
    "<body><h1>404</h1><p>Halaman tidak ditemukan.</p></body></html>\n"
)
ERROR_BODY = (
    '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
    "<title>{status} Error</title></head>"
    "<body><h1>{status}</h1><p>Terjadi kesalahan pada server.</p></body></html>\n"
)


def normalize_query_value(value: str) -> str:
    """Lower-case and collapse whitespace (values are already URL-decoded)."""
    return _WS.sub(" ", value).strip().lower()


@dataclass(frozen=True)
class Route:
    path: str
    query: dict[str, str | None] | None = None
    file: str | None = None
    status: int = 200
    content_type: str = DEFAULT_CONTENT_TYPE
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Route:
        query = data.get("query")
        return cls(
            path=data["path"],
            query=(
                {k: (None if v is None else str(v)) for k, v in query.items()}
                if query is not None
                else None
            ),
            file=data.get("file"),
            status=int(data.get("status", 200)),
            content_type=data.get("content_type", DEFAULT_CONTENT_TYPE),
            headers=dict(data.get("headers", {})),
        )

    def matches(self, path: str, query: dict[str, str]) -> bool:
        """``query`` maps parameter names to already-normalized values."""
        if path != self.path:
            return False
        if not self.query:
            return True
        for key, value in self.query.items():
            if value is None:
                if key in query:
                    return False
            elif query.get(key) != normalize_query_value(value):
                return False
        return True


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str
    query: str  # the raw query string, without "?"
    status: int
    user_agent: str | None


def _parse_query(raw: str) -> dict[str, str]:
    # parse_qsl decodes %XX and treats "+" as a space; the first occurrence of a key wins.
    parsed: dict[str, str] = {}
    for key, value in parse_qsl(raw, keep_blank_values=True):
        parsed.setdefault(key, normalize_query_value(value))
    return parsed


@dataclass
class LocalSite:
    root: Path
    routes: list[Route]

    @classmethod
    def load(cls, path: str | Path) -> LocalSite:
        root = Path(path)
        manifest = json.loads((root / "site.json").read_text(encoding="utf-8"))
        return cls(root=root, routes=[Route.from_dict(r) for r in manifest["routes"]])

    def match(self, path: str, query: str = "") -> Route | None:
        """The first route matching ``path`` and the raw query string, or None."""
        params = _parse_query(query)
        for route in self.routes:
            if route.matches(path, params):
                return route
        return None

    def read(self, route: Route, base_url: str) -> bytes | None:
        """The route's file with ``{{BASE_URL}}`` substituted, or None if it has no file."""
        if route.file is None:
            return None
        text = (self.root / route.file).read_text(encoding="utf-8")
        return text.replace(BASE_URL_PLACEHOLDER, base_url).encode("utf-8")

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> RunningSite:
        return RunningSite(self, host, port)


class _Handler(BaseHTTPRequestHandler):
    server: _SiteServer
    server_version = "pantau-localsite/1.0"
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _respond(self, send_body: bool) -> None:
        running = self.server.running
        site = running.site
        parts = urlsplit(self.path)
        route = site.match(parts.path, parts.query)
        headers: dict[str, str] = {}
        body: bytes | None
        if route is None:
            status = 404
            content_type = DEFAULT_CONTENT_TYPE
            body = NOT_FOUND_BODY.encode("utf-8")
        else:
            status = route.status
            content_type = route.content_type
            headers = route.headers
            body = site.read(route, running.base_url)
            if body is None:
                error = status >= 400
                body = ERROR_BODY.format(status=status).encode("utf-8") if error else b""
        running._record(
            RequestRecord(
                method=self.command,
                path=parts.path,
                query=parts.query,
                status=status,
                user_agent=self.headers.get("User-Agent"),
            )
        )
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], running: RunningSite) -> None:
        self.running = running
        super().__init__(address, _Handler)


class RunningSite:
    """A LocalSite being served in a daemon thread; use as a context manager."""

    def __init__(self, site: LocalSite, host: str = "127.0.0.1", port: int = 0) -> None:
        self.site = site
        self._lock = threading.Lock()
        self._requests: list[RequestRecord] = []
        self._server = _SiteServer((host, port), self)
        address = self._server.server_address
        self.host: str = str(address[0])
        self.port: int = int(address[1])
        self.base_url = f"http://{self.host}:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"localsite-{self.port}",
            daemon=True,
        )
        self._thread.start()
        self._stopped = False

    @property
    def requests(self) -> list[RequestRecord]:
        """A snapshot of the requests served so far, in order."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def _record(self, record: RequestRecord) -> None:
        with self._lock:
            self._requests.append(record)

    def url(self, path: str) -> str:
        return self.base_url + path

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> RunningSite:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def bundled_site(name: str) -> LocalSite:
    """The local copy shipped in ``crawler/localsites/<name>/``."""
    root = Path(__file__).resolve().parent / name
    if not (root / "site.json").is_file():
        raise FileNotFoundError(f"no bundled local site {name!r} (looked in {root})")
    return LocalSite.load(root)
