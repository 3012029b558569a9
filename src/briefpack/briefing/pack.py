"""What the user chose for a briefing pack, saved as a versioned `.briefpack` JSON file.

A file looks like this (version 1):

    {"format": "briefpack", "version": 1,
     "pack": {"title": "...", "summits": [3, 5], "issues": ["refugees", "torture"],
              "summit_issues": {"3": ["refugees"], "5": ["torture"]}, "layout": "full", ...}}

`summit_issues` (optional) holds each summit's own choice of issues; a Briefpack that predates
it reads `issues`, the union, and shows those issues under every summit.

A file that is not JSON, not a pack, or written by a newer Briefpack raises PackError with a
sentence for the user, and nothing else is touched. Saving is atomic (see export/atomic.py).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

from briefpack.errors import PackError

FORMAT = "briefpack"
SCHEMA_VERSION = 1
SUFFIX = ".briefpack"
MAX_FILE_BYTES = 5 * 1024 * 1024  # a pack is a few kilobytes; refuse to slurp anything huge

Layout = Literal["full", "handout"]
PageSize = Literal["a4", "letter"]
Section = Literal["glance", "summits", "quotes_by_speaker", "contacts", "sources"]

LAYOUTS: tuple[Layout, ...] = ("full", "handout")
PAGE_SIZES: tuple[PageSize, ...] = ("a4", "letter")
SECTIONS: tuple[Section, ...] = (
    "glance",
    "summits",
    "quotes_by_speaker",
    "contacts",
    "sources",
)


@dataclass(slots=True)
class Pack:
    """A selection and its options. Empty `issues` means every issue the summits raise.
    `summit_issues` maps a summit's id (as text, as JSON keys are) to the issues chosen for
    that summit alone, which then replace `issues` for it (the app ticks issues per summit;
    the command line's --issue applies to every summit).

    `include` and `exclude` hold item keys (`briefpack.model.statement.item_key` with kind
    "quote", "paragraph", "ask", "case" or "contact"): an excluded item never prints; an
    included one prints even if the issue filter or a correction would leave it out, and comes
    first among handout quotes and asks.
    """

    title: str = "Briefing pack"
    subtitle: str | None = None
    organisation: str | None = None  # when None, the organisation the statements name
    prepared_by: str | None = None
    date: dt.date | None = None  # when None, the day of export
    marking: str | None = "Internal"
    layout: Layout = "full"
    page_size: PageSize = "a4"
    logo: str | None = None  # path to a PNG or JPEG
    logo_alt: str | None = None
    summits: list[int] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)
    summit_issues: dict[str, list[str]] = field(default_factory=dict)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    # The order of the full pack's parts after the cover and contents; leave one out to drop it.
    sections: list[Section] = field(default_factory=lambda: list(SECTIONS))

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise PackError(f"The layout {self.layout!r} is not one of: full, handout.")
        if self.page_size not in PAGE_SIZES:
            raise PackError(f"The page size {self.page_size!r} is not one of: a4, letter.")
        unknown = [name for name in self.sections if name not in SECTIONS]
        if unknown:
            raise PackError(f"Unknown section {unknown[0]!r} in the pack.")

    def issues_for(self, summit_id: int) -> list[str]:
        """The issues chosen for one summit; empty means every issue it raises."""
        return self.summit_issues.get(str(summit_id), self.issues)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Pack:
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        if values.get("date"):
            values["date"] = dt.date.fromisoformat(values["date"])
        for name in ("summits", "issues", "include", "exclude", "sections"):
            if name in values and not isinstance(values[name], list):
                raise TypeError(f"{name} must be a list")
        if "summits" in values:
            values["summits"] = [_summit_id(value) for value in values["summits"]]
        for name in ("issues", "include", "exclude", "sections"):
            if name in values and not all(isinstance(item, str) for item in values[name]):
                raise TypeError(f"{name} must hold strings")
        per_summit = values.get("summit_issues", {})
        if not isinstance(per_summit, dict) or not all(
            isinstance(key, str) and key.isdigit() and isinstance(chosen, list)
            and all(isinstance(issue, str) for issue in chosen)
            for key, chosen in per_summit.items()
        ):
            raise TypeError("summit_issues must map summit ids to lists of issue ids")
        for name in ("title", "subtitle", "organisation", "prepared_by", "marking", "logo",
                     "logo_alt", "layout", "page_size"):
            if values.get(name) is not None and not isinstance(values[name], str):
                raise TypeError(f"{name} must be text")
        return cls(**values)


def _summit_id(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("summit ids are whole numbers")
    return value


def pack_to_json(pack: Pack) -> str:
    document = {"format": FORMAT, "version": SCHEMA_VERSION, "pack": pack.to_dict()}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def pack_from_json(text: str, name: str = "The file") -> Pack:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise PackError(f"{name} is damaged and cannot be read as a briefing pack.") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PackError(f"{name} is not a Briefpack briefing pack.")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PackError(f"{name} is damaged: its version is missing or wrong.")
    if version > SCHEMA_VERSION:
        raise PackError(
            f"{name} was saved by a newer version of Briefpack (pack format {version}); "
            "update Briefpack to open it."
        )
    data = document.get("pack")
    if not isinstance(data, dict):
        raise PackError(f"{name} is damaged: it holds no pack.")
    try:
        return Pack.from_dict(data)
    except PackError as error:
        raise PackError(f"{name} is damaged: {error.message}") from error
    except (TypeError, ValueError) as error:
        raise PackError(f"{name} is damaged: {error}.") from error


def load_pack(path: Path | str) -> Pack:
    """Reads a .briefpack file; PackError with a plain sentence when it cannot."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PackError(f"{path.name} is too large to be a briefing pack.")
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise PackError(f"There is no briefing pack at {path}.") from error
    except IsADirectoryError as error:
        raise PackError(f"{path.name} is a folder, not a briefing pack.") from error
    except OSError as error:
        raise PackError(f"{path.name} could not be read: {error.strerror or error}.") from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PackError(f"{path.name} is damaged and cannot be read as a briefing pack.") from error
    return pack_from_json(text, path.name)


def save_pack(pack: Pack, path: Path | str) -> None:
    """Writes the pack in one step: a failure leaves any earlier file as it was."""
    from briefpack.export.atomic import atomic_writer

    data = pack_to_json(pack).encode("utf-8")
    with atomic_writer(path, error=PackError) as stream:
        stream.write(data)
