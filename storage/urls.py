"""The storage key of an article URL: one key per article whichever spelling led to it.

``extract.urls.canonicalize`` already drops tracking parameters, fragments, ``page=all``, AMP
path prefixes/suffixes and trailing slashes, and keeps the scheme. :func:`url_key` goes further
for deduplication only (the stored ``canonical_url`` stays the page's own spelling): the scheme
is dropped (http and https are one article) and mobile/AMP/www host prefixes are folded
(``m.``, ``mobile.``, ``amp.``, ``www.``), so ``http://m.example.id/berita/1/?utm_source=x``
and ``https://www.example.id/berita/1`` share the key ``example.id/berita/1``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from extract.urls import canonicalize

HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")


def fold_host(host: str) -> str:
    """The host without its www/mobile/AMP prefixes (``m.www.x.id`` -> ``x.id``)."""
    host = host.lower().rstrip(".")
    changed = True
    while changed:
        changed = False
        for prefix in HOST_PREFIXES:
            rest = host.removeprefix(prefix)
            if rest != host and "." in rest:
                host, changed = rest, True
    return host


def url_key(url: str) -> str:
    """The deduplication key of an article URL: canonical spelling, no scheme, folded host."""
    parts = urlsplit(canonicalize(url))
    host = fold_host(parts.netloc)
    path = parts.path if parts.path != "/" else ""
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{path}{query}"
