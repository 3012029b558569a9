"""Background paragraphs as a pack shows them, from statements parsed and stored for real: a
numbered list of asks is not repeated as background, and the statement's opening dateline is
not part of the paragraph it opens."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefpack.briefing import Pack, compose
from briefpack.briefing.document import BulletList, Heading, Para
from briefpack.library import Library

STATEMENTS = Path(__file__).resolve().parents[1] / "parsing" / "statements"


def _text(runs) -> str:
    return "".join(run.text for run in runs)


@pytest.fixture
def library(tmp_path: Path):
    with Library.open(tmp_path / "library.sqlite3") as opened:
        opened.import_all([STATEMENTS / "amnesty_g20_osaka.txt",
                           STATEMENTS / "hrw_g20_summit.txt"], workers=0)
        yield opened


def _summit(library: Library, place: str) -> int:
    return next(s.id for s in library.summits() if s.location == place)


def _backgrounds_and_asks(library: Library, place: str) -> tuple[list[str], list[str]]:
    document = compose(Pack(summits=[_summit(library, place)]), library,
                       today=dt.date(2026, 11, 23))
    background, asks, heading = [], [], None
    for block in document.blocks:
        if isinstance(block, Heading):
            heading = block.text
        elif isinstance(block, Para) and block.style == "body" and heading == "Background":
            background.append(_text(block.runs))
        elif isinstance(block, BulletList) and heading == "What we ask":
            asks += [_text(item) for item in block.items]
    return background, asks


def test_listed_asks_are_asks_and_not_background(library: Library) -> None:
    background, asks = _backgrounds_and_asks(library, "Osaka")
    # The statement lists three asks after "Amnesty International is also calling on G20
    # leaders to:" (numbered 1. to 3.).
    assert "Press China to close the camps in Xinjiang" in asks
    assert "Demand the release of all detained women's rights defenders in Saudi Arabia" in asks
    assert not [p for p in background if "close the camps" in p or "women's rights defenders in"
                in p or p.endswith(":")]
    # Other background stays.
    assert any(p.startswith("Saudi women's rights defender Samar Badawi") for p in background)


def test_background_leaves_out_the_opening_dateline(library: Library) -> None:
    background, _ = _backgrounds_and_asks(library, "Buenos Aires")
    opening = [p for p in background if "Leaders attending the G20 summit" in p]
    assert opening, background
    assert opening[0].startswith("Leaders attending the G20 summit in Buenos Aires")
    assert not any("(New York, November 27, 2018)" in p for p in background)


def test_a_line_introducing_a_quote_is_not_background(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        library.import_all([STATEMENTS / "hrw_normandy_format_talks.txt"], workers=0)
        background, _ = _backgrounds_and_asks(library, "Paris")
    # "Tanya Lokshina, associate Europe and Central Asia director at Human Rights Watch,
    # said:" introduces the quote paragraph after it; the quote is under "Key quotes".
    assert background
    assert not [p for p in background if p.endswith(":")]
    assert not [p for p in background if p.startswith("Tanya Lokshina")]
