"""Files in, clean text out: the same text whatever format a statement arrived in.

`read_file(path)` returns one `ImportedText` per statement found in the file (an e-mail can
carry attachments that are statements of their own) or raises `FileRefused` with the reason.
`iter_statement_files(paths)` walks files and folders and reports paths that do not exist.
"""

from briefpack.importers.base import (
    ImportedText,
    file_dialog_filter,
    iter_statement_files,
    read_file,
    supported_suffixes,
)

__all__ = [
    "ImportedText",
    "file_dialog_filter",
    "iter_statement_files",
    "read_file",
    "supported_suffixes",
]
