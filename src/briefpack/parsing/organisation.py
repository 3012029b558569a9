"""Which organisation issued the statement: "..., Amnesty International said today."

The attribution of the lead paragraph is the strongest sign; a known organisation named in the
body or trailer ("For more Human Rights Watch reporting") is the fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from briefpack.parsing.countries import country_code, organisation_pattern
from briefpack.parsing.cues import is_word_character
from briefpack.parsing.gazetteer import ORGANISATION_WORDS

_CAP = r"[A-Z][\w'\u2019&.-]*"
_CONNECTOR = r"(?:of|for|on|and|the|in|against|to|sans|Without|without)"
_NAME = rf"{_CAP}(?:\s+{_CONNECTOR}?\s*{_CAP}){{0,7}}"
# The same, taken for good (possessive): before white space and a verb, a shorter name, or one
# parsed otherwise, can never help (no verb is a connector's text, no word a capital's), and
# the engine spent a step on every letter and every word finding that out.
_NAME_BEFORE_SPACE = rf"{_CAP}+(?:\s+{_CONNECTOR}?\s*{_CAP}+){{0,7}}+"
_VERBS = (
    r"(?:said|says|urged|urges|warned|warns|called|calls|stated|states|demanded|demands|"
    r"noted|added|argued|insisted|stressed|today|has\s+said|is\s+calling|has\s+called)"
)
# ", Amnesty International said" / "Human Rights Watch said today" / "said Human Rights Watch".
# Once one pattern, r"(?:^|[,.;\u2013\u2014]\s+|\bthe\s+)(?P<a>NAME)\s+VERBS\b|\b(?:said|says)
# \s+(?:the\s+)?(?P<b>NAME)...", whose scan tried every position of the paragraph. Now the name
# that opens the paragraph is tried first (_ATTRIBUTION_AT_START: the "^", which came first),
# then _ATTRIBUTION only where _candidates finds one of its openings with str.find; its
# lookbehinds say which opening the character it begins with is.
_ATTRIBUTION_AT_START: Final = re.compile(rf"(?P<a>{_NAME_BEFORE_SPACE})\s+{_VERBS}\b")
_ATTRIBUTION: Final = re.compile(
    rf"[,.;\u2013\u2014ts](?:"
    rf"(?:(?<=[,.;\u2013\u2014])\s+|(?<=t)(?<![\w]t)he\s+)(?P<a>{_NAME_BEFORE_SPACE})\s+{_VERBS}\b"
    rf"|(?<=s)(?<![\w]s)a(?:id|ys)\s+(?:the\s+)?(?P<b>{_NAME})\s*(?:[.,;]|today|on\b|in\b|$))"
)
_STOPS: Final = ",.;\u2013\u2014"


def _attribution(paragraph: str, pos: int) -> re.Match[str] | None:
    """The first attribution in `paragraph` from `pos` on, as the one pattern's scan found it."""
    if pos == 0:
        match = _ATTRIBUTION_AT_START.match(paragraph)
        if match is not None:
            return match
    for start in _candidates(paragraph, pos):
        match = _ATTRIBUTION.match(paragraph, start)
        if match is not None:
            return match
    return None


def _candidates(text: str, pos: int) -> list[int]:
    """Where _ATTRIBUTION may match from `pos` on, in order: a stop, "the" or "said"/"says"
    where a name can follow (a capital after white space; "the" too after "said")."""
    found: list[int] = []
    for stop in _STOPS:
        i = text.find(stop, pos)
        while i >= 0:
            if _name_follows(text, i + 1, False):
                found.append(i)
            i = text.find(stop, i + 1)
    i = text.find("the", pos)
    while i >= 0:
        if (i == 0 or not is_word_character(text[i - 1])) and _name_follows(text, i + 3, False):
            found.append(i)
        i = text.find("the", i + 1)
    i = text.find("sa", pos)
    while i >= 0:
        if (
            (text.startswith("id", i + 2) or text.startswith("ys", i + 2))
            and (i == 0 or not is_word_character(text[i - 1]))
            and _name_follows(text, i + 4, True)
        ):
            found.append(i)
        i = text.find("sa", i + 1)
    found.sort()
    return found


def _name_follows(text: str, i: int, or_the: bool) -> bool:
    """White space from `i` on, then a capital (or, with `or_the`, a "t")."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if j == i or j == len(text):
        return False
    first = text[j]
    return "A" <= first <= "Z" or (or_the and first == "t")


def _is_organisation_name(name: str) -> bool:
    words = name.replace("\u2019", "'").split()
    return bool(words) and (words[-1] in ORGANISATION_WORDS or name.isupper() and len(name) > 2)


def find_organisation(lead: Iterable[str], rest: Iterable[str]) -> str | None:
    """The issuing organisation from the lead paragraphs, else the rest of the text."""
    pattern = organisation_pattern()
    for paragraph in lead:
        match = _attribution(paragraph, 0)
        while match is not None:
            # Group "a" is never empty when it took part ("b" is in _ATTRIBUTION only).
            name = match.group("a") or match.group("b")
            known = pattern.search(name)
            if known:
                # A national section: "Amnesty International South Africa said today".
                section = name[known.end() :].strip()
                if section and country_code(section) is not None:
                    return name[known.start() :]
                return known.group(0)
            if _is_organisation_name(name):
                return name
            match = _attribution(paragraph, match.end())
    counts: dict[str, int] = {}
    for paragraph in [*lead, *rest]:
        for match in pattern.finditer(paragraph):
            counts[match.group(0)] = counts.get(match.group(0), 0) + 1
    if counts:
        return max(counts, key=counts.__getitem__)
    return None
