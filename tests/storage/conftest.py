"""Fixtures for storage tests: a migrated engine and a session on every backend."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from storage.articles import ensure_outlet
from storage.db import open_engine, session_factory, upgrade
from tests.storage.helpers import OUTLET_KEY


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    upgrade(db_url)
    engine = open_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with session_factory(engine)() as session:
        yield session


@pytest.fixture
def outlet_id(session: Session) -> int:
    return ensure_outlet(session, OUTLET_KEY, "Kendari Pos", "https://kendaripos.example", "74.71")
