"""The library over the real parser and the seed statements (the sample library)."""

from __future__ import annotations

from pathlib import Path

from briefpack.library import ChangeQuoteSpeaker, ExcludeQuote, Library, RenameSummit
from briefpack.model import Speaker

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HELSINKI = SEEDS / "000_d219fd84bab783dd.txt"
FLORIDA = SEEDS / "003_8882bca8dc2272cf.txt"


def test_two_statements_about_helsinki_give_one_summit(library: Library, tmp_path: Path) -> None:
    # A second statement on the same summit: the seed with its last paragraph rewritten.
    text = HELSINKI.read_text(encoding="utf-8").rstrip("\n")
    follow_up = tmp_path / "follow-up.txt"
    follow_up.write_text(text.rsplit("\n", 1)[0] + "\nAmnesty will publish a follow-up.\n",
                         encoding="utf-8")
    report = library.import_all([SEEDS, follow_up])
    assert len(report.imported) == 3
    helsinki, florida = library.summits()
    assert helsinki.label == "Putin-Trump summit"
    assert (helsinki.location, helsinki.location_country) == ("Helsinki", "FI")
    assert [leader.country for leader in helsinki.leaders] == ["RU", "US"]
    assert helsinki.statement_ids == [1, 3]
    assert (florida.label, florida.location, florida.statement_ids) == (
        "US China Summit", "Florida", [2])
    assert {leader.country for leader in florida.leaders} == {"US", "CN"}


def test_seed_quotes_listed_by_summit_and_speaker(library: Library) -> None:
    library.import_all([SEEDS])
    helsinki, florida = library.summits()
    assert {q.quote.speaker.name for q in library.quotes(helsinki.id)
            if q.quote.speaker} == {"Anna Neistat"}
    huang = library.quotes(florida.id, speaker="huang")
    assert huang and all(q.statement_id == 2 for q in huang)
    assert library.quotes(helsinki.id, speaker="huang") == []


def test_corrections_to_seeds_survive_reparse_all(library: Library) -> None:
    library.import_all([SEEDS])
    stored = library.statement(1)
    library.apply(ChangeQuoteSpeaker.of(stored, 2, Speaker("Marie Struthers", "Director")))
    library.apply(ExcludeQuote.of(stored, 3))
    helsinki = library.summits()[0]
    library.apply(RenameSummit(library.summit_key(helsinki.id), "Helsinki summit, July 2018"))
    before = library.statement(1).statement
    assert library.reparse_all() == 2
    after = library.statement(1).statement
    assert after == before
    assert after.quotes[2].speaker == Speaker("Marie Struthers", "Director")
    assert after.quotes[3].excluded and not after.quotes[1].excluded
    assert library.summit(helsinki.id).label == "Helsinki summit, July 2018"
