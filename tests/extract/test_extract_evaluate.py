"""``evaluate`` on a tiny corpus written here: exact precision, recall, F1 and as_of accuracy."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from extract.cli import add_eval_parser
from extract.evaluate import as_of_equal, evaluate
from extract.model import Figure

FIXTURES = Path(__file__).parent / "fixtures"


def _gold(
    article: str,
    region: str,
    metric: str,
    value: float,
    segment: str | None = None,
    as_of: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "article": article,
        "region": region,
        "metric": metric,
        "segment": segment,
        "value": value,
        "as_of": as_of,
        "evidence": "...",
        **extra,
    }


def _corpus(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    for art in ("001", "002", "003"):
        (root / "articles" / f"{art}.txt").write_text(
            f"URL: https://x.test/{art}\nTITLE: t{art}\nPUBLISHED: 2025-08-01\n---\ntext {art}\n",
            encoding="utf-8",
        )
    gold = [
        _gold("001", "Kota Kendari", "active_participants", 100, as_of="2025-06"),
        _gold("001", "Kota Kendari", "labor_force", 400, as_of="2025-06"),
        _gold("001", "Provinsi Sulawesi Tenggara", "coverage_pct", 35.05, as_of="2025-03"),
        _gold("001", "Kota Kendari", "active_participants", 60, segment="PU"),
        _gold("001", "Kota Kendari", "coverage_pct", 79.2, segment="PU", ambiguous=True),
        _gold("002", "Wilayah Kalimantan", "active_participants", 3_300_000),
    ]
    (root / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")
    (root / "negatives.txt").write_text("003\tno figure here\n", encoding="utf-8")
    (root / "targets.jsonl").write_text(
        json.dumps(
            {
                "article": "001",
                "region": "Indonesia",
                "metric": "target_coverage_pct",
                "value": 99.5,
                "target": True,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    return root


def _f(
    region: str | None,
    metric: str,
    value: float,
    segment: str | None = None,
    as_of: str | None = None,
) -> Figure:
    unit = "percent" if metric == "coverage_pct" else "persons"
    return Figure(region, region, metric, segment, value, unit, as_of, None, "e", 0, 1, 0.9)


PREDICTIONS = {
    "001": [
        _f("74.71", "active_participants", 100, as_of="2025-06"),  # tp, as_of right
        _f("74.71", "labor_force", 400, as_of="2025-Q2"),  # tp, quarter = 2025-06
        _f("74", "coverage_pct", 35.055, as_of="2025-06"),  # tp (within 0.01), as_of wrong
        _f("74.71", "coverage_pct", 79.2, segment="PU"),  # ambiguous: neutral
        _f("74.71", "active_participants", 60),  # segment differs: fp
        _f("ID", "coverage_pct", 99.5),  # target: fp + target hit
    ],
    "002": [_f(None, "active_participants", 3_300_000)],  # described area: neutral
    "003": [_f("74", "employers", 12)],  # negative: fp
}


def _stub(text: str, **_: Any) -> list[Figure]:
    return PREDICTIONS[text.split()[-1]]


def test_scores_are_exact(tmp_path: Path) -> None:
    report = evaluate(_corpus(tmp_path / "c"), extractor=_stub)
    o = report.overall
    assert (o.tp, o.fp, o.fn) == (3, 3, 1)
    assert o.precision == pytest.approx(0.5)
    assert o.recall == pytest.approx(0.75)
    assert o.f1 == pytest.approx(0.6)
    assert report.neutral == 2
    assert (report.as_of_correct, report.as_of_total) == (2, 3)
    assert report.negative_hits == 1
    assert report.target_hits == 1
    cov = report.per_metric["coverage_pct"]
    assert (cov.tp, cov.fp, cov.fn) == (1, 1, 0)
    act = report.per_metric["active_participants"]
    assert (act.tp, act.fp, act.fn) == (1, 1, 1)
    assert len(report.false_negatives) == 1 and len(report.as_of_errors) == 1


@pytest.mark.parametrize(
    ("pred", "gold", "equal"),
    [
        ("2017-Q1", "2017-03", True),
        ("2017-Q1", "2017-03-31", True),
        ("2021-H1", "2021-06", True),
        ("2025", "2025", True),
        ("2025-Q2", "2025-05", False),
        ("2025-06", "2025-06-30", False),
        (None, "2025", False),
    ],
)
def test_as_of_equivalence(pred: str | None, gold: str, equal: bool) -> None:
    assert as_of_equal(pred, gold) is equal


def _eval_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_eval_parser(parser.add_subparsers())
    args = parser.parse_args(["eval", *argv])
    status: int = args.func(args)
    return status


def _real_corpus(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    shutil.copy(FIXTURES / "palu_semester.txt", root / "articles" / "001.txt")
    shutil.copy(FIXTURES / "negatif_santunan.txt", root / "articles" / "002.txt")
    gold = [
        _gold("001", "Provinsi Sulawesi Tengah", "active_participants", 365900, as_of="2025-06"),
        _gold("001", "Sulteng", "coverage_pct", 24.1, as_of="2025-06"),
        _gold("001", "Sulawesi Tengah", "active_participants", 21450, segment="BPU"),
        _gold("001", "Provinsi Sulawesi Tengah", "labor_force", 1_518_000),
    ]
    (root / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")
    (root / "negatives.txt").write_text("002\tsantunan only\n", encoding="utf-8")
    return root


def test_eval_cli_with_floor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _real_corpus(tmp_path / "c")
    floor = tmp_path / "floor.json"
    floor.write_text(json.dumps({"f1": 0.85, "as_of_accuracy": 1.0}), encoding="utf-8")
    assert _eval_cli("--corpus", str(corpus), "--floor", str(floor), "--show-errors", "5") == 0
    out = capsys.readouterr().out
    assert "P=1.000 R=0.750 F1=0.857" in out
    assert "as_of accuracy 1.000 (2/2)" in out
    floor.write_text(json.dumps({"f1": 0.9}), encoding="utf-8")
    assert _eval_cli("--corpus", str(corpus), "--floor", str(floor)) == 1
    assert "BELOW FLOOR: f1" in capsys.readouterr().err
    assert _eval_cli("--corpus", str(corpus), "--min-f1", "0.5") == 0


def test_negative_hit_fails_the_floor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _real_corpus(tmp_path / "c")
    (corpus / "negatives.txt").write_text("001\tpretend negative\n", encoding="utf-8")
    floor = tmp_path / "floor.json"
    floor.write_text(json.dumps({"f1": 0.0}), encoding="utf-8")
    assert _eval_cli("--corpus", str(corpus), "--floor", str(floor)) == 1
    assert "figures on negative articles" in capsys.readouterr().err
