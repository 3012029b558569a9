"""How fast statements are imported from each format: 1,000 files, a quarter each .txt,
.docx, .pdf and .html, of seed size, made from the seeds with small variations.

    .venv/bin/python bench/import_formats.py [--files 1000] [--keep DIR] [--no-parse]

Runs on one core (one process, one thread). For each format, its files are imported into a
new library (`Library.import_all(..., workers=0)`: reading, parsing, storing, grouping
summits, indexing for search; the library file in a temporary folder, opened and closed
inside the timing); that rate is the figure judged against the goals and the last line's
summary. Beside it, as a breakdown, the rates of reading alone (the importers) and of reading
and parsing. Rates are from the process's CPU time (time.process_time), so other work on a
shared machine does not halve them; the wall-clock rate of the import is printed beside.
With --no-parse (or without the parser) only reading is timed, and summarised.
Goals: at least 100 PDF files/s and 300 DOCX files/s.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FORMATS = ("txt", "docx", "pdf", "html")
GOALS = {"pdf": 100, "docx": 300}


def _load_makers():
    path = REPO / "tests" / "importers" / "statement_files.py"
    spec = importlib.util.spec_from_file_location("bench_statement_files", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


WORDS = ("urgently", "today", "again", "now", "firmly", "clearly", "publicly", "jointly")


def _variant(text: str, number: int, rng: random.Random) -> str:
    """The seed with a numbered title, one word added per paragraph and a paragraph moved."""
    lines = text.split("\n")
    lines[0] = f"{lines[0]} ({number})"
    body = [i for i, line in enumerate(lines[1:], start=1) if len(line) > 120]
    for index in rng.sample(body, k=min(3, len(body))):
        words = lines[index].split(" ")
        spot = rng.randrange(1, len(words))
        words.insert(spot, rng.choice(WORDS))
        lines[index] = " ".join(words)
    if len(body) > 2:
        a, b = rng.sample(body, 2)
        lines[a], lines[b] = lines[b], lines[a]
    return "\n".join(lines)


def make_corpus(folder: Path, count: int) -> dict[str, list[Path]]:
    makers = _load_makers()
    if makers.font_paths() is None:
        raise SystemExit("no TrueType font (Noto Sans or DejaVu Sans) to write PDFs with")
    seeds = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    rng = random.Random(6)
    made: dict[str, list[Path]] = {kind: [] for kind in FORMATS}
    for number in range(count):
        kind = FORMATS[number % len(FORMATS)]
        # Each format gets both seeds in turn (3 KB Helsinki, 5.4 KB Florida): numbering by
        # number % 2 gave .txt and .pdf only the short one and .docx and .html the long one.
        text = _variant(seeds[(number // len(FORMATS)) % len(seeds)], number, rng)
        path = folder / f"statement-{number:05d}.{kind}"
        if kind == "txt":
            path.write_text(text, encoding="utf-8")
        else:
            getattr(makers, f"make_{kind}")(text, path)
        made[kind].append(path)
    return made


def measure(paths: list[Path], parse) -> tuple[float, float, float | None]:
    """(CPU seconds reading, wall seconds reading, CPU seconds parsing or None)."""
    from briefpack.importers import read_file

    for path in paths[:3]:  # warm caches and lazy imports, as a running app would have
        read_file(path)
    wall, cpu = time.perf_counter(), time.process_time()
    texts = [item for path in paths for item in read_file(path)]
    read_cpu, read_wall = time.process_time() - cpu, time.perf_counter() - wall
    parse_seconds = None
    if parse is not None:
        item = texts[0]  # warm the parser's compiled patterns and issue list, as above
        parse(item.text, item.source, title=item.title, date=item.date, url=item.url)
        cpu = time.process_time()
        for item in texts:
            parse(item.text, item.source, title=item.title, date=item.date, url=item.url)
        parse_seconds = time.process_time() - cpu
    return read_cpu, read_wall, parse_seconds


def measure_import(paths: list[Path], scratch: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of importing `paths` into a new library in this process.

    Opening the new library (schema, issue list) and closing it are timed with the import:
    they are part of importing into a new library. Every file must be imported, or the rate
    would flatter a reader that refuses files."""
    from briefpack.library import Library

    folder = Path(tempfile.mkdtemp(prefix="library-", dir=scratch))
    wall, cpu = time.perf_counter(), time.process_time()
    with Library.open(folder / "library.sqlite3") as library:
        report = library.import_all(paths, workers=0)
    seconds, wall_seconds = time.process_time() - cpu, time.perf_counter() - wall
    if len(report.imported) != len(paths):
        reasons = "; ".join(f"{path.name}: {reason}" for path, reason in report.skipped[:3])
        raise SystemExit(f"imported {len(report.imported)} of {len(paths)} files, "
                         f"{len(report.duplicates)} duplicates; {reasons}")
    return seconds, wall_seconds


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("--files", type=int, default=1000)
    arguments.add_argument("--keep", type=Path, help="make the files in this folder and keep them")
    arguments.add_argument("--no-parse", action="store_true")
    options = arguments.parse_args()

    parse = None
    if not options.no_parse:
        try:
            from briefpack.parsing import parse_statement as parse
        except ImportError:
            print("parser not available: reading only")

    with tempfile.TemporaryDirectory() as scratch:
        folder = options.keep or Path(scratch) / "files"
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        corpus = make_corpus(folder, options.files)
        print(f"made {options.files} files in {time.perf_counter() - started:.1f} s")
        rates: dict[str, float] = {}  # the judged figure: import, or reading without a parser
        for kind in FORMATS:
            paths = corpus[kind]
            count = len(paths)
            read_seconds, read_wall, parse_seconds = measure(paths, parse)
            line = f"{kind:>5}: {count} files"
            if parse_seconds is None:
                rates[kind] = count / read_seconds
                line += (f", read {rates[kind]:6.0f} files/s "
                         f"(wall clock {count / read_wall:4.0f})")
            else:
                import_seconds, import_wall = measure_import(paths, Path(scratch))
                rates[kind] = count / import_seconds
                line += (f", import {rates[kind]:5.0f} files/s "
                         f"(wall clock {count / import_wall:4.0f}); "
                         f"read {count / read_seconds:5.0f}, "
                         f"read and parse {count / (read_seconds + parse_seconds):4.0f}")
            goal = GOALS.get(kind)
            if goal:
                line += f"  (goal {goal}/s: {'met' if rates[kind] >= goal else 'NOT met'})"
            print(line, flush=True)
    summary = ", ".join(f"{kind} {rates[kind]:.0f}/s" for kind in FORMATS)
    print(f"import_formats: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
