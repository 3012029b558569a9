"""Shipped files (taxonomy, fonts, Word template, sample statements) via importlib.resources.

resources/ and seeds/ sit at the top of the repository and are installed as the packages
`briefpack.resources` and `briefpack.seeds`, so these calls work installed, editable and frozen.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A file or folder under resources/, e.g. resource("fonts", "NotoSans-Regular.ttf")."""
    node = resources.files("briefpack.resources")
    for part in parts:
        node = node / part
    return node


def sample_statements() -> list[Traversable]:
    """The statements in seeds/, the sample library, in name order."""
    folder = resources.files("briefpack.seeds")
    return sorted(
        (item for item in folder.iterdir() if item.name.endswith(".txt")),
        key=lambda item: item.name,
    )
