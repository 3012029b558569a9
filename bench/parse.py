"""Parse speed: 1,000 synthetic statements on one core. Last line: `parse: N statements/s`.

python bench/parse.py [N] [--profile]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefpack.parser_build import parser_build  # noqa: E402
from briefpack.parsing import parse_statement  # noqa: E402
from corpus import generate_statements  # noqa: E402


def run(statements: list[tuple[str, str]]) -> int:
    found = 0
    for name, text in statements:
        found += len(parse_statement(text, name).quotes)
    return found


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv and argv[0].isdigit() else 1000
    statements = generate_statements(n)
    # One warm-up parse: the taxonomy and gazetteer regexes compile once per process.
    run(statements[:1])
    if "--profile" in argv:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(run, statements)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    started = time.perf_counter()
    quotes = run(statements)
    elapsed = time.perf_counter() - started
    size = sum(len(text) for _, text in statements) / max(1, n)
    print(f"{n} statements, {size:.0f} characters on average, {quotes} quotes found")
    # Compiled by mypyc at install (setup.py) unless BRIEFPACK_PURE_PYTHON=1.
    print(f"parser build: {parser_build()}")
    print(f"parse: {n / elapsed:.0f} statements/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
