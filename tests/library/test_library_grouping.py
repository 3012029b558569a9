"""Summits gathered across statements, and the listings that filter by summit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from briefpack.library import Library
from briefpack.library.grouping import same_leader
from briefpack.model import Leader, Statement, SummitMention

MakeStatement = Callable[..., Statement]
Mention = Callable[..., SummitMention]
PUTIN_TRUMP = [("Vladimir Putin", "RU"), ("Donald Trump", "US")]
TRUMP_XI = [("Donald Trump", "US"), ("Xi Jinping", "CN")]


def test_two_statements_about_helsinki_give_one_summit_with_both_sources(
    library: Library, make_statement: MakeStatement, mention: Mention
) -> None:
    first, _ = library.add_statement(make_statement(
        "syria", [mention(PUTIN_TRUMP, "Helsinki", "FI", label="Putin-Trump summit",
                          when="on Monday")]))
    second, _ = library.add_statement(make_statement(
        "chechnya", [mention([("Trump", None), ("Putin", "RU")], "Helsinki", "FI",
                             label="Helsinki summit")],
        date=dt.date(2018, 7, 12)))
    [summit] = library.summits()
    # Dated statements come first ("oldest first"), undated ones after, in import order.
    assert summit.statement_ids == [second, first]
    assert summit.location == "Helsinki" and summit.location_country == "FI"
    assert summit.when == "on Monday"
    assert {leader.country for leader in summit.leaders} == {"RU", "US"}
    assert [leader.name for leader in summit.leaders] == ["Vladimir Putin", "Donald Trump"]
    assert library.summit(summit.id) == summit
    assert [s.id for s in library.statements_for_summit(summit.id)] == [second, first]


def test_same_leaders_elsewhere_months_apart_is_another_summit(
    library: Library, make_statement: MakeStatement, mention: Mention
) -> None:
    library.add_statement(make_statement(
        "helsinki", [mention(PUTIN_TRUMP, "Helsinki", "FI", [dt.date(2018, 7, 16)])]))
    library.add_statement(make_statement(
        "osaka", [mention(PUTIN_TRUMP, "Osaka", "JP", [dt.date(2019, 6, 28)])]))
    library.add_statement(make_statement(
        "finland", [mention(PUTIN_TRUMP, "Finland", "FI", [dt.date(2018, 7, 16)])]))
    summits = library.summits()
    assert [(s.location, len(s.statement_ids)) for s in summits] == [("Helsinki", 2),
                                                                     ("Osaka", 1)]
    assert summits[0].dates == [dt.date(2018, 7, 16)]


def test_different_leaders_are_different_summits(
    library: Library, make_statement: MakeStatement, mention: Mention
) -> None:
    library.add_statement(make_statement("a", [mention([("Donald Trump", "US"),
                                                        ("Xi Jinping", "CN")], "Florida")]))
    library.add_statement(make_statement("b", [mention([("Donald Tusk", None),
                                                        ("Xi", "CN")], "Florida")]))
    library.add_statement(make_statement("c", [mention([("Xi", "CN"), ("Trump", "US"),
                                                        ("Putin", "RU")])]))
    assert len(library.summits()) == 3
    # Without a label, one is made from the leaders' names.
    assert library.summits()[0].label == "Donald Trump\u2013Xi Jinping summit"


@pytest.mark.parametrize(("a", "b", "same"), [
    (Leader("Xi Jinping", "CN"), Leader("Xi", None), True),
    (Leader("President Putin"), Leader("Vladimir Putin", "RU"), True),
    (Leader("Donald Trump"), Leader("Donald Tusk"), False),
    (Leader("Trump", "US"), Leader("Trump", "GB"), False),
    (Leader("Emmanuel Macron", "FR"), Leader("Macron"), True),
])
def test_same_leader(a: Leader, b: Leader, same: bool) -> None:
    assert same_leader(a, b) is same and same_leader(b, a) is same


def test_leaderless_mentions_group_by_label(
    library: Library, make_statement: MakeStatement, mention: Mention
) -> None:
    library.add_statement(make_statement("a", [mention([], "Osaka", label="G20 summit")]))
    library.add_statement(make_statement("b", [mention([], None, label="the G20 Summit")]))
    library.add_statement(make_statement("c", [mention([], None, label=None)]))  # nothing to go by
    [summit] = library.summits()
    assert summit.label == "G20 summit" and len(summit.statement_ids) == 2


def test_a_forums_summit_groups_by_label_whoever_is_named(
    library: Library, make_statement: MakeStatement, mention: Mention
) -> None:
    # Amnesty names the host, Human Rights Watch the guest it wants pressed: one G20 summit.
    osaka = [dt.date(2019, 6, 28), dt.date(2019, 6, 29)]
    amnesty, _ = library.add_statement(make_statement(
        "amnesty", [mention([("Shinzo Abe", "JP")], "Osaka", "JP", osaka, label="G20 summit")]))
    hrw, _ = library.add_statement(make_statement(
        "hrw", [mention([("Xi Jinping", "CN")], "Osaka", "JP", osaka, label="the G20 Summit")]))
    # Another year's G20 elsewhere is another summit; a bilateral label still goes by leaders.
    library.add_statement(make_statement(
        "buenos-aires", [mention([("Mohammed bin Salman", "SA")], "Buenos Aires", "AR",
                                 [dt.date(2018, 11, 30)], label="G20 summit")]))
    library.add_statement(make_statement(
        "florida", [mention(TRUMP_XI, "Florida", "US", label="US China Summit")]))
    summits = library.summits()
    assert [(s.location, len(s.statement_ids)) for s in summits] == [
        ("Osaka", 2), ("Buenos Aires", 1), ("Florida", 1),
    ]
    assert summits[0].statement_ids == [amnesty, hrw]
    assert [leader.name for leader in summits[0].leaders] == ["Shinzo Abe", "Xi Jinping"]


def test_unknown_summit_raises_key_error(library: Library) -> None:
    with pytest.raises(KeyError):
        library.summit(42)
    with pytest.raises(KeyError):
        library.statements_for_summit(42)


def test_issues_and_quotes_by_summit_issue_and_speaker(
    library: Library, make_statement: MakeStatement, mention: Mention
) -> None:
    helsinki, _ = library.add_statement(make_statement("helsinki", [mention(PUTIN_TRUMP)]))
    florida, _ = library.add_statement(make_statement(
        "florida", [mention([("Trump", "US"), ("Xi Jinping", "CN")])], speaker="Salil Shetty"))
    summit_h, summit_f = (s.id for s in library.summits())
    issues = library.issues(summit_h)
    assert [(issue.id, count) for issue, count in issues] == [("refugees", 1), ("torture", 1)]
    assert issues[0][0].label == "Refugees and asylum"  # labels from the taxonomy
    assert [(i.id, n) for i, n in library.issues()] == [("refugees", 2), ("torture", 2)]

    quotes = library.quotes(summit_id=summit_f)
    assert [(q.statement_id, q.index) for q in quotes] == [(florida, 0), (florida, 1)]
    assert quotes[0].issues == ["refugees"] and quotes[1].issues == ["torture"]
    assert quotes[0].quote.speaker is not None
    assert quotes[0].quote.speaker.name == "Salil Shetty"
    assert quotes[0].key == f"{library.statement(florida).key}:quote:0"
    torture = library.quotes(issue="torture")
    assert [(q.statement_id, q.quote.text) for q in torture] == [
        (helsinki, "Torture must end now."), (florida, "Torture must end now.")]
    assert [q.statement_id for q in library.quotes(speaker="neistat")] == [helsinki, helsinki]
    assert library.quotes(summit_id=summit_h, speaker="Shetty") == []


def _importing_parser(statements: dict[str, Statement]) -> Callable[..., Statement]:
    def parse(text: str, source: str = "<text>", **hints: object) -> Statement:
        return statements[source]

    return parse


def test_an_import_groups_as_adding_one_by_one_does(
    tmp_path: Path, make_statement: MakeStatement, mention: Mention,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefpack.library import importing

    day = dt.date(2018, 7, 16)
    mentions = [
        [mention(PUTIN_TRUMP, "Helsinki", "FI", [day])],
        [mention([("Putin", None), ("Trump", "US")], "Finland", "FI")],
        [mention(PUTIN_TRUMP, "Osaka", "JP", [dt.date(2019, 6, 28)])],
        [mention([("Xi", "CN"), ("Trump", None)], None), mention([], "Osaka", label="G20")],
        [mention([("Xi Jinping", "CN"), ("Donald Trump", "US")], "Florida", "US")],
        [mention([], None, label="the G20 summit"), mention(PUTIN_TRUMP, None, dates=[day])],
        # A forum's summit takes in statements naming other leaders at it.
        [mention([("Shinzo Abe", "JP")], "Osaka", "JP", label="G20 summit")],
        [mention([("Xi Jinping", "CN")], None, label="G20")],
        # Three leaders, named in another order and more or less fully; a third leader
        # who differs makes another summit.
        [mention([("Emmanuel Macron", "FR"), ("Angela Merkel", "DE"), ("Putin", "RU")],
                 "Paris", "FR")],
        [mention([("Merkel", None), ("Vladimir Putin", "RU"), ("Macron", None)], "Paris")],
        [mention([("Macron", "FR"), ("Merkel", "DE"), ("Trump", "US")], "Paris", "FR")],
    ]
    statements = {f"s{n:02}.txt": make_statement(f"s{n}", found)
                  for n, found in enumerate(mentions)}
    folder = tmp_path / "in"
    folder.mkdir()
    for name, statement in statements.items():
        (folder / name).write_text(statement.text, encoding="utf-8")
    monkeypatch.setattr(importing._Batch, "COMMIT_SECONDS", 0.0)  # a transaction per file
    with Library.open(tmp_path / "a.sqlite3", parser=_importing_parser(statements)) as imported:
        imported.import_all([folder])
        by_import = imported.summits()
    with Library.open(tmp_path / "b.sqlite3") as added:
        for statement in statements.values():
            added.add_statement(statement)
        assert added.summits() == by_import
    assert [len(s.statement_ids) for s in by_import] == [3, 1, 2, 4, 2, 1]


def test_summits_another_connection_made_during_an_import_are_joined(
    tmp_path: Path, make_statement: MakeStatement, mention: Mention,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefpack.library import importing

    statements = {f"s{n}.txt": make_statement(f"s{n}", [mention(PUTIN_TRUMP, "Helsinki")])
                  for n in range(2)}
    statements["other.txt"] = make_statement("other", [mention(TRUMP_XI, "Florida")])
    for name, statement in statements.items():
        (tmp_path / name).write_text(statement.text, encoding="utf-8")
    monkeypatch.setattr(importing._Batch, "COMMIT_SECONDS", 0.0)
    path = tmp_path / "lib.sqlite3"
    with Library.open(path, parser=_importing_parser(statements)) as library:
        job = library.import_files([tmp_path / "other.txt", tmp_path / "s0.txt"])
        next(job)
        next(job)  # "other.txt" stored: the import's index knows the Florida summit
        with Library.open(path) as second:  # meanwhile another window adds the Helsinki one
            second.add_statement(statements["s1.txt"])
        assert next(job).done == 2
        with pytest.raises(StopIteration):
            next(job)
        summits = library.summits()
    assert [len(summit.statement_ids) for summit in summits] == [1, 2]
