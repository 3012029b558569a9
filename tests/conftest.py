"""Shared fixtures: the seed statements and their text."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
HELSINKI_SEED = SEEDS / "000_d219fd84bab783dd.txt"
FLORIDA_SEED = SEEDS / "003_8882bca8dc2272cf.txt"


@pytest.fixture
def helsinki_text() -> str:
    return HELSINKI_SEED.read_text(encoding="utf-8")


@pytest.fixture
def florida_text() -> str:
    return FLORIDA_SEED.read_text(encoding="utf-8")
