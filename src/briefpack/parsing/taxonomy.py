"""The issue taxonomy: loading resources/issues.toml (plus the user's own) and tagging text.

Phrases are found by one automaton pass over a statement's words, so tagging costs about the
same however large the taxonomy grows (IssueTagger).
"""

from __future__ import annotations

import operator
import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from ahocorasick_rs import BytesAhoCorasick, Implementation

from briefpack.errors import UserError
from briefpack.model import Issue, Taxonomy
from briefpack.paths import user_taxonomy_path
from briefpack.resource_files import resource

_SPACES: Final = re.compile(r"\s+")


def _issues_from(data: dict[str, Any], origin: str) -> list[Issue]:
    raw = data.get("issue", [])
    if not isinstance(raw, list):
        raise ValueError("[[issue]] tables expected")
    issues: list[Issue] = []
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            raise ValueError(f"issue {number} is not a table")
        issue_id = entry.get("id")
        label = entry.get("label")
        phrases = entry.get("phrases", [])
        if not isinstance(issue_id, str) or not issue_id.strip():
            raise ValueError(f"issue {number} has no id")
        if not isinstance(label, str) or not label.strip():
            raise ValueError(f"issue {issue_id!r} has no label")
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise ValueError(f"issue {issue_id!r}: phrases must be a list of strings")
        cleaned = tuple(_SPACES.sub(" ", p.strip().lower()) for p in phrases if p.strip())
        issues.append(Issue(issue_id.strip(), label.strip(), cleaned))
    return issues


@lru_cache(maxsize=1)
def shipped_taxonomy() -> Taxonomy:
    """resources/issues.toml, read once per process."""
    data = tomllib.loads(resource("issues.toml").read_text(encoding="utf-8"))
    return Taxonomy(_issues_from(data, "issues.toml"))


def merge(base: Iterable[Issue], extra: Iterable[Issue]) -> list[Issue]:
    """`base` extended by `extra`; an issue in `extra` with a known id replaces that issue."""
    merged: dict[str, Issue] = {issue.id: issue for issue in base}
    for issue in extra:
        merged[issue.id] = issue
    return list(merged.values())


def load_taxonomy(user_path: Path | None = None) -> Taxonomy:
    """The shipped taxonomy extended (or, with `replace = true`, replaced) by the user's file.

    A user file that cannot be read raises UserError naming the file and the reason, so the
    app can tell the user which file to fix instead of silently dropping their issues.
    """
    shipped = shipped_taxonomy()
    path = user_path if user_path is not None else user_taxonomy_path()
    if user_path is None and not path.exists():
        return Taxonomy(list(shipped.issues))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        replace = data.get("replace", False)
        if not isinstance(replace, bool):
            raise ValueError("'replace' must be true or false")
        user_issues = _issues_from(data, str(path))
    except FileNotFoundError as exc:
        raise UserError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path}: not valid TOML ({exc})") from exc
    except (ValueError, OSError) as exc:
        raise UserError(f"{path}: {exc}") from exc
    if replace:
        return Taxonomy(merge([], user_issues))
    return Taxonomy(merge(shipped.issues, user_issues))


# Possessive: a word never gives characters back (what follows it is never a word character),
# so the engine keeps no backtracking state; the tokens are the same. One \w first: a pattern
# that begins with a character class lets the engine skip to it in C.
_TOKEN: Final = re.compile(r"\w\w*+(?:['\u2019./-]\w++)*+")


def fold(text: str) -> str:
    """What phrases are matched on: lower case, the typographic apostrophe made plain."""
    return text.lower().replace("\u2019", "'")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


# Word characters of ASCII text (\w there) and the joiners _TOKEN lets into a token; every
# other ASCII character separates tokens, like a space. So does the full stop at first: most
# end a sentence, and the few inside a token ("u.s", "3.5") are put back (_joining_dots).
_WORD_BYTES: Final = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_SEPARATE: Final = bytes(b if b in _WORD_BYTES or b in b"'/-" else 32 for b in range(256))
# A joiner is in a token exactly when word characters stand on both sides of it.
_JOINERS: Final[tuple[str, ...]] = ("-", "'", "/")
_IS_WORD_BYTE: Final = bytes(1 if b in _WORD_BYTES else 0 for b in range(256))
# Punctuation outside ASCII that statements are full of; any other character outside ASCII
# sends a text to the regex.
_WIDE_SEPARATORS: Final[tuple[str, ...]] = (
    "\u201c", "\u201d", "\u2013", "\u2014", "\u2018", "\u00a0", "\u2026"
)


