"""The library: statements in an SQLite file, summits grouped across them, user corrections.

    with Library.open(path) as library:
        report = library.import_all([folder])
        for summit in library.summits(): ...

See DESIGN.md (the library package) and the modules: schema (file, migrations), store (rows),
grouping (summits), corrections (what users change), search (FTS5), importing (the import job).
"""

from briefpack.library.corrections import (
    ChangeQuoteSpeaker,
    ChangeSummitDates,
    ChangeSummitPlace,
    Correction,
    CorrectionRecord,
    ExcludeQuote,
    MergeSummits,
    RenameSummit,
    RetagParagraph,
)
from briefpack.library.importing import ImportCancelled, ImportedItem, ImportReport
from briefpack.library.library import CorrectionCommand, Library
from briefpack.library.search import SearchHit
from briefpack.library.store import Hints, LibraryQuote, ListedStatement

__all__ = [
    "ChangeQuoteSpeaker",
    "ChangeSummitDates",
    "ChangeSummitPlace",
    "Correction",
    "CorrectionCommand",
    "CorrectionRecord",
    "ExcludeQuote",
    "Hints",
    "ImportCancelled",
    "ImportReport",
    "ImportedItem",
    "Library",
    "LibraryQuote",
    "ListedStatement",
    "MergeSummits",
    "RenameSummit",
    "RetagParagraph",
    "SearchHit",
]
