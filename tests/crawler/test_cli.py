"""The pantau command's user errors: one line on stderr, exit status 2, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crawler.cli import main

ROOT = Path(__file__).resolve().parents[2]


def pantau(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_unknown_outlet(tmp_path: Path) -> None:
    result = pantau("crawl", "no-such-outlet", "--db", f"sqlite:///{tmp_path}/x.db")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "pantau: error: unknown outlet 'no-such-outlet' (see `pantau outlets`)"
    )
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("mysql+nosuchdriver://x/y", "pantau: error: "),
        ("sqlite:////no/such/directory/pantau.db", "pantau: error: "),
        ("postgresql://postgres@127.0.0.1:1/test", "pantau: error: "),
        ("not a url", "pantau: error: "),
    ],
)
def test_bad_database_url(db: str, message: str) -> None:
    result = pantau("crawl", "antara-sultra", "--db", db)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), result.stderr
    assert "Traceback" not in result.stderr


def test_bad_base_url_and_reversed_window(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path}/x.db"
    assert main(["crawl", "antara-sultra", "--db", db, "--base-url", "antara-sultra"]) == 2
    assert "--base-url takes KEY=http(s)://HOST[:PORT]" in capsys.readouterr().err
    assert main(["crawl", "--db", db, "--base-url", "nope=http://127.0.0.1:1"]) == 2
    assert "unknown outlet 'nope'" in capsys.readouterr().err
    code = main(
        ["crawl", "antara-sultra", "--db", db, "--since", "2025-06-01", "--until", "2025-01-01"]
    )
    assert code == 2
    assert "is after --until" in capsys.readouterr().err


def test_malformed_date_is_rejected_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["crawl", "antara-sultra", "--since", "8 Juni 2025"])
    assert caught.value.code == 2
    assert "not a date (YYYY-MM-DD): '8 Juni 2025'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [[], ["crawl"], ["series"], ["extract"], ["eval"], ["db", "upgrade"], ["outlets"], ["demo"]],
)
def test_help_explains_every_command(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main([*command, "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: pantau")
    assert len(out.splitlines()) > 3


def test_outlets_lists_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outlets"]) == 0
    out = capsys.readouterr().out
    assert "antara-sultra" in out and "https://sultra.antaranews.com" in out


def test_db_upgrade_migrates_a_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path}/new.db"
    assert main(["db", "upgrade", "--db", db]) == 0
    assert "is at the current schema" in capsys.readouterr().out
    assert (tmp_path / "new.db").stat().st_size > 0


@pytest.mark.parametrize("command", ["series", "plot", "export"])
def test_unknown_metric_or_segment_is_rejected(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = {
        "series": ["--region", "74.71"],
        "plot": ["--region", "74.71", "--out", "x.png"],
        "export": ["--what", "series", "--format", "csv", "--out", "x.csv"],
    }[command]
    for wrong in (["--metric", "peserta_aktif"], ["--metric", "coverage_pct", "--segment", "ASN"]):
        with pytest.raises(SystemExit) as caught:
            main([command, *base, *wrong])
        assert caught.value.code == 2
        assert "invalid choice" in capsys.readouterr().err