def word_text(folded: str) -> str | None:
    """`folded` with every character that is in no _TOKEN token made a space, so that the
    tokens of any stretch with white space on both sides are its str.split(), which is
    faster than the regex. None for text with characters outside ASCII other than common
    punctuation (there a word character is more than an ASCII letter or digit)."""
    for char in _WIDE_SEPARATORS:
        if char in folded:
            folded = folded.replace(char, " ")
    try:
        data = folded.encode("ascii").translate(_SEPARATE)
    except UnicodeEncodeError:
        return None
    words = data.decode("ascii")
    lone = _lone_joiners(words)
    dots = _joining_dots(folded)
    if not lone and not dots:
        return words
    out = bytearray(data)
    for i in lone:
        out[i] = 32
    for i in dots:
        out[i] = 46
    return out.decode("ascii")


def _joining_dots(text: str) -> list[int]:
    """Positions of the full stops in ASCII `text` with a word character on both sides.

    Found by str.find (memchr), as _lone_joiners finds the other joiners: replacing every
    ". " by two spaces first, so that only the rest needed a look, cost more (a two-character
    search through the whole text)."""
    joining: list[int] = []
    last = len(text) - 1
    is_word = _IS_WORD_BYTE
    i = text.find(".")
    while i >= 0:
        if 0 < i < last and is_word[ord(text[i - 1])] and is_word[ord(text[i + 1])]:
            joining.append(i)
        i = text.find(".", i + 1)
    return joining


def _lone_joiners(words: str) -> list[int]:
    """Positions of the joiners in `words` that have no word character on one side.

    The joiners are found by str.find, in C (compiled, a direct call): a regex scan of the
    whole text tested every character against a class and cost most of word_text's time."""
    lone: list[int] = []
    last = len(words) - 1
    is_word = _IS_WORD_BYTE
    for joiner in _JOINERS:
        i = words.find(joiner)
        while i >= 0:
            if (
                i == 0
                or i == last
                or not (is_word[ord(words[i - 1])] and is_word[ord(words[i + 1])])
            ):
                lone.append(i)
            i = words.find(joiner, i + 1)
    return lone


def _forms(word: str) -> tuple[str, ...]:
    """A word with its plural and possessive forms ("refugee" -> "refugees", "refugee's")."""
    return (word, word + "s", word + "es", word + "'s")


# Issues are bits of an int, the n-th issue of the taxonomy bit n (IssueTagger._issues): the
# issues of a paragraph are the union of its phrases' issues, in order from the lowest bit.
# A phrase of three words or more, under its first two: (the words after the second up to the
# last, the forms of the last, the issues).
_LongerPhrase = tuple[tuple[str, ...], frozenset[str], int]
# What follows a phrase's first word: the issues of two-word phrases, and the longer phrases.
_Second = tuple[int, list[_LongerPhrase] | None]
# What a word starts: the issues of the one-word phrases it is a form of, and by second word
# what phrases of two words or more it starts.
_Start = tuple[int, dict[str, _Second] | None]
# What a pattern of the automaton found (IssueTagger.tag_spans): the issues of the phrase it
# is, or for the first words of phrases followed by more than a space, the rest of each phrase
# (the words before its last, the forms of the last, its issues).
_Found = tuple[int, list[_LongerPhrase] | None]

# Put between paragraphs' words to tag them in one go: never a token (word_text makes "|" a
# space and _TOKEN leaves it out), so it starts no phrase and no phrase runs across it.
_BETWEEN: Final = "|"


