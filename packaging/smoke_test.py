"""Smoke-test a built bundle: run the frozen program as a user would, check what it writes.

    .venv/bin/python packaging/smoke_test.py dist/briefpack

Checks, each on the bundle's own executable (never the venv's Briefpack):
1. `--version` prints the version in pyproject.toml's package and a compiled parser (setup.py);
2. `samples` fills a new library from the bundled seeds (importlib.resources, frozen);
3. `import` of 400+ statements, which spawns worker processes (multiprocessing, frozen);
4. `export` of the Helsinki summit to DOCX and PDF, opened as the export tests open them:
   python-docx finds a quote by Anna Neistat, pypdf reads the PDF's text;
5. the desktop app opened offscreen (QT_QPA_PLATFORM=offscreen) that quits on a timer
   (BRIEFPACK_QUIT_AFTER_MS), exits 0 without a traceback, and on first start loaded the
   samples into its library.
The checking runs in this (the venv's) Python: python-docx and pypdf come from there.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx
import pypdf

ROOT = Path(__file__).resolve().parent.parent
NEISTAT_QUOTE = "Presidents Putin and Trump have been toxic for human rights."
IMPORT_FILES = 420  # above briefpack.library.importing.PARALLEL_MIN_FILES (400): workers start


class SmokeFailure(Exception):
    pass


def expected_version() -> str:
    for line in (ROOT / "src" / "briefpack" / "__init__.py").read_text().splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SmokeFailure("no __version__ in src/briefpack/__init__.py")


class Bundle:
    def __init__(self, folder: Path, home: Path) -> None:
        self.program = folder / ("briefpack.exe" if sys.platform == "win32" else "briefpack")
        if not self.program.is_file():
            raise SmokeFailure(f"no program at {self.program}")
        # A private home: settings and data folders of this run only, never the user's.
        self.env = dict(os.environ)
        for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                          ("XDG_RUNTIME_DIR", "runtime")):
            path = home / sub
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.env[name] = str(path)
        self.env.pop("PYTHONPATH", None)

    def run(self, *args: str, timeout: float = 180, env: dict[str, str] | None = None,
            ) -> subprocess.CompletedProcess[str]:
        started = time.monotonic()
        result = subprocess.run([str(self.program), *args], capture_output=True, text=True,
                                timeout=timeout, env={**self.env, **(env or {})})
        took = time.monotonic() - started
        print(f"  briefpack {' '.join(args)[:70]}  ->  exit {result.returncode} ({took:.1f} s)")
        if result.returncode != 0 or "Traceback" in result.stderr:
            raise SmokeFailure(f"briefpack {' '.join(args)} failed (exit {result.returncode}):\n"
                               f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
        return result


def helsinki_id(bundle: Bundle, library: Path) -> int:
    summits = json.loads(bundle.run("--library", str(library), "summits", "--json").stdout)
    for summit in summits:
        if summit.get("location") == "Helsinki":
            return int(summit["id"])
    raise SmokeFailure(f"no Helsinki summit in {[s.get('location') for s in summits]}")


def check_version(bundle: Bundle, work: Path, args: argparse.Namespace) -> None:
    output = bundle.run("--version").stdout.strip()
    # The bundle is built from a compiled install (setup.py): a source parser runs 1.2x slower.
    if output != f"briefpack {expected_version()} (parser: compiled)":
        raise SmokeFailure(f"--version printed {output!r}")


def check_export(bundle: Bundle, work: Path, args: argparse.Namespace) -> None:
    library = work / "samples.sqlite3"
    bundle.run("--library", str(library), "samples")
    summit = str(helsinki_id(bundle, library))
    word, pdf = work / "helsinki.docx", work / "helsinki.pdf"
    for target in (word, pdf):
        bundle.run("--library", str(library), "export", "--summit", summit,
                   "--title", "Helsinki briefing", "-o", str(target))
    document = docx.Document(str(word))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    joined = " ".join(" ".join(texts).split())
    if "Anna Neistat" not in joined or NEISTAT_QUOTE not in joined:
        raise SmokeFailure("the DOCX lacks Anna Neistat's quote")
    reader = pypdf.PdfReader(pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for needle in ("Helsinki briefing", "Anna Neistat", NEISTAT_QUOTE):
        if needle not in text:
            raise SmokeFailure(f"the PDF's text lacks {needle!r}")
    print(f"  DOCX {word.stat().st_size // 1024} KB and PDF {pdf.stat().st_size // 1024} KB "
          f"({len(reader.pages)} pages) hold Anna Neistat's quote")


def check_worker_import(bundle: Bundle, work: Path, args: argparse.Namespace) -> None:
    folder = work / "statements"
    folder.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for number in range(IMPORT_FILES):
        text = seeds[number % len(seeds)].read_text(encoding="utf-8")
        # A distinct line per copy, so no copy is skipped as already imported.
        (folder / f"{number:04}.txt").write_text(f"{text}\n\nSmoke copy {number}.\n",
                                                 encoding="utf-8")
    library = work / "import.sqlite3"
    output = bundle.run("--library", str(library), "import", str(folder), timeout=600).stdout
    if not output.startswith(f"{IMPORT_FILES} statements imported"):
        raise SmokeFailure(f"the import of {IMPORT_FILES} files said: {output[:500]}")
    print(f"  {output.splitlines()[0]}")


def check_app(bundle: Bundle, work: Path, args: argparse.Namespace) -> None:
    quit_after_ms = args.quit_after_ms
    library = work / "app.sqlite3"
    env = {"QT_QPA_PLATFORM": "offscreen", "BRIEFPACK_QUIT_AFTER_MS": str(quit_after_ms)}
    result = bundle.run("--library", str(library), env=env, timeout=quit_after_ms / 1000 + 120)
    if result.stderr.strip():
        print("  the app said on stderr:\n    " + result.stderr.strip().replace("\n", "\n    "))
    if not library.is_file():
        raise SmokeFailure("the app did not open its library")
    helsinki_id(bundle, library)  # the first start loaded the samples into it
    print("  the app opened offscreen, loaded the samples and quit")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle, e.g. dist/briefpack")
    parser.add_argument("--quit-after-ms", type=int, default=10000,
                        help="how long the app stays open before its timer quits it")
    args = parser.parse_args()
    checks = [("version", check_version), ("export", check_export),
              ("worker processes", check_worker_import), ("desktop app", check_app)]
    with tempfile.TemporaryDirectory(prefix="briefpack-smoke-") as temp:
        work = Path(temp)
        try:
            bundle = Bundle(args.bundle.resolve(), work / "home")
            for name, check in checks:
                print(f"smoke test: {name}")
                check(bundle, work, args)
        except (SmokeFailure, subprocess.TimeoutExpired) as error:
            print(f"smoke test FAILED: {error}", file=sys.stderr)
            return 1
    print("smoke test: all passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
