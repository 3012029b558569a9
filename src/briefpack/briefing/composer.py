"""Pack + library -> Document: decides what the briefing pack says and in what order.

Full pack: cover; contents; at a glance (each summit: who, where, when, how many sources; the
key asks); per summit and per issue: background paragraphs with their source, key quotes,
asks, individual cases; an annex of the quotes by speaker; media contacts; sources.

Handout: one or two pages to print: each summit, its top asks, the strongest quotes (at most
three per issue), media contacts.

What is selected: every extraction of the summits' statements whose paragraph is tagged with a
chosen issue (every issue when none is chosen; then untagged material goes under "General
points"). An item the pack excludes never appears; one it includes always does, and a quote a
user excluded in the library stays out unless the pack includes it. Each item appears under
the first chosen issue it is tagged with, so no text repeats within a summit.

Empty parts are left out or replaced by a sentence ("The selected statements list no media
contacts."), never an empty heading.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefpack.briefing.document import (
    Block,
    BlockQuote,
    BulletList,
    Contents,
    Cover,
    Document,
    Heading,
    PageBreak,
    Para,
    Run,
    Table,
    runs,
)
from briefpack.briefing.pack import Pack
from briefpack.briefing.source import BriefingSource
from briefpack.errors import PackError
from briefpack.model import (
    Ask,
    Case,
    Contact,
    Paragraph,
    Quote,
    Statement,
    StoredStatement,
    Summit,
    Taxonomy,
)
from briefpack.model.statement import item_key

NO_BREAK_SPACE, NO_BREAK_HYPHEN = "\u00a0", "\u2011"
GENERAL = ""  # the issue id under which untagged material goes when no issue is chosen
GENERAL_LABEL = "General points"
HANDOUT_QUOTES_PER_ISSUE = 3
HANDOUT_ASKS = 5
GLANCE_ASKS = 10


@dataclass(slots=True)
class SelectedItem:
    """One selected extraction, with the statement it came from."""

    stored: StoredStatement
    kind: str  # "paragraph", "quote", "ask", "case"
    index: int
    value: Paragraph | Quote | Ask | Case
    pinned: bool = False  # named in the pack's include list


@dataclass(slots=True)
class IssueSection:
    """One issue under a summit: what the pack prints about it, in order."""

    issue: str
    label: str
    background: list[SelectedItem] = field(default_factory=list)
    quotes: list[SelectedItem] = field(default_factory=list)
    asks: list[SelectedItem] = field(default_factory=list)
    cases: list[SelectedItem] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.background or self.quotes or self.asks or self.cases)


@dataclass(slots=True)
class _SummitMaterial:
    summit: Summit
    statements: list[StoredStatement]
    sections: list[IssueSection]

    def items(self, kind: str) -> list[SelectedItem]:
        found: list[SelectedItem] = []
        for section in self.sections:
            found.extend(getattr(section, kind))
        return found


def compose(pack: Pack, source: BriefingSource, *, today: dt.date | None = None) -> Document:
    """The Document for `pack`, read from `source` (a Library, or any BriefingSource)."""
    if not pack.summits:
        raise PackError("Choose at least one summit for the briefing pack.")
    taxonomy = source.taxonomy()
    material: list[_SummitMaterial] = []
    for summit_id in dict.fromkeys(pack.summits):
        try:
            summit = source.summit(summit_id)
        except KeyError:
            raise PackError(
                f"The pack names summit {summit_id}, which is not in this library."
            ) from None
        statements = source.statements_for_summit(summit_id)
        chosen = pack.issues_for(summit_id)
        material.append(_SummitMaterial(summit, statements,
                                        _select(pack, chosen, statements, taxonomy)))
    composer = _Composer(pack, material, taxonomy, today or dt.date.today())
    return composer.handout() if pack.layout == "handout" else composer.full()


# -- selection -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SummitOutline:
    """One summit of a pack as the composer selects it: its statements, and per issue the
    background paragraphs, quotes, asks and cases the Document would hold, in that order."""

    summit: Summit
    statements: list[StoredStatement]
    sections: list[IssueSection]


def outline(pack: Pack, source: BriefingSource) -> list[SummitOutline]:
    """What `compose(pack, source)` would put under each of the pack's summits, before any
    wording: the same selection (chosen issues, `include`d and `exclude`d keys, excluded
    quotes), for a view of the pack's outline. Summits the source no longer has are skipped
    (compose refuses them). To show excluded items too, pass a copy of the pack with an empty
    `exclude` list."""
    found: list[SummitOutline] = []
    taxonomy = source.taxonomy() if pack.summits else None
    for summit_id in dict.fromkeys(pack.summits):
        try:
            summit = source.summit(summit_id)
        except KeyError:
            continue
        statements = source.statements_for_summit(summit_id)
        assert taxonomy is not None
        found.append(SummitOutline(summit, statements,
                                   _select(pack, pack.issues_for(summit_id), statements,
                                           taxonomy)))
    return found



def _select(pack: Pack, issues: list[str], statements: list[StoredStatement],
            taxonomy: Taxonomy) -> list[IssueSection]:
    """One summit's sections: `issues` chosen for it (empty: every issue it raises)."""
    include, exclude = set(pack.include), set(pack.exclude)
    chosen = list(dict.fromkeys(issues))
    every_issue = not chosen
    if every_issue:
        raised: dict[str, None] = {}
        for stored in statements:
            for issue in stored.statement.issues():
                raised.setdefault(issue)
        known = [issue.id for issue in taxonomy.issues]
        chosen = sorted(raised, key=lambda i: (known.index(i) if i in known else len(known), i))
    sections = {issue: IssueSection(issue, taxonomy.label(issue)) for issue in chosen}
    general = IssueSection(GENERAL, GENERAL_LABEL)

    def place(stored: StoredStatement, kind: str, index: int, value: object,
              paragraph: int | None, default_out: bool = False) -> None:
        key = item_key(stored.key, kind, index)
        if key in exclude:
            return
        pinned = key in include
        if default_out and not pinned:
            return
        issues = _paragraph_issues(stored, paragraph)
        target = next((sections[i] for i in issues if i in sections), None)
        if target is None and (every_issue or pinned):
            target = general
        if target is None:
            return
        item = SelectedItem(stored, kind, index, value, pinned)  # type: ignore[arg-type]
        getattr(target, _BUCKET[kind]).append(item)

    for stored in statements:
        statement = stored.statement
        quoted = {quote.paragraph for quote in statement.quotes}
        elsewhere = _lead_ins(statement, quoted | _listed_asks(statement))
        for paragraph in statement.paragraphs:
            if paragraph.kind == "body" and paragraph.index not in elsewhere:
                place(stored, "paragraph", paragraph.index, paragraph, paragraph.index)
        for index, quote in enumerate(statement.quotes):
            place(stored, "quote", index, quote, quote.paragraph, default_out=quote.excluded)
        for index, ask in enumerate(statement.asks):
            place(stored, "ask", index, ask, ask.paragraph)
        for index, case in enumerate(statement.cases):
            place(stored, "case", index, case, case.paragraph)

    ordered = [sections[issue] for issue in chosen] + [general]
    return [section for section in ordered if not section.empty()]