class IssueTagger:
    """Finds the issues a piece of text raises.

    A statement is tagged in one pass (tag_spans): an automaton (Aho-Corasick, compiled) finds
    the phrases in word_text's output where their words stand a space apart, and the first
    words of phrases that stand before a wider gap (punctuation), whose other words are then
    read one by one. Only the few dozen places found go further: the paragraph they lie in,
    the rest of a phrase across a gap. Building a string of every word (a split) and looking
    each up in a dictionary cost about twice as much, a regex alternation of all phrases ten
    times more. Text the automaton does not take is tagged from its list of words (_tag).
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        # An id given twice is one issue, in the place of its last entry.
        order = {issue.id: n for n, issue in enumerate(taxonomy.issues)}
        self._issues: dict[int, str] = {1 << n: issue_id for issue_id, n in order.items()}
        by_words: dict[tuple[str, ...], int] = {}
        for issue in taxonomy.issues:
            for phrase in issue.phrases:
                words = tuple(_tokens(phrase))
                if words:
                    by_words[words] = by_words.get(words, 0) | 1 << order[issue.id]
        single: dict[str, int] = {}
        # first word -> a form of the second -> issues, for two-word phrases.
        pairs: dict[str, dict[str, int]] = {}
        # first word -> second word -> longer phrases.
        longer: dict[str, dict[str, list[_LongerPhrase]]] = {}
        for words, issues in by_words.items():
            if len(words) == 1:
                for form in _forms(words[0]):
                    single[form] = single.get(form, 0) | issues
            elif len(words) == 2:
                by_form = pairs.setdefault(words[0], {})
                for form in _forms(words[1]):
                    by_form[form] = by_form.get(form, 0) | issues
            else:
                longer.setdefault(words[0], {}).setdefault(words[1], []).append(
                    (words[2:-1], frozenset(_forms(words[-1])), issues)
                )
        self._starts: dict[str, _Start] = {}
        for first in [*single, *pairs, *longer]:
            two = pairs.get(first, {})
            more = longer.get(first, {})
            seconds: dict[str, _Second] = {
                second: (two.get(second, 0), more.get(second)) for second in [*two, *more]
            }
            self._starts[first] = (single.get(first, 0), seconds or None)
        # The boundary stops a tagging pass like a word, marked by an entry with nothing in it
        # (every word's entry has issues or phrases).
        self._starts[_BETWEEN] = (0, None)
        self._found, self._automaton = _automaton(by_words)

    def tag(self, text: str) -> list[str]:
        return self.tag_tokens(_tokens(text))

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        return self._tag(tokens, 1)[0]

    def tag_spans(self, words: str, spans: list[tuple[int, int]]) -> list[list[str]]:
        """[tag(text[start:end]) for start, end in spans] in one pass, for `words` =
        word_text(fold(text)), when slices of the fold are the folds of the same slices of
        text and every span has white space (or an end of the text) on both sides."""
        if not _in_order(spans):
            joined = f" {_BETWEEN} ".join([words[start:end] for start, end in spans])
            return self._tag(joined.split(), len(spans))
        if not spans:
            return []
        found = [0] * len(spans)
        found_by = self._found
        last = len(spans) - 1
        part = 0
        span_start, span_end = spans[0]
        here = 0
        # Padded with a space at both ends, so that a pattern found at `start` begins with the
        # word at words[start]. Matches come in the order of their ends.
        padded = f" {words} ".encode("ascii")
        # Overlapping (True): phrases inside others, and words in more than one phrase.
        for k, start, end in self._automaton.find_matches_as_indexes(padded, True):
            issues, rests = found_by[k]
            # Where the pattern's last word ends in `words` (before one space, or two).
            last_end = end - 2 if rests is None else end - 3
            if last_end > span_end:
                found[part] = here
                while part < last and last_end > span_end:
                    part += 1
                    span_start, span_end = spans[part]
                here = found[part]
            if start < span_start or last_end > span_end:
                continue  # between paragraphs, across the end of one, or in one not tagged
            if rests is None:
                here |= issues
                continue
            for middle, last_forms, phrase_issues in rests:
                if _phrase_ends_at(words, last_end, span_end, middle, last_forms):
                    here |= phrase_issues
        found[part] = here
        return self._listed(found)

    def tag_folded_spans(self, folded: str, spans: list[tuple[int, int]]) -> list[list[str]]:
        """tag_spans for text that word_text does not take: `folded` = fold(text), and each
        span's tokens found by regex."""
        tokens: list[str] = []
        for k, (start, end) in enumerate(spans):
            if k:
                tokens.append(_BETWEEN)
            tokens += _TOKEN.findall(folded, start, end)
        return self._tag(tokens, len(spans))

    def _tag(self, tokens: list[str], parts: int) -> list[list[str]]:
        """The issues of each of the `parts` runs of `tokens` that _BETWEEN separates."""
        if parts == 0:
            return []
        found = [0] * parts
        starts = self._starts
        n = len(tokens)
        part = 0
        for i in range(n):
            # Most words start no phrase: one dictionary look-up each (compiled, this plain
            # loop costs half what map and compress over the same words did).
            start = starts.get(tokens[i])
            if start is None:
                continue
            issues, seconds = start
            if not issues and seconds is None:
                part += 1
                continue
            found[part] |= issues
            if seconds is not None and i + 1 < n:
                second = seconds.get(tokens[i + 1])
                if second is not None:
                    pair_issues, longer = second
                    found[part] |= pair_issues
                    if longer is not None:
                        for middle, last_forms, phrase_issues in longer:
                            end = i + len(middle) + 3
                            if (
                                end <= n
                                and tokens[end - 1] in last_forms
                                and tuple(tokens[i + 2 : end - 1]) == middle
                            ):
                                found[part] |= phrase_issues
        return self._listed(found)

    def _listed(self, found: list[int]) -> list[list[str]]:
        """The ids of each set of issues, in the taxonomy's order (from the lowest bit)."""
        issue_of = self._issues
        listed: list[list[str]] = []
        for issues in found:
            ids: list[str] = []
            while issues:
                lowest = issues & -issues
                ids.append(issue_of[lowest])
                issues ^= lowest
            listed.append(ids)
        return listed


