"""An in-memory BriefingSource made from the real seed statements, extractions set by hand."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from briefpack.model import (
    Ask,
    Case,
    Contact,
    Issue,
    Leader,
    Paragraph,
    Phone,
    Quote,
    Span,
    Speaker,
    Statement,
    StoredStatement,
    Summit,
    SummitMention,
    Taxonomy,
)

TAXONOMY = Taxonomy([
    Issue("refugees", "Refugees and asylum"),
    Issue("syria", "The war in Syria"),
    Issue("torture", "Torture and ill-treatment"),
    Issue("prisoners", "Prisoners of conscience"),
    Issue("defenders", "Human rights defenders"),
])

NEISTAT = Speaker("Anna Neistat", "Senior Director of Research", "Amnesty International")
SHETTY = Speaker("Salil Shetty", "Secretary General", "Amnesty International")
HUANG = Speaker("Margaret Huang", "Executive Director", "Amnesty International USA")


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def _paragraphs(text: str, issues: dict[int, list[str]],
                kinds: dict[int, str] | None = None) -> list[Paragraph]:
    paragraphs, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        start = text.index(line, offset)
        offset = start + len(line)
        if not stripped or stripped == text.split("\n")[0].strip():
            continue
        index = len(paragraphs)
        kind = (kinds or {}).get(index, "body")
        paragraphs.append(Paragraph(index, stripped, kind, Span(start, start + len(line)),
                                    issues.get(index, [])))
    return paragraphs


def _quote(text: str, paragraphs: list[Paragraph], words: str, speaker: Speaker | None,
           excluded: bool = False) -> Quote:
    paragraph = next(p.index for p in paragraphs if words in p.text)
    return Quote(words, speaker, "direct", paragraph, _span(text, words), excluded)


def helsinki(text: str) -> Statement:
    paragraphs = _paragraphs(text, {0: [], 1: ["refugees", "syria"], 2: ["syria", "torture"],
                                    3: ["refugees", "syria"], 4: ["refugees"], 5: ["syria"],
                                    6: ["torture"], 7: ["prisoners"], 9: ["syria"]})
    q1 = "Presidents Putin and Trump have been toxic for human rights."
    q2 = ("But both presidents still have time to change the course of history and make a "
          "difference, and this summit is an opportunity to act as leaders of compassion and "
          "fairness.")
    q3 = "Putin and Trump have a choice: they can help end bloodshed in Syria"
    q4 = "But failure to act with humanity and accountability will deepen the indelible stain"
    ask1 = ("put the international refugee situation and the war in Syria at the top of their "
            "agenda")
    ask2 = "tackle the world’s most urgent human rights issues"
    sentsov = "Oleg Sentsov"
    return Statement(
        source="000_d219fd84bab783dd.txt",
        text=text,
        title=text.split("\n")[0].strip(),
        organisation="Amnesty International",
        date=dt.date(2018, 7, 12),
        url="https://www.amnesty.org/en/latest/news/2018/07/russia-usa-summit/",
        paragraphs=paragraphs,
        summits=[SummitMention("Putin-Trump summit",
                               [Leader("Vladimir Putin", "RU", "President"),
                                Leader("Donald Trump", "US", "President")],
                               "Helsinki", "FI", "on Monday", [dt.date(2018, 7, 16)],
                               _span(text, "summit in Helsinki"), 0)],
        quotes=[
            _quote(text, paragraphs, q1, NEISTAT),
            _quote(text, paragraphs, q2, NEISTAT),
            _quote(text, paragraphs, q3, NEISTAT),
            _quote(text, paragraphs, q4, NEISTAT),
        ],
        asks=[Ask(ask1, _span(text, ask1), 1), Ask(ask2, _span(text, ask2), 0)],
        cases=[Case(sentsov, "the film director from Russian-occupied Crimea on hunger strike",
                    _span(text, sentsov), 7)],
        contacts=[],
    )


def florida(text: str) -> Statement:
    paragraphs = _paragraphs(text, {1: ["refugees", "defenders"], 3: ["refugees", "syria"],
                                    5: ["defenders"], 8: ["defenders", "prisoners"],
                                    11: ["defenders"]},
                             {7: "subhead", 13: "subhead",
                              **{index: "contact" for index in range(19, 25)}})
    q1 = ("As two of the most powerful leaders in the world today, what President Trump and "
          "President Xi say and do on human rights reverberates far beyond their two borders.")
    q2 = ("Many governments will take their cue from the Trump administration and the message "
          "so far is that President Trump is prepared to turn a blind eye to serious human "
          "rights violations")
    q3 = "These are dark times for human rights in China."
    contact_text = "Jacob Kuehn\nMedia and External Communications Officer"
    return Statement(
        source="003_8882bca8dc2272cf.txt",
        text=text,
        title=text.split("\n")[0].strip(),
        organisation="Amnesty International",
        date=None,
        paragraphs=paragraphs,
        summits=[SummitMention("Trump-Xi summit",
                               [Leader("Donald Trump", "US", "President"),
                                Leader("Xi Jinping", "CN", "President")],
                               "Florida", "US", "on Thursday and Friday", [],
                               _span(text, "Florida"), 0)],
        quotes=[
            _quote(text, paragraphs, q1, SHETTY),
            _quote(text, paragraphs, q2, HUANG),
            _quote(text, paragraphs, q3, SHETTY),
        ],
        asks=[],
        cases=[Case("Ilham Tohti", "a prominent critic sentenced to life imprisonment in 2014",
                    _span(text, "Ilham Tohti"), 8)],
        contacts=[Contact("Jacob Kuehn", "Media and External Communications Officer",
                          "Amnesty International Canada (English Canada)",
                          [Phone("+16137447667", "236", "office"),
                           Phone("+16138532142", None, "mobile")],
                          ["jkuehn@example.org"], _span(text, contact_text))],
    )


class FakeSource:
    """Two summits, one statement each, like a library holding the two seeds."""

    def __init__(self, statements: dict[int, StoredStatement], summits: dict[int, Summit]):
        self._statements = statements
        self._summits = summits

    def summits(self) -> list[Summit]:
        return list(self._summits.values())

    def summit(self, summit_id: int) -> Summit:
        return self._summits[summit_id]

    def statements_for_summit(self, summit_id: int) -> list[StoredStatement]:
        return [self._statements[i] for i in self._summits[summit_id].statement_ids]

    def taxonomy(self) -> Taxonomy:
        return TAXONOMY


def make_source(helsinki_text: str, florida_text: str) -> FakeSource:
    first = StoredStatement(1, helsinki(helsinki_text), "seeds/000_d219fd84bab783dd.txt")
    second = StoredStatement(2, florida(florida_text), "seeds/003_8882bca8dc2272cf.txt")
    summits = {
        1: Summit(1, "Putin–Trump summit", first.statement.summits[0].leaders, "Helsinki", "FI",
                  "on Monday", [dt.date(2018, 7, 16)], [1]),
        2: Summit(2, "Trump–Xi summit", second.statement.summits[0].leaders, "Florida", "US",
                  "on Thursday and Friday", [], [2]),
        3: Summit(3, "Empty summit", [], None, None, None, [], []),
    }
    return FakeSource({1: first, 2: second}, summits)


@pytest.fixture
def source(helsinki_text: str, florida_text: str) -> FakeSource:
    return make_source(helsinki_text, florida_text)


@pytest.fixture
def seeds() -> SimpleNamespace:
    return SimpleNamespace(make_source=make_source, NEISTAT=NEISTAT, SHETTY=SHETTY, HUANG=HUANG)
