"""Rules of the layout that a style guide alone would let erode."""

from __future__ import annotations

import subprocess
import sys

ENGINE_PACKAGES = [
    "briefpack",
    "briefpack.model",
    "briefpack.importers",
    "briefpack.parsing",
    "briefpack.library",
    "briefpack.briefing",
    "briefpack.export",
    "briefpack.cli",
]


def test_only_gui_imports_pyside6() -> None:
    # A fresh interpreter, so modules other tests imported do not hide an import.
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {ENGINE_PACKAGES!r}:\n"
        "    package = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(package.__path__, name + '.'):\n"
        "        if info.name.startswith('briefpack.gui') or info.name.endswith('__main__'):\n"
        "            continue\n"
        "        importlib.import_module(info.name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
