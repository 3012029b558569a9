"""whole_word_pattern finds exactly what the plain longest-first alternation finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefpack.parsing.countries import country_names, leaders
from briefpack.parsing.gazetteer import ORGANISATIONS, PLACES
from briefpack.parsing.names import by_first_letter, whole_word_pattern


def _plain(names: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _found(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, endpos)]


NAMES = ["ab", "abc", "abcd", "a", "b-c", "x.", "x.y", "A B", "A BC"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(NAMES + [" ", "-", "_", ".", "z", "\u00e9"]), max_size=30),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_same_matches_as_the_plain_alternation(parts: list[str], a: int, b: int) -> None:
    text = "".join(parts)
    pos, endpos = min(a, b, len(text)), min(max(a, b), len(text))
    plain, fast = _plain(NAMES), whole_word_pattern(NAMES)
    assert _found(fast, text, pos, endpos) == _found(plain, text, pos, endpos)
    for method in ("match", "fullmatch", "search"):
        expected = getattr(plain, method)(text)
        got = getattr(fast, method)(text)
        assert (expected and expected.span()) == (got and got.span())


def test_gazetteer_names_on_seed_like_text() -> None:
    text = (
        "Putin and Trump met in Helsinki, Finland; al-Assad, von der Leyen and Xi Jinping "
        "did not. Amnesty International USA and Human Rights Watch spoke in Washington, D.C. "
        "and in the U.S.A. and U.S., not in Xi-land or Helsinkis."
    )
    for names in (
        list(PLACES) + list(country_names()),
        list(leaders()),
        list(ORGANISATIONS),
    ):
        for pos in range(0, len(text), 7):
            assert _found(whole_word_pattern(names), text, pos, len(text)) == _found(
                _plain(names), text, pos, len(text)
            )


def test_no_names_matches_nothing() -> None:
    assert whole_word_pattern([]).search("anything") is None


VERBS = "said|says|say|added|emphasi[sz]ed|labell?ed|put\\s+it|insisted|insisted|asked"


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["said", "says", "say", "sa", " ", "put  it", "put", "labeled",
                         "labelled", "emphasized", "insisted", "asked", "x", "-", "S"]),
        max_size=12,
    ).map("".join)
)  # fmt: skip
def test_verbs_grouped_by_first_letter_match_like_the_plain_alternation(text: str) -> None:
    plain = re.compile(rf"\s?(?:{VERBS})\b")
    grouped = re.compile(rf"\s?{by_first_letter(VERBS)}\b")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_by_first_letter_refuses_an_alternative_without_a_letter() -> None:
    import pytest

    with pytest.raises(ValueError):
        by_first_letter("said|[Ss]ays")
