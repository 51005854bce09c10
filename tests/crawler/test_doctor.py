"""`pantau doctor` against local copies: a healthy one per family and a broken one."""

from __future__ import annotations

import pytest

from crawler.cli import main
from crawler.localsites import bundled_site


def doctor(
    site_name: str, key: str, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, dict[str, str], str]:
    with bundled_site(site_name).serve() as site:
        code = main(["doctor", key, "--base-url", f"{key}={site.base_url}", *extra])
        agents = {r.user_agent for r in site.requests}
        assert site.requests[0].path == "/robots.txt"
    assert len(agents) == 1 and str(agents.pop()).startswith("pantau/")
    out = capsys.readouterr().out
    rows = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    return code, rows, out


@pytest.mark.parametrize(
    ("site_name", "key", "extra", "working"),
    [
        ("antara-sultra", "antara-sultra", [], ["feed", "search"]),
        ("tribun-sultra", "tribun-sultra", ["--until", "2025-09-05"], ["sitemap", "archive"]),
        ("wordpress-zonasultra", "zonasultra", [], ["feed", "wp-api"]),
        ("wahana-sulteng", "wahananews-sulteng", ["--until", "2024-05-08"], ["feed", "archive"]),
        ("generic-metrosulawesi", "metrosulawesi", [], ["feed", "search"]),
    ],
)
def test_doctor_on_healthy_copies(
    site_name: str, key: str, extra: list[str], working: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    code, rows, out = doctor(site_name, key, capsys, *extra)
    assert code == 0, out
    for method in working:
        columns = rows[method].split()
        assert columns[1:3] == ["yes", "200"] and int(columns[3]) > 0, rows[method]
    for check in ("title", "date", "body"):
        assert rows[check].split()[1] == "yes", out


def test_doctor_reports_a_broken_copy(capsys: pytest.CaptureFixture[str]) -> None:
    code, rows, out = doctor("wordpress-broken", "zonasultra", capsys)
    assert rows["feed"].split()[1:3] == ["no", "404"]
    assert rows["wp-api"].split()[1] == "forbidden" and "robots.txt disallows" in rows["wp-api"]
    assert rows["sitemap"].split()[1:4] == ["yes", "200", "1"]
    assert code == 0, out  # the sitemap still leads to a complete sample article


def test_doctor_on_an_unreachable_outlet(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["doctor", "persadakita", "--base-url", "persadakita=http://127.0.0.1:1",
                 "--timeout", "2"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    assert "sample article: none" in out


def test_doctor_unknown_outlet(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "nope"]) == 2
    assert "unknown outlet 'nope'" in capsys.readouterr().err
