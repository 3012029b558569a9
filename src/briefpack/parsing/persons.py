"""People named in running text: known leaders and "Title Name" mentions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from briefpack.parsing.countries import (
    capitalised_leader_pattern,
    country_code,
    leader_pattern,
    leader_pattern_for,
    leaders,
    lower_case_leaders,
)
from briefpack.parsing.cues import NO_HITS, index_from
from briefpack.parsing.gazetteer import LEADER_TITLES
from briefpack.parsing.names import any_name_pattern

_TITLES: Final = "|".join(re.escape(t) for t in sorted(LEADER_TITLES, key=len, reverse=True))
# "Russian President Vladimir Putin", "President Xi", "South Korean President Moon Jae-in"
TITLED_NAME: Final = re.compile(
    rf"(?:(?P<demonym>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)??)\s+)?(?P<title>{_TITLES})\s+"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:bin\s+|al-|de\s+)?[A-Z][\w'\u2019-]+){0,2})"
)

# The title after the name, as letters and lists of addressees write it: "Macky Sall, President
# of Senegal", "Cyril Ramaphosa, the President of South Africa".
NAME_THEN_TITLE: Final = re.compile(
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:bin\s+|al-|de\s+)?[A-Z][\w'\u2019-]+){1,3}),\s+(?:the\s+)?"
    rf"(?P<title>{_TITLES})\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
)

# What every NAME_THEN_TITLE match has after the name; the engine skips to commas to find it.
_TITLE_OF: Final = re.compile(rf",\s+(?:the\s+)?(?:{_TITLES})\s+of\s")

# Any title alone: without one, TITLED_NAME cannot match, so most sentences skip it. (As a
# trie, so the engine follows one branch per letter from the capitals that can start a title.)
_ANY_TITLE: Final = any_name_pattern(LEADER_TITLES)


# The pieces of the titles (lower-cased) that the cue index of the statement finds (see
# cues.CueIndex): each title has one, and several titles share some ("Vice President").
_TITLE_KEYS: Final[tuple[str, ...]] = (
    "president", "minister", "prince", "general", "chancellor", "premier", "king", "queen",
    "emir", "sheikh", "sultan", "supreme leader", "secretary of state", "state counsellor",
    "chairman",
)  # fmt: skip


def _title_key(title: str) -> tuple[str, int]:
    """The title's key among _TITLE_KEYS and how far into the title it begins."""
    lowered = title.lower()
    for key in _TITLE_KEYS:
        back = lowered.find(key)
        if back >= 0:
            return key, back
    raise ValueError(f"no key for the title {title!r}")


# (title, key, where the key begins in it), for every title.
_TITLES_KEYED: Final = tuple((title, *_title_key(title)) for title in LEADER_TITLES)
# The leaders' names that begin in lower case ("al-Assad"), found by themselves.
_LOWER_CASE_KEYS: Final = tuple(dict.fromkeys(name.lower() for name in lower_case_leaders()))
# What the cue index must find for PersonCues.
CUE_LITERALS: Final[tuple[str, ...]] = tuple(dict.fromkeys(_TITLE_KEYS + _LOWER_CASE_KEYS))


