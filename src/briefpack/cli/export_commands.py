"""`briefpack export` and `briefpack pack save|show`: briefing packs from the command line.

    briefpack export --summit 1 --issue refugees syria -o helsinki.pdf
    briefpack export --pack helsinki.briefpack --layout handout --page-size letter -o h.docx
    briefpack pack save helsinki.briefpack --summit 1 --title "Helsinki summit"
    briefpack pack show helsinki.briefpack

Options given on the command line override the same settings in a --pack file. Without
--issue, every issue the chosen summits' statements raise goes in. The format follows from the
output file's extension unless --format says otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefpack.briefing.pack import LAYOUTS, PAGE_SIZES, Pack, load_pack, save_pack
from briefpack.errors import PackError

EXIT_OK = 0


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "export",
        help="write a briefing pack as Word (.docx) or PDF",
        description="Compose a briefing pack from the library and write it as DOCX or PDF.",
    )
    _add_pack_options(command)
    command.add_argument("--pack", type=Path, metavar="FILE",
                         help="start from a saved .briefpack file")
    command.add_argument("--format", choices=("docx", "pdf"),
                         help="file format (default: from the output file's extension)")
    command.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                         help="where to write the pack")
    command.set_defaults(handler=export_command)

    pack = subparsers.add_parser("pack", help="save or show a .briefpack selection file")
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    save = actions.add_parser("save", help="save the chosen summits, issues and options")
    save.add_argument("file", type=Path, metavar="FILE")
    _add_pack_options(save)
    save.add_argument("--pack", type=Path, metavar="FILE",
                      help="start from another .briefpack file")
    save.set_defaults(handler=pack_save_command)
    show = actions.add_parser("show", help="print what a .briefpack file selects")
    show.add_argument("file", type=Path, metavar="FILE")
    show.add_argument("--json", action="store_true", help="print the file's JSON")
    show.set_defaults(handler=pack_show_command)


def _add_pack_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--summit", type=int, nargs="+", action="extend", metavar="ID",
                         help="summit ids (see `briefpack summits`)")
    command.add_argument("--issue", nargs="+", action="extend", metavar="ID",
                         help="issue ids (see `briefpack issues`); default: every issue")
    command.add_argument("--layout", choices=LAYOUTS, help="full pack (default) or handout")
    command.add_argument("--page-size", choices=PAGE_SIZES, help="a4 (default) or letter")
    command.add_argument("--title", help="title on the cover and every page")
    command.add_argument("--subtitle", help="line under the title")
    command.add_argument("--organisation", help="organisation named on the cover")
    command.add_argument("--prepared-by", metavar="NAME", help="who prepared the pack")
    command.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                         help="date on the cover (default: today)")
    command.add_argument("--marking", help='classification marking, e.g. "Internal" (default) '
                                           'or "Public"; "" for none')
    command.add_argument("--logo", metavar="FILE", help="a PNG or JPEG for the cover")
    command.add_argument("--logo-alt", metavar="TEXT", help="alternative text for the logo")
    command.add_argument("--exclude", nargs="+", action="extend", metavar="KEY",
                         help="item keys to leave out (statement-key:quote:index, ...)")
    command.add_argument("--include", nargs="+", action="extend", metavar="KEY",
                         help="item keys to put in whatever the filters say")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2018-07-16") from None


def pack_from_args(args: argparse.Namespace) -> Pack:
    """The --pack file (or a new Pack) with every option given on the command line applied."""
    pack = load_pack(args.pack) if getattr(args, "pack", None) else Pack()
    changes: dict[str, Any] = {}
    simple = ("layout", "page_size", "title", "subtitle", "organisation", "prepared_by", "date",
              "logo", "logo_alt")
    for name in simple:
        value = getattr(args, name, None)
        if value is not None:
            changes[name] = value
    if args.marking is not None:
        changes["marking"] = args.marking or None
    if args.logo is not None:
        changes["logo"] = str(Path(args.logo).resolve())
    if args.summit:
        changes["summits"] = list(dict.fromkeys(args.summit))
    if args.issue:
        changes["issues"] = list(dict.fromkeys(args.issue))
        changes["summit_issues"] = {}  # --issue applies to every summit
    if args.exclude:
        changes["exclude"] = list(dict.fromkeys([*pack.exclude, *args.exclude]))
    if args.include:
        changes["include"] = list(dict.fromkeys([*pack.include, *args.include]))
    return replace(pack, **changes)


def _check_issues(pack: Pack, known: list[str]) -> None:
    chosen = [*pack.issues, *(i for issues in pack.summit_issues.values() for i in issues)]
    unknown = [issue for issue in chosen if issue not in known]
    if unknown:
        raise PackError(f"There is no issue {unknown[0]!r}; `briefpack issues` lists them.")


def export_command(args: argparse.Namespace) -> int:
    from briefpack.briefing.composer import compose
    from briefpack.cli.common import open_library
    from briefpack.export import export, format_for

    pack = pack_from_args(args)
    chosen = format_for(args.output, args.format)  # refuse a bad name before any work
    if not pack.summits:
        raise PackError("Choose at least one summit with --summit ID (see `briefpack summits`)"
                        " or give a --pack file.")
    with open_library(args) as library:
        _check_issues(pack, [issue.id for issue in library.taxonomy().issues])
        document = compose(pack, library)
    notes = export(document, args.output, chosen)
    print(f"wrote {args.output} ({chosen.upper()}, {pack.layout}, {pack.page_size.upper()})")
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    return EXIT_OK


def pack_save_command(args: argparse.Namespace) -> int:
    pack = pack_from_args(args)
    save_pack(pack, args.file)
    print(f"saved {args.file}")
    return EXIT_OK


def pack_show_command(args: argparse.Namespace) -> int:
    pack = load_pack(args.file)
    if args.json:
        from briefpack.briefing.pack import pack_to_json

        sys.stdout.write(pack_to_json(pack))
        return EXIT_OK
    rows = [
        ("Title", pack.title),
        ("Subtitle", pack.subtitle or "—"),
        ("Organisation", pack.organisation or "from the statements"),
        ("Prepared by", pack.prepared_by or "—"),
        ("Date", pack.date.isoformat() if pack.date else "day of export"),
        ("Marking", pack.marking or "none"),
        ("Layout", f"{pack.layout}, {pack.page_size.upper()}"),
        ("Summits", ", ".join(str(s) for s in pack.summits) or "none chosen"),
        ("Issues", "; ".join(f"summit {summit}: {', '.join(pack.issues_for(summit)) or 'every'}"
                             for summit in pack.summits) if pack.summit_issues
         else ", ".join(pack.issues) or "every issue"),
        ("Sections", ", ".join(pack.sections)),
        ("Included", ", ".join(pack.include) or "—"),
        ("Excluded", ", ".join(pack.exclude) or "—"),
        ("Logo", pack.logo or "—"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return EXIT_OK