_BUCKET = {"paragraph": "background", "quote": "quotes", "ask": "asks", "case": "cases"}


def _lead_ins(statement: Statement, shown_elsewhere: set[int]) -> set[int]:
    """`shown_elsewhere` with the paragraphs that only introduce one of them ("Tanya
    Lokshina, ... director at Human Rights Watch, said:", "... calling on G20 leaders to:"):
    as background they would end in a colon with nothing after it."""
    return shown_elsewhere | {
        paragraph.index for paragraph in statement.paragraphs
        if paragraph.index + 1 in shown_elsewhere and paragraph.text.rstrip().endswith(":")
    }


def _listed_asks(statement: Statement) -> set[int]:
    """Paragraphs that are an ask and nothing more ("2. Press China to close the camps;"):
    "What we ask" lists those asks, and as background they would only repeat them, numbered
    out of order."""
    by_index = {paragraph.index: paragraph for paragraph in statement.paragraphs}
    whole = set()
    for ask in statement.asks:
        paragraph = by_index.get(ask.paragraph) if ask.paragraph is not None else None
        if paragraph is None or not 0 <= paragraph.span.end - ask.span.end <= 2:
            continue
        # The ask runs from after a list mark ("2. ", "- ") to before a closing ";" or ".".
        mark = statement.text[paragraph.span.start:ask.span.start].strip()
        if 0 < len(mark) <= 4 and mark[-1] in ".)-*\u2022\u2013":
            whole.add(paragraph.index)
    return whole


