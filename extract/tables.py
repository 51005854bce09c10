"""Figures stated in tables.

The cleaner renders an HTML table as pipe rows (``| 1 | Kota Kendari | 52.310 | 35,21 |``) under a
header row. A column whose header names a metric ("Peserta Aktif", "Angkatan Kerja",
"Cakupan (%)", "Perusahaan", "PU", "BPU", ...) gives one figure per data row; the row's place
comes from a column of region names ("Kabupaten/Kota"), or from the article when there is none
(and for a "Total"/"Jumlah" row).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from extract import vocab
from extract.dates import find_dates
from extract.numbers import find_numbers
from extract.regions import Region, find_region_mentions

__all__ = ["TableCell", "table_cells", "table_spans"]

_ROW_RE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_RULE_RE = re.compile(r"^[\s|:-]+$")
_I = re.IGNORECASE
_REGION_HEADER = re.compile(r"kabupaten|kota|provinsi|wilayah|daerah|cabang|lokasi|kab\.?/kota", _I)
_DATE_HEADER = re.compile(r"tahun|periode|bulan|triwulan|semester|posisi|tanggal", _I)
_TOTAL_ROW = re.compile(r"^\s*(?:total|jumlah|keseluruhan)\b", _I)
# header words -> metric, first match wins
_HEADER_METRICS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"non\s*-?\s*aktif|tidak\s+aktif", _I), "inactive_participants"),
    (re.compile(r"belum\s+(?:ter)?daftar|belum\s+terlindungi", _I), "unregistered"),
    (re.compile(r"\bbaru\b|penambahan|akuisisi", _I), "new_participants"),
    (re.compile(r"cakupan|coverage|\bucj\b|%|persen|persentase", _I), "coverage_pct"),
    (re.compile(r"angkatan\s+kerja|potensi|populasi|jumlah\s+pekerja", _I), "labor_force"),
    (re.compile(r"perusahaan|pemberi\s+kerja|badan\s+usaha", _I), "employers"),
    (
        re.compile(r"peserta|aktif|terdaftar|terlindungi|tenaga\s+kerja|pekerja|total", _I),
        "active_participants",
    ),
]
_NOT_A_FIGURE = re.compile(r"klaim|kasus|santunan|nominal|rp\b|iuran|target|manfaat|beasiswa", _I)


@dataclass(frozen=True, slots=True)
class TableCell:
    """One figure of a table: its metric and segment from the header, its region (None: the
    article's), its value and the cell's span."""

    metric: str
    segment: str | None
    region: Region | None
    area: str | None
    value: float
    start: int  # the row, without its outer pipes
    end: int
    as_of: tuple[str, str] | None = None  # from a date column ("Tahun", "Periode")


def table_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the pipe tables of ``text``."""
    spans: list[tuple[int, int]] = []
    if "|" not in text:  # every row holds pipes
        return spans
    for m in _ROW_RE.finditer(text):
        if spans and text[spans[-1][1] : m.start()].strip() == "":
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    return spans


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the cells of the row ``text[start:end]`` (without the pipes)."""
    line = text[start:end]
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    return [(start + a + 1, start + b) for a, b in itertools.pairwise(bars)]


def _column_spec(header: str) -> tuple[str, str | None] | None:
    if _NOT_A_FIGURE.search(header):
        return None
    segments = {name for _, _, name in vocab.segment_matches(header)}
    segment = segments.pop() if len(segments) == 1 else None
    for rx, metric in _HEADER_METRICS:
        if rx.search(header):
            return metric, segment
    return ("active_participants", segment) if segment else None


def _row_place(
    text: str, cells: list[tuple[int, int]], region_col: int | None
) -> tuple[Region | None, str | None]:
    if region_col is None or region_col >= len(cells):
        return None, None
    s, e = cells[region_col]
    mentions = find_region_mentions(text[s:e])
    if not mentions:
        return None, None
    region = mentions[0].pick()
    return region, (None if region else f"Wilayah {mentions[0].area}")


def table_cells(text: str) -> Iterator[TableCell]:
    """Every participation figure in the pipe tables of ``text``."""
    for t_start, t_end in table_spans(text):
        rows = [(m.start(), m.end()) for m in _ROW_RE.finditer(text, t_start, t_end)]
        if len(rows) < 2:
            continue
        header = [text[s:e].strip() for s, e in _cells(text, *rows[0])]
        specs = [_column_spec(h) for h in header]
        region_col = next((i for i, h in enumerate(header) if _REGION_HEADER.search(h)), None)
        date_col = next((i for i, h in enumerate(header) if _DATE_HEADER.search(h)), None)
        if date_col is not None:
            specs[date_col] = None
        body = [_cells(text, *r) for r in rows[1:] if not _RULE_RE.match(text[r[0] : r[1]])]
        places = [_row_place(text, cells, region_col) for cells in body]
        named = [r.display_name for r, _ in places if r is not None]
        total_area = " + ".join(dict.fromkeys(named)) if len(set(named)) > 1 else None
        for cells, place in zip(body, places, strict=True):
            as_of = _row_date(text, cells, date_col)
            for cell in _row_cells(text, cells, specs, region_col, place, total_area):
                yield replace(cell, as_of=as_of) if as_of else cell


def _row_date(
    text: str, cells: list[tuple[int, int]], date_col: int | None
) -> tuple[str, str] | None:
    if date_col is None or date_col >= len(cells):
        return None
    s, e = cells[date_col]
    for d in find_dates(f"per {text[s:e].strip()}"):
        if d.label and d.precision:
            return d.label, d.precision
    return None


def _row_cells(
    text: str,
    cells: list[tuple[int, int]],
    specs: list[tuple[str, str | None] | None],
    region_col: int | None,
    place: tuple[Region | None, str | None],
    total_area: str | None,
) -> Iterator[TableCell]:
    if not cells:
        return
    region, area = place
    has_label = region_col is not None and region_col < len(cells)
    label = ""
    if region_col is not None and has_label:
        label = text[cells[region_col][0] : cells[region_col][1]]
    if region is None and area is None and has_label:
        if not _TOTAL_ROW.match(label):
            return  # a row naming no place we know: better no figure than a misplaced one
        area = total_area  # "Total" of the rows above: their area (None: the article's place)
    row_start, row_end = _trimmed(text, cells[0][0], cells[-1][1])
    for (s, e), spec in zip(cells, specs, strict=False):
        numbers = [n for n in find_numbers(text[s:e]) if n.kind in ("count", "percent", "year")]
        if spec is None or len(numbers) != 1:
            continue
        metric, segment = spec
        yield TableCell(metric, segment, region, area, numbers[0].value, row_start, row_end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
