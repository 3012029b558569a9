"""`briefpack` with options only opens the app, without loading the commands first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefpack.cli import main as cli


def test_options_only_open_the_app_with_them(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    opened = []
    monkeypatch.setattr(cli, "open_app", lambda args: opened.append(args) or 0)
    library = tmp_path / "lib.sqlite3"
    assert cli.main(["--library", str(library), "--samples"]) == 0
    assert opened[0].library == library and opened[0].samples and opened[0].command is None
    assert cli.main([]) == 0 and opened[1].library is None


def test_a_command_after_the_options_still_runs_it(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.setattr(cli, "open_app", lambda args: pytest.fail("opened the app"))
    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_d219fd84bab783dd.txt"
    assert cli.main(["--library", str(tmp_path / "lib.sqlite3"), "parse", str(seed)]) == 0
    assert "Putin-Trump summit" in capsys.readouterr().out
    assert cli.main(["--help"]) == 0
    assert "export" in capsys.readouterr().out  # the commands are listed in the help


def test_opening_the_app_loads_neither_library_nor_composer() -> None:
    """In a fresh interpreter: what `briefpack` imports before it hands over to the app."""
    code = ("import sys\n"
            "from briefpack.cli import main as cli\n"
            "cli.open_app = lambda args: 0\n"
            "assert cli.main(['--library', 'x.sqlite3']) == 0\n"
            "print(' '.join(sorted(m for m in sys.modules if m.startswith('briefpack'))))\n"
            "print('multiprocessing' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert "briefpack.library" not in out[0].split()
    assert "briefpack.briefing" not in out[0].split()
    assert out[1] == "False"