def _background_text(stored: StoredStatement, paragraph: Paragraph) -> str:
    """A paragraph as background, without the dateline that opens the statement: the source
    line under it gives the organisation and the date."""
    statement = stored.statement
    text = paragraph.text
    dateline = statement.dateline_span
    if (dateline is not None and paragraph.span.start <= dateline.start
            and dateline.end < paragraph.span.end
            and statement.text[paragraph.span.start:paragraph.span.end] == text):
        rest = text[dateline.end - paragraph.span.start:].lstrip(" \t-\u2013\u2014:,")
        if rest:
            text = rest
    return " ".join(text.split())


def _paragraph_issues(stored: StoredStatement, paragraph: int | None) -> list[str]:
    if paragraph is None:
        return []
    paragraphs = stored.statement.paragraphs
    if 0 <= paragraph < len(paragraphs) and paragraphs[paragraph].index == paragraph:
        return paragraphs[paragraph].issues
    for candidate in paragraphs:
        if candidate.index == paragraph:
            return candidate.issues
    return []


# -- wording ---------------------------------------------------------------------------------


def format_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _date_range(days: list[dt.date]) -> str | None:
    if not days:
        return None
    first, last = min(days), max(days)
    if first == last:
        return format_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} – {format_date(last)}"
    return f"{format_date(first)} – {format_date(last)}"


def _country(code: str | None) -> str | None:
    if not code:
        return None
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        return code
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def summit_title(summit: Summit) -> str:
    label = summit.label.strip() or "Summit"
    if summit.location and summit.location.lower() not in label.lower():
        return f"{label}, {summit.location}"
    return label


def summit_who(summit: Summit) -> str | None:
    people = []
    for leader in summit.leaders:
        name = f"{leader.role} {leader.name}" if leader.role else leader.name
        country = _country(leader.country)
        people.append(f"{name} ({country})" if country else name)
    return "; ".join(people) or None


def summit_where(summit: Summit) -> str | None:
    country = _country(summit.location_country)
    parts = [part for part in (summit.location, country) if part]
    if len(parts) == 2 and parts[0].lower() == parts[1].lower():
        parts = parts[:1]
    return ", ".join(parts) or None


def summit_when(summit: Summit) -> str | None:
    """'16 July 2018'; or, when no statement is dated, the phrase as written, marked as such:
    '“on Monday” (the statements give no date)'."""
    dated = _date_range(summit.dates)
    if dated:
        return dated
    if summit.when and summit.when.strip():
        return f"“{summit.when.strip()}” (the statements give no date)"
    return None


def _source_label(stored: StoredStatement) -> str:
    statement = stored.statement
    details = [part for part in (statement.organisation,
                                 format_date(statement.date) if statement.date else None) if part]
    title = statement.title.strip() or _file_name(stored)
    return f"{title} ({', '.join(details)})" if details else title


def _file_name(stored: StoredStatement) -> str:
    return Path(stored.path or stored.statement.source).name


def _source_runs(stored: StoredStatement, prefix: str = "Source: ") -> list[Run]:
    statement = stored.statement
    title = statement.title.strip() or _file_name(stored)
    parts = [Run(prefix)] if prefix else []
    parts.append(Run(title, link=statement.url) if statement.url else Run(title))
    details = [part for part in (statement.organisation,
                                 format_date(statement.date) if statement.date else None) if part]
    if details:
        parts.append(Run(f" ({', '.join(details)})"))
    return parts


def _quote_block(item: SelectedItem) -> BlockQuote:
    quote: Quote = item.value  # type: ignore[assignment]
    speaker = quote.speaker
    role = None
    if speaker is not None:
        role = ", ".join(part for part in (speaker.role, speaker.organisation) if part) or None
    statement = item.stored.statement
    return BlockQuote(
        text=quote_display_text(quote.text),
        speaker=speaker.name if speaker else None,
        role=role,
        source=_source_label(item.stored),
        source_url=statement.url,
    )


def quote_display_text(text: str) -> str:
    """A quote as it stands alone: 'under their watch,' (before 'said Anna Neistat') becomes
    'under their watch.'"""
    text = " ".join(text.split())
    if text.endswith((",", ";", ":")):
        text = text[:-1].rstrip() + "."
    return text


