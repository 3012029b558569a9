"""How long importing 10,000 statement files into a new library takes (goal: at most 15 s).

    .venv/bin/python bench/import.py [N]

Writes N synthetic statements (bench/corpus.py) as .txt files to a temporary folder, then times
`Library.import_all` on that folder: reading, decoding, parsing, storing, grouping summits and
indexing for search, one transaction per file. The last line is the figure; the line before
gives the CPU time of this process and of the worker processes (on a busy machine the
wall-clock figure wanders, the CPU times much less).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _fallback_statements(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """Seed statements with leaders, places and speakers swapped, if corpus.py is missing."""
    seeds = sorted((HERE.parent / "seeds").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in seeds]
    swaps = [
        ("Putin", "Macron"),
        ("Trump", "Merkel"),
        ("Helsinki", "Vienna"),
        ("Neistat", "Struthers"),
        ("Xi Jinping", "Narendra Modi"),
        ("Florida", "Osaka"),
        ("Shetty", "Callamard"),
        ("Huang", "Roth"),
    ]
    rng = random.Random(seed)
    found = []
    for number in range(n):
        text = texts[number % len(texts)]
        for old, new in rng.sample(swaps, k=3):
            text = text.replace(old, new)
        found.append((f"statement-{number:05}.txt", f"{text}\nReference {number}.\n"))
    return found


def statements(n: int) -> list[tuple[str, str]]:
    try:
        from corpus import generate_statements  # type: ignore[import-not-found]
    except ImportError:
        return _fallback_statements(n)
    return generate_statements(n, seed=0)


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    from briefpack.library import Library

    with tempfile.TemporaryDirectory(prefix="briefpack-bench-") as temp:
        folder = Path(temp) / "statements"
        folder.mkdir()
        for name, text in statements(n):
            (folder / Path(name).with_suffix(".txt").name).write_text(text, encoding="utf-8")
        started = time.perf_counter()
        cpu, children = time.process_time(), _children_cpu()
        with Library.open(Path(temp) / "library.sqlite3") as library:
            report = library.import_all([folder], workers=None)
            summits = len(library.summits())
        elapsed = time.perf_counter() - started
        cpu, children = time.process_time() - cpu, _children_cpu() - children
        size = (Path(temp) / "library.sqlite3").stat().st_size / 1e6
    print(
        f"imported {len(report.imported)}, duplicates {len(report.duplicates)}, "
        f"skipped {len(report.skipped)}; {summits} summits; library {size:.0f} MB"
    )
    for path, reason in report.skipped[:5]:
        print(f"  skipped {path.name}: {reason}")
    from briefpack.parser_build import parser_build

    print(f"CPU {cpu:.1f} s in this process, {children:.1f} s in worker processes"
          f" (parser build: {parser_build()})")
    print(f"import: {len(report.imported)} statements in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
