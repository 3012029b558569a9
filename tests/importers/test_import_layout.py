"""clean_line: the one shape of a paragraph every importer hands on."""

from __future__ import annotations

import pytest

from briefpack.importers.layout import clean_line


@pytest.mark.parametrize(("raw", "clean"), [
    ("  Leaders \t must\n act  ", "Leaders must act"),
    ("soft\u00adly\u200b said\u2060 \ufeffit", "softly said it"),
    ("Mr\u00a0Putin  and\u200d 10\u202f000 people", "Mr\u00a0Putin and 10\u202f000 people"),
    ("Путин  и\u200c Си", "Путин и Си"),
    ("plain ascii", "plain ascii"),
])
def test_spaces_collapse_invisible_characters_go_no_break_spaces_stay(raw: str,
                                                                        clean: str) -> None:
    assert clean_line(raw) == clean
