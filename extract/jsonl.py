"""Streaming input and output for ``pantau extract``.

Input is JSONL (one ``{"id","text","title","url","published"}`` object a line), a ``.txt``
article (optionally with the corpus header ``URL:``/``TITLE:``/``PUBLISHED:`` and ``---``) or an
``.html`` page (cleaned with :func:`extract.clean.clean_html`). Output is JSONL, one figure a
line, written to a temporary file next to the target and renamed only when every record was
read and extracted, so a malformed line never leaves a partial output behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from extract.figures import extract_figures
from extract.model import Figure

__all__ = ["OUTPUT_FIELDS", "InputError", "Record", "figure_row", "iter_records", "write_figures"]

OUTPUT_FIELDS = (
    "id",
    "region_code",
    "region_name",
    "metric",
    "segment",
    "value",
    "unit",
    "as_of",
    "as_of_precision",
    "evidence",
    "start",
    "end",
    "confidence",
    "flags",
    "extractor_version",
)
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_HTML_SUFFIXES = {".html", ".htm"}


class InputError(ValueError):
    """Input that cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Record:
    """One article to extract from."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: datetime | date | None = None


def _parse_published(value: Any, where: str) -> datetime | date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: 'published' must be an ISO date string")
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"{where}: 'published' is not an ISO date: {value!r}") from None


def _optional_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"{where}: '{key}' must be a string")


def _record_from_json(line: str, where: str) -> Record:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: missing or non-string 'text'")
    rid = obj.get("id")
    if rid is None or isinstance(rid, bool) or not isinstance(rid, str | int):
        raise InputError(f"{where}: missing or invalid 'id'")
    return Record(
        id=str(rid),
        text=text,
        title=_optional_str(obj, "title", where),
        url=_optional_str(obj, "url", where),
        published=_parse_published(obj.get("published"), where),
    )


def _iter_jsonl(path: Path) -> Iterator[Record]:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                yield _record_from_json(line, f"{path}:{lineno}")


def _record_from_txt(path: Path) -> Record:
    raw = path.read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n---\n")
    fields: dict[str, str] = {}
    if sep and all(":" in line for line in head.splitlines() if line.strip()):
        for line in head.splitlines():
            key, _, value = line.partition(":")
            fields[key.strip().upper()] = value.strip()
    else:
        body = raw
    published = _parse_published(fields.get("PUBLISHED") or None, str(path))
    title, url = fields.get("TITLE") or None, fields.get("URL") or None
    return Record(path.stem, body, title, url, published)


def _record_from_html(path: Path) -> Record:
    from extract.clean import CleaningError, clean_html  # lazy: trafilatura only for HTML

    try:
        article = clean_html(path.read_bytes(), url=path.resolve().as_uri())
    except CleaningError as exc:
        raise InputError(f"{path}: cannot clean the page: {exc}") from None
    return Record(
        path.stem,
        article.text,
        article.title,
        article.canonical_url or article.url,
        article.published,
    )


def iter_records(path: Path) -> Iterator[Record]:
    """Records of an input file, lazily (JSONL is read line by line)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        yield from _iter_jsonl(path)
    elif suffix in _HTML_SUFFIXES:
        yield _record_from_html(path)
    elif suffix == ".txt":
        yield _record_from_txt(path)
    else:
        raise InputError(f"{path}: unsupported input type {suffix!r} (use .jsonl, .txt or .html)")


def figure_row(record_id: str, figure: Figure) -> dict[str, Any]:
    """The output JSON object of one figure."""
    data = figure.to_dict()
    data["id"] = record_id
    return {key: data[key] for key in OUTPUT_FIELDS}


def write_figures(
    input_path: Path, output_path: Path, extractor: Callable[..., list[Figure]] = extract_figures
) -> tuple[int, int]:
    """Extract every record of ``input_path`` into ``output_path``; returns (records, figures).

    The output appears only if the whole input was processed."""
    output_path = Path(output_path)
    directory = output_path.parent if str(output_path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{output_path.name}.", suffix=".tmp", dir=directory)
    records = figures = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for record in iter_records(Path(input_path)):
                records += 1
                found = extractor(
                    record.text, title=record.title, url=record.url, published=record.published
                )
                for fig in found:
                    out.write(json.dumps(figure_row(record.id, fig), ensure_ascii=False) + "\n")
                    figures += 1
        os.replace(tmp_name, output_path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return records, figures
