"""The outlet registry: the issue's outlets, default method choice, TOML outlet files, and the
`pantau outlets` listing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crawler import outlets as registry
from crawler.cli import main
from crawler.outlets import REGISTRY, get_outlet, parse_methods
from crawler.outlets.file import load_outlets_file
from crawler.spiders import spider_for

ISSUE_OUTLETS = {
    "antara", "antara-sultra", "antara-sulteng", "antara-kaltim", "antara-sulsel", "antara-sulut",
    "antara-gorontalo", "metrosulawesi", "persadakita", "inibalikpapan", "wahananews-sulteng",
    "tribun-sultra", "tribun-palu", "tribun-kaltim", "kendaripos", "zonasultra", "radarsulteng",
}  # fmt: skip
TODAY = date(2025, 10, 14)


def test_registry_holds_the_issues_outlets() -> None:
    assert set(REGISTRY) == ISSUE_OUTLETS
    for outlet in REGISTRY.values():
        assert outlet.base_url.startswith("https://") and outlet.discovery
        assert spider_for(outlet.key).name == outlet.key


def test_default_methods_are_the_cheapest_reaching_back_to_since() -> None:
    antara, tribun = REGISTRY["antara-sultra"], REGISTRY["tribun-sultra"]
    assert antara.default_methods(date(2025, 10, 13), TODAY) == ("feed",)
    assert antara.default_methods(date(2025, 1, 1), TODAY) == ("feed", "search")
    assert antara.default_methods(None, TODAY) == ("feed", "search")
    assert tribun.default_methods(date(2025, 10, 13), TODAY) == ("sitemap",)
    assert tribun.default_methods(date(2025, 6, 1), TODAY) == ("sitemap", "archive")
    assert REGISTRY["zonasultra"].default_methods(date(2024, 1, 1), TODAY) == ("feed", "wp-api")


def test_chosen_methods_are_those_offered() -> None:
    outlet = REGISTRY["wahananews-sulteng"]
    assert outlet.choose_methods(("feed", "sitemap"), None) == ("feed",)
    with pytest.raises(ValueError, match="unknown discovery method 'rss'"):
        parse_methods("feed,rss")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "outlets.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_outlets_file_adds_and_overrides(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[[outlet]]
key = "kendariinfo"
name = "Kendari Info"
base_url = "https://kendariinfo.example/"
family = "wordpress"
region_code = "74.71"

[[outlet]]
key = "palu-feed"
name = "Palu Feed"
base_url = "https://palu.example"
family = "feed"
feeds = ["/rss.xml"]

[[outlet]]
key = "antara"
enabled = false
""",
    )
    added, feed, antara = load_outlets_file(path)
    assert added.family == "wordpress" and added.base_url == "https://kendariinfo.example"
    assert "wp-api" in added.discovery and added.region_code == "74.71"
    assert feed.discovery == ("feed",) and feed.feeds == ("/rss.xml",)
    assert antara.enabled is False and antara.base_url == REGISTRY["antara"].base_url
    loaded = registry.load_registry(str(path))
    assert get_outlet("kendariinfo", registry=loaded) == added
    assert spider_for("palu-feed", loaded).name == "palu-feed"
    assert "antara" not in {o.key for o in registry.enabled_outlets(loaded)}
    assert "kendariinfo" not in registry.REGISTRY  # the built-in registry is left alone
    assert registry.REGISTRY["antara"].enabled


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[outlet]]\nkey = "x"\nname = "X"\nbase_url = "https://x.example"\nfamily = "joomla"',
         "outlet #1 (x): family must be one of"),
        ('[[outlet]]\nkey = "x"\nname = "X"\nbase_url = "ftp://x"\nfamily = "feed"',
         "outlet #1 (x): base_url must start with"),
        ('[[outlet]]\nkey = "antara"\ncolour = "red"',
         "outlet #1 (antara): unknown field 'colour'"),
        ('[[outlet]]\nkey = "x"\nname = "X"\nbase_url = "https://x.example"\nfamily = "feed"',
         "outlet #1 (x): a feed outlet needs feeds"),
        ('[[outlet]]\nkey = "antara"\ndiscovery = ["rss"]', "unknown discovery method 'rss'"),
        ("[[outlet]\nkey=", "not valid TOML"),
        ('[something]\nkey = "x"', "no [[outlet]] entries"),
    ],
)  # fmt: skip
def test_outlets_file_errors_name_the_file_and_entry(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ValueError, match=r"outlets\.toml") as caught:
        load_outlets_file(path)
    assert message in str(caught.value)


def test_bad_outlets_file_is_a_one_line_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, '[[outlet]]\nkey = "x"')
    assert main(["outlets", "--outlets-file", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("pantau: error: ") and "outlet #1 (x)" in err and "\n" not in err
    assert main(["crawl", "--outlets-file", str(tmp_path / "missing.toml")]) == 2
    assert "cannot read outlets file" in capsys.readouterr().err


def test_outlets_lists_methods_and_base_urls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, '[[outlet]]\nkey = "zonasultra"\nenabled = false\n'
                 '[[outlet]]\nkey = "baru"\nname = "Baru"\nbase_url = "https://baru.example"\n'
                 'family = "sitemap"\n')  # fmt: skip
    assert main(["outlets", "--outlets-file", str(path)]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "https://sultra.tribunnews.com" in lines["tribun-sultra"]
    assert "sitemap*,archive*,feed" in lines["tribun-sultra"]
    assert lines["zonasultra"].endswith("(disabled)")
    assert "https://baru.example" in lines["baru"] and "sitemap*" in lines["baru"]


def test_crawl_rejects_methods_an_outlet_does_not_offer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path}/x.db"
    assert main(["crawl", "wahananews-sulteng", "--methods", "wp-api", "--db", db]) == 2
    assert "offers none of --methods wp-api" in capsys.readouterr().err
    assert main(["crawl", "antara", "--methods", "rss", "--db", db]) == 2
    assert "unknown discovery method 'rss'" in capsys.readouterr().err
