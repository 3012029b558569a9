"""One fast regex for "any of these names, as a whole word" (places, leaders, organisations).

The plain form, `(?<![\\w-])(?:longest|...|shortest)(?![\\w-])`, makes the regex engine try
every name at every word start, and with a few hundred names it was the slowest part of
parsing. The same names as a trie ("Hel(?:sinki|...)") let the engine follow one branch per
character, and putting the first character before the word-boundary test lets it skip in C to
the characters that can start a name. The matches are the same: at each position the longest
name that ends a word, scanning left to right without overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_Trie = dict[str, "_Trie"]
_END: Final = ""  # key marking that a name ends at this node


def _trie(names: Iterable[str]) -> _Trie:
    root: _Trie = {}
    for name in names:
        node = root
        for char in name:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _emit(node: _Trie) -> str:
    """The regex for the rest of a name from `node`.

    Children start with distinct characters, so at most one can match; a name ending here
    is the empty alternative, tried last, so longer names win and the engine backtracks to
    the shorter one when a longer name is not followed by a word boundary.
    """
    alternatives: list[str] = []
    for char in sorted(k for k in node if k != _END):
        child = node[char]
        chain = re.escape(char)
        # Compress runs of single children ("elsinki") into one literal.
        while len(child) == 1 and _END not in child:
            ((char, child),) = child.items()
            chain += re.escape(char)
        alternatives.append(chain + _emit(child))
    if not alternatives:
        return ""
    if len(alternatives) == 1 and _END not in node:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ("|" if _END in node else "") + ")"


def whole_word_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Any of `names` with neither a word character nor a hyphen on either side."""
    root = _trie(n for n in names if n)
    branches = [
        # (?<![\w-].) right after the first character: nothing word-like before it.
        re.escape(first) + r"(?<![\w-].)" + _emit(root[first])
        for first in sorted(root)
    ]
    if not branches:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile("(?:" + "|".join(branches) + r")(?![\w-])")


def any_name_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Any of `names` anywhere, even inside a word: a test whether a text has one at all."""
    root = _trie(n for n in names if n)
    if not root:
        return re.compile(r"(?!x)x")  # matches nothing
    branches = [re.escape(first) + _emit(root[first]) for first in sorted(root)]
    return re.compile("(?:" + "|".join(branches) + ")")


def word_start_alternation(alternatives: list[tuple[str, str]]) -> str:
    r"""`\b(?:a1|a2|...)` for alternatives that each begin with a word character, written so
    the engine can skip in C to a possible first character (a leading \b stops it).

    Each alternative is (first character, rest as regex source). Alternatives sharing a first
    character keep their order, so the engine tries them as the plain alternation would.
    """
    by_first: dict[str, list[str]] = {}
    for first, rest in alternatives:
        by_first.setdefault(first, []).append(rest)
    branches = [
        # (?<!\w.) after the first character: no word character before it, i.e. \b.
        re.escape(first) + r"(?<!\w.)" + ("(?:" + "|".join(rests) + ")")
        for first, rests in by_first.items()
    ]
    return "(?:" + "|".join(branches) + ")"


def by_first_letter(alternation: str) -> str:
    """`a|b|c` (regex source, each alternative starting with a plain letter) regrouped by
    first letter: `(?:s(?:aid|ays)|a(?:dded|...))`. At any position only alternatives that
    begin with the letter found there can match, and those keep their order, so the matches
    are the same; the engine tests one letter instead of every alternative in turn.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternation.split("|"):
        if not alternative[:1].isalpha():
            raise ValueError(f"alternative {alternative!r} does not start with a letter")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    branches = [f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()]
    return "(?:" + "|".join(branches) + ")"
