"""The format-neutral Document tree that both exporters render.

The composer decides what a pack says; this tree says only what kind of block each piece is
(heading, paragraph, quote, list, table, page break, cover, contents). The DOCX and PDF
renderers walk the same tree, so a Word brief and a PDF handout never disagree.

All text is plain text, never markup: a renderer escapes it for its own format. Characters XML
cannot hold are dropped on the way in, so no renderer has to think about them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

PageSize = Literal["a4", "letter"]
Layout = Literal["full", "handout"]
ParaStyle = Literal["body", "lead", "source", "note"]

# XML 1.0 forbids these code points; Word refuses the file and lxml raises on them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """The text without the characters an XML document cannot hold."""
    return _XML_ILLEGAL.sub("", text)


@dataclass(slots=True)
class Run:
    """A piece of inline text with one formatting; `link` makes it a hyperlink."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None

    def __post_init__(self) -> None:
        self.text = xml_safe(self.text)
        if self.link is not None:
            self.link = xml_safe(self.link).strip() or None


def runs(*parts: str | Run) -> list[Run]:
    """Plain strings become plain runs: `runs("Said by ", Run("her", bold=True))`."""
    return [part if isinstance(part, Run) else Run(part) for part in parts]


def plain_text(parts: list[Run]) -> str:
    return "".join(part.text for part in parts)


@dataclass(slots=True)
class Heading:
    text: str
    level: int = 1  # 1 to 3; every heading appears in the contents and the PDF outline

    def __post_init__(self) -> None:
        self.text = xml_safe(self.text)
        if not 1 <= self.level <= 3:
            raise ValueError(f"heading level {self.level} is not 1, 2 or 3")


@dataclass(slots=True)
class Para:
    """A paragraph of inline runs. `style` says its role: body text, a lead paragraph, the
    source line under an excerpt, or a note standing in for missing material."""

    runs: list[Run]
    style: ParaStyle = "body"


@dataclass(slots=True)
class BlockQuote:
    """Words someone said, set apart, with who said them and where it was published."""

    text: str
    speaker: str | None = None
    role: str | None = None
    source: str | None = None
    source_url: str | None = None

    def __post_init__(self) -> None:
        self.text = xml_safe(self.text)
        self.speaker = xml_safe(self.speaker) if self.speaker else None
        self.role = xml_safe(self.role) if self.role else None
        self.source = xml_safe(self.source) if self.source else None

    def attribution(self) -> str:
        """'Anna Neistat, Senior Director of Research' or 'Unattributed'."""
        who = ", ".join(part for part in (self.speaker, self.role) if part)
        return who or "Unattributed"


@dataclass(slots=True)
class BulletList:
    items: list[list[Run]]


@dataclass(slots=True)
class Table:
    """Rows of cells, each cell a list of runs. With `header`, the first row names the columns
    and is repeated when the table runs onto another page. `widths` are fractions of the line."""

    rows: list[list[list[Run]]]
    header: bool = True
    widths: list[float] | None = None

    def __post_init__(self) -> None:
        columns = {len(row) for row in self.rows}
        if len(columns) > 1:
            raise ValueError("every row of a table needs the same number of cells")
        if self.widths is not None and self.rows and len(self.widths) != len(self.rows[0]):
            raise ValueError("one width per column")

    @property
    def column_count(self) -> int:
        return len(self.rows[0]) if self.rows else 0


@dataclass(slots=True)
class PageBreak:
    pass


@dataclass(slots=True)
class Cover:
    """The first page: title, what it is about, the marking, an optional logo."""

    title: str
    subtitle: str | None = None
    facts: list[tuple[str, str]] = field(default_factory=list)  # ("Prepared by", "Press office")
    marking: str | None = None
    logo: Path | None = None
    logo_alt: str = "Logo"

    def __post_init__(self) -> None:
        self.title = xml_safe(self.title)
        self.subtitle = xml_safe(self.subtitle) if self.subtitle else None
        self.facts = [(xml_safe(label), xml_safe(value)) for label, value in self.facts]
        self.marking = xml_safe(self.marking) if self.marking else None
        self.logo_alt = xml_safe(self.logo_alt)


@dataclass(slots=True)
class Contents:
    """Where the table of contents goes (headings of levels 1 and 2, with page numbers)."""

    title: str = "Contents"


Block = Heading | Para | BlockQuote | BulletList | Table | PageBreak | Cover | Contents


@dataclass(slots=True)
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)
    author: str | None = None
    subject: str | None = None
    keywords: list[str] = field(default_factory=list)
    marking: str | None = None  # printed at the top of every page, e.g. "Internal"
    page_size: PageSize = "a4"
    lang: str = "en"

    def __post_init__(self) -> None:
        self.title = xml_safe(self.title)
        self.author = xml_safe(self.author) if self.author else None
        self.subject = xml_safe(self.subject) if self.subject else None
        self.keywords = [xml_safe(word) for word in self.keywords]
        self.marking = xml_safe(self.marking) if self.marking else None
        if self.page_size not in ("a4", "letter"):
            raise ValueError(f"page size {self.page_size!r} is not 'a4' or 'letter'")

    @property
    def cover(self) -> Cover | None:
        return next((block for block in self.blocks if isinstance(block, Cover)), None)

    def headings(self) -> list[Heading]:
        return [block for block in self.blocks if isinstance(block, Heading)]
