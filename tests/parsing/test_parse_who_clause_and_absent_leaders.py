"""Two statements (statements/amnesty_uk_nato_brussels.txt and hrw_russia_summit_moscow.txt,
written for these tests) in shapes the others lack: a speaker whose organisation is given only
in a "who" clause ("said Kenneth Roth, who leads Human Rights Watch"), a venue written as "the
Belgian capital", people quoted without a name ("His parents said:", "One man ... told Human
Rights Watch"), a government quoted through its seat ("The White House said"), and leaders
who stay away from the summit ("will not attend", "skipped the summit") beside one who joins
"by video link". Expectations are read off the texts."""

from __future__ import annotations

from collections.abc import Callable

from briefpack.model import Statement
from briefpack.parsing import parse_statement

Sample = Callable[[str], Statement]  # the parsed_sample fixture (conftest.py)


def test_who_heads_gives_role_and_organisation(parsed_sample: Sample) -> None:
    statement = parsed_sample("amnesty_uk_nato_brussels.txt")
    speakers = {(q.speaker.name, q.speaker.role, q.speaker.organisation)
                for q in statement.quotes if q.speaker}
    assert speakers == {("Sacha Deshmukh", "head", "Amnesty International UK")}
    asks = [a.text for a in statement.asks]
    # His quoted asks are the organisation's now.
    assert "The UK Government should open a safe route now" in asks
    assert "NATO members must commit to resettle everyone at risk" in asks


def test_who_leads_gives_role_and_organisation(parsed_sample: Sample) -> None:
    statement = parsed_sample("hrw_russia_summit_moscow.txt")
    roth = [q.speaker for q in statement.quotes if q.speaker]
    assert {(s.name, s.role, s.organisation) for s in roth} == {
        ("Kenneth Roth", "head", "Human Rights Watch"),
    }
    asks = [a.text for a in statement.asks]
    assert (
        "Leaders should insist on the release of Alexei Gorinov and the hundreds like him."
        in asks
    )


def test_capital_by_its_country(parsed_sample: Sample) -> None:
    [nato] = parsed_sample("amnesty_uk_nato_brussels.txt").summits
    assert (nato.label, nato.location, nato.location_country) == ("NATO summit", "Brussels", "BE")
    [brics] = parsed_sample("hrw_russia_summit_moscow.txt").summits
    # Not "Ukraine", where the war is.
    assert (brics.label, brics.location, brics.location_country) == ("BRICS summit", "Moscow", "RU")


def test_leaders_who_stay_away_are_not_the_summits(parsed_sample: Sample) -> None:
    [nato] = parsed_sample("amnesty_uk_nato_brussels.txt").summits
    # Trudeau joins by video link; Erdoğan "will not attend".
    assert [leader.name for leader in nato.leaders] == [
        "Boris Johnson", "Joe Biden", "Emmanuel Macron", "Justin Trudeau",
    ]
    [brics] = parsed_sample("hrw_russia_summit_moscow.txt").summits
    # Lula "skipped the summit"; Putin is the host.
    assert [leader.name for leader in brics.leaders] == [
        "Vladimir Putin", "Xi Jinping", "Narendra Modi",
    ]


def test_unnamed_speakers_and_seats_of_government(parsed_sample: Sample) -> None:
    for name in ("amnesty_uk_nato_brussels.txt", "hrw_russia_summit_moscow.txt"):
        statement = parsed_sample(name)
        by_text = {q.text: q.speaker for q in statement.quotes}
        # The parents, the man and the White House are nobody named, and not the last person
        # named either.
        for text in (
            "We do not sleep. Every knock on the door could be the Taliban.",
            "They let him call us once a month, and he is always cold.",
            "working closely with allies",
        ):
            if text in by_text:
                assert by_text[text] is None
        names = {c.name for c in statement.cases} | {
            q.speaker.name for q in statement.quotes if q.speaker
        }
        assert not names & {"The White House", "White House", "The Kremlin", "Kremlin"}


def test_seat_of_government_is_no_speaker() -> None:
    text = (
        "Summit: Leaders must act\n\nAmnesty International\n\n"
        "LONDON, 13 June 2021 \u2014 Leaders must act, Amnesty International said today.\n\n"
        '"Leaders must act now," said Agn\u00e8s Callamard, Amnesty International\'s Secretary '
        "General.\n\n"
        '"We are working closely with allies," the White House said.\n\n'
        'The Kremlin said: "The summit shows Russia is not isolated."\n\n'
        '"This is a success," The Presidency said in a statement.\n\n'
        "His parents said:\n\n"
        '"We do not sleep at night."\n'
    )
    quotes = parse_statement(text, "seats.txt").quotes
    assert [q.speaker is None for q in quotes] == [False, True, True, True, True]


def test_absent_pair_and_video_link() -> None:
    text = (
        "G20: Leaders must act\n\nHuman Rights Watch\n\n"
        "(New York, November 1, 2024) \u2013 Leaders meeting at the G20 summit in the "
        "Brazilian capital should act, Human Rights Watch said today. Chinese President Xi "
        "Jinping and Russian President Vladimir Putin will not attend, while Indian Prime "
        "Minister Narendra Modi will join by video link.\n"
    )
    [summit] = parse_statement(text, "g20.txt").summits
    assert summit.location == "Brasília"
    assert [leader.name for leader in summit.leaders] == ["Narendra Modi"]


def test_a_prisoner_named_only_in_a_call_for_release(parsed_sample: Sample) -> None:
    statement = parsed_sample("hrw_russia_summit_moscow.txt")
    # "insist on the release of Alexei Gorinov": named in full only there; "Gorinov, a former
    # Moscow municipal councillor, was sentenced" gives the family name alone.
    assert [case.name for case in statement.cases] == ["Alexei Gorinov"]


WHO_HEADS_THE_GROUPS = """Asia: Leaders must act on Myanmar at ASEAN summit

(Bangkok, June 20, 2019) - Leaders meeting in Bangkok should press Myanmar's generals, Human \
Rights Watch said today.

\u201cASEAN leaders cannot keep ignoring the crisis in Rakhine State,\u201d said Elaine \
Pearson, who heads the group\u2019s Asia division.

\u201cThe shelters are full and the rains are coming,\u201d said Li Wei, who runs the \
Rakhine Relief Shelter.
"""


def test_who_heads_the_groups_division_is_a_job_at_the_organisation() -> None:
    statement = parse_statement(WHO_HEADS_THE_GROUPS)
    speakers = [(q.speaker.name, q.speaker.role, q.speaker.organisation)
                for q in statement.quotes if q.speaker]
    # "the group" is Human Rights Watch; a shelter named for no organisation gives no role.
    assert speakers == [
        ("Elaine Pearson", "head of the Asia division", "Human Rights Watch"),
        ("Li Wei", None, None),
    ]
