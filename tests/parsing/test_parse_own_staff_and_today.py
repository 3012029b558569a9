"""Three things the genre does that the parser once missed: a speaker given a job but no
organisation works for the organisation speaking; a title-case headline's preposition is no
part of a summit's name; and a meeting held "today" is dated by the statement's dateline."""

from __future__ import annotations

from briefpack.parsing import parse_statement

HRW_BERLIN = """Russia: Free Crimean Tatar Activists Before Summit

(Berlin, June 10, 2019) – Russian authorities should release the Crimean Tatar activists \
before President Putin meets Chancellor Merkel in Berlin on June 14, Human Rights Watch said \
today.

"The Kremlin cannot keep jailing people for their faith," according to Rachel Denber, deputy \
Europe and Central Asia director. "Leaders meeting Putin should say so."

"This is a test for Germany," said Hugh Williamson, director of the Europe and Central Asia \
division.

"We will not comment on internal matters," said Maria Zakharova, foreign ministry spokesperson.

"My husband did nothing wrong," said Lilya Budzhurova, his wife.

"The charges are political," said Anna Petrova, a researcher at Oxford University.
"""

AMNESTY_GENEVA = """Biden must press Putin on political prisoners

(Geneva, June 16, 2021) – US President Joe Biden must raise the cases of prisoners of \
conscience when he meets Russian President Vladimir Putin in Geneva today, Amnesty \
International said.
"""

AMNESTY_SAID_TODAY = """Biden must press Putin on political prisoners

(London, June 9, 2021) – US President Joe Biden must raise the cases of prisoners of \
conscience when he meets Russian President Vladimir Putin in Geneva, Amnesty International \
said today.
"""


def _speakers(text: str) -> dict[str, str | None]:
    statement = parse_statement(text, "test.txt")
    return {q.speaker.name: q.speaker.organisation for q in statement.quotes if q.speaker}


def test_a_staff_job_without_an_organisation_is_the_statements_own() -> None:
    speakers = _speakers(HRW_BERLIN)
    assert speakers["Rachel Denber"] == "Human Rights Watch"
    assert speakers["Hugh Williamson"] == "Human Rights Watch"  # "of the ... division"


def test_officials_relatives_and_other_bodies_are_not_the_statements_staff() -> None:
    speakers = _speakers(HRW_BERLIN)
    assert speakers["Maria Zakharova"] is None
    assert speakers["Lilya Budzhurova"] is None
    assert speakers["Anna Petrova"] != "Human Rights Watch"


def test_a_headline_preposition_is_not_part_of_the_summit_label() -> None:
    summits = parse_statement(HRW_BERLIN, "test.txt").summits
    assert summits, "the Putin-Merkel meeting is found by its leaders"
    assert all("Before" not in (s.label or "") for s in summits)
    assert {leader.country for leader in summits[0].leaders} == {"RU", "DE"}


def test_a_meeting_today_takes_the_datelines_date() -> None:
    summit = parse_statement(AMNESTY_GENEVA, "test.txt").summits[0]
    assert summit.when == "today"
    assert [d.isoformat() for d in summit.dates] == ["2021-06-16"]
    assert summit.location == "Geneva"


def test_said_today_does_not_date_the_meeting() -> None:
    summit = parse_statement(AMNESTY_SAID_TODAY, "test.txt").summits[0]
    assert summit.when is None
    assert summit.dates == []
