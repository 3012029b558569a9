"""Whose voice a sentence is in: the issuing organisation's, or someone else's."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from briefpack.model import Speaker
from briefpack.parsing.gazetteer import ORGANISATION_ACRONYMS

# How a statement refers back to the organisation issuing it ("the group", "the organisation"),
# for patterns (case-blind).
THE_ORGANISATION: Final = r"the\s+(?:organi[sz]ation|group|rights\s+group)"


def speaks_for(speaker: Speaker | None, organisation: str | None) -> bool:
    """Does this speaker speak for the organisation (its staff, a national section)?"""
    if speaker is None or organisation is None:
        return False
    head = organisation.split()[0]
    for value in (speaker.organisation, speaker.name):
        if value and (
            value == organisation or value.startswith(head) or value in acronyms_of(organisation)
        ):
            return True
    return False


@lru_cache(maxsize=256)
def acronyms_of(organisation: str) -> tuple[str, ...]:
    """The short names an organisation goes by: those the gazetteer lists, and the initials of
    its capitalised words ("International Service for Human Rights" -> "ISHR")."""
    out = [short for short, full in ORGANISATION_ACRONYMS.items() if full == organisation]
    initials = "".join(word[0] for word in organisation.split() if word[:1].isupper())
    if len(initials) >= 3 and initials not in out:
        out.append(initials)
    return tuple(out)
