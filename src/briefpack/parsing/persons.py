"""People named in running text: known leaders and "Title Name" mentions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from briefpack.parsing.countries import country_code, leader_pattern_for, leaders
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


def person_mentions(text: str, start: int, end: int) -> Iterator[PersonMention]:
    """Leaders and titled officials named in text[start:end], in order of position."""
    found: dict[int, PersonMention] = {}
    for match in leader_pattern_for(text, start, end).finditer(text, start, end):
        known = leaders()[match.group(0)]
        found[match.start()] = PersonMention(
            match.start(), match.end(), known.name, known.country, known.role, True
        )
    has_title = _ANY_TITLE.search(text, start, end) is not None
    titled = TITLED_NAME.finditer(text, start, end) if has_title else ()
    for match in titled:
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
