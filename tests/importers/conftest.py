"""Statement files made from the seeds, for the importer tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("briefpack_statement_files",
                                               _HERE / "statement_files.py")
assert _spec is not None and _spec.loader is not None
statement_files = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = statement_files
_spec.loader.exec_module(statement_files)

SEEDS = _HERE.parent.parent / "seeds"
SEED_PATHS = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def files():
    """The module of makers: files.make_docx(text, path), files.paragraphs(text), ..."""
    return statement_files


@pytest.fixture(params=[p.name for p in SEED_PATHS])
def seed(request) -> tuple[str, str]:
    """(seed file name, seed text), once per seed."""
    return request.param, (SEEDS / request.param).read_text(encoding="utf-8")
