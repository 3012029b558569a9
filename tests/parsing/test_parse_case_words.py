"""Victim words count only as whole words' starts: an "executive director" is no execution."""

from __future__ import annotations

from briefpack.parsing import parse_statement

TEXT = """Rights groups urge leaders to act at summit

Jane Doe, executive director of the Open Data Foundation, welcomed the summit in Helsinki, \
Amnesty International said today.

The government upheld in court a ban on protests, and Mark Smith discharged his duties as mayor.

Nasrin Sotoudeh was re-arrested in June. Raif Badawi was executed? No: Ilham Tohti faces \
execution, and Oleg Sentsov is held in Siberia.
"""


def test_executive_upheld_and_discharged_are_not_victim_words() -> None:
    names = [case.name for case in parse_statement(TEXT).cases]
    assert "Jane Doe" not in names
    assert "Mark Smith" not in names


def test_victim_words_at_word_starts_still_count() -> None:
    names = [case.name for case in parse_statement(TEXT).cases]
    assert names == ["Nasrin Sotoudeh", "Raif Badawi", "Ilham Tohti", "Oleg Sentsov"]
