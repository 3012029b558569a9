"""The compiled parser (mypyc, setup.py) gives exactly what its Python source gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from briefpack.parser_build import compiled_modules, parser_build, stale_compiled_modules

REPO = Path(__file__).resolve().parents[2]

# Parses the seeds and 300 synthetic statements (varied leaders, quotes, contacts, datelines)
# and prints their JSON: run once compiled and once from source, the two must be equal.
_PARSE_ALL = f"""
import json, sys
sys.path.insert(0, {str(REPO / "bench")!r})
from corpus import generate_statements
from pathlib import Path
from briefpack.parser_build import parser_build
from briefpack.parsing import parse_statement
from briefpack.model.serialize import statement_to_dict
seeds = sorted(Path({str(REPO / "seeds")!r}).glob("*.txt"))
texts = [(p.name, p.read_text(encoding="utf-8")) for p in seeds]
texts += generate_statements(300)
print(json.dumps({{"build": parser_build(),
                  "parsed": [statement_to_dict(parse_statement(t, n)) for n, t in texts]}}))
"""


def _parse_all(pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "BRIEFPACK_PURE_PYTHON"}
    if pure:
        env["BRIEFPACK_PURE_PYTHON"] = "1"
    result = subprocess.run([sys.executable, "-c", _PARSE_ALL], capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.skipif(not compiled_modules(), reason="the parser is not compiled in this install")
@pytest.mark.skipif(bool(stale_compiled_modules()),
                    reason="the compiled parser is older than its source (BRIEFPACK_PURE_PYTHON=1)")
def test_compiled_and_source_parsers_agree() -> None:
    compiled, source = _parse_all(pure=False), _parse_all(pure=True)
    assert (compiled["build"], source["build"]) == ("compiled", "source")
    assert len(compiled["parsed"]) == 302
    for mine, theirs in zip(compiled["parsed"], source["parsed"], strict=True):
        assert mine == theirs, mine["source"]
    # Not a vacuous comparison: the statements have quotes, summits and contacts.
    assert sum(len(s["quotes"]) for s in compiled["parsed"]) > 1000
    assert all(s["summits"] for s in compiled["parsed"])


def test_stale_compiled_module_is_found(tmp_path: Path) -> None:
    source, module = tmp_path / "quotes.py", tmp_path / f"quotes{EXTENSION_SUFFIXES[0]}"
    module.write_bytes(b"")
    source.write_text("x = 1\n")
    os.utime(module, (1_000_000, 1_000_000))
    os.utime(source, (2_000_000, 2_000_000))
    assert stale_compiled_modules(tmp_path) == [source]
    os.utime(module, (3_000_000, 3_000_000))
    assert stale_compiled_modules(tmp_path) == []


def test_source_build_can_be_forced() -> None:
    env = dict(os.environ, BRIEFPACK_PURE_PYTHON="1")
    code = ("from briefpack.parser_build import parser_build; import briefpack.parsing.quotes as q;"
            "print(parser_build(), q.__file__.endswith('.py'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.stdout.split() == ["source", "True"], result.stderr


def test_version_names_the_parser_build() -> None:
    result = subprocess.run([sys.executable, "-m", "briefpack", "--version"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(f"(parser: {parser_build()})")
