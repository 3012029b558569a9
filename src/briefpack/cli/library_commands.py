"""Commands over the library: import, samples, summits, issues, quotes, show, search, parse.

Listing commands print a readable table, or with --json an array of objects each with a stable
`id`, so scripts can drive Briefpack. Exit codes: 0 ok, 1 some inputs failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from briefpack.cli.common import ProgressLine, add_json_option, open_library, print_json
from briefpack.errors import FileRefused
from briefpack.importers import read_file
from briefpack.library import ImportCancelled, ImportReport, Library, LibraryQuote, SearchHit
from briefpack.model import Leader, Statement, StoredStatement, Summit
from briefpack.model.serialize import statement_to_dict

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "import", help="import statement files and folders into the library")
    command.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    command.set_defaults(handler=import_command)

    command = subparsers.add_parser(
        "samples", help="fill the library with the sample statements (seeds/)")
    command.set_defaults(handler=samples_command)

    command = subparsers.add_parser(
        "remove", help="take statements out of the library (their corrections are kept for "
        "when the file is imported again)")
    command.add_argument("ids", nargs="+", type=int, metavar="STATEMENT")
    command.set_defaults(handler=remove_command)

    command = subparsers.add_parser(
        "reparse", help="parse every statement again (after the issue list or Briefpack "
        "changed); corrections are kept")
    command.set_defaults(handler=reparse_command)

    command = subparsers.add_parser("summits", help="list summits gathered across statements")
    add_json_option(command)
    command.set_defaults(handler=summits_command)

    command = subparsers.add_parser("issues", help="list policy issues and how often they come up")
    command.add_argument("--summit", type=int, metavar="ID", help="only this summit's statements")
    add_json_option(command)
    command.set_defaults(handler=issues_command)

    command = subparsers.add_parser("quotes", help="list quotes with their speakers")
    command.add_argument("--summit", type=int, metavar="ID", help="only this summit's statements")
    command.add_argument("--issue", metavar="ID", help="only quotes in paragraphs on this issue")
    command.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker (part of "
                                                            "the name, any case)")
    add_json_option(command)
    command.set_defaults(handler=quotes_command)

    command = subparsers.add_parser("show", help="one statement with everything found in it")
    command.add_argument("statement", metavar="STATEMENT",
                         help="a statement id, or the start of its content key")
    command.add_argument("--json", action="store_true", help="print it as a JSON object")
    command.set_defaults(handler=show_command)

    command = subparsers.add_parser("search", help="full-text search over statements and quotes")
    command.add_argument("text", metavar="TEXT")
    add_json_option(command)
    command.set_defaults(handler=search_command)

    command = subparsers.add_parser(
        "parse", help="parse one file and print what was found (no library needed)")
    command.add_argument("file", type=Path, metavar="FILE")
    command.add_argument("--json", action="store_true",
                         help="print the statement as JSON (an array if the file holds several)")
    command.set_defaults(handler=parse_command)


# --- import ----------------------------------------------------------------------------------


def _run_import(library: Library, paths: list[Path]) -> ImportReport:
    line = ProgressLine()
    job = library.import_files(paths, workers=None)  # worker processes for big imports
    try:
        while True:
            try:
                line.show(next(job))
            except StopIteration as stop:
                return stop.value
    except (ImportCancelled, KeyboardInterrupt):
        job.close()  # the file in hand is rolled back; files done stay
        raise
    finally:
        line.clear()


def _print_report(report: ImportReport, library: Library, *,
                  quiet_duplicates: bool = False) -> None:
    counts = [
        _plural(len(report.imported), "statement") + " imported",
        _plural(len(report.duplicates), "duplicate"),
        _plural(len(report.skipped), "file") + " skipped",
    ]
    print(f"{', '.join(counts)} (library: {library.path})")
    if report.duplicates and not quiet_duplicates:
        print("Already in the library:")
        for item in report.duplicates:
            print(f"  {item.path}  (statement {item.statement_id})")
    if report.skipped:
        print("Skipped:")
        for path, reason in report.skipped:
            print(f"  {path}: {reason}")
    if report.warnings:
        print("Imported with warnings:")
        for path, warning in report.warnings:
            print(f"  {path}: {warning}")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def import_command(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        report = _run_import(library, args.paths)
        _print_report(report, library)
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


def samples_command(args: argparse.Namespace) -> int:
    from briefpack.resource_files import sample_statements

    with open_library(args) as library, contextlib.ExitStack() as stack:
        paths = [stack.enter_context(resources.as_file(item)) for item in sample_statements()]
        report = _run_import(library, paths)
        _print_report(report, library, quiet_duplicates=True)
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


def remove_command(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        removed = library.remove_statements(args.ids)
    for source in removed:
        print(f"removed {source}")
    if len(removed) < len(set(args.ids)):
        print("briefpack: some ids name no statement; `briefpack search` finds them",
              file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


def reparse_command(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        line = ProgressLine()
        job = library.reparse()
        try:
            while True:
                try:
                    line.show(next(job))
                except StopIteration as stop:
                    done = stop.value
                    break
        finally:
            line.clear()
        print(f"{_plural(done, 'statement')} parsed again (library: {library.path})")
    return EXIT_OK


# --- listings --------------------------------------------------------------------------------


def _leader_dict(leader: Leader) -> dict[str, Any]:
    return {"name": leader.name, "country": leader.country, "role": leader.role}


def summit_to_dict(summit: Summit) -> dict[str, Any]:
    return {
        "id": summit.id,
        "label": summit.label,
        "leaders": [_leader_dict(leader) for leader in summit.leaders],
        "location": summit.location,
        "location_country": summit.location_country,
        "when": summit.when,
        "dates": [d.isoformat() for d in summit.dates],
        "statements": list(summit.statement_ids),
    }


def _check_summit(library: Library, summit_id: int | None) -> bool:
    if summit_id is None:
        return True
    try:
        library.summit(summit_id)
    except KeyError:
        print(f"briefpack: no summit with id {summit_id}; `briefpack summits` lists them",
              file=sys.stderr)
        return False
    return True


def summits_command(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        summits = library.summits()
    if args.json:
        print_json([summit_to_dict(summit) for summit in summits])
        return EXIT_OK
    if not summits:
        print("No summits yet: import statements with `briefpack import PATH`.")
    for summit in summits:
        leaders = ", ".join(
            f"{leader.name} ({leader.country})" if leader.country else leader.name
            for leader in summit.leaders
        )
        where = ", ".join(part for part in (summit.location, summit.location_country) if part)
        when = ", ".join(d.isoformat() for d in summit.dates) or summit.when or ""
        details = "; ".join(part for part in (leaders, where, when) if part)
        print(f"{summit.id:>4}  {summit.label}")
        if details:
            print(f"      {details}")
        print(f"      {_plural(len(summit.statement_ids), 'statement')}: "
              + ", ".join(str(i) for i in summit.statement_ids))
    return EXIT_OK


def issues_command(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        if not _check_summit(library, args.summit):
            return EXIT_USAGE
        issues = library.issues(args.summit)
    if args.json:
        print_json([{"id": issue.id, "label": issue.label, "paragraphs": count}
                    for issue, count in issues])
        return EXIT_OK
    width = max((len(issue.id) for issue, _ in issues), default=0)
    for issue, count in issues:
        print(f"{count:>5}  {issue.id:<{width}}  {issue.label}")
    return EXIT_OK


def quote_to_dict(found: LibraryQuote) -> dict[str, Any]:
    speaker = found.quote.speaker
    return {
        "id": found.key,
        "statement": found.statement_id,
        "index": found.index,
        "text": found.quote.text,
        "speaker": {"name": speaker.name, "role": speaker.role,
                    "organisation": speaker.organisation} if speaker else None,
        "kind": found.quote.kind,
        "paragraph": found.quote.paragraph,
        "issues": found.issues,
        "excluded": found.quote.excluded,
    }


def quotes_command(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        if not _check_summit(library, args.summit):
            return EXIT_USAGE
        quotes = library.quotes(args.summit, args.issue, args.speaker)
    if args.json:
        print_json([quote_to_dict(found) for found in quotes])
        return EXIT_OK
    for found in quotes:
        speaker = found.quote.speaker
        who = speaker.name if speaker else "(no speaker)"
        if speaker and speaker.role:
            who += f", {speaker.role}"
        mark = "  [excluded]" if found.quote.excluded else ""
        print(f"{found.statement_id}:{found.index}  \u201c{found.quote.text}\u201d")
        print(f"      \u2014 {who}{mark}")
    return EXIT_OK


def search_hit_to_dict(hit: SearchHit) -> dict[str, Any]:
    return {"id": hit.key, "kind": hit.kind, "statement": hit.statement_id,
            "quote_index": hit.quote_index, "title": hit.title, "speaker": hit.speaker,
            "snippet": hit.snippet}


def search_command(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        hits = library.search(args.text)
    if args.json:
        print_json([search_hit_to_dict(hit) for hit in hits])
        return EXIT_OK
    if not hits:
        print(f"Nothing found for {args.text!r}.")
    for hit in hits:
        where = f"{hit.statement_id}" if hit.quote_index is None else \
            f"{hit.statement_id}:{hit.quote_index}"
        label = hit.title if hit.kind == "statement" else f"quote by {hit.speaker or '?'}"
        print(f"{where:>8}  {label}")
        print(f"          {' '.join(hit.snippet.split())}")
    return EXIT_OK


# --- one statement ---------------------------------------------------------------------------


def _find_statement(library: Library, ref: str) -> StoredStatement | None:
    if ref.isdigit():
        with contextlib.suppress(KeyError):
            return library.statement(int(ref))
    if len(ref) >= 4:
        ids = library.find_statements(ref.lower())
        if len(ids) == 1:
            return library.statement(ids[0])
    return None


def show_command(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        stored = _find_statement(library, args.statement)
        if stored is None:
            print(f"briefpack: no statement {args.statement!r}; give an id or the start of a "
                  "content key", file=sys.stderr)
            return EXIT_USAGE
        summits = [summit for summit in library.summits() if stored.id in summit.statement_ids]
    if args.json:
        data = {"id": stored.id, "path": stored.path, "imported_at": stored.imported_at,
                "summit_ids": [summit.id for summit in summits]}
        print_json(data | statement_to_dict(stored.statement))
        return EXIT_OK
    print(describe_statement(stored.statement, header=f"Statement {stored.id}"))
    return EXIT_OK


def describe_statement(statement: Statement, header: str = "") -> str:
    """The statement as a person reads it on a terminal: what was found, section by section."""
    lines = [f"{header}: {statement.title}" if header else statement.title]
    facts = [("source", statement.source), ("organisation", statement.organisation),
             ("date", statement.date.isoformat() if statement.date else None),
             ("key", statement.key)]
    lines += [f"  {name}: {value}" for name, value in facts if value]
    issues = statement.issues()
    if issues:
        lines.append(f"  issues: {', '.join(issues)}")
    if statement.summits:
        lines.append("Summits:")
        for mention in statement.summits:
            leaders = ", ".join(leader.name for leader in mention.leaders)
            place = mention.location or "?"
            lines.append(f"  {mention.label or '(no label)'}: {leaders}; {place}; "
                         f"{mention.when or ''}")
    if statement.quotes:
        lines.append("Quotes:")
        for index, quote in enumerate(statement.quotes):
            speaker = quote.speaker.name if quote.speaker else "(no speaker)"
            mark = " [excluded]" if quote.excluded else ""
            lines.append(f"  {index}. \u201c{quote.text}\u201d \u2014 {speaker}{mark}")
    for title, items in (("Asks", [ask.text for ask in statement.asks]),
                         ("Cases", [f"{case.name}: {case.description}"
                                    for case in statement.cases])):
        if items:
            lines.append(f"{title}:")
            lines += [f"  - {item}" for item in items]
    if statement.contacts:
        lines.append("Contacts:")
        for contact in statement.contacts:
            phones = ", ".join(phone.e164 + (f" ext. {phone.extension}" if phone.extension
                                             else "") for phone in contact.phones)
            parts = [contact.name, contact.role, contact.organisation, phones,
                     ", ".join(contact.emails)]
            lines.append("  " + "; ".join(part for part in parts if part))
    return "\n".join(lines)


def parse_command(args: argparse.Namespace) -> int:
    from briefpack.parsing import parse_statement

    try:
        texts = read_file(args.file)
    except FileRefused as refused:
        print(f"briefpack: {refused.message}", file=sys.stderr)
        return EXIT_SOME_FAILED
    statements = [
        parse_statement(imported.text, imported.source, title=imported.title,
                        date=imported.date, url=imported.url)
        for imported in texts
    ]
    if args.json:
        data = [statement_to_dict(statement) for statement in statements]
        print_json(data[0] if len(data) == 1 else data)
        return EXIT_OK
    print("\n\n".join(describe_statement(statement) for statement in statements))
    return EXIT_OK
