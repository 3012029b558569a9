"""Countries, leaders and places: names in the text -> ISO codes, from gazetteer data.

The lookup tables and their regexes are built once, on first use, because pycountry's tables
take a moment to load and most callers parse many statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import pycountry

from briefpack.parsing import gazetteer
from briefpack.parsing.names import whole_word_pattern


@dataclass(frozen=True, slots=True)
class KnownLeader:
    name: str  # full name, as the gazetteer spells it
    country: str | None
    role: str


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country name (as written, several spellings) -> alpha-2."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names[value] = country.alpha_2
    names.update(gazetteer.COUNTRY_ALIASES)
    return names


def country_code(name: str) -> str | None:
    """ISO alpha-2 for a country name, demonym or known place, or None."""
    name = name.strip()
    return (
        gazetteer.DEMONYMS.get(name)
        or country_names().get(name)
        or gazetteer.PLACES.get(name)
        or None
    )


@lru_cache(maxsize=1)
def leaders() -> dict[str, KnownLeader]:
    """Every way the gazetteer writes a leader (full name, short forms) -> the leader."""
    table: dict[str, KnownLeader] = {}
    for full, country, role, shorts in gazetteer.LEADERS:
        leader = KnownLeader(full, country or None, role)
        table.setdefault(full, leader)
        for short in shorts:
            table.setdefault(short, leader)
    return table


# Where a leader's family name comes first, as English writes it ("Kim Jong-un", "Xi Jinping",
# "Hun Sen"); where names have no family name to go by alone (Myanmar), or the short form in
# use is another part of the name ("Prayut", "Abiy"), the gazetteer lists it.
_FAMILY_NAME_FIRST: Final = frozenset({"CN", "TW", "HK", "MO", "KP", "KR", "VN", "KH"})
_NO_FAMILY_NAME: Final = frozenset({"MM", "TH", "ET", "ID", "IS"})
# Family names that are also common capitalised words: never read alone.
_AMBIGUOUS_FAMILY_NAMES: Final = frozenset({"May", "Costa", "Harris", "Khan", "Sharif", "Castro"})


@lru_cache(maxsize=1024)
def family_name(name: str, country: str | None) -> str | None:
    """The word a statement calls a leader by after naming them in full ("Kim", "Moon",
    "Johnson"), or None."""
    words = name.split()
    if len(words) < 2 or (country or "") in _NO_FAMILY_NAME:
        return None
    if country in _FAMILY_NAME_FIRST:
        family = words[0]
    elif len(words) == 2 and words[0] not in {"King", "Sheikh", "Prince", "Emir"}:
        # Longer names ("Enrique Peña Nieto", "Mohammed bin Salman") go by more than a word.
        family = words[-1]
    else:
        return None
    if family in _AMBIGUOUS_FAMILY_NAMES or not family[:1].isupper() or family.endswith("."):
        return None
    return family


@lru_cache(maxsize=1)
def leaders_by_family_name() -> dict[str, tuple[KnownLeader, ...]]:
    """Family name -> the gazetteer's leaders who go by it (full names as the gazetteer
    spells them), for family names that are not short forms of their own already."""
    table: dict[str, list[KnownLeader]] = {}
    known = leaders()
    for full, country, _, _ in gazetteer.LEADERS:
        family = family_name(full, country or None)
        if family is not None and family not in known:
            table.setdefault(family, []).append(known[full])
    return {family: tuple(found) for family, found in table.items()}


@lru_cache(maxsize=1)
def family_name_pattern() -> re.Pattern[str]:
    """Any family name of leaders_by_family_name(), as a whole word."""
    return whole_word_pattern(leaders_by_family_name())


@lru_cache(maxsize=1)
def leader_pattern() -> re.Pattern[str]:
    """Any leader's name or short form, as a whole word."""
    return whole_word_pattern(leaders())


@lru_cache(maxsize=1)
def lower_case_leaders() -> tuple[str, ...]:
    """The names of leaders() that begin in lower case ("al-Assad")."""
    return tuple(name for name in leaders() if not name[:1].isupper())


@lru_cache(maxsize=1)
def capitalised_leader_pattern() -> re.Pattern[str]:
    """leader_pattern() without the names of lower_case_leaders()."""
    return whole_word_pattern([name for name in leaders() if name[:1].isupper()])


def leader_pattern_for(text: str, start: int, end: int) -> re.Pattern[str]:
    """A pattern that finds in text[start:end] what leader_pattern() finds there: without
    the names that begin in lower case ("al-Assad") when none of them occurs, so the engine
    only stops at capitals, not at every "a"."""
    for name in lower_case_leaders():
        if text.find(name, start, end) >= 0:
            return leader_pattern()
    return capitalised_leader_pattern()


@lru_cache(maxsize=1)
def place_pattern() -> re.Pattern[str]:
    """A known place or a country name, as a whole word (capitalised as written)."""
    return whole_word_pattern(list(gazetteer.PLACES) + list(country_names()))


@lru_cache(maxsize=1)
def demonym_pattern() -> re.Pattern[str]:
    names = list(gazetteer.DEMONYMS) + list(gazetteer.COUNTRY_ALIASES) + list(country_names())
    return whole_word_pattern(names)


def is_city_level(name: str) -> bool:
    """A place below country level (Helsinki, Florida), preferred over a country as a venue."""
    return name in gazetteer.PLACES and name not in country_names()


@lru_cache(maxsize=1)
def named_summit_pattern() -> re.Pattern[str]:
    return whole_word_pattern(gazetteer.NAMED_SUMMITS)


@lru_cache(maxsize=1)
def organisation_pattern() -> re.Pattern[str]:
    return whole_word_pattern(gazetteer.ORGANISATIONS)


def country_in(text: str) -> str | None:
    """The first country named (as name, demonym or place) in a short text such as
    "Amnesty International Canada (English Canada)"."""
    for match in demonym_pattern().finditer(text):
        code = country_code(match.group(0))
        if code:
            return code
    place = place_pattern().search(text)
    return country_code(place.group(0)) if place else None
