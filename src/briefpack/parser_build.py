"""Which build of the parser runs: compiled by mypyc (setup.py) or the Python source.

The package briefpack.parsing is type-annotated Python that the install compiles into C
extension modules beside the .py files; Python then imports the compiled ones. This module
tells which is in use, finds compiled modules older than their source (an edit since the last
`make install`), and can make this process import the source instead (BRIEFPACK_PURE_PYTHON=1).
It must not import briefpack.parsing itself: it is asked before that import.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

PARSER_PACKAGE = "briefpack.parsing"
PARSER_FOLDER = Path(__file__).resolve().parent / "parsing"


def compiled_modules(folder: Path = PARSER_FOLDER) -> dict[Path, Path]:
    """Each source file of the parser that has a compiled module beside it -> that module."""
    found: dict[Path, Path] = {}
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for module in folder.glob(f"*{suffix}"):
            source = module.with_name(module.name[: -len(suffix)] + ".py")
            if source.is_file():
                found.setdefault(source, module)
    return found


def stale_compiled_modules(folder: Path = PARSER_FOLDER) -> list[Path]:
    """Source files edited after their compiled module was built: Python would run the old
    code. Only meaningful in a source checkout, where the build happens in place."""
    return sorted(
        source
        for source, module in compiled_modules(folder).items()
        if source.stat().st_mtime > module.stat().st_mtime
    )


def parser_build() -> str:
    """"compiled" or "source", for the parser this process imports (importing it)."""
    import briefpack.parsing as parsing

    name = Path(parsing.__file__ or "").name
    return "compiled" if name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)) else "source"


class _ParserSourceFinder(importlib.abc.MetaPathFinder):
    """Finds briefpack.parsing and its modules as .py files, passing over compiled ones."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != PARSER_PACKAGE and not fullname.startswith(PARSER_PACKAGE + "."):
            return None
        name = fullname.rpartition(".")[2]
        for entry in path or ():
            package = Path(entry) / name / "__init__.py"
            if package.is_file():
                return importlib.util.spec_from_file_location(
                    fullname, package, submodule_search_locations=[str(package.parent)]
                )
            module = Path(entry) / f"{name}.py"
            if module.is_file():
                return importlib.util.spec_from_file_location(fullname, module)
        return None


def use_parser_source() -> None:
    """From now on this process imports the parser from its .py files (not yet imported)."""
    if PARSER_PACKAGE in sys.modules:
        raise RuntimeError("the parser is already imported")
    if not any(isinstance(finder, _ParserSourceFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _ParserSourceFinder())
