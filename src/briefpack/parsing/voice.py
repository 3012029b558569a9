"""Whose voice a sentence is in: the issuing organisation's, or someone else's."""

from __future__ import annotations

from briefpack.model import Speaker


def speaks_for(speaker: Speaker | None, organisation: str | None) -> bool:
    """Does this speaker speak for the organisation (its staff, a national section)?"""
    if speaker is None or organisation is None:
        return False
    head = organisation.split()[0]
    for value in (speaker.organisation, speaker.name):
        if value and (value == organisation or value.startswith(head)):
            return True
    return False