def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _unique(items: Iterable[SelectedItem],
            text_of: Callable[[SelectedItem], str]) -> list[SelectedItem]:
    seen: set[str] = set()
    unique = []
    for item in items:
        key = _fold(text_of(item))
        if key and key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def _ask_text(item: SelectedItem) -> str:
    """An ask as a bullet: "put refugees first" reads "Put refugees first"."""
    text = " ".join(item.value.text.split())  # type: ignore[union-attr]
    return text[:1].upper() + text[1:]


def _strength(item: SelectedItem) -> tuple[int, int, int, int]:
    """Higher is stronger: pinned, attributed, direct, and of a length that reads well aloud."""
    quote: Quote = item.value  # type: ignore[assignment]
    length = len(quote.text)
    fits = 0 if length < 40 else (2 if length <= 320 else 1)
    return (int(item.pinned), int(quote.speaker is not None), int(quote.kind == "direct"), fits)


def _strongest(quotes: list[SelectedItem], count: int) -> list[SelectedItem]:
    ranked = sorted(enumerate(quotes), key=lambda pair: (_strength(pair[1]), -pair[0]),
                    reverse=True)
    return [item for _, item in sorted(ranked[:count], key=lambda pair: pair[0])]


def _phone_text(e164: str, extension: str | None) -> str:
    try:
        import phonenumbers

        number = phonenumbers.parse(e164, None)
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except Exception:  # an unparseable number is shown as stored
        text = e164
    if extension:
        text = f"{text} ext. {extension}"
    # One line per number, in a narrow table column too: a number broken over two lines is
    # misread when dialled from a printed handout.
    return text.replace(" ", NO_BREAK_SPACE).replace("-", NO_BREAK_HYPHEN)


# -- the two layouts -------------------------------------------------------------------------


