"""`briefpack [--library PATH] COMMAND ...`; with no command it opens the desktop app.

Each group of commands lives in its own module with a `register(subparsers)` function that adds
its subparsers and sets `handler` (a function taking the parsed args, returning an exit code).
Exit codes: 0 ok, 1 some inputs failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from briefpack import __version__
from briefpack.errors import UserError

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

# Modules that add commands. Loaded lazily by name so `--help` stays quick.
COMMAND_MODULES = (
    "briefpack.cli.library_commands",
    "briefpack.cli.export_commands",
)


class _VersionAction(argparse.Action):
    """`--version`: the version, and whether the parser runs compiled (setup.py) or as source.
    An action rather than a fixed string so that only `--version` pays the parser's import."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from briefpack.parser_build import parser_build

        print(f"briefpack {__version__} (parser: {parser_build()})")
        parser.exit()


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without commands, only the options that open the app (the
    command modules import the library and the composer, 0.2 s the app need not wait for)."""
    parser = argparse.ArgumentParser(
        prog="briefpack",
        description="Briefing packs from press statements. With no command, opens the app.",
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version and exit"
    )
    parser.add_argument(
        "--library",
        type=Path,
        metavar="PATH",
        help="library file to use (default: library.sqlite3 in your data folder)",
    )
    parser.add_argument(
        "--samples",
        action="store_true",
        help="with no command: open the app with the sample statements and a Helsinki pack "
        "ready (they are imported into the library if it is empty)",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue  # that group of commands is not built yet
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    # A frozen app (Windows) must let a spawned worker process (large imports) run as one;
    # otherwise multiprocessing is not needed here, and the app starts faster without it.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = _app_options(argv)  # no command: the app opens without loading the commands
        if args is None:
            args = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command is None:
        return open_app(args)
    try:
        return int(args.handler(args))
    except UserError as error:
        print(f"briefpack: {error.message}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        print("briefpack: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`briefpack quotes | head`): not an error worth a traceback.
        # Point stdout at devnull so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _app_options(argv: list[str]) -> argparse.Namespace | None:
    """The options when `argv` names no command and asks for no help, else None."""
    if any(arg in ("-h", "--help") for arg in argv):
        return None
    args, rest = build_parser(with_commands=False).parse_known_args(argv)
    return None if rest else args


def open_app(args: argparse.Namespace) -> int:
    try:
        from briefpack.gui.app import run_app  # only the gui package imports PySide6
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith("briefpack.gui"):
            raise
        print("briefpack: the desktop app is not built yet; see `briefpack --help`",
              file=sys.stderr)
        return EXIT_USAGE
    return run_app(library_path=args.library, show_samples=args.samples)
