"""The trigger-word prefilter of the long vocabulary patterns never changes what they match."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from extract import vocab
from extract.textutil import fold

FIXTURES = Path(__file__).parent / "fixtures"
EXTRA = (
    "Pemprov Kalsel menargetkan 70 persen kepesertaan; angka pengangguran 3,2 persen; "
    "untuk   melindungi pekerja; per  bulan; peserta sosialisasi; di-PHK; BPJS  Kesehatan; "
    "bisa  menjadi peserta; 60 persen dari total peserta; bukan penerima upah; non-formal; "
    "pekerja migran; tenaga kerja Indonesia; sumbangan terbesar; persentase klaim."
)


def _windows() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))] + [EXTRA]
    rng = random.Random(7)
    out = []
    for text in texts:
        folded = fold(text)
        for _ in range(200):
            a = rng.randrange(len(folded))
            out.append(folded[a : a + rng.randrange(5, 300)])
        out.append(folded)
    return out


@pytest.mark.parametrize("name", ["EXCLUDE_ANY", "EXCLUDE_PERCENT", "SEGMENT_RE"])
def test_prefilter_is_exact(name: str) -> None:
    matcher = getattr(vocab, name)
    assert matcher.triggers
    for window in _windows():
        full = matcher._lc.search(window)
        assert (matcher.search_folded(window) is None) == (full is None), window


def test_fold_keeps_offsets() -> None:
    text = "İstanbul KOTA Kendari"
    assert len(fold(text)) == len(text)
    assert fold(text).endswith("kota kendari")
