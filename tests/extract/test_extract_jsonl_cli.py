"""``pantau extract`` and ``pantau eval`` through a small argparse, as crawler/cli.py calls them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from extract.cli import add_eval_parser, add_extract_parser
from extract.jsonl import OUTPUT_FIELDS

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = (
    "KENDARI - BPJS Ketenagakerjaan mencatat 61.340 pekerja di Kota Kendari telah terlindungi "
    "per Agustus 2025, atau 41,2 persen dari angkatan kerja."
)


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="pantau")
    sub = parser.add_subparsers(dest="command", required=True)
    add_extract_parser(sub)
    add_eval_parser(sub)
    args = parser.parse_args(list(argv))
    status: int = args.func(args)
    return status


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_input(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    records = [
        {
            "id": "a1",
            "text": ARTICLE,
            "title": None,
            "url": "https://x.test/1",
            "published": "2025-09-01",
        },
        {
            "id": "a2",
            "text": "Tidak ada angka di sini.",
            "title": "t",
            "url": None,
            "published": None,
        },
        {"id": 3, "text": ARTICLE, "published": "2025-09-01T08:00:00+07:00"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _run("extract", "--input", str(src), "--output", str(out)) == 0
    rows = _lines(out)
    assert [r["id"] for r in rows] == ["a1", "a1", "3", "3"]
    assert all(tuple(r) == OUTPUT_FIELDS for r in rows)
    first = rows[0]
    assert (first["region_code"], first["metric"], first["value"], first["as_of"]) == (
        "74.71",
        "active_participants",
        61340,
        "2025-08",
    )
    assert ARTICLE[first["start"] : first["end"]] == first["evidence"]  # type: ignore[misc]


def test_txt_input_with_corpus_header(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert (
        _run("extract", "--input", str(FIXTURES / "palu_semester.txt"), "--output", str(out)) == 0
    )
    rows = _lines(out)
    assert {r["id"] for r in rows} == {"palu_semester"}
    assert {(r["metric"], r["value"]) for r in rows} == {
        ("active_participants", 365900),
        ("coverage_pct", 24.1),
        ("active_participants", 21450),
    }


def test_plain_txt_input(tmp_path: Path) -> None:
    src = tmp_path / "plain.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _run("extract", "--input", str(src), "--output", str(out)) == 0
    assert len(_lines(out)) == 2


def test_html_input(tmp_path: Path) -> None:
    src = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in [ARTICLE] * 1 + ["Lorem ipsum dolor. " * 20])
    src.write_text(
        f"<html><head><title>Kendari</title></head><body><article><h1>Peserta Kendari</h1>"
        f"{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert _run("extract", "--input", str(src), "--output", str(out)) == 0
    assert {(r["metric"], r["value"]) for r in _lines(out)} == {
        ("active_participants", 61340),
        ("coverage_pct", 41.2),
    }


def test_html_without_article_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "empty.html"
    src.write_text("<html><body><p>404</p></body></html>", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _run("extract", "--input", str(src), "--output", str(out)) == 2
    assert not out.exists()
    assert "cannot clean the page" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"id": "b", "text": ', "malformed JSON"),
        ('["not", "an", "object"]', "expected a JSON object"),
        ('{"id": "b"}', "'text'"),
        ('{"id": "b", "text": "x", "published": "kemarin"}', "'published'"),
    ],
)
def test_malformed_line_fails_without_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_line: str, message: str
) -> None:
    src = tmp_path / "in.jsonl"
    good = json.dumps({"id": "a", "text": ARTICLE})
    src.write_text(f"{good}\n{good}\n{bad_line}\n{good}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _run("extract", "--input", str(src), "--output", str(out)) == 2
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]  # no temporary file left behind
    err = capsys.readouterr().err
    assert f"{src}:3:" in err
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_missing_input_and_unknown_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert _run("extract", "--input", str(tmp_path / "nope.jsonl"), "--output", str(out)) == 2
    (tmp_path / "x.csv").write_text("a,b\n", encoding="utf-8")
    assert _run("extract", "--input", str(tmp_path / "x.csv"), "--output", str(out)) == 2
    assert not out.exists()
    assert capsys.readouterr().err.count("pantau extract: error:") == 2


def test_eval_bad_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("eval", "--corpus", str(tmp_path)) == 2
    assert "not a corpus directory" in capsys.readouterr().err


def test_thousands_of_records_stream(tmp_path: Path) -> None:
    src = tmp_path / "many.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(2000):
            text = ARTICLE if i % 2 else "Harga cabai turun menjadi Rp40.000 per kilogram."
            fh.write(json.dumps({"id": f"r{i}", "text": text}) + "\n")
    out = tmp_path / "out.jsonl"
    assert _run("extract", "--input", str(src), "--output", str(out)) == 0
    rows = _lines(out)
    assert len(rows) == 2000  # two figures in each of the 1000 articles with figures
    assert {r["id"] for r in rows} == {f"r{i}" for i in range(1, 2000, 2)}
