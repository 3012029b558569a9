"""A hand-built Document with every kind of block and the hostile text exports must survive."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefpack.briefing.document import (
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

HOSTILE = [
    "<b>not bold</b>",
    "AT&T",
    '<font name="Courier">x</font>',
    '<a href="http://evil.example/">click</a>',
    '<img src="http://tracker.example/pixel.png"/>',
]
CYRILLIC = "Путин"
CHINESE = "习近平"
EXCLUDED_QUOTE = "This quote was excluded and must never print."


def write_png(path: Path, width: int = 120, height: int = 40) -> Path:
    """A small navy PNG, written by hand so tests need no image library."""
    raw = b"".join(b"\x00" + bytes((31, 58, 95)) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def hand_built_document(logo: Path | None = None, page_size: str = "a4") -> Document:
    contacts = [[runs(name) for name in ("Name", "Role", "Phone", "Email")]]
    contacts += [
        [
            runs("Jacob Kuehn"),
            runs("Media and External Communications Officer"),
            runs("+1 613-744-7667 ext. 236"),
            [Run("jkuehn@example.org", link="mailto:jkuehn@example.org")],
        ],
        [runs("Анна Иванова"), runs("Пресс-секретарь"), runs("+7 495 000-00-00"), runs("")],
    ]
    blocks = [
        Cover(
            "Briefing: Putin–Trump summit",
            "Helsinki, 16 July 2018",
            [("Organisation", "Amnesty International"), ("Prepared by", "Press office"),
             ("Date", "12 July 2018")],
            marking="Internal",
            logo=logo,
            logo_alt="Amnesty International logo",
        ),
        Contents(),
        Heading("At a glance", 1),
        Table(
            [[runs("Who"), runs("Vladimir Putin (RU), Donald Trump (US)")],
             [runs("Where"), runs("Helsinki, Finland")]],
            header=False,
            widths=[0.25, 0.75],
        ),
        Heading("Key asks", 2),
        BulletList([runs("Put the refugee situation at the top of the agenda."),
                    runs("Hostile: " + " ".join(HOSTILE))]),
        PageBreak(),
        Heading("Refugees and asylum", 1),
        Heading("Background", 2),
        Para(runs("Russia has granted refugee status to only two Syrians since 2011. ",
                  Run("Bold", bold=True), " and ", Run("italic", italic=True), ".")),
        Para([Run("Source: "), Run("Russia and USA must use Putin-Trump summit",
                                   link="https://www.amnesty.org/en/latest/news/"),
              Run(" (Amnesty International, 12 July 2018)")], style="source"),
        Heading("Key quotes", 3),
        BlockQuote(
            f"Presidents {CYRILLIC} and {CHINESE} must act\x00\x0b\ufffe on human rights.",
            "Anna Neistat",
            "Senior Director of Research",
            "Russia and USA must use Putin-Trump summit",
            "https://www.amnesty.org/en/latest/news/",
        ),
        BlockQuote(" ".join(HOSTILE), "Salil Shetty", "Secretary General", None, None),
        Para(runs("No individual cases are named in the selected statements."), style="note"),
        Heading("Media contacts", 1),
        Table(contacts, widths=[0.22, 0.3, 0.22, 0.26]),
    ]
    return Document(
        "Briefing: Putin–Trump summit",
        blocks,
        author="Press office",
        subject="Putin–Trump summit, Helsinki",
        keywords=["summit", "Helsinki", "human rights"],
        marking="Internal",
        page_size=page_size,  # type: ignore[arg-type]
    )


@pytest.fixture
def logo_png(tmp_path: Path) -> Path:
    return write_png(tmp_path / "logo.png")


@pytest.fixture
def sample_document(logo_png: Path) -> Document:
    return hand_built_document(logo_png)


@pytest.fixture
def samples() -> SimpleNamespace:
    """The helpers and strings above, for test modules (importlib mode has no relative
    imports)."""
    return SimpleNamespace(
        HOSTILE=HOSTILE,
        CYRILLIC=CYRILLIC,
        CHINESE=CHINESE,
        hand_built_document=hand_built_document,
        write_png=write_png,
    )
