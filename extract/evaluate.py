"""Score the extractor on an annotated corpus laid out like ``shared/corpus/dev``.

Matching follows the corpus README: a prediction matches a gold line when article, region,
metric, segment and value agree (percentages within 0.01). Lines marked ``ambiguous`` and lines
whose region is a described area (no single official region) are neutral: a prediction that
matches one is neither a hit nor a false positive, and they are not counted in recall (for a
described area the region is not compared). ``as_of`` is scored on the counted matches whose gold
line has a date; the gold writes quarters and halves as their last month (``2017-03`` for Q1) or
last day, so ``2017-Q1`` matches ``2017-03`` and ``2017-03-31``. Predictions on negative articles
are false positives; predictions equal to a line of ``targets.jsonl`` are counted as target hits.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from extract.dates import period_end
from extract.figures import extract_figures
from extract.model import METRICS, Figure
from extract.regions import resolve_region_name

__all__ = ["Article", "EvalReport", "Score", "as_of_equal", "evaluate", "read_article"]

Extractor = Callable[..., list[Figure]]


@dataclass(frozen=True, slots=True)
class Article:
    """An annotated-corpus article: id, header fields and text."""

    id: str
    url: str | None
    title: str | None
    published: date | None
    text: str


@dataclass(slots=True)
class Score:
    """Counts and the precision/recall/F1 they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class EvalReport:
    """Overall and per-metric scores, as_of accuracy, negative/target hits and error lists."""

    overall: Score = field(default_factory=Score)
    per_metric: dict[str, Score] = field(default_factory=dict)
    as_of_correct: int = 0
    as_of_total: int = 0
    negative_hits: int = 0
    target_hits: int = 0
    neutral: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    as_of_errors: list[str] = field(default_factory=list)

    @property
    def as_of_accuracy(self) -> float:
        return self.as_of_correct / self.as_of_total if self.as_of_total else 1.0

    def metric(self, name: str) -> Score:
        return self.per_metric.setdefault(name, Score())


_HEADER_RE = re.compile(r"^(URL|TITLE|PUBLISHED):\s?(.*)$")


def read_article(path: Path) -> Article:
    """Parse ``NNN.txt``: ``URL:``/``TITLE:``/``PUBLISHED:`` lines, ``---``, then the text."""
    raw = path.read_text(encoding="utf-8")
    head, sep, text = raw.partition("\n---\n")
    if not sep:
        head, text = "", raw
    fields: dict[str, str] = {}
    for line in head.splitlines():
        m = _HEADER_RE.match(line.strip())
        if m:
            fields[m.group(1)] = m.group(2).strip()
    published: date | None = None
    try:
        published = date.fromisoformat(fields.get("PUBLISHED", "")[:10])
    except ValueError:
        published = None
    url, title = fields.get("URL") or None, fields.get("TITLE") or None
    return Article(path.stem, url, title, published, text)


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _negatives(path: Path) -> set[str]:
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.split()[0] for line in lines if line.strip()}


def as_of_equal(predicted: str | None, gold: str | None) -> bool:
    """Same period, reading a quarter/half as its last month or last day."""
    if predicted == gold:
        return True
    if predicted is None or gold is None or not re.search(r"-[QH]\d$", predicted):
        return False
    end = period_end(predicted)
    if end is None:
        return False
    return gold in (end.isoformat(), end.isoformat()[:7])


def _value_equal(pred: Figure, gold: dict[str, Any]) -> bool:
    if gold.get("value") is None:
        return False
    if pred.metric == "coverage_pct":
        return abs(float(pred.value) - float(gold["value"])) <= 0.01 + 1e-9
    return round(float(pred.value)) == round(float(gold["value"]))


def _gold_code(gold: dict[str, Any]) -> str | None:
    region = resolve_region_name(str(gold.get("region") or ""))
    return region.code if region else None


def _matches(pred: Figure, gold: dict[str, Any]) -> bool:
    if pred.metric != gold.get("metric") or pred.segment != gold.get("segment"):
        return False
    if not _value_equal(pred, gold):
        return False
    code = gold["_code"]
    return code is None or pred.region_code == code


def _describe(f: Figure) -> str:
    return f"{f.region_name} {f.metric} {f.segment} {f.value} as_of={f.as_of} | {f.evidence[:90]}"


def evaluate(corpus_dir: Path, extractor: Extractor = extract_figures) -> EvalReport:
    """Run ``extractor`` on every article of ``corpus_dir`` and score it against the gold."""
    corpus_dir = Path(corpus_dir)
    gold_by_article: dict[str, list[dict[str, Any]]] = {}
    for g in _jsonl(corpus_dir / "gold.jsonl"):
        g["_code"] = _gold_code(g)
        g["_counted"] = not g.get("ambiguous") and g["_code"] is not None
        gold_by_article.setdefault(str(g["article"]), []).append(g)
    targets: dict[str, list[dict[str, Any]]] = {}
    for t in _jsonl(corpus_dir / "targets.jsonl"):
        targets.setdefault(str(t["article"]), []).append(t)
    negatives = _negatives(corpus_dir / "negatives.txt")
    report = EvalReport()
    for name in METRICS:
        report.metric(name)
    for path in sorted((corpus_dir / "articles").glob("*.txt")):
        art = read_article(path)
        preds = extractor(art.text, title=art.title, url=art.url, published=art.published)
        _score_article(
            report,
            art.id,
            preds,
            gold_by_article.get(art.id, []),
            targets.get(art.id, []),
            art.id in negatives,
        )
    return report


def _score_article(
    report: EvalReport,
    art_id: str,
    preds: list[Figure],
    golds: list[dict[str, Any]],
    targets: list[dict[str, Any]],
    negative: bool,
) -> None:
    used: set[int] = set()
    order = sorted(range(len(golds)), key=lambda i: not golds[i]["_counted"])
    for pred in preds:
        if negative:
            report.negative_hits += 1
        if any(_is_target(pred, t) for t in targets):
            report.target_hits += 1
        hit = next((i for i in order if i not in used and _matches(pred, golds[i])), None)
        if hit is None:
            report.overall.fp += 1
            report.metric(pred.metric).fp += 1
            report.false_positives.append(f"{art_id}: {_describe(pred)}")
            continue
        used.add(hit)
        gold = golds[hit]
        if not gold["_counted"]:
            report.neutral += 1
            continue
        report.overall.tp += 1
        report.metric(pred.metric).tp += 1
        if gold.get("as_of"):
            report.as_of_total += 1
            if as_of_equal(pred.as_of, gold["as_of"]):
                report.as_of_correct += 1
            else:
                report.as_of_errors.append(
                    f"{art_id}: predicted {pred.as_of} gold {gold['as_of']} | {_describe(pred)}"
                )
    for i, gold in enumerate(golds):
        if gold["_counted"] and i not in used:
            report.overall.fn += 1
            report.metric(str(gold["metric"])).fn += 1
            report.false_negatives.append(
                f"{art_id}: {gold.get('region')} {gold['metric']} {gold.get('segment')} "
                f"{gold['value']} as_of={gold.get('as_of')} | {str(gold.get('evidence'))[:90]}"
            )


def _is_target(pred: Figure, target: dict[str, Any]) -> bool:
    metric = str(target.get("metric", "")).removeprefix("target_")
    if metric != pred.metric or target.get("value") is None:
        return False
    region = resolve_region_name(str(target.get("region") or ""))
    if region is not None and pred.region_code not in (region.code, None):
        return False
    return abs(float(pred.value) - float(target["value"])) <= 0.01
