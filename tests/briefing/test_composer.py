"""The composer over an in-memory source built from the seed statements."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pypdf
import pytest

from briefpack.briefing import Pack, compose, outline
from briefpack.briefing.document import (
    BlockQuote,
    BulletList,
    Contents,
    Cover,
    Document,
    Heading,
    Para,
    Table,
    plain_text,
)
from briefpack.errors import PackError
from briefpack.export import export_docx, export_pdf
from briefpack.model.statement import item_key

TODAY = dt.date(2018, 7, 13)


def _headings(document: Document, level: int | None = None) -> list[str]:
    return [h.text for h in document.headings() if level is None or h.level == level]


def _quotes(document: Document) -> list[BlockQuote]:
    return [block for block in document.blocks if isinstance(block, BlockQuote)]


def _all_text(document: Document) -> str:
    parts: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            parts.append(block.text)
        elif isinstance(block, Para):
            parts.append(plain_text(block.runs))
        elif isinstance(block, BlockQuote):
            parts += [block.text, block.attribution(), block.source or ""]
        elif isinstance(block, BulletList):
            parts += [plain_text(item) for item in block.items]
        elif isinstance(block, Table):
            parts += [plain_text(cell) for row in block.rows for cell in row]
        elif isinstance(block, Cover):
            parts += [block.title, block.subtitle or ""] + [v for _, v in block.facts]
    return "\n".join(parts)


def test_full_pack_structure(source) -> None:
    document = compose(Pack(title="Helsinki briefing", summits=[1], prepared_by="Press office"),
                       source, today=TODAY)
    assert isinstance(document.blocks[0], Cover) and isinstance(document.blocks[1], Contents)
    assert _headings(document, 1) == [
        "At a glance", "Putin–Trump summit, Helsinki", "Quotes by speaker", "Media contacts",
        "Sources",
    ]
    cover = document.blocks[0]
    assert ("Prepared by", "Press office") in cover.facts
    assert ("Date", "13 July 2018") in cover.facts
    assert ("Organisation", "Amnesty International") in cover.facts
    assert document.title == "Helsinki briefing" and document.marking == "Internal"
    assert document.author == "Press office"
    assert "Helsinki" in document.keywords


def test_at_a_glance_has_who_where_when_sources_and_key_asks(source) -> None:
    document = compose(Pack(summits=[1]), source, today=TODAY)
    facts = next(b for b in document.blocks if isinstance(b, Table) and not b.header)
    rows = {plain_text(r[0]): plain_text(r[1]) for r in facts.rows}
    assert rows["Who"] == ("President Vladimir Putin (Russian Federation); "
                           "President Donald Trump (United States)")
    assert rows["Where"] == "Helsinki, Finland"
    assert rows["When"] == "16 July 2018"
    assert rows["Sources"] == "1 statement"
    asks = next(b for b in document.blocks if isinstance(b, BulletList))
    assert plain_text(asks.items[0]).startswith("Put the international refugee situation")


def test_every_quote_once_per_issue_section_and_again_in_the_annex(source, seeds) -> None:
    document = compose(Pack(summits=[1]), source, today=TODAY)
    quotes = _quotes(document)
    texts = [q.text for q in quotes]
    # Four quotes in the issue sections, the same four in the annex by speaker.
    assert len(texts) == 8 and len(set(texts)) == 4
    for quote in quotes:
        assert quote.speaker == "Anna Neistat"
        assert quote.role == "Senior Director of Research, Amnesty International"
        assert quote.source.startswith("Russia and USA must use Putin-Trump summit")
        assert quote.source.endswith("(Amnesty International, 12 July 2018)")


def test_issue_filter_keeps_only_chosen_issues(source) -> None:
    document = compose(Pack(summits=[1], issues=["refugees"]), source, today=TODAY)
    level2 = _headings(document, 2)
    assert "Refugees and asylum" in level2
    assert "The war in Syria" not in level2 and "General points" not in level2
    texts = {q.text for q in _quotes(document)}
    assert texts == {
        "But both presidents still have time to change the course of history and make a "
        "difference, and this summit is an opportunity to act as leaders of compassion and "
        "fairness."
    }


def test_each_item_goes_under_its_first_chosen_issue_only(source) -> None:
    document = compose(Pack(summits=[1], issues=["syria", "refugees"]), source, today=TODAY)
    text = _all_text(document)
    # Paragraph 1 is tagged refugees and syria: with syria first it sits under syria, once.
    assert text.count("The organization calls on the two leaders") == 1
    summit_part = document.blocks[
        [i for i, b in enumerate(document.blocks) if isinstance(b, Heading)
         and b.text == "The war in Syria"][0]:
    ]
    assert "The organization calls on the two leaders" in _all_text(
        Document("x", summit_part))


def test_pack_exclusion_removes_a_quote_everywhere(source, tmp_path: Path) -> None:
    stored = source.statements_for_summit(1)[0]
    excluded_text = stored.statement.quotes[0].text
    pack = Pack(summits=[1], exclude=[item_key(stored.key, "quote", 0)])
    document = compose(pack, source, today=TODAY)
    assert excluded_text not in _all_text(document)
    pdf, word = tmp_path / "pack.pdf", tmp_path / "pack.docx"
    export_pdf(document, pdf)
    export_docx(document, word)
    pdf_text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages)
    assert excluded_text not in pdf_text
    assert "But both presidents still have time" in pdf_text
    docx_text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert excluded_text not in docx_text
    assert "But both presidents still have time" in docx_text


def test_library_exclusion_holds_unless_the_pack_includes_it(source) -> None:
    stored = source.statements_for_summit(1)[0]
    stored.statement.quotes[1].excluded = True
    text = stored.statement.quotes[1].text
    assert text not in _all_text(compose(Pack(summits=[1]), source, today=TODAY))
    pinned = Pack(summits=[1], include=[item_key(stored.key, "quote", 1)])
    assert text in _all_text(compose(pinned, source, today=TODAY))


def test_excluded_contact_and_no_contacts_wording(source) -> None:
    florida = source.statements_for_summit(2)[0]
    document = compose(Pack(summits=[2]), source, today=TODAY)
    contacts = [b for b in document.blocks if isinstance(b, Table) and b.header][-1]
    assert [plain_text(c) for c in contacts.rows[0]] == [
        "Name", "Role and organisation", "Phone", "Email"]
    row = [plain_text(c) for c in contacts.rows[1]]
    assert row[0] == "Jacob Kuehn"
    # Each number is kept on one line: no-break spaces and hyphens inside it.
    assert row[2] == ("Office: +1\u00a0613\u2011744\u20117667\u00a0ext.\u00a0236\n"
                      "Mobile: +1\u00a0613\u2011853\u20112142")
    assert contacts.rows[1][3][0].link == "mailto:jkuehn@example.org"
    without = compose(Pack(summits=[2], exclude=[item_key(florida.key, "contact", 0)]),
                      source, today=TODAY)
    assert "Jacob Kuehn" not in _all_text(without)
    assert "The selected statements list no media contacts." in _all_text(without)


def test_missing_data_gets_wording_not_empty_headings(source) -> None:
    document = compose(Pack(summits=[2, 3]), source, today=TODAY)
    text = _all_text(document)
    assert "on Thursday and Friday" in text  # no resolved dates: the phrase as written
    assert "Not named in the statements" in text  # the empty summit has no leaders or place
    assert "No statements in the library mention this summit." in text
    assert ("US China Summit: Rolling back human rights will unleash a more dangerous world — "
            "Amnesty International, undated") in text
    # No heading is followed directly by another heading of the same or a higher level.
    blocks = [b for b in document.blocks if not isinstance(b, (Cover, Contents))]
    for block, following in zip(blocks, blocks[1:], strict=False):
        if isinstance(block, Heading) and isinstance(following, Heading):
            assert following.level > block.level, (block.text, following.text)


def test_handout_is_short_with_at_most_three_quotes_per_issue(source) -> None:
    document = compose(Pack(summits=[1, 2], layout="handout"), source, today=TODAY)
    assert not any(isinstance(b, (Cover, Contents)) for b in document.blocks)
    assert _headings(document, 2) == ["Putin–Trump summit, Helsinki", "Trump–Xi summit, Florida",
                                      "Media contacts"]
    counts: dict[str, int] = {}
    current = None
    for block in document.blocks:
        if isinstance(block, Heading):
            current = block.text
        elif isinstance(block, BlockQuote):
            counts[current] = counts.get(current, 0) + 1
    assert counts and max(counts.values()) <= 3
    assert "Jacob Kuehn" in _all_text(document)


def test_handout_prefers_pinned_quotes(source) -> None:
    stored = source.statements_for_summit(1)[0]
    syria_quotes = [0, 2]  # both in paragraphs tagged syria
    pack = Pack(summits=[1], layout="handout", issues=["syria"],
                include=[item_key(stored.key, "quote", 2)])
    quotes = _quotes(compose(pack, source, today=TODAY))
    assert quotes[0].text.startswith(stored.statement.quotes[syria_quotes[0]].text[:20])
    assert any(q.text.startswith("Putin and Trump have a choice") for q in quotes)


def test_sections_follow_the_pack_order_and_can_be_dropped(source) -> None:
    pack = Pack(summits=[1], sections=["contacts", "summits"])
    assert _headings(compose(pack, source, today=TODAY), 1) == [
        "Media contacts", "Putin–Trump summit, Helsinki"]


def test_bad_selections_are_pack_errors(source) -> None:
    with pytest.raises(PackError, match="at least one summit"):
        compose(Pack(), source)
    with pytest.raises(PackError, match="summit 99"):
        compose(Pack(summits=[99]), source)


def test_multi_summit_pack_exports_in_both_formats(source, tmp_path: Path) -> None:
    document = compose(Pack(summits=[1, 2], page_size="letter"), source, today=TODAY)
    export_pdf(document, tmp_path / "two.pdf")
    export_docx(document, tmp_path / "two.docx")
    reader = pypdf.PdfReader(tmp_path / "two.pdf")
    titles = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    assert titles == _headings(document)


def test_outline_is_what_compose_selects(source) -> None:
    stored = source.statements_for_summit(1)[0]
    excluded = item_key(stored.key, "quote", 0)
    pack = Pack(summits=[1, 99], issues=["torture"], exclude=[excluded])  # 99: not there
    found = outline(pack, source)
    assert [summit.summit.id for summit in found] == [1]
    assert [item.id for item in found[0].statements] == \
        [item.id for item in source.statements_for_summit(1)]
    assert found[0].sections[0].issue == "torture"

    def quote_keys(summits) -> set[str]:
        return {item_key(item.stored.key, item.kind, item.index)
                for summit in summits for section in summit.sections for item in section.quotes}

    assert excluded not in quote_keys(found)
    assert excluded in quote_keys(outline(Pack(summits=[1], issues=["torture"]), source))
    assert outline(Pack(), source) == []


def test_each_summit_keeps_its_own_choice_of_issues(source) -> None:
    """Refugees chosen for Helsinki only, defenders for Florida only: neither issue appears
    under the other summit, though both statements raise refugees."""
    pack = Pack(summits=[1, 2], issues=["refugees", "defenders"],
                summit_issues={"1": ["refugees"], "2": ["defenders"]})
    found = {entry.summit.id: [section.issue for section in entry.sections]
             for entry in outline(pack, source)}
    assert found == {1: ["refugees"], 2: ["defenders"]}
    level2 = _headings(compose(pack, source, today=TODAY), 2)
    assert level2.count("Refugees and asylum") == 1
    assert level2.count(source.taxonomy().label("defenders")) == 1
    # without the per-summit choice, the pack-wide list applies to both summits
    wide = {entry.summit.id: [section.issue for section in entry.sections]
            for entry in outline(Pack(summits=[1, 2], issues=["refugees", "defenders"]), source)}
    assert wide == {1: ["refugees"], 2: ["refugees", "defenders"]}


def test_an_office_contact_is_named_by_its_role(source) -> None:
    # As the parser gives "Amnesty International UK Press Office" over its numbers: no person.
    contact = source.statements_for_summit(2)[0].statement.contacts[0]
    contact.name, contact.role = None, "Press office"
    document = compose(Pack(summits=[2]), source, today=TODAY)
    contacts = [b for b in document.blocks if isinstance(b, Table) and b.header][-1]
    row = [plain_text(c) for c in contacts.rows[1]]
    assert row[:2] == ["Press office", contact.organisation]
