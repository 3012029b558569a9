"""Entry point; the library/CLI work fills in the subcommands."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    print("briefpack: command line not built yet", file=sys.stderr)
    return 2