class _Composer:
    def __init__(self, pack: Pack, material: list[_SummitMaterial], taxonomy: Taxonomy,
                 today: dt.date) -> None:
        self.pack = pack
        self.material = material
        self.taxonomy = taxonomy
        self.today = today
        self.statements = self._all_statements()

    def _all_statements(self) -> list[StoredStatement]:
        seen: dict[int, StoredStatement] = {}
        for entry in self.material:
            for stored in entry.statements:
                seen.setdefault(stored.id, stored)
        return list(seen.values())

    # -- shared parts ------------------------------------------------------------------------

    def organisation(self) -> str | None:
        if self.pack.organisation:
            return self.pack.organisation
        names = Counter(s.statement.organisation for s in self.statements
                        if s.statement.organisation)
        return names.most_common(1)[0][0] if names else None

    def summit_line(self) -> str:
        return "; ".join(summit_title(entry.summit) for entry in self.material)

    def document(self, blocks: list[Block]) -> Document:
        issue_labels = [section.label for entry in self.material for section in entry.sections
                        if section.issue != GENERAL]
        places = [entry.summit.location for entry in self.material if entry.summit.location]
        keywords = list(dict.fromkeys(["briefing", *places, *issue_labels]))
        return Document(
            title=self.pack.title,
            blocks=blocks,
            author=self.pack.prepared_by or self.organisation(),
            subject=self.summit_line(),
            keywords=keywords,
            marking=self.pack.marking,
            page_size=self.pack.page_size,
        )

    def summit_facts(self, entry: _SummitMaterial) -> Table:
        summit = entry.summit
        count = len(entry.statements)
        rows = [
            ("Who", summit_who(summit) or "Not named in the statements"),
            ("Where", summit_where(summit) or "Not named in the statements"),
            ("When", summit_when(summit) or "Not dated in the statements"),
            ("Sources", f"{count} statement{'s' if count != 1 else ''}"),
        ]
        return Table([[runs(label), runs(value)] for label, value in rows], header=False,
                     widths=[0.2, 0.8])

    def contacts_blocks(self) -> list[Block]:
        exclude = set(self.pack.exclude)
        rows: list[list[list[Run]]] = []
        seen: set[tuple] = set()
        for stored in self.statements:
            for index, contact in enumerate(stored.statement.contacts):
                if item_key(stored.key, "contact", index) in exclude:
                    continue
                identity = (
                    (contact.name or "").lower(),
                    tuple(sorted(e.lower() for e in contact.emails)),
                    tuple(sorted(p.e164 for p in contact.phones)),
                )
                if identity in seen or not any(identity):
                    continue
                seen.add(identity)
                rows.append(self._contact_row(contact))
        if not rows:
            return [Para(runs("The selected statements list no media contacts."), style="note")]
        header = [runs("Name"), runs("Role and organisation"), runs("Phone"), runs("Email")]
        return [Table([header, *rows], widths=[0.19, 0.27, 0.3, 0.24])]

    @staticmethod
    def _contact_row(contact: Contact) -> list[list[Run]]:
        # A card with no person is an office: its role ("Press office") names the row.
        name = contact.name or contact.role or "Press office"
        role_of_person = contact.role if contact.name else None
        role = ", ".join(part for part in (role_of_person, contact.organisation) if part)
        phones = []
        for phone in contact.phones:
            text = _phone_text(phone.e164, phone.extension)
            if phone.kind and phone.kind != "other":
                text = f"{phone.kind.capitalize()}: {text}"
            phones.append(text)
        emails: list[Run] = []
        for number, email in enumerate(contact.emails):
            if number:
                emails.append(Run("\n"))
            emails.append(Run(email, link=f"mailto:{email}"))
        return [
            runs(name),
            runs(role or "—"),
            runs("\n".join(phones) or "—"),
            emails or runs("—"),
        ]

    def key_asks(self, limit: int) -> list[SelectedItem]:
        asks = [item for entry in self.material for item in entry.items("asks")]
        pinned = [item for item in asks if item.pinned]
        rest = [item for item in asks if not item.pinned]
        return _unique([*pinned, *rest], _ask_text)[:limit]

    # -- full pack ---------------------------------------------------------------------------

    def full(self) -> Document:
        pack = self.pack
        facts = [("Summit" if len(self.material) == 1 else "Summits", self.summit_line())]
        when = [_date_range(entry.summit.dates) for entry in self.material]
        if any(when):
            facts.append(("Meeting", "; ".join(w for w in when if w)))
        organisation = self.organisation()
        if organisation:
            facts.append(("Organisation", organisation))
        if pack.prepared_by:
            facts.append(("Prepared by", pack.prepared_by))
        facts.append(("Date", format_date(pack.date or self.today)))
        if pack.marking:
            facts.append(("Classification", pack.marking))
        logo = Path(pack.logo) if pack.logo else None
        blocks: list[Block] = [
            Cover(
                title=pack.title,
                subtitle=pack.subtitle or self.summit_line(),
                facts=facts,
                marking=pack.marking,
                logo=logo,
                logo_alt=pack.logo_alt or (f"{organisation} logo" if organisation else "Logo"),
            ),
            Contents(),
        ]
        first = True
        for section in pack.sections:
            part = getattr(self, f"_full_{section}")()
            if not part:
                continue
            if not first and section != "sources":
                blocks.append(PageBreak())
            blocks.extend(part)
            first = False
        return self.document(blocks)

    def _full_glance(self) -> list[Block]:
        blocks: list[Block] = [Heading("At a glance", 1)]
        for entry in self.material:
            blocks.append(Heading(summit_title(entry.summit), 2))
            blocks.append(self.summit_facts(entry))
        asks = self.key_asks(GLANCE_ASKS)
        blocks.append(Heading("Key asks", 2))
        if asks:
            blocks.append(BulletList([runs(_ask_text(item)) for item in asks]))
        else:
            blocks.append(Para(runs("The selected statements make no explicit asks."),
                               style="note"))
        return blocks

    def _full_summits(self) -> list[Block]:
        blocks: list[Block] = []
        for number, entry in enumerate(self.material):
            if number:
                blocks.append(PageBreak())
            blocks.append(Heading(summit_title(entry.summit), 1))
            if not entry.statements:
                blocks.append(Para(runs("No statements in the library mention this summit."),
                                   style="note"))
                continue
            if not entry.sections:
                blocks.append(Para(runs("Nothing in the statements about this summit matches "
                                        "the chosen issues."), style="note"))
                continue
            for section in entry.sections:
                blocks.extend(self._issue_blocks(section))
        return blocks

    def _issue_blocks(self, section: IssueSection) -> list[Block]:
        blocks: list[Block] = [Heading(section.label, 2)]
        if section.background:
            blocks.append(Heading("Background", 3))
            group: list[SelectedItem] = []
            for item in section.background + [None]:  # type: ignore[list-item]
                if group and (item is None or item.stored.id != group[-1].stored.id):
                    for member in group:
                        paragraph: Paragraph = member.value  # type: ignore[assignment]
                        blocks.append(Para(runs(_background_text(member.stored, paragraph))))
                    blocks.append(Para(_source_runs(group[-1].stored), style="source"))
                    group = []
                if item is not None:
                    group.append(item)
        if section.quotes:
            blocks.append(Heading("Key quotes", 3))
            blocks.extend(_quote_block(item) for item in section.quotes)
        asks = _unique(section.asks, _ask_text)
        if asks:
            blocks.append(Heading("What we ask", 3))
            blocks.append(BulletList([runs(_ask_text(item)) for item in asks]))
        if section.cases:
            blocks.append(Heading("Individual cases", 3))
            items = []
            for item in section.cases:
                case: Case = item.value  # type: ignore[assignment]
                description = " ".join(case.description.split())
                items.append([Run(case.name, bold=True)] +
                             ([Run(f": {description}")] if description else []))
            blocks.append(BulletList(items))
        return blocks

    def _full_quotes_by_speaker(self) -> list[Block]:
        by_speaker: dict[str, list[SelectedItem]] = {}
        for entry in self.material:
            for item in entry.items("quotes"):
                quote: Quote = item.value  # type: ignore[assignment]
                name = quote.speaker.name if quote.speaker else ""
                by_speaker.setdefault(name, []).append(item)
        if not by_speaker:
            return []
        blocks: list[Block] = [Heading("Quotes by speaker", 1)]
        named = sorted((name for name in by_speaker if name),
                       key=lambda name: (name.split()[-1].lower(), name.lower()))
        for name in named + ([""] if "" in by_speaker else []):
            blocks.append(Heading(name or "Unattributed", 2))
            seen: set[str] = set()
            for item in by_speaker[name]:
                folded = _fold(item.value.text)  # type: ignore[union-attr]
                if folded in seen:
                    continue
                seen.add(folded)
                blocks.append(_quote_block(item))
        return blocks

    def _full_contacts(self) -> list[Block]:
        return [Heading("Media contacts", 1), *self.contacts_blocks()]

    def _full_sources(self) -> list[Block]:
        blocks: list[Block] = [Heading("Sources", 1)]
        if not self.statements:
            blocks.append(Para(runs("No statements mention the chosen summits."), style="note"))
            return blocks
        items = []
        for stored in self.statements:
            statement = stored.statement
            title = statement.title.strip() or _file_name(stored)
            line = [Run(title, link=statement.url) if statement.url else Run(title)]
            line.append(Run(f" — {statement.organisation or 'Organisation not stated'}, "))
            line.append(Run(format_date(statement.date) if statement.date else "undated"))
            line.append(Run(f". File: {_file_name(stored)}", italic=False))
            items.append(line)
        blocks.append(BulletList(items))
        return blocks

    # -- handout -----------------------------------------------------------------------------

    def handout(self) -> Document:
        pack = self.pack
        blocks: list[Block] = [Heading(pack.title, 1)]
        byline = [part for part in (self.organisation(), pack.prepared_by,
                                    format_date(pack.date or self.today)) if part]
        blocks.append(Para(runs(pack.subtitle or " · ".join(byline)), style="lead"))
        for entry in self.material:
            blocks.append(Heading(summit_title(entry.summit), 2))
            facts = [part for part in (summit_who(entry.summit), summit_where(entry.summit),
                                       summit_when(entry.summit)) if part]
            if facts:
                blocks.append(Para(runs(" · ".join(facts))))
            asks = _unique((item for section in entry.sections for item in section.asks),
                           _ask_text)
            pinned = [item for item in asks if item.pinned]
            asks = (pinned + [item for item in asks if not item.pinned])[:HANDOUT_ASKS]
            if asks:
                blocks.append(Heading("What we ask", 3))
                blocks.append(BulletList([runs(_ask_text(item)) for item in asks]))
            for section in entry.sections:
                quotes = _strongest(section.quotes, HANDOUT_QUOTES_PER_ISSUE)
                if quotes:
                    blocks.append(Heading(section.label, 3))
                    blocks.extend(_quote_block(item) for item in quotes)
            if not asks and not any(section.quotes for section in entry.sections):
                blocks.append(Para(runs("The selected statements hold no asks or quotes for "
                                        "this summit."), style="note"))
        blocks.append(Heading("Media contacts", 2))
        blocks.extend(self.contacts_blocks())
        return self.document(blocks)
