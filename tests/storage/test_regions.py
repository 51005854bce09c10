"""resolve_region: codes, official names, unknown and ambiguous names."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from storage.db import StorageError
from storage.series import resolve_region


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("74.71", "74.71"),
        ("72", "72"),
        ("ID", "ID"),
        ("indonesia", "ID"),
        ("Kota Kendari", "74.71"),
        ("kota  KENDARI", "74.71"),
        ("Kendari", "74.71"),
        ("Sulawesi Tenggara", "74"),
        ("Provinsi Sulawesi Tenggara", "74"),
        ("Kabupaten Bima", "52.06"),
        ("Kota Bima", "52.72"),
        ("Gorontalo", "75"),  # the province's official name wins over Kab./Kota Gorontalo
    ],
)
def test_resolves(engine: object, session: Session, text: str, code: str) -> None:
    assert resolve_region(session, text).code == code


def test_national_region_is_not_stored(session: Session) -> None:
    region = resolve_region(session, "ID")
    assert (region.name, region.level, region.parent_code) == ("Indonesia", "country", None)


@pytest.mark.parametrize("text", ["Atlantis", "99.99", ""])
def test_unknown(session: Session, text: str) -> None:
    with pytest.raises(StorageError, match=f"unknown region '{text}'"):
        resolve_region(session, text)


def test_ambiguous_lists_candidates(session: Session) -> None:
    with pytest.raises(StorageError, match="ambiguous region 'Bima': one of") as error:
        resolve_region(session, "Bima")
    assert "Kabupaten Bima (52.06)" in str(error.value)
    assert "Kota Bima (52.72)" in str(error.value)
