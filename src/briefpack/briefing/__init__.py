"""Briefing packs: what the user selected (Pack), and the Document it becomes.

    from briefpack.briefing import Pack, compose, load_pack, save_pack
    pack = Pack(title="Helsinki summit", summits=[1], issues=["refugees"])
    save_pack(pack, "helsinki.briefpack")
    document = compose(load_pack("helsinki.briefpack"), library)  # any BriefingSource
    for summit in outline(pack, library):  # what compose selects, per summit and issue
        print(summit.summit.label, [section.label for section in summit.sections])
    briefpack.export.export(document, "helsinki.pdf")

The Document (briefing/document.py) is format-neutral: both exporters render the same tree.
"""

from __future__ import annotations

from briefpack.briefing.composer import IssueSection, SelectedItem, SummitOutline, compose, outline
from briefpack.briefing.document import Document
from briefpack.briefing.pack import Pack, load_pack, save_pack

__all__ = [
    "Document",
    "IssueSection",
    "Pack",
    "SelectedItem",
    "SummitOutline",
    "compose",
    "load_pack",
    "outline",
    "save_pack",
]
