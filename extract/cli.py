"""The ``extract`` and ``eval`` subcommands of ``pantau`` (registered by crawler/cli.py).

Handlers return an exit status: 0 success, 1 scores below the floor, 2 bad input or usage
(a one-line message on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from extract.evaluate import EvalReport, evaluate
from extract.jsonl import InputError, write_figures

__all__ = ["add_eval_parser", "add_extract_parser", "main", "run_eval", "run_extract"]


def _error(command: str, message: str) -> int:
    print(f"pantau {command}: error: {message}", file=sys.stderr)
    return 2


def add_extract_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``extract --input FILE --output FILE``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "extract",
        help="extract participation figures from JSONL, .txt or .html input",
        description="Write one JSON line per participation figure found in the input.",
    )
    parser.add_argument(
        "--input",
        required=True,
        type=Path,
        help="JSONL records {id,text,title,url,published}, or a .txt/.html file",
    )
    parser.add_argument("--output", required=True, type=Path, help="JSONL file to write")
    parser.set_defaults(func=run_extract)
    return parser


def run_extract(args: argparse.Namespace) -> int:
    try:
        records, figures = write_figures(args.input, args.output)
    except InputError as exc:
        return _error("extract", str(exc))
    except (OSError, UnicodeDecodeError) as exc:
        return _error("extract", f"{type(exc).__name__}: {exc}")
    print(f"{figures} figures from {records} records -> {args.output}")
    return 0


def add_eval_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``eval --corpus DIR [--show-errors N] [--floor FILE] [--min-f1 X]``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "eval",
        help="score the extractor on an annotated corpus",
        description="Precision/recall/F1 overall and per metric, as_of accuracy, negative hits.",
    )
    parser.add_argument(
        "--corpus",
        required=True,
        type=Path,
        help="directory with articles/, gold.jsonl, negatives.txt, targets.jsonl",
    )
    parser.add_argument(
        "--show-errors",
        type=int,
        default=0,
        metavar="N",
        help="print up to N false positives, false negatives and as_of errors",
    )
    parser.add_argument("--floor", type=Path, help="JSON file of minimum scores (exit 1 below)")
    parser.add_argument("--min-f1", type=float, help="minimum overall F1 (exit 1 below)")
    parser.set_defaults(func=run_eval)
    return parser


def format_report(report: EvalReport) -> str:
    o = report.overall
    lines = [
        f"overall  P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f} "
        f"(tp={o.tp} fp={o.fp} fn={o.fn}, neutral={report.neutral})",
        f"as_of accuracy {report.as_of_accuracy:.3f} ({report.as_of_correct}/{report.as_of_total})",
        f"figures on negative articles: {report.negative_hits}",
        f"targets extracted: {report.target_hits}",
        "per metric:",
    ]
    for name, s in report.per_metric.items():
        lines.append(
            f"  {name:24s} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
            f"(tp={s.tp} fp={s.fp} fn={s.fn})"
        )
    return "\n".join(lines)


def _errors(report: EvalReport, limit: int) -> str:
    parts = []
    for title, items in (
        ("false positives", report.false_positives),
        ("false negatives", report.false_negatives),
        ("as_of errors", report.as_of_errors),
    ):
        parts.append(f"{title} ({len(items)}):")
        parts.extend(f"  {item}" for item in items[:limit])
    return "\n".join(parts)


def floor_failures(report: EvalReport, floor: dict[str, Any]) -> list[str]:
    """Scores below the floor (keys: f1, precision, recall, as_of_accuracy,
    max_negative_hits, max_target_hits)."""
    o = report.overall
    actual = {
        "f1": o.f1,
        "precision": o.precision,
        "recall": o.recall,
        "as_of_accuracy": report.as_of_accuracy,
    }
    failures = [
        f"{key} {actual[key]:.3f} < floor {float(floor[key]):.3f}"
        for key in actual
        if key in floor and actual[key] < float(floor[key])
    ]
    if report.negative_hits > int(floor.get("max_negative_hits", 0)):
        failures.append(f"{report.negative_hits} figures on negative articles")
    if report.target_hits > int(floor.get("max_target_hits", 0)):
        failures.append(f"{report.target_hits} targets extracted as figures")
    return failures


def _load_floor(args: argparse.Namespace) -> dict[str, Any]:
    floor: dict[str, Any] = {}
    if args.floor is not None:
        loaded = json.loads(Path(args.floor).read_text(encoding="utf-8"))
        if not isinstance(loaded, dict):
            raise ValueError("floor file must hold a JSON object")
        floor.update(loaded)
    if args.min_f1 is not None:
        floor["f1"] = args.min_f1
    return floor


def run_eval(args: argparse.Namespace) -> int:
    if not (Path(args.corpus) / "articles").is_dir():
        return _error("eval", f"{args.corpus}: not a corpus directory (no articles/)")
    try:
        floor = _load_floor(args)
        report = evaluate(Path(args.corpus))
    except (OSError, ValueError) as exc:
        return _error("eval", f"{type(exc).__name__}: {exc}")
    print(format_report(report))
    if args.show_errors:
        print(_errors(report, args.show_errors))
    checked = args.floor is not None or args.min_f1 is not None
    failures = floor_failures(report, floor) if checked else []
    for failure in failures:
        print(f"BELOW FLOOR: {failure}", file=sys.stderr)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    """``python -m extract.cli extract|eval ...`` without the rest of pantau."""
    parser = argparse.ArgumentParser(prog="pantau")
    sub = parser.add_subparsers(dest="command", required=True)
    add_extract_parser(sub)
    add_eval_parser(sub)
    args = parser.parse_args(argv)
    status: int = args.func(args)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
