"""Random and mutated statements never make the parser raise, and every span is honest."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefpack.model import Statement
from briefpack.parsing import parse_statement

# Loaded at import: fixtures do not mix with @given.
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]

MARKS = ["\u201c", "\u201d", '"', "\u2018", "\u2019", "'", "\u201e", "\u00ab", "\u00bb", "\n", ":"]


def _check(statement: Statement) -> None:
    text = statement.text
    n = len(text)

    def inside(span: object) -> None:
        assert 0 <= span.start <= span.end <= n  # type: ignore[attr-defined]

    if statement.title_span:
        inside(statement.title_span)
    if statement.dateline_span:
        inside(statement.dateline_span)
        assert statement.dateline_span.of(text) == statement.dateline
    for p in statement.paragraphs:
        inside(p.span)
        assert p.span.of(text) == p.text
    for q in statement.quotes:
        inside(q.span)
        assert q.span.of(text) == q.text
    for a in statement.asks:
        inside(a.span)
        assert a.span.of(text) == a.text
    for c in statement.cases:
        inside(c.span)
        assert c.span.of(text) == c.description
    for s in statement.summits:
        inside(s.span)
    for contact in statement.contacts:
        inside(contact.span)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEED_TEXTS))
    for _ in range(draw(st.integers(0, 6))):
        if not text:
            break
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 400)))
        action = draw(st.sampled_from(["delete", "duplicate", "insert", "mark"]))
        if action == "delete":
            text = text[:a] + text[b:]
        elif action == "duplicate":
            text = text[:b] + text[a:b] + text[b:]
        elif action == "insert":
            text = text[:a] + draw(st.text(max_size=40)) + text[a:]
        else:
            text = text[:a] + draw(st.sampled_from(MARKS)) + text[a:]
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_seed())
def test_mutated_seeds_parse_with_honest_spans(text: str) -> None:
    _check(parse_statement(text))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(MARKS), max_size=600))
def test_random_text_parses_with_honest_spans(text: str) -> None:
    _check(parse_statement(text))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "\u201cA quote that is long enough,\u201d she said,",
                "said Anna Neistat, Amnesty International\u2019s Senior Director.",
                "(Geneva, June 12, 2019) \u2013",
                "summit in Helsinki on Monday",
                "Putin",
                "Trump",
                "+1 613 744 7667, extension 236",
                "For more information, please contact:",
                "\n",
                "\n\n",
                "\u201c",
                "\u201d",
                "Oleg Sentsov was jailed.",
                "must",
                "calls on",
            ]
        ),
        max_size=40,
    )
)
def test_genre_fragments_in_any_order(parts: list[str]) -> None:
    _check(parse_statement(" ".join(parts)))
