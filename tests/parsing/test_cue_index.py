"""cues.CueIndex: one Aho-Corasick pass finds what a str.find loop per literal finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefpack.parsing.cues import NO_HITS, CueIndex


def _find_loop(haystack: str, literal: str) -> list[int]:
    found = []
    i = haystack.find(literal)
    while i >= 0:
        found.append(i)
        i = haystack.find(literal, i + 1)
    return found


# Few letters, so that literals overlap each other and themselves ("aa" in "aaa"), with
# characters outside ASCII (curly quotes, accents, a character outside the BMP), since the
# automaton searches UTF-8 and must give positions in characters.
_ALPHABET = "abe \u2019\u00e9\U0001f600"


@settings(max_examples=300, deadline=None)
@given(
    literals=st.lists(st.text(_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=12),
    haystack=st.text(_ALPHABET, max_size=80),
)
def test_occurrences_are_the_find_loops(literals: list[str], haystack: str) -> None:
    found = CueIndex(literals).occurrences(haystack)
    for literal in literals:
        assert found.get(literal, NO_HITS) == _find_loop(haystack, literal)
    # Only literals that occur have an entry.
    assert all(found[literal] for literal in found)


def test_overlapping_and_repeated_literals() -> None:
    index = CueIndex(["eet", "meet", "ee", "eet"])
    found = index.occurrences("meeet \u201cmeet\u201d")
    assert found["eet"] == [2, 8]
    assert found["meet"] == [7]
    assert found["ee"] == [1, 2, 8]
    assert "summit" not in found and NO_HITS == []
