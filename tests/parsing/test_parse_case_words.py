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


PROSECUTION = """Russia: Release Crimean activists before summit

Amnesty International said today that Russian authorities must release detained activists.

The regional prosecutor Ivan Petrov told reporters on Monday that the hearing would go ahead.

Crimean Tatar leader Ahtem Chiygoz was prosecuted for organising a peaceful protest.

Prosecutors charged Uyghur economist Ilham Tohti with separatism.
"""


def test_a_prosecutor_is_no_case_but_the_prosecuted_are() -> None:
    names = [case.name for case in parse_statement(PROSECUTION).cases]
    assert "Ivan Petrov" not in names
    assert "Ahtem Chiygoz" in names and "Ilham Tohti" in names


def test_words_describing_the_person_named_next_are_no_case() -> None:
    # "Crimean Tatar" describes Ahtem Chiygoz; it is not a second person.
    cases = parse_statement(PROSECUTION).cases
    assert [case.name for case in cases] == ["Ahtem Chiygoz", "Ilham Tohti"]
    assert cases[0].description.startswith("Crimean Tatar leader Ahtem Chiygoz was prosecuted")


GROUP_NAMES_AS_FAMILY_NAMES = """Pakistan: Leaders must raise detained defenders at summit

Amnesty International urged the leaders to demand the release of Mahrang Baloch, a human \
rights defender detained in Quetta since March.

Farid Ahmadi, a teacher from the persecuted Ahmadi community, was sentenced to five years in \
prison for blasphemy.

Baloch activists were arrested at a sit-in, and Pakistani Ahmadi worshippers were detained.
"""


def test_a_peoples_name_after_a_given_name_is_a_family_name() -> None:
    names = [case.name for case in parse_statement(GROUP_NAMES_AS_FAMILY_NAMES).cases]
    # "Baloch activists" and "Pakistani Ahmadi worshippers" are groups, not people.
    assert names == ["Mahrang Baloch", "Farid Ahmadi"]
