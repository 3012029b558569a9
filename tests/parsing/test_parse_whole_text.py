"""The whole-text fast paths (one lower-casing, cue words found once with str.find) give the
same statement as the paragraph-by-paragraph and sentence-by-sentence rules they replace."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefpack.parsing import asks, cases, parse_statement, statement

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from corpus import generate_statements  # noqa: E402

SYNTHETIC = [text for _, text in generate_statements(12, seed=3)]
PIECES = [
    "\u201c", "\u201d", '"', "\u2019", "\n", "\n\n", ". ", "? ", "\u0130", "\u03a3", "\u017f",
    " must ", " MUST ", " Urged ", " calls on ", " has\nto ", " needs  to ", " was jailed ",
    " DETAINED ", " held in ", " summit ", " Summit ", " met ", " talks ", "Ms. ", "U.S. ",
    " said: ", " she said, ", " Amnesty International ", " refugees ", " al-Hathloul ",
]  # fmt: skip


def _reference(text: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The statement as the per-paragraph rules parse it."""
    with monkeypatch.context() as patch:
        for module in (statement, asks, cases):
            patch.setattr(module, "lowered_text", lambda _text: None)
        return repr(parse_statement(text))


@st.composite
def edited(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEED_TEXTS + SYNTHETIC))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(0, 200)) :]
    return text


@pytest.mark.parametrize("text", SEED_TEXTS + SYNTHETIC[:4])
def test_fast_paths_agree_on_whole_statements(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for variant in (text, text.upper(), text.replace("\n", "\n\n")):
        assert repr(parse_statement(variant)) == _reference(variant, monkeypatch)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=edited())
def test_fast_paths_agree_on_edited_statements(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert repr(parse_statement(text)) == _reference(text, monkeypatch)


_PLAIN = {
    "sentences._BOUNDARY": r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*"
    r"(?=\s+[\"'\u201c\u2018\u00ab(\[]?[A-Z0-9\u00c0-\u024f])",
    "taxonomy._TOKEN": r"\w++(?:['\u2019./-]\w++)*+",
    "layout._WORD": r"\w+",
    "quotes._WORD": r"[\w'\u2019-]+",
}


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("aZ9_ .!?\u2026\"'\u201d\u2019\u201c(-/\n\u00e9\u0301"),
        max_size=40,
    )
)
def test_patterns_rewritten_to_start_with_a_class_match_like_the_plain_ones(text: str) -> None:
    import re

    from briefpack.parsing import layout, quotes, sentences, taxonomy

    modules = {"sentences": sentences, "taxonomy": taxonomy, "layout": layout, "quotes": quotes}
    for name, plain in _PLAIN.items():
        module, attribute = name.split(".")
        fast = getattr(modules[module], attribute)
        expected = [m.span() for m in re.finditer(plain, text)]
        assert [m.span() for m in fast.finditer(text)] == expected, name


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            "ab9_ '''''././--\n\t,;:()\"\u201c\u201d\u2013\u2014\u2018\u00a0\u2026"
            "\u00e9\u0301\x1c\u2028"
        ),
        max_size=30,
    )
)
def test_word_text_splits_into_the_tokens_of_the_regex(text: str) -> None:
    from briefpack.parsing.taxonomy import _TOKEN, _WIDE_SEPARATORS, word_text

    words = word_text(text)
    if words is None:  # only for characters outside ASCII it does not know
        assert any(not c.isascii() and c not in _WIDE_SEPARATORS for c in text)
        return
    assert len(words) == len(text)
    assert words.split() == _TOKEN.findall(text)
    # Any stretch with white space on both sides: as paragraphs are.
    for start in range(len(text) + 1):
        if start and not text[start - 1].isspace():
            continue
        for end in range(start, len(text) + 1):
            if end < len(text) and not text[end].isspace():
                continue
            assert words[start:end].split() == _TOKEN.findall(text, start, end)


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("a \n\u201c\u201d\"'\u2018\u2019\u201e\u00ab\u00bb.:"), max_size=30
    ),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_quote_marks_of_one_scan_are_those_of_each_stretch(text: str, a: int, b: int) -> None:
    from briefpack.parsing import quotemarks

    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    if quotemarks._DOUBLE.search(text, start, end):
        marks = [m.start() for m in quotemarks._DOUBLE.finditer(text, start, end)]
        # British style, with curly or straight single marks outside the double ones.
        if quotemarks._opens_with_single(text, start, marks[0], end):
            expected = quotemarks._with_outer_singles(text, start, end, marks)
        else:
            expected = quotemarks._scan_double(text, start, end, marks)
    elif "\u2018" in text[start:end] or "'" in text[start:end]:
        expected = quotemarks._scan_single(text, start, end)
    else:
        expected = []
    assert quotemarks.QuoteMarks(text).spans(start, end) == expected