class PersonCues:
    """Where a title or a leader's name in lower case may stand in a statement, from the cue
    index's occurrences (in the lower-cased text) of CUE_LITERALS: a sentence's test for
    them is a bisect, not a search of the sentence."""

    def __init__(self, cue_hits: dict[str, list[int]]) -> None:
        titles: list[int] = []
        for k, key in enumerate(_TITLE_KEYS):
            for i in cue_hits.get(key, NO_HITS):
                titles.append(i * 32 + k)  # fewer than 32 keys: in order of place, then key
        lower_case: list[int] = []
        for key in _LOWER_CASE_KEYS:
            lower_case.extend(cue_hits.get(key, NO_HITS))
        titles.sort()
        lower_case.sort()
        self.titles = titles
        self.lower_case = lower_case

    def has_title(self, text: str, start: int, end: int) -> bool:
        """_ANY_TITLE.search(text, start, end) is not None: a title, case as written, wholly
        in text[start:end]."""
        titles = self.titles
        # A title begins where its key does or before: keys before `start` are no use.
        k = index_from(titles, start * 32)
        while k < len(titles):
            i = titles[k] // 32
            if i >= end:
                return False
            key = _TITLE_KEYS[titles[k] % 32]
            for title, title_key, back in _TITLES_KEYED:
                if title_key != key:
                    continue
                begin = i - back
                if (
                    begin >= start
                    and begin + len(title) <= end
                    and text.find(title, begin, begin + len(title)) == begin
                ):
                    return True
            k += 1
        return False

    def leader_pattern_for(self, text: str, start: int, end: int) -> re.Pattern[str]:
        """countries.leader_pattern_for(text, start, end)."""
        places = self.lower_case
        k = index_from(places, start)
        while k < len(places) and places[k] < end:
            i = places[k]
            for name in lower_case_leaders():
                if text.find(name, i, min(end, i + len(name))) == i:
                    return leader_pattern()
            k += 1
        return capitalised_leader_pattern()


class PersonMention:
    # A plain class, not a frozen dataclass: compiled, its __init__ is native (a frozen
    # dataclass's is interpreted and sets each field through object.__setattr__).
    def __init__(
        self, start: int, end: int, name: str, country: str | None, role: str | None, leader: bool
    ) -> None:
        self.start = start
        self.end = end
        self.name = name  # full name where the gazetteer knows it
        self.country = country
        self.role = role
        self.leader = leader  # a head of state or government (never a case)


def person_mentions(
    text: str, start: int, end: int, cues: PersonCues | None = None
) -> Iterator[PersonMention]:
    """Leaders and titled officials named in text[start:end], in order of position.
    `cues`: the statement's PersonCues, if the caller has them."""
    found: dict[int, PersonMention] = {}
    pattern = (
        leader_pattern_for(text, start, end)
        if cues is None
        else cues.leader_pattern_for(text, start, end)
    )
    for match in pattern.finditer(text, start, end):
        known = leaders()[match.group(0)]
        found[match.start()] = PersonMention(
            match.start(), match.end(), known.name, known.country, known.role, True
        )
    has_title = (
        _ANY_TITLE.search(text, start, end) is not None
        if cues is None
        else cues.has_title(text, start, end)
    )
    # (No loop over an empty tuple when there is no title: the loop itself costs.)
    if has_title:
        for match in TITLED_NAME.finditer(text, start, end):
            name = match.group("name")
            # "President Xi" is already known; "Presidents Putin and Trump" names two.
            if any(m.start <= match.start("name") < m.end for m in found.values()):
                continue
            leader = leaders().get(name)
            demonym = match.group("demonym")
            country = leader.country if leader else (country_code(demonym) if demonym else None)
            title = match.group("title")
            found[match.start("name")] = PersonMention(
                match.start("name"),
                match.end("name"),
                leader.name if leader else name,
                country,
                leader.role if leader else title,
                title in LEADER_TITLES and title not in {"Minister", "Foreign Minister"},
            )
    if has_title and _TITLE_OF.search(text, start, end) is not None:
        for match in NAME_THEN_TITLE.finditer(text, start, end):
            name = match.group("name")
            country = country_code(match.group("country"))
            if country is None or any(m.start <= match.start() < m.end for m in found.values()):
                continue
            title = match.group("title")
            found[match.start()] = PersonMention(
                match.start(),
                match.start() + len(name),
                name,
                country,
                title,
                title in LEADER_TITLES and title not in {"Minister", "Foreign Minister"},
            )
    # A list, not a generator: the work is all done by the first item anyway, and mypyc
    # makes generators slow.
    return iter([found[k] for k in sorted(found)])