def _automaton(by_words: dict[tuple[str, ...], int]) -> tuple[list[_Found], BytesAhoCorasick]:
    """The patterns IssueTagger.tag_spans looks for in word_text's output, each with a space on
    both sides so that it finds only whole words, and what each found means.

    A phrase's words stand in the text either each one space from the next, found by a pattern
    of them (with each form of the last), or with a wider gap (punctuation) somewhere: then a
    pattern of the words up to the first such gap and two spaces finds it, and the rest is
    read from there (_phrase_ends_at).
    """
    issues_of: dict[str, int] = {}
    rests_of: dict[str, list[_LongerPhrase]] = {}
    for words, issues in by_words.items():
        head = " ".join(words[:-1])
        last_forms = frozenset(_forms(words[-1]))
        for form in _forms(words[-1]):
            pattern = f" {head} {form} " if head else f" {form} "
            issues_of[pattern] = issues_of.get(pattern, 0) | issues
        for k in range(1, len(words)):
            rests_of.setdefault(f" {' '.join(words[:k])}  ", []).append(
                (words[k:-1], last_forms, issues)
            )
    found_by: list[_Found] = [(issues, None) for issues in issues_of.values()]
    found_by += [(0, rests) for rests in rests_of.values()]
    patterns = [*issues_of, *rests_of]
    # A DFA: as fast as the automaton's other kinds here, in half the instructions.
    automaton = BytesAhoCorasick(
        [pattern.encode() for pattern in patterns], implementation=Implementation.DFA
    )
    return found_by, automaton


def _in_order(spans: list[tuple[int, int]]) -> bool:
    """Do the spans follow one another without overlapping (paragraphs do)?"""
    end = 0
    for span_start, span_end in spans:
        if span_start < end or span_end < span_start:
            return False
        end = span_end
    return True


def _next_word(words: str, pos: int) -> int:
    """Where the first word of word_text output `words` at or after `pos` begins."""
    n = len(words)
    while pos < n and words[pos] == " ":
        pos += 1
    return pos


def _word_end(words: str, start: int) -> int:
    end = words.find(" ", start)
    return end if end >= 0 else len(words)


def _phrase_ends_at(
    words: str, pos: int, limit: int, middle: tuple[str, ...], last_forms: frozenset[str]
) -> bool:
    """Are the words from `pos` on (beginning before `limit`) `middle` and then one of
    `last_forms`?"""
    for word in middle:
        start = _next_word(words, pos)
        if start >= limit:
            return False
        pos = _word_end(words, start)
        if pos - start != len(word) or not words.startswith(word, start):
            return False
    start = _next_word(words, pos)
    return start < limit and words[start : _word_end(words, start)] in last_forms


_TAGGERS: Final[dict[tuple[Issue, ...], IssueTagger]] = {}
_LAST: tuple[tuple[Issue, ...], IssueTagger | None] = ((), None)


def tagger_for(taxonomy: Taxonomy) -> IssueTagger:
    """A tagger per distinct list of issues, cached so parsing many statements compiles once.

    Keyed on the (frozen) issues rather than the Taxonomy object, so a taxonomy edited in
    place never tags with stale phrases.
    """
    global _LAST
    issues = taxonomy.issues
    # The same issue objects as last time (frozen, so the same phrases): hashing every
    # issue's phrases again for the dictionary cost more than tagging a short paragraph.
    last_issues, last_tagger = _LAST
    if (
        last_tagger is not None
        and len(last_issues) == len(issues)
        and all(map(operator.is_, last_issues, issues))
    ):
        return last_tagger
    key = tuple(issues)
    tagger = _TAGGERS.get(key)
    if tagger is None:
        if len(_TAGGERS) > 8:
            _TAGGERS.clear()
        tagger = _TAGGERS[key] = IssueTagger(taxonomy)
    _LAST = (key, tagger)
    return tagger
