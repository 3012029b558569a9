"""The library commands, run through `briefpack.cli.main.main` as a user or a script would."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from briefpack.cli.main import main
from briefpack.model.serialize import statement_to_dict
from briefpack.parsing import parse_statement

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HELSINKI = SEEDS / "000_d219fd84bab783dd.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> object:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_samples_fill_a_new_library_once(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    library = tmp_path / "new" / "library.sqlite3"
    code, out, err = run(capsys, "--library", library, "samples")
    assert code == 0 and err == ""
    assert out.startswith("2 statements imported, 0 duplicates, 0 files skipped")
    code, out, _ = run(capsys, "--library", library, "samples")
    assert code == 0 and out.startswith("0 statements imported, 2 duplicates")
    shown = run_json(capsys, "--library", library, "show", "2")
    assert isinstance(shown, dict) and shown["id"] == 2
    assert shown["title"].startswith("US China Summit")


def test_import_reports_each_skipped_file_with_its_reason_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    library = tmp_path / "library.sqlite3"
    code, out, err = run(capsys, "--library", library, "import", SEEDS, empty,
                         tmp_path / "gone.txt")
    assert code == 1
    assert err == ""  # no progress line when stderr is not a terminal
    assert out.splitlines() == [
        f"2 statements imported, 0 duplicates, 2 files skipped (library: {library})",
        "Skipped:",
        f"  {empty}: file is empty",
        f"  {tmp_path / 'gone.txt'}: no such file or folder",
    ]
    code, out, _ = run(capsys, "--library", library, "import", HELSINKI)
    assert code == 0
    assert out.splitlines()[1:] == ["Already in the library:", f"  {HELSINKI}  (statement 1)"]


def test_import_shows_progress_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    code, _, _ = run(capsys, "--library", tmp_path / "l.sqlite3", "import", SEEDS)
    assert code == 0
    shown = terminal.getvalue()
    assert "\r2/2  003_8882bca8dc2272cf.txt: imported" in shown
    assert shown.endswith("\r")  # the line is wiped before the summary


def test_summits_json_has_the_documented_fields(
    capsys: pytest.CaptureFixture[str], filled_library: Path
) -> None:
    summits = run_json(capsys, "--library", filled_library, "summits")
    assert summits == [
        {"id": 1, "label": "Helsinki summit",
         "leaders": [{"name": "Vladimir Putin", "country": "RU", "role": None},
                     {"name": "Donald Trump", "country": "US", "role": None}],
         "location": "Helsinki", "location_country": None, "when": "on Monday",
         "dates": ["2018-07-16"], "statements": [1, 2]},
        {"id": 2, "label": "Florida summit",
         "leaders": [{"name": "Donald Trump", "country": "US", "role": None},
                     {"name": "Xi Jinping", "country": "CN", "role": None}],
         "location": "Florida", "location_country": None, "when": "on Monday",
         "dates": [], "statements": [3]},
    ]
    code, out, _ = run(capsys, "--library", filled_library, "summits")
    assert code == 0 and "   1  Helsinki summit" in out and "2 statements: 1, 2" in out


def test_quotes_filtered_by_summit_issue_and_speaker(
    capsys: pytest.CaptureFixture[str], filled_library: Path
) -> None:
    base = ("--library", filled_library, "quotes")
    every = run_json(capsys, *base)
    assert isinstance(every, list) and len(every) == 3
    assert every[0]["id"].endswith(":quote:0") and every[0]["statement"] == 1
    assert every[0]["speaker"]["name"] == "Anna Neistat" and every[0]["issues"] == ["torture"]
    assert [q["statement"] for q in run_json(capsys, *base, "--summit", "2")] == [3]
    assert [q["statement"] for q in run_json(capsys, *base, "--speaker", "SHETTY")] == [3]
    assert run_json(capsys, *base, "--issue", "yemen") == []
    code, _, err = run(capsys, *base, "--summit", "99")
    assert code == 2 and "no summit with id 99" in err


def test_issues_listing(capsys: pytest.CaptureFixture[str], filled_library: Path) -> None:
    issues = run_json(capsys, "--library", filled_library, "issues", "--summit", "1")
    assert issues == [{"id": "torture", "label": "Torture and ill-treatment", "paragraphs": 2}]


def test_show_by_id_or_key_and_search(
    capsys: pytest.CaptureFixture[str], filled_library: Path
) -> None:
    shown = run_json(capsys, "--library", filled_library, "show", "3")
    assert isinstance(shown, dict) and shown["summit_ids"] == [2]
    code, out, _ = run(capsys, "--library", filled_library, "show", shown["key"][:8])
    assert code == 0 and out.startswith("Statement 3: Florida statement")
    assert "Salil Shetty" in out
    code, _, err = run(capsys, "--library", filled_library, "show", "77")
    assert code == 2 and "no statement '77'" in err
    hits = run_json(capsys, "--library", filled_library, "search", "Shetty")
    assert [(hit["kind"], hit["statement"], hit["id"]) for hit in hits] == [
        ("statement", 3, shown["key"]), ("quote", 3, f"{shown['key']}:quote:0")]


def test_parse_prints_the_statement_as_json_without_a_library(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("briefpack.paths.default_library_path", lambda: tmp_path / "never")
    data = run_json(capsys, "parse", HELSINKI)
    text = HELSINKI.read_text(encoding="utf-8")
    assert data == statement_to_dict(parse_statement(text, HELSINKI.name))
    assert not (tmp_path / "never").exists()
    code, _, err = run(capsys, "parse", tmp_path / "missing.txt")
    assert code == 1 and "missing.txt: no such file" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "quotes", "--summit", "one")[0] == 2
    assert run(capsys, "import")[0] == 2


def test_a_locked_library_is_a_sentence_not_a_traceback(
    capsys: pytest.CaptureFixture[str], filled_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefpack.library import Library

    real_open = Library.open.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(Library, "open", classmethod(
        lambda cls, path, **kw: real_open(cls, path, busy_timeout=0.1)))
    other = sqlite3.connect(filled_library, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        code, out, err = run(capsys, "--library", filled_library, "import", HELSINKI)
    finally:
        other.close()
    assert code == 1 and out == ""
    assert err.startswith(f"briefpack: Cannot open the library {filled_library}: it is locked")


def test_reparse_tags_statements_with_issues_added_since(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    """A user adds an issue to their own issues.toml: `reparse` tags the statements already
    in the library with it; what else was found stays as it was."""
    from briefpack.paths import user_taxonomy_path

    library = tmp_path / "lib.sqlite3"
    assert run(capsys, "--library", library, "import", HELSINKI)[0] == 0
    summit = run_json(capsys, "--library", library, "summits")[0]["id"]
    quotes = run_json(capsys, "--library", library, "quotes", "--summit", summit)
    assert all(quote.get("speaker") for quote in quotes)
    assert "Leaders on trial" not in run(capsys, "--library", library, "issues")[1]

    user_taxonomy_path().parent.mkdir(parents=True, exist_ok=True)
    user_taxonomy_path().write_text(
        '[[issue]]\nid = "leaders"\nlabel = "Leaders on trial"\n'
        'phrases = ["presidents putin and trump"]\n', encoding="utf-8")
    code, out, _err = run(capsys, "--library", library, "reparse")
    assert code == 0 and "1 statement parsed again" in out
    assert "Leaders on trial" in run(capsys, "--library", library, "issues")[1]
    again = run_json(capsys, "--library", library, "quotes", "--summit", summit)
    assert "leaders" in again[0]["issues"] and "leaders" not in quotes[0]["issues"]
    assert [{**quote, "issues": None} for quote in again] == \
        [{**quote, "issues": None} for quote in quotes]


def test_remove_takes_statements_out_and_names_them(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    assert run(capsys, "--library", library, "import", SEEDS)[0] == 0
    summits = run_json(capsys, "--library", library, "summits")
    helsinki = next(s for s in summits if s["location"] == "Helsinki")["statements"]
    code, out, err = run(capsys, "--library", library, "remove", *helsinki, 12345)
    assert code == 1 and "removed 000_d219fd84bab783dd.txt" in out and "12345" not in out
    assert "no statement" in err
    assert [s["location"] for s in run_json(capsys, "--library", library, "summits")] == \
        ["Florida"]
