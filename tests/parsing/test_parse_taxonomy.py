"""The issue taxonomy: shipped data, the user's own file, tagging."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefpack.errors import UserError
from briefpack.model import Issue, Taxonomy
from briefpack.parsing import load_taxonomy, parse_statement
from briefpack.parsing.taxonomy import IssueTagger, fold, shipped_taxonomy, word_text

HERE = Path(__file__).resolve().parent
REAL_STATEMENTS = sorted(
    [*(HERE / "statements").glob("*.txt"), *(HERE.parents[1] / "seeds").glob("*.txt")]
)

REQUIRED = {
    "refugees", "syria", "torture", "lgbti", "children-families", "defenders", "expression",
    "security-laws", "unsc", "arms", "yemen", "israel-opt", "ukraine-crimea", "prisoners",
}  # fmt: skip


def test_shipped_taxonomy_has_the_required_issues(tmp_path: Path) -> None:
    taxonomy = load_taxonomy(_write(tmp_path, ""))  # an empty user file adds nothing
    assert len(taxonomy.issues) >= 25
    assert REQUIRED <= {issue.id for issue in taxonomy.issues}
    assert all(issue.label and issue.phrases for issue in taxonomy.issues)


def _write(folder: Path, body: str) -> Path:
    path = folder / "issues.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_user_file_extends_and_overrides(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        '[[issue]]\nid = "mining"\nlabel = "Mining"\nphrases = ["cobalt mine"]\n\n'
        '[[issue]]\nid = "syria"\nlabel = "Syria crisis"\nphrases = ["syria"]\n',
    )
    taxonomy = load_taxonomy(path)
    assert taxonomy.label("syria") == "Syria crisis"
    assert taxonomy.get("mining") is not None
    assert taxonomy.get("torture") is not None


def test_user_file_can_replace(tmp_path: Path) -> None:
    path = _write(tmp_path, 'replace = true\n[[issue]]\nid = "a"\nlabel = "A"\nphrases = ["x"]\n')
    assert [i.id for i in load_taxonomy(path).issues] == ["a"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("[[issue]\nid=", "not valid TOML"),
        ('[[issue]]\nlabel = "No id"\n', "has no id"),
        ('[[issue]]\nid = "x"\nlabel = "X"\nphrases = "one"\n', "phrases must be a list"),
        ('replace = "yes"\n', "'replace' must be true or false"),
    ],
)
def test_broken_user_file_names_file_and_reason(tmp_path: Path, body: str, reason: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(UserError) as error:
        load_taxonomy(path)
    assert str(path) in str(error.value) and reason in str(error.value)


def test_tagging_matches_plurals_and_phrases_across_white_space() -> None:
    tagger = IssueTagger(
        Taxonomy(
            [
                Issue("refugees", "Refugees", ("refugee",)),
                Issue("unsc", "UNSC", ("security council",)),
            ]
        )
    )
    assert tagger.tag("Refugees and the Security\nCouncil") == ["refugees", "unsc"]
    assert tagger.tag("Refugee's rights") == ["refugees"]
    assert tagger.tag("refugeehood") == []


def test_parse_uses_given_taxonomy() -> None:
    taxonomy = Taxonomy([Issue("mining", "Mining", ("cobalt mine",))])
    s = parse_statement("Title here\n\nWorkers at cobalt mines are abused.\n", taxonomy=taxonomy)
    assert s.paragraphs[0].issues == ["mining"]


def test_taxonomy_edited_in_place_tags_with_its_new_phrases() -> None:
    """tagger_for reuses the last tagger only for the very same issues."""
    taxonomy = Taxonomy([Issue("mining", "Mining", ("cobalt mine",))])
    text = "Title here\n\nWorkers at cobalt mines and gold mines are abused.\n"
    assert parse_statement(text, taxonomy=taxonomy).paragraphs[0].issues == ["mining"]
    taxonomy.issues[0] = Issue("mining", "Mining", ("gold mine",))
    assert parse_statement(text, taxonomy=taxonomy).paragraphs[0].issues == ["mining"]
    taxonomy.issues[0] = Issue("mining", "Mining", ("silver mine",))
    assert parse_statement(text, taxonomy=taxonomy).paragraphs[0].issues == []
    taxonomy.issues.append(Issue("gold", "Gold", ("gold mine",)))
    assert parse_statement(text, taxonomy=taxonomy).paragraphs[0].issues == ["gold"]
    taxonomy.issues.clear()
    assert parse_statement(text, taxonomy=taxonomy).paragraphs[0].issues == []


def test_tagging_agrees_with_a_plain_phrase_search() -> None:
    """Pairs of neighbouring words and longer phrases, repeated, at either end, or cut off."""
    import random

    issues = [
        Issue("unsc", "UNSC", ("security council", "un security council veto")),
        Issue("war", "War", ("war in syria", "war")),
        Issue("prisoners", "Prisoners", ("prisoners of conscience",)),
        Issue("security", "Security", ("national security law",)),
    ]
    tagger = IssueTagger(Taxonomy(issues))

    def plain(tokens: list[str]) -> list[str]:
        found = []
        for issue in issues:
            for phrase in issue.phrases:
                *head, last = phrase.split()
                forms = {last, last + "s", last + "es", last + "'s"}
                size = len(head) + 1
                if any(tokens[i : i + size - 1] == head and tokens[i + size - 1] in forms
                       for i in range(len(tokens) - size + 1)):
                    found.append(issue.id)
                    break
        return found

    vocabulary = ["un", "security", "council", "councils", "veto", "vetoes", "war", "in",
                  "syria", "prisoners", "of", "conscience", "national", "law", "laws", "the"]
    rng = random.Random(3)
    for _ in range(3000):
        tokens = [rng.choice(vocabulary) for _ in range(rng.randint(0, 9))]
        assert tagger.tag_tokens(tokens) == plain(tokens), tokens


def _plain_tags(issues: list[Issue], text: str) -> list[str]:
    """The obvious search: every phrase at every word of `text`, last word in any form."""
    tokens = re.findall(r"\w+(?:['./-]\w+)*", text.lower().replace("\u2019", "'"))
    found = []
    for issue in issues:
        for phrase in issue.phrases:
            *head, last = re.findall(r"\w+(?:['./-]\w+)*", phrase)
            forms = {last, last + "s", last + "es", last + "'s"}
            size = len(head) + 1
            if any(
                tokens[i : i + size - 1] == head and tokens[i + size - 1] in forms
                for i in range(len(tokens) - size + 1)
            ):
                found.append(issue.id)
                break
    return found


def test_one_pass_over_paragraphs_agrees_with_a_plain_search_in_each() -> None:
    """Random paragraphs of phrase words: repeated, split between paragraphs, separated by
    punctuation and line breaks, in plural and possessive forms, in text inside and outside
    ASCII, with text between paragraphs that is not tagged."""
    issues = [
        Issue("unsc", "UNSC", ("security council", "un security council veto")),
        Issue("war", "War", ("war in syria", "war")),
        Issue("prisoners", "Prisoners", ("prisoner of conscience",)),
        Issue("security", "Security", ("national security law", "security")),
        Issue("refugees", "Refugees", ("refugee", "non-refoulement")),
    ]
    tagger = IssueTagger(Taxonomy(issues))
    vocabulary = ["un", "UN", "security", "Security", "council", "councils", "veto", "vetoes",
                  "war", "wars", "in", "syria", "Syria's", "prisoner", "prisoners", "of",
                  "conscience", "national", "law", "laws", "refugee\u2019s", "refugeehood",
                  "non-refoulement", "non", "refoulement", "the", "|", "-", "...", "Genève",
                  "d\u00e9tenus", "war\u2014in"]  # fmt: skip
    gaps = [" ", "  ", ", ", ". ", " - ", "\n", " (", ") ", '" ']
    rng = random.Random(5)
    for _ in range(1500):
        text = ""
        spans = []
        for _ in range(rng.randint(0, 5)):
            text += rng.choice(["", "\n", "\n\n", "Contact: security\n"])
            words = [rng.choice(vocabulary) for _ in range(rng.randint(1, 8))]
            paragraph = words[0] + "".join(rng.choice(gaps) + w for w in words[1:])
            spans.append((len(text), len(text) + len(paragraph)))
            text += paragraph + "\n"
        expected = [_plain_tags(issues, text[start:end]) for start, end in spans]
        # How parse_statement tags: all paragraphs in one pass over the text's words (by regex
        # for text outside ASCII).
        spaced = word_text(fold(text))
        if spaced is not None:
            assert tagger.tag_spans(spaced, spans) == expected, text
        assert tagger.tag_folded_spans(fold(text), spans) == expected, text
        assert [tagger.tag(text[start:end]) for start, end in spans] == expected, text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1_ .'-/,\n\u2019\u201c\u201d\u2013\u00e9"), max_size=40))
def test_word_text_splits_into_the_tokens_of_the_regex(text: str) -> None:
    """Joiners (' . / -) stay only between word characters; text outside ASCII but common
    punctuation is refused."""
    folded = fold(text)
    spaced = word_text(folded)
    if spaced is None:
        assert "\u00e9" in text
    else:
        assert len(spaced) == len(folded)
        assert spaced.split() == re.findall(r"\w+(?:['./-]\w+)*", folded)


_WORDS = ["un", "security", "council", "war", "in", "syria", "non-refoulement", "rights"]


@st.composite
def _tagged_text(draw: st.DrawFn) -> tuple[list[Issue], str, list[tuple[int, int]]]:
    """A taxonomy of phrases of one to four words drawn from a few, so that phrases share
    first and second words and lie inside one another, and paragraphs of those words in
    every form or longer, with gaps of spaces, punctuation and line breaks, some of them only a
    line break apart, some with untagged text before or after them."""
    phrase = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join)
    issues = [  # an id may come twice
        Issue(f"issue{n}", f"Issue {n}", tuple(draw(st.lists(phrase, min_size=1, max_size=4))))
        for n in draw(st.lists(st.integers(0, 4), min_size=1, max_size=5))
    ]
    word = st.sampled_from(_WORDS).flatmap(
        lambda w: st.sampled_from([w, w + "s", w + "es", w + "'s", w + "\u2019s", w.upper(),
                                   w.title(), w + "ish", "x" + w])
    )  # fmt: skip
    gap = st.sampled_from([" ", "  ", ", ", ". ", " - ", "\n", " (", ") ", '" ', "\u201c",
                           " | ", "...", "/", " \u2014 "])  # fmt: skip
    text = ""
    spans = []
    for _ in range(draw(st.integers(0, 4))):
        text += draw(st.sampled_from(["", "\n", "\n\n", "Contact: security council\n"]))
        words = draw(st.lists(word, min_size=1, max_size=10))
        paragraph = words[0] + "".join(draw(gap) + w for w in words[1:])
        spans.append((len(text), len(text) + len(paragraph)))
        text += paragraph + "\n"
    text += draw(st.sampled_from(["", "council\n", "Contact: security council\n"]))
    return issues, text, spans


@settings(max_examples=400, deadline=None)
@given(_tagged_text())
def test_one_pass_over_the_text_agrees_with_tagging_each_paragraphs_words(
    case: tuple[list[Issue], str, list[tuple[int, int]]],
) -> None:
    """tag_spans (an automaton over the whole text's words) against tag (the words of each
    paragraph looked up one by one) and the plain search, for taxonomies of any shape."""
    issues, text, spans = case
    tagger = IssueTagger(Taxonomy(issues))
    expected = [tagger.tag(text[start:end]) for start, end in spans]
    if len({issue.id for issue in issues}) == len(issues):
        assert expected == [_plain_tags(issues, text[start:end]) for start, end in spans]
    spaced = word_text(fold(text))
    assert spaced is not None
    assert tagger.tag_spans(spaced, spans) == expected
    # Spans in any order (or overlapping) are tagged too, by the words of each.
    assert tagger.tag_spans(spaced, spans[::-1] + spans[:1]) == expected[::-1] + expected[:1]


@pytest.mark.parametrize(
    ("text", "first_line"),
    [
        ("UN, Security Council  vetoes", ["veto", "unsc"]),  # gaps, forms
        ("UN Securityish Council veto", []),  # words are whole words
        ("UN Security Councilish veto", []),
        ("UN Security (Council) veto", ["veto", "unsc"]),
        ("UN Security Council\nveto", ["unsc"]),  # lines are paragraphs: no phrase across
        ("UN Security\nCouncil veto", []),
        ("UN Security\n\nCouncil veto", []),
        ("Security\nCouncil", []),
    ],
)
def test_one_pass_finds_phrases_of_whole_words_inside_one_paragraph(
    text: str, first_line: list[str]
) -> None:
    issues = [
        Issue("veto", "Veto", ("un security council veto",)),
        Issue("unsc", "UNSC", ("security council", "un security council")),
    ]
    tagger = IssueTagger(Taxonomy(issues))
    spans = []
    start = 0
    for line in text.split("\n"):
        if line:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    spaced = word_text(fold(text))
    assert spaced is not None
    assert tagger.tag_spans(spaced, [(0, len(text))]) == [tagger.tag(text)]
    expected = [tagger.tag(text[start:end]) for start, end in spans]
    assert expected[0] == first_line
    assert tagger.tag_spans(spaced, spans) == expected


@pytest.mark.parametrize("path", REAL_STATEMENTS, ids=lambda path: path.name)
def test_real_paragraphs_are_tagged_as_a_plain_search_tags_them(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    issues = shipped_taxonomy().issues
    paragraphs = [p for p in parse_statement(text).paragraphs if p.kind != "contact"]
    assert any(p.issues for p in paragraphs)
    for paragraph in paragraphs:
        assert paragraph.issues == _plain_tags(issues, paragraph.text), paragraph.text
