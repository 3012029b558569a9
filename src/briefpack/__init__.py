"""Briefpack: press statements in, briefing packs out."""

import os

__version__ = "0.1.0"

# The parser is compiled at install (setup.py); this runs its Python source instead, to compare
# the two or to debug. Set before anything imports briefpack.parsing; worker processes inherit it.
if os.environ.get("BRIEFPACK_PURE_PYTHON") == "1":
    from briefpack.parser_build import use_parser_source

    use_parser_source()
