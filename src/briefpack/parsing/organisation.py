"""Which organisation issued the statement: "..., Amnesty International said today."

The attribution of the lead paragraph is the strongest sign; a known organisation named in the
body or trailer ("For more Human Rights Watch reporting") is the fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefpack.parsing.countries import country_code, organisation_pattern
from briefpack.parsing.gazetteer import ORGANISATION_WORDS

_CAP = r"[A-Z][\w'\u2019&.-]*"
_NAME = rf"{_CAP}(?:\s+(?:of|for|on|and|the|in|against|to|sans|Without|without)?\s*{_CAP}){{0,7}}"
_VERBS = (
    r"(?:said|says|urged|urges|warned|warns|called|calls|stated|states|demanded|demands|"
    r"noted|added|argued|insisted|stressed|today|has\s+said|is\s+calling|has\s+called)"
)
# ", Amnesty International said" / "Human Rights Watch said today" / "said Human Rights Watch"
_ATTRIBUTION = re.compile(
    rf"(?:^|[,.;\u2013\u2014]\s+|\bthe\s+)(?P<a>{_NAME})\s+{_VERBS}\b"
    rf"|\b(?:said|says)\s+(?:the\s+)?(?P<b>{_NAME})\s*(?:[.,;]|today|on\b|in\b|$)"
)


def _is_organisation_name(name: str) -> bool:
    words = name.replace("\u2019", "'").split()
    return bool(words) and (words[-1] in ORGANISATION_WORDS or name.isupper() and len(name) > 2)


def find_organisation(lead: Iterable[str], rest: Iterable[str]) -> str | None:
    """The issuing organisation from the lead paragraphs, else the rest of the text."""
    pattern = organisation_pattern()
    for paragraph in lead:
        for match in _ATTRIBUTION.finditer(paragraph):
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
    counts: dict[str, int] = {}
    for paragraph in [*lead, *rest]:
        for match in pattern.finditer(paragraph):
            counts[match.group(0)] = counts.get(match.group(0), 0) + 1
    if counts:
        return max(counts, key=counts.__getitem__)
    return None
