"""Statements by a peer organisation and in other shapes (statements/rsf_g7_biarritz.txt,
amnesty_putin_biden_geneva.txt, joint_eu_central_asia.txt and amnesty_xi_state_visit.txt,
written for these tests): a headline in capitals, an acronym the statement gives itself,
leaders who "gather", the host of "this year's summit", an extension in a contact line, a quote
split by its attribution, a joint statement with an index line and signatories, and a
prisoner's relative quoted. Expectations are read off the texts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from briefpack.model import Statement

Sample = Callable[[str], Statement]  # the parsed_sample fixture (conftest.py)


def test_capital_headline_and_gathering_leaders(parsed_sample: Sample) -> None:
    statement = parsed_sample("rsf_g7_biarritz.txt")
    assert statement.organisation == "Reporters Without Borders"
    assert statement.date is None  # none is written, none is invented
    [summit] = statement.summits
    assert (summit.label, summit.location, summit.when) == (
        "G7 summit", "Biarritz", "from 24 to 26 August",
    )
    assert [leader.name for leader in summit.leaders] == ["Emmanuel Macron"]


def test_acronym_before_a_role(parsed_sample: Sample) -> None:
    statement = parsed_sample("rsf_g7_biarritz.txt")
    speakers = {(q.speaker.name, q.speaker.role, q.speaker.organisation)
                for q in statement.quotes if q.speaker}
    assert speakers == {("Christophe Deloire", "secretary-general", "Reporters Without Borders")}
    [contact] = statement.contacts
    assert (contact.name, contact.role) == (
        "Pauline Adès-Mével", "head of the editorial department",
    )
    assert [(p.e164, p.extension) for p in contact.phones] == [("+33144836054", "212")]


def test_quote_split_by_its_attribution(parsed_sample: Sample) -> None:
    statement = parsed_sample("amnesty_putin_biden_geneva.txt")
    assert statement.date == dt.date(2021, 6, 16)
    first, second = statement.quotes[:2]
    assert first.text == "Both presidents like to talk about freedom,"
    assert second.text == "but neither can claim a clean record."
    assert first.speaker == second.speaker
    assert first.speaker is not None and first.speaker.name == "Agnès Callamard"
    [summit] = statement.summits
    assert [leader.name for leader in summit.leaders] == ["Vladimir Putin", "Joe Biden"]
    assert summit.location == "Geneva"
    assert [case.name for case in statement.cases] == ["Aleksei Navalny", "George Floyd"]
    # A picture's caption is neither a heading nor tagged prose.
    [caption] = [p for p in statement.paragraphs if p.text.startswith("Photo:")]
    assert (caption.kind, caption.issues) == ("contact", [])


def test_joint_statement_with_reference_and_signatories(parsed_sample: Sample) -> None:
    statement = parsed_sample("joint_eu_central_asia.txt")
    kinds = {p.text: p.kind for p in statement.paragraphs}
    # An index line is no subhead; the signatories are a trailer, not body or headings.
    assert kinds["AI Index: EUR 62/1234/2019"] == "contact"
    assert kinds["Norwegian Helsinki Committee"] == "contact"
    assert kinds["Freedom Now"] == "contact"
    # Not "EU-Central Asia"; a former minister who disappeared is a case.
    assert [case.name for case in statement.cases] == ["Buzurgmehr Yorov", "Boris Shikhmuradov"]
    [quote] = statement.quotes
    assert quote.speaker is not None and quote.speaker.name == "Hugh Williamson"
    # The press office the contact line names, not the organisation of the quote above.
    [contact] = statement.contacts
    assert contact.organisation == "Amnesty International"
    assert [p.e164 for p in contact.phones] == ["+442074135566"]
    assert contact.emails == ["press@amnesty.org"]


def test_a_relative_quoted_keeps_the_prisoner_a_case(parsed_sample: Sample) -> None:
    statement = parsed_sample("amnesty_xi_state_visit.txt")
    [summit] = statement.summits  # a state visit: the guest and the host
    assert [leader.name for leader in summit.leaders] == ["Xi Jinping", "Emmanuel Macron"]
    assert summit.location == "France"
    # His daughter Jewher Ilham speaks; "Ilham" in her name does not make him a speaker.
    assert [q.speaker.name for q in statement.quotes if q.speaker] == [
        "Jewher Ilham", "Jewher Ilham", "Nicholas Bequelin",
    ]
    assert [case.name for case in statement.cases] == ["Ilham Tohti"]
