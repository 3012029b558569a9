"""The statements written for the parser tests (tests/parsing/statements/), parsed once each."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest

from briefpack.model import Statement
from briefpack.parsing import parse_statement

STATEMENTS = Path(__file__).parent / "statements"


@functools.cache
def _parsed(name: str) -> Statement:
    return parse_statement((STATEMENTS / name).read_text(encoding="utf-8"), name)


@pytest.fixture
def parsed_sample() -> Callable[[str], Statement]:
    """statements/NAME parsed; shared between tests, so not to be changed."""
    return _parsed
