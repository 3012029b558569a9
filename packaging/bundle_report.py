"""The size of a built bundle and what dominates it.

    .venv/bin/python packaging/bundle_report.py dist/briefpack [--max-mb 200]

Prints the total unpacked size, the 10 largest components (a Python package, a Qt folder, one
shared library) and the 10 largest files; exits 1 when the total is over --max-mb.
Symbolic links (PyInstaller links Qt libraries into _internal/) are not counted twice.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

MB = 1024 * 1024
# Folders split one level further, because they hold several things worth telling apart.
SPLIT = {("PySide6",), ("PySide6", "Qt"), ("python3.11",)}


def component(relative: Path) -> str:
    parts = relative.parts
    if len(parts) == 1:
        return f"{parts[0]} (the program, with the Python modules' archive)"
    if parts[0] == "_internal":
        parts = parts[1:]
    depth = 1
    while depth < len(parts) and tuple(parts[:depth]) in SPLIT:
        depth += 1
    return "/".join(parts[:depth])


def report(bundle: Path) -> tuple[int, Counter[str], list[tuple[int, str]]]:
    components: Counter[str] = Counter()
    files: list[tuple[int, str]] = []
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        relative = path.relative_to(bundle)
        components[component(relative)] += size
        files.append((size, str(relative)))
    files.sort(reverse=True)
    return sum(components.values()), components, files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--max-mb", type=float, default=None)
    args = parser.parse_args()
    total, components, files = report(args.bundle)
    print(f"bundle {args.bundle}: {total / MB:.1f} MB unpacked, {len(files)} files")
    print("largest components:")
    for name, size in components.most_common(10):
        print(f"  {size / MB:7.1f} MB  {name}")
    print("largest files:")
    for size, name in files[:10]:
        print(f"  {size / MB:7.1f} MB  {name}")
    if args.max_mb is not None and total > args.max_mb * MB:
        print(f"bundle is over the {args.max_mb:g} MB goal")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
