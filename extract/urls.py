"""Canonical article URLs: one spelling per article, whatever link led to it."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track where a click came from.
TRACKING_PREFIXES = ("utm_", "fb_", "ga_", "mc_")
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "amp"}
)
# Parameters that select a view of the same article rather than another document.
VIEW_PARAMS = frozenset({"page"})


def canonicalize(url: str) -> str:
    """Return the canonical spelling of an article URL.

    Lower-cases scheme and host, drops the default port, the fragment, tracking parameters and
    ``page=all``/``page=1``, strips an ``/amp`` path prefix or suffix and a trailing slash, and
    sorts the remaining query parameters. The scheme is kept (http and https are folded by the
    caller that knows an outlet's scheme). ``page=2`` and later are kept: they are other pages.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "https"
    host = (parts.hostname or "").lower()
    if parts.port and not (
        (scheme == "http" and parts.port == 80) or (scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    path = _strip_amp(parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(k) and not (k in VIEW_PARAMS and v.lower() in ("all", "1", ""))
    ]
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def _is_tracking(key: str) -> bool:
    key = key.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _strip_amp(path: str) -> str:
    if path.startswith("/amp/"):
        path = path[4:]
    for suffix in ("/amp", "/amp/"):
        if path.endswith(suffix):
            path = path[: -len(suffix)] or "/"
    return path
