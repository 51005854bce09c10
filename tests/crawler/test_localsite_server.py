"""Tests of the static server for local copies of news sites (crawler/localsites/server.py)."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.localsites import LocalSite, RequestRecord, bundled_site
from crawler.localsites.server import normalize_query_value

ROOT = Path(__file__).resolve().parents[2]


def fetch(
    base_url: str, target: str, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        conn.request(method, target, headers=headers or {})
        resp = conn.getresponse()
        body = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body
    finally:
        conn.close()


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p1.html").write_text("<p>page one</p>", encoding="utf-8")
    (tmp_path / "pages" / "p2.html").write_text("<p>page two</p>", encoding="utf-8")
    (tmp_path / "pages" / "empty.html").write_text("<p>no results</p>", encoding="utf-8")
    (tmp_path / "pages" / "dir.html").write_text("<p>with slash</p>", encoding="utf-8")
    (tmp_path / "pages" / "links.html").write_text(
        '<link rel="canonical" href="{{BASE_URL}}/a">\n<a href="{{BASE_URL}}/b">b</a>',
        encoding="utf-8",
    )
    (tmp_path / "pages" / "oops.html").write_text("<p>custom error page</p>", encoding="utf-8")
    (tmp_path / "feed.xml").write_text("<rss><channel/></rss>", encoding="utf-8")
    routes = [
        {
            "path": "/search",
            "query": {"q": "bpjs ketenagakerjaan", "page": None},
            "file": "pages/p1.html",
        },
        {
            "path": "/search",
            "query": {"q": "bpjs ketenagakerjaan", "page": "1"},
            "file": "pages/p1.html",
        },
        {
            "path": "/search",
            "query": {"q": "bpjs ketenagakerjaan", "page": "2"},
            "file": "pages/p2.html",
        },
        {"path": "/search", "file": "pages/empty.html"},
        {"path": "/dir/", "file": "pages/dir.html"},
        {"path": "/links", "file": "pages/links.html"},
        {"path": "/boom", "status": 500},
        {"path": "/oops", "status": 500, "file": "pages/oops.html"},
        {"path": "/busy", "status": 503, "headers": {"Retry-After": "120"}},
        {
            "path": "/feed.xml",
            "file": "feed.xml",
            "content_type": "application/rss+xml; charset=utf-8",
        },
    ]
    (tmp_path / "site.json").write_text(json.dumps({"routes": routes}), encoding="utf-8")
    return tmp_path


@pytest.fixture
def running(site_dir: Path):
    with LocalSite.load(site_dir).serve() as run:
        yield run


def test_load_reads_routes(site_dir: Path) -> None:
    site = LocalSite.load(site_dir)
    assert site.root == site_dir
    assert len(site.routes) == 10
    assert site.routes[0].query == {"q": "bpjs ketenagakerjaan", "page": None}
    assert site.routes[3].query is None
    assert site.routes[6].status == 500 and site.routes[6].file is None
    assert site.routes[0].content_type == "text/html; charset=utf-8"


def test_normalize_query_value() -> None:
    assert normalize_query_value("  BPJS \t Ketenagakerjaan ") == "bpjs ketenagakerjaan"


def test_base_url_is_loopback_with_real_port(running) -> None:
    assert running.base_url == f"http://127.0.0.1:{running.port}"
    assert running.port > 0


@pytest.mark.parametrize(
    "target",
    [
        "/search?q=BPJS+Ketenagakerjaan&page=2",
        "/search?q=BPJS%20Ketenagakerjaan&page=2",
        "/search?q=bpjs+ketenagakerjaan&page=2",
        "/search?page=2&q=BPJS++KETENAGAKERJAAN",
        "/search?q=%20BPJS%09Ketenagakerjaan%20&page=2&utm_source=x",
    ],
)
def test_query_matching_decodes_plus_percent_case_and_whitespace(running, target: str) -> None:
    status, _, body = fetch(running.base_url, target)
    assert status == 200
    assert body == b"<p>page two</p>"


@pytest.mark.parametrize(
    "target", ["/search?q=BPJS+Ketenagakerjaan", "/search?q=BPJS+Ketenagakerjaan&page=1"]
)
def test_missing_page_param_serves_page_one(running, target: str) -> None:
    status, _, body = fetch(running.base_url, target)
    assert (status, body) == (200, b"<p>page one</p>")


@pytest.mark.parametrize(
    "target",
    [
        "/search?q=BPJS+Ketenagakerjaan&page=7",  # page param present: the null route skips
        "/search?q=Jamsostek",
        "/search",
    ],
)
def test_first_match_wins_and_generic_route_catches_the_rest(running, target: str) -> None:
    status, _, body = fetch(running.base_url, target)
    assert (status, body) == (200, b"<p>no results</p>")


def test_trailing_slash_is_significant(running) -> None:
    assert fetch(running.base_url, "/dir/")[0] == 200
    assert fetch(running.base_url, "/dir")[0] == 404


def test_unknown_path_is_404_with_small_html_body(running) -> None:
    status, headers, body = fetch(running.base_url, "/nowhere/at/all")
    assert status == 404
    assert headers["content-type"].startswith("text/html")
    assert b"404" in body and len(body) < 1000


def test_500_route_without_file_sends_error_page(running) -> None:
    status, headers, body = fetch(running.base_url, "/boom")
    assert status == 500
    assert headers["content-type"].startswith("text/html")
    assert b"500" in body


def test_500_route_with_file_sends_the_file(running) -> None:
    status, _, body = fetch(running.base_url, "/oops")
    assert (status, body) == (500, b"<p>custom error page</p>")


def test_route_headers_are_passed_through(running) -> None:
    status, headers, _ = fetch(running.base_url, "/busy")
    assert status == 503
    assert headers["retry-after"] == "120"


def test_content_type_from_route(running) -> None:
    status, headers, body = fetch(running.base_url, "/feed.xml")
    assert status == 200
    assert headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert headers["content-length"] == str(len(body))


def test_base_url_placeholder_is_substituted(running) -> None:
    _, _, body = fetch(running.base_url, "/links")
    text = body.decode("utf-8")
    assert "{{BASE_URL}}" not in text
    assert f'href="{running.base_url}/a"' in text
    assert f'href="{running.base_url}/b"' in text


def test_head_sends_headers_without_body(running) -> None:
    status, headers, body = fetch(running.base_url, "/links", method="HEAD")
    assert status == 200
    assert body == b""
    _, _, get_body = fetch(running.base_url, "/links")
    assert headers["content-length"] == str(len(get_body))


def test_request_log_records_method_path_query_status_and_user_agent(running) -> None:
    fetch(running.base_url, "/search?q=BPJS+Ketenagakerjaan&page=2", headers={"User-Agent": "ua/1"})
    fetch(running.base_url, "/missing", headers={"User-Agent": "ua/2"})
    fetch(running.base_url, "/boom", method="HEAD", headers={"User-Agent": "ua/3"})
    assert running.requests == [
        RequestRecord("GET", "/search", "q=BPJS+Ketenagakerjaan&page=2", 200, "ua/1"),
        RequestRecord("GET", "/missing", "", 404, "ua/2"),
        RequestRecord("HEAD", "/boom", "", 500, "ua/3"),
    ]
    running.clear_requests()
    assert running.requests == []


def test_request_log_is_thread_safe_under_concurrency(running) -> None:
    def worker(n: int) -> None:
        for i in range(10):
            fetch(running.base_url, f"/missing?n={n}&i={i}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    records = running.requests
    assert len(records) == 40
    assert {r.query for r in records} == {f"n={n}&i={i}" for n in range(4) for i in range(10)}


def test_no_log_noise_on_stderr(running, capfd) -> None:
    fetch(running.base_url, "/missing")
    fetch(running.base_url, "/links")
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == ""


def test_stop_frees_the_port(site_dir: Path) -> None:
    run = LocalSite.load(site_dir).serve()
    port = run.port
    assert fetch(run.base_url, "/links")[0] == 200
    run.stop()
    run.stop()  # idempotent
    # nothing listens any more
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    # the port can be bound again (SO_REUSEADDR, as servers do: closed client connections
    # may leave TIME_WAIT entries on it)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen()
    with LocalSite.load(site_dir).serve(port=port) as again:
        assert again.port == port
        assert fetch(again.base_url, "/links")[0] == 200


def test_context_manager_stops_server(site_dir: Path) -> None:
    with LocalSite.load(site_dir).serve() as run:
        base_url = run.base_url
    with pytest.raises(OSError):
        fetch(base_url, "/links")


def test_bundled_site_loads_antara_sultra() -> None:
    site = bundled_site("antara-sultra")
    assert site.root.name == "antara-sultra"
    assert site.match("/robots.txt") is not None
    assert site.match("/search", "q=BPJS+Ketenagakerjaan&page=3") is not None


def test_bundled_site_unknown_name() -> None:
    with pytest.raises(FileNotFoundError):
        bundled_site("no-such-site")


def test_cli_serves_bundled_site_until_interrupted() -> None:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler.localsites", "antara-sultra", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line
        base_url = line.split(" at ", 1)[1].split("/ ", 1)[0]
        status, _, body = fetch(base_url, "/robots.txt")
        assert status == 200
        assert f"Sitemap: {base_url}/sitemap.xml".encode() in body
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise
    assert proc.returncode == 0, err
