"""The Word template in resources/templates holds every style an export uses."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from briefpack.export.docx_writer import template_path
from briefpack.export.make_template import STYLE_NAMES, build_template


def test_template_has_every_style() -> None:
    document = docx.Document(str(template_path()))
    names = {style.name for style in document.styles}
    for name in STYLE_NAMES:
        assert name in names, name
    for required in ("Title", "Heading 1", "Heading 2", "Heading 3", "Quote", "List Bullet",
                     "toc 1", "toc 2", "toc 3", "Hyperlink", "Briefpack Table"):
        assert required in names


def test_committed_template_matches_its_generator(tmp_path: Path) -> None:
    fresh = tmp_path / "template.docx"
    build_template(fresh)
    with zipfile.ZipFile(fresh) as new, zipfile.ZipFile(template_path()) as committed:
        assert new.read("word/styles.xml") == committed.read("word/styles.xml"), (
            "run `python -m briefpack.export.make_template` and commit the template"
        )
