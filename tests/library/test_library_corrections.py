"""User corrections: applied, undone, redone, kept across re-parses and re-opening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from briefpack.library import (
    ChangeQuoteSpeaker,
    ChangeSummitDates,
    ChangeSummitPlace,
    ExcludeQuote,
    Library,
    MergeSummits,
    RenameSummit,
    RetagParagraph,
)
from briefpack.library.corrections import correction_from_dict, correction_to_dict
from briefpack.model import Paragraph, Quote, Speaker, Statement, SummitMention

MakeStatement = Callable[..., Statement]
Mention = Callable[..., SummitMention]
PUTIN_TRUMP = [("Vladimir Putin", "RU"), ("Donald Trump", "US")]
TRUMP_XI = [("Donald Trump", "US"), ("Xi Jinping", "CN")]


def speaker_of(library: Library, statement_id: int, index: int) -> str | None:
    speaker = library.statement(statement_id).statement.quotes[index].speaker
    return speaker.name if speaker else None


def test_change_a_quotes_speaker_then_undo_and_redo(
    library: Library, make_statement: MakeStatement
) -> None:
    sid, _ = library.add_statement(make_statement("syria"))
    stored = library.statement(sid)
    correction = ChangeQuoteSpeaker.of(stored, 1, Speaker("Marie Struthers", "Director"))
    correction_id = library.apply(correction)
    assert speaker_of(library, sid, 1) == "Marie Struthers"
    assert speaker_of(library, sid, 0) == "Anna Neistat"
    assert [q.index for q in library.quotes(speaker="struthers")] == [1]
    assert library.search("Struthers")[0].quote_index == 1
    library.undo(correction_id)
    assert speaker_of(library, sid, 1) == "Anna Neistat"
    assert library.quotes(speaker="struthers") == []
    assert library.search("Struthers") == []
    library.redo(correction_id)
    assert speaker_of(library, sid, 1) == "Marie Struthers"
    assert [r.id for r in library.corrections()] == [correction_id]
    # The quote index reads the quotes table (external content): it still agrees with it
    # (rank 1: compare with the content too).
    library.connection.execute(
        "INSERT INTO quote_fts (quote_fts, rank) VALUES ('integrity-check', 1)")


def test_later_corrections_win_and_undoing_one_reveals_the_earlier(
    library: Library, make_statement: MakeStatement
) -> None:
    sid, _ = library.add_statement(make_statement("syria"))
    stored = library.statement(sid)
    library.apply(ChangeQuoteSpeaker.of(stored, 0, Speaker("First")))
    second = library.apply(ChangeQuoteSpeaker.of(stored, 0, Speaker("Second")))
    assert speaker_of(library, sid, 0) == "Second"
    library.undo(second)
    assert speaker_of(library, sid, 0) == "First"


def test_exclude_and_include_a_quote(library: Library, make_statement: MakeStatement) -> None:
    sid, _ = library.add_statement(make_statement("syria"))
    excluded = library.apply(ExcludeQuote.of(library.statement(sid), 0))
    assert library.statement(sid).statement.quotes[0].excluded
    assert [q.index for q in library.quotes(include_excluded=False)] == [1]
    assert [q.quote.excluded for q in library.quotes()] == [True, False]
    library.apply(ExcludeQuote.of(library.statement(sid), 0, excluded=False))
    assert not library.statement(sid).statement.quotes[0].excluded
    library.undo(excluded)
    assert len(library.quotes(include_excluded=False)) == 2


def test_retag_a_paragraph(library: Library, make_statement: MakeStatement) -> None:
    sid, _ = library.add_statement(make_statement("syria"))
    correction_id = library.apply(
        RetagParagraph.of(library.statement(sid), 1, ["torture", "syria"])
    )
    assert library.statement(sid).statement.paragraphs[1].issues == ["torture", "syria"]
    assert {i.id: n for i, n in library.issues()} == {"refugees": 1, "torture": 1, "syria": 1}
    assert [q.index for q in library.quotes(issue="syria")] == [1]
    assert library.quotes(issue="syria")[0].issues == ["torture", "syria"]
    library.undo(correction_id)
    assert library.quotes(issue="syria") == []


def test_rename_redate_and_move_a_summit(
    library: Library, make_statement: MakeStatement, mention: Mention
) -> None:
    library.add_statement(make_statement("a", [mention(PUTIN_TRUMP, "Helsinki", "FI",
                                                       label="Putin-Trump summit")]))
    [summit] = library.summits()
    key = library.summit_key(summit.id)
    rename = library.apply(RenameSummit(key, "Helsinki summit 2018"))
    redate = library.apply(ChangeSummitDates(key, (dt.date(2018, 7, 16),), "16 July 2018"))
    move = library.apply(ChangeSummitPlace(key, "Turku", "FI"))
    changed = library.summit(summit.id)
    assert (changed.label, changed.location, changed.dates, changed.when) == (
        "Helsinki summit 2018", "Turku", [dt.date(2018, 7, 16)], "16 July 2018")
    for correction_id in (rename, redate, move):
        library.undo(correction_id)
    assert library.summit(summit.id) == summit


def test_merge_two_summits_and_undo_the_merge(
    library: Library, make_statement: MakeStatement, mention: Mention
) -> None:
    a, _ = library.add_statement(make_statement("a", [mention(PUTIN_TRUMP, "Helsinki")]))
    b, _ = library.add_statement(make_statement("b", [mention([("Putin", "RU")], "Helsinki")]))
    before = library.summits()
    assert len(before) == 2
    keep, gone = before
    merge = library.apply(MergeSummits(library.summit_key(keep.id), library.summit_key(gone.id)))
    [merged] = library.summits()
    assert merged.id == keep.id and merged.statement_ids == [a, b]
    assert library.summit(gone.id).id == keep.id  # an old reference finds where it went
    assert [q.statement_id for q in library.quotes(summit_id=keep.id)] == [a, a, b, b]
    library.undo(merge)
    assert library.summits() == before
    library.redo(merge)
    assert len(library.summits()) == 1


def test_command_pairs_for_an_undo_stack(library: Library, make_statement: MakeStatement) -> None:
    sid, _ = library.add_statement(make_statement("syria"))
    command = library.command(ExcludeQuote.of(library.statement(sid), 1))
    command.do()
    assert library.statement(sid).statement.quotes[1].excluded
    command.undo()
    assert not library.statement(sid).statement.quotes[1].excluded
    command.do()
    assert library.statement(sid).statement.quotes[1].excluded
    assert len(library.corrections(include_undone=True)) == 1  # redo reuses the stored one


def test_corrections_pointing_at_nothing_are_refused(
    library: Library, make_statement: MakeStatement
) -> None:
    sid, _ = library.add_statement(make_statement("syria"))
    stored = library.statement(sid)
    with pytest.raises(ValueError, match="no statement"):
        library.apply(ChangeQuoteSpeaker("0" * 20, 0, "x", None))
    with pytest.raises(ValueError, match="no such quote"):
        library.apply(ChangeQuoteSpeaker(stored.key, 0, "words nobody said", None))
    with pytest.raises(ValueError, match="no summit"):
        library.apply(RenameSummit("nobody@-@-", "x"))
    with pytest.raises(KeyError):
        library.undo(999)
    assert library.corrections(include_undone=True) == []


def test_corrections_survive_a_reparse_and_reopening(
    tmp_path: Path, make_statement: MakeStatement, mention: Mention
) -> None:
    # The parser is replaced by one that returns fresh hand-built statements, and on the
    # second pass puts a new first paragraph in: indexes shift, texts find the targets again.
    versions = {"syria": make_statement("syria", [mention(PUTIN_TRUMP, "Helsinki")]),
                "florida": make_statement("florida", [mention(TRUMP_XI, "Florida")])}
    shifted = {"count": 0}

    def parser(text: str, source: str = "<text>", **hints: object) -> Statement:
        name = source.removesuffix(".txt")
        statement = make_statement(name, versions[name].summits)
        if shifted["count"]:
            first_quote, first_paragraph = statement.quotes[0], statement.paragraphs[0]
            statement.quotes.insert(0, Quote("Newly found.", None, "partial", 0,
                                             first_quote.span))
            statement.paragraphs.insert(0, Paragraph(0, "Newly found.", "body",
                                                     first_paragraph.span, ["arms"]))
        return statement

    path = tmp_path / "lib.sqlite3"
    with Library.open(path, parser=parser) as library:
        for statement in versions.values():
            library.add_statement(statement)
        syria = library.statement(1)
        library.apply(ChangeQuoteSpeaker.of(syria, 0, Speaker("Marie Struthers")))
        library.apply(ExcludeQuote.of(syria, 1))
        library.apply(RetagParagraph.of(syria, 0, ["syria"]))
        helsinki, florida = library.summits()
        library.apply(RenameSummit(library.summit_key(helsinki.id), "Helsinki 2018"))
        library.apply(MergeSummits(library.summit_key(helsinki.id),
                                   library.summit_key(florida.id)))
        shifted["count"] = 1
        assert library.reparse_all() == 2
    with Library.open(path, parser=parser) as library:
        statement = library.statement(1).statement
        assert len(statement.quotes) == 3
        by_text = {q.text: q for q in statement.quotes}
        assert not by_text["Newly found."].excluded and by_text["Newly found."].speaker is None
        assert by_text["We call for justice in syria"].speaker == Speaker("Marie Struthers")
        assert by_text["Torture must end now."].excluded
        issues = {p.text[:12]: p.issues for p in statement.paragraphs}
        assert issues == {"Newly found.": ["arms"], "\u201cWe call for": ["syria"],
                          "\u201cTorture mus": ["torture"]}
        [summit] = library.summits()
        assert (summit.id, summit.label, summit.statement_ids) == (helsinki.id, "Helsinki 2018",
                                                                   [1, 2])


@pytest.mark.parametrize("correction", [
    ChangeQuoteSpeaker("k", 1, "q", Speaker("A", "Role", "Org")),
    ChangeQuoteSpeaker("k", 1, "q", None),
    ExcludeQuote("k", 2, "q", False),
    RetagParagraph("k", 0, "p", ("torture", "syria")),
    RenameSummit("s", "New name"),
    ChangeSummitDates("s", (dt.date(2018, 7, 16), dt.date(2018, 7, 17)), "on Monday"),
    ChangeSummitPlace("s", "Helsinki", "FI"),
    MergeSummits("s", "t"),
])
def test_corrections_round_trip_through_their_stored_form(correction: object) -> None:
    assert correction_from_dict(correction_to_dict(correction)) == correction  # type: ignore[arg-type]
