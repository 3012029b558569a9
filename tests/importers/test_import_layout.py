"""clean_line: the one shape of a paragraph every importer hands on."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefpack.importers.layout import clean_line


@pytest.mark.parametrize(("raw", "clean"), [
    ("  Leaders \t must\n act  ", "Leaders must act"),
    ("soft\u00adly\u200b said\u2060 \ufeffit", "softly said it"),
    ("Mr\u00a0Putin  and\u200d 10\u202f000 people", "Mr\u00a0Putin and 10\u202f000 people"),
    ("Путин  и\u200c Си", "Путин и Си"),
    ("plain ascii", "plain ascii"),
    ("“already clean”, as most lines are", "“already clean”, as most lines are"),
    # A noncharacter stands in for a kept space while the others collapse: not this one.
    (" x\ufdd0\u00a0  y\ufdd1 ", "x\ufdd0\u00a0 y\ufdd1"),
])
def test_spaces_collapse_invisible_characters_go_no_break_spaces_stay(raw: str,
                                                                        clean: str) -> None:
    assert clean_line(raw) == clean


@given(st.text(alphabet="ab\u00e9 \t\n\r\x0b\x0c\x1c\x85\u2003\u3000\u2028\u00a0\u202f\u2007"
                        "\u00ad\u200b\ufdd0\ufdd2", max_size=40))
def test_clean_line_is_one_substitution_of_white_space_runs_but_no_break_spaces(
        raw: str) -> None:
    """What clean_line did with one regular expression, now done with str.split."""
    without = raw.translate(dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff")))
    expected = re.sub(r"[^\S\u00a0\u202f\u2007]+", " ", without).strip(" ")
    assert clean_line(raw) == expected
