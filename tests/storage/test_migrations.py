"""Alembic migrations: upgrade, check, downgrade, the CLI, and the regions they load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, inspect, select

from storage.db import (
    check,
    create_pantau_engine,
    downgrade,
    head_revision,
    session_factory,
    upgrade,
)
from storage.models import Region

ROOT = Path(__file__).resolve().parents[2]


def test_upgrade_then_check_reports_no_differences(db_url: str) -> None:
    upgrade(db_url)
    check(db_url)


def test_downgrade_to_base_and_back(db_url: str) -> None:
    upgrade(db_url)
    downgrade(db_url, "base")
    engine = create_pantau_engine(db_url)
    try:
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()
    upgrade(db_url)
    check(db_url)


def test_regions_are_loaded(db_url: str) -> None:
    upgrade(db_url)
    engine = create_pantau_engine(db_url)
    try:
        with session_factory(engine)() as session:
            assert session.scalar(select(func.count()).select_from(Region)) == 552
            kendari = session.get(Region, "74.71")
            assert kendari is not None
            assert (kendari.name, kendari.level, kendari.parent_code) == (
                "Kota Kendari",
                "city",
                "74",
            )
            assert session.scalar(select(func.count()).where(Region.level == "province")) == 38
    finally:
        engine.dispose()


def _alembic(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-W",
        "error",
        "-m",
        "alembic",
        "-c",
        str(ROOT / "storage/alembic.ini"),
    ]
    return subprocess.run(
        [*command, *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def test_alembic_cli_upgrade_and_check(db_url: str, tmp_path: Path) -> None:
    upgraded = _alembic("-x", f"db={db_url}", "upgrade", "head", cwd=ROOT)
    assert upgraded.returncode == 0, upgraded.stderr
    checked = _alembic("-x", f"db={db_url}", "check", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    current = _alembic("-x", f"db={db_url}", "current", cwd=tmp_path)
    assert head_revision() in current.stdout
